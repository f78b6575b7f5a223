// "+N more" counts the changes the posts leave out: every section the notes list (a linked heading's too), each change
// once (a pull request listed under two submodules and again in the tracker's list, a change's listed names), and the
// breaking ones among them in a single post as in a thread.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { release, single, thread } from "../support/composed.js";

const omitted = (notes: string, thread = false): number => composePosts(release(notes), { thread }).omitted;

describe("a heading that is a link", () => {
  const notes = [
    "## v2.3.0",
    "",
    "- #### Core",
    "  - 新增 `lantern.extend()` 方法",
    "- #### [tpl](./tpl/)",
    "  - 新增 `cache` 选项",
    "  - 新增 `condense` 选项",
    "  - 新增 `tagStyle` 选项",
    "- #### tabs",
    "  - 修复 `box-sizing` 样式",
    "",
  ].join("\n");

  it("labels its items, which are shown or counted", () => {
    const posts = thread(notes).join("\n");
    expect(posts).toContain("tpl：");
    expect(posts).toContain("新增 `cache` 选项");
    // Every change is in the thread or counted: 5 in all.
    const shown = (posts.match(/^• /gmu) ?? []).length;
    expect(shown + omitted(notes, true)).toBe(5);
    const post = single(notes);
    expect((post.match(/^• /gmu) ?? []).length + omitted(notes)).toBe(5);
  });

  it("a list item that is only a link over links stays a pointer", () => {
    const post = single("## Changes\n\n- Fix the parser\n- [Docs](https://example.com/docs)\n  - [API](https://example.com/api)\n  - [Guide](https://example.com/guide)\n");
    expect(post).not.toContain("Docs");
    expect(post).not.toContain("Guide");
  });

  it("a link over a page's titles stays a pointer, and counts nothing", () => {
    const notes = "## Fixes\n\n- Fix crash on startup\n\n## Resources\n\n- [Documentation](https://docs.example.com)\n  - Getting started\n  - Configuration reference\n";
    expect(single(notes)).not.toMatch(/Getting started|more change/u);
  });
});

describe("a category heading with a quantity", () => {
  it("heads its list: 'A few notable changes' is no change of its own", () => {
    const notes = "## Breaking changes\n\n- The minimum API level is now `19`.\n\n## A few notable changes\nIn addition, there are a couple notable changes:\n\n- Added framebuffer multisample support.\n- There is a new API to read input from native text fields.\n- Support for Linux RISC-V has been added.\n";
    const posts = thread(notes).join("\n");
    expect(posts).not.toMatch(/• A few notable changes/u);
    const shown = (posts.match(/^• /gmu) ?? []).length;
    expect(shown + omitted(notes, true)).toBe(4);
    expect(shown + omitted(notes)).toBeGreaterThanOrEqual(4);
  });
});

describe("the unread rest of long notes", () => {
  // A Sphinx changelog: per-submodule lists, then the tracker's list of the same pull requests.
  const submodule = (name: string, from: number): string =>
    [`\`\`${name}\`\``, "~".repeat(name.length + 4), ...Array.from({ length: 30 }, (_, i) => `- Change number ${from + i} of the ${name} module, ${"told at some length so the notes run long, ".repeat(6)}(:pr:\`${from + i}\`)`), ""].join("\n");
  const merged = ["Merged Pull Requests", "--------------------", "", "The following Pull Requests were merged since the last release:", "", ...Array.from({ length: 120 }, (_, i) => `- :pr:\`${1000 + i}\`: ENH: change number ${1000 + i}`), ""].join("\n");
  const notes = ["Release 2.3.0", "=============", "", "Submodules", "----------", "", submodule("base", 1000), submodule("discrete", 1030), submodule("genmod", 1060), submodule("stats", 1090), merged].join("\n");

  it("counts each pull request once", () => {
    const count = omitted(notes);
    expect(count).toBeLessThanOrEqual(120);
    expect(count).toBeGreaterThan(100);
  });
});

describe("changes listed as names under one sentence", () => {
  const notes = [
    "## 互換性に関する注意",
    "",
    "* `Foo#bar` を削除しました。",
    "* `Baz.qux` は非推奨になりました。",
    "* 長い名前のライブラリは default gem から除外されました。現在は次のメソッド向けに `cgi/escape` のみ提供します。",
    "",
    "    * `CGI.escape` / `CGI.unescape`",
    "    * `CGI.escapeHTML` / `CGI.unescapeHTML`",
    "    * `CGI.escapeURIComponent` / `CGI.unescapeURIComponent`",
    "    * `CGI.escapeElement` / `CGI.unescapeElement`",
    "",
  ].join("\n");

  it("are one change in the count", () => {
    const posts = thread(notes, { maxPosts: 1 });
    const text = posts.join("\n");
    const shown = (text.match(/^• /gmu) ?? []).length;
    // Three changes in all: what is not shown counts as at most the changes left, never as the names.
    expect(shown + composePosts(release(notes), { thread: true, maxPosts: 1 }).omitted).toBeLessThanOrEqual(3 + (text.includes("CGI.escape`") ? 4 : 0));
  });
});

describe("a single post's breaking count", () => {
  it("counts the breaking changes of a compatibility section past what was read", () => {
    const filler = Array.from({ length: 400 }, (_, i) => `- ウィジェットの描画 ${i} を改善し、長いページをこれまでより速く描画できるようにしました。`).join("\n");
    const notes = `## 新機能\n\n${filler}\n\n## 互換性に関する注意\n\n- \`Foo#bar\` を削除しました。\n- \`legacy\` オプションを削除しました。\n- \`a\` を \`b\` に改名しました。\n`;
    expect(single(notes, { version: "2.3.1" })).toMatch(/破壊的変更 3 件/u);
  });
});
