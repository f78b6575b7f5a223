// A status bracket on a change ("(experimental)", "（実験的）", "(beta)", "[preview]", "（实验性）", "(베타)") is part of what it
// means: cleanup does not take it for a person's credit, and a change shown by its first sentence keeps it.
import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";

describe("status brackets", () => {
  it("stay on items in scripts without case", () => {
    const post = single("## 新機能\n\n* 新しいトークナイザー`TokenH3Index`を追加しました。（実験的）\n* 新しい関数`number_round()`を追加しました。\n");
    expect(post).toContain("追加しました。（実験的）");
    expect(single("## 新功能\n\n- 新增 `foo` 组件（实验性）\n- 新增 `bar` 组件\n")).toContain("新增 `foo` 组件（实验性）");
    expect(single("## Features\n\n- 새 API 추가 (베타)\n- Add streaming uploads\n")).toContain("새 API 추가 (베타)");
  });

  it("stay on items in English", () => {
    const post = single("## Features\n\n- Add the new query planner (experimental)\n- Add streaming uploads (beta)\n- Support HTTP/3 (Experimental, Linux only)\n");
    expect(post).toContain("planner (experimental)");
    expect(post).toContain("uploads (beta)");
    expect(post).toContain("HTTP/3 (Experimental, Linux only)");
    // Two capitalised words read like a person's name; these say a status.
    expect(single("## Features\n\n- Add the new query planner (Developer Preview)\n- Add streaming uploads\n")).toContain("planner (Developer Preview)");
  });

  it("stay in square brackets, where a shortcut link's words would lose them", () => {
    const post = single("## Features\n\n- Add `--json` output [beta]\n- Add the sync command [preview]\n- Add streaming uploads\n");
    expect(post).toContain("output [beta]");
    expect(post).toContain("command [preview]");
    // A shortcut link's words in a sentence still read without their brackets.
    expect(single("## Features\n\n- Allow querying of [metadata] by name\n")).toContain("querying of metadata by name");
  });

  it("stay after the first sentence a long change is shown by", () => {
    const long =
      "非テキストベースのトークナイザーを使ったインデックスのオンライン構築とオフライン構築をサポートしました。これにより、位置情報や数値などのデータに対しても、テキストと同じようにインデックスを構築して、高速に検索できるようになります。（実験的）";
    const post = single(`## 新機能\n\n* ${long}\n* 新しい関数\`number_round()\`を追加しました。\n`);
    expect(post).toContain("サポートしました。（実験的）");
  });

  it("still lets a person's credit in brackets go", () => {
    expect(single("## Features\n\n- Add the new query planner. (jdoe)\n- Add streaming uploads\n")).not.toContain("jdoe");
  });
});
