// What the text of a post must not carry over from the notes' shape: inline JSX tags, a commit type without its
// colon, an area left in brackets, a sentence that only sent to a link, labels that are versions or sentences or a
// generator's wording, lead-ins pointing at other text, and a project's name other than the notes write it.
import { describe, expect, it } from "vitest";
import type { Release } from "../../src/core/types.js";
import { composePosts } from "../../src/notes/compose.js";
import { projectName } from "../../src/notes/project-name.js";

const release = (notes: string, owner = "acme", repo = "widget-kit"): Release => ({ version: "2.1.0", tag: "v2.1.0", name: "v2.1.0", owner, repo, url: "https://example.com/r", notes });
const post = (notes: string): string => composePosts(release(notes)).posts.map((each) => each.text).join("\n---\n");
const thread = (notes: string): string[] => composePosts(release(notes), { thread: true }).posts.map((each) => each.text);

describe("markup and prefix residue", () => {
  it("an inline JSX tag with a brace attribute goes, its words stay", () => {
    const text = post("## Features\n\n- Add <b style={{ color: '#ff4d4f' }}>dark mode</b> to the editor\n- Add `<Foo bar={1} />` examples");
    expect(text).toContain("Add dark mode to the editor");
    expect(text).not.toContain("style=");
    expect(text).toContain("`<Foo bar={1} />`");
  });

  it("a conventional type without its colon goes: before CJK, with a scope in brackets, 'feat' alone", () => {
    const text = post("## Features\n\n- feat 新增表格组件的虚拟滚动\n- feat(table) add column resizing\n- fix crash when the list is empty");
    expect(text).toContain("• 新增表格组件的虚拟滚动");
    expect(text).toContain("table: add column resizing");
    expect(text).not.toMatch(/feat/u);
    // "fix" is the verb of an English sentence: it stays.
    expect(text).toMatch(/[Ff]ix crash when the list is empty/u);
  });

  it("git-cliff's scope in parentheses opens the change as its scope; other parentheses stay", () => {
    const text = post("## 🚀 Features\n\n- **(backend)** improve the error when a platform url is missing\n- **(cli)** support scoped packages\n- (Experimental) A new `--watch` mode\n");
    expect(text).toContain("• backend: improve the error when a platform url is missing");
    expect(text).toContain("• cli: support scoped packages");
    expect(text).toContain("(Experimental) A new `--watch` mode");
  });

  it("an area in brackets before a tag that flags a possible break: the area is the scope, the breaking label says the rest", () => {
    const text = post("## 🐞Bug修复\n\n* 【core】【可能的向下兼容问题】修复双引号转义错误问题\n* 【http】修复超时不生效问题\n");
    expect(text).toContain("• core: 修复双引号转义错误问题");
    expect(text).not.toContain("【");
  });

  it("an area in brackets opens the change as its scope, never as a stray colon", () => {
    const text = post("## Bug fixes\n\n- [Button] fix focus ring on Firefox\n- [style]: switch the default font to Inter\n- 【Table】修复表头错位\n- [Table] - fix sticky header");
    expect(text).toContain("• Button: fix focus ring on Firefox");
    expect(text).toContain("• style: switch the default font to Inter");
    expect(text).toContain("• Table: 修复表头错位");
    expect(text).toContain("• Table: fix sticky header");
    expect(text).not.toMatch(/[[\]【】]|• :/u);
  });

  it("a sentence that only sent the reader to a linked page goes, in any language", () => {
    const text = post(
      "## Bug fixes\n\n- Fix the export dialog. [Click here](https://example.com/g) for the migration guide.\n- Add a retry option. See the [docs](https://example.com/d) for details.\n- Neue Option `retry`. Weitere Infos [hier](https://example.com/de).",
    );
    expect(text).toContain("Fix the export dialog.");
    expect(text).toContain("Add a retry option.");
    expect(text).not.toMatch(/Click here|See the docs|Weitere Infos/u);
    const cjk = post("## 修复\n\n- 修复登录问题。点击查看 [使用说明](https://example.com/doc)。\n- 修复导出问题");
    expect(cjk).toContain("修复登录问题。");
    expect(cjk).not.toContain("使用说明");
  });

  it("a pointer behind a hand or arrow, to the full changelog, goes as well", () => {
    const text = post(
      "## Correctifs\n\n- Correction d'un bug d'export.\n- Correction d'un bug de connexion. 👉 Voir le [changelog complet sur GitHub](https://example.com/r). Merci à tous !",
    );
    expect(text).toContain("Correction d'un bug de connexion.");
    expect(text).not.toMatch(/Voir le|changelog complet/u);
  });

  it("a change whose verb is 'read' keeps its link's words", () => {
    expect(post("## Features\n\n- Read [config](https://example.com/c) files from the XDG directory")).toContain("Read config files from the XDG directory");
  });
});

describe("labels", () => {
  it("a heading that is a version is no label; a package's name with its version is the name", () => {
    const text = post("## mp4-media-stream-2024.2.0\n\n- Add fragmented MP4 output\n\n## v2.1.0-patch\n\n- Fix audio drift on long streams");
    expect(text).toContain("mp4-media-stream:");
    expect(text).not.toMatch(/2024\.2\.0|v2\.1\.0-patch:/u);
  });

  it("a heading that is a sentence is no label: its kind's label, never '。:'", () => {
    const text = post("## 本次更新修复了以下问题。\n\n- 修复了播放器在 iOS 上黑屏的问题\n- 修复了字幕不同步的问题");
    expect(text).not.toMatch(/[。.][:：]/u);
    expect(text).toContain("修复了字幕不同步的问题");
  });

  it("a generator's wording of a kind says the kind's label", () => {
    const text = post("## Implemented enhancements\n\n- Support HLS input\n\n## Fixed bugs\n\n- Fix memory leak in demuxer\n\n## Perfs\n\n- Faster seek on large files");
    expect(text).not.toMatch(/Implemented enhancements|Fixed bugs|Perfs/u);
    expect(text).toMatch(/Features:\n• Support HLS input/u);
    expect(text).toMatch(/Fixes:\n• Fix memory leak in demuxer|Bug fixes:\n• Fix memory leak in demuxer/u);
  });

  it("a generator's wording of a kind in bold, as github_changelog_generator writes it, says the kind's label", () => {
    const text = post("## [v2.0.0](https://example.com) (2026-01-13)\n\n**Implemented enhancements:**\n\n- Support HLS input\n\n**Fixed bugs:**\n\n- Fix memory leak in demuxer\n");
    expect(text).not.toMatch(/Implemented enhancements|Fixed bugs/u);
    expect(text).toMatch(/Features:\n• Support HLS input/u);
  });

  it("a thread says the breaking label over every post that carries breaking changes", () => {
    const items = Array.from({ length: 8 }, (_, at) => `- The \`option${at}\` setting was removed from the configuration loader; use the \`replacement${at}\` setting instead, which takes the same values`);
    const posts = thread(["## ⚠️ Breaking changes", "", ...items, "", "## Features", "", "- Add a `--json` flag to the list command"].join("\n"));
    expect(posts.length).toBeGreaterThan(2);
    // Each post stands on its own: a breaking change without its label would read as a plain one.
    for (const text of posts) if (/`option\d`/u.test(text)) expect(text, text).toContain("Breaking changes:");
  });
});

describe("lead-ins and fragments that point at missing text", () => {
  it("an item that only introduces or points is none; a pointing clause and a joining conjunction go", () => {
    const text = post(
      "Here's what's new:\n\n## Features\n\n- These features are available now, but may change in future releases.\n- Add a new plugin API, which is documented below.\n- And we've added support for YAML config files\n- Also, the CLI prints timing information\n- 详见下文",
    );
    expect(text).not.toMatch(/Here's what's new|These features|documented below|详见下文/u);
    expect(text).toContain("• Add a new plugin API.");
    expect(text).toContain("• We've added support for YAML config files");
    expect(text).toContain("• The CLI prints timing information");
  });
});

describe("the project's name as the notes write it", () => {
  const name = (owner: string, repo: string, notes: string): string => projectName(release(notes, owner, repo), notes);

  it("a repository named for the product's web part: the notes' name ('PageSpy')", () => {
    expect(name("acme", "page-spy-web", "## Features\n\n- PageSpy now records network requests.\n- Add a PageSpy plugin API")).toBe("PageSpy");
    expect(name("acme", "page-spy-web", "## Features\n\n- Record network requests")).toBe("page-spy-web");
  });

  it("a product the notes always write after its maker's name ('Adobe Campaign Standard')", () => {
    expect(name("AdobeDocs", "campaign-standard", "Adobe Campaign Standard release notes.\n\n- Adobe Campaign Standard now supports push.")).toBe("Adobe Campaign Standard");
    // A maker's word that is not the owner's says something else ("New Campaign Standard").
    expect(name("AdobeDocs", "campaign-standard", "New Campaign Standard release notes.\n\n- New Campaign Standard pushes.")).toBe("Campaign Standard");
  });

  it("a name the notes write in lower case stays so ('eza', 'magicast')", () => {
    expect(name("eza-community", "eza", "## Features\n\n- eza now shows git status.\n- Add --icons")).toBe("eza");
    expect(name("unjs", "magicast", "## Features\n\n- magicast can now parse TS.")).toBe("magicast");
  });
});

describe("a pointing clause and a translation's locale", () => {
  it("a Chinese clause that only sends to a linked page goes with its comma", () => {
    const text = post("## 新功能\n\n- 支持在启动服务时设置密码以保护调试端安全，点击查看 [使用说明](./faq#security)。");
    expect(text).toContain("支持在启动服务时设置密码以保护调试端安全。");
    expect(text).not.toContain("点击查看");
  });

  it("a docs repository's bare English locale is no part of the name", () => {
    expect(projectName(release("## Fixes\n\n- Improved login reliability.", "AdobeDocs", "campaign-standard.en"), "## Fixes\n\n- Improved login reliability.")).not.toContain(".en");
  });
});

describe("a name from code is not the notes' name", () => {
  it("a variable in a code block does not name the product ('$pageSpy')", () => {
    const notes = "## 기능\n\n- 오프라인 로그 옵션 추가\n\n```js\nwindow.$pageSpy = new PageSpy({ serializeData: true });\n```\n";
    expect(projectName(release(notes, "acme", "page-spy-web"), notes)).toBe("page-spy-web");
  });
});
