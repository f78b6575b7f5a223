// The notes' structure read right (a bullet's own colon, a lead-in's sub-items, a changeset's sub-list) and "+N more"
// counts that equal the top-level items the posts leave out.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { single, thread } from "../support/composed.js";

const PROJECT = { repo: "ledger", owner: "acme", version: "2.1.0" };

describe("a bullet whose colon leads to its own references", () => {
  const notes = [
    "#### Améliorations",
    "",
    "- Facturation => Refonte & DSFR :",
    "  [PR 4735] (https://github.com/acme/ledger/pull/4735),",
    "  [PR 4746] (https://github.com/acme/ledger/pull/4746)",
    "- Exports : Créer une liste des codes sur le même principe que la liste des déchets [PR 4737] (https://github.com/acme/ledger/pull/4737)",
    "- Comptes : Permettre l'ajout de 2 intermédiaires supplémentaires [PR 4738] (https://github.com/acme/ledger/pull/4738)",
    "",
    "#### Corrections de bugs",
    "",
    "- Registre : impossible d'accéder à l'export du registre entrant et sortant [PR 4748] (https://github.com/acme/ledger/pull/4748)",
  ].join("\n");
  it("is an item, never a label over the items after it", () => {
    const { entries } = readNotesModel(notes);
    expect(entries.map((entry) => entry.label)).not.toContain("Facturation => Refonte & DSFR");
    expect(entries.filter((entry) => entry.label === "Améliorations").map((entry) => entry.text)).toContain("Facturation => Refonte & DSFR");
  });
  it("keeps a label that ends its line as the label of the items after it", () => {
    const { entries } = readNotesModel(["- Other Improvements:", "- Faster start-up of the server", "- Smaller install size"].join("\n"));
    expect(entries.map((entry) => entry.label)).toEqual(["Other Improvements", "Other Improvements"]);
  });
});

describe("a lead-in whose sentences only point at its sub-items", () => {
  const notes = [
    "### Breaking Changes",
    "",
    "* Public APIs use `Uint8Array` instead of `Buffer`.",
    "* Rebuilding the XDR layer changed a few SDK-level behaviors that don't involve typing `xdr.` yourself. Most of these fail silently, so they won't surface as compile errors:",
    "  * `scValToNative` returns a `Uint8Array` for an `scvString` whose contents aren't valid UTF-8, where it previously always returned a string with replacement characters in it.",
    "  * `Operation.fromXdrObject` decodes `manageData`'s `name` as UTF-8 rather than ASCII, so snapshots taken over synthetic XDR will change.",
    "* `Memo.text` no longer accepts a plain `number[]`.",
  ].join("\n");
  it("goes with them, counted among the changes not shown", () => {
    const model = readNotesModel(notes);
    expect(model.entries.map((entry) => entry.text).join("\n")).not.toContain("Rebuilding");
    expect(model.countedOnly).toBe(1);
  });
  it("stays when its first sentence says a change of its own", () => {
    const own = "* Rework the cache to track entries by key. The lack of a wrapper has some other benefits as well:\n  * less memory\n  * fewer copies";
    expect(readNotesModel(own).entries.map((entry) => entry.text).join("\n")).toMatch(/^Rework the cache to track entries by key\./u);
  });
});

describe("a changeset's own sub-list under a kind's name", () => {
  const notes = [
    "### Minor Changes",
    "",
    "- [#7526](https://github.com/acme/ledger/pull/7526) Thanks [@ann](https://github.com/ann)! - Add Wardley Maps diagram type (beta)",
    "",
    "  Adds Wardley Maps as a new diagram type.",
    "",
    "  Features:",
    "  - Component positioning with coordinates",
    "  - Anchors for users/customers",
    "  - Inertia indicators",
    "",
    "- [#7527](https://github.com/acme/ledger/pull/7527) Thanks [@ann](https://github.com/ann)! - feat: add new TreeView diagram",
  ].join("\n");
  it("belongs to its item: no sub-item is a change of its own", () => {
    const texts = readNotesModel(notes).entries.map((entry) => entry.text).join("\n");
    expect(texts).toContain("Wardley Maps");
    expect(texts).not.toContain("Inertia indicators");
    expect(texts).not.toContain("Anchors for users");
  });
});

/** The top-level list items of `notes`, counted apart from the composer: a line that opens with a bullet at column 0. */
const topLevelItems = (notes: string): number => notes.split("\n").filter((line) => /^[-*] \S/u.test(line)).length;
/** The bullets a post shows. */
const shownItems = (text: string): number => text.split("\n").filter((line) => line.startsWith("• ")).length;
/** The number a post's closing line gives, summed over its kinds ("+4 more features, 6 fixes and 5 other changes"). */
const closingCount = (text: string): number => {
  const line = text.split("\n").find((candidate) => candidate.startsWith("+")) ?? "";
  return [...line.matchAll(/\d+/gu)].reduce((sum, match) => sum + Number(match[0]), 0);
};

describe('"+N more" counts', () => {
  const features = Array.from({ length: 9 }, (_, i) => `* feat: allow binding the action number ${i} to a key of its own in the configuration file`);
  const fixes = Array.from({ length: 12 }, (_, i) => `* fix: the pane number ${i} keeps its scroll position when the session is detached and attached again`);
  const chores = ["* chore: new integration testing infra", "* chore: upgrade wasmi to 1.1.0", "* chore: switch cassowary deps to maintained fork kasuari"];
  const notes = ["## [0.45.0] - 2026-08-20", ...features.slice(0, 4), ...fixes.slice(0, 6), ...chores, ...features.slice(4), ...fixes.slice(6)].join("\n");
  it("equal the top-level items the single post does not show", () => {
    const text = single(notes, PROJECT);
    expect(closingCount(text)).toBe(topLevelItems(notes) - shownItems(text));
  });
  const terminal = [
    "* feat: allow tabs to have different sizes if clients aren't focused on the same one",
    "* feat: PWA support for the web client (manifest + icons + iOS meta tags) so the page can be installed as a standalone a",
    "* feat: mobile UI",
    "* chore: new integration testing infra",
    "* feat: FocusLastPane bindable action",
    "* fix: live reload on theme dir changes",
    "* feat: new title-frames UI",
    "* chore: upgrade wasmi to 1.1.0",
    "* fix: fragmented STDIN causing \"garbage\" input on slow SSH connections",
    "* feat: stacked lists - new stack UI",
    "* fix: more verbose startup errors",
    "* fix(windows): route Windows Terminal through the VT input path",
    "* fix(windows): backslashes dropped when quoting arguments passed to spawned processes",
    "* fix: occasional high resource utilization and sluggishness on machines with tens of thousands of concurent processes",
    "* feat: allow opening panes/tabs from the CLI without changing focus",
    "* feat: allow binding `SetDarkTheme`, `SetLightTheme` and `ToggleTheme` as direct keybinding actions",
    "* fix(windows): prefer PATHEXT variants over bare filename when resolving commands",
    "* feat: allow disabling ctrl-mouse-scroll to resize panes",
    "* fix: scrolling region line wrap behavior at bottom edge",
    "* fix: properly pad lines before CUF",
    "* fix: clear existing pane name when entering rename input",
    "* fix: occasional input spam when pressing ESC and holding the mouse over slow SSH connections",
    "* chore: switch cassowary deps to maintained fork kasuari",
    "* fix: don't kill the `copy_command` process while it owns the system clipboard",
    "* chore: switch unmaintained daemonize with maintained fork daemonix",
    "* feat: handle nested Zellij sessions",
    "* chore: remove outdated manpage and some build fixes",
    "* feat: implement support for the kitty graphics protocol to display images in the terminal",
    "* fix: only advertise Sixel support if the attached terminal also supports it",
    "* fix: properly unbundle plugin wasm executables when stripping them (to assist distro packagers)",
    "* feat: support OSC133, triple-mouse-click to mark whole command, configurable double-click word boundaries",
    "* fix(scroll): keep a pane's scroll position when leaving scroll mode, and re-enter scroll mode when focusing a scrolled",
    "* feat: allow opting-in to reading paste buffer (default false)",
    "* feat: support additional notification protocols (OSC9 + OSC777), forward host gain/lost focus messages",
  ];
  it("count a fix left out of the thread among the fixes, not the other changes", () => {
    const many = ["## [0.45.0] - 2026-08-20", ...terminal].join("\n");
    const posts = thread(many, PROJECT);
    const lines = posts.join("\n").split("\n");
    const last = posts.at(-1) ?? "";
    expect(closingCount(last)).toBe(topLevelItems(many) - shownItems(posts.join("\n")));
    const fixes = terminal.filter((line) => line.startsWith("* fix")).map((line) => line.replace(/^\* fix(?:\([^)]*\))?: /u, "").slice(0, 30).toLowerCase());
    const fixesLeft = fixes.length - lines.filter((line) => fixes.some((fix) => line.toLowerCase().includes(fix))).length;
    // "+10 more fixes and …" when every feature showed, "+2 more features, 10 fixes and …" otherwise.
    expect(last).toMatch(new RegExp(`\\b${fixesLeft} (?:more )?fixes\\b`, "u"));
  });
  it("leave the sub-items of an item out", () => {
    const wardley = ["- Add Wardley Maps diagram type", "", "  Features:", "  - Component positioning", "  - Anchors for users", "  - Inertia indicators", "", ...features.map((line) => line.replace(/^\* feat: a/u, "- A"))].join("\n");
    const text = single(wardley, PROJECT);
    expect(closingCount(text)).toBe(topLevelItems(wardley) - shownItems(text));
  });
});
