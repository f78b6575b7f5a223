// "Highlights" is the notes' own pick of what matters; "highlighting" is an area of the product (syntax highlighting,
// a module named for it). An area's sub-items must not rank as the release's highlights over its headline.
import { describe, expect, it } from "vitest";
import { headingMeaning } from "../../src/notes/kinds/kinds.js";
import { single } from "../support/composed.js";

describe("highlighting as an area, not the notes' highlights", () => {
  it("reads the headings apart", () => {
    for (const heading of ["Highlights", "Release highlights", "✨ Highlights of 2.0", "Highlighted changes", "Highlight"]) {
      expect(headingMeaning(heading), heading).toBe("highlight");
    }
    for (const heading of ["Syntax highlighting", "Text.Pandoc.Highlighting", "Highlighter"]) {
      expect(headingMeaning(heading), heading).not.toBe("highlight");
    }
  });

  it("keeps a flat list's explained headline ahead of an area's sub-item", () => {
    const notes = [
      "## 3.8 (2025-09-06)",
      "",
      "  * Add a new input and output format `xml`, exactly representing the document tree.",
      "    The format is documented in `doc/xml.md`, with schemas for validation.",
      "",
      "  * Create directory of output file if it doesn't exist.",
      "",
      "  * Docx reader:",
      "",
      "    + Handle strict OpenXML as well as transitional.",
      "",
      "  * Text.Tool.Highlighting:",
      "",
      "    + Export `defaultStyle`. This allows to be more explicit about using a default style.",
      "",
    ].join("\n");
    const text = single(notes);
    expect(text).toContain("format `xml`");
    expect(text.indexOf("format `xml`")).toBeLessThan(text.indexOf("defaultStyle") === -1 ? Infinity : text.indexOf("defaultStyle"));
  });
});
