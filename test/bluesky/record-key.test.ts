import { describe, expect, it } from "vitest";
import { MAX_THREAD_POSTS, isTid, threadRecordKey } from "../../src/bluesky/record-key.js";

const ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
const decode = (tid: string) => [...tid].reduce((value, char) => value * 32n + BigInt(ALPHABET.indexOf(char)), 0n);

describe("threadRecordKey", () => {
  it("is a TID (the key type app.bsky.feed.post declares), the same for the same release and place", () => {
    const key = threadRecordKey("octo/widget@v1.2.0", 0);
    expect(isTid(key)).toBe(true);
    expect(threadRecordKey("octo/widget@v1.2.0", 0)).toBe(key);
  });

  it("differs by place in the thread and by release", () => {
    const keys = new Set([0, 1, 2, 3].map((i) => threadRecordKey("octo/widget@v1.2.0", i)));
    keys.add(threadRecordKey("octo/widget@v1.2.1", 0));
    keys.add(threadRecordKey("octo/other@v1.2.0", 0));
    expect(keys.size).toBe(6);
  });

  it("holds the place in the clock id and a past timestamp (2023-01-01 plus at most 2^45 µs)", () => {
    const value = decode(threadRecordKey("octo/widget@v1.2.0", 7));
    expect(value >> 63n).toBe(0n);
    expect(value & 1023n).toBe(7n);
    const micros = value >> 10n;
    expect(micros).toBeGreaterThanOrEqual(BigInt(Date.UTC(2023, 0, 1)) * 1000n);
    expect(micros).toBeLessThan(BigInt(Date.UTC(2023, 0, 1)) * 1000n + (1n << 45n));
  });

  it("refuses an empty release key and places outside 0..1023", () => {
    expect(() => threadRecordKey("", 0)).toThrow(RangeError);
    expect(() => threadRecordKey("a/b@v1", -1)).toThrow(RangeError);
    expect(() => threadRecordKey("a/b@v1", MAX_THREAD_POSTS)).toThrow(RangeError);
    expect(isTid("release-v1")).toBe(false);
  });
});
