import { describe, expect, it } from "vitest";
import { posts } from "../support/composed.js";

const NOTES = `## 2.0.7

### Patch Changes

- fix: 修复一些问题
  - fix: 修复文本拖拽不符合预期的问题 by ChangeSuger
  - feat: 支持动态修改网格的配置 by ChangeSuger
  - fix(extension): 【dynamic-group】修复mousemove和isCollapsed相关问题 by wbccb
  - fix(core): 修复笔记本触摸板点击边事件失效 by wuchenguang1998
`;

describe("credits without @ in a changesets list, in any language", () => {
  it("drops a trailing 'by <login>' where most items carry one, and lets a bracketed area replace the scope", () => {
    const text = posts(NOTES, { version: "2.0.7", thread: true }).join("\n");
    expect(text).not.toMatch(/by (?:wbccb|wuchenguang1998|ChangeSuger)/u);
    expect(text).toContain("dynamic-group: 修复mousemove");
    expect(text).not.toContain("extension: 【");
  });

  it("keeps a lone 'by' that is part of the change", () => {
    const text = posts("- Sort entries by name\n- Add a glow mode\n", { thread: true }).join("\n");
    expect(text).toContain("Sort entries by name");
  });
});
