// What a blind review (AL) found: an item that promises the list under it with no colon ("以下の機種に対応") shown with
// its list gone; a removal of what was deprecated labelled "deprecated".
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { release, thread } from "../support/composed.js";
import { defectsOf } from "../support/defects-of.js";

const PROJECT = { repo: "printer-sdk", owner: "acme", version: "1.10.0" };

const FEW_MODELS = `## 1.10.0

* ファームウェアの更新を行うAPIを追加
* 以下のプリンター機種をサポート対象として対応
  * TSP100LAN
  * TSP100ECO (Androidのみ)
  * SP700
* ログ保存のパフォーマンス改善
`;

const MANY_MODELS = `## 2.0.0

* Support the following printer models
${["TSP100LAN", "TSP100ECO", "TSP650II", "SP700", "mC-Print2", "mC-Print3", "mPOP", "SM-L200", "SM-S210i", "SM-S230i", "SM-T300i", "SM-T400i", "BSC10"].map((model) => `  * ${model}`).join("\n")}
* Improve logging performance
`;

describe("an item that promises its list without a colon", () => {
  it("shows a short list inline, under the lead-in's own kind", () => {
    const text = thread(FEW_MODELS, PROJECT).join("\n");
    expect(text).toContain("以下のプリンター機種をサポート対象として対応：TSP100LAN, TSP100ECO (Androidのみ), SP700");
    expect(text).not.toContain("その他");
  });

  it("says how many a long list names, never the bare promise", () => {
    const [post] = composePosts(release(MANY_MODELS, { ...PROJECT, version: "2.0.0" })).posts;
    expect(post?.text).toContain("Support 13 printer models");
    expect(post?.text).not.toContain("the following");
  });

  it("is flagged by the dangling-lead-in check when its list is left out", () => {
    expect(defectsOf("dangling-lead-in", ["x 1.10.0 をリリースしました！\n• 以下のプリンター機種をサポート対象として対応"], FEW_MODELS)).toHaveLength(1);
    expect(defectsOf("dangling-lead-in", ["x 1.10.0 をリリースしました！\n• 以下のプリンター機種をサポート対象として対応：TSP100LAN, SP700"], FEW_MODELS)).toHaveLength(0);
  });
});

const REMOVED_DEPRECATED = `## v0.2.0

### 非推奨に指定していたモジュール、関数を削除しました

- \`parser::parse\`を使用しているコードは動かなくなります。
  \`parser::Parser\`の使用を検討してください。
`;

describe("a removal of what was deprecated", () => {
  it("is labelled a removal, never a deprecation, and keeps its replacement", () => {
    const text = thread(REMOVED_DEPRECATED, { ...PROJECT, version: "0.2.0" }).join("\n");
    expect(text).not.toContain("非推奨:");
    expect(text).toContain("削除");
    expect(text).toContain("Parser");
  });

  it("reads the same in English", () => {
    const text = thread("## 3.0.0\n\n### Removed deprecated APIs\n\n- `parse()` is gone; use `Parser` instead.\n- Fix a typo in the help text.\n", { ...PROJECT, version: "3.0.0" }).join("\n");
    expect(text).not.toMatch(/^Deprecat/mu);
  });
});
