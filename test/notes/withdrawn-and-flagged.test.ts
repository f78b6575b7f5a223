// How notes mark what is withdrawn, what breaks and what is boilerplate: struck-out words, warning signs inside an
// item, plain-text NEWS headers, and what a maintenance label says about a change. Built from real notes (MAA,
// TDesign miniprogram, tcpdump, kintone UI Component, vue-pure-admin).
import { describe, expect, it } from "vitest";
import { readMarkdown } from "../../src/notes/markdown.js";

describe("struck-out words are withdrawn", () => {
  it("drops ~~…~~ from an item, a continuation line and a paragraph, in any language", () => {
    const blocks = readMarkdown(`- 启用 ONNX Runtime 进行 OCR  \n    ~~终于踢了 PPOCR，但目前识别准确率有轻微下降~~
- Add a ~~slow~~ fast path

The ~~beta~~ build is out.
`).blocks.map((block) => block.text);
    expect(blocks.join("\n")).not.toMatch(/PPOCR|slow|beta|~/u);
    expect(blocks).toContain("Add a fast path");
    expect(blocks.some((text) => text.startsWith("启用 ONNX Runtime 进行 OCR"))).toBe(true);
  });
});
