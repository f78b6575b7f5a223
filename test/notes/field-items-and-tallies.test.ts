// Field-form items ("Related PR: … Contributor: … Change Log: …") read as their change, and a release's statistics
// lines ("新功能: 4项") are neither shown nor counted as changes.
import { describe, expect, it } from "vitest";
import { fieldItemText } from "../../src/notes/formats/field-items.js";
import { onlyCountsChanges as isTallyLine } from "../../src/notes/prose/change-counts.js";
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

  // Eight changes, and a statistics block before and after them that counts them again.
  const features = ["新增路由多条件筛选框，可以按域名、路径和请求头组合筛选", "支持自定义插件镜像仓库，私有部署时无需访问公网", "启用轻量模式以减少响应属性缓冲，降低网关内存占用", "新增灰度发布的流量比例配置，支持按百分比逐步放量", "控制台新增证书到期提醒，提前三十天通知管理员", "支持从 OpenAPI 文档批量导入路由和服务配置"];
  const notes = [
    "### 更新内容分布",
    "",
    "- **新功能**: 6项",
    "- **Bug修复**: 2项",
    "",
    "### 新功能",
    "",
    ...features.map((feature) => `- ${feature}`),
    "",
    "### Bug修复",
    "",
    "- 修正了插件镜像路径在 Windows 上的拼接错误",
    "- 修复了控制台在路由较多时加载缓慢的问题",
    "",
    "### 发布统计",
    "",
    "- 🚀 新功能: 6项",
    "- 🐛 Bug修复: 2项",
    "",
    "**总计**: 8项更改",
  ].join("\n");

  it("counts no statistics line among the changes left out", () => {
    const posts = [single(notes, "gateway"), ...thread(notes, "gateway")].join("\n");
    expect(posts).not.toMatch(/\d项/u);
    // Four changes in all: whatever a post leaves out is at most four less what it shows.
    // Eight changes in all: what the single post leaves out is eight less what it shows.
    const post = single(notes, "gateway");
    const shown = post.split("\n").filter((line) => line.startsWith("•")).length;
    expect(post).toMatch(/另有 \d+ 项/u);
    expect(Number(/另有 (\d+) 项/u.exec(post)?.[1])).toBe(8 - shown);
  });
});
