// Set T (issue 11): a thread post that has no room for the first highlight does not open the highlights with a later one. The
// notes picked their highlights and ordered them by importance (GoReleaser 2.17's post 1 showed its third, "RISC-V 64
// packages…", while the first, ".msix packages", waited for post 2).
import { describe, expect, it } from "vitest";
import { thread } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "2.17.0" };

const NOTES = [
  "A packaging and verification release: Windows `.msix` packages, RISC-V 64 packaging through nFPM, post-release verification, and templated Dockerfiles.",
  "",
  "## Highlights",
  "",
  "- Widget can now build Windows `.msix` packages through the `nfpms` pipe, signed with the same certificate as the installers.",
  "- RISC-V 64 packages",
  "- Soft-float and hard-float ARM builds",
  "- Templated Dockerfiles and build retries in `dockers_v2`",
  "- Post-release verification of every published artifact",
  "",
  "## Bug fixes",
  "",
  ...Array.from({ length: 14 }, (_, index) => `- builds: reject the empty target string number ${index} and return a proper error when \`go.mod\` is unreadable`),
  "",
].join("\n");

describe("highlights keep the notes' order across posts", () => {
  it("no post shows a later highlight while an earlier one waits for the next post", () => {
    const posts = thread(NOTES, { ...PROJECT, maxPosts: 5 });
    const all = posts.join("\n");
    const first = all.indexOf("Windows `.msix` packages through");
    const later = all.indexOf("• RISC-V 64 packages");
    expect(first).toBeGreaterThanOrEqual(0);
    expect(later).toBeGreaterThan(first);
  });
});
