// A single post and a thread read long notes alike: where a breaking heading past the first part makes the single
// post read on, a thread (which wants more to begin with) reads on too, so both count the same changes in "+N more".
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";

const fixes = (from: number, count: number): string =>
  Array.from({ length: count }, (_, index) => `- Fix the importer when row ${from + index} of a sheet holds merged cells and formulas`).join("\n");

// About 20 KiB of fixes, a breaking section, then about 20 KiB more fixes.
const NOTES = `## Fixes\n\n${fixes(0, 250)}\n\n## ⚠️ Breaking Changes\n\n- Drop support for Node 18\n\n## More fixes\n\n${fixes(250, 250)}\n`;

const release = {
  version: "3.0.0",
  tag: "v3.0.0",
  name: "v3.0.0",
  repo: "sheets",
  owner: "acme",
  url: "https://github.com/acme/sheets/releases/tag/v3.0.0",
  notes: NOTES,
};

const shownItems = (texts: readonly string[]): number => texts.join("\n").match(/^• /gmu)?.length ?? 0;

describe("how far single posts and threads read", () => {
  it("reads on in a thread where the single post does", () => {
    expect(NOTES.indexOf("Breaking")).toBeGreaterThan(17 * 1024);
    const single = composePosts(release);
    const thread = composePosts(release, { thread: true, maxPosts: 10 });
    expect(single.notices).toEqual([]);
    expect(thread.notices).toEqual([]);
    expect(shownItems(single.posts.map((post) => post.text)) + single.omitted).toBe(shownItems(thread.posts.map((post) => post.text)) + thread.omitted);
  });
});
