// A section of checksums ("## SHA-256", "### SHA-512 checksums", "## Hashes") is for verifying downloads: its lead-in
// ("please use these SHA-256 hashes.") points at a code block no post shows.
import { describe, expect, it } from "vitest";
import { thread } from "../support/composed.js";

const PROJECT = { repo: "gems", owner: "acme", version: "2.0.1" };

describe("checksum sections", () => {
  for (const heading of ["SHA-256", "SHA-512 checksums", "Hashes", "SHA256"]) {
    it(`drops "## ${heading}" and its lead-in`, () => {
      const notes = `* Fix the cache key for nested routes\n\n## ${heading}\n\nIf you'd like to verify that your gems are the same as the ones we've uploaded, please use these hashes.\n\n\`\`\`\n11ebed516a43a0bb47346227a35ebae4d9427465a7c9eb197a03d5c8d283cb34  pkg/gems-2.0.1.gem\n\`\`\`\n`;
      const text = thread(notes, PROJECT).join("\n");
      expect(text).toContain("Fix the cache key");
      expect(text).not.toContain("verify");
    });
  }
});

describe("a thanks for first-time contributions", () => {
  it("is a credit, never a highlight", () => {
    const notes = `## Highlights\n\n* A new rule, \`RF07\`, flags window-clause references that shadow a \`SELECT\` alias.\n* This release also includes first-time contributions from **forty-seven** new contributors. Thank you all!\n`;
    const text = thread(notes, PROJECT).join("\n");
    expect(text).toContain("RF07");
    expect(text).not.toContain("contributions");
  });
});

describe("a change that names a hash", () => {
  it("keeps a security fix titled with SHA1 (no checksum section)", () => {
    const notes = "# Docs 7.4.3 release notes\n\n_August 20,2026_\n\n### Security fix: Identification of documents by SHA1 hash\n\nAn attacker was able to determine whether a document matched a specified SHA1 hash.\n\n### Bug fixes\n\n* Ensure the side panel recognises custom items\n";
    const text = thread(notes, PROJECT).join("\n");
    expect(text).toContain("SHA1");
    expect(text).not.toContain("August 20");
  });
});
