// Checks for what blind review Y saw and the checks missed: other pages' titles shown as changes, a change or link shown
// twice, a list announced and left out, a pointer word left after its reference, a kind tag kept, a paragraph stub.
import { describe, expect, it } from "vitest";
import { defectsOf } from "./defects-of.js";

describe("another page's title shown as a change", () => {
  const notes = "## Related\n\n* _(October 2024) [Eleventy v3.0.0 now available!](/blog/eleventy-v3/)_\n- [Roadmap](https://github.com/o/r/issues/501)\n";
  it("flags the title of a list item that was only a link, dated or not", () => {
    expect(defectsOf("orphan-link-text", ["Eleventy 3.1.0 is out!\n\nRelated:\n• (October 2024) Eleventy v3.0.0 now available!"], notes)).toHaveLength(1);
    expect(defectsOf("orphan-link-text", ["Koishi 4.3.0 发布！\n\n其他：\n• Roadmap"], notes)).toHaveLength(1);
  });
  it("passes a pull request's title, an in-page anchor, and a link with a sentence around it", () => {
    const changes = "- [Add the `--watch` flag](https://github.com/o/r/pull/12)\n- [Persistent local state](#persistent-local-state)\n- [Fast folds](https://x.dev/ufo) provided by a plugin.\n";
    expect(defectsOf("orphan-link-text", ["X 1.0 is out!\n• Add the `--watch` flag\n• Persistent local state\n• Fast folds"], changes)).toHaveLength(0);
  });
});

describe("the same change or link twice", () => {
  it("flags an item shown again in a later post, also under another lead", () => {
    const posts = ["NVDA 2024.1 をリリースしました！\n• このリリースでは、既存のアドオンとの互換性が失われています。", "⚠️ 破壊的変更:\n• 注意: このリリースでは、既存のアドオンとの互換性が失われています。アドオンは再テストが必要です。"];
    expect(defectsOf("repeated-text", posts, "", { mode: "thread" })).toHaveLength(1);
  });
  it("flags a link shown twice in one post", () => {
    const url = "https://github.com/o/r/releases/tag/0.7.94";
    expect(defectsOf("repeated-text", [`hunspell-dict-ko 0.7.94\n\n${url}\n\n• 데이터 정리\n\n${url}`])).toHaveLength(1);
  });
  it("passes labels, short items and counts that recur, and different changes", () => {
    const posts = ["X 2.0 is out!\n\nFixes:\n• Bump deps\n• Fix the crash on start-up\n\n+3 more fixes", "Fixes:\n• Bump deps\n• Fix the crash on exit with a dirty cache\n\n+3 more fixes"];
    expect(defectsOf("repeated-text", posts, "", { mode: "thread" })).toHaveLength(0);
  });
});

describe("a list announced and left out", () => {
  it("flags a sentence announcing highlights with no item under it", () => {
    expect(defectsOf("dangling-lead-in", ["Neovim 0.8.0 is out!\n\nHere are some highlights from Neovim 2022 development.\n\n⚠️ Breaking changes:\n• Cscope support was removed"])).toHaveLength(1);
    expect(defectsOf("dangling-lead-in", ["X 2.0 发布！\n\n以下是本次更新的主要内容。\n\n另有 3 项更新"])).toHaveLength(1);
  });
  it("passes the sentence with its items, and sentences that only use the words", () => {
    expect(defectsOf("dangling-lead-in", ["Neovim 0.8.0 is out!\n\nHere are some highlights:\n• LSP over TCP\n• A 'winbar' option"])).toHaveLength(0);
    expect(defectsOf("dangling-lead-in", ["X 2.0 is out!\n\nThe changes to the parser make it twice as fast."])).toHaveLength(0);
  });
});

describe("a pointer word left after its reference", () => {
  const notes = "fix(RimeWithWeasel): blend_colors algorithm, fix issue like #1405 ([fxliang](https://github.com/rime/weasel/commit/5dbafbb))\n";
  it("flags the word that stood before the removed reference", () => {
    expect(defectsOf("credit-leftover", ["Weasel 0.17.0 发布！\n• RimeWithWeasel: blend_colors algorithm, fix issue like"], notes)).toHaveLength(1);
  });
  it("passes the same word where the notes had no reference after it", () => {
    expect(defectsOf("credit-leftover", ["X 1.0 is out!\n• Make the theme look like"], "- Make the theme look like\n")).toHaveLength(0);
  });
});

describe("a kind tag kept on an item", () => {
  it("flags a bracket tag naming the item's kind, misspelt ones included", () => {
    expect(defectsOf("markdown-leftover", ["ayame 2023.1.0 をリリースしました\n• [UPADTE] handler に echo を使用するように変更する"])).toHaveLength(1);
    expect(defectsOf("markdown-leftover", ["X 1.0 is out!\n• [Fix] keep the cursor"])).toHaveLength(1);
  });
  it("passes components in brackets", () => {
    expect(defectsOf("markdown-leftover", ["X 1.0 is out!\n• [CLI] add `--json`\n• [Core] faster start\n• [Native Code Obfuscator] 1.1.0"])).toHaveLength(0);
  });
});

describe("a paragraph cut to its first words", () => {
  it("flags a CJK paragraph cut after a few characters", () => {
    expect(defectsOf("stub-cut", ["Koishi 4.3.0 发布！\n\n全新的控制台插件：\n在这个版本中…"])).toHaveLength(1);
  });
  it("passes a CJK paragraph cut after its meaning", () => {
    expect(defectsOf("stub-cut", ["Koishi 4.3.0 发布！\n\n全新的控制台插件：\n在这个版本中，我们重写了控制台的插件市场，并支持在线安装…"])).toHaveLength(0);
  });
});

describe("changes that only share words", () => {
  it("passes an item that extends a shorter one, and a highlight a summary named", () => {
    const typos = ["Typos 1.35.5 is out!\n\nFixes:\n• Fix typo in correction to `restauranteur`", "Fixes:\n• Fix typo in correction to `restauranteurs`"];
    expect(defectsOf("repeated-text", typos, "", { mode: "thread" })).toHaveLength(0);
    const summary = ["GoReleaser 2.17.0 is out!\n\nA packaging and verification release: Windows packages, post-release verification, and templated Dockerfiles.", "Highlights:\n• Post-release verification"];
    expect(defectsOf("repeated-text", summary, "", { mode: "thread" })).toHaveLength(0);
  });
});

describe("a column of bracketed names at the lines' ends", () => {
  const notes = "chsh, chfn:\n   - remove readline support [CVE-2022-0563]  [Karel Zak]\nlsfd:\n   - remove --source option  [Masatake YAMATO]\n   - cleanup  [Karel Zak]\n";
  it("flags an author the notes put in brackets at many lines' ends", () => {
    expect(defectsOf("credit-leftover", ["util-linux 2.38 is out!\n\nSecurity:\n• chsh, chfn: remove readline support [CVE-2022-0563] [Karel Zak]"], notes)).toHaveLength(1);
  });
  it("passes an advisory id in brackets, and a bracket the notes use once", () => {
    expect(defectsOf("credit-leftover", ["util-linux 2.38 is out!\n• chsh, chfn: remove readline support [CVE-2022-0563]"], notes)).toHaveLength(0);
    expect(defectsOf("credit-leftover", ["X 1.0 is out!\n• Add a mode [experimental]"], "- Add a mode [experimental]\n")).toHaveLength(0);
  });
});

describe("advisories after a breaking change", () => {
  const notes = "Security\n- Fix request smuggling. See GHSA-9298-4cf8-g4wj\n- Fix a busy loop. See GHSA-3f84-rpwh-47g6\n";
  it("passes a thread whose first post holds breaking changes and one of the fixes", () => {
    const posts = ["Waitress 3.0.1 is out!\n\n⚠️ Breaking changes:\n• Python 3.8 is no longer supported.\n\nSecurity:\n• Fix request smuggling.", "Security:\n• GHSA-3f84-rpwh-47g6: fix a busy loop"];
    expect(defectsOf("security-first", posts, notes, { mode: "thread" })).toHaveLength(0);
  });
  it("flags a thread whose first post spends its room on features first", () => {
    const posts = ["Waitress 3.0.1 is out!\n\nFeatures:\n• A new option for the lookahead", "Security:\n• GHSA-3f84-rpwh-47g6: fix a busy loop"];
    expect(defectsOf("security-first", posts, notes, { mode: "thread" })).toHaveLength(1);
  });
});
