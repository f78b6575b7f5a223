// A quote over the notes or a part of them that says no change (a motto, a poem's line, a person's words) is no item;
// a quote that speaks of the release stays.
import { describe, expect, it } from "vitest";
import { thread } from "../support/composed.js";

describe("an epigraph", () => {
  it("opening the notes or a section is left out of a security release's thread", () => {
    const notes = ["> “The only thing we have to fear is fear itself.”", "", "## Security", "", "- Fix path traversal in uploads", "", "## Fixes", "", "> Simplicity is prerequisite for reliability. — Edsger Dijkstra", "", "- Fix crash when the cache is empty", ""].join("\n");
    const text = thread(notes).join("\n");
    expect(text).toContain("Fix path traversal in uploads");
    expect(text).not.toMatch(/fear|Simplicity|Dijkstra/u);
  });
  it("is a quote marked as one: a quote of no one that states a change stays", () => {
    const notes = ["> Dark mode arrives on every platform, with a switch in the toolbar.", "", "## Fixes", "", "- Fix crash when the config file is empty", ""].join("\n");
    expect(thread(notes).join("\n")).toContain("Dark mode arrives on every platform");
  });
  it("is a lone line in a script the notes are not written in, at the top of a section", () => {
    const notes = ["## [2.1.3] - 2026-11-05", "", "> 奴らに支配されていた恐怖を", "", "### Security", "", "- Fix a symlink race in masked paths", "- Fix a flaw in console bind-mounts", ""].join("\n");
    const text = thread(notes).join("\n");
    expect(text).toContain("Fix a symlink race in masked paths");
    expect(text).not.toContain("恐怖");
  });
  it("is not a lone line in another script that heads a section of its own", () => {
    const notes = ["## Highlights", "", "> 暗黑模式与多窗口", "", "The editor now opens several windows at once.", "", "## Fixes", "", "- Fix a crash when a page has no title", ""].join("\n");
    expect(thread(notes).join("\n")).toContain("暗黑模式与多窗口");
  });
  it("is not a Cyrillic line in notes written in Cyrillic", () => {
    const notes = ["## Нове", "", "> Темна тема для редактора", "", "- Експорт у PDF", "- Імпорт з CSV", ""].join("\n");
    expect(thread(notes).join("\n")).toContain("Темна тема для редактора");
  });
  it("is not a line in the notes' own script", () => {
    const notes = ["> 这个版本修复了启动崩溃", "", "## 修复", "", "- 修复导出失败的问题", "- 修复设置页空白的问题", ""].join("\n");
    expect(thread(notes).join("\n")).toContain("启动崩溃");
  });
  it("is not a quote that states a change", () => {
    const notes = ["> [!NOTE]", "> This release drops Node 16.", "", "- Add `--watch` flag", ""].join("\n");
    expect(thread(notes).join("\n")).toContain("drops Node 16");
  });
});

describe("a plain-text NEWS header", () => {
  it("with opening words, a byline or an e-mail is no change", () => {
    for (const header of ["Noteworthy changes in release 1.4 (2025-03-01) [stable]", "* Version 2.3 (2024-11-02) by Jane Doe <jane@example.org>", "Changes in 3.1 -- 2025-01-01 -- J. Doe"]) {
      const text = thread([header, "", "- Fix crash on empty input", "- Add --watch option", ""].join("\n")).join("\n");
      expect(text, header).toContain("Fix crash on empty input");
      expect(text, header).not.toMatch(/Noteworthy|Changes in|Jane|Doe|@example|2025-|2024-/u);
    }
  });
});
