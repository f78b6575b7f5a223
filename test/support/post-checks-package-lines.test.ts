// count-too-high: the package lines of a changesets "Updated dependencies" item are no changes, so a "+N more" that
// counts them is caught.
import { describe, expect, it } from "vitest";
import { checkPosts } from "./post-checks.js";

const NOTES = [
  "## 2.68.1",
  "",
  "### Patch Changes",
  "",
  "- 2740b74: feat: support output config when calling `modern inspect`",
  "- 0d98723: feat: support rsc for spa projects",
  "- 0d98724: feat: inject the rsc payload into the html for csr",
  "- Updated dependencies [0d98723]",
  ...Array.from({ length: 14 }, (_, index) => `  - @modern-js/pkg-${index}@2.68.1`),
  "",
].join("\n");

const check = (count: string) =>
  checkPosts({ posts: [`Modern.js 2.68.1 is out!\n\nFeatures:\n• Support rsc for spa projects\n• Inject the rsc payload\n${count}\n\nhttps://x.test/r`], notes: NOTES, releaseUrl: "https://x.test/r", mode: "single", maxLength: 280 }).filter(
    (defect) => defect.check === "count-too-high",
  );

describe("count-too-high with changesets package lines", () => {
  it("flags a count of the package lines", () => {
    expect(check("+16 more changes")).toHaveLength(1);
  });
  it("passes a count of the changes left out", () => {
    expect(check("+2 more changes")).toEqual([]);
  });
});
