// Release notes in Git's plain-text style: setext headings, then lines without any mark that head the lists under them
// ("UI, Workflows & Features"), a "Backward Compatibility Notes" section, merge notes after each fix, and command
// synopses with placeholders ("<pathspec>") that Markdown would read as HTML tags.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { readMarkdown } from "../../src/notes/formats/markdown.js";
import { readNotesModel } from "../../src/notes/model.js";

const NOTES = [
  "Tool 3.4 Release Notes",
  "======================",
  "",
  "Backward Compatibility Notes",
  "----------------------------",
  "",
  " * The `--legacy` switch of \"tool sync\" is gone; scripts that pass it",
  "   now fail.",
  "",
  "",
  "Updates since v3.3",
  "------------------",
  "",
  "UI, Workflows & Features",
  "",
  " * \"tool sync\" learned the \"--dry-run\" option.",
  "",
  " * \"tool log\" can show the author's time zone.",
  "",
  "",
  "Performance, Internal Implementation, Development Support etc.",
  "",
  " * The object cache has been rewritten.",
  "",
  " * A flaky test has been removed.",
  "",
  "",
  "Fixes since v3.3",
  "----------------",
  "",
  " * \"tool sync\" crashed on an empty remote, which has been corrected.",
  "   (merge 4cf67869b2 ab/sync-empty-remote later to maint).",
].join("\n");

describe("plain-text headings over lists", () => {
  const entries = readNotesModel(NOTES).entries;
  const find = (start: string) => entries.find((entry) => entry.text.startsWith(start));

  it("a 'Backward Compatibility Notes' section holds breaking changes", () => {
    expect(find("The `--legacy` switch")?.kind).toBe("breaking");
  });

  it("a line that names kinds of change heads the list under it, and is no change itself", () => {
    expect(find("\"tool sync\" learned")).toMatchObject({ kind: "feature", label: "UI, Workflows & Features" });
    expect(entries.some((entry) => entry.text.startsWith("UI, Workflows"))).toBe(false);
  });

  it("a catch-all that names internal work ranks its changes as internal, not above the fixes", () => {
    expect(find("The object cache")?.kind).toBe("internal");
    expect(find("A flaky test")?.kind).toBe("internal");
    expect(find("\"tool sync\" crashed")?.kind).toBe("fix");
  });

  it("a heading's 'since v3.3' goes from its label", () => {
    expect(find("\"tool sync\" crashed")?.label).toBe("Fixes");
  });

  it("the heading line is read as a heading, not as a paragraph of the item before it", () => {
    const blocks = readMarkdown(NOTES).blocks;
    const heading = blocks.find((block) => block.text.startsWith("Performance, Internal"));
    expect(heading?.parent).toBe(-1);
  });
});

describe("Git's merge notes and synopses", () => {
  it("a merge note after a change goes", () => {
    expect(cleanText("\"tool sync\" crashed, which has been corrected. (merge 4cf67869b2 ab/sync-empty-remote later to maint).")).toBe("\"tool sync\" crashed, which has been corrected.");
  });

  it("a placeholder in a synopsis stays as written; real HTML tags still go", () => {
    const items = (markdown: string) => readMarkdown(markdown).blocks.filter((block) => block.kind === "item").map((block) => block.text);
    expect(items("- \"tool checkout [<tree-ish>] path\" reports what it did.\n- Press <kbd>Ctrl</kbd> to pick.")).toEqual(["\"tool checkout [<tree-ish>] path\" reports what it did.", "Press Ctrl to pick."]);
  });
});

describe("a quotation the sentence goes on after", () => {
  it("ends no sentence: '\"tool checkout [<tree-ish>] path...\" learned to…' is one", async () => {
    const { sentences } = await import("../../src/notes/text/cleanup.js");
    expect(sentences('"tool checkout [<tree-ish>] path..." learned to report the paths. It is quieter.')).toEqual(['"tool checkout [<tree-ish>] path..." learned to report the paths.', "It is quieter."]);
    expect(sentences('The first release of "Rust 2018." For more, read on.')).toEqual(['The first release of "Rust 2018."', "For more, read on."]);
  });
});
