// Structures a reader sees at once that Markdown does not mark: a paragraph whose lines are one change each under a
// kind's heading (canbox's "feat | 新功能 / Features" then "添加开机自动启动功能" on lines of their own, the same in English
// after), and an RST sub-heading that names an API over the paragraph that explains it (Pillow's "API additions").
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

/** Each entry as "kind|label|text". */
const entries = (markdown: string) => readNotesModel(markdown).entries.map((entry) => `${entry.kind}|${entry.label}|${entry.text}`);

describe("a paragraph of one change a line under a kind's heading", () => {
  // canbox 0.5.9, from its CHANGELOG.md (shortened).
  const canbox = `## [0.5.9] - 2026-06-09

### feat | 新功能 / Features

添加开机自动启动功能
添加多项目工作区与架构声明文件

Add auto-start on boot functionality
Add multi-project workspace and architecture declaration files

### refactor | 重构 / Refactoring

重构模块目录结构，优化代码组织
替换更新源为原生单选框，移除未使用的 currentSource 字段

Restructure module directory for better code organization
Replace update source with native radio buttons, remove unused currentSource field
`;

  it("reads the heading as its kind, each line as an item, and the translation once", () => {
    expect(entries(canbox)).toEqual([
      "feature|新功能|添加开机自动启动功能",
      "feature|新功能|添加多项目工作区与架构声明文件",
      "internal|重构|重构模块目录结构，优化代码组织",
      "internal|重构|替换更新源为原生单选框，移除未使用的 currentSource 字段",
    ]);
  });

  it("keeps the English run in English notes, under the English name of the kind", () => {
    const english = `### fix | 修复 / Bug Fixes

Fix crash when the window closes
Fix a leak in the image cache

修复窗口关闭时崩溃
修复图片缓存中的内存泄漏

### Notes

Thanks to everyone who tested the release candidates and reported problems with the window handling and the cache.
`;
    expect(entries(english).filter((entry) => entry.startsWith("fix|"))).toEqual(["fix|Bug Fixes|Fix crash when the window closes", "fix|Bug Fixes|Fix a leak in the image cache"]);
  });

  it("leaves wrapped prose and a sentence a line as prose", () => {
    const wrapped = `### Features

This release adds support for the new
Python 3.13 runtime and the Windows ARM
build
`;
    expect(entries(wrapped)).toEqual(["feature|Features|This release adds support for the new Python 3.13 runtime and the Windows ARM build"]);
    const sentences = `### Features

This release adds support for Python 3.13.
It also brings Windows ARM builds.
`;
    expect(readNotesModel(sentences).entries.every((entry) => entry.prose)).toBe(true);
  });
});

describe("a sub-heading that names an API", () => {
  // Pillow 12.2.0, from docs/releasenotes/12.2.0.rst (shortened).
  const pillow = `API additions
=============

FontFile.to_imagefont()
^^^^^^^^^^^^^^^^^^^^^^^

:py:class:\`~PIL.FontFile.FontFile\` instances can now be directly converted to
:py:class:\`~PIL.ImageFont.ImageFont\` instances::

    >>> pcffont.to_imagefont()

ImageText.Text.wrap
^^^^^^^^^^^^^^^^^^^

:py:meth:\`.ImageText.Text.wrap\` has been added, to wrap text to fit within a given
width::

    text.wrap(50)

or scaling, optionally with a font size limit::

    text.wrap(50, 15, "shrink")

EXIF tag FrameRate
^^^^^^^^^^^^^^^^^^

The EXIF tag \`\`FrameRate\`\` has been added.
`;

  it("is one change with the paragraph under it, not a label over the next change", () => {
    expect(entries(pillow)).toEqual([
      "feature|API additions|`FontFile.to_imagefont()`: `FontFile` instances can now be directly converted to `ImageFont` instances",
      "feature|API additions|`ImageText.Text.wrap` has been added, to wrap text to fit within a given width",
      "feature|API additions|The EXIF tag `FrameRate` has been added.",
    ]);
  });
});

describe("a conventional-changelog scope over its commits", () => {
  // hyper v1.0.0-rc.4, from its CHANGELOG.md (shortened).
  const hyper = `### v1.0.0-rc.4 (2023-07-10)

#### Bug Fixes

* **http1:**
  * http1 server graceful shutdown fix (#3261) ([f4b51300](https://github.com/hyperium/hyper/commit/f4b513009d81083081d1c60c1981847bbb17dd5d))
  * properly end chunked bodies when it was known to be empty (#3254)

#### Features

* **client:** Make clients able to use non-Send executor (#3184)
* **rt:**
  * add downcast on \`Sleep\` trait (#3125)
`;

  it("names the scope before each commit, under the section's label", () => {
    expect(entries(hyper)).toEqual([
      "fix|Bug Fixes|http1 server graceful shutdown fix",
      "fix|Bug Fixes|http1: properly end chunked bodies when it was known to be empty",
      "feature|Features|client: Make clients able to use non-Send executor",
      "feature|Features|rt: add downcast on `Sleep` trait",
    ]);
  });

  it("leaves a bold name over items outside a kind's section a label", () => {
    const parts = `## Changes\n\n- **editor:**\n  - Add a minimap to the side panel\n  - Remember the last opened file\n`;
    expect(entries(parts).map((entry) => entry.split("|")[1])).toEqual(["editor", "editor"]);
  });
});

describe("an item with its own pull request number over sub-items", () => {
  // danoni-editor 4.0.0, from its CHANGELOG.md (shortened).
  const danoni = `#### 機能追加・改善
- ページのブロック数をラベルごとに設定できるように #124
  - es_pageBlockNumber を譜面フッターに追加
    - 譜面復元時に設定しない場合、古い譜面はすべて8として扱う
  - ConfigのPageBlockNum設定は削除

- 最後のorderGroupを記憶する #120
`;

  it("is the change, and its sub-items are details that never stand in its place", () => {
    expect(entries(danoni)).toEqual(["feature|機能追加・改善|ページのブロック数をラベルごとに設定できるように", "feature|機能追加・改善|最後のorderGroupを記憶する"]);
  });
});
