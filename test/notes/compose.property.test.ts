import fc from "fast-check";
import twitterText from "twitter-text";
import { describe, expect, it } from "vitest";
import { compose } from "../../src/notes/compose.js";
import type { ReleaseTweetError } from "../../src/core/errors.js";
import { composerVocabulary, graphemes } from "./vocabulary.js";
import { isValidPost } from "../../src/notes/text/x-text.js";
import type { Release } from "../../src/core/types.js";
import { markdown } from "./markdown-arbitraries.js";

const RUNS = Math.max(500, Number(process.env.RELEASE_TWEET_FUZZ_RUNS ?? 0) || 0);
const SEED = 20250314;
/** Long opt-in runs (RELEASE_TWEET_FUZZ_RUNS) need more than the default 30 s. */
const TIMEOUT = 60_000 + RUNS * 20;
const URL = "https://github.com/octo/widget/releases/tag/v1.2.0";

const VOCABULARY = composerVocabulary();

function run(notes: string, options: { maxLength: number; thread: boolean; maxPosts?: number }) {
  const release: Release = { version: "1.2.0", tag: "v1.2.0", name: "Widget", repo: "widget", owner: "octo", url: URL, notes };
  try {
    return compose(release, options);
  } catch (error) {
    // Only a limit too small for the opener and the link may refuse: long notes never do.
    expect((error as ReleaseTweetError).code).toBe("ETEMPLATETOOLONG");
    return null;
  }
}

describe("compose properties (fast-check)", () => {
  it("every post is valid and within the limit, keeps the link whole, invents no grapheme and never puts '…' after punctuation", () => {
    fc.assert(
      fc.property(markdown, fc.integer({ min: 60, max: 600 }), fc.boolean(), (notes, maxLength, thread) => {
        const posts = run(notes, { maxLength, thread });
        if (!posts) return;
        expect(posts.length).toBeLessThanOrEqual(5);
        const source = new Set(graphemes(`${notes.normalize("NFC")} widget Widget 1.2.0 ${URL}`));
        expect(posts[0]!.text).toContain(URL);
        for (const post of posts) {
          expect(post.weightedLength).toBeLessThanOrEqual(maxLength);
          expect(post.weightedLength).toBe(twitterText.parseTweet(post.text).weightedLength);
          expect(isValidPost(post.text, maxLength)).toBe(true);
          expect(post.text).not.toMatch(/[.,;:!?。，、；：！？]…/u);
          for (const g of graphemes(post.text)) {
            // A commit subject's first letter in capitals is the notes' letter, not an invented one.
            if (!VOCABULARY.has(g) && !/^\s+$/u.test(g)) expect(source.has(g) || source.has(g.toLowerCase()), `grapheme ${JSON.stringify(g)}`).toBe(true);
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, TIMEOUT);

  it("a thread with room shows every change whole or counts it as left out, never more than its cap", () => {
    const word = fc.constantFrom("alpha", "beta", "日本語", "👩‍👩‍👧", "e\u0301t\u00E9", "https://example.com/x", "gamma.", "(note)", "`code`");
    const item = fc.array(word, { minLength: 2, maxLength: 12 }).map((words) => `adds ${words.join(" ")}`);
    fc.assert(
      fc.property(fc.uniqueArray(item, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 25 }), (items, maxPosts) => {
        const posts = run(items.map((text) => `* ${text}`).join("\n"), { maxLength: 280, thread: true, maxPosts });
        if (!posts) return;
        expect(posts.length).toBeLessThanOrEqual(maxPosts);
        const squash = (text: string) => text.normalize("NFC").replace(/[\s\u200B]/gu, "").toLowerCase();
        const all = squash(posts.map((post) => post.text).join("\n"));
        // An item that is another with a further sentence ("adds gamma." and "adds gamma. beta") is the same change,
        // shown once: the first one listed.
        const extends_ = (longer: string, shorter: string) => /[.!?]$/u.test(shorter) && longer.startsWith(`${shorter} `);
        const changes = items.filter((text, index) => !items.slice(0, index).some((earlier) => extends_(text, earlier) || extends_(earlier, text)));
        const unique = new Set(changes.map((text) => squash(text).replace(/[^\p{L}\p{N}]/gu, "")));
        const shown = changes.filter((text) => all.includes(squash(text))).length;
        // Items half in CJK make notes in that language: "+N more" is said in it.
        const counted = Number(/(?:\+|另有 |ほか |외 )(\d+)/u.exec(posts.at(-1)!.text)?.[1] ?? 0);
        // Shortened changes are neither shown whole nor counted: there are at most as many as posts.
        expect(shown + counted).toBeLessThanOrEqual(unique.size);
        expect(shown + counted).toBeGreaterThanOrEqual(unique.size - posts.length);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  }, TIMEOUT);

  it("arbitrary templates either render within the limit or throw ETEMPLATE/ETEMPLATETOOLONG/EEMPTYPOST", () => {
    const piece = fc.constantFrom("{", "}", "{{", "}}", "{version}", "{notes}", "{url}", "{bogus}", "text ", " — ", ": ", "(", ")", "\n", "😀");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join("")), markdown, (template, notes) => {
        let posts;
        try {
          posts = compose({ version: "1.2.0", tag: "", name: "", repo: "", owner: "", url: URL, notes }, { template });
        } catch (error) {
          expect(["ETEMPLATE", "ETEMPLATETOOLONG", "EEMPTYPOST"]).toContain((error as ReleaseTweetError).code);
          return;
        }
        for (const post of posts) expect(post.weightedLength).toBeLessThanOrEqual(280);
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
  }, TIMEOUT);
});
