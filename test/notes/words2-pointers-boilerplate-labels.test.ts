// Sentences that point at what follows, mission and thanks sentences that fit any release, and kind headings the notes
// wrote in lower case.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { isContentFreeSentence } from "../../src/notes/kinds/kinds.js";
import { capitalisedKindLabel, frameLabel } from "../../src/notes/language.js";
import { checkPosts } from "../support/post-checks.js";
import { single } from "../support/composed.js";

const URL = "https://github.com/octo/widget/releases/tag/v2.0.0";
const PROJECT = { repo: "widget", version: "2.0.0" };

describe("pointers at what follows", () => {
  it("drops a sentence or clause that only points at what follows, in four languages", () => {
    expect(cleanText("Note that some changes may introduce breaking changes, so be sure to read the following information carefully.")).toBe("Note that some changes may introduce breaking changes.");
    for (const text of ["Please review the following notes before upgrading.", "The notable changes in this release are listed below.", "Details below.", "更新内容详见下文。", "今回のリリースには以下の変更があります。", "이번 릴리스의 주요 변경 사항은 다음과 같습니다."]) {
      expect(cleanText(text), text).toBe("");
    }
    // A lead-in ending in ":" is read with its list; a sentence that names a change stays.
    expect(cleanText("The following commands were renamed:")).toBe("The following commands were renamed:");
    expect(cleanText("Move the settings below the editor.")).toBe("Move the settings below the editor.");
  });

  it("never ends a post on a pointer", () => {
    const text = single("Widget 2.0 reworks the plugin loader. Note that some changes may break plugins, so be sure to read the following information carefully.\n", PROJECT);
    expect(text).not.toMatch(/following/u);
    expect(checkPosts({ posts: [text], notes: "", releaseUrl: URL, mode: "single", maxLength: 280 }).filter((defect) => defect.check === "dangling-lead-in")).toEqual([]);
  });

  it("the objective check reports prose that ends pointing at what follows", () => {
    const check = (posts: string[]) => checkPosts({ posts, notes: "", releaseUrl: URL, mode: "single", maxLength: 280 }).filter((defect) => defect.check === "dangling-lead-in");
    expect(check([`Widget 2.0.0 is out!\n\nWidget 2.0 reworks plugins. The changes are listed below.\n\n${URL}`])).toHaveLength(1);
    expect(check([`widget 2.0.0 发布了！\n\n本次更新详见下文。\n\n${URL}`])).toHaveLength(1);
    expect(check([`Widget 2.0.0 is out!\n\nThe changes are listed below.\n\nFeatures:\n• Add dark mode\n\n${URL}`])).toEqual([]);
    expect(check([`Widget 2.0.0 is out!\n\nMove the settings panel below the editor.\n\n${URL}`])).toEqual([]);
  });
});

describe("mission, thanks and focus sentences", () => {
  it("name no change of the release, in English, Chinese, Japanese and Korean", () => {
    for (const text of [
      "Widget 2.0 focuses on security and performance optimization of the platform.",
      "We are committed to delivering the best developer experience.",
      "As always, thanks to everyone who contributed!",
      "本版本专注于安全与性能优化。",
      "我们致力于为用户提供更好的体验。",
      "今回のリリースはセキュリティとパフォーマンスの最適化に重点を置いています。",
      "이번 릴리스는 보안 및 성능 최적화에 중점을 두었습니다.",
      "저희는 더 나은 제품을 위해 최선을 다하고 있습니다.",
    ]) expect(isContentFreeSentence(text), text).toBe(true);
  });

  it("keep a sentence that names a number, an advisory, a feature or a platform", () => {
    for (const text of ["This release fixes 9 identified vulnerabilities.", "This release focuses on the new plugin API.", "This release focuses on Windows ARM64 support.", "本版本专注于 WebGPU 渲染。", "We are committed to supporting Node 18 until April 2025."]) {
      expect(isContentFreeSentence(text), text).toBe(false);
    }
  });

  it("leave the post to the changes", () => {
    const text = single("Widget 2.0 focuses on security and performance optimization of the platform. We are committed to a great experience.\n\n## Features\n- Add dark mode\n", PROJECT);
    expect(text).not.toMatch(/focuses on|committed/u);
    expect(text).toContain("Add dark mode");
  });
});

describe("kind headings in lower case", () => {
  it("are capitalised; scopes, names and acronyms stay as written", () => {
    expect(capitalisedKindLabel("enhancements")).toBe("Enhancements");
    expect(capitalisedKindLabel("bug fixes")).toBe("Bug fixes");
    expect(capitalisedKindLabel("🐛 bug fixes")).toBe("🐛 Bug fixes");
    for (const label of ["core", "cli", "plugin/cache", "ci", "Features", "API changes"]) expect(capitalisedKindLabel(label), label).toBe(label);
    expect(frameLabel("enhancements", "en")).toBe("Enhancements");
  });
});
