// Notes that cite their commits after a change's sentence (Magit: "…in a log.  d8d3e4813, 40ad7a25c") or point at
// the commit a regression came in with ("…, added in 2e76ec9337."): the hashes go, and the words that pointed at them.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);

describe("commit hashes after a change", () => {
  it("a sentence of hashes goes, and the words that pointed at one", () => {
    const notes = "## Changes\n\n- Added new face `x`.  2e76ec9337\n- Many commands now pick that up.\n  d8d3e4813, 40ad7a25c, 402112c6e\n- Fixed a regression in `y`, added in 2e76ec9337.\n";
    expect(texts(notes)).toEqual(["Added new face `x`.", "Many commands now pick that up.", "Fixed a regression in `y`"]);
  });

  it("a hash the change is about stays", () => {
    expect(texts("## Changes\n\n- Pin the action to 8e5e7e5a1\n")).toEqual(["Pin the action to 8e5e7e5a1"]);
  });
});
