// Checks for what a blind review saw and the checks missed: a bot's contributor line, a link glued to the next word,
// a pointer to a page whose link went, and a cut that stops on a word needing what follows it.
import { describe, expect, it } from "vitest";
import { defectsOf } from "./defects-of.js";

describe("checks for defects the blind reviews found", () => {
  it("flags the all-contributors bot's lines as credits", () => {
    expect(defectsOf("credit-leftover", ["x 2.3.0 is out!\n• Add juwit as a contributor for code"])).toHaveLength(1);
    expect(defectsOf("credit-leftover", ["x 2.3.0 is out!\n• Add a contributor guide for plugins"])).toHaveLength(0);
  });
  it("flags a link glued to the word after it", () => {
    expect(defectsOf("glued-url", ["helm 3.0.0 출시!\n• https://github.com/helm/helm/issues에서 문제를 보고"])).toHaveLength(1);
    expect(defectsOf("glued-url", ["helm 3.0.0 출시!\n• https://github.com/helm/helm/issues 에서 문제를 보고"])).toHaveLength(0);
  });
  it("flags a pointer to a page whose link went", () => {
    expect(defectsOf("orphan-link-text", ["x 0.40.0 is out!\n• You can view the full security advisory: GHSA-f96h-pmfr-66vw"])).toHaveLength(1);
    expect(defectsOf("orphan-link-text", ["x 0.40.0 is out!\nSee the migration guide:\nhttps://example.com/guide"])).toHaveLength(0);
  });
  it("flags CJK link words left after their link went", () => {
    const notes = "- 微信小程序平台 新增 支持 微信AI [文档](https://example.com/ai)";
    expect(defectsOf("orphan-link-text", ["x 5.2.0 发布了！\n• 微信小程序平台 新增 支持 微信AI 文档"], notes)).toHaveLength(1);
    expect(defectsOf("orphan-link-text", ["x 5.2.0 发布了！\n• 完善 API 文档"], "- 完善 API 文档")).toHaveLength(0);
  });
  it("flags a cut right after a word that needs its complement", () => {
    expect(defectsOf("stub-cut", ["x 0.72.0 is out!\n• An empty object default whose type…"])).toHaveLength(1);
    expect(defectsOf("stub-cut", ["x 0.72.0 is out!\n• Nested struct defaults now renders…"])).toHaveLength(1);
    expect(defectsOf("stub-cut", ["x 0.72.0 is out!\n• Fields now emit factories where they previously…"])).toHaveLength(1);
    expect(defectsOf("stub-cut", ["x 0.72.0 is out!\n• Fields now emit nested factories instead of raw dict literals…"], "- Fields now emit nested factories instead of raw dict literals. More.")).toHaveLength(0);
  });
});
