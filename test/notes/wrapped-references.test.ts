import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (notes: string) => readNotesModel(notes).entries.map((entry) => entry.text);

describe("hard-wrapped lines that end with a reference", () => {
  it("a line ending with a reference, then a line opening with a capital: the reference ended a sentence", () => {
    const notes = [
      "## Changes",
      "",
      "- Fixed a deadlock in concurrent execution #1234",
      "  If 2 Capsules run at once, the second waits.",
      "- Fixed a crash on exit [#55](https://github.com/o/r/pull/55)",
      "  The cache is now cleared first.",
      "- Sped up the parser o/r#77",
      "  Large files load twice as fast.",
      "",
    ].join("\n");
    expect(texts(notes)).toEqual([
      "Fixed a deadlock in concurrent execution. If 2 Capsules run at once, the second waits.",
      "Fixed a crash on exit. The cache is now cleared first.",
      "Sped up the parser. Large files load twice as fast.",
    ]);
  });

  it("a wrapped sentence without a reference at the break stays one sentence", () => {
    const notes = "## Changes\n\n- Use the\n  Foo option for builds\n- Raised the limit to 10000\n  Items per page\n- Closes #12,\n  Fixes #13 and more\n";
    expect(texts(notes)).toEqual(["Use the Foo option for builds", "Raised the limit to 10000 Items per page", expect.not.stringMatching(/\.\s/u)]);
  });
});
