// In prose (blog and launch posts, paragraphs under headings) a part's first sentence is often context, a lead-in, a
// connective that points back at a dropped sentence, history or filler. The sentence that states what changed stands
// for the part; the others are shown only when nothing else is.
import { describe, expect, it } from "vitest";
import { compose } from "../../src/notes/compose.js";
import type { Release } from "../../src/core/types.js";
import { isBackgroundHeading, keySentence } from "../../src/notes/prose/blog-sections.js";
import { statedChange } from "../../src/notes/prose/change-statement.js";
import { readNotesModel } from "../../src/notes/model.js";

const URL = "https://github.com/acme/sprocket/releases/tag/v4.0.0";
const release = (notes: string): Release => ({ version: "4.0.0", tag: "v4.0.0", name: "v4.0.0", repo: "sprocket", owner: "acme", url: URL, notes });
const posts = (notes: string, thread: boolean): string[] => compose(release(notes), { thread }).map((post) => post.text);
const shown = (notes: string): string[] => readNotesModel(notes).entries.filter((entry) => !entry.fluff).map((entry) => entry.text);

describe("a part titled by its topic", () => {
  it("is said with its change, not with a connective that points back at a dropped sentence", () => {
    const key = keySentence("更好的群组支持", ["为此，我们引入了 `session.guild` 属性。", "这个属性可以用来区分不同的群组。"]);
    expect(key).toBe("我们引入了 `session.guild` 属性。");
  });

  it("is not said with its history: the title alone says the change when no sentence states it", () => {
    const sentences = [
      "In the past few years, Sprockets have gained a lot of traction in the community, and have become the default.",
      "Sprocket started out with many wheels built in.",
    ];
    expect(keySentence("Sprockets replace the old gears", sentences)).toBeNull();
    expect(keySentence("Wheels have landed", ["Sprocket started out with many language wheels built in.", "All wheels now ship as their own modules."])).toBe("All wheels now ship as their own modules.");
  });

  it("on how to adopt a release names no change", () => {
    expect(isBackgroundHeading("Adopting Sprocket 4")).toBe(true);
    expect(isBackgroundHeading("Adopting the new scheduler")).toBe(false);
  });
});

describe("a sentence of prose", () => {
  it("states its change without a connective that only links it", () => {
    expect(statedChange("不过在 v3 的基础上，我们加入了大量的新特性。")).toBe("在 v3 的基础上，我们加入了大量的新特性。");
    expect(statedChange("However, the `serve` command now reloads on change.")).toBe("The `serve` command now reloads on change.");
    expect(statedChange("そのため、`--watch` オプションを追加しました。")).toBe("`--watch` オプションを追加しました。");
    expect(statedChange("그래서 `--watch` 옵션을 추가했습니다.")).toBe("`--watch` 옵션을 추가했습니다.");
    expect(statedChange("With, viewer axis labels now use negative indexing by default.")).toBe("Viewer axis labels now use negative indexing by default.");
  });

  it("that points back, tells history, leads in or fills states no change", () => {
    for (const sentence of [
      "That's because Sprocket used 0-based indexing for its labels, which breaks down with mixed dimensions.",
      "In the past few years, wheels have gained a lot of traction.",
      "As with every major release, Sprocket 4 introduces incompatible changes.",
      "Here are some highlights from Sprocket 2022 development.",
      "If you're upgrading an existing app, jump straight to the migration notes.",
      "Sprocket is the world's most-loved gear.",
      "We look forward to what y'all build with it!",
      "This LTS release is the culmination of multi-year efforts, and we're excited to see them land.",
      "This is probably one of, if not the, biggest and most impactful releases we've done yet.",
      "Failure to do so may cause issues!",
      "This release has been a long time coming, with over 6 months of development.",
      "4.0 also includes a few API cleanups and typing changes that are worth checking when you upgrade.",
    ]) {
      expect(statedChange(sentence), sentence).toBeNull();
    }
    expect(statedChange("The `serve` command now reloads on change.")).toBe("The `serve` command now reloads on change.");
  });
});

const BLOG = [
  "Sprocket is the world's most-loved gear. Here are some highlights from Sprocket 2026 development.",
  "",
  "## Labels",
  "",
  "That's because Sprocket used 0-based indexing for its labels, which breaks down with mixed dimensions. With [#8565](https://github.com/acme/sprocket/pull/8565), labels now use negative indexing by default.",
  "",
  "## Plugins",
  "",
  "为此，我们引入了 `session.guild` 属性。",
  "",
  "## Wrapping up",
  "",
  "The `serve` command now reloads on change. We look forward to what y'all build with it!",
  "",
].join("\n");

describe("prose notes", () => {
  it("show the sentences that state changes, never the lead-in, the back-reference or the filler", () => {
    const texts = shown(BLOG);
    expect(texts).toContain("Labels now use negative indexing by default.");
    expect(texts).toContain("我们引入了 `session.guild` 属性。");
    expect(texts.join("\n")).not.toMatch(/most-loved|Here are some highlights|That's because|look forward|为此/u);
    for (const post of [...posts(BLOG, false), ...posts(BLOG, true)]) {
      expect(post, post).not.toMatch(/most-loved|Here are some highlights|That's because|look forward|为此|With,/u);
    }
  });
});
