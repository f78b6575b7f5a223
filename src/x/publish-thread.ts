// Posts a composed thread as a chain of replies, each post at most once: what an earlier run posted is found and kept,
// only the missing posts are sent, and when it stops it says exactly what exists and what does not.
import { ReleaseTweetError } from "../core/errors.js";
import type { Post, PostedTweet } from "../core/types.js";
import { defuseCommands } from "../core/workflow-commands.js";
import type { PostResult, XClient } from "./client.js";
import { THREAD_OFF } from "./errors.js";
import { ThreadLookup, ThreadLookupError, type OwnPost } from "./resume.js";
import { statusUrl } from "./status-url.js";

export interface PublishResult {
  /** Every post of the thread, in order; each says whether it existed before this run. */
  posts: PostedTweet[];
  /**
   * True when the whole thread existed before this run (a re-run for the same release): nothing new was posted. A
   * one-post thread that exists is not read back, so `posts` is empty then.
   */
  alreadyPosted: boolean;
  /** What this run sent to X, for the cost lines. */
  sent: SentRequests;
}

export interface SentRequests {
  /** Posts X created in this run. */
  posts: number;
  /** Their indexes (0-based) in the thread. */
  postIndexes: number[];
  /** Media upload and alt-text requests. */
  media: number;
  /** Reads of the account and its recent posts (only after a duplicate or a post whose id X did not say). */
  reads: number;
}

/** The first post's image, uploaded right before the first post is sent (and not at all when it exists already). */
export interface MediaUpload {
  mediaIds: string[];
  /** Write requests the upload took (upload and alt text). */
  requests: number;
}

export interface PublishOptions {
  /** Uploads the image of the first post; called at most once, only when the first post is about to be sent. */
  media?: () => Promise<MediaUpload>;
  debug?: (line: string) => void;
}

export type ThreadClient = Pick<XClient, "postTweet" | "getMe" | "getOwnPosts">;

function describePosted(posted: readonly PostedTweet[]): string {
  return posted.map((p, i) => `${i + 1} (${p.url ?? "exists, id unknown"})`).join(", ");
}

function plural(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}

/** "post 1 (URL) of 3 exists; posts 2, 3 did not get posted." */
function describeSplit(posted: readonly PostedTweet[], total: number): string {
  const missing = Array.from({ length: total - posted.length }, (_, i) => posted.length + i + 1);
  return (
    `${plural(posted.length, "post")} ${describePosted(posted)} of ${total} ${plural(posted.length, "exists", "exist")}; ` +
    `${plural(missing.length, "post")} ${missing.join(", ")} did not get posted.`
  );
}

/** The fix of a thread that broke off for a passing cause: a re-run completes it. */
export const RESUME_FIX =
  "Fix the cause above, then run the job again: release-tweet finds the posts that exist and posts only the missing ones, each as a reply to the post before it.";

/** EXTHREADPARTIAL (and EXREPLYREFUSED): the first `posted.length` posts of a thread of `total` exist, the rest do not. */
export class ThreadPartialError extends ReleaseTweetError {
  readonly posted: readonly PostedTweet[];
  readonly total: number;

  constructor(posted: PostedTweet[], total: number, reason: string, fix: string, cause?: unknown, code = "EXTHREADPARTIAL", lead?: string) {
    super(code, `${lead ?? "The thread was only partly posted:"} ${describeSplit(posted, total)} ${reason}`.trim(), fix, {
      docs: "troubleshooting",
      cause,
    });
    this.posted = [...posted];
    this.total = total;
  }
}

/**
 * EXREPLYREFUSED: X refused a reply of the thread (replies are restricted for self-serve apps since 2026-02-23). The
 * message lists the posts that exist with their links and gives the text of the others, to post by hand.
 */
export class ReplyRefusedError extends ThreadPartialError {
  constructor(posted: PostedTweet[], posts: readonly Post[], cause: ReleaseTweetError) {
    const index = posted.length;
    const unposted = posts
      .slice(index)
      .map((post, i) => `── post ${index + i + 1} of ${posts.length} ──\n${defuseCommands(post.text)}`)
      .join("\n");
    super(
      posted,
      posts.length,
      `The text of the ${plural(posts.length - index, "post")} not posted, to post by hand as replies:\n${unposted}`,
      `Set ${THREAD_OFF} so each release is announced in one post, without replies; or post the rest of this thread by hand as replies on x.com. Running the job again meets the same refusal.`,
      cause,
      "EXREPLYREFUSED",
      `${cause.message} Post ${index + 1} was that reply, so the thread is only partly posted:`,
    );
  }
}

function isCode(error: unknown, code: string): error is ReleaseTweetError {
  return error instanceof ReleaseTweetError && error.code === code;
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Posts posts[0] (with the image, if any), then each next one as a reply to the one before. A post X says exists
 * already (a re-run, or an attempt of ours whose answer was lost) is looked up among the account's recent posts and
 * kept, as are the posts after it that exist; only the missing ones are sent. Throws ThreadPartialError (code
 * EXTHREADPARTIAL, or EXREPLYREFUSED when X refuses a reply) once part of the thread exists; its message and `posted`
 * list the posts that exist.
 */
export async function publishPosts(client: ThreadClient, posts: Post[], options: PublishOptions = {}): Promise<PublishResult> {
  if (posts.length === 0) {
    throw new ReleaseTweetError("EXNOPOSTS", "There is nothing to post.", "Check the template: it produced no text.");
  }
  const debug = options.debug ?? (() => undefined);
  const lookup = new ThreadLookup(client, { threadLength: posts.length, debug });
  const posted: PostedTweet[] = [];
  const created: number[] = [];
  let mediaRequests = 0;
  let mediaIds: string[] | undefined;
  const sent = (): SentRequests => ({ posts: created.length, postIndexes: [...created], media: mediaRequests, reads: lookup.requests });
  const total = posts.length;

  /** The post found among the account's posts; a failed read becomes the error of this point of the thread. */
  const find = async (index: number, parentId: string | null): Promise<OwnPost | null> => {
    try {
      return await lookup.find(posts[index]!.text, parentId);
    } catch (error) {
      const why = `reading the account's recent posts to find post ${index + 1} failed: ${reasonOf(error)}`;
      if (posted.length === 0) throw new ThreadLookupError(`${why}.`, error);
      throw new ThreadPartialError(posted, total, `X says post ${index + 1} exists, but ${why}`, RESUME_FIX, error);
    }
  };
  const keep = (own: OwnPost): void => {
    posted.push({ id: own.id, url: statusUrl(own.id), text: posts[posted.length]!.text, alreadyPosted: true });
  };
  // Posts after a kept one that the last read already shows need no request (it would only meet "duplicate").
  const keepKnownFollowers = (): void => {
    for (let own; posted.length < total && (own = lookup.findKnown(posts[posted.length]!.text, posted.at(-1)!.id)); ) keep(own);
  };

  while (posted.length < total) {
    const index = posted.length;
    const post = posts[index]!;
    const parent = posted.at(-1);
    if (parent && parent.id === null) {
      // X confirmed the parent exists without its id (duplicate after a retry, or an unreadable 201): find it, since
      // a reply posted unattached would break the thread.
      const found = await find(index - 1, posted.at(-2)?.id ?? null);
      if (found === null) {
        throw new ThreadPartialError(
          posted,
          total,
          `X did not tell us the id of post ${index}, and it is not among the account's recent posts yet, so post ${index + 1} could not be attached to it.`,
          `Run the job again in a few minutes (X may list a post that new only later): release-tweet then finds it and posts the rest. Or post the rest by hand on x.com, as replies to post ${index}.`,
        );
      }
      posted[index - 1] = { ...parent, id: found.id, url: statusUrl(found.id) };
    }
    if (index === 0 && options.media && mediaIds === undefined) {
      const upload = await options.media();
      mediaIds = upload.mediaIds;
      mediaRequests += upload.requests;
    }
    const parentId = posted.at(-1)?.id ?? undefined;
    let result: PostResult;
    try {
      result = await client.postTweet(post.text, {
        ...(parentId === undefined ? {} : { replyTo: parentId }),
        ...(index === 0 && mediaIds && mediaIds.length > 0 ? { mediaIds } : {}),
      });
    } catch (error) {
      if (isCode(error, "EXDUPLICATE")) {
        // A one-post thread that exists is the whole thread: nothing to look up.
        if (total === 1) return { alreadyPosted: true, posts: [], sent: sent() };
        debug(`post ${index + 1} exists already; looking it up among the account's recent posts`);
        const found = await find(index, parentId ?? null);
        if (found === null) {
          if (index === 0) {
            throw new ThreadLookupError(
              "it is not among the account's recent posts, so release-tweet cannot tell which of its replies exist.",
            );
          }
          throw new ThreadPartialError(
            posted,
            total,
            `X says post ${index + 1} exists already, but not as a reply to post ${index} among the account's recent posts.`,
            `Post the rest of the thread by hand on x.com, as replies to post ${index}.`,
          );
        }
        keep(found);
        keepKnownFollowers();
        continue;
      }
      if (index > 0 && isCode(error, "EXREPLYREFUSED")) throw new ReplyRefusedError(posted, posts, error);
      if (index === 0) throw error;
      // The cause alone: its own fix ("running again is safe") is said by RESUME_FIX for the thread as a whole.
      throw new ThreadPartialError(posted, total, `Post ${index + 1} failed: ${reasonOf(error)}`, RESUME_FIX, error);
    }
    created.push(index);
    lookup.markPosted();
    posted.push({ id: result.id, url: result.url, text: post.text, alreadyPosted: false });
  }
  return { alreadyPosted: posted.every((post) => post.alreadyPosted), posts: posted, sent: sent() };
}
