import { describe, expect, it } from "vitest";
import { markdownToLines } from "../../src/notes/markdown.js";
import { sanitizeText } from "../../src/notes/sanitize.js";

const texts = (markdown: string) => markdownToLines(markdown).map((line) => `${line.kind}:${line.depth}:${line.text}`);

describe("markdown → lines", () => {
  it("semantic-release: drops version heading, commit links, issue refs and closes trailers", () => {
    const notes = `# [1.1.0](https://github.com/o/r/compare/v1.0.0...v1.1.0) (2022-07-20)

### Bug Fixes

* **api:** handle *empty* bodies ([#12](https://github.com/o/r/issues/12)) ([abc1234](https://github.com/o/r/commit/abc1234def)), closes [#12](https://github.com/o/r/issues/12) [#13](https://github.com/o/r/issues/13)
* keep \`inline code\` text ([deadbee](https://github.com/o/r/commit/deadbee))
`;
    expect(texts(notes)).toEqual([
      "heading:0:Bug Fixes:",
      "item:0:api: handle empty bodies",
      "item:0:keep inline code text",
    ]);
  });
  it("GitHub What's Changed: strips 'by @user in PR-URL', New Contributors and Full Changelog", () => {
    const notes = `## What's Changed
* Add dark mode by @alice in https://github.com/o/r/pull/7
* Bump deps by @dependabot[bot] in https://github.com/o/r/pull/8

## New Contributors
* @alice made their first contribution in https://github.com/o/r/pull/7

**Full Changelog**: https://github.com/o/r/compare/v1.0.0...v1.1.0`;
    expect(texts(notes)).toEqual(["heading:0:What's Changed:", "item:0:Add dark mode", "item:0:Bump deps"]);
  });
  it("changesets: strips PR link, commit and 'Thanks @user! -'", () => {
    const notes = `## 3.0.0

### Major Changes

- [#2128](https://github.com/c/c/pull/2128) [\`7113c01\`](https://github.com/c/c/commit/7113c014330b) Thanks [@Andarist](https://github.com/Andarist)! - Renamed the \`changeset tag\` command.

  More detail in a second paragraph.
  - nested point`;
    expect(texts(notes)).toEqual([
      "heading:0:Major Changes:",
      "item:0:Renamed the changeset tag command. More detail in a second paragraph.",
      "item:1:nested point",
    ]);
  });
  it("keep a changelog: drops the [version] - date heading, keeps link text and bare URLs", () => {
    const notes = `## [1.1.0] - 2019-02-15
### Added
- [Danish](https://example.com/da) translation, see https://keepachangelog.com/da/
`;
    expect(texts(notes)).toEqual(["heading:0:Added:", "item:0:Danish translation, see https://keepachangelog.com/da/"]);
  });
  it("drops images, HTML, tables, code blocks, details and comments; reduces alerts", () => {
    const notes = `<a name="2.0.0"></a>
# v2.0.0 (2024-01-01)

![logo](https://x.test/logo.png)

<!-- internal note -->

<p align="center"><b>Big</b> banner</p>

> [!WARNING]
> Drops Node 18.

> A plain quote.

| a | b |
|---|---|
| 1 | 2 |

\`\`\`js
code();
\`\`\`

<details>
<summary>All commits</summary>

- hidden item

</details>

Text with <kbd>Ctrl</kbd> key.`;
    expect(texts(notes)).toEqual([
      "text:0:Warning: Drops Node 18.",
      "text:0:A plain quote.",
      "text:0:Text with Ctrl key.",
    ]);
  });
  it("GFM task list items keep their text without the checkbox", () => {
    expect(texts("- [ ] write docs\n- [x] ship it\n- [X] tag it\n- \\[x] escaped, not a task")).toEqual([
      "item:0:write docs",
      "item:0:ship it",
      "item:0:tag it",
      "item:0:[x] escaped, not a task",
    ]);
  });
  it("bare commit URLs go like their links; other links keep their text, compare links included", () => {
    expect(texts("Fixed by https://github.com/o/r/commit/abc1234def, see https://example.com/a.")).toEqual([
      "text:0:Fixed by, see https://example.com/a.",
    ]);
    expect(texts("Diff: https://github.com/o/r/compare/v1.0.0...v1.1.0 or <https://github.com/o/r/compare/v1...v2>")).toEqual([
      "text:0:Diff: https://github.com/o/r/compare/v1.0.0...v1.1.0 or https://github.com/o/r/compare/v1...v2",
    ]);
    expect(texts("See [the diff](https://github.com/o/r/compare/v1...v2) and <https://github.com/o/r/commit/abc1234>.")).toEqual([
      "text:0:See the diff and.",
    ]);
    // A version heading behind a compare link and HTML is still the version heading.
    expect(texts("## <small>[8.2.2](https://github.com/o/r/compare/v8.2.1...v8.2.2) (2026-08-20)</small>\n- [Bump to v2](https://github.com/o/r/compare/v1...v2)")).toEqual([
      "item:0:Bump to v2",
    ]);
  });
  it("what dropped links leave does not show: no space before punctuation, no empty brackets", () => {
    const commit = (hash: string) => `[\`${hash}\`](https://github.com/o/r/commit/${hash}0000)`;
    expect(texts(`- Updated dependencies [${commit("a1b2c3d")}, ${commit("e4f5a6b")}, ${commit("c7d8e9f")}]:\n  - pkg@1.2.3`)).toEqual([
      "item:0:Updated dependencies:",
      "item:1:pkg@1.2.3",
    ]);
    expect(texts(`Fixed in ${commit("a1b2c3d")} ${commit("e4f5a6b")}. Thanks!`)).toEqual(["text:0:Fixed in. Thanks!"]);
    // Inline code keeps its own spacing: only dropped links take the space before them.
    expect(texts("Run `npm i .` then ![shot](x.png) go")).toEqual(["text:0:Run npm i . then go"]);
    expect(texts(`Fixed in ${commit("a1b2c3d")}, ${commit("e4f5a6b")}. 修复问题 ![图](x.png)。`)).toEqual(["text:0:Fixed in. 修复问题。"]);
  });
  it("real brackets stay: code like useId() and string[] is what the notes say", () => {
    expect(texts("- Added `useId()` hook, `string[]` type and a (deliberately) empty [] literal")).toEqual([
      "item:0:Added useId() hook, string[] type and a (deliberately) empty [] literal",
    ]);
  });
  it("tabs count to CommonMark's tab stops: a tab-indented sub-item stays a sub-item", () => {
    expect(texts("-\tfoo\n\t-\tbar\n1.\tone\n\t- two")).toEqual(["item:0:foo", "item:1:bar", "item:0:one", "item:1:two"]);
  });
  it("character references cannot bring back what sanitizing removes (bidi controls, orphan marks)", () => {
    expect(texts("x &#x2067;z &#x202E;abc .&#x301;a &amp; &#x1F389;")).toEqual(["text:0:x z abc .a & 🎉"]);
    expect(texts("[abc][c] and [docs][d]\n\n[c]: https://github.com/o/r/commit/abc1234\n[d]: https://example.com/docs")).toEqual([
      "text:0:and docs",
    ]);
  });
  it("every link shows its text, whatever its scheme (posts carry text, never HTML)", () => {
    expect(texts("[click](javascript:alert(1)), [mail](mailto:a@b.c) and <https://example.com/x>")).toEqual([
      "text:0:click, mail and https://example.com/x",
    ]);
  });
  it("footnote references and definitions are dropped; '^[…]' is plain text on GitHub", () => {
    expect(texts("A note[^1] and ^[not a note].\n\n[^1]: the footnote text\n")).toEqual(["text:0:A note and ^[not a note]."]);
  });
  it("strikethrough needs two tildes; entities and escapes become their characters; breaks become spaces", () => {
    expect(texts("About ~50% faster, ~~removed~~ kept.")).toEqual(["text:0:About ~50% faster, removed kept."]);
    expect(texts("&amp; &copy; &#x1F389; \\*not em\\*")).toEqual(["text:0:& © 🎉 *not em*"]);
    expect(texts("one  \ntwo\\\nthree<br>four\nfive")).toEqual(["text:0:one two three four five"]);
  });
  it("empty and null notes give no lines", () => {
    expect(markdownToLines(null)).toEqual([]);
    expect(markdownToLines("")).toEqual([]);
    expect(markdownToLines("## 1.0.0\n")).toEqual([]);
  });
});

describe("sanitize", () => {
  it("removes control characters and bidi overrides, normalizes to NFC", () => {
    expect(sanitizeText("a\u0000b\u202Ec\u2066d\u0007e\uFEFF")).toBe("abcde");
    expect(sanitizeText("e\u0301")).toBe("\u00E9");
    expect(sanitizeText("x\r\ny")).toBe("x\ny");
  });
  it("drops combining marks that ride on Markdown punctuation, keeps keycaps", () => {
    expect(sanitizeText("*\u0301a*")).toBe("*a*");
    expect(sanitizeText("#\uFE0F\u20E3 1\uFE0F\u20E3")).toBe("#\uFE0F\u20E3 1\uFE0F\u20E3");
  });
});
