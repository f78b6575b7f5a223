// The same change reached twice: a summary list's "このリリースでは、既存のアドオンとの互換性が失われています。" and a
// section's "注意: このリリースでは、既存のアドオンとの互換性が失われています。アドオンは再テスト…". A thread that
// shows the first must not show the second: the later one goes, and what it adds stays in the notes.
import { RANK } from "../kinds/kinds.js";
import type { Entry } from "../model.js";
import { CJK_LETTER } from "../text/cjk.js";

// A short label before the words ("注意:", "Note:", "Important:", "重要："), which says nothing of the change.
const LABEL = /^[\p{L}]{1,12}\s*[:：]\s*/u;
const WORDLESS = /[\s\p{P}\p{S}]/u;
const normal = (text: string): string => text.replace(/[\s\p{P}\p{S}]/gu, "").toLowerCase();

/** Whether `later` holds all of `earlier` (both normalised) up to a sentence's end: "Fix typo in correction to
 *  `restauranteurs`" goes on from "Fix typo in correction" within its clause, and "… number 10" from "… number 1"
 *  within its word, so neither repeats it. */
function endsWithSentence(later: string, letters: number): boolean {
  let seen = 0;
  let at = 0;
  for (; at < later.length && seen < letters; at += 1) if (!WORDLESS.test(later[at]!)) seen += 1;
  const rest = later.slice(at);
  return /^[\s"'”’)）\]]*(?:$|[.!?。！？]|[:：]\s)/u.test(rest);
}

// Steps later in the chain merge or count repeats on purpose: an advisory named in a summary and its own section
// (advisory-summary.ts), sentences of one paragraph. Only items of different places of the notes are this repeat.
const ownedElsewhere = (entry: Entry): boolean => entry.kind === "security" || /\b(?:CVE|GHSA)-/u.test(entry.text);
// Long enough to be one change's words, not a stock phrase ("Bug fixes."): 24 letters, or 12 in Chinese or Japanese.
const longEnough = (words: string): boolean => words.length >= 24 || (words.length >= 12 && CJK_LETTER.test(words));

/** The entries without one that opens with the whole of an earlier entry's words; the earlier one takes the later's
 *  kind where that is graver (a breaking section's copy of a summary line). */
export function withoutRepeatedItems(entries: readonly Entry[]): Entry[] {
  const kept: Entry[] = [];
  const said: string[] = [];
  for (const entry of entries) {
    // (Only the later one's label goes: "`Radio`: 支持…" after "`Checkbox`: 支持…" is another change.)
    const text = entry.text.replace(LABEL, "");
    const words = normal(text);
    const earlier = ownedElsewhere(entry)
      ? -1
      : said.findIndex((other, at) => longEnough(other) && words.startsWith(other) && !ownedElsewhere(kept[at]!) && !(entry.prose && kept[at]!.prose && entry.paragraph === kept[at]!.paragraph) && endsWithSentence(text, other.length));
    if (earlier < 0) {
      kept.push(entry);
      said.push(normal(entry.text));
      continue;
    }
    const first = kept[earlier]!;
    if (RANK[entry.kind] < RANK[first.kind]) kept[earlier] = { ...first, kind: entry.kind, label: entry.label };
  }
  return kept;
}

// Words that only say how a summary item's change went ("Overhauled and supercharged new router"): participles and
// link words. The rest names the thing changed.
const HOW_IT_WENT = /^(?:\p{L}{3,}ed|new|and|or|the|a|an|for|of|with|to|in|our|all|brand)$/u;
const wordsOf = (text: string): string[] => text.toLowerCase().replace(/`/gu, "").match(/[\p{L}\p{N}][\p{L}\p{N}_-]*/gu) ?? [];
const stemOf = (word: string): string => word.replace(/(?:ing|es|s)$/u, "");

/** Whether a short summary item ("Overhauled and supercharged new router") names the same change as a titled part of
 *  the notes ("## Enum Router" over "We designed a new router built around the Rust `enum`."): each word of the item
 *  that names a thing is in the title or its sentence, one of them in the title, and a "new" of the item is said again.
 *  The part then tells the summary's item at length: one change, shown once. (Latin-script words; a summary item in
 *  CJK is matched by its text, withoutRepeatedItems.) */
export function summaryItemNamesPart(listed: string, title: string, key: string): boolean {
  const words = wordsOf(listed);
  if (words.length === 0 || words.length > 8) return false;
  const things = words.filter((word) => !HOW_IT_WENT.test(word)).map(stemOf);
  const titled = new Set(wordsOf(title).map(stemOf));
  const told = new Set([...titled, ...wordsOf(key).map(stemOf)]);
  if (things.length === 0 || !things.some((word) => titled.has(word)) || !things.every((word) => told.has(word))) return false;
  return !words.includes("new") || told.has("new");
}
