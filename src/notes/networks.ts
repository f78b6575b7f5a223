// A network's counting rules, the one thing the composer needs to know about where a post goes: how it counts
// text, its limit, which tokens it turns into links, and whether @handles in the notes would notify someone.
import { BLUESKY_LIMITS, blueskyLength, findLinks, fitsBluesky } from "../bluesky/rich-text.js";
import { DEFAULT_MASTODON_LIMITS, mastodonLength, type MastodonLimits } from "../mastodon/length.js";
import { urlRanges as xUrlRanges, weightedLength as xWeightedLength, isValidPost } from "./text/x-text.js";

export type NetworkId = "x" | "bluesky" | "mastodon";

/** Each network's name as people write it. */
export const NETWORK_NAME: Record<NetworkId, string> = { x: "X", bluesky: "Bluesky", mastodon: "Mastodon" };

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
  /** The network makes #hashtags (and on X $cashtags) links: the composer keeps "#ifdef" and "$TERM" quiet. */
  readonly linksTags: boolean;
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
    linksTags: true,
  };
}

/**
 * Bluesky: graphemes of the text as shown (a long URL is shown shortened, its link facet keeps it whole), at most 300
 * and 3,000 bytes. Links exist only as facets, which are made for http(s) URLs alone: neither a handle nor a file
 * name in the notes can become a mention or a link.
 */
export function blueskyRules(): NetworkRules {
  return {
    network: "bluesky",
    maxLength: BLUESKY_LIMITS.graphemes,
    length: blueskyLength,
    fits: (text) => text.trim() !== "" && fitsBluesky(text),
    links: (text) => findLinks(text).map((link): [number, number] => [link.start, link.end]),
    mentionsNotify: false,
    linksBareDomains: false,
    // Tags become links only as facets, and the client makes none for them.
    linksTags: false,
  };
}

/**
 * Mastodon: as the instance counts (grapheme clusters, each URL as `urlWeight`, a mention without its domain) up to
 * the instance's limit. It links only URLs with a scheme, but an @handle would notify an account of that name.
 */
export function mastodonRules(limits: MastodonLimits = DEFAULT_MASTODON_LIMITS): NetworkRules {
  const length = (text: string): number => mastodonLength(text, { urlWeight: limits.urlWeight });
  return {
    network: "mastodon",
    maxLength: limits.maxCharacters,
    length,
    fits: (text) => text.trim() !== "" && length(text) <= limits.maxCharacters,
    links: xUrlRanges,
    mentionsNotify: true,
    linksBareDomains: false,
    linksTags: true,
  };
}
