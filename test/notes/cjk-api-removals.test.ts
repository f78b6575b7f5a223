import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { setupBreakage } from "../../src/notes/kinds/setup-breaks.js";
import { release } from "../support/composed.js";

const PROJECT = { repo: "browser", owner: "acme", version: "140.0", language: "ja" };
const LONG = "これは長い説明の文であり、ほかの機能との関係や使い方を詳しく述べていて、投稿の一つの項目としてはかなりの字数を占めるものです";

// Two removals under two "廃止" headings, each long: only one fits the single post.
const NOTES = `このページでは、開発者に影響する Browser 140 の変更点をまとめています。

## ウェブ開発者向けの変更点一覧

### CSS

#### 廃止

- 仕様の変更に従って、区分コンテンツの内部に入れ子になった \`<h1>\` 要素のユーザーエージェントスタイルを削除しました。${LONG}。

### API

- 新しいストレージ API をサポートしました。

#### 廃止

- \`TreeChangeEvent\` インターフェイスと、関連するイベント (\`NodeAdded\`、\`NodeDropped\`、\`TextChanged\`) を削除しました。${LONG}。
`;

describe("a removal of what code calls, in Chinese, Japanese and Korean", () => {
  it("reads as taking API away, where a removed style does not", () => {
    expect(setupBreakage("`TreeChangeEvent` インターフェイスと、関連するイベント (`NodeAdded`、`NodeDropped`) を削除しました。")).toBe(1);
    expect(setupBreakage("移除了 `legacyMode` 选项。")).toBe(1);
    expect(setupBreakage("`legacy` 옵션을 제거했습니다.")).toBe(1);
    expect(setupBreakage("`<h1>` 要素のユーザーエージェントスタイルを削除しました。")).toBe(0);
  });

  it("is the one shown when only one removal fits the post", () => {
    const [post] = composePosts(release(NOTES, PROJECT)).posts;
    expect(post?.text).toContain("TreeChangeEvent");
  });
});
