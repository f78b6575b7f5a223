// CJK link words ("文档", "ドキュメント") set apart after a change point at a page: with the link gone they go too,
// also where a tracker's bare address follows them. After a verb they are the change's object and stay.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { readMarkdown } from "../../src/notes/formats/markdown.js";

const itemText = (line: string): string => cleanText(readMarkdown(`- ${line}\n`).blocks[0]?.text ?? "");

describe("CJK link words without their link", () => {
  it("drops a link word set apart after the change", () => {
    expect(itemText("微信小程序平台 新增 支持 微信AI [文档](https://example.com/ai.html)")).toBe("微信小程序平台 新增 支持 微信AI");
    expect(itemText("検索 API をサポート [ドキュメント](https://example.com/search)")).toBe("検索 API をサポート");
  });

  it("drops it where a tracker's address follows it", () => {
    expect(itemText("组件 支持 dataset [文档](https://example.com/c.html#dataset) <https://issues.example.com/detail?id=29909>")).toBe("组件 支持 dataset");
  });

  it("drops it where another bare address follows it", () => {
    expect(itemText("组件 支持 dataset [文档](https://example.com/c.html) <https://example.com/demo/page>")).not.toContain("文档");
  });

  it("(guard) keeps it as the object of a verb", () => {
    expect(itemText("更新 [文档](https://example.com/docs)")).toContain("文档");
  });
});
