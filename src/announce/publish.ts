// Posts a planned announcement on every network, one after the other, X first: each network's failure is its own, the
// others are still posted, and each network's result says exactly what exists. Every network keeps its at-most-once
// proof (X: its duplicate rule; Bluesky: record keys; Mastodon: Idempotency-Key and a look at its recent posts), all
// derived from the release, so a re-run posts only what is missing.
import type { Dispatcher } from "undici";
import { NetworkThreadPartialError, type ThreadResult } from "../core/network-thread.js";
import { releaseKey } from "../core/release-key.js";
import { ReleaseTweetError } from "../core/errors.js";
import type { Post } from "../core/types.js";
import type { XClientOptions } from "../x/client.js";
import { uploadImage, type MediaClient } from "../x/media.js";
import { publishPosts, ThreadPartialError, type SentRequests, type ThreadClient } from "../x/publish-thread.js";
import { releaseLinkCard } from "./link-card.js";
import { defaultLoaders, type NetworkLoaders } from "./network-modules.js";
import type { NetworkPlan, Plan } from "./plan.js";
import { NETWORK_NAME, type BlueskyTarget, type MastodonTarget, type Network } from "./settings.js";

export type NetworkStatus = "posted" | "already-posted" | "partly-posted" | "failed";

/** One post that exists on a network. `id` and `url` are null when X confirmed a post without saying which it is. */
export interface NetworkPost {
  id: string | null;
  url: string | null;
  text: string;
  /** It existed before this run: an earlier run made it. */
  alreadyPosted: boolean;
}

export interface NetworkResult {
  network: Network;
  /** X only: what this run sent (posts, media, reads of the account's posts), for the cost lines. */
  sent?: SentRequests;
  /**
   * posted: every post exists (some may be an earlier run's, `alreadyPosted`); already-posted: nothing new was posted,
   * the whole announcement existed; partly-posted: the thread broke off (`posts` are the ones that exist); failed:
   * nothing was posted (for X, as far as X said).
   */
  status: NetworkStatus;
  /** The posts that were to be sent, in thread order; empty when they could not be composed. */
  composed: Post[];
  /** The posts that exist, in thread order. X's re-run knows none of them (X only says "duplicate"). */
  posts: NetworkPost[];
  /** Why it failed or broke off. */
  error?: unknown;
  /** Things the user should know that did not stop the network (e.g. a token that cannot read its posts). */
  warnings: string[];
}

/** What posting on X needs of its client: posts, the reads that resume a thread, and the media endpoints. */
export type XPostingClient = ThreadClient & MediaClient;

export interface PublishDeps extends Partial<NetworkLoaders> {
  /** The door's one dispatcher, for every network. */
  dispatcher: () => Promise<Dispatcher>;
  /** The door's seam for X's client (tests pass a fake). */
  createXClient: (options: XClientOptions) => XPostingClient | Promise<XPostingClient>;
  /** Debug lines of the clients (never a secret). */
  debug?: (line: string) => void;
  /** Called before a network is posted to, so a door can log what it sends in order. */
  onStart?: (plan: NetworkPlan & { composition: NonNullable<NetworkPlan["composition"]> }) => void;
  /** Called with each network's result as soon as it is known. */
  onResult?: (result: NetworkResult) => void;
}

/** Posts on every network of the plan, X first; never throws for a network's failure (its result holds it). */
export async function publishAnnouncement(plan: Plan, deps: PublishDeps): Promise<NetworkResult[]> {
  const results: NetworkResult[] = [];
  for (const networkPlan of plan.networks) {
    const result = await publishOne(plan, networkPlan, deps);
    deps.onResult?.(result);
    results.push(result);
  }
  return results;
}

async function publishOne(plan: Plan, networkPlan: NetworkPlan, deps: PublishDeps): Promise<NetworkResult> {
  const { network, composition } = networkPlan;
  if (composition === undefined) return { network, status: "failed", composed: [], posts: [], error: networkPlan.error, warnings: [] };
  const composed = composition.posts;
  deps.onStart?.({ ...networkPlan, composition });
  try {
    if (network === "x") return await publishOnX(plan, composed, deps);
    if (network === "bluesky") return await publishOnBluesky(plan, composition.language, composed, deps);
    return await publishOnMastodon(plan, composition.language, composed, deps);
  } catch (error) {
    if (error instanceof ThreadPartialError || error instanceof NetworkThreadPartialError) {
      const posts = error.posted.map((post) => ({ id: post.id, url: post.url, text: post.text, alreadyPosted: post.alreadyPosted }));
      return { network, status: "partly-posted", composed, posts, error, warnings: [] };
    }
    return { network, status: "failed", composed, posts: [], error, warnings: [] };
  }
}

async function publishOnX(plan: Plan, composed: Post[], deps: PublishDeps): Promise<NetworkResult> {
  const target = plan.settings.x!;
  const client = await deps.createXClient({
    credentials: target.credentials,
    baseUrl: target.apiBaseUrl,
    dispatcher: await deps.dispatcher(),
    debug: deps.debug,
  });
  const { image } = plan.settings;
  const debug = deps.debug ?? (() => undefined);
  const result = await publishPosts(client, composed, { debug, ...(image ? { media: () => uploadImage(client, image, { debug }) } : {}) });
  // An already posted thread was read back (its posts' links are known); a single post was not (no read needed).
  return { network: "x", status: result.alreadyPosted ? "already-posted" : "posted", composed, posts: result.posts, warnings: [], sent: result.sent };
}

/**
 * The language tags of the posts, where the notes' language is known: the composer reads Chinese, Japanese and Korean
 * from their scripts and Portuguese, Spanish, German and French from their common words. English is also what it
 * falls back to when unsure, so it gets no tag rather than a wrong one.
 */
export function languageTags(language: string): string[] {
  return language !== "en" ? [language] : [];
}

/** The release's identity for at-most-once keys; a ReleaseTweetError (not a RangeError) when the release has none. */
function keyOf(plan: Plan, network: Network): string {
  try {
    return releaseKey(plan.release);
  } catch {
    throw new ReleaseTweetError(
      "ERELEASEIDENTITY",
      `${NETWORK_NAME[network]} was not posted to: the release has no repository or no tag, and ${NETWORK_NAME[network]}'s posts are keyed by both so that a re-run never posts them twice.`,
      "Run release-tweet for a release of a repository (the Action's GITHUB_REPOSITORY, semantic-release's repositoryUrl) with a tag or version.",
    );
  }
}

function threadResult(network: Network, result: ThreadResult, composed: Post[], warnings: string[] = []): NetworkResult {
  const posts = result.posts.map((post) => ({ id: post.id, url: post.url, text: post.text, alreadyPosted: post.alreadyPosted }));
  return { network, status: result.alreadyPosted ? "already-posted" : "posted", composed, posts, warnings };
}

/**
 * A post's page by the account's DID, not its handle: a DID link survives a change of handle, and a workflow that
 * passes the handle as a secret has it masked in every log line and output that would hold it. bsky.app's own links
 * write the DID as it is (its characters need no escaping in a path); when the identifier is the DID, the handle.
 */
function blueskyUrl(uri: string, target: BlueskyTarget, account: { did: string; handle: string }, postUrl: (actor: string, uri: string) => string): string {
  const identifier = target.identifier.trim().replace(/^@/, "").toLowerCase();
  if (identifier === account.did.toLowerCase() || !/^did:[a-z]+:[a-z0-9._:-]+$/i.test(account.did)) return postUrl(account.handle, uri);
  const rkey = uri.slice(uri.lastIndexOf("/") + 1);
  return `https://bsky.app/profile/${account.did}/post/${encodeURIComponent(rkey)}`;
}

async function publishOnBluesky(plan: Plan, language: string, composed: Post[], deps: PublishDeps): Promise<NetworkResult> {
  const target = plan.settings.bluesky!;
  const key = keyOf(plan, "bluesky");
  const bluesky = await (deps.loadBluesky ?? defaultLoaders.loadBluesky)();
  const client = await bluesky.BlueskyClient.signIn({
    identifier: target.identifier,
    appPassword: target.appPassword,
    service: target.service,
    dispatcher: await deps.dispatcher(),
    debug: deps.debug,
  });
  const { image } = plan.settings;
  // Bluesky takes a thumbnail of up to 1,000,000 bytes: a larger image stays X's alone.
  const thumb = image && image.bytes.byteLength <= bluesky.MAX_THUMB_BYTES ? { data: image.bytes, mimeType: image.type.mediaType } : undefined;
  const warnings = image && !thumb ? [`The image (${image.path}) is over Bluesky's 1,000,000 bytes for a link card's thumbnail: the card has none.`] : [];
  const card = releaseLinkCard(plan.release, thumb);
  const langs = languageTags(language);
  const byDid = <T extends { id: string; url: string }>(post: T): T => ({ ...post, url: blueskyUrl(post.id, target, client, bluesky.postUrl) });
  try {
    const result = await bluesky.publishBlueskyThread(
      client,
      composed.map((post) => post.text),
      { releaseKey: key, ...(langs.length > 0 ? { langs } : {}), ...(card ? { card } : {}) },
    );
    return threadResult("bluesky", { ...result, posts: result.posts.map(byDid) }, composed, warnings);
  } catch (error) {
    if (!(error instanceof NetworkThreadPartialError)) throw error;
    return { network: "bluesky", status: "partly-posted", composed, posts: error.posted.map(byDid), error, warnings };
  }
}

async function publishOnMastodon(plan: Plan, language: string, composed: Post[], deps: PublishDeps): Promise<NetworkResult> {
  const target: MastodonTarget = plan.settings.mastodon!;
  const key = keyOf(plan, "mastodon");
  const mastodon = await (deps.loadMastodon ?? defaultLoaders.loadMastodon)();
  const client =
    plan.mastodonClient ?? new mastodon.MastodonClient({ url: target.url, accessToken: target.accessToken, dispatcher: await deps.dispatcher(), debug: deps.debug });
  const [tag] = languageTags(language);
  const result = await mastodon.publishMastodonThread(
    client,
    composed.map((post) => post.text),
    { releaseKey: key, visibility: target.visibility, ...(tag ? { language: tag } : {}) },
  );
  return threadResult("mastodon", result, composed, result.warnings);
}
