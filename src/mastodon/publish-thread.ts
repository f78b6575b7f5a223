// Posts a composed thread on Mastodon as a chain of replies, each post at most once, and says exactly what exists when
// it stops. Two proofs against posting twice: each post's Idempotency-Key comes from the release and its place in the
// thread (Mastodon returns the first status for a repeated key, for one hour: PostStatusService keeps it in Redis
// with a 3,600 s expiry), and beyond that hour the thread is looked for among the account's recent statuses.
import { createHash } from "node:crypto";
import { ReleaseTweetError } from "../core/errors.js";
import { NetworkThreadPartialError, type PublishedPost, type ThreadResult } from "../core/network-thread.js";
import type { MastodonClient, StatusSummary, Visibility } from "./client.js";
import { VISIBILITIES } from "./client.js";
import { RERUN_IS_SAFE } from "./errors.js";

export interface MastodonThreadOptions {
  /** The release's identity (core/release-key.ts): the idempotency keys derive from it. */
  releaseKey: string;
  /** Default public. */
  visibility?: Visibility;
  /** ISO 639 language of the posts. */
  language?: string;
  /** Look for an earlier run's thread among the account's last 40 statuses (needs read scopes). Default true. */
  lookBack?: boolean;
}

export type MastodonThreadClient = Pick<MastodonClient, "postStatus" | "verifyCredentials" | "recentStatuses" | "descendants">;

export interface MastodonThreadResult extends ThreadResult {
  /** Things the user should know that did not stop the run (e.g. the token cannot read its statuses). */
  warnings: string[];
}

/** The Idempotency-Key of post `index` of the thread announcing `releaseKey`. */
export function idempotencyKey(releaseKey: string, index: number): string {
  if (releaseKey === "") throw new RangeError("releaseKey must not be empty");
  const digest = createHash("sha256").update(`release-tweet mastodon v1\0${releaseKey}\0${index}`).digest("hex");
  return `release-tweet-${digest.slice(0, 40)}`;
}

/** Whitespace-insensitive comparison: Mastodon's HTML loses trailing spaces and the exact kind of line break. */
const normalized = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The statuses of an earlier run's thread, in order: the account's recent top-level status whose text is posts[0],
 * then at each step the account's reply to the status before (the one with the expected text first).
 */
async function findEarlierThread(client: MastodonThreadClient, posts: readonly string[]): Promise<StatusSummary[]> {
  const me = await client.verifyCredentials();
  const recent = await client.recentStatuses(me.id);
  const head = recent.find((s) => s.inReplyToId === null && normalized(s.text) === normalized(posts[0]!));
  if (!head) return [];
  const chain = [head];
  if (posts.length === 1) return chain;
  const below = await client.descendants(head.id);
  while (chain.length < posts.length) {
    const parent = chain.at(-1)!;
    const replies = below.filter((s) => s.accountId === me.id && s.inReplyToId === parent.id);
    const next = replies.find((s) => normalized(s.text) === normalized(posts[chain.length]!)) ?? replies[0];
    if (!next) break;
    chain.push(next);
  }
  return chain;
}

function validate(posts: readonly string[], options: MastodonThreadOptions): void {
  if (posts.length === 0 || posts.some((p) => p.trim() === "")) {
    throw new ReleaseTweetError(
      "EMASTODONNOPOSTS",
      posts.length === 0 ? "There is nothing to post on Mastodon." : "A post of the Mastodon thread is empty.",
      "Check the template: it produced no text.",
    );
  }
  if (options.visibility !== undefined && !VISIBILITIES.includes(options.visibility)) {
    throw new RangeError(`visibility must be one of ${VISIBILITIES.join(", ")}`);
  }
}

/**
 * Posts posts[0], then each next one as a reply to the one before. Throws NetworkThreadPartialError
 * (EMASTODONTHREADPARTIAL) when it stops after the first post; before that, the cause itself.
 */
export async function publishMastodonThread(client: MastodonThreadClient, posts: readonly string[], options: MastodonThreadOptions): Promise<MastodonThreadResult> {
  validate(posts, options);
  const warnings: string[] = [];
  let earlier: StatusSummary[] = [];
  if (options.lookBack !== false) {
    try {
      earlier = await findEarlierThread(client, posts);
    } catch (error) {
      if (!(error instanceof ReleaseTweetError) || error.code !== "EMASTODONSCOPE") throw error;
      // A token with write scopes only still posts; a re-run after the Idempotency-Key's hour could then repeat it.
      warnings.push(
        "The Mastodon token cannot read its own account and statuses (scopes read:accounts, read:statuses), so an earlier run's thread is recognized only within an hour (Idempotency-Key). Authorize again to add the scopes.",
      );
    }
  }
  const published: PublishedPost[] = earlier.map((s, i) => ({ id: s.id, url: s.url, text: posts[i]!, alreadyPosted: true }));
  for (let index = published.length; index < posts.length; index++) {
    try {
      const status = await client.postStatus({
        text: posts[index]!,
        inReplyToId: published.at(-1)?.id,
        visibility: options.visibility ?? "public",
        language: options.language,
        idempotencyKey: idempotencyKey(options.releaseKey, index),
      });
      published.push({ id: status.id, url: status.url, text: posts[index]!, alreadyPosted: status.replayed });
    } catch (error) {
      if (published.length === 0) throw error;
      throw NetworkThreadPartialError.atPost("mastodon", published, posts.length, index, error, RERUN_IS_SAFE);
    }
  }
  return { posts: published, alreadyPosted: published.every((p) => p.alreadyPosted), warnings };
}
