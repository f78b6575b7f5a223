import { describe, expect, it } from "vitest";
import { joinSentences } from "../../src/notes/text/cleanup.js";
import { readNotesModel } from "../../src/notes/model.js";
import { xRules } from "../../src/notes/networks.js";
import { shorten } from "../../src/notes/text/shorten.js";

/** Each entry's text, as a post would show it. */
const texts = (markdown: string) => readNotesModel(markdown).entries.map((entry) => entry.text);

describe("cleaning: credit formats", () => {
  it("Symfony's 'bug #N [Component] text (author)' keeps the components as a scope and the type as the kind", () => {
    const notes = [
      " * bug #57803 [FrameworkBundle] move adding detailed JSON error messages to the validate phase (xabbuh)",
      " * bug #57815 [Console][PhpUnitBridge][VarDumper] Remove PHP 8.4 deprecations (alexandre-daubois)",
      " * feature #57001 Allow a callable as the handler (Maximilian Zumbansen)",
      " * minor #57002 [Form] Fix CS (fabpot)",
    ].join("\n");
    expect(readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.text}`)).toEqual([
      "fix|FrameworkBundle: move adding detailed JSON error messages to the validate phase",
      "fix|Console/PhpUnitBridge/VarDumper: Remove PHP 8.4 deprecations",
      "feature|Allow a callable as the handler",
      "internal|Form: Fix CS",
    ]);
  });

  it("'Bug #12 …' without an author at the end is no typed entry", () => {
    expect(texts("- Bug #12 crashes the parser on empty input")).toEqual(["Bug #12 crashes the parser on empty input"]);
  });

  it("a trailing '(name)' stays where no typed-entry prefix says it credits someone", () => {
    expect(texts("- Add a `strict` mode (experimental)")).toEqual(["Add a `strict` mode (experimental)"]);
  });

  it("a slash list of handles in brackets goes: '(@a / @b / @c)'", () => {
    expect(texts("- fix: clear session cookie at beginning of signinpage handler (@fnoehWM / @bella-WI / @tuunit)")).toEqual([
      "Clear session cookie at beginning of signinpage handler",
    ]);
  });

  it("a handle as the subject of a change goes; a package scope or a code word in its place stays", () => {
    const notes = [
      "- @kareemZarka 新增LFS支持。https://github.com/o/r/pull/180",
      "- @someone added a retry option",
      "- @scope/package now ships ESM",
      "- @deprecated 标签现在会显示在提示中",
    ].join("\n");
    expect(texts(notes)).toEqual(["新增LFS支持。", "Added a retry option", "@scope/package now ships ESM", "@deprecated 标签现在会显示在提示中"]);
  });

  it("people as the subject of a sentence go when a handle says they are people; the change stays", () => {
    const notes = [
      "## Better errors",
      "",
      "Publishing used to show the API's errors as they came. [Ameen Radwan](https://example.com/a) and @vyacheslavhere have added custom errors for these two scenarios.",
      "",
      "## Features",
      "",
      "- @a, @b and Jane Doe fixed the parser crash on empty input",
      "- Jane Doe added a retry option",
    ].join("\n");
    const all = texts(notes).join("\n");
    expect(all).toContain("Added custom errors for these two scenarios.");
    expect(all).not.toContain("vyacheslavhere");
    expect(all).toContain("Fixed the parser crash on empty input");
    // A sentence whose subject is a linked docs page only points at it: with the link gone, it goes.
    const pointer = texts("Deprecated:\n\n* The `cert` argument is now deprecated.\n\nOur revised [SSL documentation](docs/ssl.md) covers how to implement the same behaviour with a more constrained API.\n").join("\n");
    expect(pointer).not.toContain("SSL documentation covers");
    // Without a handle, a capitalised subject may be the project's or a component's name: it stays.
    expect(texts("## Publish checks\n\nFolks left out a README, which is the home page of the\ndocumentation. - The build tool will now refuse to publish such a package.\n").join("\n")).not.toMatch(/\. - The/u);
    expect(all).toContain("Jane Doe added a retry option");
  });
});

describe("cleaning: credits outside GitHub's formats", () => {
  it("a bracket of references and their authors goes: '(#2575 @user)', '(#2382 @a, #2390)', '（any-listen#82）'", () => {
    const notes = [
      "- 修复TX源搜索失败 (#2575 @Folltoshe)",
      "- Retry failed uploads (#2382 @alice, #2390)",
      "- 字体设置可以最多设置两种字体（[any-listen#82](https://github.com/any-listen/any-listen/issues/82)）",
      "- Add C#12 support (C#12)",
    ].join("\n");
    expect(texts(notes)).toEqual(["修复TX源搜索失败", "Retry failed uploads", "字体设置可以最多设置两种字体", "Add C#12 support (C#12)"]);
  });

  it("handles that end a change credit its author; a handle the change is about stays", () => {
    const notes = [
      "- Disable Check if Repo is in Detached State ([#379](https://github.com/o/r/pull/379)) [@stefanzweifel](https://github.com/stefanzweifel)",
      "- Fix the login flow @alice, @bob",
      "- Move the packages to @acme",
      "- Mention support for @here",
      "- Support @deprecated",
    ].join("\n");
    expect(texts(notes)).toEqual([
      "Disable Check if Repo is in Detached State",
      "Fix the login flow",
      "Move the packages to @acme",
      "Mention support for @here",
      "Support @deprecated",
    ]);
  });
});

describe("cleaning: runs of handles that credit, wherever the line ended", () => {
  it("a run of handles ending a line inside an item goes, and the next line starts anew", () => {
    const notes = [
      "- 启用 ONNX Runtime 进行 OCR，并不再区分 NoAVX 版本 @MistEO @horror-proton @hguandl @aa889788  ",
      "  终于踢了 PPOCR，但目前识别准确率有轻微下降",
      "- Add a retry flag @alice @bob-2",
      "  Second line of the item.",
      "- 設定を追加しました @foo-bar",
      "  次のバージョンで既定になります",
    ].join("\n");
    expect(texts(notes)).toEqual([
      "启用 ONNX Runtime 进行 OCR，并不再区分 NoAVX 版本，终于踢了 PPOCR，但目前识别准确率有轻微下降",
      "Add a retry flag. Second line of the item.",
      "設定を追加しました、次のバージョンで既定になります",
    ]);
  });

  it("a handle the sentence means stays: an object, a scope, an annotation, a decorator, a word with a particle", () => {
    const notes = [
      "- Mention @foo in the config to get pinged",
      "- Add @scope/pkg support",
      "- Support @Nullable Kotlin types",
      "- 支持 @customElement 装饰器",
      "- 修复 @babel 中的问题",
    ].join("\n");
    expect(texts(notes)).toEqual([
      "Mention @foo in the config to get pinged",
      "Add @scope/pkg support",
      "Support @Nullable Kotlin types",
      "支持 @customElement 装饰器",
      "修复 @babel 中的问题",
    ]);
  });

  it("a sentence that ends in handles keeps its full stop: 'Add X @alice. Also Y.'", () => {
    expect(texts("- Add support for X @alice. Also improves Y.")).toEqual(["Add support for X. Also improves Y."]);
    expect(texts("- 修复崩溃 @alice。修复另一个问题")).toEqual(["修复崩溃。修复另一个问题"]);
  });

  it("a name with its deed, honorific or thanks after it ends the change: '@x 贡献', '@x さん', '@x 님', '@x, thanks!'", () => {
    expect(texts("- 修复了侧边栏的渲染问题 @x 贡献")).toEqual(["修复了侧边栏的渲染问题"]);
    expect(texts("- サイドバーの描画を修正 @x さん")).toEqual(["サイドバーの描画を修正"]);
    expect(texts("- 사이드바 렌더링 수정 @x 님")).toEqual(["사이드바 렌더링 수정"]);
    expect(texts("- Fix the crash on start @alice, thanks!")).toEqual(["Fix the crash on start"]);
  });
});

describe("cleaning: a GitHub page's title as a link's words", () => {
  it("keeps the title and drops its author, number and repository: '… by user · Pull Request #N · owner/repo'", () => {
    const notes = [
      "- [Normative: Add `export * as ns` to Export production by spectranaut · Pull Request #1174 · tc39/ecma262](https://github.com/tc39/ecma262/pull/1174)",
      "- サマリ: [ECMAScript 2020の対応 · Issue #1145 · asciidwango/js-primer](https://github.com/asciidwango/js-primer/issues/1145)",
      "- Sizes · colours · fonts in one place",
    ].join("\n");
    expect(texts(notes)).toEqual(["Normative: Add `export * as ns` to Export production", "サマリ: ECMAScript 2020の対応", "Sizes · colours · fonts in one place"]);
  });
});

describe("cleaning: links that only pointed at a page", () => {
  it("a pointer sign and its link at the end go: '👉 [文档](…)', '📖 [Docs](…)', '→ [Read more](…)'", () => {
    const notes = [
      "- 新增：命令行指令 `--reload`，用于重新加载配置文件。 👉 [文档](https://example.com/cli)",
      "- Add a `--watch` flag. 📖 [Docs](https://example.com/docs)",
      "- Retry failed uploads → [Read more](https://example.com/docs)",
      "- 👉 [Migration guide](https://example.com/guide)",
    ].join("\n");
    expect(texts(notes)).toEqual(["新增：命令行指令 `--reload`，用于重新加载配置文件。", "Add a `--watch` flag.", "Retry failed uploads"]);
  });

  it("a link of pointer words alone goes; a link that is the change's object keeps its words", () => {
    const notes = [
      "- 新增导出功能 [详情](https://example.com/export)",
      "- Add a `--watch` flag. [Docs](https://example.com/docs)",
      "- Update [docs](https://example.com/docs)",
      "- Added a migration [guide](https://example.com/guide)",
    ].join("\n");
    expect(texts(notes)).toEqual(["新增导出功能", "Add a `--watch` flag.", "Update docs", "Added a migration guide"]);
  });

  it("an arrow before pointer words is a pointer without its link; an arrow in a menu path is not", () => {
    const notes = [
      "- 新增导出功能。 👉 文档",
      "- 新增「设置 → 其他设置」选项",
      "- Retry failed uploads. → Read more",
      "- Rename `Select.BLANK` → [`Select.NULL`](https://example.com/api)",
    ].join("\n");
    expect(texts(notes)).toEqual(["新增导出功能。", "新增「设置 → 其他设置」选项", "Retry failed uploads.", "Rename `Select.BLANK` → `Select.NULL`"]);
  });

  it("a section whose icon is a book keeps its heading: '### 📖 Documentation'", () => {
    const notes = "### 🚀 Enhancements\n\n- Add a provider\n\n### 📖 Documentation\n\n- Add a provider page";
    expect(readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.text}`)).toEqual(["feature|Add a provider", "docs|Add a provider page"]);
  });
});

describe("cleaning: release metadata", () => {
  it("lines of the branch, commit, checksum or tag the release was made from go, in any language", () => {
    const notes = [
      "分支名：`main`",
      "",
      "Branch: release/2.x",
      "",
      "Commit: `3f2a9bc1e0d4`",
      "",
      "SHA256: 3f2a9bc1e0d4a7b2c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6 widget-2.0.0.tar.gz",
      "",
      "🔖 Tag: v2.0.0 · Commit: abc1234",
      "",
      "- Faster start",
    ].join("\n");
    expect(texts(notes)).toEqual(["Faster start"]);
  });

  it("a sentence that mentions a branch or a commit says more and stays", () => {
    const notes = "- Branch: support nested branches\n- Commit: sign commits with SSH keys";
    expect(texts(notes)).toEqual(["Branch: support nested branches", "Commit: sign commits with SSH keys"]);
  });
});

describe("cleaning: lead-ins of references", () => {
  it("'，关闭 [#12](…)' goes whole, also with several references", () => {
    const notes = [
      "- `n-form` 的 `validate` 方法支持按 path 过滤表项，关闭 [#7475](https://github.com/o/r/issues/7475)",
      "- `n-tabs` 新增 `show-scroll-button` 属性，关闭 [#5846](https://github.com/o/r/issues/5846)、[#2128](https://github.com/o/r/issues/2128)",
      "- 修复 `n-select` 的滚动问题，详见 #88",
    ].join("\n");
    expect(texts(notes)).toEqual([
      "`n-form` 的 `validate` 方法支持按 path 过滤表项",
      "`n-tabs` 新增 `show-scroll-button` 属性",
      "修复 `n-select` 的滚动问题",
    ]);
  });

  it("English and Japanese kin go too: 'closes [#12](…)', 'see #12', '#12 を参照'", () => {
    const notes = [
      "- Support globs in `include`, closes [#12](https://github.com/o/r/issues/12)",
      "- Retry failed uploads; see [#13](https://github.com/o/r/issues/13).",
      "- 設定ファイルの読み込みを高速化しました（[#14](https://github.com/o/r/issues/14) を参照）",
    ].join("\n");
    // The clause "; see #13." goes with its stop (reference-verbs.ts): the item ends where its change does.
    expect(texts(notes)).toEqual(["Support globs in `include`", "Retry failed uploads", "設定ファイルの読み込みを高速化しました"]);
  });

  it("a clause that only pointed at the reference goes whole: 'Add X that closes #12'", () => {
    const notes = "- Add a `--dry-run` flag that closes #12\n- Retry failed uploads, which fixes [#13](https://github.com/o/r/issues/13)";
    expect(texts(notes)).toEqual(["Add a `--dry-run` flag", "Retry failed uploads"]);
  });

  it("a Chinese verb in the middle of a phrase keeps its place: '表格问题修复 [#12](…)'", () => {
    expect(texts("- 表格滚动问题修复 [#12](https://github.com/o/r/issues/12)")).toEqual(["表格滚动问题修复"]);
  });

  it("a sentence that only says where the list of changes is goes with its link", () => {
    const notes = "Vitest 3.2 adds annotations. The complete list of changes is at the [Vitest 3.2 Changelog](https://github.com/o/r/releases/tag/v3.2.0).";
    expect(texts(notes)).toEqual(["Vitest 3.2 adds annotations."]);
  });

  it("a sentence that only says where the issues are tracked goes, and a date left alone with it", () => {
    const notes = "Released on 2025-12-20. All issues associated with this milestone can be found using this [filter](https://github.com/o/r/milestone/1?closed=1).\n\n- Add `foo`.";
    expect(texts(notes)).toEqual(["Add `foo`."]);
    // Where a change says what is found, and how, it is a change.
    expect(texts("- Issues can be found faster with the new search box.")).toEqual(["Issues can be found faster with the new search box."]);
  });

  it("a CJK sentence that ends by pointing at a page goes, its change stays", () => {
    const notes = [
      "- `Foo` を追加しました。[移行ガイド](https://x.test/m) を併せて参照してください。",
      "- 修复 `Bar`。详细说明请参阅[文档](https://x.test)。",
      "- 설정 화면 추가. 자세한 내용은 [문서](https://x.test)를 참고하세요.",
    ].join("\n");
    expect(texts(notes)).toEqual(["`Foo` を追加しました。", "修复 `Bar`。", "설정 화면 추가."]);
    // A change whose last clause points keeps the change (tdesign's "…移除 X 图标，具体请查看图标页面").
    expect(texts("- 移除 `money-circle` 图标，具体请查看图标页面")).toEqual(["移除 `money-circle` 图标"]);
  });
});

describe("cleaning: CJK sentences joined again", () => {
  it("no space after full-width punctuation before CJK text; a space before Latin text and after '.'", () => {
    expect(joinSentences(["构建。", "从底层来看"])).toBe("构建。从底层来看");
    expect(joinSentences(["廃止しました。", "なぜかって？", "キャッシュ"])).toBe("廃止しました。なぜかって？キャッシュ");
    expect(joinSentences(["完成。", "Vite 7 is supported."])).toBe("完成。 Vite 7 is supported.");
    expect(joinSentences(["Done.", "Next."])).toBe("Done. Next.");
  });

  it("a change with a dropped credit sentence reads as the notes wrote it", () => {
    expect(texts("- 全面改用 vue-jsx-vapor 构建。从底层来看，组件更快了。由 @someone 贡献")).toEqual(["全面改用 vue-jsx-vapor 构建。从底层来看，组件更快了。"]);
  });

  it("a line break after full-width punctuation joins the lines without a space", () => {
    expect(texts("- 新增 `options` 属性，\n  支持按 path 过滤表项。\n  从底层来看更快。")).toEqual(["新增 `options` 属性，支持按 path 过滤表项。从底层来看更快。"]);
  });

  it("a shortened change keeps its leading sentences without a space between them", () => {
    const text = "内部クローニングを廃止しました。なぜかって？キャッシュ利用を最適化して、ワークフローをもっと速く、もっと簡単にするためです。これは長い説明の続きです。";
    expect(shorten(text, 50, xRules(), "ja")).toBe("内部クローニングを廃止しました。なぜかって？");
  });
});

describe("cleaning: credits in other wordings leave nothing behind", () => {
  const link = (words: string, path: string) => `[${words}](https://github.com/${path})`;
  const leftover = /(?:[([（]\s*[)\]）]|\b(?:by|in|from|via|thanks|and)\s*[)）]?$|,\s*[(（])/u;
  const clean = (line: string): string => {
    const [text] = texts(`- ${line}`);
    expect(text ?? "").not.toMatch(leftover);
    return text ?? "";
  };

  it("a bracket that only credits, whatever its words: '(With fixes in by @x)', '(reported by @a, fixed by @b)'", () => {
    expect(clean(`Fix parser crash (With fixes in by ${link("@someone", "someone")})`)).toBe("Fix parser crash");
    expect(clean("Fix the cache leak (reported by @bob, fixed by @alice)")).toBe("Fix the cache leak");
    expect(clean(`Fix the cache leak (with help from ${link("@bob", "bob")})`)).toBe("Fix the cache leak");
    expect(clean("Add a feature (contributed by @a in #12)")).toBe("Add a feature");
    expect(clean("Fix a typo (h/t @a)")).toBe("Fix a typo");
  });

  it("'(thanks @x and @y)' and thanks to people named without handles go", () => {
    expect(clean(`Add a retry option (thanks ${link("@x", "x")} and ${link("@y", "y")})`)).toBe("Add a retry option");
    expect(clean("Add a retry option (thanks to John Smith)")).toBe("Add a retry option");
    expect(clean("Add a retry option - thanks Jane Doe and John Smith!")).toBe("Add a retry option");
  });

  it("'— contributed by Name' and ', reported by Name, fixed by @b' at the end go; 'Sort by Name' stays", () => {
    expect(clean(`Handle unicode file names — contributed by ${link("Jane Doe", "jd")}`)).toBe("Handle unicode file names");
    expect(clean("Stop leaking handles, reported by Jane Doe, fixed by @bob")).toBe("Stop leaking handles");
    expect(clean(`Stop leaking handles, reported by ${link("@bob", "bob")}`)).toBe("Stop leaking handles");
    expect(clean("Fix crash (reported by Jane Doe)")).toBe("Fix crash");
    expect(texts("- Sort by Name")).toEqual(["Sort by Name"]);
    expect(texts("- Fix crash when the job is done by Default")).toEqual(["Fix crash when the job is done by Default"]);
  });

  it("words that pointed at dropped references go with them: '(completed in [#1](…))', '… via [#1](…)'", () => {
    expect(clean(`Support custom resolvers, (completed in ${link("#123", "a/b/pull/123")})`)).toBe("Support custom resolvers");
    expect(clean(`Speed up cold start via ${link("#123", "a/b/pull/123")}`)).toBe("Speed up cold start");
    expect(clean("Fix crash (reported in #12)")).toBe("Fix crash");
  });

  it("'(fixes #12, #13)' with links or without goes", () => {
    expect(clean(`Avoid double render (fixes ${link("#12", "a/b/issues/12")}, ${link("#13", "a/b/issues/13")})`)).toBe("Avoid double render");
    expect(clean("Avoid double render (fixes #12, #13)")).toBe("Avoid double render");
  });

  it("no stray comma before a bracket that stays: 'X, (completed in v2.0.0)'", () => {
    expect(clean("Finish the migration, (completed in v2.0.0)")).toBe("Finish the migration (completed in v2.0.0)");
  });

  it("Chinese credits: '感谢 @x 和 @y 的贡献', '(由 @x、@y 提交)'", () => {
    expect(clean("修复了侧边栏的渲染问题，感谢 @x 和 @y 的贡献")).toBe("修复了侧边栏的渲染问题");
    expect(clean(`修复了侧边栏的渲染问题 (由 ${link("@x", "x")} 贡献)`)).toBe("修复了侧边栏的渲染问题");
    expect(clean("修复了侧边栏的渲染问题 (由 @x、@y 提交)")).toBe("修复了侧边栏的渲染问题");
  });

  it("Japanese and Korean thanks after the name: '(@x さんありがとうございます)', '@x 님 감사합니다'", () => {
    expect(clean(`サイドバーの描画を修正 (${link("@x", "x")} さんありがとうございます)`)).toBe("サイドバーの描画を修正");
    expect(clean("サイドバーの描画を修正しました。@x さん、ありがとうございました！")).toBe("サイドバーの描画を修正しました。");
    expect(clean("사이드바 렌더링 수정 @x 님 감사합니다")).toBe("사이드바 렌더링 수정");
  });

  it("any deed 'done by' someone, a pointer 'as reported in #12', and thanks with their intensifier go whole", () => {
    expect(clean("Fix crash (original patch by @x, reworked by @y)")).toBe("Fix crash");
    expect(clean("Fix crash (co-authored by @x)")).toBe("Fix crash");
    expect(clean("Fix crash (as reported in #12)")).toBe("Fix crash");
    expect(clean(`Fix crash. Many thanks to ${link("@x", "x")} and ${link("@y", "y")} for the report!`)).toBe("Fix crash.");
    expect(clean("修复崩溃（感谢 @x 的反馈）")).toBe("修复崩溃");
    expect(texts("- Log in with SSO (fixed in 2.0)")).toEqual(["Log in with SSO (fixed in 2.0)"]);
  });

  it("a bracket about a package scope or a language version stays: '(for @types/node users)', '(C#12)'", () => {
    expect(texts("- Add a `--fix` flag (for @types/node users)")).toEqual(["Add a `--fix` flag (for @types/node users)"]);
  });
});

describe("cleaning: credit sentences and plain-text credits", () => {
  it("a Sphinx-style credit sentence at an item's end goes whole; the change stays", () => {
    expect(
      texts(
        [
          "- `Registry.create_parser` no longer has an app parameter, instead taking config and env. Patch by Adam Turner.",
          "- Fix the search index. Patch by Will Lachance and Bénédikt Tran.",
          "- Support Docutils 0.22. Patch by Adam Turner, Bénédikt Tran and Chris Sewell.",
          "- Add a `fail_fast` option. Original patch by Till Hoffmann.",
          "- Permit warnings on redirects. Contributed by Jean-François B.",
          "- Fix a crash on empty input. Thanks to Jane Doe for the report.",
        ].join("\n"),
      ),
    ).toEqual([
      "`Registry.create_parser` no longer has an app parameter, instead taking config and env.",
      "Fix the search index.",
      "Support Docutils 0.22.",
      "Add a `fail_fast` option.",
      "Permit warnings on redirects.",
      "Fix a crash on empty input.",
    ]);
  });

  it("tmux-style credits in brackets go: names, plain issue numbers and spelled-out addresses", () => {
    expect(
      texts(
        [
          "* Allow arguments to be expanded as #{1}, #{2} and so on (from Rasmus Thystrup Karstensen in issue 5121).",
          "* Add -g to kill-session to kill all sessions in a group (issue 5157 from github at jiku dot jp).",
          "* Add a five second limit on pasting (reported by Garri Djavadyan in issue 4527).",
          "* Fix key code for M-BSpace (GitHub issue 4717).",
          "* Make OSC 52 work in popups (from someone at example dot com).",
          "* Increase escape delay (from jing dot empty at gmail.com issue 5088).",
          "* Add seconds options (from augustus7613 dot mail at pm dot me, issue 4697; later improved by Joao Pedro in issue 4760).",
        ].join("\n"),
      ),
    ).toEqual([
      "Allow arguments to be expanded as #{1}, #{2} and so on.",
      "Add -g to kill-session to kill all sessions in a group.",
      "Add a five second limit on pasting.",
      "Fix key code for M-BSpace.",
      "Make OSC 52 work in popups.",
      "Increase escape delay.",
      "Add seconds options.",
    ]);
  });

  it("a spelled-out address never reaches a post, with the credit it ends; a credit sentence with an issue goes", () => {
    expect(
      texts(
        [
          "* Limit precision to 100 for formats, reported by z1281552865 at gmail dot com. Also various other similar changes.",
          "* Add line numbers in copy mode. From Leo Henon in issue 5025.",
        ].join("\n"),
      ),
    ).toEqual(["Limit precision to 100 for formats. Also various other similar changes.", "Add line numbers in copy mode."]);
  });

  it("a trailing 'reported by Name' credit goes without a comma before it; 'sort by Name' stays", () => {
    expect(texts("* Fix memory leaks in the parser reported by Huihui Huang (issue 4872).\n* Sort the list by Name")).toEqual([
      "Fix memory leaks in the parser",
      "Sort the list by Name",
    ]);
  });

  it("a bracket that says more than who and where stays", () => {
    expect(texts("* Add a help text for each mode (based on the emacs one)")).toEqual(["Add a help text for each mode (based on the emacs one)"]);
  });
});

describe("cleaning: orphan link words", () => {
  it("a generic link word before trailing references, or after a finished sentence, goes", () => {
    expect(
      texts(
        [
          "- `-Zmin-publish-age`: New feature for the minimum publish age used in resolution. [docs](https://doc.rust-lang.org/a) [#17012](https://github.com/rust-lang/cargo/pull/17012)",
          "- `-Zhint-msrv`: New flag for MSRV-aware diagnostics [docs](https://doc.rust-lang.org/b) [#17106](https://github.com/rust-lang/cargo/pull/17106)",
          "- Add a streaming parser. [Blog post](https://example.com/post)",
          "- Add a cache. [Announcement](https://example.com/a)",
        ].join("\n"),
      ),
    ).toEqual([
      "`-Zmin-publish-age`: New feature for the minimum publish age used in resolution.",
      "`-Zhint-msrv`: New flag for MSRV-aware diagnostics",
      "Add a streaming parser.",
      "Add a cache.",
    ]);
  });

  it("a generic link word that is the change's object stays, and so does a link that names its thing", () => {
    expect(
      texts(
        [
          "- Improve [docs](https://example.com/d) [#12](https://github.com/a/b/pull/12)",
          "- Parse input with [the `serde` crate](https://serde.rs) [#13](https://github.com/a/b/pull/13)",
        ].join("\n"),
      ),
    ).toEqual(["Improve docs", "Parse input with the `serde` crate"]);
  });
});

describe("cleaning: what removed links leave", () => {
  it("a sentence whose objects were only links goes whole, with its full stop", () => {
    const notes = [
      "- Fixed a hang when requests were intercepted by a route with a handler. Fixes [#1](https://github.com/o/r/issues/1) and addresses [#2](https://github.com/o/r/issues/2).",
      "- Added a variable that disables reporting for the CLI. Addressed in [#3](https://github.com/o/r/pull/3).",
      "- Fixed the line printed twice when both hooks failed. See also [#4](https://github.com/o/r/issues/4).",
      "- Fixes [#5](https://github.com/o/r/issues/5) and improves the cache.",
    ].join("\n");
    expect(texts(notes)).toEqual([
      "Fixed a hang when requests were intercepted by a route with a handler.",
      "Added a variable that disables reporting for the CLI.",
      "Fixed the line printed twice when both hooks failed.",
      "Fixes and improves the cache.",
    ]);
  });

  it("a fix's lead-in whose reference went: the change whole where it says how things are now, else the verb governs", () => {
    const notes = [
      "- [#10](https://github.com/o/r/pull/10) [`f8a303d`](https://github.com/o/r/commit/f8a303d) Thanks [@a](https://github.com/a)! - Fixed [#9](https://github.com/o/r/issues/9): the `json` reporter now escapes backslashes.",
      "- Fixed [#8](https://github.com/o/r/issues/8): [useErrorCause](https://example.com/rules/use-error-cause/) now detects a shorthand property.",
      "- Fixes #7: crash when the config is empty.",
      "- Closes [#6](https://github.com/o/r/issues/6): the parser is slow on long files.",
      "- Fixed [#5](https://github.com/o/r/issues/5): Windows paths with spaces.",
    ].join("\n");
    expect(texts(notes)).toEqual([
      "The `json` reporter now escapes backslashes.",
      "`useErrorCause` now detects a shorthand property.",
      "Fixes crash when the config is empty.",
      "Closes: the parser is slow on long files.",
      "Fixed: Windows paths with spaces.",
    ]);
  });

  it("a link whose words are one name from code keeps code marks; a product's name or words do not get them", () => {
    const notes = "- Use [cy.task()](/api/task) or [use_flat_map](/r/x) instead of [noConsoleLog](/r/y), as [JavaScript](/js) and [the guide](/g) say.";
    expect(texts(notes)).toEqual(["Use `cy.task()` or `use_flat_map` instead of `noConsoleLog`, as JavaScript and the guide say."]);
  });
});
