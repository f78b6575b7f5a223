// Picks and groups: upkeep in any language is counted, not shown; a summary that only says what kind of release this
// is yields its room to a second advisory; short groups stay together in a thread; the notes' own word for a change's
// kind beats the heading it was filed under; a build requirement ranks over platform minutiae.
import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

describe("a summary sentence and two advisories", () => {
  const notes = [
    "# 4.2.1",
    "",
    "This is a patch release to fix security, speed, and packaging issues found in 4.2.0.",
    "",
    "## Security",
    "",
    "- CVE-2031-11223: Fix out-of-bounds read in `tile_decode`, `tile_seek`.",
    "- GHSA-q7vx-8m2c-4hpz: Fix integer overflow in `palette_grow` of the bundled libgif.",
    "",
    "## Fixes",
    "",
    "- Fix crash when a layer has no name.",
    "- Fix rounding of scale bars at high zoom levels.",
    "",
    "## Build",
    "",
    "- Fix build with older CMake.",
  ].join("\n");

  it("gives the single post's room to the second advisory", () => {
    const text = single(notes);
    expect(text).toContain("CVE-2031-11223");
    expect(text).toContain("GHSA-q7vx-8m2c-4hpz");
  });

  it("gives the first thread post's room to the second advisory", () => {
    const [first] = thread(notes);
    expect(first).toContain("CVE-2031-11223");
    expect(first).toContain("GHSA-q7vx-8m2c-4hpz");
  });
});

describe("upkeep in any language", () => {
  const zh = [
    "### 新功能",
    "- 支持按标签过滤任务列表",
    "- 增加定时任务的重试次数配置",
    "### 修复",
    "- 修复导出报表时日期列错位",
    "- 修复coveralls令牌失效导致无法上传覆盖率",
    "- 修复任务取消后仍然执行的问题",
    "### 优化",
    "- 为全部源文件增加license header",
    "- 补充调度模块的单元测试",
    "- 删除前端打包产物的静态文件",
    "- 优化CI流程的缓存",
  ].join("\n");

  it("counts Chinese chores, never shows them", () => {
    const all = thread(zh).join("\n");
    expect(all).not.toMatch(/coveralls|license|单元测试|打包产物|CI流程/u);
    expect(all).toContain("任务取消后");
  });

  it("counts Japanese and Korean test and CI upkeep", () => {
    const ja = ["## 新機能", "- タスクの一括削除を追加", "- CSV エクスポートを追加", "## その他", "- CIの設定を更新", "- テストを追加"].join("\n");
    const ko = ["## 기능", "- 작업 일괄 삭제 추가", "- CSV 내보내기 추가", "## 기타", "- 코드 주석 정리", "- 테스트 추가"].join("\n");
    expect(single(ja)).not.toMatch(/CI|テスト/u);
    expect(single(ko)).not.toMatch(/주석|테스트/u);
  });

  it("counts edits of code comments, not a docs tool's docstring feature", () => {
    const notes = ["## What's Changed", "* Docblocks to comments", "* Add a retention option for old snapshots", "* Support Google-style docstrings"].join("\n");
    const text = single(notes);
    expect(text).not.toContain("Docblocks");
    expect(text).toContain("Google-style docstrings");
  });
});

describe("fixes that lose or lock users' work", () => {
  it("are named before the other fixes", () => {
    const notes = [
      "## Bug Fixes",
      "- Fix tooltip position on narrow screens",
      "- Fix wrong label on the export button",
      "- Fix typo in the settings page title",
      "- Fix sort order of archived items in the sidebar",
      "- Fix pagination when the filter is empty",
      "- Fix icon alignment in the toolbar",
      "- Fix hover colour of disabled links",
      "- Fix focus ring on the search field",
      "- Fix deadlock when two workers flush the journal at once",
    ].join("\n");
    expect(single(notes)).toContain("deadlock");
  });

  it("in Chinese too", () => {
    const notes = ["### 修复", ...Array.from({ length: 9 }, (_, index) => `- 修复第${index + 1}个页面的按钮文字显示不全的问题`), "- 修复事务超时后无法回滚的问题"].join("\n");
    expect(single(notes)).toContain("无法回滚");
  });
});
