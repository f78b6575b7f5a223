// One change told twice in a blog post: a summary list at the top ("In this release: • Renamed the `Executor` class to
// `Client`") and a titled part for each ("## `Client` replaces `Executor`"). The same key words in another order, voice
// or tense say the same change: the thread shows it once, as the list says it, with the graver kind of the two.

import { RANK } from "../kinds/kinds.js";
import type { Entry } from "../model.js";

const COMMON = new Set(["the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "has", "have", "been", "its", "into", "now", "also", "can", "all", "our", "you", "your", "more", "than", "any", "not", "one", "out"]);
// Verbs of one change said in any voice or tense ("renamed", "replaces", "is now called"; "removed", "is gone"): one
// word each, so that "`legacy_mode` is gone" and "Removed the `legacy_mode` option" name the same act.
const ACTS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:renam|replac|call)/u, "~rename"],
  [/^(?:remov|drop|delet|gone|no-longer)/u, "~remove"],
  [/^(?:add|new|introduc|support)/u, "~add"],
  [/^(?:fast|quick|speed|slow)/u, "~faster"],
];

/** The words a change is told by: code names whole, other words of three letters or more by their stem, acts as one. */
function keyWords(text: string): Set<string> {
  const words = new Set<string>();
  const plain = text.replace(/`([^`]+)`/gu, (_, code: string) => {
    words.add(code.toLowerCase());
    return " ";
  }).replace(/\bno longer\b/giu, "no-longer");
  for (const word of plain.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}_-]*/gu) ?? []) {
    if (word.length < 3 || COMMON.has(word)) continue;
    const act = ACTS.find(([pattern]) => pattern.test(word))?.[1];
    words.add(act ?? word.replace(/(?:ing|ed|es|s)$/u, "").replace(/e$/u, ""));
  }
  return words;
}

/** Whether two changes are told by the same key words: every word of the one told with fewer is in the other, two at
 *  least, one of them more than an act, and the other told with not much more. */
function sameChange(a: Set<string>, b: Set<string>): boolean {
  const [few, many] = a.size <= b.size ? [a, b] : [b, a];
  // (A part that tells much more than the line is a larger change the line has a share of.)
  if (few.size < 2 || many.size > 2 * few.size + 1) return false;
  let named = 0;
  for (const word of few) {
    if (!many.has(word)) return false;
    if (!word.startsWith("~")) named += 1;
  }
  return named >= 1;
}

/** The entries without a titled part's item that a listed item tells again (or the other way round): the listed one
 *  stays, taking the graver kind and the notes' mark of importance. Breaking and security changes each keep theirs. */
export function withoutRetoldChanges(entries: readonly Entry[]): Entry[] {
  const listed = entries.filter((entry) => !entry.prose && entry.titled !== true);
  const words = new Map(entries.map((entry) => [entry, keyWords(entry.text)]));
  const kept = new Map<Entry, Entry>();
  const gone = new Set<Entry>();
  for (const entry of entries) {
    if (entry.titled !== true || entry.kind === "security") continue;
    // A list under an area ("`scipy.constants` improvements: Experimental array API support") tells that area's share of
    // a part's change ("Array API Standard Support"): the same change only where the part names the area too.
    const sameArea = (other: Entry): boolean => other.label === null || !/`/u.test(other.label) || [...keyWords(other.label)].every((word) => words.get(entry)!.has(word));
    const twin = listed.find((other) => other.kind !== "security" && !gone.has(other) && sameArea(other) && sameChange(words.get(entry)!, words.get(other)!));
    if (twin === undefined) continue;
    gone.add(entry);
    const current = kept.get(twin) ?? twin;
    const graver = RANK[entry.kind] < RANK[current.kind];
    if (graver || (entry.important === true && current.important !== true))
      kept.set(twin, { ...current, ...(graver ? { kind: entry.kind, label: entry.label } : {}), ...(entry.important === true ? { important: true } : {}) });
  }
  return entries.filter((entry) => !gone.has(entry)).map((entry) => kept.get(entry) ?? entry);
}
