// "By" credits the other patterns miss: a "By Jane Doe" line under an item, and "by @user" glued to Chinese text.
import { describe, expect, it } from "vitest";
import { thread } from "../support/composed.js";

const posted = (items: string[]): string => thread(["## Fixes", "", ...items, ""].join("\n")).join("\n");

describe("a credit after By", () => {
  it("goes when glued to Chinese text, and a Latin word ending in by stays whole", () => {
    const text = posted(["- 修复启动问题by @jane", "- Fix ping spam when a bot posts in the lobby @everyone"]);
    expect(text).toContain("修复启动问题\n");
    expect(text).not.toMatch(/问题by|@jane/u);
    expect(text).toContain("in the lobby");
  });
  it("goes when a generator glued it to the change's last word, and leaves the word whole", () => {
    const text = posted(["- *(cd)* Enable cross compilationby @orhun", "- Update ignored advisoriesby @orhun", "- Add a standby @ops"]);
    expect(text).toContain("Enable cross compilation\n");
    expect(text).toContain("Update ignored advisories");
    expect(text).not.toMatch(/compilationby|advisoriesby|@orhun/u);
    expect(text).toContain("standby");
  });
  it("goes when it is a line or a sentence of its own", () => {
    const text = posted(["- Handle empty config files", "  By Jane Doe", "- Improve memory use on large files. By @bob"]);
    expect(text).not.toMatch(/Jane|@bob|\bBy\b/u);
    expect(text).toContain("Handle empty config files");
  });
  it("keeps a title-cased name and a word ending in by", () => {
    const text = posted(["- Add Group By Column", "- Support Ruby Gems in the lockfile"]);
    expect(text).toContain("Group By Column");
    expect(text).toContain("Ruby Gems");
  });
  it("keeps a name ending in by before a handle whole, and takes a glued credit off a word in lower case", () => {
    const text = posted(["- Fix hydration warning with Gatsby @next", "- Enable cross compilationby @orhun", "- Add adapter for Shelby @v2"]);
    expect(text).toContain("Gatsby");
    expect(text).toContain("Shelby");
    expect(text).toContain("Enable cross compilation\n");
  });
  it("goes when glued once and the notes credit with a spaced \"by @handle\" elsewhere", () => {
    const text = posted(["- Fix crash on empty input by @alice", "- Add a watch modeby @bob"]);
    expect(text).toContain("Add a watch mode");
    expect(text).not.toMatch(/modeby|@bob|@alice/u);
  });
});
