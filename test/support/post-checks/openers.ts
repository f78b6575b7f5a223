// One "is out" in post 1: the header announces the release, and a second opener from the notes repeats it.
import type { Context, Defect } from "./types.ts";
import { BULLET } from "./text.ts";

const OPENERS = [
  /\b(?:is|are)\s+(?:now\s+)?(?:out|here|live|available)\b/giu,
  /\b(?:has been|have been|was|were|just|now|finally)\s+released\b/giu,
  /(?:^|[.!]\s+)released\s*[!:]/gimu,
  /正式发布|已发布|发布了|发布啦|リリースしました|リリースされました|출시/gu,
];
const HISTORY = /\b(?:after|before|since|when|until|once)\s+(?:\S+\s+){0,2}v?\d+(?:\.\d+)+\S*\s+(?:\S+\s+)?$/iu;
/**
 * Only one "is out" in the first post (the header's), not a second from the notes ("v2.0.0 is here!"). An opener
 * announces a release: its sentence names a version or ends right after it ("is out!"); "is available for general
 * use" inside a change is not one.
 */
export function duplicateOpener({ posts }: Context): Defect[] {
  if (posts.length === 0) return [];
  const sentences = posts[0]!.split(/(?<=[.!?。！？])\s+|\n+/u);
  const announces = (sentence: string, match: RegExpMatchArray): boolean =>
    // "Widget 1.2.0 is out!": a version right before the phrase, or the phrase ending its sentence. Not a past
    // release a change looks back on ("needed for compatibility after pandoc 1.12 was released").
    !HISTORY.test(sentence.slice(0, match.index ?? 0)) &&
    (/\bv?\d+(?:\.\d+)+\S*\s+(?:\S+\s+)?$/u.test(sentence.slice(0, match.index ?? 0)) ||
    // A list item ending "…port is available" is a change, not an announcement, unless it names a version.
    (!BULLET.test(sentence) && /^\s*[!！.。]?\s*$/u.test(sentence.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 3))));
  const found = sentences.flatMap((sentence) =>
    OPENERS.flatMap((pattern) => [...sentence.matchAll(pattern)].filter((match) => announces(sentence, match)).map(([match]) => match.trim())),
  );
  return found.length > 1 ? [{ check: "duplicate-opener", post: 0, detail: `${found.length} openers: ${found.map((m) => `"${m}"`).join(", ")}` }] : [];
}
