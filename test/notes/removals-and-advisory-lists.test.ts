// The key change read from the content, and counts and labels that tell the truth (issue 11): a removal of deprecated
// options told in a later clause of a refactor is a breaking change in post 1; a dependency bump's long list of CVEs is
// one line that counts them, leaving room for the project's own fixes; a "Changes:" line after "Security:" ends the
// security list, so no change under it is labelled or counted as a security fix.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { removesUserFeature } from "../../src/notes/kinds/feature-removals.js";
import { release, thread } from "../support/composed.js";

const PROJECT = { repo: "linttool", owner: "acme", version: "0.9.0" };

const REFACTOR = `### Changed
- Reworked the command line, merging the duplicated output options into one and removing the deprecated flags and values.

### Added
- A new \`graph.prune\` check that reports crates which the standard library now covers in full.

### Fixed
- Respect custom manifest paths when loading workspaces.
`;

describe("a removal in a later clause", () => {
  it("is read as a removal of what users ran", () => {
    expect(removesUserFeature("refactored the CLI, moving some options into the root and removing several deprecated options/flags/values.")).toBe(true);
    expect(removesUserFeature("Reworked the docs, removing the old flags section from README")).toBe(false);
    expect(removesUserFeature("Fixed the parser, removing an unused option struct")).toBe(false);
  });

  it("puts a refactor that removes deprecated flags in post 1 as breaking", () => {
    const [post] = composePosts(release(REFACTOR, PROJECT)).posts;
    expect(post?.text).toContain("removing the deprecated flags");
    expect(post?.text).toMatch(/Breaking/u);
    expect(thread(REFACTOR, PROJECT)[0]).toContain("removing the deprecated flags");
  });
});

const cves = (from: number, count: number, area: string): string =>
  Array.from({ length: count }, (_, at) => `    - CVE-2026-${String(from + at)}: ${area}: a flaw number ${String(at + 1)} in the parser`).join("\n");

const BUMPS = `- Bug Fixes
  - Update example.org/x/net to v0.55.0 to address:
${cves(40001, 5, "html")}
  - Update example.org/x/crypto to v0.52.0 to address:
${cves(41001, 7, "ssh")}
  - mount: Fix silent write failure when the cache directory is full
  - sync: Fix the conflict loser path when resolving by newest
`;

describe("a dependency bump's long list of CVEs", () => {
  it("is one line that counts them, with the project's own fixes beside it", () => {
    const [post] = composePosts(release(BUMPS, { ...PROJECT, version: "1.74.2" })).posts;
    expect(post?.text).toContain("to address 12 CVEs");
    expect(post?.text).not.toContain("CVE-2026-40001");
    expect(post?.text).toContain("Fix silent write failure");
  });

  it("is not repeated across a thread", () => {
    const posts = thread(BUMPS, { ...PROJECT, version: "1.74.2" });
    expect(posts.join("\n").match(/to address/gu)?.length).toBe(1);
    expect(posts.join("\n")).toContain("Fix the conflict loser");
  });

  it("leaves a short list as it is", () => {
    const short = `- Update example.org/x/image to v0.41.0 to address:\n  - CVE-2026-42500: bmp: panic when reading out of bound palette index\n  - CVE-2026-33809: tiff: excessive resource use in PackBits decompression\n`;
    expect(thread(short, PROJECT).join("\n")).toContain("CVE-2026-42500");
  });
});

const SIBLINGS = `## tool version 1.34.5

This is a security release.

Security:
* CVE-2025-31498. A use-after-free bug has been uncovered in read_answers() that was introduced in v1.32.3.

Changes:
* Restore Windows XP support.

Bugfixes:
* Localhost resolution can fail if only one address family is in \`/etc/hosts\`
* Pkgconfig may be generated wrong for static builds in relation to \`-pthread\`
`;

describe("a 'Changes:' line after 'Security:'", () => {
  it("ends the security list: its change is neither labelled nor counted a security fix", () => {
    const posts = thread(SIBLINGS, { ...PROJECT, repo: "tool", version: "1.34.5" });
    const security = posts.join("\n").split("Security:")[1]?.split(/\n\n/u)[0] ?? "";
    expect(security).not.toContain("Windows XP");
    expect(posts.join("\n")).toContain("Windows XP");
    const [post] = composePosts(release(SIBLINGS, { ...PROJECT, repo: "tool", version: "1.34.5" })).posts;
    expect(post?.text).not.toMatch(/security fix/u);
  });
});
