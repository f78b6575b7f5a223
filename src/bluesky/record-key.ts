// Record keys for a release's thread: the same release and place in the thread always give the same key, so a re-run
// meets the records of the earlier run instead of posting again. Pure.
import { createHash } from "node:crypto";

// app.bsky.feed.post declares `"key": "tid"`, and the PDS checks record keys against it (atproto
// packages/pds/src/repo/prepare.ts, keySchema): a post's key must be a TID, 13 characters of base32-sortable,
// a 64-bit number whose top bit is 0, 53 bits of microseconds since 1970 and 10 bits of clock id
// (https://atproto.com/specs/tid). Any other key, however valid as a generic record key, is refused.
const ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
const TID_PATTERN = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
/** 2023-01-01T00:00:00Z in microseconds: keys fall in the 407 days after it, never in the future. */
const BASE_US = BigInt(Date.UTC(2023, 0, 1)) * 1000n;
/** 45 bits of the release's hash pick the microsecond: two releases share keys with odds of 1 in 3.5e13. */
const SPREAD_BITS = 45n;
/** The clock id holds the post's place: 10 bits. */
export const MAX_THREAD_POSTS = 1024;

/** Whether `key` has TID syntax. */
export function isTid(key: string): boolean {
  return TID_PATTERN.test(key);
}

/** The microsecond a release's keys share: BASE + 45 bits of SHA-256("release-tweet bluesky v1" NUL releaseKey). */
function releaseMicros(releaseKey: string): bigint {
  const digest = createHash("sha256").update(`release-tweet bluesky v1\0${releaseKey}`).digest();
  return BASE_US + (digest.readBigUInt64BE(0) & ((1n << SPREAD_BITS) - 1n));
}

/** The TID record key of post `index` (0 = the first) of the thread announcing `releaseKey`. */
export function threadRecordKey(releaseKey: string, index: number): string {
  if (releaseKey === "") throw new RangeError("releaseKey must not be empty");
  if (!Number.isInteger(index) || index < 0 || index >= MAX_THREAD_POSTS) {
    throw new RangeError(`index must be a whole number from 0 to ${MAX_THREAD_POSTS - 1}`);
  }
  let value = (releaseMicros(releaseKey) << 10n) | BigInt(index);
  let key = "";
  for (let i = 0; i < 13; i++) {
    key = ALPHABET[Number(value & 31n)]! + key;
    value >>= 5n;
  }
  return key;
}
