import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { thisReleaseOnly } from "../../src/notes/formats/release-section.js";

const texts = (notes: string, version: string): string[] => readNotesModel(notes, undefined, version).entries.map((entry) => entry.text);

describe("a notes file that goes on with the previous release", () => {
  const twoReleases = ["# 3.4.1 (2025-02-10)", "", "### Fixes", "* Fix the parser on empty input", "* Fix a leak in the cache", "", "----------", "**# 3.4.0(2025-01-02)", "", "### Fixes", "* Fix the old widget crash"].join("\n");

  it("ends where a malformed title of an older version starts, after a separator", () => {
    expect(texts(twoReleases, "3.4.1")).toEqual(["Fix the parser on empty input", "Fix a leak in the cache"]);
  });

  it("ends at an older heading, a version and date line, or a bare version after a rule", () => {
    const heading = "## v2.1.0\n- Add a flag\n\n## v2.0.9\n- Old change\n";
    expect(texts(heading, "2.1.0")).toEqual(["Add a flag"]);
    const dated = "- Add a flag\n\nRelease 2.0.9 - 2024-11-02\n- Old change\n";
    expect(texts(dated, "v2.1.0")).toEqual(["Add a flag"]);
    expect(thisReleaseOnly("- Add a flag\n\n---\n\n2.0.9\n- Old change\n", "2.1.0")).toBe("- Add a flag\n");
    expect(thisReleaseOnly("- Add a flag\n\n## [2.1.0-rc.1](https://x/compare) (2024-10-01)\n- Old change\n", "2.1.0")).toBe("- Add a flag\n");
  });

  it("keeps a version said in a sentence, a list item, a newer or the same version, and another product's heading", () => {
    const sentence = "- Add a flag\n\nFixed since 2.0.9 (2024-11-02)\n- Old bug gone\n";
    expect(thisReleaseOnly(sentence, "2.1.0")).toBe(sentence);
    const item = "- Add a flag\n- 2.0.9 (2024-11-02)\n- More\n";
    expect(thisReleaseOnly(item, "2.1.0")).toBe(item);
    const newer = "- Add a flag\n\n## 2.2.0\n- Next\n";
    expect(thisReleaseOnly(newer, "2.1.0")).toBe(newer);
    const other = "# Acme 5.0.0\n- Add a flag\n\n## Python 3.8\n- Support dropped\n";
    expect(thisReleaseOnly(other, "5.0.0")).toBe(other);
    const inCode = "- Add a flag\n\n```\n## 2.0.9\n```\n- More\n";
    expect(thisReleaseOnly(inCode, "2.1.0")).toBe(inCode);
  });

  it("never cuts before this release's changes, nor without the release's version", () => {
    const ascending = "# Changelog\n\n## 2.0.9\n- Old change\n\n## 2.1.0\n- Add a flag\n";
    expect(thisReleaseOnly(ascending, "2.1.0")).toBe("# Changelog\n\n## 2.0.9\n- Old change\n\n## 2.1.0\n- Add a flag\n");
    expect(thisReleaseOnly(twoReleases, "")).toBe(twoReleases);
    expect(texts(twoReleases, "")).toContain("Fix the old widget crash");
  });
});

describe("a post on two releases, with each one's fixes listed at its end", () => {
  const post = [
    "The team is happy to announce two releases.",
    "",
    "## Tool 2.2.0",
    "",
    "### Highlights",
    "",
    "- Generics are stable",
    "",
    "### Installing Tool 2.2.0",
    "",
    "Run `toolup 2.2.0`.",
    "",
    "## Tool 2.0.10",
    "",
    "A patch release for 2.0.",
    "",
    "## Bugfixes",
    "",
    "### Tool 2.0.10",
    "",
    "- Fixed a crash in the old parser",
    "",
    "### Tool 2.2.0",
    "",
    "- Fixed `rand(bool)` always returning false",
    "- Fixed a leak under ORC",
    "",
    "## Thanks",
    "",
    "Thanks to all contributors.",
  ].join("\n");

  it("keeps this release's part and its own fixes from the end, under the heading that says what they are", () => {
    const kept = thisReleaseOnly(post, "2.2.0");
    expect(kept).toContain("- Generics are stable");
    expect(kept).toContain("## Bugfixes\n\n- Fixed `rand(bool)` always returning false\n- Fixed a leak under ORC");
    expect(kept).not.toContain("old parser");
    expect(kept).not.toContain("A patch release for 2.0.");
    expect(kept).not.toContain("Thanks to all");
  });

  it("a title of this version again at the releases' own level (another package's, a pasted file's) is not taken", () => {
    const kept = thisReleaseOnly("## 2.2.0\n\n- New flag\n\n## 2.1.0\n\n- Old\n\n## 2.2.0\n\n- Other package's change\n", "2.2.0");
    expect(kept).toBe("## 2.2.0\n\n- New flag\n");
  });

  it("a later heading naming this version ('### Installing Tool 2.2.0') does not rename the release's title", () => {
    const kept = thisReleaseOnly(post.replace(/\n## Bugfixes[\s\S]*$/u, ""), "2.2.0");
    expect(kept).not.toContain("## Tool 2.0.10");
  });
});

describe("a wrapped line of an item that starts with a version", () => {
  it("goes on with its item: no older release starts there", () => {
    const notes = "## Fixes\n\n- Fixed a regression `x`, added in\n  v4.3.7, which messed up the window-start.  406a3094a8\n- Fixed a regression in `y`, added in v4.3.7, which broke z.\n";
    expect(thisReleaseOnly(notes, "4.4.0")).toBe(notes);
  });
  it("a version and date line after a blank line still starts the older release", () => {
    expect(thisReleaseOnly("- Add a flag\n\n  4.3.7 (2024-05-01)\n- Old change\n", "4.4.0")).toBe("- Add a flag\n");
  });
});
