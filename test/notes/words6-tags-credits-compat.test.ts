// The notes' own kind tags and numbering, credits in plain brackets and Chinese PR references, compatibility
// boilerplate, plugin-store listings and release set-up, and what a removed reference leaves of its bracket.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { headingMeaning, readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";
import { checkPosts } from "../support/post-checks.js";

const entries = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("a kind tag the notes put before a change", () => {
  it("sets the kind and goes under a label that says it, in brackets, before a colon or a dash", () => {
    expect(entries("### 新特性\n\n- [新增] input 新增 preIcon 属性\n\n### 修复\n\n- 【修复】修复边框问题\n")).toEqual([
      "feature|新特性|input 新增 preIcon 属性",
      "fix|修复|修复边框问题",
    ]);
    expect(entries("### Fixes\n\n- Bugfix - Crash on start\n- Fix: Ensure models can be previewed\n")).toEqual([
      "fix|Fixes|Crash on start",
      "fix|Fixes|Ensure models can be previewed",
    ]);
    expect(entries("### 新功能\n\n- 新增：支持暗色模式\n")).toEqual(["feature|新功能|支持暗色模式"]);
  });

  it("groups a list without sections by its bracket tags, and a platform's support is a feature", () => {
    const model = entries("- 【新增】集成 OpenClaw 执行器\n- 【修复】修复调度偏差问题\n");
    expect(model.map((line) => line.split("|")[0])).toEqual(["feature", "fix"]);
    expect(model.every((line) => !line.includes("【"))).toBe(true);
    expect(readItem("PLATFORM: JDK20 support added.")).toMatchObject({ kind: "feature", text: "JDK20 support added." });
    expect(readItem("PLATFORM: Dropped support for JDK 7").kind).toBe("breaking");
  });

  it("words that are no kinds stay: '(Windows) …', '[Experimental] …', 'Foo - …', '注意：…'", () => {
    for (const text of ["(Windows) Fix the tray icon", "[Experimental] Add a cache", "Foo - the new widget", "注意：需要重启"]) {
      expect(readItem(text).text, text).toBe(text);
    }
  });

  it("the notes' own numbering goes: '1、', '2.', '(3)', '4）'; '1.5x faster' is no numbering", () => {
    expect(readItem("1、【新增】集成OpenClaw").untyped).toBe("集成OpenClaw");
    expect(readItem("2. Add a cache").text).toBe("Add a cache");
    expect(readItem("(3) Add a cache").text).toBe("Add a cache");
    expect(readItem("4）修复问题").text).toBe("修复问题");
    expect(readItem("1.5x faster startup").text).toBe("1.5x faster startup");
  });
});

describe("credits and pull requests in plain text", () => {
  it("a list whose items end in names drops them, a handle with '@' inside too; qualifiers stay", () => {
    const notes = ["- Improper restriction handling on Pages admin API (xuliang@QAX, Dan Braghis)", "- Fix the preview (Sage Abdullah)", "- Set the date on first publish (Kevin Howbrook)", "- Support new runtimes (Windows, Linux)"].join("\n");
    expect(readNotesModel(notes).entries.map((entry) => entry.text)).toEqual([
      "Improper restriction handling on Pages admin API",
      "Fix the preview",
      "Set the date on first publish",
      "Support new runtimes (Windows, Linux)",
    ]);
  });

  it("Chinese and Japanese pull-request references go: '合并PR-3926', 'PR-2888、PR-3006', '感谢 @x 的 PR'", () => {
    expect(cleanText("父POM依赖配置优化，移除容易配置；合并PR-3926；")).toBe("父POM依赖配置优化，移除容易配置");
    expect(cleanText("代码重构优化，合并PR-2888、PR-3006、PR-3027")).toBe("代码重构优化");
    expect(cleanText("修复登录问题，感谢 @alice 的 PR")).toBe("修复登录问题");
  });
});

describe("noise that is no change", () => {
  it("compatibility boilerplate goes; a floor the text says was raised stays", () => {
    for (const text of ["Realm Studio: 15.0.0 or later.", "APIs are backwards compatible with all previous releases in the 10.x.y series.", "Carthage release for Swift is built with Xcode 15.4.0.", "Xcode: 15.3.0-16.1 beta."]) {
      expect(readItem(text).text, text).toBe("");
    }
    expect(readItem("Drop support for Node.js 16").text).not.toBe("");
  });

  it("a Compatibility section of boilerplate alone says nothing breaks", () => {
    const notes = "### Fixed\n\n* Fix a crash\n\n### Compatibility\n\n* Realm Studio: 15.0.0 or later.\n* APIs are backwards compatible with all previous releases.\n";
    expect(readNotesModel(notes).entries.map((entry) => entry.kind)).toEqual(["fix"]);
  });

  it("docs headings and plugin-store listings are noise; setting up a release is no change", () => {
    expect(headingMeaning("Document")).toBe("docs");
    expect(headingMeaning("🍻 插件发布")).toBe("internal");
    expect(headingMeaning("Plugin Store")).toBe("internal");
    expect(headingMeaning("Plugins")).not.toBe("internal");
    expect(readItem("set engines and prerelease for npm 10").text).toBe("");
  });
});

describe("brackets a removed reference emptied", () => {
  it("are tidied: '(, since v10.50.0)', '( )', '（）'; 'useId()' stays", () => {
    expect(cleanText("A crash on some platforms ([#8028](https://github.com/realm/realm-core/issues/8028), since v10.50.0)")).toBe("A crash on some platforms (since v10.50.0)");
    expect(cleanText("修复边框问题（）")).toBe("修复边框问题");
    expect(cleanText("Call `useId()` or useId() in a hook")).toBe("Call `useId()` or useId() in a hook");
  });

  it("the post check sees a group that opens or closes on a separator, and '合并PR-123'", () => {
    const check = (line: string) =>
      checkPosts({ posts: [`x 1.0 is out!\n\n${line}`], notes: "", releaseUrl: "", mode: "single", maxLength: 280 }).filter((defect) => defect.check === "credit-leftover");
    expect(check("• A crash on some platforms (, since v10.50.0)")).toHaveLength(1);
    expect(check("• 调度组件触发判断优化，合并PR-2502；")).toHaveLength(1);
    expect(check("• A crash on some platforms (since v10.50.0)")).toHaveLength(0);
  });
});
