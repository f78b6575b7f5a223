// Statistics lines are told from settings and changes with numbers; greetings and warning labels head no group; a
// field form's only text field is its change.
import { describe, expect, it } from "vitest";
import { onlyCountsChanges, withoutStatistics } from "../../src/notes/prose/change-counts.js";
import { fieldItemText } from "../../src/notes/formats/field-items.js";
import { namedGroupsAsMarkdown } from "../../src/notes/formats/name-groups.js";
import { single } from "../support/composed.js";

describe("a line that only counts the release's changes", () => {
  it("counts changes, never a setting, a fact or a change with a number", () => {
    for (const text of ["新功能: 4项", "Total: 6 changes", "This release contains 42 commits from 12 contributors.", "**总计**: 8项更改", "- 🐛 Bug fixes: 2", "12 files changed, 30 insertions(+)"])
      expect(onlyCountsChanges(text), text).toBe(true);
    for (const text of ["Default page size: 50 items.", "Upload limit: 10 files.", "最大并发数：10个", "默认分页大小：50条", "This release includes 3 fixes for the Windows installer crash on ARM64.", "本次更新包含 3 个修复补丁的回滚"])
      expect(onlyCountsChanges(text), text).toBe(false);
  });

  it("plain text loses its statistics block but keeps a lone setting", () => {
    expect(withoutStatistics("Releases: 262\nContributors: 3273\n\nRetries: 3\n\nTotal: 6 changes\nAdd X.")).toBe("\nRetries: 3\n\nAdd X.");
  });

  it("settings stay in the post and the count", () => {
    const post = single("## Changes\n\n- Default page size: 50 items.\n- Upload limit: 10 files.\n- 最大并发数：10个\n- This release includes 3 fixes for the Windows installer crash on ARM64.\n\n## Stats\n\n- Total: 4 changes\n");
    for (const text of ["Default page size: 50 items.", "Upload limit: 10 files.", "最大并发数：10个", "3 fixes for the Windows installer"]) expect(post).toContain(text);
    expect(post).not.toContain("Total: 4");
  });
});

describe("a statistics heading", () => {
  it("goes with the counts under it: its name is no change", () => {
    const notes = "# Higress Console\n\n## 📋 本次发布概览\n\n本次发布包含 **2** 项更新，涵盖了功能增强、Bug修复等多个方面。\n\n### 更新内容分布\n\n- **新功能**: 1项\n- **Bug修复**: 1项\n\n---\n\n## 📝 完整变更日志\n\n### 🚀 新功能 (Features)\n\n- 此PR向内置插件添加了镜像仓库配置支持。\n\n### 🐛 Bug修复 (Bug Fixes)\n\n- 此PR解决了请求体显示为空的问题。\n\n---\n\n## 📊 发布统计\n\n- 🚀 新功能: 1项\n- 🐛 Bug修复: 1项\n\n**总计**: 2项更改\n";
    const post = single(notes);
    for (const heading of ["更新内容分布", "发布统计", "本次发布概览"]) expect(post).not.toContain(heading);
    expect(post).toContain("镜像仓库配置");
  });
});

describe("plain-text groups", () => {
  it("a greeting or a sign-off heads no group", () => {
    const notes = "Hallo zusammen\nWir freuen uns, Version 2.0 zu veröffentlichen.\n\nEditor\nEin neuer Editor.\n\nExport\nSchnellere Exporte.\n\nVielen Dank\nAn alle, die getestet haben.\n";
    const markdown = namedGroupsAsMarkdown(notes);
    expect(markdown).toContain("#### Editor");
    expect(markdown).not.toMatch(/#### (?:Hallo|Vielen)/u);
    expect(markdown).not.toContain("- An alle");
    expect(namedGroupsAsMarkdown("Hi all\nWe are glad to ship 2.0.\n\nThanks\nTo everyone who tested.\n\n大家好\n欢迎使用新版本。\n")).not.toContain("####");
  });

  it("a warning's label keeps its paragraph first", () => {
    const notes = "Version 3.1\n\nWarning\nThe config format changed. Old files must be converted with tool migrate.\n\nNew\nDark mode.\nPDF export.\n\nFixed\nA crash on start.\n";
    expect(namedGroupsAsMarkdown(notes)).not.toContain("#### Warning");
    const post = single(notes);
    expect(post.indexOf("config format")).toBeLessThan(post.indexOf("Dark mode"));
  });

  it("a fenced block is the author's own Markdown", () => {
    const notes = "```\ncode\n```\n\nEditor\nEin neuer Editor.\n\nExport\nSchnellere Exporte.\n";
    expect(namedGroupsAsMarkdown(notes)).toBe(notes);
  });
});

describe("field-form items", () => {
  it("a worth field is the change when no field carries it", () => {
    expect(fieldItemText("Value: the gauge widget now accepts negative numbers. PR: #456")).toBe("The gauge widget now accepts negative numbers.");
    expect(fieldItemText("Change Log: the gauge accepts negatives. Value: nicer charts. PR: #456")).toBe("The gauge accepts negatives.");
  });

  it("a field's value opens in capitals", () => {
    expect(fieldItemText("Summary: new `--json` flag for the status command. Issue: #123")).toBe("New `--json` flag for the status command.");
    expect(fieldItemText("Summary: `--json` flag for status. Issue: #123")).toBe("`--json` flag for status.");
  });
});
