// count-off: where the notes are one flat list of changes, the bullets shown plus "+N more" are that list, no more and
// no fewer; a thread that shows part of it says how much it left out.
import { describe, expect, it } from "vitest";
import { checkPosts } from "./post-checks.js";

function found(posts: string[], notes: string): string[] {
  return checkPosts({ posts, notes, releaseUrl: "", mode: "thread", maxLength: 280, threadCap: 5 })
    .filter((defect) => defect.check === "count-off")
    .map((defect) => defect.detail);
}

const notes = ["## 2.0.0", "", "### Bug Fixes", "", "- Fix the parser on empty input", "- Fix a crash on startup", "- Fix the totals", "", "### Features", "", "- Add dark mode", "- Add a `--quiet` flag", "  to the import command"].join("\n");

describe("count-off", () => {
  it("catches a thread that shows every change and still counts one more", () => {
    const posts = ["Lantern 2.0.0 is out!\n\nFeatures:\n• Add dark mode\n• Add a `--quiet` flag to the import command", "Bug Fixes:\n• Fix the parser on empty input\n• Fix a crash on startup\n• Fix the totals\n\n+1 more change in the full release notes."];
    expect(found(posts, notes)).toEqual(['5 changes shown and "+1 more change in the full release notes.", but the notes list 5']);
  });

  it("catches a count one short, and a thread that leaves changes out without a word", () => {
    expect(found(["Lantern 2.0.0 is out!\n\nFeatures:\n• Add dark mode\n\n+3 more changes"], notes)).toHaveLength(1);
    expect(found(["Lantern 2.0.0 is out!\n\nFeatures:\n• Add dark mode\n• Add a `--quiet` flag", "Bug Fixes:\n• Fix the totals"], notes)).toEqual(["3 changes shown and no count of what was left out, but the notes list 5"]);
  });

  it("passes a count that makes up the list", () => {
    expect(found(["Lantern 2.0.0 is out!\n\nFeatures:\n• Add dark mode\n\n+4 more changes (3 fixes)"], notes)).toEqual([]);
  });

  it("says nothing where the count is not decidable from the text: prose, nested items, a change listed twice", () => {
    const wrong = ["Lantern 2.0.0 is out!\n\n• Add dark mode\n\n+9 more changes"];
    expect(found(wrong, `This release is about speed.\n\n${notes}`)).toEqual([]);
    expect(found(wrong, `${notes}\n  - with a sub-item`)).toEqual([]);
    expect(found(wrong, `${notes}\n- Add dark mode ([#12](https://example.com/12))`)).toEqual([]);
    expect(found(wrong, notes.replace("### Features", "### Tested on"))).toEqual([]);
  });
});
