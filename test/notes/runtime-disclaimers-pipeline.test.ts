// Kinds that depend on more than the section: a move to a new runtime in a major release breaks; a line under a
// breaking heading that says it breaks nothing is a change; a deprecation under a removals heading is a deprecation;
// the project's own build and release pipeline is housekeeping wherever it stands.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { readNotesModel } from "../../src/notes/model.js";
import type { Release } from "../../src/core/types.js";

const kindOf = (notes: string, text: string, version?: string): string | undefined =>
  readNotesModel(notes, undefined, version).entries.find((entry) => entry.text.startsWith(text))?.kind;

describe("a move to a new runtime", () => {
  const NOTES = "## Features\n\n- Add a `since` input\n\n## ⬆️ Upgrades\n\n- To deno2\n- Upgrade to Python 3.13\n";

  it("breaks in a major release, under any section", () => {
    expect(kindOf(NOTES, "To deno2", "5.0.0")).toBe("breaking");
    expect(kindOf(NOTES, "Upgrade to Python 3.13", "v5.0")).toBe("breaking");
  });

  it("stays what its section says in a minor release", () => {
    expect(kindOf(NOTES, "To deno2", "5.2.0")).not.toBe("breaking");
  });

  it("breaks when an action says what it now runs on, with no version known", () => {
    expect(kindOf("### Changed\n\n- Run the action on Node 22\n- Tidy the logs\n", "Run the action on Node 22")).toBe("breaking");
  });

  it("not where only the project is built or tested", () => {
    expect(kindOf("### Changed\n\n- Upgrade to Node 22 in CI\n", "Upgrade to Node 22", "5.0.0")).not.toBe("breaking");
  });

  it("shows first even past the part of long notes that is read", () => {
    const bumps = Array.from({ length: 400 }, (_, index) => `- Bump left-pad-${index} from 1.0.${index} to 1.0.${index + 1}`);
    const notes = ["## Features", "", "- Add a `since` input", "", "## Chores", "", ...bumps, "", "## Upgrades", "", "- Upgrade to Node 22", ""].join("\n");
    const release: Release = { version: "8.0.0", tag: "v8.0.0", name: "v8.0.0", repo: "files", owner: "octo", url: "https://github.com/octo/files/releases/tag/v8.0.0", notes };
    const text = composePosts(release).posts[0]?.text ?? "";
    expect(text).toContain("• Upgrade to Node 22");
    expect(text.indexOf("Upgrade to Node 22")).toBeLessThan(text.indexOf("Add a `since` input"));
  });
});

describe("a line under a breaking heading that says it breaks nothing", () => {
  it("is a change, in English and Chinese", () => {
    const notes = [
      "### Breaking Changes",
      "",
      "- Switch the bundler to rolldown. No breaking changes are expected for users.",
      "- The output is now minified; this should not break existing code.",
      "- 样式改为使用 CSS 变量生成，预计不会造成破坏性影响。",
      "- Remove the `legacy` option",
      "",
    ].join("\n");
    expect(kindOf(notes, "Switch the bundler")).toBe("change");
    expect(kindOf(notes, "The output is now minified")).toBe("change");
    expect(kindOf(notes, "样式改为使用")).toBe("change");
    expect(kindOf(notes, "Remove the `legacy` option")).toBe("breaking");
  });
});

describe("a deprecation under a removals heading", () => {
  it("is a deprecation, its reason no second change", () => {
    const notes = "## Ruby API removals\n\n- `Foo.legacy` has been deprecated, as Ruby 2 is no longer supported.\n- `Foo.old_parse` has been removed. Use `Foo.parse`.\n";
    expect(kindOf(notes, "`Foo.legacy` has been deprecated")).toBe("deprecation");
    expect(kindOf(notes, "`Foo.old_parse` has been removed")).not.toBe("deprecation");
    // "Deprecated" as the name of what was taken away stays a removal.
    expect(kindOf("### Removed\n\n- Deprecated `cache.size` config field\n", "Deprecated `cache.size`")).toBe("removal");
  });
});

describe("the project's own build and release pipeline", () => {
  it("is housekeeping wherever it stands, but a product's build command is not", () => {
    const notes = [
      "### Removed",
      "",
      "- Upload step from release job",
      "",
      "### Added",
      "",
      "- Update agent pool for signing stage",
      "- Update npm publish to use provenance",
      "- Add a `--dry-run` option to `widget build`",
      "- Add a build step for custom themes",
      "",
    ].join("\n");
    expect(kindOf(notes, "Upload step from release job")).toBe("internal");
    expect(kindOf(notes, "Update agent pool")).toBe("internal");
    expect(kindOf(notes, "Update npm publish")).toBe("internal");
    expect(kindOf(notes, "Add a `--dry-run` option")).toBe("feature");
    expect(kindOf(notes, "Add a build step")).toBe("feature");
  });
});
