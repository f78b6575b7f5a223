// Checks for what blind review W saw and the checks missed: a flattened sub-list's markers left in an item, and a
// date heading turned into a post's label.
import { describe, expect, it } from "vitest";
import { defectsOf } from "./defects-of.js";

const NESTED = "- 模块重构\n  a. 采用插件式设计\n  b. 支持风控规则\n  c. 新增界面\n- 其他修复\n";

describe("sub-list markers", () => {
  it("flags an item that ends on a sub-list's marker", () => {
    expect(defectsOf("sub-list-marker", ["x 4.2.0 发布了！\n• 模块重构 a."], NESTED)).toHaveLength(1);
  });
  it("flags an item that carries a flattened sub-list's markers", () => {
    expect(defectsOf("sub-list-marker", ["x 4.2.0 发布了！\n• 模块重构 a. 采用插件式设计 b. 支持风控规则"], NESTED)).toHaveLength(1);
  });
  it("passes the same item without the markers, and markers the notes never put at a line's start", () => {
    expect(defectsOf("sub-list-marker", ["x 4.2.0 发布了！\n• 模块重构：采用插件式设计"], NESTED)).toHaveLength(0);
    const inline = "- Adds two modes: a) fast and b) safe\n";
    expect(defectsOf("sub-list-marker", ["x 1.0.0 is out!\n• Adds two modes: a) fast and b) safe"], inline)).toHaveLength(0);
  });
});

describe("date labels", () => {
  it("flags a date heading used as a label, in the forms notes write dates", () => {
    for (const label of ["2026. 06. 23.:", "2026-06-23:", "2026年6月23日：", "June 23, 2026:"]) {
      expect(defectsOf("incidental-date", [`x 1.13.3 출시!\n${label}\n• Android: 무결성 검사 개선`]), label).toHaveLength(1);
    }
  });
  it("passes a label that holds a date inside words", () => {
    expect(defectsOf("incidental-date", ["x 1.0.0 is out!\nSince 2026-06-23 builds:\n• Faster start"])).toHaveLength(0);
  });
});
