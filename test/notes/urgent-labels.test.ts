// A breaking change or security fix says so, even alone in a post: unlabelled, a CVE line or "`legacy` is gone" reads
// as one more change.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { release } from "../support/composed.js";

const PROJECT = { repo: "server", version: "4.2.1" };

describe("a post of only breaking changes or security fixes", () => {
  it("labels its security fixes", () => {
    const notes = "- Open redirect in the login form (CVE-2026-1234) - (high)\n- Path traversal in the static file handler (CVE-2026-1235) - (medium)\n";
    for (const thread of [false, true]) expect(composePosts(release(notes, PROJECT), { thread }).posts[0]?.text).toContain("Security:\n• Open redirect");
  });

  it("labels its breaking changes", () => {
    const notes = "- BREAKING: the `legacy` export is gone; import from `modern` instead.\n";
    expect(composePosts(release(notes, PROJECT)).posts[0]?.text).toMatch(/Breaking changes:\n• /u);
  });
});
