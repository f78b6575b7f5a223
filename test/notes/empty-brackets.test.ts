// A reference link whose definition is not in the release's section ("([#1412])") is dropped with its brackets: no
// "になります()。" is left. A call's brackets are code, and stay.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);

describe("brackets a dropped reference stood in", () => {
  it("go with it, in Japanese and English", () => {
    expect(texts("### 変更\n\n- クラスがすべて`final`になります([#1412])。\n- Fix the parser ([#1413]) on empty input\n")).toEqual([
      "クラスがすべて`final`になります。",
      "Fix the parser on empty input",
    ]);
  });

  it("a call's empty brackets stay", () => {
    expect(texts("### Fixed\n\n- Call foo() before bar\n- Fix `fn()` on empty input\n")).toEqual(["Call foo() before bar", "Fix `fn()` on empty input"]);
  });
});
