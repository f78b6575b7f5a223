// thread-cap, release-link: a thread within the composer's cap (single mode is one post), the link where readers look.
import type { Context, Defect } from "./types.ts";

/** A thread stays within the composer's cap; a single post is one post. */
export function threadCap({ posts, mode, threadCap: cap }: Context): Defect[] {
  if (mode === "single" && posts.length > 1) return [{ check: "thread-cap", post: 1, detail: `single mode made ${posts.length} posts` }];
  if (mode === "thread" && cap !== undefined && posts.length > cap) return [{ check: "thread-cap", post: cap, detail: `${posts.length} posts > cap ${cap}` }];
  return [];
}

/** The release link is where a reader finds it: in the post, or in a thread's first or last post. */
export function releaseLink({ posts, releaseUrl, mode }: Context): Defect[] {
  if (releaseUrl === "" || posts.length === 0) return [];
  const found = mode === "thread" ? posts[0]!.includes(releaseUrl) || posts.at(-1)!.includes(releaseUrl) : posts[0]!.includes(releaseUrl);
  return found ? [] : [{ check: "release-link", post: 0, detail: `${mode === "thread" ? "neither the first nor the last post" : "the post"} carries ${releaseUrl}` }];
}
