// Notes headed with "=" signs (Ruby's RD, AsciiDoc) and Ruby's tag brackets ("[GitHub#120][Patch by A]").
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { equalsHeadingsAsMarkdown, rdInlineAsMarkdown } from "../../src/notes/formats/rd.js";
import { withoutTagBrackets } from "../../src/notes/formats/tag-brackets.js";

const RD = [
  "== 3.2.0: 2025-11-20",
  "",
  "=== Improvements",
  "",
  "  * Added support for Ruby 3.4.",
  "    [GitHub#120][Patch by Alice Example]",
  "",
  "  * (({Widget#render})): Added (({:indent})) option.",
  "    [GitHub#118][Reported by Bob]",
  "",
  "=== Fixes",
  "",
  "  * Fixed a crash when the input is empty.",
  "    [GitHub#121][Reported by Carol]",
  "",
].join("\n");

const post = (notes: string) =>
  composePosts({ version: "3.2.0", tag: "v3.2.0", name: "v3.2.0", repo: "widget", owner: "ruby", url: "https://github.com/ruby/widget/releases/tag/v3.2.0", notes }).posts[0]?.text ?? "";

describe("equals-sign headings", () => {
  it("reads RD's sections and inline markup as Markdown's", () => {
    const markdown = equalsHeadingsAsMarkdown(RD);
    expect(markdown).toContain("### Improvements");
    expect(markdown).toContain("`Widget#render`: Added `:indent` option.");
  });
  it("leaves Markdown notes alone, even with a line that starts with '=='", () => {
    const notes = "## Changes\n\n- `==` is strict now\n\n== not a heading here\n";
    expect(equalsHeadingsAsMarkdown(notes)).toBe(notes);
  });
  it("leaves '=' lines inside fenced code alone", () => {
    const notes = "== 1.0\n\n```\n= not a heading\n```\n\n== Fixes\n";
    expect(equalsHeadingsAsMarkdown(notes)).toContain("```\n= not a heading\n```");
  });
  it("writes RD links and emphasis as Markdown", () => {
    expect(rdInlineAsMarkdown("See ((<the guide|URL:https://example.com/guide>)) and ((*now*)).")).toBe("See [the guide](https://example.com/guide) and *now*.");
  });
  it("posts an RD changelog's changes with their labels, no RD marks and no tags", () => {
    const text = post(RD);
    expect(text).toContain("Improvements:");
    expect(text).toContain("• `Widget#render`: Added `:indent` option.");
    expect(text).not.toMatch(/===|\(\(\{|\[\]|Patch by|Reported by/u);
  });
});

describe("Ruby's tag brackets", () => {
  it("drops references and credits in square brackets at a change's end", () => {
    expect(withoutTagBrackets("Added support for Ruby 3.4. [GitHub#120][Patch by Alice Example]")).toBe("Added support for Ruby 3.4.");
    expect(withoutTagBrackets("Fixed a leak. [Bug #19234] [ruby-core:12345]")).toBe("Fixed a leak.");
  });
  it("keeps brackets that say something", () => {
    expect(withoutTagBrackets("Returns [] when empty")).toBe("Returns [] when empty");
    expect(withoutTagBrackets("Supports [experimental] mode")).toBe("Supports [experimental] mode");
  });
});

describe("equals-sign lines that are prose", () => {
  it("reads '== is strict now' lines in plain notes as prose, not headings", () => {
    const notes = "Changes:\n\n== is strict now for numbers\n== no longer coerces strings\n\n- Add `cmp()` helper\n";
    expect(equalsHeadingsAsMarkdown(notes)).toBe(notes);
  });
  it("keeps an empty list that the text talks about", () => {
    expect(withoutTagBrackets("`parse(\"[]\")` now returns [] instead of nil. [] is also accepted")).toBe("`parse(\"[]\")` now returns [] instead of nil. [] is also accepted");
  });
});

describe("lower-case RD headings and wrapped CJK lines", () => {
  it("reads a lower-case '=' heading once the notes are RD by a titled one", () => {
    const notes = "== 3.0.0: 2024-01-01\n\n=== Improvements\n\n==== rabbit-slide\n\n  * Added a theme.\n";
    expect(equalsHeadingsAsMarkdown(notes)).toContain("#### rabbit-slide");
  });
  it("joins a Japanese line wrapped inside a word without a space", () => {
    const text = post("== 1.0.0\n\n=== 改善\n\n  * 新しい設\n    定を追加しました。\n");
    expect(text).toContain("新しい設定を追加しました。");
  });
});
