import { describe, expect, it } from "vitest";
import { memoized } from "../../src/notes/memo.js";
import { raisesPlatformFloor, readItem } from "../../src/notes/kinds/kinds.js";

describe("memoized", () => {
  it("asks once per text and gives the same answer again", () => {
    const asked: string[] = [];
    const length = memoized((text) => {
      asked.push(text);
      return text.length;
    });
    expect([length("ab"), length("abc"), length("ab")]).toEqual([2, 3, 2]);
    expect(asked).toEqual(["ab", "abc"]);
  });

  it("keeps a bounded number of answers, asking again once the store was emptied", () => {
    const asked: string[] = [];
    const upper = memoized((text) => {
      asked.push(text);
      return text.toUpperCase();
    }, 2);
    for (const text of ["a", "b", "c", "a"]) upper(text);
    expect(asked).toEqual(["a", "b", "c", "a"]);
  });
});

describe("the shared readings", () => {
  it("are frozen, so that no reader changes another's", () => {
    const reading = readItem("feat: add a flag");
    expect(Object.isFrozen(reading)).toBe(true);
    expect(readItem("feat: add a flag")).toBe(reading);
  });

  it("read a raised floor in any case", () => {
    expect(raisesPlatformFloor("Drop support for EOL Node.js 18")).toBe(true);
    expect(raisesPlatformFloor("PYTHON 3.9 IS NO LONGER SUPPORTED")).toBe(true);
    expect(raisesPlatformFloor("Add support for the Windows terminal")).toBe(false);
  });
});
