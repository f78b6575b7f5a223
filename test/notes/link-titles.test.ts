import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";

const release = (notes: string) => ({ version: "3.1.0", tag: "v3.1.0", name: "v3.1.0", repo: "tool", owner: "acme", url: "https://github.com/acme/tool/releases/tag/v3.1.0", notes });
const posts = (notes: string, thread = false): string[] => composePosts(release(notes), thread ? { thread: true } : {}).posts.map((post) => post.text);

describe("lines that only point at another page are no changes", () => {
  it("drops a link title with a date beside it, and does not count it", () => {
    const notes = `- Added a \`--watch\` flag to the build command.
- Fixed the dev server crashing on empty files.
- _(October 2024) [Tool v3.0.0 now available!](/blog/tool-v3/)_
- _(July 2024) [Tool v3.0.0-beta.1 now available](/blog/beta-one/)_
`;
    const [single] = posts(notes);
    expect(single).not.toContain("now available");
    expect(single).not.toMatch(/more change/u);
    expect(single).toContain("--watch");
  });

  it("drops a list of nothing but links, one of them to an issue", () => {
    const notes = `# v3.1 介绍

- [Roadmap](https://github.com/acme/tool/issues/501)
- [v3.0.1](https://github.com/acme/tool/releases/tag/3.0.1)
- [v3.1.0](https://github.com/acme/tool/releases/tag/3.1.0)

## 新功能

- 新增 \`--watch\` 参数，修改文件后自动重新构建。
`;
    const [single] = posts(notes);
    expect(single).not.toContain("Roadmap");
    expect(single).toContain("--watch");
  });

  it("keeps a change whose words are linked to its pull request", () => {
    const notes = `- [Add a \`--watch\` flag to the build command](https://github.com/acme/tool/pull/12)
- [Fix the dev server crashing on empty files](https://github.com/acme/tool/pull/13)
`;
    const [single] = posts(notes);
    expect(single).toContain("--watch");
    expect(single).toContain("dev server crashing");
  });

  it("drops linked words that name another page and only describe it", () => {
    const notes = `## LSP

- [Summary](https://blog.example.org/lsp-retrospective) of the history and status of the builtin LSP support.
- The LSP client now [supports](https://github.com/acme/tool/pull/19916) connecting to language servers by TCP.

## Performance

- [Fast, slick folds](https://github.com/someone/folds-plugin) provided by a plugin.
- A brief summary of the 'packpath' improvements:
    - ![](/images/packpath.jpg)
- \`tool --startuptime\` now reports module load times.
`;
    const thread = posts(notes, true).join("\n");
    expect(thread).not.toContain("Summary of the history");
    expect(thread).not.toContain("slick folds");
    expect(thread).not.toContain("brief summary");
    expect(thread).toContain("connecting to language servers by TCP");
    expect(thread).toContain("startuptime");
  });

  it("drops the release's address on a line of its own, which the post links once", () => {
    const notes = `# 3.1.0

https://github.com/acme/tool/releases/tag/v3.1.0

## Changes

- Added a \`--watch\` flag to the build command.
`;
    const [single] = posts(notes);
    expect(single!.split("https://github.com/acme/tool/releases/tag/v3.1.0").length - 1).toBe(1);
  });

  it("drops a remark on what a linked page holds, keeping the linked words", () => {
    const notes = `**Tool v3.1.0** is now available!

**[Tool v3.1.0: 11% faster and 22% smaller!](https://example.org/blog/v3-1)** (includes full release notes, features, bug fixes, and benchmarks!)
`;
    const text = posts(notes, true).join("\n");
    expect(text).toContain("11% faster and 22% smaller");
    expect(text).not.toContain("includes full release notes");
  });
});

describe("what pointed at a removed reference goes with it", () => {
  it("drops the pointing words left at an item's end", () => {
    const notes = `### Bug Fixes

- **RimeWithWeasel:** blend_colors algorithm, fix issue like #1405
- **parser:** handle empty input, see #77
- **ui:** keep the status bar visible when logged in
`;
    const [single] = posts(notes);
    expect(single).toContain("blend_colors algorithm");
    expect(single).not.toMatch(/issue like|like$/mu);
    expect(single).not.toMatch(/, see$/mu);
    expect(single).toContain("logged in");
  });

  it("keeps a word the sentence ends on where the reference was set apart in brackets", () => {
    const notes = `### Bug Fixes

- Do not fetch all refs (#7772)
- Avoid exposing internals via template ref (#14519)
`;
    const [single] = posts(notes);
    expect(single).toContain("fetch all refs");
    expect(single).toContain("via template ref");
  });
});

describe("a misspelt bracket tag is still a tag", () => {
  it("strips it as the tag it meant", () => {
    const notes = `- [FIX] webhook log が出力されるように修正する
- [UPADTE] handler に echo を使用するように変更する
- [ADD] Prometheus に対応する
`;
    const [single] = posts(notes);
    expect(single).not.toContain("[UPADTE]");
    expect(single).toContain("handler に echo を使用する");
  });

  it("keeps a bracketed name that is no tag", () => {
    const notes = `- [Native Code Obfuscator] Added string encryption.
- [Updater] Fixed a crash on start.
`;
    const [single] = posts(notes);
    expect(single).toContain("Native Code Obfuscator");
  });
});

describe("a change reached twice is shown once", () => {
  it("does not show a breaking item again where a section repeats the summary's words", () => {
    const notes = `## 重要な注意事項

* このリリースでは、既存のアドオンとの互換性が失われています。

## 新機能

* 新しい「オンデマンド」読み上げモードが追加されました。

## API の破壊的変更

* 注意: このリリースでは、既存のアドオンとの互換性が失われています。アドオンは再テストとマニフェストの更新を行う必要があります。
* \`foo\` モジュールを削除しました。
`;
    const thread = posts(notes, true).join("\n");
    expect(thread.match(/既存のアドオンとの互換性が失われています/gu)?.length).toBe(1);
  });

  it("keeps items that differ only after a scope label", () => {
    const notes = `### 新功能

- \`Checkbox\`: 支持使用空格键选中或取消选中
- \`Radio\`: 支持使用空格键选中或取消选中
`;
    const [single] = posts(notes);
    expect(single).toContain("Checkbox");
    expect(single).toContain("Radio");
  });
});
