import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";
import { readItem } from "../../src/notes/kinds/kinds.js";

// A generated list of pull-request titles: the repository's own upkeep (tests, editor settings, linters, branch
// merges, workflow files, build folders, contributing guides) ranks below what users of the release meet.
describe("the repository's upkeep ranks below the news", () => {
  it("a Japanese list leads with the speed-up and the renamed command, not the housekeeping", () => {
    const notes = [
      "- Update release.yml",
      "- v2.0 を main ブランチにマージするためのPR",
      "- ESLintの導入",
      "- Visual Studio Code用のコンフィグの追加",
      "- Buildディレクトリの削除",
      "- CONTRIBUTING.mdの作成",
      "- Improve indexing speed",
      "- コマンド名をlt に省略する",
    ].join("\n");
    const post = single(notes, { repo: "lantern" });
    expect(post).toContain("Improve indexing speed");
    expect(post).toContain("コマンド名をlt に省略する");
    for (const chore of ["release.yml", "マージ", "ESLint", "Visual Studio Code", "Buildディレクトリ", "CONTRIBUTING"]) expect(post).not.toContain(chore);
  });

  it("an English list leads with its one feature, not the tests and the leftovers", () => {
    const notes = [
      "## What's Changed",
      "* Add regression test capturing need for `flush` call by @a in https://github.com/octo/lantern/pull/1",
      "* Remove unneeded locking things by @b in https://github.com/octo/lantern/pull/2",
      "* Remove stale_option from TestServerClient.kt by @c in https://github.com/octo/lantern/pull/3",
      "* try to fix mac tests with build before container start by @d in https://github.com/octo/lantern/pull/4",
      "* Add streaming retries to the client by @e in https://github.com/octo/lantern/pull/5",
    ].join("\n");
    const post = single(notes);
    expect(post.indexOf("Add streaming retries")).toBeGreaterThan(0);
    const firstItem = post.split("\n").find((line) => line.startsWith("• "));
    expect(firstItem).toBe("• Add streaming retries to the client");
  });

  it("reads each kind of upkeep as housekeeping, in the languages notes come in", () => {
    for (const line of [
      "Add regression test for the parser",
      "Fix flaky integration tests on Windows",
      "try to fix mac tests with build before container start",
      "Remove old_flag from ClientTest.java",
      "Add VS Code settings",
      "添加 vscode 配置",
      "Introduce ESLint",
      "引入 ESLint",
      "ESLint 도입",
      "Merge develop into main",
      "合并 dev 到 main 分支",
      "Update ci.yml",
      "Remove dist folder",
      "删除 build 目录",
      "CONTRIBUTING.md 추가",
      "テストの追加",
      "테스트 추가",
    ])
      expect(readItem(line).kind, line).toBe("internal");
  });

  it("keeps what users meet: test-runner features, commands, crashes", () => {
    expect(readItem("Add a test command to the CLI").kind).not.toBe("internal");
    expect(readItem("Add editor settings for tab width").kind).not.toBe("internal");
    expect(readItem("Fix crash in tests discovery").kind).not.toBe("internal");
    expect(readItem("Rename the CLI command to `lt`").kind).toBe("change");
    expect(readItem("命令名改为 lt").kind).toBe("change");
    expect(readItem("下载速度提升").kind).toBe("performance");
    expect(readItem("Improve downloading speed").kind).toBe("performance");
  });

  it("never files a listed feature or breaking change away as upkeep", () => {
    const linters = single("## Features\n- Add ruff support\n- Add biome support\n", { repo: "lantern", version: "2.0.0" });
    expect(linters).toContain("Add ruff support");
    expect(linters).toContain("Add biome support");
    expect(single("## Features\n- Add support for `moduleResolution: bundler` in tsconfig\n", { repo: "lantern" })).toContain("moduleResolution: bundler");
    // A removal under "Features" in a major release is what users of it must act on, never housekeeping.
    const removal = single("## Features\n- Add ruff support\n- Remove deprecated `baseUrl` handling from tsconfig.json\n", { repo: "lantern", version: "2.0.0" });
    expect(removal).toContain("baseUrl");
    const tests = single("## 新功能\n- 测试用例添加附件功能\n- 接口测试更新为支持 GraphQL 请求\n- 支持导出测试报告为 PDF\n\n## 修复\n- 修复登录页面崩溃\n", { repo: "lantern" });
    expect(tests).toContain("接口测试更新为支持 GraphQL 请求");
  });

  it("reads tests only as the whole line, and workflow files by their place or CI name", () => {
    for (const line of ["添加单元测试", "测试用例补充", "パーサーのテストを追加", "Update .github/workflows/docs.yml", "Fix `.gitlab-ci.yml`", "Update docker-publish.yml", "Tweak nightly-build.yaml"])
      expect(readItem(line).kind, line).toBe("internal");
    for (const line of ["接口测试更新为支持 GraphQL 请求", "Update docker-compose.yml", "Add ruff support"]) expect(readItem(line).kind, line).not.toBe("internal");
  });

  it("counts a list whose every change is upkeep", () => {
    expect(single("## Chores\n- Introduce ESLint\n- Add VS Code settings\n", { repo: "lantern" })).toContain("A maintenance release: 2 housekeeping changes.");
  });
});
