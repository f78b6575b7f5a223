// Classes a reader found in real notes: a lead-in that sums the release up ("At a glance:") picks highlights, and a
// highlight the breaking changes below say again is shown once.
import { describe, expect, it } from "vitest";
import { headingMeaning, readItem, saysMustAct } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";

/** Each entry as "kind|label|text" ("-" for no label). */
const entries = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("a lead-in that sums the release up", () => {
  it("makes the list under it highlights, in English, Chinese and Japanese", () => {
    for (const leadIn of ["Here's a glimpse of what's changed in this release:", "At a glance:", "TL;DR:", "In short:", "Summary of changes:", "本次更新亮点：", "主なハイライト："]) {
      const got = readNotesModel(`${leadIn}\n\n- The sidebar opens twice as fast\n- A new \`--watch\` flag reloads the config\n`).entries;
      expect(got.map((entry) => entry.kind), leadIn).toEqual(["highlight", "highlight"]);
      expect(got.map((entry) => headingMeaning(entry.label ?? "")), leadIn).toEqual(["highlight", "highlight"]);
    }
  });

  it("a highlight the breaking changes below say again is shown once, as the breaking change", () => {
    const highlights = Array.from({ length: 13 }, (_, at) => `- The \`widget${at}\` option now defaults to strict mode for every project`).join("\n");
    const notes = `Here's a glimpse of what's changed in this release:\n\n${highlights}\n\n## Breaking changes\n\n- The \`widget3\` option now defaults to strict mode\n`;
    const got = entries(notes);
    expect(got.filter((line) => line.includes("`widget3`"))).toEqual(["breaking|⚠️ Breaking changes|The `widget3` option now defaults to strict mode"]);
    expect(got.filter((line) => line.startsWith("highlight|"))).toHaveLength(12);
  });
});

describe("tags that say a change's kind", () => {
  it("a category tag at the end gives the kind and goes", () => {
    expect(entries("- 支持引述块 `引入特性`\n- 输入内容与渲染内容不一致 `修复缺陷`\n- 改进繁体中文用语 `改进功能`\n- Add dark mode [Feature]\n")).toEqual([
      "feature|新功能|支持引述块",
      "fix|修复|输入内容与渲染内容不一致",
      "feature|新功能|改进繁体中文用语",
      "feature|新功能|Add dark mode",
    ]);
    expect(readItem("Crash on start with an empty config (fix)")).toMatchObject({ kind: "fix", text: "Crash on start with an empty config" });
  });

  it("a word in code that is no tag stays", () => {
    expect(readItem("Add the `fix` command").text).toBe("Add the `fix` command");
    expect(readItem("feat: add the sidebar (docs)").kind).toBe("feature");
  });

  it("a type word before Chinese or Japanese text gives the kind and goes; before an English sentence it stays", () => {
    const cases: Array<[string, string, string]> = [
      ["Feature: 放宽 pydantic compat model dump 类型", "feature", "放宽 pydantic compat model dump 类型"],
      ["Fix: aiohttp 驱动未处理 WSMsgType.CLOSED 类型", "fix", "aiohttp 驱动未处理 WSMsgType.CLOSED 类型"],
      ["Remove: 移除旧的配置项", "removal", "移除旧的配置项"],
      ["Docs: 修复插件元数据链接错误", "docs", "修复插件元数据链接错误"],
      ["CI: 修改 `test_depend` cpython 版本范围", "internal", "修改 `test_depend` cpython 版本范围"],
      ["Dev: 修复 devcontainer corepack 安装 yarn 卡死", "internal", "修复 devcontainer corepack 安装 yarn 卡死"],
      ["Fix: 設定画面の表示崩れを修正", "fix", "設定画面の表示崩れを修正"],
    ];
    for (const [text, kind, rest] of cases) expect(readItem(text), text).toMatchObject({ kind, untyped: rest });
    // Under a label that names the kind the prefix goes; under a part's label ("Client") it goes too (nameW): the words
    // after it say the change in the notes' language ("…を修正"), and the same tag is stripped in every section alike.
    expect(entries("### 🚀 新功能\n\n- Feature: 放宽 pydantic compat model dump 类型\n\n### Client\n\n- Fix: 設定画面の表示崩れを修正\n")).toEqual([
      "feature|🚀 新功能|放宽 pydantic compat model dump 类型",
      "fix|Client|設定画面の表示崩れを修正",
    ]);
    expect(readItem("Fix: the crash when the cache is cold").untyped).toBeUndefined();
  });

  it("a prefix that repeats the section's kind goes", () => {
    expect(entries("### 开发者\n\n- 破坏性变更：一些内核 API 的破坏性变更\n\n### Breaking changes\n\n- Breaking change: Drop the `legacy` export\n\n### 修复\n\n- 修复：编辑器崩溃\n")).toEqual([
      "breaking|⚠️ 破坏性变更 (开发者)|一些内核 API 的破坏性变更",
      "breaking|⚠️ 破坏性变更|Drop the `legacy` export",
      "fix|修复|编辑器崩溃",
    ]);
  });
});

describe("bumps, the project's own tooling and what was taken away", () => {
  it("bot-style bumps read as dependency updates", () => {
    for (const text of ["Update codecov/codecov-action action to v1.0.15", "Update dependency foo to v2", "Update module golang.org/x/net to v0.30.0", "Update rust crate serde to 1.0.200", "chore(deps): update eslint to v9", "升级 mermaid.js 11.6.0 至 11.11.0"]) {
      expect(readItem(text).kind, text).toBe("dependencies");
    }
  });

  it("CI and dev-environment work reads as internal, in English, Chinese and Japanese", () => {
    for (const text of ["CI: fix the release job", "Dev: 修复 devcontainer corepack 安装 yarn 卡死", "GitHub Actions でデバッグバイナリを作る仕組みを追加する", "Add workflow to publish nightly builds", "[ADD] CI に型検証ジョブを追加する", "[FIX] `.github/workflows/npm-publish.yml` から `--no-git-checks` フラグを削除する"]) {
      expect(readItem(text).kind, text).toBe("internal");
    }
    expect(readItem("Add a workflow editor to the dashboard").kind).toBe("feature");
  });

  it("a thing taken away reads as a removal users must act on", () => {
    for (const text of ["`install` now has no `--spec` option", "The `legacy` exporter is no longer available"]) {
      expect(readItem(text).kind, text).toBe("removal");
      expect(saysMustAct(text), text).toBe(true);
    }
  });

  it("a name in code renamed, in Chinese and Japanese, is one users must follow; renaming as a feature is not", () => {
    for (const text of ["将配置文件中的`ShowModel`重命名为`TagsStyle`", "`fooBar` オプションを `bazQux` にリネームしました"]) {
      expect(saysMustAct(text), text).toBe(true);
    }
    expect(saysMustAct("支持在侧边栏中将文件重命名为新的名称")).toBe(false);
  });
});

describe("lines that are no content", () => {
  it("a plain-text version-range title is the release's title", () => {
    for (const title of ["CHANGES FROM 3.6b TO 3.7", "Changes since 1.2.0", "Changes in 3.7:"]) {
      expect(entries(`${title}\n\n* Add floating panes\n`), title).toEqual(["feature|-|Add floating panes"]);
    }
  });

  it("a line that only points elsewhere in the notes goes, with a name it carries", () => {
    for (const pointer of ["See security fixes below.", "Upgrade urgency SECURITY: See security fixes below.", "详见下文", "下記参照"]) {
      expect(entries(`${pointer}\n\n## Bug fixes\n\n- Fixed crashes in cluster mode\n`), pointer).toEqual(["fix|Bug fixes|Fixed crashes in cluster mode"]);
    }
  });
});
