import { describe, expect, it } from "vitest";
import { compileRegExpsEagerly } from "../../src/core/regexp-tier.js";

describe("compileRegExpsEagerly", () => {
  it("sets the flag only on the V8 versions it was measured on", () => {
    const set: string[] = [];
    const record = (flags: string) => set.push(flags);
    // An unknown flag would be printed as an error on stderr, in the user's log.
    expect(compileRegExpsEagerly("10.2.154.26-node.26", record)).toBe(false);
    expect(compileRegExpsEagerly("14.0.1", record)).toBe(false);
    expect(compileRegExpsEagerly("not a version", record)).toBe(false);
    expect(set).toEqual([]);
    expect(compileRegExpsEagerly("13.6.233.17-node.53", record)).toBe(true);
    expect(set).toEqual(["--no-regexp-tier-up"]);
  });
});
