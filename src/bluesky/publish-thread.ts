// Posts a composed thread on Bluesky as a chain of replies, each post at most once, and says exactly what exists when
// it stops. Each post's record key comes from the release and its place in the thread, so a re-run after a partial
// (or complete) thread posts only what is missing.
import { ReleaseTweetError } from "../core/errors.js";
import { NetworkThreadPartialError, type PublishedPost, type ThreadResult } from "../core/network-thread.js";
import type { BlobRef, BlueskyClient, StrongRef } from "./client.js";
import { postUrl } from "./client.js";
import { RERUN_IS_SAFE } from "./errors.js";
import { MAX_THREAD_POSTS, threadRecordKey } from "./record-key.js";
import { BLUESKY_LIMITS, graphemeCount, toRichText, utf8Length } from "./rich-text.js";

/** The link card of the first post (app.bsky.embed.external): the release page. */
export interface LinkCard {
  uri: string;
  title: string;
  description: string;
  /** A thumbnail (image/*, ≤ 1,000,000 bytes), uploaded with com.atproto.repo.uploadBlob. */
  image?: { data: Uint8Array; mimeType: string };
}

export interface BlueskyThreadOptions {
  /** The release's identity (core/release-key.ts): the record keys derive from it. */
  releaseKey: string;
  /** BCP-47 language tags of the text (at most 3, app.bsky.feed.post#langs). */
  langs?: string[];
  card?: LinkCard;
  /** createdAt of new records; default now. */
  now?: () => Date;
}

export type BlueskyThreadClient = Pick<BlueskyClient, "did" | "handle" | "createPost" | "getPost" | "uploadImage">;

const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** The record of one post (without $type, added by the client). Throws RangeError for a post Bluesky would refuse. */
export function postRecord(
  text: string,
  options: { createdAt: string; langs?: string[]; reply?: { root: StrongRef; parent: StrongRef }; embed?: unknown },
): Record<string, unknown> {
  const rich = toRichText(text);
  const graphemes = graphemeCount(rich.text);
  const bytes = utf8Length(rich.text);
  if (graphemes > BLUESKY_LIMITS.graphemes || bytes > BLUESKY_LIMITS.bytes) {
    throw new RangeError(`post has ${graphemes} graphemes and ${bytes} bytes; Bluesky allows ${BLUESKY_LIMITS.graphemes} and ${BLUESKY_LIMITS.bytes}`);
  }
  const record: Record<string, unknown> = { text: rich.text, createdAt: options.createdAt };
  if (rich.facets.length > 0) record.facets = rich.facets;
  if (options.langs && options.langs.length > 0) record.langs = options.langs;
  if (options.reply) record.reply = { root: { ...options.reply.root }, parent: { ...options.reply.parent } };
  if (options.embed) record.embed = options.embed;
  return record;
}

function validate(posts: readonly string[], options: BlueskyThreadOptions): void {
  if (posts.length === 0 || posts.some((p) => p.trim() === "")) {
    throw new ReleaseTweetError("EBLUESKYNOPOSTS", posts.length === 0 ? "There is nothing to post on Bluesky." : "A post of the Bluesky thread is empty.", "Check the template: it produced no text.");
  }
  if (posts.length > MAX_THREAD_POSTS) throw new RangeError(`a Bluesky thread has at most ${MAX_THREAD_POSTS} posts`);
  const langs = options.langs ?? [];
  if (langs.length > 3 || langs.some((tag) => !LANG_TAG.test(tag))) {
    throw new RangeError("langs must be at most 3 language tags such as en or pt-BR");
  }
  // Every post is checked before the first is sent: a post Bluesky would refuse must not leave half a thread.
  for (const text of posts) postRecord(text, { createdAt: "" });
}

/**
 * Posts posts[0] (with the link card), then each next one as a reply to the one before, root = the first.
 * Throws NetworkThreadPartialError (EBLUESKYTHREADPARTIAL) when it stops after the first post; before that, the
 * cause itself. Every error says whether running again is safe (it is: keys make it so).
 */
export async function publishBlueskyThread(client: BlueskyThreadClient, posts: readonly string[], options: BlueskyThreadOptions): Promise<ThreadResult> {
  validate(posts, options);
  const now = options.now ?? (() => new Date());
  const published: PublishedPost[] = [];
  const refs: StrongRef[] = [];
  for (const [index, text] of posts.entries()) {
    const rkey = threadRecordKey(options.releaseKey, index);
    try {
      const root = refs[0];
      const parent = refs.at(-1);
      const embed = index === 0 && options.card ? await cardEmbed(client, rkey, options.card) : undefined;
      const record = postRecord(text, {
        createdAt: now().toISOString(),
        langs: options.langs,
        reply: root && parent ? { root, parent } : undefined,
        embed,
      });
      const created = await client.createPost(rkey, record);
      refs.push({ uri: created.uri, cid: created.cid });
      published.push({ id: created.uri, url: postUrl(client.handle, created.uri), text, alreadyPosted: created.existed });
    } catch (error) {
      if (index === 0) throw error;
      throw NetworkThreadPartialError.atPost("bluesky", published, posts.length, index, error, RERUN_IS_SAFE);
    }
  }
  return { posts: published, alreadyPosted: published.every((p) => p.alreadyPosted) };
}

/** The external embed; the image is uploaded only when the first post does not exist yet (a re-run skips it). */
async function cardEmbed(client: BlueskyThreadClient, rkey: string, card: LinkCard): Promise<unknown> {
  const external: { uri: string; title: string; description: string; thumb?: BlobRef } = {
    uri: card.uri,
    title: card.title,
    description: card.description,
  };
  if (card.image && (await client.getPost(rkey)) === null) {
    external.thumb = await client.uploadImage(card.image.data, card.image.mimeType);
  }
  return { $type: "app.bsky.embed.external", external };
}
