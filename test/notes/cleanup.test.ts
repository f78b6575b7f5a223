import { describe, expect, it } from "vitest";
import { joinSentences } from "../../src/notes/cleanup.js";
import { readNotesModel } from "../../src/notes/model.js";
import { xRules } from "../../src/notes/networks.js";
import { shorten } from "../../src/notes/shorten.js";

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
      "clear session cookie at beginning of signinpage handler",
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
    expect(texts(notes)).toEqual(["Support globs in `include`", "Retry failed uploads.", "設定ファイルの読み込みを高速化しました"]);
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
