// Round 7 of reading outlines: a section's name written in two languages ("新增 (Added)", "Added 新增", "🐛 Bug Fixes
// 问题修复") shows in the post's language only, and still sets the kind.
import { describe, expect, it } from "vitest";
import { inMainLanguage } from "../../src/notes/formats/bilingual.js";
import { readNotesModel } from "../../src/notes/model.js";

const read = (notes: string): Array<[string, string | null, string]> => readNotesModel(notes).entries.filter((entry) => !entry.prose).map((entry) => [entry.kind, entry.label, entry.text]);

describe("a kind's name in two languages", () => {
  it.each([
    ["新增 (Added)", "新增", "feature"],
    ["修复（Fixed）", "修复", "fix"],
    ["Added 新增", "新增", "feature"],
    ["移除 (Removed)", "移除", "removal"],
    ["🐛 Bug Fixes 问题修复", "🐛 问题修复", "fix"],
  ])("shows %s in Chinese notes as %s", (heading, label, kind) => {
    const entries = read(["## [1.2.0] - 2026-01-01", "", `### ${heading}`, "", "- 支持导出为 PDF 文件", "- 设置页面支持深色模式"].join("\n"));
    expect(entries.length).toBe(2);
    for (const [entryKind, entryLabel] of entries) {
      expect(entryLabel).toBe(label);
      expect(entryKind).toBe(kind);
    }
  });
  it("shows the English name in English notes", () => {
    const entries = read(["## 1.2.0", "", "### 新增 (Added)", "", "- Export to PDF from the share menu", "- Dark mode for the settings page"].join("\n"));
    expect(entries.map(([, label]) => label)).toEqual(["Added", "Added"]);
  });
  it.each([["新功能 (Beta)"], ["Docker 支持"], ["Bug 修复"], ["API 变更"], ["Plugin 插件 system"]])("keeps %s whole: it is one name, or the gloss names no kind", (label) => {
    expect(inMainLanguage(label, "zh", 1)).toBe(label);
    expect(inMainLanguage(label, "en", 1)).toBe(label);
  });
  it("keeps the colon after a label", () => {
    expect(inMainLanguage("修复 (Fixed)：", "zh", 1)).toBe("修复：");
  });
});
