import { describe, expect, it } from "vitest";
import { redact } from "../../src/core/redact.js";

describe("redact", () => {
  it("replaces every occurrence of each secret", () => {
    expect(redact("a SECRET1 b SECRET1 c TOKEN22", ["SECRET1", "TOKEN22"])).toBe("a *** b *** c ***");
  });
  it("ignores empty and very short values so ordinary words survive", () => {
    expect(redact("a b c", ["", "a", undefined])).toBe("a b c");
  });
  it("blanks a secret inside another whole, whichever comes first in the list", () => {
    const long = "1111-access-token-2222";
    const inner = "access";
    expect(redact(`[${long}]`, [inner, long])).toBe("[***]");
    expect(redact(`[${long}]`, [long, inner])).toBe("[***]");
  });
  it("blanks two overlapping secrets as one span, leaving neither's tail", () => {
    expect(redact("<AAAAAAAAXXXXXXXXBBBBBBBB>", ["AAAAAAAAXXXXXXXX", "XXXXXXXXBBBBBBBB"])).toBe("<***>");
    expect(redact("aaaaaa", ["aaaa"])).toBe("***");
    expect(redact("KEY1-KEY1", ["KEY1"])).toBe("***-***");
  });
});
