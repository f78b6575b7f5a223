// Reference residue left in an item's text: a leading pull-request number, Gitee's refs and merge heads, flag tags, and
// items that only say the list goes on.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { readNotesModel } from "../../src/notes/model.js";
import { checkPosts } from "../support/post-checks.js";

const texts = (markdown: string) => readNotesModel(markdown).entries.map((entry) => entry.text);

describe("reference residue", () => {
  it("a pull request's number heading its linked title goes: '[1407: Fix …](…/pull/1407)'", () => {
    expect(texts("- [1407: Fix constants map lookup](https://github.com/o/r/pull/1407)")).toEqual(["Fix constants map lookup"]);
    expect(cleanText("!364 修复登录失败")).toBe("修复登录失败");
    // A number that is the change's subject stays.
    expect(cleanText("Support HTTP 404 pages")).toBe("Support HTTP 404 pages");
  });

  it("Gitee's merge head and issue ids go; an item of only them goes whole", () => {
    expect(cleanText("merge: pr 364 fix: #IJTNJK")).toBe("");
    expect(cleanText("merge: pr 364 fix: 修复登录失败")).toBe("fix: 修复登录失败");
    expect(cleanText("修复登录失败 #I5ABC1")).toBe("修复登录失败");
    expect(cleanText("修复登录失败 Merge pull request !364 from alice/fix-login")).toBe("修复登录失败");
    // Code keeps its "#import"; a lower-case hashtag is no Gitee id.
    expect(cleanText("Support `#IMPORT` directives")).toBe("Support `#IMPORT` directives");
  });

  it("an item that only says the list goes on is dropped", () => {
    for (const text of ["etc", "etc.", "…", "等", "and more", "And more!", "など"]) expect(cleanText(text), text).toBe("");
    expect(texts("- Add X\n- Fix Y\n- etc.\n")).toEqual(["Add X", "Fix Y"]);
  });

  it("the objective checks catch a leading reference number and a merge head left in a post", () => {
    const notes = "- [1407: Fix constants map](https://github.com/o/r/pull/1407)\n- merge: pr 364 fix: #IJTNJK\n- 修复登录失败 #I5ABC1\n";
    const posts = ["o/r 1.0 is out!\n\n• 1407: Fix constants map\n• merge: pr 364 fix: #\u200BIJTNJK\n• 修复登录失败 #\u200BI5ABC1\n\nhttps://github.com/o/r/releases/tag/v1.0"];
    const details = checkPosts({ posts, notes, releaseUrl: "https://github.com/o/r/releases/tag/v1.0", mode: "single", maxLength: 280 }).map((defect) => defect.detail).join("\n");
    expect(details).toMatch(/leading reference number/u);
    expect(details).toMatch(/merge head/u);
    expect(details).toMatch(/Gitee/u);
    // The same numbers in a post that names them as what changed pass.
    const clean = ["o/r 1.0 is out!\n\n• 2024: the year of the parser\n\nhttps://github.com/o/r/releases/tag/v1.0"];
    expect(checkPosts({ posts: clean, notes: "- 2024: the year of the parser\n", releaseUrl: "https://github.com/o/r/releases/tag/v1.0", mode: "single", maxLength: 280 })).toEqual([]);
  });
});
