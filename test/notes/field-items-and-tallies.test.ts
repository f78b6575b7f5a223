// Field-form items ("Related PR: … Contributor: … Change Log: …") read as their change, and a release's statistics
// lines ("新功能: 4项") are neither shown nor counted as changes.
import { describe, expect, it } from "vitest";
import { fieldItemText } from "../../src/notes/field-items.js";
import { isTallyLine } from "../../src/notes/tally-items.js";
import { single, thread } from "../support/composed.js";

describe("field-form items", () => {
  const zh = [
    "## 完整变更日志",
    "",
    "### 新功能",
    "",
    "- **Related PR**: [#66](https://github.com/o/r/pull/66) \\",
    "  **Contributor**: @alice \\",
    "  **Change Log**: 为内置插件添加了镜像仓库配置支持。 \\",
    "  **Feature Value**: 提高了系统的可配置性和便利性。",
    "",
    "- **相关 PR**：[#65](https://github.com/o/r/pull/65)",
    "  **贡献者**：@bob",
    "  **变更说明**：新增路由多条件筛选。",
    "",
    "### Bug Fixes",
    "",
    "- Related PR: [#62](https://github.com/o/r/pull/62) Contributor: @carol Description: Fix the OCI image path of the server.",
    "",
  ].join("\n");

  it("shows only the change, without empty labels, credits or the value pitch", () => {
    const posts = [single(zh, "gateway"), ...thread(zh, "gateway")].join("\n");
    expect(posts).toContain("为内置插件添加了镜像仓库配置支持。");
    expect(posts).toContain("新增路由多条件筛选。");
    expect(posts).toContain("Fix the OCI image path of the server.");
    expect(posts).not.toMatch(/Related PR|Contributor|Change Log|Feature Value|相关 PR|贡献者|变更说明|Description:|可配置性/u);
  });

  it("drops a credit field whatever its value, and leaves sentences with colons alone", () => {
    expect(fieldItemText("PR: \u0000 Author: Jane Doe Summary: Windows builds are signed")).toBe("Windows builds are signed");
    expect(fieldItemText("Note: the cache moved. Details: see the docs")).toBe("Note: the cache moved. Details: see the docs");
    expect(fieldItemText("Fix: crash on start")).toBe("Fix: crash on start");
  });
});

describe("statistics lines", () => {
  it("knows a kind or total, a colon and a number as a tally, not a version or a change", () => {
    expect(isTallyLine("🚀 新功能: 4项")).toBe(true);
    expect(isTallyLine("总计: 6项更改")).toBe(true);
    expect(isTallyLine("Bug fixes: 12")).toBe(true);
    expect(isTallyLine("Python: 3.12")).toBe(false);
    expect(isTallyLine("Fix: crash after 3 retries")).toBe(false);
  });

  const notes = [
    "### 更新内容分布",
    "",
    "- **新功能**: 3项",
    "- **Bug修复**: 1项",
    "",
    "### 新功能",
    "",
    "- 新增路由多条件筛选框",
    "- 支持自定义插件镜像仓库",
    "- 启用轻量模式以减少响应属性缓冲",
    "",
    "### Bug修复",
    "",
    "- 修正了镜像路径",
    "",
    "### 发布统计",
    "",
    "- 🚀 新功能: 3项",
    "- 🐛 Bug修复: 1项",
    "",
    "**总计**: 4项更改",
  ].join("\n");

  it("counts no statistics line among the changes left out", () => {
    const posts = [single(notes, "gateway"), ...thread(notes, "gateway")].join("\n");
    expect(posts).not.toMatch(/\d项/u);
    // Four changes in all: whatever a post leaves out is at most four less what it shows.
    for (const match of posts.matchAll(/另有 (\d+) 项/gu)) expect(Number(match[1])).toBeLessThan(4);
  });
});
