// The composer's output on the golden review set, one snapshot file per release (single post and thread), so that
// every change of a post shows in review; and the objective checks of POST-QUALITY.md, which must find nothing.
// Update the snapshots on purpose with `npx vitest run test/golden -u`, then read the diff as the maintainer would.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compose, DEFAULT_MAX_POSTS } from "../../src/notes/compose.js";
import type { Post, Release } from "../../src/core/types.js";
import { checkPosts } from "../support/post-checks.js";

interface GoldenEntry {
  file: string;
  version: string;
  tag: string;
  owner: string;
  repo_name: string;
  release_url: string;
  project: string;
  style: string;
  language: string;
}

const DIR = import.meta.dirname;
const index = JSON.parse(readFileSync(join(DIR, "index.json"), "utf8")) as GoldenEntry[];

/** The release as the Action sees it: the tag as its title, owner and repository from the event. */
function releaseOf(entry: GoldenEntry): Release {
  return {
    version: entry.version,
    tag: entry.tag,
    name: entry.tag,
    owner: entry.owner,
    repo: entry.repo_name,
    url: entry.release_url,
    notes: readFileSync(join(DIR, "notes", entry.file), "utf8"),
  };
}

function render(entry: GoldenEntry, single: Post[], thread: Post[]): string {
  const post = (item: Post) => `${item.text}\n── ${item.weightedLength}/280 ──`;
  return [
    `# ${entry.file}: ${entry.project} ${entry.version} (${entry.style}, ${entry.language})`,
    "",
    "## One post",
    "",
    post(single[0]!),
    "",
    `## Thread (${thread.length} post${thread.length === 1 ? "" : "s"})`,
    "",
    thread.map((item, i) => `### ${i + 1}/${thread.length}\n\n${post(item)}`).join("\n\n"),
    "",
  ].join("\n");
}

describe("golden review set: the posts", () => {
  it.each(index.map((entry) => [entry.file, entry] as const))("%s", async (_file, entry) => {
    const release = releaseOf(entry);
    const single = compose(release);
    const thread = compose(release, { thread: true });
    await expect(render(entry, single, thread)).toMatchFileSnapshot(join(DIR, "posts", entry.file.replace(/\.md$/u, ".txt")));
    const notes = release.notes ?? "";
    expect(checkPosts({ posts: single.map((p) => p.text), notes, releaseUrl: release.url, mode: "single", maxLength: 280 })).toEqual([]);
    expect(
      checkPosts({ posts: thread.map((p) => p.text), notes, releaseUrl: release.url, mode: "thread", maxLength: 280, threadCap: DEFAULT_MAX_POSTS }),
    ).toEqual([]);
  });
});
