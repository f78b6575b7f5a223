// Cutting text to a weighted budget at the best boundary: sentence, then word, then grapheme; never inside a URL.
import { urlRanges, weightedLength } from "./x-text.js";

export const ELLIPSIS = "\u2026";
export const ELLIPSIS_WEIGHT = 2;

// No Intl.Segmenter at module level: the first one in a process loads ICU's break data (~10-15 ms), which most
// runs never need; cutInsideWord creates its own (later ones reuse the loaded data and cost ~0.03 ms).
const SENTENCE_END = /[.!?\u3002\uFF01\uFF1F\u061F]["')\]\u201D\u300D]*$/u;

/**
 * How much text can hold `budget` weight: non-URL text weighs at least 1 per code point and up to 7 UTF-16
 * units per emoji weight; a URL (≤ 4096 characters) weighs 23. Slicing to this length first keeps measuring a
 * 5 MB paragraph as cheap as measuring a post.
 */
function probeLength(budget: number): number {
  return budget * 8 + 4_200;
}

/** The weight of `text` if it is at most `budget`, else null; looks at no more of the text than needed. */
export function weightWithin(text: string, budget: number): number | null {
  if (budget < 0) return null;
  let probe = probeLength(budget);
  while (probe < text.length) {
    // Cut the probe at whitespace so no URL is shortened into a different token.
    const cut = text.lastIndexOf(" ", probe);
    if (cut > 0 && weightedLength(text.slice(0, cut)) > budget) return null;
    probe *= 2;
  }
  const weight = weightedLength(text);
  return weight <= budget ? weight : null;
}

/**
 * The longest prefix of `text` weighing at most `budget`, cut after a whole word (preferring a sentence end when
 * that keeps most of the room), or inside an overlong word at a word or grapheme boundary. URLs stay whole.
 * Returns "" when not even one grapheme fits.
 */
export function cutToBudget(text: string, budget: number): string {
  if (budget <= 0) return "";
  const leading = /^\s*/u.exec(text)?.[0] ?? "";
  let used = weightedLength(leading);
  if (used > budget) return "";
  let lastWordEnd = -1;
  let lastWordWeight = 0;
  let lastSentenceEnd = -1;
  let lastSentenceWeight = 0;
  const words = /(\S+)(\s*)/gu;
  words.lastIndex = leading.length;
  for (let match = words.exec(text); match; match = words.exec(text)) {
    const word = match[1] ?? "";
    const start = match.index;
    const wordWeight = weightWithin(word, budget - used);
    if (wordWeight === null) {
      // This word does not fit. Cut inside it when the whole words so far leave most of the room unused.
      if (lastWordWeight < budget * 0.5) {
        const inside = cutInsideWord(word, budget - used);
        if (inside) return text.slice(0, start) + inside;
      }
      break;
    }
    used += wordWeight;
    lastWordEnd = start + word.length;
    lastWordWeight = used;
    if (SENTENCE_END.test(word)) {
      lastSentenceEnd = lastWordEnd;
      lastSentenceWeight = used;
    }
    used += weightedLength(match[2] ?? "");
    if (used > budget) break;
  }
  if (lastWordEnd < 0) return "";
  const end = lastSentenceEnd > 0 && lastSentenceWeight >= lastWordWeight * 0.6 ? lastSentenceEnd : lastWordEnd;
  return text.slice(0, end).trimEnd();
}

/** Cuts a whitespace-free run (a CJK sentence, a long identifier) at a word or grapheme boundary, not in a URL. */
function cutInsideWord(word: string, budget: number): string {
  const slice = word.length > probeLength(budget) ? word.slice(0, probeLength(budget)) : word;
  const urls = urlRanges(slice);
  const wordBoundaries = new Set<number>();
  for (const segment of new Intl.Segmenter(undefined, { granularity: "word" }).segment(slice)) wordBoundaries.add(segment.index);
  let used = 0;
  let bestGrapheme = 0;
  let bestGraphemeWeight = 0;
  let bestWord = 0;
  let bestWordWeight = 0;
  let bestSentence = 0;
  let bestSentenceWeight = 0;
  let position = 0;
  const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(slice);
  for (const { segment, index } of graphemes) {
    if (index < position) continue; // inside a URL already counted
    const url = urls.find(([start, stop]) => index >= start && index < stop);
    const end = url ? url[1] : index + segment.length;
    const weight = url ? weightedLength(slice.slice(index, end)) : weightedLength(segment);
    if (used + weight > budget) break;
    used += weight;
    position = end;
    bestGrapheme = end;
    bestGraphemeWeight = used;
    if (!url && /^[\u3002\uFF01\uFF1F.!?]$/u.test(segment)) {
      bestSentence = end;
      bestSentenceWeight = used;
    }
    if (wordBoundaries.has(end) || end === slice.length) {
      bestWord = end;
      bestWordWeight = used;
    }
  }
  if (bestSentence > 0 && bestSentenceWeight >= bestGraphemeWeight * 0.6) return slice.slice(0, bestSentence);
  return slice.slice(0, bestWordWeight >= bestGraphemeWeight * 0.5 && bestWord > 0 ? bestWord : bestGrapheme);
}
