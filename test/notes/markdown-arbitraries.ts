// Random release-notes Markdown for the property tests: the composer's word soup, and block structures that
// stress where long notes may be cut into pieces (fences in list items, HTML blocks, definitions, blank lines).
import fc from "fast-check";

export const atom = fc.oneof(
  fc.constantFrom("fix", "the", "parser", "Ünïcödé", "naïve", "e\u0301", "n\u0303o", "新機能", "한국어", "조합", "العربية", "👩‍👩‍👧", "🏳️‍🌈", "🇯🇵", "🇺🇦", "👍🏽", "1️⃣", "#12", "@user", "`code`", "**bold**", "_em_", "~~del~~", ".", "!", "?", "。", "(", ")", "[", "]", "<b>", "</b>", "<!--", "-->", "\u0000", "\u0007", "\u202E", "\u2066", "\uFEFF", "\t"),
  fc.constantFrom("https://example.com/a/b?c=d", "https://github.com/o/r/commit/abc1234def", "[link](https://x.test/p)", "[`abc1234`](https://github.com/o/r/commit/abc1234)", "([#3](https://github.com/o/r/issues/3))", "closes #4", "http://例え.jp/パス"),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: "grapheme", maxLength: 4 }),
);

/** The composer's property-test notes: up to 40 lines of Markdown-ish prefixes and words. */
export const markdown = fc
  .array(
    fc.tuple(fc.constantFrom("", "* ", "- ", "  - ", "1. ", "## ", "### ", "> ", "> [!NOTE] ", "| a | ", "```", "<details>", "</details>"), fc.array(atom, { maxLength: 25 }))
      .map(([prefix, words]) => prefix + words.join(" ")),
    { maxLength: 40 },
  )
  .map((lines) => lines.join("\n"));

const word = fc.constantFrom("alpha", "beta", "[ref]", "[Ref][]", "[text][ref]", "[other]", "![img][ref]", "x[^1]", "[^note]", "`a`", "*b*", "<b>c</b>", "https://example.com/x", "e\u0301", "\u20E3", "1\uFE0F\u20E3", "日本");
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((list) => list.join(" "));
// Whole lines that open, continue or close blocks, at the indentations where container rules matter.
const blockLine = fc.oneof(
  words,
  fc.constantFrom("", "", "", " ", "\u00A0", "\u0007", "\t"),
  fc.tuple(fc.constantFrom("", " ", "  ", "   ", "    ", "     "), fc.constantFrom("```", "````", "~~~", "```js", "```a`b", "~~~ x`y", "``` ", "<!--", "-->", "<!-- x -->", "<pre>", "</pre>", "<details>", "</details>", "<summary>s</summary>", "<custom-tag>", "<?php", "?>", "<![CDATA[", "]]>", "<!DOCTYPE html>")).map(([indent, text]) => indent + text),
  fc.tuple(fc.constantFrom("", "  ", "    ", "> ", "- ", "* ", "1. ", "10. ", "  - ", "- - ", "-     ", "# ", "## ", "| a | b |", "|---|---|", "***", "---", "==="), words).map(([prefix, text]) => prefix + text),
  fc.tuple(fc.constantFrom("", "  ", "> ", "- "), fc.constantFrom("[ref]: https://example.com/r", "[REF]:\n  /url", "[other]: <x> 'title'", "[^1]: footnote", "[^note]:\n    more", "[text\nref]: /two-lines", "\\[ref]: not a definition")).map(([prefix, text]) => prefix + text),
);
const lineEnd = fc.constantFrom("\n", "\n", "\n", "\r\n", "\r");

/** Notes built from block-level lines with mixed line endings. */
export const blocks = fc.array(fc.tuple(blockLine, lineEnd), { maxLength: 60 }).map((lines) => lines.map(([text, end]) => text + end).join(""));
