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

// A reference shared by five or more items that say different things ("Reject `--project` …", "Skip distributions …",
// … all "(#20225)") is a roll-up pull request that landed many changes, not one change listed twice: an item citing it
// is a repeat only when it says what an item before it said. A few wordings are still one change told again (summary
// items that cite a pull request, then its line in a "Merged pull requests" list).
/** The references seen so far, each with the words of the items that cited it. */
export type ListedReferences = Map<string, Set<string>>;

/** An item's words without its references, links and markup: what two listings of one change share. */
const wordsOf = (line: string): string =>
  line
    .replace(REFERENCE, " ")
    .replace(/\(?\[[^\]]*\]\([^)]*\)\)?|`[^`<]*<[^>]*>`_|<?https?:\/\/\S+/gu, " ")
    .replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/u, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .toLowerCase();

/** How many different wordings cite one reference before it counts as a roll-up. */
const ROLL_UP = 5;

/** The numbers the items of the read part refer to. */
export function listedReferences(read: string): ListedReferences {
  const seen: ListedReferences = new Map();
  for (const [line] of read.matchAll(ITEM_LINE)) cite(line, seen);
  return seen;
}

function cite(line: string, seen: ListedReferences): void {
  const words = wordsOf(line);
  for (const number of referencesOf(line)) seen.set(number, (seen.get(number) ?? new Set<string>()).add(words));
}

/** True when the item line names only references already `seen` (a repeat); adds its own to `seen` either way. */
export function repeatsListed(line: string, seen: ListedReferences): boolean {
  const numbers = referencesOf(line);
  const words = wordsOf(line);
  // A roll-up reference (cited by items saying different things) tells changes apart only by their words.
  const repeat = numbers.length > 0 && numbers.every((number) => {
    const cited = seen.get(number);
    return cited !== undefined && (cited.size < ROLL_UP || cited.has(words));
  });
  cite(line, seen);
  return repeat;
}

// An RST or Markdown setext underline ("-----", "=====", "~~~~~", rst.ts's adornment): the line above it is a heading.
const UNDERLINE = ADORNMENT;

/** The heading a line is when the line after it underlines it (RST, setext Markdown), or null. */
export function underlinedHeading(line: string, next: string): string | null {
  const text = line.trim();
  if (text === "" || !UNDERLINE.test(next) || /^[-*+][ \t]/u.test(text) || UNDERLINE.test(text)) return null;
  // A Markdown fence ("```" under "</ul>") is no underline: RST's "`" or "~" adornment is as long as its title at least.
  if (/^[`~]/u.test(next.trim()) && next.trim().length < text.length) return null;
  return text;
}
