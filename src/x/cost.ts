// What a run costs on X, said before it runs (and, in the job summary, what it sent): how many posts, which carry a
// link — X bills those in a dearer class since 2026-04-20 — and how many write requests go out. Pure.
import { docsUrl } from "../core/errors.js";
import { urlRanges } from "../notes/text/x-text.js";
import type { UploadPlan } from "./media.js";

/**
 * X's pay-per-use prices of 2026-04-20 in thousandths of a dollar (docs/costs.md links X's pricing page). Media
 * uploads are not on that list, so no estimate counts them.
 */
export const X_PRICES = { date: "2026-04-20", post: 15, postWithUrl: 200, altText: 5 } as const;

export interface RunCost {
  /** Posts the run makes (or made). */
  posts: number;
  /** Their numbers in the thread (1-based) that carry a link: "Post: Create (with URL)". */
  postsWithLink: number[];
  /** Every write request: posts, media upload, alt text. */
  writeRequests: number;
  mediaUploadRequests: number;
  altTextRequests: number;
  /** Reads of the account's own posts (after a duplicate or a post X did not give the id of); 0 when planning. */
  readRequests: number;
  /** The posts and alt text at X_PRICES, in thousandths of a dollar (media uploads not included). */
  estimateMills: number;
}

export interface CostInput {
  /** The posts, each with its number in the thread. */
  posts: readonly { text: string; number: number }[];
  upload?: Pick<UploadPlan, "uploadRequests" | "altTextRequests"> | null;
  /** A link the text does not hold yet (the plugin's dry run: the release URL comes in the real run) — in post 1. */
  linkToCome?: boolean;
  readRequests?: number;
}

/** Whether X sees a link in the text (twitter-text's extraction: the same tokens X links, bare domains included). */
export function carriesLink(text: string): boolean {
  return urlRanges(text).length > 0;
}

export function runCost(input: CostInput): RunCost {
  const postsWithLink = input.posts
    .filter((post) => carriesLink(post.text) || (input.linkToCome === true && post.number === 1))
    .map((post) => post.number);
  const mediaUploadRequests = input.upload?.uploadRequests ?? 0;
  const altTextRequests = input.upload?.altTextRequests ?? 0;
  const plain = input.posts.length - postsWithLink.length;
  return {
    posts: input.posts.length,
    postsWithLink,
    writeRequests: input.posts.length + mediaUploadRequests + altTextRequests,
    mediaUploadRequests,
    altTextRequests,
    readRequests: input.readRequests ?? 0,
    estimateMills: postsWithLink.length * X_PRICES.postWithUrl + plain * X_PRICES.post + altTextRequests * X_PRICES.altText,
  };
}

/** The cost of sending every post of a composed thread (a dry run, a preview). */
export function planCost(posts: readonly { text: string }[], upload: UploadPlan | null, linkToCome = false): RunCost {
  return runCost({ posts: posts.map((post, index) => ({ text: post.text, number: index + 1 })), upload, linkToCome });
}

/** "$0.23", "$0.015", "$0.245". */
export function formatDollars(mills: number): string {
  const text = (mills / 1000).toFixed(3);
  return `$${text.endsWith("0") ? text.slice(0, -1) : text}`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "none with a link", "with a link" (the only post), "all with a link", "posts 1, 3 with a link". */
function linkPart(cost: RunCost): string {
  const linked = cost.postsWithLink;
  if (linked.length === 0) return "none with a link";
  if (linked.length === cost.posts) return cost.posts === 1 ? "with a link" : "all with a link";
  return `${linked.length === 1 ? "post" : "posts"} ${linked.join(", ")} with a link`;
}

function requestParts(cost: RunCost): string {
  const parts = [count(cost.posts, "post")];
  if (cost.mediaUploadRequests > 0) parts.push(count(cost.mediaUploadRequests, "media upload request"));
  if (cost.altTextRequests > 0) parts.push(count(cost.altTextRequests, "alt text request"));
  return parts.join(", ");
}

/**
 * One line: "Cost on X: 3 posts (post 1 with a link) in 5 write requests (3 posts, 1 media upload request, 1 alt text
 * request); about $0.235 at X's prices of 2026-04-20, media uploads not included. See …/docs/costs.md."
 */
export function describeCost(cost: RunCost, tense: "will" | "did" = "will"): string {
  const lead = tense === "will" ? "Cost on X" : "Sent to X";
  const reads = cost.readRequests > 0 ? `, and ${count(cost.readRequests, "read request")} to find what an earlier run posted` : "";
  const uploads = cost.mediaUploadRequests > 0 ? ", media uploads not included" : "";
  return (
    `${lead}: ${count(cost.posts, "post")} (${linkPart(cost)}) in ${count(cost.writeRequests, "write request")} ` +
    `(${requestParts(cost)})${reads}; about ${formatDollars(cost.estimateMills)} at X's prices of ${X_PRICES.date}${uploads}. ` +
    `See ${docsUrl("costs")}`
  );
}
