import { describe, expect, it } from "vitest";
import { buildSummary, formatDryRun } from "../../src/action/summary.js";

describe("formatDryRun", () => {
  it("frames each post like the preview, with its weighted length against the limit", () => {
    const text = formatDryRun(
      [
        { text: "first 🎉", weightedLength: 8 },
        { text: "second", weightedLength: 6 },
      ],
      280,
    );
    expect(text).toEqual({
      title: "Dry run: 2 posts would be sent to X; nothing is posted.",
      body: ["── post 1 of 2 ──\nfirst 🎉\n── 8/280 ──", "── post 2 of 2 ──\nsecond\n── 6/280 ──"].join("\n\n"),
    });
  });
});

describe("buildSummary", () => {
  it("for a partly posted thread links the posts that exist and marks the rest not posted, with their text", () => {
    const markdown = buildSummary({
      kind: "partly-posted",
      posted: 2,
      posts: [
        { text: "one", url: "https://x.com/i/status/1" },
        { text: "two", url: null },
        { text: "three", url: null },
      ],
    });
    expect(markdown).toContain("### Partly posted on X: the thread is incomplete");
    expect(markdown).toContain("2 of 3 posts exist");
    expect(markdown).toContain("**Post 1 of 3:** [https://x.com/i/status/1](https://x.com/i/status/1)");
    expect(markdown).toContain("**Post 2 of 3:** posted (X did not return its id)");
    expect(markdown).toContain("**Post 3 of 3:** not posted\n\n```text\nthree\n```");
  });

  it("for a partly posted thread says a re-run completes it, unless X refused a reply; notes come after the heading", () => {
    const posts = [
      { text: "one", url: "https://x.com/i/status/1" },
      { text: "two", url: null },
    ];
    expect(buildSummary({ kind: "partly-posted", posted: 1, posts })).toContain(
      "1 of 2 posts exist; the others did not get posted. Running the job again posts only the missing ones, each as a reply to the post before it.",
    );
    const refused = buildSummary({ kind: "partly-posted", posted: 1, posts, replyRefused: true, notes: ["Cost on X: 2 posts."] });
    expect(refused).toContain("X refused a reply (since 2026-02-23 it restricts replies from self-serve apps)");
    expect(refused).toContain("set `thread: false` to announce in one post");
    expect(refused).not.toContain("Running the job again");
    expect(refused.indexOf("Cost on X: 2 posts.")).toBeLessThan(refused.indexOf("**Post 1 of 2:**"));
  });

  it("links each posted post and shows its exact text", () => {
    const markdown = buildSummary({
      kind: "posted",
      posts: [
        { text: "one", url: "https://x.com/i/status/1" },
        { text: "two", url: "https://x.com/i/status/2" },
      ],
    });
    expect(markdown).toContain("### Announced on X");
    expect(markdown).toContain("**Post 1 of 2:** [https://x.com/i/status/1](https://x.com/i/status/1)");
    expect(markdown).toContain("```text\ntwo\n```");
  });

  it("keeps release notes with code fences inside a longer fence", () => {
    const markdown = buildSummary({ kind: "dry-run", posts: [{ text: "use ````x```` or ```y```", url: null }] });
    expect(markdown).toContain("`````text\nuse ````x```` or ```y```\n`````");
    expect(markdown).toContain("**Post**");
  });
});
