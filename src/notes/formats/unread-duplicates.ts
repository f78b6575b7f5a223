// The unread rest of long notes often lists one pull request several times: under each submodule it touched, then
// again in the tracker's "Merged Pull Requests" list (Sphinx changelogs: ":pr:`7825`"). A count of what the posts left
// out counts each pull request (or issue) once, and none that the read part already listed (read, it is counted or
// shown there). An item without a reference is counted as always.
import { ADORNMENT } from "./rst.js";

// ":pr:`7825`", ":issue:`12`", ":ghpull:`3`", "…/pull/7825", "#7825" (not "&#123;" nor an anchor "page#12").
const REFERENCE = /:(?:pr|issue|ghpull|ghissue|gh):`(\d{1,7})`|\/(?:pull|pulls|issues|merge_requests)\/(\d{1,7})\b|(?<![\w&/#])#(\d{1,7})\b/gu;
// An item line: "- …", "* …", "+ …", "1. …".
const ITEM_LINE = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S[^\n]*/gmu;

/** The numbers an item line refers to. */
export function referencesOf(line: string): string[] {
  return [...line.matchAll(REFERENCE)].map((match) => match[1] ?? match[2] ?? match[3] ?? "").filter((number) => number !== "");
}

/** The numbers the items of the read part refer to. */
export function listedReferences(read: string): Set<string> {
  const seen = new Set<string>();
  for (const [line] of read.matchAll(ITEM_LINE)) for (const number of referencesOf(line)) seen.add(number);
  return seen;
}

/** True when the item line names only references already `seen` (a repeat); adds its own to `seen` either way. */
export function repeatsListed(line: string, seen: Set<string>): boolean {
  const numbers = referencesOf(line);
  const repeat = numbers.length > 0 && numbers.every((number) => seen.has(number));
  for (const number of numbers) seen.add(number);
  return repeat;
}

// An RST or Markdown setext underline ("-----", "=====", "~~~~~", rst.ts's adornment): the line above it is a heading.
const UNDERLINE = ADORNMENT;

/** The heading a line is when the line after it underlines it (RST, setext Markdown), or null. */
export function underlinedHeading(line: string, next: string): string | null {
  const text = line.trim();
  if (text === "" || !UNDERLINE.test(next) || /^[-*+][ \t]/u.test(text) || UNDERLINE.test(text)) return null;
  return text;
}
