// The identity of a release across runs and doors, from which each network derives its at-most-once keys.
import type { Release } from "./types.js";

/**
 * "owner/repo@tag" (the version when there is no tag). The same release gives the same key in the Action, the plugin
 * and the CLI, so a re-run from any door meets what an earlier run posted. The text of the posts is not part of it:
 * a changed template must not post the release again.
 */
export function releaseKey(release: Pick<Release, "owner" | "repo" | "tag" | "version">): string {
  const name = [release.owner, release.repo].filter(Boolean).join("/");
  const version = release.tag || release.version;
  if (!name || !version) throw new RangeError("a release key needs the repository and a tag or version");
  return `${name}@${version}`;
}
