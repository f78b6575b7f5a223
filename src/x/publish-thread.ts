// Posts a composed thread as a chain of replies, each post at most once, and says exactly what exists when it stops.
import { ReleaseTweetError } from "../core/errors.js";
import type { Post, PostedTweet } from "../core/types.js";
import type { XClient } from "./client.js";

export interface PublishResult {
  posts: PostedTweet[];
  /** True when X said the first post already exists (a re-run for the same release). Nothing new was posted. */
  alreadyPosted: boolean;
}

function describePosted(posted: PostedTweet[]): string {
  return posted.map((p, i) => `${i + 1} (${p.url ?? "exists, id unknown"})`).join(", ");
}

/** EXTHREADPARTIAL: the first `posted.length` posts of a thread of `total` exist, the rest do not. */
export class ThreadPartialError extends ReleaseTweetError {
  readonly posted: readonly PostedTweet[];
  readonly total: number;

  constructor(posted: PostedTweet[], total: number, reason: string, fix: string, cause?: unknown) {
    const missing = Array.from({ length: total - posted.length }, (_, i) => posted.length + i + 1);
    super(
      "EXTHREADPARTIAL",
      `The thread was only partly posted: post${posted.length === 1 ? "" : "s"} ${describePosted(posted)} of ${total} exist; ` +
        `post${missing.length === 1 ? "" : "s"} ${missing.join(", ")} did not get posted. ${reason}`,
      fix,
      { docs: "troubleshooting", cause },
    );
    this.posted = [...posted];
    this.total = total;
  }
}

/**
 * Posts posts[0], then each next one as a reply to the one before.
 * On a failure after the first post, throws ThreadPartialError (code EXTHREADPARTIAL): its message and `posted` list the posts that exist.
 */
export async function publishPosts(client: Pick<XClient, "postTweet">, posts: Post[]): Promise<PublishResult> {
  if (posts.length === 0) {
    throw new ReleaseTweetError("EXNOPOSTS", "There is nothing to post.", "Check the template: it produced no text.");
  }
  const posted: PostedTweet[] = [];
  for (const [index, post] of posts.entries()) {
    const parent = posted.at(-1);
    const parentId = parent?.id;
    if (parent && parentId === null) {
      // X confirmed the parent exists but not its id (duplicate after a retry, or an unreadable 201): a reply
      // cannot be attached, and posting it unattached would break the thread.
      throw new ThreadPartialError(
        posted,
        posts.length,
        `X did not tell us the id of post ${index}, so post ${index + 1} could not be attached to it.`,
        "Post the rest of the thread by hand as replies on x.com; running the job again would be refused as a duplicate.",
      );
    }
    let result;
    try {
      result = await client.postTweet(post.text, parentId ? { replyTo: parentId } : {});
    } catch (error) {
      if (index === 0) {
        if (error instanceof ReleaseTweetError && error.code === "EXDUPLICATE") return { alreadyPosted: true, posts: [] };
        throw error;
      }
      // The cause alone: its own fix ("running again is safe") does not hold once part of the thread exists.
      const reason = error instanceof Error ? error.message : String(error);
      throw new ThreadPartialError(
        posted,
        posts.length,
        `Post ${index + 1} failed: ${reason}`,
        "Fix the cause above, then post the rest of the thread by hand as replies to the last post that exists; a re-run would be refused as a duplicate of the first post.",
        error,
      );
    }
    posted.push({ id: result.id, url: result.url, text: post.text, alreadyPosted: result.alreadyPosted });
  }
  return { alreadyPosted: false, posts: posted };
}
