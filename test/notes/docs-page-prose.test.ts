import { describe, expect, it } from "vitest";
import { isReleaseMetadata } from "../../src/notes/formats/metadata.js";
import { readNotesModel } from "../../src/notes/model.js";
import { isBoilerplateEntry } from "../../src/notes/prose/prose.js";

const texts = (markdown: string, kind?: string): string[] =>
  readNotesModel(markdown).entries.filter((entry) => kind === undefined || entry.kind === kind).map((entry) => entry.text);

describe("docs-page prose under a breaking heading", () => {
  const page = [
    "## Breaking Changes",
    "",
    "For plugin authors we have breaking changes in how hooks are declared. Otherwise please read the detailed section below.",
    "",
    "The old loader worked like this. This has several problems:",
    "",
    "- Any module with a clashing name will break the build",
    "- It is unclear which loader is in use",
    "",
    "All hooks starting with `app:` are now reserved for the core loader.",
  ].join("\n");
  it("keeps the sentence that names what changed as the breaking change", () => {
    expect(texts(page, "breaking")).toEqual(["All hooks starting with `app:` are now reserved for the core loader."]);
  });
  it("never shows the problems listed under a problems lead-in as changes", () => {
    expect(texts(page).some((text) => /clashing name|unclear which/u.test(text))).toBe(false);
  });
});

describe("template text", () => {
  it.each(["所有提交到 develop 分支的 PR 请在此处登记。", "Please add your PR here.", "All pull requests merged to main should be listed here.", "変更点をここに記載してください", "XXX", "[#XXX] XXX", "TODO"])("%s is boilerplate", (line) => {
    expect(isBoilerplateEntry(line)).toBe(true);
  });
  it.each(["Add PR template", "修复序列化漏洞", "Register handlers here and there with `on()`"])("%s is a change", (line) => {
    expect(isBoilerplateEntry(line)).toBe(false);
  });
  it("drops a placeholder item from the counted changes", () => {
    expect(texts("### test:\n- [[#XXX](https://github.com/a/b/pull/XXX)] XXX\n\n### fix:\n- 修复序列化漏洞\n")).toEqual(["修复序列化漏洞"]);
  });
});

describe("a docs page's metadata lines", () => {
  it.each(["发版日期：2025 年 1 月 17 日", "TiDB 版本：8.5.1", "Version: 2.1.0 (LTS)", "试用链接：快速体验 | 生产部署"])("%s is metadata", (line) => {
    expect(isReleaseMetadata(line)).toBe(true);
  });
  it.each(["TiDB 版本升级后会自动迁移数据", "Links: fixed broken anchors"])("%s is no metadata", (line) => {
    expect(isReleaseMetadata(line)).toBe(false);
  });
  it("drops the date sentence that opens a paragraph", () => {
    expect(texts("Released on 2019-10-26. **Note:** Widget 5 is now API stable.\n\n#### Fixed\n\n- Crash on start.\n")).not.toContain("Released on 2019-10-26.");
  });
  it("never shows a group name whose sub-groups hold the changes", () => {
    expect(texts("## Fixes\n\n+ Tools\n\n    + Backup\n\n        - Fix restoring large indexes\n")).not.toContain("Tools");
  });
});
