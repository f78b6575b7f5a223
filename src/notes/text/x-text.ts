// X's weighted length, through twitter-text. The only module that imports twitter-text.
// Imports the files it needs rather than the package root: the same code with identical results, about 40% less
// load time and half the heap.
import parseTweet from "twitter-text/dist/parseTweet.js";
import configs from "twitter-text/dist/configs.js";
import extractUrlsWithIndices from "twitter-text/dist/extractUrlsWithIndices.js";
import extractMentionsOrListsWithIndices from "twitter-text/dist/extractMentionsOrListsWithIndices.js";
import extractHashtagsWithIndices from "twitter-text/dist/extractHashtagsWithIndices.js";
import extractCashtagsWithIndices from "twitter-text/dist/extractCashtagsWithIndices.js";

/** X's weighted length (config v3: URL = 23, CJK/emoji = 2, text NFC-normalized first). */
export function weightedLength(text: string): number {
  return parseTweet(text).weightedLength;
}

/** Whether X accepts this text as one post under `maxLength` (no invalid characters, not empty, not too long). */
export function isValidPost(text: string, maxLength: number): boolean {
  return parseTweet(text, { ...configs.defaults, maxWeightedTweetLength: maxLength }).valid;
}

/** The URLs twitter-text sees in the text (each counts 23), as UTF-16 [start, end) ranges. */
export function urlRanges(text: string): Array<[number, number]> {
  return extractUrlsWithIndices(text).map((entity) => entity.indices);
}

/** Where X would see an @mention (outside URLs), as UTF-16 offsets of the "@". */
export function mentionOffsets(text: string): number[] {
  const urls = urlRanges(text);
  return extractMentionsOrListsWithIndices(text)
    .map((entity) => entity.indices[0])
    .filter((at) => !urls.some(([start, end]) => at >= start && at < end));
}

/** Where X would see a #hashtag or a $cashtag ("$TERM" links to a stock ticker), as UTF-16 offsets of the sigil. */
export function tagOffsets(text: string): number[] {
  if (!text.includes("#") && !text.includes("$") && !text.includes("\uFF03")) return [];
  return [...extractHashtagsWithIndices(text), ...extractCashtagsWithIndices(text)].map((entity) => entity.indices[0]).sort((a, b) => a - b);
}
