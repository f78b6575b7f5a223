// What pointed at a reference, left at a change's end once the reference went: "blend_colors algorithm, fix issue
// like #1405" → "…, fix issue like", "Fix the parser, see #12" → "…, see", "修复崩溃，详见 #88" → "…，详见". The
// pointing words go with what they pointed at (and a "fix issue" that only named the reference with them).
import { DROPPED_MARK, LINK_OPEN } from "../formats/markdown.js";
import { escapeRegExp } from "./escape-regexp.js";

const POINTING = String.raw`(?:like|see(?:\s+also)?|refs?|in|via|per|cf\.?|from|at|by|on|related\s+to|as\s+in|详见|參見|参见|参考|参照|见|請見|请见|詳細は|참고)`;
// "fix issue like", "fixes the bug in": a clause that only says which report the reference was.
const REPORT_CLAUSE = String.raw`(?:(?:fix(?:es|ed)?|close[sd]?|resolve[sd]?|address(?:es|ed)?)\s+(?:the\s+|an?\s+)?(?:issues?|bugs?|problems?|reports?)\s+)?`;
// A reference: an issue's number, a link, or a commit's hash (Magit's "…, added in 2e76ec9337.").
const REFERENCE = String.raw`(?:[\w.-]{1,100}\/[\w.-]{1,100})?#\d{1,9}|GH-\d{1,9}|${DROPPED_MARK}|${LINK_OPEN}|https?:\/\/|(?=[0-9a-f]{0,39}\d)(?=[0-9a-f]{0,39}[a-f])[0-9a-f]{7,40}(?![\w-])`;
// "…, added in", "…, introduced by": a participle that only said where the reference came in goes with its word.
const LEFT_AT_END = new RegExp(String.raw`(?:[\s,;，；、]+|^)${REPORT_CLAUSE}((?:[A-Za-z]{2,20}(?:ed|en)\s+)?${POINTING})\s*[:：]?\s*[.。]?$`, "iu");


/** The cleaned text without pointing words the removed reference left at its end; `source` is the text before the
 *  references went: only words that stood right before a reference there go ("…logged in" stays, and "…all refs (#7772)", where
 *  the bracket set the reference apart from the sentence). */
export function withoutPointerLeftovers(cleaned: string, source: string): string {
  const left = LEFT_AT_END.exec(cleaned);
  if (!left) return cleaned;
  const word = escapeRegExp(left[1]!).replace(/\s+/gu, "\\s+");
  const pointed = new RegExp(String.raw`(?:^|[^\p{L}])${word}\s*[:：]?\s*(?:${REFERENCE})`, "iu");
  if (!pointed.test(source)) return cleaned;
  const kept = cleaned.slice(0, left.index).trim();
  return /[\p{L}\p{N}]/u.test(kept) ? kept : cleaned;
}
