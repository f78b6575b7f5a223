// Breaking changes the notes state outside a plain "Breaking Changes" list: a note that points back to a commit listed
// elsewhere, a major release's "Removed" list, a breaking heading narrowed to whom it concerns; and the reverse, a line
// that says it breaks nothing. Also what users must do on upgrading (a caveat, a migration guide) and the names of
// generic and tool-like repositories.
import { describe, expect, it } from "vitest";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";
import { projectName } from "../../src/notes/project-name.js";
import { shorten } from "../../src/notes/text/shorten.js";
import { xRules } from "../../src/notes/networks.js";
import { release, single, thread } from "../support/composed.js";

const PROJECT = { repo: "sprocket", owner: "acme", version: "4.0.0" };
const kinds = (notes: string, version?: string): string[] => readNotesModel(notes, undefined, version).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("a breaking note that points back to its commit", () => {
  const NOTES = [
    "## 4.1.0",
    "",
    "### Code Refactoring",
    "",
    "- **parsers:** rename makeParser and makeRawParser",
    "",
    "### Features",
    "",
    "- **parsers:** accept a string as a parser",
    "- cache compiled routes",
    "",
    "### BREAKING CHANGES",
    "",
    "- **parsers:** these are now replaced by `createParser`.",
    "",
  ].join("\n");

  it("is said with that commit, found by their shared scope, as one breaking change", () => {
    const post = single(NOTES, { ...PROJECT, version: "4.1.0" });
    expect(post).toContain("parsers: rename makeParser and makeRawParser; these are now replaced by `createParser`.");
    // The commit is not listed a second time under its own type.
    expect(post.match(/rename makeParser/gu)).toHaveLength(1);
  });

  it("stays as it is where no commit of its scope takes something away", () => {
    const notes = NOTES.replace("- **parsers:** rename makeParser and makeRawParser", "- **router:** rename makeRouter").replace("- **parsers:** accept a string as a parser", "- **parsers:** accept a string\n- **parsers:** accept a number");
    expect(single(notes, { ...PROJECT, version: "4.1.0" })).toContain("parsers: these are now replaced by `createParser`.");
  });
});

describe("a major release's Removed list", () => {
  const NOTES = [
    "## [4.0.0] - 2026-11-20",
    "",
    "### Added",
    "",
    "- `#[Retry]` attribute",
    "",
    "### Removed",
    "",
    "- `Runner::legacyMode()`",
    "- `Runner::oldApi()` and `Runner::olderApi()`",
    "- Support for annotations in comments",
    "- Support for PHP 8.1",
    "",
  ].join("\n");

  it("says Removed with its warning, reads 'Support for …' as what went, and leads with the dropped runtime", () => {
    const post = single(NOTES, { ...PROJECT, version: "4.0.0" });
    expect(post).toContain("⚠️ Removed:\n• Support for PHP 8.1\n• Support for annotations in comments\n• `Runner::legacyMode()`");
    expect(post).not.toContain("Breaking changes:");
    expect(kinds(NOTES, "4.0.0")).toContain("breaking|⚠️ Removed|Support for annotations in comments");
  });
});

describe("a breaking heading narrowed to whom it concerns", () => {
  it("labels its text as a breaking change, under the kind's own label", () => {
    const notes = [
      "# v2.0.0",
      "",
      "## Breaking Change for Controller Firmware < 5.2",
      "",
      "On firmware below 5.2 the fan switches are removed and no longer supported. Upgrade the controller to get them back.",
      "",
      "## What's Changed",
      "",
      "* Add humidity sensor by @dev in https://github.com/acme/sprocket/pull/12",
      "",
    ].join("\n");
    const post = single(notes, { ...PROJECT, version: "2.0.0" });
    expect(post).toContain("⚠️ Breaking changes:\nOn firmware below 5.2 the fan switches are removed and no longer supported.");
    expect(post).not.toContain("• Breaking Change for");
  });
});

describe("a line that says it breaks nothing", () => {
  it("is not breaking, though it mentions a support removed in passing", () => {
    const line = "Hide `--no-color-warning` from the help as it has been useless since Python 2 support was removed. The flag will remain as a no-op to avoid breakage.";
    expect(readItem(line).kind).not.toBe("breaking");
    const notes = `## 9.1\n\n### Deprecations and Removals\n\n- ${line}\n\n### Features\n\n- Add a \`lock\` command\n`;
    expect(kinds(notes).filter((entry) => entry.startsWith("breaking|"))).toEqual([]);
  });
});

describe("what users must do on upgrading", () => {
  it("keeps a sentence telling users what to do in place of the background before it", () => {
    const text =
      "Enforce the polling batch size introduced in 2.3.1. This is additional hardening against an earlier advisory that was published last spring with details. If your app sends more than 100 events per request, you should update to 2.3.2 first.";
    const short = shorten(text, 220, xRules());
    expect(short).toBe("Enforce the polling batch size introduced in 2.3.1. If your app sends more than 100 events per request, you should update to 2.3.2 first.");
  });

  it("shows a major release's migration guide instead of counting it among the rest", () => {
    const notes = "## 4.0.0\n\n### ⚠ BREAKING CHANGES\n\n* drop the `legacy` mode\n\n### Documentation\n\n* add migration guide from version 3.x to 4.x\n* fix a typo in the README\n";
    const posts = thread(notes, PROJECT).join("\n");
    expect(posts).toContain("add migration guide from version 3.x to 4.x");
    expect(posts).not.toContain("fix a typo");
  });
});

describe("names of generic and tool-like repositories", () => {
  it("names a generic repository after its organisation's product ('vuejs/router' is Vue Router)", () => {
    expect(projectName(release("### Features\n\n- typed params\n", { version: "5.1.0", owner: "vuejs", repo: "router" }), "### Features\n\n- typed params\n")).toBe("Vue Router");
    expect(projectName(release("- fix\n", { version: "1.0.0", owner: "stripe", repo: "cli" }), "- fix\n")).toBe("stripe/cli");
  });

  it("names the repository of a whole product after its organisation ('stenciljs/core' is Stencil), not a company's ('acme/core')", () => {
    expect(projectName(release("### Bug Fixes\n\n* **runtime:** fix slots\n", { version: "4.27.0", owner: "stenciljs", repo: "core" }), "### Bug Fixes\n\n* **runtime:** fix slots\n")).toBe("Stencil");
    expect(projectName(release("- fix\n", { version: "1.0.0", owner: "acme", repo: "core" }), "- fix\n")).toBe("acme/core");
  });

  it("keeps a tool's lowercase name that the notes never write ('gitui', 'pyenv')", () => {
    for (const repo of ["gitui", "gdenv", "kubectl"]) expect(projectName(release("- fix\n", { version: "1.0.0", owner: "someone", repo }), "- fix\n")).toBe(repo);
    // Nor does a word's name on an account not named for it: the notes give it no capital ("flask", not "Flask").
    expect(projectName(release("- fix\n", { version: "1.0.0", owner: "pallets", repo: "flask" }), "- fix\n")).toBe("flask");
  });
});
