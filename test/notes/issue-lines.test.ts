// Plain-text changelogs whose changes start with their issue number ("#4742: X failing" then " (reported by Y)").
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { issueLinesAsItems } from "../../src/notes/formats/issue-lines.js";
import { isReleaseHeader } from "../../src/notes/formats/page-frame.js";

const texts = (notes: string) => readNotesModel(notes).entries.map((entry) => entry.text);

const ISSUE_LINES = [
  "3.4.1 (02-Mar-2026)",
  "",
  "#101: Crash when parsing empty arrays",
  " (reported by @alice)",
  "#102: `Widget.render()` now honours the width for frames with",
  "  no border",
  " (reported by Bob B)",
  " (fix by Carol C)",
  "#103 Possibly wrong rounding in totals",
].join("\n");

describe("issue-numbered plain-text lines", () => {
  it("each '#N: text' line with its indented continuation is one item; the release line and the numbers go", () => {
    expect(texts(ISSUE_LINES)).toEqual([
      "Crash when parsing empty arrays",
      "`Widget.render()` now honours the width for frames with no border",
      "Possibly wrong rounding in totals",
    ]);
  });

  it("a 'dd-Mon-yyyy' date makes a version line a release header", () => {
    expect(isReleaseHeader("2.18.2 (27-Nov-2024)")).toBe(true);
    expect(isReleaseHeader("Fixed 27-Nov-2024 regression in 2.18.2 parser")).toBe(false);
  });

  it("Markdown notes, and a single '#N' line, are left as written", () => {
    const markdown = "- #1: one\n#2: two\n#3: three\n";
    expect(issueLinesAsItems(markdown)).toBe(markdown);
    const single = "#12: only one\n continued\n";
    expect(issueLinesAsItems(single)).toBe(single);
  });
});
