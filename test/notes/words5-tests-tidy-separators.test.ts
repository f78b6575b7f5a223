import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { headingMeaning, readItem } from "../../src/notes/kinds/kinds.js";

const kind = (text: string): string | null => readItem(text).kind;

describe("work on the project's own tests and repository is housekeeping", () => {
  it("fixes to tests, in tests or of flaky tests are internal; a test library's features and bare fixes stay", () => {
    expect(kind("Fix flake in aws lambda tests")).toBe("internal");
    expect(kind("Fix tests on Debian")).toBe("internal");
    expect(kind("Be less strict for gradient rasterization in tests")).toBe("internal");
    expect(kind("Skip flaky test for the parser")).toBe("internal");
    expect(kind("修复单元测试")).toBe("internal");
    expect(kind("Fix crash when running tests")).toBe("fix");
    expect(kind("Fix `x` on Windows")).toBe("fix");
  });

  it("repository tidying and commit hooks are internal", () => {
    expect(kind("移除无用文件")).toBe("internal");
    expect(kind("删除冗余代码")).toBe("internal");
    expect(kind("Remove unused files")).toBe("internal");
    expect(kind("修复husky问题")).toBe("internal");
    expect(kind("Remove the `--foo` option")).toBe("removal");
  });

  it("work on the code that names nothing is filler", () => {
    for (const text of ["优化代码", "代码优化", "Code cleanup", "Refactor code", "コードの整理"]) expect(kind(text), text).toBe("internal");
    expect(kind("优化表格渲染性能")).not.toBe("internal");
  });

  it("dependencies said to have been updated are a dependency update", () => {
    expect(kind("The dependencies have been updated.")).toBe("dependencies");
  });

  it("a contributor-facing section is housekeeping, not a list of contributors", () => {
    expect(headingMeaning("Contributor-facing changes")).toBe("internal");
    expect(headingMeaning("Contributors")).toBe("drop");
  });
});

describe("what breaks and what is removed", () => {
  it("a revert of a commit breaks nothing, whatever the commit was", () => {
    expect(readItem('Revert "chore!: minimum node version v20"')).toMatchObject({ kind: "internal", breaking: false });
    expect(readItem("Drop support for Node 18").kind).toBe("breaking");
  });

  it("a passive removal with a long list of options is a removal", () => {
    expect(kind("`upgrade-all` options `--include-deps`, `--system-site-packages`, `--index-url`, `--editable`, and `--pip-args` were removed. Pipx now uses the original options.")).toBe(
      "removal",
    );
  });
});

describe("what is left at an item's edges once references go", () => {
  it("a list marker or separator left at the start goes", () => {
    expect(cleanText("https://github.com/o/r/pull/621 - `[].splice()`")).toBe("`[].splice()`");
    expect(cleanText("- Update Ark UI to v5.37.2")).toBe("Update Ark UI to v5.37.2");
    expect(cleanText("* Fix the parser")).toBe("Fix the parser");
    expect(cleanText("-1 is now a valid offset")).toBe("-1 is now a valid offset");
  });

  it("Japanese thanks and an issue tracker's address at the end go", () => {
    expect(cleanText("ログ出力が改善されました。 shirayu 氏に感謝します。")).toBe("ログ出力が改善されました。");
    expect(cleanText("mps デバイスのサポートが改善されました。 akx 氏に感謝します。CUDA ではなく mps を使用します。")).toBe(
      "mps デバイスのサポートが改善されました。 CUDA ではなく mps を使用します。",
    );
    expect(cleanText("쿼티 자판을 사용하지 않는 경우의 문제 수정 http://code.google.com/p/nabi/issues/detail?id=3")).toBe("쿼티 자판을 사용하지 않는 경우의 문제 수정");
    expect(cleanText("Works with https://example.com/docs")).toContain("example.com");
  });

  it("a note on how the release was cut is no change", () => {
    expect(cleanText("(Note: Version 5.2.0 was skipped due to issues with the automated CI release process.)")).toBe("");
    expect(cleanText("Version 1.4.1 was never published.")).toBe("");
    expect(cleanText("(Note: the `release` command now signs tags.)")).not.toBe("");
  });
});

describe("the objective check for a second list marker", () => {
  it("reports a bullet followed by a list marker or separator, not a number or code", async () => {
    const { CHECKS } = await import("../support/post-checks.js");
    const check = CHECKS["markdown-leftover"]!;
    const found = (post: string): string[] => check({ posts: [post] } as unknown as Parameters<typeof check>[0]).map((defect) => defect.detail);
    expect(found("• - [New] FloatingPanel: Add a panel")).toEqual(["a second list marker after the bullet (• -)"]);
    expect(found("Fixes:\n• * Fix the parser")).toEqual(["a second list marker after the bullet (• -)"]);
    expect(found("• : x")).toEqual(["a second list marker after the bullet (• -)"]);
    expect(found("• -1 is now a valid offset\n• `-` reads stdin")).toEqual([]);
  });
});
