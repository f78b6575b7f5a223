// CONTRACT STUB (owned by the X client work): posts a composed thread as a chain of replies, at most once each.
import type { Post, PostedTweet } from "./types.js";
import type { XClient } from "./x-client.js";

export interface PublishResult {
  posts: PostedTweet[];
  /** True when X said the first post already exists (a re-run for the same release). Nothing new was posted. */
  alreadyPosted: boolean;
}

/**
 * Posts posts[0], then each next one as a reply to the one before.
 * On a failure after the first post, throws ReleaseTweetError (code EXTHREADPARTIAL) whose message lists the posts that exist.
 */
export function publishPosts(_client: Pick<XClient, "postTweet">, _posts: Post[]): Promise<PublishResult> {
  throw new Error("not implemented");
}
