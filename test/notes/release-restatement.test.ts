// Misreadings of classes of real notes: lines that only restate the release (htop's "What's new in version 3.5.0",
// Nushell's "# Nushell 0.113.1", action-gh-release's "`2.6.0` is a minor release…"); breaking changes said in other
// words (a raised floor in Korean, Chinese, Japanese; "Removed support for Python 3.9" under "Deprecations and
// Removals"; shiguredo's "[CHANGE]"); a fix that only says something was incompatible; and a "Highlights" section
// whose items the lists below repeat in other words (ripgrep 15).
import { describe, expect, it } from "vitest";
import { headingMeaning, readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";
import { restatesRelease, withoutVersionSubject } from "../../src/notes/prose/prose.js";
import { single } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "3.5.0" };
/** Each entry as "kind|label|text". */
const entries = (markdown: string) => readNotesModel(markdown).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("a line that only restates the release is neither a label nor a second opener", () => {
  it("'What's new in version 3.5.0' over the list goes (htop)", () => {
    const notes = "What's new in version 3.5.0\n\n* Implement line editor for Search\n* Add digits editing for numeric options\n";
    expect(entries(notes)).toEqual(["feature|-|Implement line editor for Search", "feature|-|Add digits editing for numeric options"]);
    expect(single(notes, PROJECT)).not.toContain("What's new in version");
  });

  it("a '# Name 0.113.1' heading labels nothing; the prose and sections under it stay (Nushell)", () => {
    const notes = "# Nushell 0.113.1\n\nThis patch release fixes issues introduced in 0.113.0, including YAML string quoting.\n\n## Bug fixes\n\n- Fixed a regression in `commandline edit`.\n";
    expect(entries(notes)).toEqual([
      "highlight|-|This patch release fixes issues introduced in 0.113.0, including YAML string quoting.",
      "fix|Bug fixes|Fixed a regression in `commandline edit`.",
    ]);
  });

  it("names and versions alone restate the release; a line that says a change does not", () => {
    for (const line of ["What's new in version 3.5.0", "Nushell 0.113.1", "Foo 2.0.0", "🎉 Widget v2.0.0 release", "What’s New in Widget 3.5"]) expect(restatesRelease(line)).toBe(true);
    for (const line of ["Requires Node 18.0", "Release 2.0: faster builds", "Drop Python 3.9", "Highlights of the 3.5 API"]) expect(restatesRelease(line)).toBe(false);
  });

  it("a sentence whose subject is the version says what it says without it, or goes when it says nothing more", () => {
    expect(withoutVersionSubject("`2.6.0` is a minor release centered on `previous_tag` support.")).toBe("This is a minor release centered on `previous_tag` support.");
    expect(withoutVersionSubject("`3.2.0` focuses on Browser Mode.")).toBe("This release focuses on Browser Mode.");
    expect(withoutVersionSubject("Widget 3.2 is a patch release that fixes the parser.")).toBe("This is a patch release that fixes the parser.");
    // With the project's name it reads as a sentence about the project, as the notes wrote it.
    expect(withoutVersionSubject("Vitest 3.2 focuses on Browser Mode.")).toBe("Vitest 3.2 focuses on Browser Mode.");
    expect(withoutVersionSubject("v2.0.1 is a patch release.")).toBeNull();
    expect(withoutVersionSubject("Node 18.0 support is back.")).toBe("Node 18.0 support is back.");
  });

  it("the notes' opening sentence about the version is shown without restating it (action-gh-release)", () => {
    const notes = "## 2.6.0\n\n`2.6.0` is a minor release centered on `previous_tag` support for `generate_release_notes`.\n\n### Bug fixes\n\n* fix: recover concurrent asset metadata 404s\n";
    const shown = single(notes, PROJECT);
    expect(shown).toContain("This is a minor release centered on `previous_tag` support for `generate_release_notes`.");
    expect(shown).not.toContain("`2.6.0` is");
  });
});

describe("breaking changes said in other words or languages", () => {
  it("a heading's English gloss says its kind: '주요 변경 사항 (Highlights)' is no breaking section", () => {
    expect(headingMeaning("✨ 주요 변경 사항 (Highlights)")).toBe("highlight");
    expect(headingMeaning("💥 중대한 변경 사항 (Breaking Changes)")).toBe("breaking");
    // English before the brackets: the brackets add a detail, not a translation.
    expect(headingMeaning("Breaking Changes (Internal)")).toBe("breaking");
  });

  it("a raised minimum requirement, in Korean, Chinese, Japanese and English, reads as breaking", () => {
    for (const text of ["Java 21 필수: Java 21 이상의 환경이 필요합니다.", "最低要求 Node 18", "Python 3.10 以上が必須になりました", "Requires Node >= 18", "Removed support for end-of-life Python 3.9."]) {
      expect(readItem(text).kind, text).toBe("breaking");
    }
    // A compiler toolchain's floor (Rust, Go) meets only those who build from source.
    for (const text of ["Java 21 지원", "Minimum supported Rust version is now 1.80", "最低要求 Go 1.22", "Update Rust to 1.80"]) expect(readItem(text).kind, text).not.toBe("breaking");
  });

  it("a support dropped under 'Deprecations and Removals' breaks; one announced to go stays a deprecation (urllib3)", () => {
    const notes = "Deprecations and Removals\n------------------------\n\n- Removed support for end-of-life Python 3.9.\n- Deprecated support for Python 3.10.\n- Used `FutureWarning` instead of `DeprecationWarning`.\n";
    expect(entries(notes).map((entry) => entry.split("|")[0])).toEqual(["breaking", "deprecation", "deprecation"]);
  });

  it("[CHANGE] breaks whatever its words read as, and the tag goes (momo)", () => {
    expect(readItem("[CHANGE] test モードを p2p モードに名前変更")).toEqual({ kind: "breaking", breaking: false, text: "test モードを p2p モードに名前変更" });
    expect(readItem("[UPDATE] test の実行方法を改善").kind).toBe("internal");
    expect(readItem("[BREAKING] remove the `foo` option")).toMatchObject({ kind: "breaking", text: "remove the `foo` option" });
  });

  it("a 'Hall of fame' of contributors' pull requests is credits, 'Where to get it' install notes (Nushell)", () => {
    expect(headingMeaning("Hall of fame")).toBe("drop");
    expect(headingMeaning("Where to get it")).toBe("drop");
  });

  it("a bot account in code is no dependency update", () => {
    expect(readItem("The action can now sign commits as `github-actions[bot]` when using `GITHUB_TOKEN`").kind).not.toBe("dependencies");
    expect(readItem("Update README by dependabot[bot]").kind).toBe("dependencies");
  });
});

describe("a fix is not shown as breaking", () => {
  it("under a fix section, a line that only says something was incompatible is the bug it fixes (AstrBot)", () => {
    const notes = "### 修复\n\n- 延迟导入 BM25 依赖，使安装的 NumPy 与 CPU 不兼容时，AstrBot 仍可启动并使用 FTS5 检索。\n- 确保知识库排名融合结果稳定\n";
    expect(entries(notes)[0]).toMatch(/^fix\|修复\|延迟导入/u);
    expect(single(notes, PROJECT)).not.toContain("破坏性变更");
  });

  it("a break named as one stays breaking under any section", () => {
    expect(entries("### 修复\n\n- `timeout` 的默认值改为 30 秒，这是一个不兼容的变更\n")[0]).toMatch(/^breaking\|/u);
    expect(entries("### Changed\n\n- 与旧版本配置不兼容\n")[0]).toMatch(/^breaking\|/u);
  });
});

describe("a 'Highlights' section whose items the lists below repeat", () => {
  // ripgrep 15.0.0, shortened.
  const notes = `Highlights:

* A memory usage regression when handling very large gitignore files has been fixed.
* The \`-r/--replace\` flag now works with \`--json\`.

Feature enhancements:

* Make \`-r/--replace\` work with \`--json\`.
* Add \`italic\` to the list of available style attributes in \`--color\`.

Bug fixes:

* Fix memory usage regression for some truly large gitignore files.
* Preserve line terminators when using \`-r/--replace\` flag.
`;

  it("the listed repeat goes, the highlight and the other changes stay", () => {
    expect(entries(notes)).toEqual([
      "highlight|Highlights|A memory usage regression when handling very large gitignore files has been fixed.",
      "highlight|Highlights|The `-r/--replace` flag now works with `--json`.",
      "feature|Feature enhancements|Add `italic` to the list of available style attributes in `--color`.",
      "fix|Bug fixes|Preserve line terminators when using `-r/--replace` flag.",
    ]);
  });

  it("'+N more' counts each change once", () => {
    expect(single(notes, PROJECT)).not.toMatch(/\+[3-9] more/u);
  });
});

describe("a sentence that only says the list follows, or that a pre-release had it", () => {
  it("goes, in English, Chinese, Japanese and Korean, with a bracketed pointer after it", () => {
    const intros = [
      "Here are the changes since v2.6.6.",
      "Below is the full list of changes:",
      "No changes since 3.0.0-beta.2.",
      "v3.0.0-beta.37 から変更はありません。",
      "以下は v2.6.6 からの変更点です (詳しくは [移行ガイド](https://x.test/m) を参照してください)。",
      "以下是本次更新内容：",
      "다음은 변경 사항입니다.",
    ];
    for (const intro of intros) {
      const texts = readNotesModel(`${intro}\n\n## Features\n\n- Add foo\n`).entries.map((entry) => entry.text);
      expect(texts, intro).toEqual(["Add foo"]);
    }
  });
  it("a sentence that says a change stays ('Here is a new `--json` flag')", () => {
    const texts = readNotesModel("Here is a new `--json` flag for scripts.\n\n## Fixes\n\n- Fix foo\n").entries.map((entry) => entry.text);
    expect(texts).toContain("Here is a new `--json` flag for scripts.");
  });
});

describe("a change listed once per area it touched is said once", () => {
  const notes = [
    "### Bug Fixes",
    "- **modal:** fix the error of onBeforeOk not being passed on ([#3407](https://github.com/octo/widget/pull/3407))",
    "- **drawer:** fix the error of onBeforeOk not being passed on ([#3407](https://github.com/octo/widget/pull/3407))",
    "- **popconfirm:** fix the error of onBeforeOk not being passed on ([#3407](https://github.com/octo/widget/pull/3407))",
    "- **table:** fix the sticky header in dark mode ([#3398](https://github.com/octo/widget/pull/3398))",
  ].join("\n");

  it("its areas go together on the line of its first listing", () => {
    const text = single(notes, PROJECT);
    expect(text).toContain("• modal, drawer, popconfirm: fix the error of onBeforeOk not being passed on");
    expect(text.match(/onBeforeOk/gu)).toHaveLength(1);
    expect(text).toContain("table: fix the sticky header in dark mode");
  });

  it("changes that differ keep their own lines", () => {
    const text = single(notes.replace("drawer:** fix the error", "drawer:** fix the title"), PROJECT);
    expect(text).toContain("• modal, popconfirm: fix the error of onBeforeOk not being passed on");
    expect(text).toContain("• drawer: fix the title of onBeforeOk not being passed on");
  });
});

describe("a raised floor among a post's notable changes", () => {
  it("is a breaking change, not a highlight", () => {
    const notes = "Notable changes in this release:\n\n- Liquid tag `highlight` now allows marking lines.\n- Support for Ruby versions older than Ruby 2.7.0 has been dropped.\n";
    const dropped = entries(notes).find((entry) => entry.endsWith("|Support for Ruby versions older than Ruby 2.7.0 has been dropped."));
    expect(dropped).toMatch(/^breaking\|/u);
  });
});
