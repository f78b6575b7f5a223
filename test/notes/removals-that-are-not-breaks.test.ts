// Where a removal is not a break: a removal in the docs, a removal that comes with its replacement, a "Removed" list
// the notes keep themselves, and the commits of a long shortlog; and a shortlog's "[Author]" credits.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { readNotesModel } from "../../src/notes/model.js";
import { removesUserFeature } from "../../src/notes/kinds/feature-removals.js";
import { replacesWithAddition } from "../../src/notes/kinds/replacements.js";
import { withoutListCredits } from "../../src/notes/text/list-credits.js";
import type { Block } from "../../src/notes/formats/markdown.js";
import type { Release } from "../../src/core/types.js";

const URL = "https://github.com/octo/widget/releases/tag/v1.2.0";
const release = (notes: string): Release => ({ version: "1.2.0", tag: "v1.2.0", name: "v1.2.0", repo: "widget", owner: "octo", url: URL, notes });
const firstPost = (notes: string) => composePosts(release(notes), { thread: false }).posts[0]?.text ?? "";
const kindOf = (notes: string, text: string) => readNotesModel(notes).entries.find((entry) => entry.text.includes(text))?.kind;

describe("a removal in the docs takes nothing users ran", () => {
  it("names a document file, a docs scope or the documentation", () => {
    expect(removesUserFeature("Remove non-existent install options from local-installation.md")).toBe(false);
    expect(removesUserFeature("docs: remove the deprecated `--fast` flag")).toBe(false);
    expect(removesUserFeature("Removed the `--fast` option from the documentation")).toBe(false);
    // The same removal in the software still breaks.
    expect(removesUserFeature("Remove the deprecated install options")).toBe(true);
  });
  it("is not led with as a breaking change", () => {
    const notes = `## What's Changed
* Switch to pre-built images by @a in https://github.com/octo/widget/pull/1
* Remove non-existent install options from local-installation.md by @b in https://github.com/octo/widget/pull/2
* Add scan_type parameter to full scan API calls by @c in https://github.com/octo/widget/pull/3
`;
    expect(firstPost(notes)).not.toMatch(/Breaking[^]*local-installation/u);
  });
});

describe("a removal that adds its replacement in the same sentence is a feature", () => {
  it("in Chinese, Japanese and English", () => {
    expect(replacesWithAddition("此PR移除了原有的输入框搜索功能，新增了针对路由名称的多选下拉筛选框。")).toBe(true);
    expect(replacesWithAddition("検索ボックスを削除し、絞り込みメニューを追加しました。")).toBe(true);
    expect(replacesWithAddition("Removed the text search box and added a multi-select filter")).toBe(true);
    expect(replacesWithAddition("Removed the text search box. Added a filter.")).toBe(false);
    expect(removesUserFeature("Removed the search option and added a multi-select filter")).toBe(false);
  });
  it("is read as the addition, never under a removal label", () => {
    const notes = `### 🚀 新功能 (Features)

- 此PR为插件添加了镜像仓库配置支持。
- 此PR移除了原有的输入框搜索功能，新增了针对路由名称、域名等多个属性的多选下拉筛选框。
`;
    expect(kindOf(notes, "输入框搜索")).toBe("feature");
    expect(firstPost(notes)).not.toMatch(/移除：/u);
  });
});

describe("a Removed list the composer groups keeps its plain label and order", () => {
  const notes = `### Features

* **compiler:** remove in-browser compilation support ([#1](https://github.com/octo/widget/issues/1))
* **compiler:** primary package output target validation ([#2](https://github.com/octo/widget/issues/2))
* **compiler** remove shadow dom shim ([#3](https://github.com/octo/widget/pull/3))
* **compiler** remove safari10 extra flag ([#4](https://github.com/octo/widget/pull/4))
`;
  it("is not relabelled as a warning over the one item whose words say flag", () => {
    const post = firstPost(notes);
    expect(post).not.toMatch(/⚠️ Removed/u);
    expect(post.indexOf("in-browser compilation")).toBeLessThan(post.indexOf("safari10") === -1 ? Infinity : post.indexOf("safari10"));
  });
});

describe("a long commit shortlog", () => {
  const areas = Array.from({ length: 60 }, (_, index) => `area${index}:\n   - fix handling of case ${index}  [Karel Zak]\n   - add --json output ${index}  [Masatake YAMATO]\n`).join("\n");
  const notes = `util-linux 2.38 Release Notes
=============================

Release highlights
------------------

mount(8) now supports a new option --mkdir as shortcut for X-mount.mkdir.

Changes between v2.37 and v2.38
-------------------------------

lsfd:
   - remove --source option  [Masatake YAMATO]
${areas}`;
  it("does not call a commit's removal breaking", () => {
    expect(firstPost(notes)).not.toMatch(/Breaking/iu);
  });
  it("takes off the [Author] credits at the end of its lines, not an id", () => {
    const block = (text: string, parent: number): Block => ({ kind: "item", text, depth: 1, parent }) as unknown as Block;
    const blocks = [
      block("remove readline support [CVE-2022-0563]  [Karel Zak]", 0),
      ...Array.from({ length: 14 }, (_, index) => block(`fix the reader of case ${index}  [Masatake YAMATO]`, index + 1)),
      block("fix use-after-free and resource leak  [coverity scan]", 20),
    ];
    const texts = withoutListCredits(blocks).map((item) => item.text);
    expect(texts[0]).toBe("remove readline support [CVE-2022-0563]");
    expect(texts[1]).toBe("fix the reader of case 0");
    expect(texts.at(-1)).toBe("fix use-after-free and resource leak");
  });
});
