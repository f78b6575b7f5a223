// How ranked changes are packed: the single post in ranked order, a long top change shortened rather than passed over
// for lesser ones, and a thread at its cap that gives each important kind a share and counts what it left out by kind.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { phrasesFor } from "../../src/notes/language.js";
import { renderBody } from "../../src/notes/layout.js";
import type { Entry } from "../../src/notes/model.js";
import { release, single, thread } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.2.0" };
const section = (heading: string, items: readonly string[]): string => [`### ${heading}`, ...items.map((item) => `- ${item}`)].join("\n");

describe("the single post shows its groups in ranked order", () => {
  it("a removal users must act on stands before the features, though removals rank with features as a kind", () => {
    const notes = [
      section("Added", ["Add a `--watch` flag to the build command.", "Add colour output to the test reporter."]),
      section("Removed", ["The `legacy` export has been removed; you need to import from `widget/core` instead."]),
    ].join("\n\n");
    const post = single(notes, PROJECT);
    expect(post).toContain("Removed:");
    expect(post.indexOf("Removed:")).toBeLessThan(post.indexOf("Added:"));
  });
});

describe("a long top change is shortened rather than passed over for lesser ones", () => {
  const feature =
    "Add `getMiddle` and `getLast`, which extract the middle and the last letter of every syllable in a string. Like `getFirst`, they keep only the letters that exist and keep spaces as they are (for example `getMiddle('abc def')` returns `'b e'`, and `getLast('xyz uvw')` returns `'z w'` for every word in the input).";
  const notes = [
    section("Minor Changes", [feature]),
    section("Patch Changes", ["Fix a crash in `assemble` when digits are mixed in.", "Keep spaces in `disassemble`.", "Fix the pronunciation of a final consonant."]),
  ].join("\n\n");

  it("the release's only feature is shown by its leading sentence, before the fixes", () => {
    const post = single(notes, PROJECT);
    expect(post).toContain("Add `getMiddle` and `getLast`, which extract the middle and the last letter of every syllable in a string.");
    expect(post).not.toContain("(for example");
  });

  it("a long first change among equals leads by its first sentence, and the equals still show", () => {
    const equals = [section("Features", [feature, "Add `getFirst` for the first letter.", "Add `split` for syllables."])].join("\n\n");
    const post = single(equals, PROJECT);
    expect(post).toContain("• Add `getMiddle` and `getLast`, which extract the middle and the last letter of every syllable in a string.\n");
    expect(post.indexOf("getMiddle")).toBeLessThan(post.indexOf("getFirst` for"));
    expect(post).toContain("Add `split` for syllables.");
  });

  it("a long change among equals that fit whole is passed over for them when it has no sentence to lead with", () => {
    const oneSentence = `Add \`getMiddle\` and \`getLast\`, ${"which extract letters of every syllable, ".repeat(8)}like \`getFirst\` does`;
    const equals = [section("Features", [oneSentence, "Add `getFirst` for the first letter.", "Add `split` for syllables."])].join("\n\n");
    const post = single(equals, PROJECT);
    expect(post).toContain("Add `getFirst` for the first letter.");
    expect(post).not.toContain("getMiddle");
  });
});

describe("a thread at its cap gives each important kind a share", () => {
  const added = Array.from({ length: 14 }, (_, index) => `Add support for exporting project data as format number ${index + 1} with its own options.`);
  const fixed = Array.from({ length: 14 }, (_, index) => `Fix an issue where the cache of group ${index + 1} was not cleared after a failed install.`);
  const notes = [
    section("Changed", ["Drop support for Python 3.9.", "Change the default of `installer.re-resolve` to `false`."]),
    section("Added", added),
    section("Fixed", fixed),
  ].join("\n\n");

  it("features and fixes both reach the thread, the breaking change first", () => {
    const posts = thread(notes, PROJECT);
    expect(posts.length).toBeLessThanOrEqual(5);
    const all = posts.join("\n");
    expect(posts[0]).toContain("Drop support for Python 3.9.");
    expect(all).toContain("Added:");
    expect(all).toContain("Fixed:");
    expect(all).toContain("Fix an issue where the cache of group 1 ");
    // Neither kind takes every post: each shows a part of its list.
    expect(all).not.toContain("format number 14 ");
  });

  it("the last post says what each kind left out", () => {
    const last = thread(notes, PROJECT).at(-1) ?? "";
    expect(last).toMatch(/\+\d+ more features(?:,| and) \d+ fixes(?: and \d+ other changes?)? in the full release notes\.$/u);
  });
});

describe("a single post fills its room under one long label", () => {
  it("the label counts once: short changes under it fill the post, and the breaking ones left out are counted", () => {
    const items = ["Removed the `login` command", "Removed the `pause` command", "Removed the `resume` command", "Removed the `scale` command", "Removed the `status` command", "Removed the `--upload-only` flag", "Removed the `--no-summary` flag", "Removed the `legacy` summary mode", "Removed the `redis` module", "Removed the `loadimpact` options", "Removed the `ExporterType` option"];
    const post = single(section("A very long label for the breaking changes of this release", items.map((item) => `BREAKING: ${item}`)), PROJECT);
    const shown = post.split("\n").filter((line) => line.startsWith("• ")).length;
    expect(shown).toBeGreaterThanOrEqual(5);
    expect(post).toContain(`+${items.length - shown} more breaking changes`);
  });
});

describe("a thread at its cap says how many breaking changes it leaves out", () => {
  const many = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, index) => `${prefix} ${index + 1}`);
  it("in English by kind, and in Chinese as a count within the total", () => {
    const en = section("Breaking Changes", many("Removed the long-deprecated `legacy` command number", 40));
    expect(thread(en, PROJECT).at(-1)).toMatch(/\+\d+ more breaking changes in the full release notes\.$/u);
    const zh = section("破坏性变更", many("移除了已经废弃很久的 `legacy` 命令，请改用新的命令，编号", 40));
    expect(thread(zh, PROJECT).at(-1)).toMatch(/另有 (\d+) 项更新（含 \1 项破坏性变更），详见完整发布说明。$/u);
  });
});

describe("a group's lines read as the notes do", () => {
  it("a paragraph that stands above the group's listed changes introduces them, whatever was picked first", () => {
    const entry = (text: string, order: number, prose: boolean): Entry => ({ text, kind: "highlight", label: "Overview", order, prose, paragraph: prose ? 0 : -1, fluff: false });
    const intro = entry("This release redesigns the whole interface.", 0, true);
    const body = renderBody(
      [entry("Redesigned user interface", 1, false), entry("Quick notes on mobile", 2, false), intro].map((item) => ({ entry: item, text: item.text })),
      null,
      phrasesFor("en"),
    );
    expect(body).toBe("Overview:\nThis release redesigns the whole interface.\n• Redesigned user interface\n• Quick notes on mobile");
  });
});

describe("a thread never leaves changes out without saying so", () => {
  it("a last reply with no room for the pointer gives its change to the pointer of the post before", () => {
    const long = (what: string): string =>
      `${what} so that projects with many workspaces no longer wait for every package to be resolved again after a change to one of them, which used to take minutes on large monorepos.`;
    const notes = [
      section("Features", [long("Cache the dependency graph between runs"), long("Resolve packages in parallel")]),
      section("Other", [
        `The \`widget.config.js\` file may now export a function as well as an object: the function receives the command being run and its options, and returns the configuration to use, which lets one file serve builds, tests and the development server alike.`,
      ]),
      section("Chores", ["chore: update the lint configuration.", "ci: run the tests on Node 24."]),
    ].join("\n\n");
    const posts = thread(notes, PROJECT);
    expect(posts.length).toBeGreaterThan(1);
    expect(posts.at(-1)).toMatch(/\+\d+ (?:more|other) changes? in the full release notes\.$/u);
  });
});

describe("a thread's pointer takes the shorter wording where the count by kind leaves no room", () => {
  it("a thread always ends by counting what it left out", () => {
    const sized = (length: number, index: number): string => `Change ${index} ${"makes the tool faster ".repeat(20)}`.slice(0, length - 1).trimEnd() + ".";
    const items = [
      sized(95, 1),
      sized(100, 2),
      sized(165, 3),
      "Merge backend improvements.",
      `${sized(190, 5)} The command was taught to create a stash to save the local changes.`,
      ...Array.from({ length: 17 }, (_, index) => sized(120, index + 6)),
      "Document the fact that the exclude file is shared across worktrees.",
    ];
    const notes = section("UI, Workflows & Features", items);
    for (const maxPosts of [3, 4, 5, 6]) {
      const posts = thread(notes, { ...PROJECT, maxPosts });
      expect(posts.at(-1), `maxPosts ${maxPosts}`).toMatch(/in the full release notes\.$/u);
    }
  });
});

describe("a breaking change under a label of its own", () => {
  it("shows the warning sign before that label", () => {
    const notes = "## Breaking Changes\n\n### Core plugins\n\nAll plugins starting with `core:` are now core plugins and must be listed in your capabilities.\n";
    expect(single(notes, PROJECT)).toMatch(/⚠️ ?Core plugins:/u);
  });
});

describe("labels in an English post", () => {
  it("a kind heading the notes wrote in lower case shows capitalised; a scope label stays as written", () => {
    const notes = [section("enhancements", ["Add a thing to the widget."]), section("core", ["Speed up the core loop."])].join("\n\n");
    const post = single(notes, PROJECT);
    expect(post).toContain("Enhancements:\n• Add a thing to the widget.");
    expect(post).toContain("core:\n• Speed up the core loop.");
  });
});

describe("a thread post reads in the thread's order", () => {
  it("a long first change passed over, then shown by its first sentence, stays before the one that took its room", () => {
    const first = `Pods are now built in dedicated targets. ${"This isolates the build environment of each pod from the others and from the app, and it also means that any build settings a pod declares no longer leak into the app's own target or into the settings of the other pods. ".repeat(2)}`;
    const notes = section("Enhancements", [first, "Reduced external dependencies."]);
    const [post] = thread(notes, PROJECT);
    expect(post).toContain("• Pods are now built in dedicated targets.\n• Reduced external dependencies.");
  });
});

describe("a paragraph's sentences joined back in a post", () => {
  it("follow full-width punctuation directly in CJK text, with a space in Latin text", () => {
    const chinese = single("select 控件的 `valueChange` 事件触发时机有变化。 这个做法导致了 `trackItemBy` 属性失去作用。\n\n### 修复\n\n- 修复导出错误\n", PROJECT);
    expect(chinese).toContain("事件触发时机有变化。这个做法导致了");
    const english = single("The `valueChange` event now fires later. This makes `trackItemBy` work again.\n\n### Fixes\n\n- Fix the export\n", PROJECT);
    expect(english).toContain("fires later. This makes");
  });
});

describe("the last change of a post that shows all the others", () => {
  it("shows whenever the whole post fits: no room is kept for a '+1 more' line it does not need", () => {
    const words = "alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa".split(" ");
    let checked = 0;
    for (let size = 6; size <= 14; size += 1) {
      const items = [0, 1, 2, 3].map((index) => `Add ${words.slice(index, index + size).join(" ")} support`);
      const notes = `### Features\n\n${items.map((item) => `- ${item}`).join("\n")}\n`;
      const all = composePosts(release(notes, PROJECT), { maxLength: 25_000 }).posts[0]!;
      if (all.weightedLength > 280) continue;
      checked += 1;
      expect(single(notes, PROJECT), `items of ${size} words`).toBe(all.text);
    }
    expect(checked).toBeGreaterThan(0);
  });
});
