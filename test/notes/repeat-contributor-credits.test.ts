// A contributor the notes credit by name in brackets again and again (pandoc's "(Albert Krewinkel)") is credited
// wherever the bracket stands, mid-item too (issue 11: credits leave no residue); a bracket of two Title-Case words
// named once or twice is left as written.
import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";

const NOTES = `## lantern 3.8 (2025-09-06)

  * Add a new command line option \`--syntax-highlighting\`; it replaces the
    \`--no-highlighting\` option, which still works with a warning. (Jane Roe)

  * Add \`smart_quotes\` and \`special_strings\` extensions (Jane Roe).
    Currently these only affect \`org\`.

  * Support soft hyphens in the LaTeX reader (Jane Roe).

  * Parse tables in the Typst reader (Max Mustermann).
`;

describe("a repeat contributor's credit brackets", () => {
  it("go wherever they stand in an item", () => {
    const post = single(NOTES, { version: "3.8" });
    expect(post).toContain("--syntax-highlighting");
    expect(post).not.toContain("Jane Roe");
  });

  it("leave a name bracketed only once alone (it may be a place or a product)", () => {
    const post = single(NOTES.replace(/\(Jane Roe\)/gu, "(Windows Server)").replace(/\(Windows Server\)\.\n/u, ".\n"), { version: "3.8" });
    expect(post).toContain("(Windows Server)");
  });
});
