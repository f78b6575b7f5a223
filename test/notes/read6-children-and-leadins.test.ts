// Round 6 of reading the notes: sub-lists stay with what they detail. An item that says its change in sentences before
// the lead-in to its sub-items is that change; a list that elaborates a sentence's pointer is no change of its own; an
// admonition word opening a paragraph is emphasis, not words of the post.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);

describe("an item that says its change before leading in to its sub-items", () => {
  const notes = [
    "## 3.1.0",
    "",
    "### Fixes",
    "",
    "- Rework the cache to key entries by path, not by inode. Entries now survive a rename. This has other benefits too:",
    "  - Symlinked files share one entry.",
    "  - Network mounts no longer miss the cache.",
    "- Fix the progress bar on narrow terminals.",
  ].join("\n");
  it("is the change, without its dangling lead-in, and its sub-items are its details", () => {
    const shown = texts(notes);
    expect(shown).toContain("Rework the cache to key entries by path, not by inode. Entries now survive a rename.");
    expect(shown.some((text) => text.includes("Symlinked") || text.includes("Network mounts"))).toBe(false);
    expect(shown.some((text) => text.includes("benefits too"))).toBe(false);
    expect(shown).toContain("Fix the progress bar on narrow terminals.");
  });
  it("leaves a one-sentence lead-in the label of the changes under it", () => {
    const shown = texts(["## 3.1.0", "", "- Several parser bugs were fixed:", "  - Fix a crash on empty input.", "  - Fix the column of errors."].join("\n"));
    expect(shown).toContain("Fix a crash on empty input.");
  });
});

describe("a list that elaborates the sentence leading in to it", () => {
  it("goes with the pointer clause, and the sentence keeps what changed", () => {
    const notes = [
      "## 2.4.0",
      "",
      "This release changes the default transport from polling to websockets for hosted servers; if you rely on long polling, [please read the transport notes](https://example.com/transport), which cover:",
      "",
      "- the purpose of websockets",
      "- how to stay on polling",
      "",
      "Changes:",
      "",
      "- Prefer websockets for hosted servers",
    ].join("\n");
    const shown = texts(notes);
    expect(shown).toContain("This release changes the default transport from polling to websockets for hosted servers");
    expect(shown.some((text) => text.includes("the purpose of websockets") || text.includes("how to stay on polling"))).toBe(false);
    expect(shown.some((text) => /long polling$/u.test(text))).toBe(false);
    expect(shown).toContain("Prefer websockets for hosted servers");
  });
  it("keeps a list whose items say changes", () => {
    const notes = ["## 2.4.0", "", "This release reworks how uploads are retried on flaky networks, with these changes:", "", "- Add a retry limit option", "- Fix a double upload after a timeout"].join("\n");
    const shown = texts(notes);
    expect(shown.some((text) => text.includes("Add a retry limit option"))).toBe(true);
  });
});

describe("an admonition word opening a paragraph", () => {
  it.each(["***IMPORTANT:***", "**Note:**", "WARNING:"])("%s never shows", (word) => {
    const shown = texts(["## 1.2.0", "", `${word} The \`sync\` command now deletes files missing from the source.`, "", "- Add a `--dry-run` flag"].join("\n"));
    expect(shown.some((text) => text.startsWith("The `sync` command now deletes"))).toBe(true);
    expect(shown.some((text) => /^(?:IMPORTANT|Note|WARNING)/u.test(text))).toBe(false);
  });
});

describe("a sentence hard-wrapped into paragraphs", () => {
  const notes = [
    "## 5.6.2",
    "",
    "- Remove the backdoor (CVE-2024-3094).",
    "",
    "- Not changed: the sanitizer reports a false positive",
    "",
    "in the CLMUL code which also makes fuzzers unhappy.",
    "",
    "A revision is coming anyway. It won't be backported to",
    "",
    "5.6.x or 5.4.x because the old code isn't wrong. There is",
    "",
    "no reason to risk regressions in old branches.",
    "",
    "## Tools",
    "",
    "- Fix building with the NVIDIA HPC SDK.",
  ].join("\n");
  it("joins the item it carries on, and no half sentence shows", () => {
    const shown = texts(notes);
    expect(shown).toContain("Not changed: the sanitizer reports a false positive in the CLMUL code which also makes fuzzers unhappy.");
    expect(shown.some((text) => /^(?:in the|5\.6\.x|no reason|It won't)/u.test(text))).toBe(false);
    expect(shown.some((text) => text.includes("A revision"))).toBe(false);
    expect(shown).toContain("Fix building with the NVIDIA HPC SDK.");
  });
  it("leaves paragraphs that end their sentences apart", () => {
    const shown = texts(["## 1.0.0", "", "This release makes the parser faster.", "", "it also fixes two crashes in the lexer.", "", "- Add a `--strict` flag"].join("\n"));
    expect(shown.some((text) => text.startsWith("This release makes the parser faster"))).toBe(true);
  });
});
