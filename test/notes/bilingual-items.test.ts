// Notes that tell each change in two languages item by item: the post tells it once, in the language each item opens
// with, and counts it once.
import { describe, expect, it } from "vitest";
import { thread } from "../support/composed.js";

const ZH = ["新增暗黑模式支持", "修复启动时崩溃的问题", "优化图片加载速度", "支持导出 PDF 文件"];
const EN = ["Add dark mode support", "Fix crash on startup", "Improve image loading speed", "Support exporting PDF files"];
const posted = (lines: string[]): string => thread(["## Changes", "", ...lines, ""].join("\n")).join("\n");

describe("a change told in two languages", () => {
  it("on the item's next line or as its sub-item shows in the first language only", () => {
    for (const shape of [(zh: string, en: string) => [`- ${zh}`, `  ${en}`], (zh: string, en: string) => [`- ${zh}`, `  - ${en}`]]) {
      const text = posted(ZH.flatMap((zh, at) => shape(zh, EN[at] ?? "")));
      for (const zh of ZH) expect(text).toContain(zh);
      for (const en of EN) expect(text).not.toContain(en);
    }
  });
  it("as the next item of an alternating list shows once", () => {
    const text = posted(ZH.flatMap((zh, at) => [`- ${zh}`, `- ${EN[at]}`]));
    for (const en of EN) expect(text).not.toContain(en);
    expect(text).not.toMatch(/more|另有/u);
  });
  it("after a slash shows once, a short half included", () => {
    const text = posted([...ZH.map((zh, at) => `- ${zh} / ${EN[at]}`), "- 更新依赖版本 / Update dependencies"]);
    for (const en of [...EN, "Update dependencies"]) expect(text).not.toContain(en);
  });
  it("glossed in brackets keeps the text outside them", () => {
    const text = posted(EN.map((en, at) => `- ${en}（${ZH[at]}）`));
    for (const en of EN) expect(text).toContain(en);
    for (const zh of ZH) expect(text).not.toContain(zh);
  });
  it("as a second list without headings is left out when the items open with the same verbs", () => {
    const text = thread([...ZH.map((zh) => `- ${zh}`), "", ...EN.map((en) => `- ${en}`), ""].join("\n")).join("\n");
    for (const en of EN) expect(text).not.toContain(en);
  });
  it("leaves a list that alternates between two languages' different changes whole", () => {
    const text = posted(["- 新增暗黑模式", "- Fix crash when opening large files", "- 优化启动速度", "- Update README with install steps"]);
    expect(text).toContain("Fix crash when opening large files");
  });
  it("leaves a Chinese list with one English item under it whole", () => {
    const text = posted([...ZH.map((zh) => `- ${zh}`), "  Bump lodash to 4.17.21"]);
    expect(text).toContain("Bump lodash");
  });
});
