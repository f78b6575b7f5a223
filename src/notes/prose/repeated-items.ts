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
