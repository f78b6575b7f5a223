// Picks and groups: upkeep in any language is counted, not shown; a summary that only says what kind of release this
// is yields its room to a second advisory; short groups stay together in a thread; the notes' own word for a change's
// kind beats the heading it was filed under; a build requirement ranks over platform minutiae.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import type { Release } from "../../src/core/types.js";

const release = (notes: string, repo = "lantern", version = "2.3.0"): Release => ({
  version,
  tag: `v${version}`,
  name: `v${version}`,
  repo,
  owner: "octo",
  url: `https://github.com/octo/${repo}/releases/tag/v${version}`,
  notes,
});
const single = (notes: string, repo?: string): string => composePosts(release(notes, repo)).posts[0]?.text ?? "";
const thread = (notes: string, repo?: string): string[] => composePosts(release(notes, repo), { thread: true }).posts.map((post) => post.text);

describe("a summary sentence and two advisories", () => {
  const notes = [
    "# 4.2.1",
    "",
    "This is a patch release to fix security, speed, and packaging issues found in 4.2.0.",
    "",
    "## Security",
    "",
    "- CVE-2031-11223: Fix out-of-bounds read in `tile_decode`, `tile_seek`.",
    "- GHSA-q7vx-8m2c-4hpz: Fix integer overflow in `palette_grow` of the bundled libgif.",
    "",
    "## Fixes",
    "",
    "- Fix crash when a layer has no name.",
    "- Fix rounding of scale bars at high zoom levels.",
    "",
    "## Build",
    "",
    "- Fix build with older CMake.",
  ].join("\n");

  it("gives the single post's room to the second advisory", () => {
    const text = single(notes);
    expect(text).toContain("CVE-2031-11223");
    expect(text).toContain("GHSA-q7vx-8m2c-4hpz");
  });

  it("gives the first thread post's room to the second advisory", () => {
    const [first] = thread(notes);
    expect(first).toContain("CVE-2031-11223");
    expect(first).toContain("GHSA-q7vx-8m2c-4hpz");
  });
});
