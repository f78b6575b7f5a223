// A section of checksums ("## SHA-256", "### SHA-512 checksums", "## Hashes") is for verifying downloads: its lead-in
// ("please use these SHA-256 hashes.") points at a code block no post shows.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";

const release = (notes: string) => ({
  version: "2.0.1",
  tag: "v2.0.1",
  name: "v2.0.1",
  repo: "gems",
  owner: "acme",
  url: "https://github.com/acme/gems/releases/tag/v2.0.1",
  notes,
});

describe("checksum sections", () => {
  for (const heading of ["SHA-256", "SHA-512 checksums", "Hashes", "SHA256"]) {
    it(`drops "## ${heading}" and its lead-in`, () => {
      const notes = `* Fix the cache key for nested routes\n\n## ${heading}\n\nIf you'd like to verify that your gems are the same as the ones we've uploaded, please use these hashes.\n\n\`\`\`\n11ebed516a43a0bb47346227a35ebae4d9427465a7c9eb197a03d5c8d283cb34  pkg/gems-2.0.1.gem\n\`\`\`\n`;
      const text = composePosts(release(notes), { thread: true }).posts.map((post) => post.text).join("\n");
      expect(text).toContain("Fix the cache key");
      expect(text).not.toContain("verify");
    });
  }
});

describe("a thanks for first-time contributions", () => {
  it("is a credit, never a highlight", () => {
    const notes = `## Highlights\n\n* A new rule, \`RF07\`, flags window-clause references that shadow a \`SELECT\` alias.\n* This release also includes first-time contributions from **forty-seven** new contributors. Thank you all!\n`;
    const text = composePosts(release(notes), { thread: true }).posts.map((post) => post.text).join("\n");
    expect(text).toContain("RF07");
    expect(text).not.toContain("contributions");
  });
});
