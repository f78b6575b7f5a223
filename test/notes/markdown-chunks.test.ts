// Long notes are sanitized and parsed in pieces; these tests hold the pieces to the lines of one whole-body parse.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHUNK_SIZES, markdownSegments, type ChunkSizes } from "../../src/notes/markdown-chunks.js";
import { readNotes, type NoteLine } from "../../src/notes/markdown.js";
import { sanitizeLines, sanitizeText } from "../../src/notes/sanitize.js";
import { blocks, markdown } from "./markdown-arbitraries.js";

const RUNS = Math.max(2000, Number(process.env.RELEASE_TWEET_FUZZ_RUNS ?? 0) || 0);
const SEED = 20250315;
const TIMEOUT = 60_000 + RUNS * 10;
/** One parse of the whole body: the reference every chunked read must match. */
const WHOLE: ChunkSizes = { whole: Infinity, target: Infinity, hard: Infinity };
/** A piece at every clean boundary: the hardest test of where pieces are cut. */
const EVERY_BOUNDARY: ChunkSizes = { whole: 0, target: 0, hard: CHUNK_SIZES.hard };
const lines = (notes: string, sizes: ChunkSizes = CHUNK_SIZES): NoteLine[] => [...readNotes(notes, sizes).lines];

const CORPUS = join(import.meta.dirname, "../../../shared/corpus");
const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((file) => file.endsWith(".md") && file !== "README.md").sort() : [];

describe("chunked reading gives the lines of a whole-body parse", () => {
  it.skipIf(corpus.length === 0)("for every corpus file, cut at every clean boundary and at the default sizes", () => {
    for (const file of corpus) {
      const notes = readFileSync(join(CORPUS, file), "utf8");
      const whole = lines(notes, WHOLE);
      expect(lines(notes, EVERY_BOUNDARY), file).toEqual(whole);
      expect(lines(notes), file).toEqual(whole);
    }
  });

  it("for the composer's property-test notes", () => {
    fc.assert(
      fc.property(markdown, (notes) => {
        expect(lines(notes, EVERY_BOUNDARY)).toEqual(lines(notes, WHOLE));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, TIMEOUT);

  it("for block structures: fences and HTML in list items, definitions, odd blank lines, CR line ends", () => {
    fc.assert(
      fc.property(blocks, (notes) => {
        expect(lines(notes, EVERY_BOUNDARY)).toEqual(lines(notes, WHOLE));
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  }, TIMEOUT);

  it("for the same notes repeated past the default sizes", () => {
    fc.assert(
      fc.property(blocks, fc.integer({ min: 2, max: 40 }), (notes, times) => {
        const long = `${notes}\n\n`.repeat(times);
        expect(lines(long)).toEqual(lines(long, WHOLE));
      }),
      { seed: SEED + 2, numRuns: Math.ceil(RUNS / 10) },
    );
  }, TIMEOUT);
});

describe("where pieces are cut", () => {
  const texts = (notes: string) => [...markdownSegments(notes, EVERY_BOUNDARY)].map((segment) => segment.text);

  it("only before an unindented line after a blank line, outside fences and HTML blocks", () => {
    const notes = [
      "- item\n\n  continued in the item\n",
      "```\ncode\n\nstill code\n```\n",
      "- in a list\n\n  ```js\n  code in the item\n\n  more\n  ```\n",
      "<details>\n<summary>s</summary>\n\n- hidden\n\n</details>\n",
      "<!-- comment\n\nstill comment -->\n",
      "| a | b |\n|---|---|\n| 1 | 2 |\n",
      "last\n",
    ].join("\n");
    expect(texts(notes)).toEqual([
      "- item\n\n  continued in the item\n\n",
      "```\ncode\n\nstill code\n```\n\n",
      "- in a list\n\n  ```js\n  code in the item\n\n  more\n  ```\n\n",
      "<details>\n<summary>s</summary>\n\n",
      "- hidden\n\n",
      "</details>\n\n",
      "<!-- comment\n\nstill comment -->\n\n",
      "| a | b |\n|---|---|\n| 1 | 2 |\n\n",
      "last\n",
    ]);
  });

  it("a fence closed only by the end of its list item, then a real fence at the left margin", () => {
    const notes = "- item\n  ```\n  code\n\nafter\n\n```\nreal code\n\nnot a paragraph\n```\n\nend\n";
    expect(texts(notes)).toEqual(["- item\n  ```\n  code\n\n", "after\n\n", "```\nreal code\n\nnot a paragraph\n```\n\n", "end\n"]);
    expect(lines(notes, EVERY_BOUNDARY)).toEqual(lines(notes, WHOLE));
  });

  it("a backtick line with a backtick in its info string is no fence; a line of non-breaking space is not blank", () => {
    expect(texts("```a`b\n\nnext\n")).toEqual(["```a`b\n\n", "next\n"]);
    expect(texts("- item\n\u00A0\nlazy\n")).toEqual(["- item\n\u00A0\nlazy\n"]);
    expect(lines("- item\n\u00A0\nlazy\n", EVERY_BOUNDARY)).toEqual([{ kind: "item", text: "item lazy", depth: 0 }]);
  });

  it("a piece whose parse ends inside a fenced code block the scanner missed is read on to the fence's end", () => {
    // Four spaces after "10." make "```" the item's fence, which the scanner cannot see; the whole parse shows it.
    const notes = "10.    x\n\n    ```\n\nnot text\n\n    ```\n\nreal text\n";
    expect(lines(notes, EVERY_BOUNDARY)).toEqual(lines(notes, WHOLE));
  });

  it("every segment ends where the body does, and progress reaches 1 only at the end", () => {
    const notes = "## Features\n\n* a\n\n".repeat(3000);
    const segments = [...markdownSegments(notes)];
    expect(segments.map((segment) => segment.text).join("")).toBe(notes);
    expect(segments.at(-1)?.rawEnd).toBe(notes.length);
    const reader = readNotes(notes);
    reader.lines.next();
    expect(reader.progress()).toBeGreaterThan(0);
    expect(reader.progress()).toBeLessThan(0.1);
    expect([...reader.lines].length).toBeGreaterThan(0);
    expect(reader.progress()).toBe(1);
  });
});

describe("reference-style links in long notes", () => {
  const filler = "* filler item with some words\n".repeat(400);

  it("resolve wherever their definition is: before, after, inside a list item, as footnotes", () => {
    const notes = `* see [the docs][docs] and [Guide][] and x[^1]\n\n${filler}\n- [guide]: https://example.com/guide\n\n${filler}\n[DOCS]: https://example.com/docs\n\n[^1]: a footnote\n`;
    expect(notes.length).toBeGreaterThan(3 * CHUNK_SIZES.target);
    const [first] = lines(notes);
    expect(first).toEqual({ kind: "item", text: "see the docs and Guide and x", depth: 0 });
    expect(lines(notes)).toEqual(lines(notes, WHOLE));
  });

  it("are found past tab-heavy text (tabs widen in sanitizing; where a piece ends is still exact)", () => {
    const tabs = "```go\n" + "\t\t\tx\n".repeat(300) + "```\n";
    const notes = `- fixed [abc1234] and see [docs]\n\n${filler.slice(0, 60 * 30)}\n${tabs}\n[abc1234]: https://github.com/o/r/commit/abc1234\n[docs]: https://example.com/docs\n\n${"more text\n".repeat(200)}`;
    expect(notes.length).toBeGreaterThan(CHUNK_SIZES.whole);
    const [first] = lines(notes);
    expect(first).toEqual({ kind: "item", text: "fixed and see docs", depth: 0 });
    expect(lines(notes)).toEqual(lines(notes, WHOLE));
  });

  it("footnote labels may hold '[' (as markdown-it-footnote reads them)", () => {
    const notes = `text[^a[b] here\n\n${filler}\n[^a[b]: the note\n`;
    expect(lines(notes)[0]).toEqual({ kind: "text", text: "text here", depth: 0 });
    expect(lines(notes)).toEqual(lines(notes, WHOLE));
  });

  it("do not resolve to a 'definition' inside a code block or after an escaped bracket", () => {
    const notes = `* see [docs] and [other]\n\n${filler}\n\`\`\`\n[docs]: https://example.com/docs\n\`\`\`\n\n\\[other]: https://example.com\n`;
    const [first] = lines(notes);
    expect(first).toEqual({ kind: "item", text: "see [docs] and [other]", depth: 0 });
    expect(lines(notes)).toEqual(lines(notes, WHOLE));
  });
});

describe("sanitizing piece by piece", () => {
  // Text where every rule applies: CR LF and CR, tabs, controls, bidi, lone surrogates, marks to compose or drop.
  const unit = fc.constantFrom("a", "e", "\u0301", "\u0308", "\u20E3", "\uFE0F", "\u200D", "#", "*", " ", "\t", "\n", "\r", "\r\n", "\u0000", "\u202E", "\uD83D", "\uDE00", "😀", "한", "\u1100", "\u1161", "\u00A0");
  const text = fc.array(unit, { maxLength: 60 }).map((units) => units.join(""));

  it("joins to sanitizeText of the whole when cut just after any line break", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 5 }), (source, picks) => {
        const breaks = [...source.matchAll(/\r\n|\r(?!\n)|\n/g)].map((match) => match.index + match[0].length);
        const cuts = [...new Set(picks.map((pick) => breaks[pick % Math.max(breaks.length, 1)]).filter((cut) => cut !== undefined))].sort((a, b) => a - b);
        const pieces = [0, ...cuts].map((start, index) => source.slice(start, cuts[index] ?? source.length));
        expect(pieces.map((piece, index) => sanitizeLines(piece, index === 0)).join("")).toBe(sanitizeText(source));
      }),
      { seed: SEED + 3, numRuns: RUNS * 5 },
    );
  });

  it("drops marks before a keycap sign only at the very start of the text", () => {
    expect(sanitizeLines("\u20E3x\n", true)).toBe("x\n");
    expect(sanitizeLines("\u20E3x\n", false)).toBe("\u20E3x\n");
    expect(sanitizeText("a\n\u20E3x")).toBe("a\n\u20E3x");
  });
});
