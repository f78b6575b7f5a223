// A release whose only change undoes a change users met says what it undid, not "1 housekeeping change"; support
// ended for a runtime is a breaking change however the notes tag it ("[ADD] Python 3.11 の対応を終了する").
import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";

const revertOnly = [
  "## [2.3.1](https://github.com/octo/lantern/compare/v2.3.0...v2.3.1) (2024-12-04)",
  "",
  "### Reverts",
  "",
  '* Revert "fix(types): export CJS types from ESM (#6218)" (#6729) ([c44d2f2](https://github.com/octo/lantern/commit/c44d2f2316ad289b38997657248ba10de11deb6c))',
  "",
].join("\n");

describe("a release that only reverts a change users met", () => {
  it("says what it reverted, once", () => {
    const text = single(revertOnly);
    expect(text).toContain("Export CJS types from ESM");
    expect(text).not.toMatch(/housekeeping|maintenance/iu);
    expect(text).not.toMatch(/Revert[^s:]/u);
  });
  it("(guard) a revert of upkeep is still housekeeping", () => {
    const text = single(revertOnly.replace("fix(types): export CJS types from ESM (#6218)", "chore(ci): cache the node modules (#6218)"));
    expect(text).not.toMatch(/cache the node modules/u);
  });
});

describe("support ended for a runtime", () => {
  it("breaks in Japanese and Chinese, whatever the tag says", () => {
    const ja = single("## 2025.5.0\n\n- [ADD] Python 3.14 の対応を追加する\n- [ADD] Python 3.11 の対応を終了する\n- [FIX] ビルドを直す\n");
    expect(ja).toMatch(/⚠️[^\n]*\n• Python 3\.11 の対応を終了する/u);
    const zh = single("## 2.3.0\n\n### 新功能\n\n- 新增 暗黑模式\n- 移除对 Node 16 的支持\n- 停止支持 Python 3.8\n");
    expect(zh).toMatch(/⚠️[^\n]*\n(?:• [^\n]*\n)*• (?:移除对 Node 16 的支持|停止支持 Python 3\.8)/u);
    expect(zh.indexOf("⚠️")).toBeLessThan(zh.indexOf("暗黑模式"));
  });
  it("(guard) support added is a feature", () => {
    expect(single("## 2025.5.0\n\n- [ADD] Python 3.14 の対応を追加する\n- [FIX] ビルドを直す\n")).not.toContain("⚠️");
  });
});
