// A hard-wrapped bullet whose next line starts "+ " is read as a sub-list (CommonMark), so the change ends inside a
// bracket it opened ("물리 행 재배열(완전 순열"): it is shown to its last whole words before the bracket, marked as cut,
// never ending inside the bracket.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { wholeWordsOfCut } from "../../src/notes/text/cleanup.js";

describe("a change the notes cut inside a bracket", () => {
  it("goes back to the words before the open bracket", () => {
    expect(wholeWordsOfCut("`reorder_rows` table op (`apply_table_ops`) — physical row reordering (full permutation")).toBe(
      "`reorder_rows` table op (`apply_table_ops`) — physical row reordering…",
    );
  });

  it("leaves closed brackets and code alone", () => {
    expect(wholeWordsOfCut("Add the `reorder_rows` table op (`apply_table_ops`) for rows")).toBeNull();
    expect(wholeWordsOfCut("Document the `fn(` token the lexer now reads in macros")).toBeNull();
  });

  it("never ends a post's item inside the bracket", () => {
    const notes = "### 더함\n\n- **`reorder_rows` 표 구조 op** (`apply_table_ops`) — 물리 행 재배열(완전 순열\n  + rowAddr 재기입). 편집기 역매핑 갭의 엔진 프리미티브.\n- 새 검증기 추가\n";
    const release = { version: "6.3.0", tag: "v6.3.0", name: "v6.3.0", repo: "hwpx", owner: "acme", url: "https://github.com/acme/hwpx/releases/tag/v6.3.0", notes };
    const text = composePosts(release, { thread: true }).posts.map((post) => post.text).join("\n");
    expect(text).not.toMatch(/\(완전 순열/u);
    expect(text).toContain("물리 행 재배열…");
  });
});
