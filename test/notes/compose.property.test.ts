import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compose } from "../../src/notes/compose.js";
import type { ReleaseTweetError } from "../../src/core/errors.js";
import { isValidPost } from "../../src/notes/x-text.js";
import type { Release } from "../../src/core/types.js";
import { markdown } from "./markdown-arbitraries.js";

const RUNS = Math.max(1000, Number(process.env.RELEASE_TWEET_FUZZ_RUNS ?? 0) || 0);
const SEED = 20250314;
/** Long opt-in runs (RELEASE_TWEET_FUZZ_RUNS) need more than the default 30 s. */
const TIMEOUT = 30_000 + RUNS * 10;
const URL = "https://github.com/octo/widget/releases/tag/v1.2.0";
const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].map((s) => s.segment);
// What the composer may add: ellipsis, bullets, label colons, spacing, and the zero-width space that quiets @mentions.
const ADDED = new Set(["…", "•", "◦", ":", " ", "\n", "\u200B"]);

function run(notes: string, maxLength: number, thread: boolean, template?: string) {
  const release: Release = { version: "1.2.0", tag: "v1.2.0", name: "Widget", repo: "widget", owner: "octo", url: URL, notes };
  try {
    return compose(release, { maxLength, thread, template });
  } catch (error) {
    const code = (error as ReleaseTweetError).code;
    expect(["ETHREADTOOLONG", "ETEMPLATETOOLONG", "ETHREAD"]).toContain(code);
    return null;
  }
}

describe("compose properties (fast-check)", () => {
  it("every post is valid, within maxLength, keeps the URL whole and invents no grapheme", () => {
    fc.assert(
      fc.property(markdown, fc.integer({ min: 60, max: 600 }), fc.boolean(), (notes, maxLength, thread) => {
        const posts = run(notes, maxLength, thread);
        if (!posts) return;
        const source = new Set(graphemes(`${notes.normalize("NFC")} widget 1.2.0 is out! ${URL}`));
        expect(posts[0]!.text).toContain(URL);
        for (const post of posts) {
          expect(post.weightedLength).toBeLessThanOrEqual(maxLength);
          expect(isValidPost(post.text, maxLength)).toBe(true);
          for (const g of graphemes(post.text)) if (!ADDED.has(g) && !/^\s+$/u.test(g)) expect(source.has(g), `grapheme ${JSON.stringify(g)}`).toBe(true);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, TIMEOUT);

  it("a thread keeps every list item's text", () => {
    const item = fc.array(fc.constantFrom("alpha", "beta", "日本語", "👩‍👩‍👧", "e\u0301t\u00E9", "https://example.com/x", "gamma."), { minLength: 1, maxLength: 30 }).map((words) => words.join(" "));
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 30 }), fc.integer({ min: 80, max: 400 }), (items, maxLength) => {
        const posts = run(items.map((text) => `* ${text}`).join("\n"), maxLength, true);
        if (!posts) return;
        const squash = (text: string) => text.normalize("NFC").replace(/[\s…•◦\u200B]/gu, "");
        // The first post's fixed parts (title line, link) are not notes.
        const notesOnly = posts.map((post, index) => (index === 0 ? post.text.replace("widget 1.2.0 is out!", "").replace(URL, "") : post.text));
        const all = squash(notesOnly.join(""));
        for (const text of items) expect(all).toContain(squash(text));
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  }, TIMEOUT);

  it("arbitrary templates either render within the limit or throw ETEMPLATE/ETEMPLATETOOLONG", () => {
    const piece = fc.constantFrom("{", "}", "{{", "}}", "{version}", "{notes}", "{url}", "{bogus}", "text ", " — ", ": ", "(", ")", "\n", "😀");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join("")), markdown, (template, notes) => {
        try {
          const posts = compose({ version: "1.2.0", tag: "", name: "", repo: "", owner: "", url: URL, notes }, { template });
          for (const post of posts) expect(post.weightedLength).toBeLessThanOrEqual(280);
        } catch (error) {
          expect(["ETEMPLATE", "ETEMPLATETOOLONG", "EEMPTYPOST"]).toContain((error as ReleaseTweetError).code);
        }
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
  }, TIMEOUT);
});
