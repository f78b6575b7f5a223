// Korean and Japanese say "adds" with the verb at the sentence's end; a remark in brackets may follow the full stop
// ("…옵션을 추가합니다. (`tone="layer"`인 경우 적용)"). The line adds something all the same: a feature, even under
// changesets' "Patch Changes", which otherwise reads as fixes.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { release } from "../support/composed.js";

const PROJECT = { repo: "design", owner: "acme", version: "1.2.3" };

describe("an added thing with a remark after the sentence", () => {
  it("is a feature in Korean", () => {
    const notes = "### Patch Changes\n\n- eb390cf: Dialog의 여백을 수정합니다.\n- 6db2515: Toolbar의 `bg` 프로퍼티로 배경 색상을 조절할 수 있는 옵션을 추가합니다. (`tone=\"layer\"`인 경우 적용)\n";
    const [post] = composePosts(release(notes, PROJECT)).posts;
    expect(post?.text).toMatch(/새 기능:\n• Toolbar/u);
  });

  it("is a feature in Japanese", () => {
    const notes = "### Patch Changes\n\n- eb390cf: Dialog の余白を修正しました。\n- 6db2515: Toolbar に背景色を変えるオプションを追加しました。（`tone=\"layer\"` の場合のみ）\n";
    const [post] = composePosts(release(notes, PROJECT)).posts;
    expect(post?.text).toMatch(/新機能:\n• Toolbar/u);
  });
});
