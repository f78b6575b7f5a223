import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BLUESKY_LIMITS, blueskyByteLength, blueskyLength, displayUrl, findLinks, fitsBluesky, toRichText, utf8Length } from "../../src/bluesky/rich-text.js";

const SEED = 20260501;
const RUNS = Math.max(500, Number(process.env.RELEASE_TWEET_FUZZ_RUNS ?? 0) || 0);
const bytesOf = (text: string) => Buffer.from(text, "utf8");
const slice = (text: string, start: number, end: number) => bytesOf(text).subarray(start, end).toString("utf8");
const graphemeCount = (text: string) => [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)].length;
const RELEASE = "https://github.com/octo/widget/releases/tag/v1.2.0";

describe("displayUrl", () => {
  it("keeps a short URL as written", () => {
    expect(displayUrl("https://example.com/a")).toBe("https://example.com/a");
    expect(displayUrl("http://x.example/" + "a".repeat(13))).toBe("http://x.example/aaaaaaaaaaaaa");
  });

  it("drops the scheme of a longer URL, and cuts a long one to 27 graphemes and '…'", () => {
    expect(displayUrl("https://github.com/octo/widget/pull/12")).toBe("github.com/octo/widget/pull…");
    expect(displayUrl(RELEASE)).toBe("github.com/octo/widget/rele…");
    expect(displayUrl("https://docs.example.org/guide/a")).toBe("docs.example.org/guide/a");
  });

  it("never cuts inside a grapheme (emoji or combining marks in an IRI)", () => {
    const shown = displayUrl("https://example.com/caf\u0065\u0301/🎉🎉🎉🎉🎉🎉🎉🎉/🇯🇵🇯🇵🇯🇵🇯🇵🇯🇵/x");
    expect(shown.endsWith("…")).toBe(true);
    expect(graphemeCount(shown)).toBe(28);
    expect(shown).not.toMatch(/[\ud800-\udbff]…$/);
  });
});

describe("findLinks and toRichText", () => {
  it("links http(s) URLs only: bare domains stay text", () => {
    expect(findLinks("see release-notes.md, datetime.date and example.com").length).toBe(0);
    expect(findLinks("get it: http://x.example/a").map((l) => l.url)).toEqual(["http://x.example/a"]);
  });

  it("leaves sentence punctuation and unbalanced brackets out of the link, keeps balanced ones", () => {
    expect(findLinks("Out now (https://x.example/a).").map((l) => l.url)).toEqual(["https://x.example/a"]);
    expect(findLinks("See https://en.wikipedia.org/wiki/Foo_(bar), ok?").map((l) => l.url)).toEqual(["https://en.wikipedia.org/wiki/Foo_(bar)"]);
    expect(findLinks("详见https://example.com/a，谢谢").map((l) => l.url)).toEqual(["https://example.com/a"]);
    expect(findLinks("xhttps://glued.example and https://").length).toBe(0);
  });

  it("shows a long URL shortened, with a facet over exactly the shown text and the full uri", () => {
    const text = `🎉 日本語 v1.2.0 is out: ${RELEASE} — enjoy`;
    const rich = toRichText(text);
    expect(rich.text).toBe("🎉 日本語 v1.2.0 is out: github.com/octo/widget/rele… — enjoy");
    expect(rich.facets).toHaveLength(1);
    const facet = rich.facets[0]!;
    expect(facet.features).toEqual([{ $type: "app.bsky.richtext.facet#link", uri: RELEASE }]);
    // 🎉 is 4 bytes, each of 日本語 3: the link starts after 4+1+9+1+"v1.2.0 is out: " bytes.
    expect(facet.index.byteStart).toBe(4 + 1 + 9 + 1 + "v1.2.0 is out: ".length);
    expect(slice(rich.text, facet.index.byteStart, facet.index.byteEnd)).toBe("github.com/octo/widget/rele…");
  });

  it("writes no mention or hashtag facets", () => {
    const rich = toRichText("thanks @alice.bsky.social for #42 and #release https://x.example");
    expect(rich.facets.map((f) => f.features[0].$type)).toEqual(["app.bsky.richtext.facet#link"]);
  });

  it("counts graphemes and bytes of the text as shown", () => {
    const text = `${"👨‍👩‍👧".repeat(3)} ${RELEASE}`;
    expect(blueskyLength(text)).toBe(3 + 1 + 28);
    expect(blueskyByteLength(text)).toBe(utf8Length(toRichText(text).text));
    expect(utf8Length("👨‍👩‍👧")).toBe(Buffer.byteLength("👨‍👩‍👧"));
    expect(utf8Length("a\ud800b")).toBe(new TextEncoder().encode("a\ud800b").length);
    expect(fitsBluesky("a".repeat(300))).toBe(true);
    expect(fitsBluesky("a".repeat(301))).toBe(false);
    // 121 family emoji: 121 graphemes but 3,025 bytes.
    expect(fitsBluesky("👨‍👩‍👧‍👦".repeat(121))).toBe(false);
    expect(BLUESKY_LIMITS).toEqual({ graphemes: 300, bytes: 3000 });
  });
});

// Text pieces that stress offsets: emoji (4 bytes, ZWJ sequences, flags), CJK (3 bytes), combining marks (2 bytes),
// plain words, punctuation, and URLs of every length.
const piece = fc.oneof(
  fc.constantFrom("🎉", "👨‍👩‍👧‍👦", "🇯🇵", "日本語", "한국어", "e\u0301", "n\u0303o", "Zürich", "—", " ", "\n", ".", "(", ")", ", ", "release", "v1.2.0", "#tag", "@someone"),
  fc.string({ unit: "grapheme", maxLength: 6 }),
);
const url = fc
  .tuple(
    fc.constantFrom("https://", "http://"),
    fc.constantFrom("github.com", "x.example", "docs.example.org", "例え.jp"),
    fc.array(fc.constantFrom("a", "release", "v1.2.0", "pull", "123", "%E2%9C%93", "caf\u00e9", "🎉"), { maxLength: 8 }),
    fc.constantFrom("", "?tab=readme", "#top"),
  )
  .map(([scheme, host, path, tail]) => `${scheme}${host}/${path.join("/")}${tail}`);
const text = fc.array(fc.oneof(piece, url.map((u) => ` ${u} `)), { maxLength: 14 }).map((parts) => parts.join(""));

describe("toRichText properties (fast-check)", () => {
  it("every facet's byte range slices exactly the shown URL text, and the full uri is kept", () => {
    fc.assert(
      fc.property(text, (input) => {
        const links = findLinks(input);
        const rich = toRichText(input);
        expect(rich.facets).toHaveLength(links.length);
        const bytes = bytesOf(rich.text);
        let previousEnd = 0;
        for (const [i, facet] of rich.facets.entries()) {
          const { byteStart, byteEnd } = facet.index;
          expect(byteStart).toBeGreaterThanOrEqual(previousEnd);
          expect(byteEnd).toBeLessThanOrEqual(bytes.length);
          // on character boundaries: no continuation byte at either edge
          for (const edge of [byteStart, byteEnd]) if (edge < bytes.length) expect(bytes[edge]! & 0xc0).not.toBe(0x80);
          expect(slice(rich.text, byteStart, byteEnd)).toBe(displayUrl(links[i]!.url));
          expect(facet.features[0].uri).toBe(links[i]!.url);
          previousEnd = byteEnd;
        }
        // Outside the links nothing changes: removing the shown URLs from both sides leaves the same text.
        let rest = input;
        for (const link of [...links].reverse()) rest = rest.slice(0, link.start) + "\u0000" + rest.slice(link.end);
        let shownRest = rich.text;
        for (const facet of [...rich.facets].reverse()) {
          const b = bytesOf(shownRest);
          shownRest = b.subarray(0, facet.index.byteStart).toString("utf8") + "\u0000" + b.subarray(facet.index.byteEnd).toString("utf8");
        }
        expect(shownRest).toBe(rest);
        expect(blueskyLength(input)).toBe(graphemeCount(rich.text));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("a shown URL never exceeds 30 graphemes", () => {
    fc.assert(
      fc.property(url, (u) => {
        expect(graphemeCount(displayUrl(u))).toBeLessThanOrEqual(30);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
