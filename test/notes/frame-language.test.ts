// A post speaks one language: the labels it shows are in the language of its opener and its "+N more".
import { describe, expect, it } from "vitest";
import { thread, posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "2.0.0" };

describe("labels in the post's language", () => {
  const chinese = ["### Features", "", "- 新增 `n-upload` 的 `always-show-actions` 属性", "- 新增暗色主题", "", "### 🐛 Bug Fixes", "", "- 修复表格滚动时表头错位的问题", "- 修复日期选择器在移动端无法关闭的问题", "", "### i18n", "", "- 新增挪威语 locale", ""].join("\n");

  it("says a changelog tool's English category names in the language of the changes", () => {
    for (const text of [...posts(chinese, PROJECT), ...thread(chinese, PROJECT)]) {
      expect(text).not.toMatch(/Features|Bug Fixes/u);
    }
    const all = posts(chinese, PROJECT).join("\n");
    expect(all).toContain("新功能：");
    expect(all).toContain("🐛 修复：");
  });

  it("keeps a label that names a part of the project, and English labels of English notes", () => {
    expect(posts(chinese, PROJECT).join("\n")).toContain("i18n：");
    const english = "### Features\n\n- Add a dark theme\n\n### Bug Fixes\n\n- Fix the table header when scrolling\n";
    expect(posts(english, PROJECT).join("\n")).toMatch(/Features:\n[\s\S]*Bug Fixes:/u);
  });
});
