// Selection by what items say: a log of tagged commit subjects read as changes of their kinds; an emoji that only
// decorates a heading's words; catch-all items and a store's listing never take a post's room; a release's own summary
// list; a fault gone ("不再复位") is a fix, not a behaviour taken away.
import { describe, expect, it } from "vitest";
import { compose } from "../../src/notes/compose.js";
import { headingMeaning } from "../../src/notes/kinds/kinds.js";
import { introducesHighlights } from "../../src/notes/prose/prose.js";
import { narrowsBehaviour } from "../../src/notes/kinds/weighty-changes.js";
import { isBackgroundHeading } from "../../src/notes/prose/blog-sections.js";
import { isCatchAll, isStoreListing } from "../../src/notes/prose/catch-alls.js";
import { subjectLogAsMarkdown } from "../../src/notes/formats/subject-log.js";

const post = (notes: string, thread = false): string =>
  compose({ version: "3.4.0", tag: "v3.4.0", name: "v3.4.0", repo: "acme/proxy", owner: "acme", url: "https://example.org/CHANGELOG", notes }, { thread })
    .map((item) => item.text)
    .join("\n");

const LOG = [
  "2026/06/03 : 3.4.0",
  "    - BUG/MINOR: cache: fix cache tree iteration",
  "    - CLEANUP: pool: rename a local variable",
  "    - BUG/MAJOR: mux-h2: fix a crash on a truncated HEADERS frame",
  "    - BUILD: makefile: drop an unused flag",
  "    - MEDIUM: stats: add a JSON export of the proxy counters",
  "    - DOC: config: mention the new keyword",
  "    - REGTESTS: quic: disable a flaky test",
  '    - Revert "MINOR: cli: add a debug command"',
  "    - MINOR: cli: add a debug command",
  "    - BUG/MINOR: http: validate header names to prevent response splitting injection",
  "",
].join("\n");

describe("a log of tagged commit subjects", () => {
  it("posts its changes, not an empty post", () => {
    const text = post(LOG);
    expect(text).toContain("add a JSON export of the proxy counters");
    expect(text).not.toMatch(/BUG\/|CLEANUP|BUILD:|MEDIUM:/u);
  });

  it("files each subject under the kind its tag says, graver fixes first, internal tags as noise", () => {
    const markdown = subjectLogAsMarkdown(LOG);
    const fixes = markdown.slice(markdown.indexOf("### Bug fixes"));
    expect(fixes.indexOf("fix a crash on a truncated HEADERS")).toBeLessThan(fixes.indexOf("fix cache tree iteration"));
    expect(markdown).toMatch(/### Features\n\n- \*\*stats:\*\* add a JSON export/u);
    expect(markdown).toMatch(/### Internal changes\n\n- rename a local variable/u);
    expect(markdown).toMatch(/### Documentation\n\n- mention the new keyword/u);
  });

  it("reads a subject that keeps untrusted input out as a security fix", () => {
    expect(subjectLogAsMarkdown(LOG)).toMatch(/### Security fixes\n\n- \*\*http:\*\* validate header names/u);
  });

  it("drops a subject reverted in the same log", () => {
    expect(subjectLogAsMarkdown(LOG)).not.toContain("add a debug command");
  });

  it("leaves prose with an odd capitalised label alone", () => {
    const notes = "NOTE: this release needs a rebuild.\nThanks to everyone who helped.\n";
    expect(subjectLogAsMarkdown(notes)).toBe(notes);
  });

  it("reads a list indented past Markdown's list depth as a list, not code", () => {
    const text = post("Release 2.0\n\n    - Add a dark theme\n    - Fix a crash on start\n");
    expect(text).toContain("Add a dark theme");
  });
});

describe("a heading's emoji", () => {
  it("decorates words that name a kind of their own", () => {
    expect(headingMeaning("🔧 Other Changes")).toBe("other");
    expect(headingMeaning("🔧 Maintenance")).toBe("internal");
    expect(headingMeaning("⚠️ Notes")).toBe("breaking");
  });

  it("does not turn a catch-all section's changes into upkeep", () => {
    const text = post("## What's Changed\n### ⚠️ Breaking\n* Switch to pre-built images\n### 🔧 Other Changes\n* Add structured findings to webhook payload\n* Fix webhook notifier not reading URL from config\n");
    expect(text).toContain("Add structured findings to webhook payload");
  });
});

describe("items that name no change of the project", () => {
  it("a catch-all in any language names none", () => {
    expect(isCatchAll("其他细节方面的改进。")).toBe(true);
    expect(isCatchAll("Other minor improvements.")).toBe(true);
    expect(isCatchAll("その他細かな修正")).toBe(true);
    expect(isCatchAll("Other users can now share boards")).toBe(false);
    expect(isCatchAll("修正CPU频率不遵循选项的问题")).toBe(false);
  });

  it("a catch-all is never picked", () => {
    expect(post("## 问题修正\n\n- 修正更新源没有保存的问题\n- 其他细节方面的改进。\n", true)).not.toContain("其他细节");
  });

  it("a store's listing in a misc section is housekeeping", () => {
    expect(isStoreListing("Plugin: 删除旧插件 group-config", true)).toBe(true);
    expect(isStoreListing("Plugin: skland 插件添加标签", true)).toBe(true);
    expect(isStoreListing("Plugin: fix the loader crash", false)).toBe(false);
    const text = post("## 🐛 Bug 修复\n\n- 修复 aiohttp 流式响应问题\n\n## 💫 杂项\n\n- Plugin: 删除旧插件 group-config\n- Plugin: skland 插件添加标签\n", true);
    expect(text).not.toContain("Plugin:");
  });
});

describe("a release's own summary list", () => {
  it("is introduced by 'Here's what shipped:' or 'This release includes:'", () => {
    expect(introducesHighlights("Here’s what shipped:")).toBe(true);
    expect(introducesHighlights("Here is what's new in 0.6:")).toBe(true);
    expect(introducesHighlights("This release includes:")).toBe(true);
    expect(introducesHighlights("Here is how to configure it:")).toBe(false);
  });
});

describe("a fault gone is no behaviour taken away", () => {
  it("'when X, Y no longer Z' is a fix, a default turned off still narrows", () => {
    expect(narrowsBehaviour("选项设置对话框调整大小时，垂直滚动条不再复位。")).toBe(false);
    expect(narrowsBehaviour("不再自动加载第三方插件")).toBe(true);
  });

  it("a small adjustment no longer outranks a new capability", () => {
    const text = post("**功能新增**\n\n- 新增任务栏窗口显示在副显示器的功能。\n- 选项设置对话框调整大小时，垂直滚动条不再复位。\n");
    expect(text.indexOf("新增任务栏窗口")).toBeLessThan(text.indexOf("垂直滚动条"));
  });
});

describe("a blog part that shows the project in use", () => {
  it("is background, no change", () => {
    expect(isBackgroundHeading("Shopping List Demo App")).toBe(true);
    expect(isBackgroundHeading("Showcase")).toBe(true);
    expect(isBackgroundHeading("Demo mode for the editor")).toBe(false);
  });
});
