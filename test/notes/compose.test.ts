import twitterText from "twitter-text";
import { describe, expect, it } from "vitest";
import { compose, DEFAULT_TEMPLATE, MAX_THREAD_POSTS, weightedLength } from "../../src/notes/compose.js";
import type { ReleaseTweetError } from "../../src/core/errors.js";
import type { Release } from "../../src/core/types.js";

const URL = "https://github.com/octo/widget/releases/tag/v1.2.0";
const release = (notes: string | null, extra: Partial<Release> = {}): Release => ({
  version: "1.2.0", tag: "v1.2.0", name: "v1.2.0", repo: "widget", owner: "octo", url: URL, notes, ...extra,
});
const codeOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as ReleaseTweetError).code;
  }
  return "no error";
};
const items = (count: number, word = "improvement") =>
  Array.from({ length: count }, (_, index) => `* ${word} number ${index + 1} for the widget parser`).join("\n");

describe("compose: single post", () => {
  it("uses the default template: project, version, notes, link", () => {
    const [post, ...rest] = compose(release("### Features\n\n* add dark mode ([#3](https://github.com/octo/widget/issues/3))"));
    expect(rest).toEqual([]);
    expect(post!.text).toBe(`widget 1.2.0 is out!\n\nFeatures:\n• add dark mode\n\n${URL}`);
    expect(post!.weightedLength).toBe(twitterText.parseTweet(post!.text).weightedLength);
    expect(DEFAULT_TEMPLATE).toContain("{notes}");
  });
  it("null or empty notes collapse without blank lines", () => {
    expect(compose(release(null))[0]!.text).toBe(`widget 1.2.0 is out!\n\n${URL}`);
    expect(compose(release("  \n"), { template: "{repo} {version}: {notes} ({url})" })[0]!.text).toBe(`widget 1.2.0 (${URL})`);
    expect(compose(release(null, { url: "" }), { template: "{repo} {version}: {notes} ({url})" })[0]!.text).toBe("widget 1.2.0");
  });
  it("cuts long notes at an item boundary or word with …, keeping the URL whole and filling ≥ 85%", () => {
    const [post] = compose(release(`### Bug Fixes\n\n${items(40)}`));
    expect(post!.weightedLength).toBeLessThanOrEqual(280);
    expect(post!.weightedLength).toBeGreaterThanOrEqual(0.85 * 280);
    expect(post!.text.endsWith(`…\n\n${URL}`)).toBe(true);
    expect(post!.text.startsWith("widget 1.2.0 is out!\n\nBug Fixes:\n• improvement number 1 for the widget parser\n")).toBe(true);
  });
  it("fills a Premium post too", () => {
    const [post] = compose(release(items(2000)), { maxLength: 25_000 });
    expect(post!.weightedLength).toBeLessThanOrEqual(25_000);
    expect(post!.weightedLength).toBeGreaterThanOrEqual(0.85 * 25_000);
  });
  it("counts CJK and emoji double and never splits an emoji", () => {
    const notes = `* ${"新機能を追加しました。".repeat(30)}\n* 👩‍👩‍👧 family 🇯🇵 flag`;
    const [post] = compose(release(notes));
    expect(post!.weightedLength).toBeLessThanOrEqual(280);
    expect(post!.text).toMatch(/^widget 1\.2\.0 is out!\n\n• 新機能を追加しました。(新機能を追加しました。)+…\n\nhttps/u);
    expect(weightedLength("日本")).toBe(4);
    expect(weightedLength("👩‍👩‍👧")).toBe(2);
  });
  it("never cuts inside a URL", () => {
    const link = "https://example.com/a/very/long/path/that/should/stay/whole";
    const notes = `${"word ".repeat(50)}${link} ${"tail ".repeat(50)}`;
    for (let max = 120; max < 360; max += 7) {
      const text = compose(release(notes), { maxLength: max, template: "{notes}" })[0]!.text;
      const found = text.match(/https:\/\/\S*/u)?.[0];
      if (found !== undefined) expect(found.replace(/…$/u, "")).toBe(link);
    }
  });
  it("drops a label left with nothing under it", () => {
    const notes = `* ${"a".repeat(5)} first\n\n### Later\n\n* ${"long text ".repeat(40)}`;
    const text = compose(release(notes), { maxLength: 80, template: "{notes}" })[0]!.text;
    expect(text).toMatch(/^• aaaaa first\n\nLater:\n• long text/u);
    expect(text.endsWith("…")).toBe(true);
  });
  it("validates options with clear errors", () => {
    expect(codeOf(() => compose(release("x"), { maxLength: 0 }))).toBe("EMAXLENGTH");
    expect(codeOf(() => compose(release("x"), { maxLength: 25_001 }))).toBe("EMAXLENGTH");
    expect(codeOf(() => compose(release("x"), { maxLength: 12.5 }))).toBe("EMAXLENGTH");
    expect(codeOf(() => compose(release("x"), { template: "{vershun}" }))).toBe("ETEMPLATE");
    expect(codeOf(() => compose(release("x"), { maxLength: 30 }))).toBe("ETEMPLATETOOLONG");
    expect(codeOf(() => compose(release(null, { version: "", repo: "", url: "" }), { template: "{repo}{notes}" }))).toBe("EEMPTYPOST");
    expect(() => compose(release("x"), { maxLength: 30 })).toThrow(/already \d+ characters as X counts them, over the limit of 30/);
  });
  it("does not mutate the release", () => {
    const input = release("* a");
    const copy = structuredClone(input);
    compose(input, { thread: true });
    expect(input).toEqual(copy);
  });
});

describe("compose: thread", () => {
  it("puts the template first and continues at item boundaries, losing no item", () => {
    const notes = `### Features\n\n${items(20)}`;
    const posts = compose(release(notes), { thread: true });
    expect(posts.length).toBeGreaterThan(1);
    expect(posts[0]!.text.startsWith("widget 1.2.0 is out!")).toBe(true);
    expect(posts[0]!.text.endsWith(URL)).toBe(true);
    for (const post of posts) expect(post.weightedLength).toBeLessThanOrEqual(280);
    const all = posts.map((post) => post.text).join("\n");
    for (let index = 1; index <= 20; index += 1) expect(all).toContain(`• improvement number ${index} for the widget parser\n`.trimEnd());
    expect(posts.slice(1).every((post) => !post.text.includes("…"))).toBe(true);
  });
  it("splits an item longer than a post at word boundaries", () => {
    const long = Array.from({ length: 120 }, (_, index) => `w${index}`).join(" ");
    const posts = compose(release(`* ${long}`), { thread: true, maxLength: 100 });
    for (const post of posts) expect(post.weightedLength).toBeLessThanOrEqual(100);
    const words = posts.map((post) => post.text).join(" ").match(/w\d+/gu);
    expect(words).toEqual(long.split(" "));
  });
  it("refuses a thread longer than the limit, saying how many posts it would need", () => {
    const error = (() => {
      try {
        compose(release(items(400)), { thread: true });
      } catch (caught) {
        return caught as ReleaseTweetError;
      }
      throw new Error("expected an error");
    })();
    expect(error.code).toBe("ETHREADTOOLONG");
    expect(error.message).toMatch(new RegExp(`need \\d+ posts .* more than the limit of ${MAX_THREAD_POSTS}`, "u"));
    expect(Number(/need (\d+)/u.exec(error.message)![1])).toBeGreaterThan(70);
    expect(error.fix).toMatch(/maxLength.*thread/u);
  });
  it("names the settings as the door calls them", () => {
    const names = { maxLength: "--max-length", thread: "--thread" };
    const failure = (run: () => unknown): ReleaseTweetError => {
      try {
        run();
      } catch (caught) {
        return caught as ReleaseTweetError;
      }
      throw new Error("expected an error");
    };
    const tooLong = failure(() => compose(release(items(400)), { thread: true, settingNames: names }));
    expect(tooLong.fix).toBe("Raise --max-length (up to 25000 with X Premium), shorten the release notes, or turn off --thread to post one shortened post.");
    const badLength = failure(() => compose(release(items(1)), { maxLength: 0, settingNames: names }));
    expect(badLength.message).toMatch(/^--max-length /u);
    expect(badLength.message).not.toMatch(/maxLength/u);
    const template = failure(() => compose(release(items(1)), { template: `${"x".repeat(300)} {notes}`, settingNames: names }));
    expect(template.code).toBe("ETEMPLATETOOLONG");
    expect(template.fix).toMatch(/raise --max-length/u);
  });
});

describe("weighted length and performance", () => {
  it("the direct twitter-text import measures exactly like the package root", () => {
    for (const text of ["", "hello", "日本語 😀 https://example.com/x?y=1 #tag", "e\u0301 👩‍👩‍👧 🇺🇦 \u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "a".repeat(300), "ä".repeat(4000)]) {
      expect(weightedLength(text)).toBe(twitterText.parseTweet(text).weightedLength);
    }
  });
  // Speed is measured by `npm run bench`; this checks that bodies of every size compose into a full, valid post.
  it("composes bodies from 1 KB to 5 MB into one full post", () => {
    const unit = `### Bug Fixes\n\n${items(30)}\n\n* see https://example.com/docs and **bold** [link](https://x.test) ([abc1234](https://github.com/o/r/commit/abc1234))\n\n`;
    for (const size of [1_000, 100_000, 1_000_000, 5_000_000]) {
      const notes = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      const [post] = compose(release(notes));
      expect(post!.weightedLength).toBeLessThanOrEqual(280);
      expect(post!.weightedLength).toBeGreaterThan(240);
      expect(post!.text).toContain("Bug Fixes:");
    }
  });
});

describe("cutting never leaves an empty list item", () => {
  // Whatever the room left, a cut item keeps at least one of its words, or the post ends with a "…" line instead.
  it("ends with words or a '…' line, never a bare bullet and '…'", () => {
    const notes = ["## Added", "", "- ملف README.md محسّن بشكل شامل مع badges", "- ملف LICENSE لتوضيح ترخيص المشروع", "  - مع إرشادات مفصلة للمساهمين والمطورين", "- ملف CONTRIBUTING.md مع إرشادات"].join("\n");
    const release = { version: "1.1.0", tag: "v1.1.0", name: "v1.1.0", repo: "nebras", owner: "o", url: "https://github.com/o/nebras/releases/tag/v1.1.0", notes };
    let cuts = 0;
    for (let maxLength = 60; maxLength <= 200; maxLength++) {
      const [post] = compose(release, { maxLength });
      expect(post!.weightedLength).toBeLessThanOrEqual(maxLength);
      expect(post!.text, `maxLength ${maxLength}`).not.toMatch(/^\s*[•◦]\s*…$/mu);
      if (post!.text.includes("…")) cuts++;
    }
    expect(cuts).toBeGreaterThan(50);
  });
});
