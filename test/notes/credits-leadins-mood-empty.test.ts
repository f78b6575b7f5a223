// A heading that credits contributors in any language is credit; a lead-in of any length ending in ":" over a list
// groups that list; sentences on the day, the year or the team's mood are no change in any language; and a post that
// shows nothing of notes of real size is a defect the checks name.
import { describe, expect, it } from "vitest";
import { headingMeaning } from "../../src/notes/kinds/kinds.js";
import { proseScore } from "../../src/notes/prose/prose.js";
import { checkPosts } from "../support/post-checks.js";
import { single, thread } from "../support/composed.js";

const URL = "https://github.com/acme/sprocket/releases/tag/v3.0.0";
const PROJECT = { repo: "sprocket", owner: "acme", version: "3.0.0" };
const joinedThread = (notes: string): string => thread(notes, PROJECT).join("\n\n");

describe("a heading that credits contributors", () => {
  it("is credit in any language, the word alone", () => {
    for (const heading of ["コントリビューション", "貢献者", "贡献者", "贡献", "기여자", "기여", "Contributions", "🙌 Contributions", "Code contributions"]) {
      expect(headingMeaning(heading), heading).toBe("drop");
    }
  });

  it("drops its 'Name: what they did' list from every post", () => {
    const notes = [
      "#### 新機能",
      "- `Rect::chamfered()` を追加しました",
      "- `Math::ClampAngle()` を追加しました",
      "",
      "#### 不具合・バグ修正",
      "- Linux のビルドにおける不具合を修正しました",
      "",
      "#### コントリビューション",
      "- [Raclamusi](https://github.com/Raclamusi): **長方形内のテキスト描画の不具合修正**, `DiscreteSample()` の改善",
      "- [yaito3014](https://github.com/yaito3014): **`Indexed()` の不具合修正**, Linux ビルドの不具合修正",
      "",
    ].join("\n");
    expect(joinedThread(notes)).not.toMatch(/Raclamusi|yaito3014|コントリビューション/u);
    expect(single(notes, PROJECT)).toContain("`Rect::chamfered()` を追加しました");
  });
});

describe("a lead-in of any length ending in a colon", () => {
  const notes = [
    "## ✨ New `useLayout` composable",
    "",
    "There's a new `useLayout` composable for reading the layout resolved for the current route.",
    "",
    "## ⚠️ Heads-Up Before Upgrading",
    "",
    "As mentioned above, this release includes three major dependency bumps. For most apps they're transparent, but they're worth a moment of attention:",
    "",
    "- **Vite 8** – check custom Vite plugins and config against the Vite migration guide.",
    "- **`unhead` v3** – possible breaking type changes from stricter `useHead` typing.",
    "",
  ].join("\n");

  it("makes its part a section whose items are the list's, never the part's title alone", () => {
    expect(single(notes, PROJECT)).not.toContain("Heads-Up Before Upgrading");
    expect(joinedThread(notes)).toMatch(/Vite 8 – check custom Vite plugins/u);
  });
});

describe("a sentence on the day, the year or the team's mood", () => {
  it("is no change, in any language", () => {
    for (const sentence of [
      "오늘, 저희는 Vite의 이야기에서 또 다른 큰 발걸음을 내딛게 되었습니다.",
      "올해는 정말 다사다난한 한 해였습니다.",
      "What a year it has been!",
      "It's been a wild year for the project.",
      "今日、私たちは新しい一歩を踏み出しました。",
      "今年は本当に忙しい一年でした。",
      "今天，我们迈出了新的一步。",
    ]) {
      expect(proseScore(sentence), sentence).toBeLessThan(0);
    }
  });

  it("leaves a sentence that says a change", () => {
    expect(proseScore("Vite 6 now supports Node.js 18, 20 and 22+.")).toBeGreaterThanOrEqual(0);
  });
});

describe("the empty-post check", () => {
  const bigNotes = `## Features\n\n${Array.from({ length: 30 }, (_, index) => `- Add the \`widget${index}\` option to the sprocket renderer`).join("\n")}\n`;
  const check = (post: string, notes: string) => checkPosts({ posts: [post], notes, releaseUrl: URL, mode: "single", maxLength: 280 }).filter((defect) => defect.check === "empty-post");

  it("flags a post that shows only its opener and link from notes of real size", () => {
    expect(check(`sprocket 3.0.0 is out!\n\n${URL}`, bigNotes)).toHaveLength(1);
    expect(check(`sprocket 3.0.0 is out!\n\n+30 more changes\n\n${URL}`, bigNotes)).toHaveLength(1);
  });

  it("passes a post with an item, and small notes", () => {
    expect(check(`sprocket 3.0.0 is out!\n\n• Add the \`widget1\` option\n\n${URL}`, bigNotes)).toHaveLength(0);
    expect(check(`sprocket 3.0.0 is out!\n\n${URL}`, "- Fix a typo\n")).toHaveLength(0);
  });
});
