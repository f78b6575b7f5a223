// Notes that set bold names over their changes as list items ("- **Compiler**" over its sub-items): a bold name with
// nothing under it is a group heading whose group is empty, never a change ("Bug Fixes: • Editor" in a post).
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);

describe("a bold group heading with no items under it", () => {
  it("is no change where the notes group their changes under such headings", () => {
    const notes = "### Features\n\n* **Editor**\n  * Add minimap toggle\n* **CLI**\n  * Add `--json` output\n\n### Bug Fixes\n\n* **Parser**\n* **Runtime**:\n  * Fix a deadlock in the scheduler\n";
    expect(texts(notes)).toEqual(["Add minimap toggle", "Add `--json` output", "Fix a deadlock in the scheduler"]);
  });

  it("a bold change stays a change, and so does a bold name in notes that group no changes so", () => {
    expect(texts("### Features\n\n* **Compiler**\n  * Inline small functions\n* **Drop support for Node 16**\n")).toEqual(["Inline small functions", "Drop support for Node 16"]);
    expect(texts("### Highlights\n\n* **Dark mode**\n* Faster startup\n")).toEqual(["Dark mode", "Faster startup"]);
  });
});
