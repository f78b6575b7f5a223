import { describe, expect, it } from "vitest";
import { redact } from "../../src/core/redact.js";

describe("redact", () => {
  it("replaces every occurrence of each secret", () => {
    expect(redact("a SECRET1 b SECRET1 c TOKEN22", ["SECRET1", "TOKEN22"])).toBe("a *** b *** c ***");
  });
  it("ignores empty and very short values so ordinary words survive", () => {
    expect(redact("a b c", ["", "a", undefined])).toBe("a b c");
  });
});
