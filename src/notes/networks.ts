// A network's counting rules, the one thing the composer needs to know about where a post goes: how it counts
// text, its limit, which tokens it turns into links, and whether @handles in the notes would notify someone.
import { urlRanges as xUrlRanges, weightedLength as xWeightedLength, isValidPost } from "./x-text.js";

export type NetworkId = "x" | "bluesky" | "mastodon";

export interface NetworkRules {
  readonly network: NetworkId;
  /** The most a post may weigh, as `length` counts. */
  readonly maxLength: number;
  /** The weight of a post's text as the network counts it. */
  length(text: string): number;
  /** True when the network accepts the text as one post (limit and any other rule, e.g. Bluesky's bytes). */
  fits(text: string): boolean;
  /** The [start, end) ranges the network shows as links: never cut inside one. */
  links(text: string): Array<[number, number]>;
  /** An @handle from the notes would notify that account on this network: the composer keeps it quiet. */
  readonly mentionsNotify: boolean;
  /** The network links bare domains ("notes.md", "datetime.date"): the composer keeps those from the notes quiet. */
  readonly linksBareDomains: boolean;
}

/** X: twitter-text's weighted length (URLs 23, CJK and emoji 2), any valid post up to `maxLength`. */
export function xRules(maxLength = 280): NetworkRules {
  return {
    network: "x",
    maxLength,
    length: xWeightedLength,
    fits: (text) => isValidPost(text, maxLength),
    links: xUrlRanges,
    mentionsNotify: true,
    linksBareDomains: true,
  };
}
