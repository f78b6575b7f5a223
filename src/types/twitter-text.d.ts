// Types for the twitter-text files the composer imports directly (the package root loads all of twitter-text).
declare module "twitter-text/dist/parseTweet.js" {
  import type { ParsedTweet, ParseTweetOptions } from "twitter-text";
  const parseTweet: (text: string, options?: ParseTweetOptions) => ParsedTweet;
  export default parseTweet;
}
declare module "twitter-text/dist/configs.js" {
  import type { ParseTweetOptions } from "twitter-text";
  const configs: { defaults: ParseTweetOptions; version1: ParseTweetOptions; version2: ParseTweetOptions; version3: ParseTweetOptions };
  export default configs;
}
declare module "twitter-text/dist/extractUrlsWithIndices.js" {
  import type { UrlWithIndices } from "twitter-text";
  const extractUrlsWithIndices: (text: string, options?: { extractUrlsWithoutProtocol: boolean }) => UrlWithIndices[];
  export default extractUrlsWithIndices;
}
declare module "twitter-text/dist/extractMentionsOrListsWithIndices.js" {
  import type { MentionWithIndices } from "twitter-text";
  const extractMentionsOrListsWithIndices: (text: string) => MentionWithIndices[];
  export default extractMentionsOrListsWithIndices;
}
declare module "twitter-text/dist/extractHashtagsWithIndices.js" {
  const extractHashtagsWithIndices: (text: string) => Array<{ hashtag: string; indices: [number, number] }>;
  export default extractHashtagsWithIndices;
}
declare module "twitter-text/dist/extractCashtagsWithIndices.js" {
  const extractCashtagsWithIndices: (text: string) => Array<{ cashtag: string; indices: [number, number] }>;
  export default extractCashtagsWithIndices;
}
