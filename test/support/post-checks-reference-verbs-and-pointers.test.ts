// Checks for what blind review Z saw and the checks missed: a reference verb left without its reference, a tracker id, a
// pointer to a page without its link, a breaking change only counted, a lead-in that points back, a cut inside German
// quotes or after a function word of another language.
import { describe, expect, it } from "vitest";
import { defectsOf } from "./defects-of.js";

describe("a reference verb whose reference went", () => {
  const notes =
    "- [PR#879](https://github.com/o/r/pull/879) resolved [#873](https://github.com/o/r/issues/873) by adding a new `bans.std-replacements` lint.\n" +
    "* **grep:** remove nul bytes from warning messages in grep output. Fixes [#2744](https://github.com/o/r/issues/2744), Closes [#2768](https://github.com/o/r/issues/2768)\n";
  it("flags the verb joined to the words after the reference, and the verb left at the end", () => {
    expect(defectsOf("credit-leftover", ["cargo-deny 0.20.0 is out!\n• Resolved by adding a new `bans.std-replacements` lint."], notes)).toHaveLength(1);
    expect(defectsOf("credit-leftover", ["snacks.nvim 2.31.0\n• grep: remove nul bytes from warning messages in grep output. Fixes"], notes)).toHaveLength(1);
  });
  it("passes the change said without the verb, and the same words where the notes had no reference", () => {
    expect(defectsOf("credit-leftover", ["cargo-deny 0.20.0 is out!\n• Add a new `bans.std-replacements` lint.\n• grep: remove nul bytes from warning messages in grep output."], notes)).toHaveLength(0);
    expect(defectsOf("credit-leftover", ["X 1.0\n• The flaky upload is resolved by adding a retry."], "- The flaky upload is resolved by adding a retry.\n")).toHaveLength(0);
  });
});

describe("a tracker id in brackets", () => {
  const notes = "  * gpg: New options --[no-]auto-key-upload.  [T7333]\n  * gpgsm: Fix a crash.  [T7401]\n    [rG53252628de]\n  * agent: Speed up.  [rG7b133027ae]\n";
  it("flags an id the notes use as a column of tracker references", () => {
    expect(defectsOf("credit-leftover", ["GnuPG 2.5.12\n• gpg: New options --[no-]auto-key-upload. [T7333]"], notes)).toHaveLength(1);
    expect(defectsOf("credit-leftover", ["GnuPG 2.5.12\n• agent: Speed up. [rG7b133027ae]"], notes)).toHaveLength(1);
  });
  it("passes brackets that are code or a single bracketed word", () => {
    expect(defectsOf("credit-leftover", ["GnuPG 2.5.12\n• gpg: New options --[no-]auto-key-upload.\n• Support `arr[i2048]` indexing [beta]"], notes)).toHaveLength(0);
  });
});

describe("a pointer to a page without its link", () => {
  const notes = "- [移行ガイド v1.3.0](/docs/migration/v1.3.0) でアップグレード手順を確認してください。\n- See [the upgrade notes](https://x.dev/upgrade) before you start.\n- Add [Fast folds](https://x.dev/ufo) to the editor.\n";
  it("flags a sentence that sends the reader to a linked page now shown without its link", () => {
    expect(defectsOf("orphan-link-text", ["mbc 1.3.0 リリース！\n• 移行ガイド v1.3.0 でアップグレード手順を確認してください。"], notes)).toHaveLength(1);
    expect(defectsOf("orphan-link-text", ["X 1.3.0 is out!\n• See the upgrade notes before you start."], notes)).toHaveLength(1);
  });
  it("passes the pointer with a link, and a page's name used in a sentence that points nowhere", () => {
    expect(defectsOf("orphan-link-text", ["X 1.3.0 is out!\n• See the upgrade notes before you start: https://x.dev/upgrade"], notes)).toHaveLength(0);
    expect(defectsOf("orphan-link-text", ["X 1.3.0 is out!\n• Add Fast folds to the editor."], notes)).toHaveLength(0);
  });
});

describe("a breaking change only counted in post 1", () => {
  it("flags a count of breaking changes in a post that shows none", () => {
    expect(defectsOf("breaking-first", ["Firefox 140 リリース！\n• 新機能 A\n\nほか 15 件の変更（うち破壊的変更 1 件）"])).toHaveLength(1);
    expect(defectsOf("breaking-first", ["X 2.0 is out!\n• Faster builds\n\n+4 more changes (1 breaking)"])).toHaveLength(1);
  });
  it("passes a count beside a breaking change the post shows", () => {
    expect(defectsOf("breaking-first", ["X 2.0 is out!\n\n⚠️ Breaking changes:\n• Drop Node 18\n\n+4 more changes (1 breaking)"])).toHaveLength(0);
    expect(defectsOf("breaking-first", ["X 2.0 is out!\n• Faster builds\n\n+4 more changes (1 security fix)"])).toHaveLength(0);
  });
});

describe("a lead-in that points back", () => {
  it("flags a label-shaped lead-in that explains what the post does not show", () => {
    expect(defectsOf("mid-argument", ["Mpx 2.11.0 发布了！\n\n这意味着：\n• CSS var 和 fallback 中同样可使用上述简写属性和特定样式。"])).toHaveLength(1);
  });
  it("passes a kind label", () => {
    expect(defectsOf("mid-argument", ["Mpx 2.11.0 发布了！\n\n新功能：\n• 支持 CSS var。"])).toHaveLength(0);
  });
});

describe("cuts in other languages' quotes and function words", () => {
  it("flags a cut inside German quotes, and a cut after an article or a particle", () => {
    expect(defectsOf("cut-in-brackets", ["AEM 25194\n• Beim Suchen wird das Bedienfeld „Suchen…"])).toHaveLength(1);
    expect(defectsOf("stub-cut", ["AEM 25194\n• Die Veröffentlichung in Salesforce überschreibt den…"])).toHaveLength(1);
    expect(defectsOf("stub-cut", ["mbc 1.3.0\n• サービスの設定を…"])).toHaveLength(1);
  });
  it("passes closed German quotes and a cut on a content word", () => {
    expect(defectsOf("cut-in-brackets", ["AEM 25194\n• Das Bedienfeld „Suchen“ bleibt offen und zeigt…"])).toHaveLength(0);
    const notes = "- Die Veröffentlichung in Salesforce überschreibt die Zuordnung der Felder.\n";
    expect(defectsOf("stub-cut", ["AEM 25194\n• Die Veröffentlichung in Salesforce überschreibt die Zuordnung…"], notes)).toHaveLength(0);
  });
});
