// A release of made-up notes, and the posts the composer makes of it: the shape many composer tests share.
import { composePosts } from "../../src/notes/compose.js";
import type { Release } from "../../src/core/types.js";

export const release = (notes: string, repo = "lantern", version = "2.3.0"): Release => ({
  version,
  tag: `v${version}`,
  name: `v${version}`,
  repo,
  owner: "octo",
  url: `https://github.com/octo/${repo}/releases/tag/v${version}`,
  notes,
});
/** A release of `owner/repo` with no notes, for tests of what the composer reads from its names. */
export const namedRelease = (version: string, owner: string, repo: string): Release => ({
  version,
  tag: `v${version}`,
  name: `v${version}`,
  repo,
  owner,
  url: `https://github.com/${owner}/${repo}/releases/tag/v${version}`,
  notes: "",
});
/** The single post's text. */
export const single = (notes: string, repo?: string): string => composePosts(release(notes, repo)).posts[0]?.text ?? "";
/** The thread's posts' texts. */
export const thread = (notes: string, repo?: string): string[] => composePosts(release(notes, repo), { thread: true }).posts.map((post) => post.text);
