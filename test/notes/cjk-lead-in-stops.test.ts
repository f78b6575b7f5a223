import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";

// Japanese, Chinese and Korean end a sentence that leads in to a list with a stop, where English writes a colon.
describe("a CJK lead-in that ends with a stop over its sub-items", () => {
  it("says its list, as an English lead-in with a colon does", () => {
    const notes = "## 互換性に関する注意\n\n* `Port` 追加に伴い、`Actor` から次のメソッドを削除しました。\n\n    * `Actor.yield`\n    * `Actor#take`\n\n* `Space.id2ref` は非推奨になりました。\n";
    const post = single(notes, { repo: "gem", version: "4.0.0" });
    expect(post).toContain("次のメソッドを削除しました：`Actor.yield`, `Actor#take`");
    expect(post).not.toContain("削除しました。");
  });

  it("leaves a sentence that points at nothing under it as it is", () => {
    const post = single("## 修正\n\n* 次のリリースで `--old` を削除します。\n* 起動を高速化しました。\n", { repo: "gem", version: "4.0.0" });
    expect(post).toContain("次のリリースで `--old` を削除します。");
  });
});
