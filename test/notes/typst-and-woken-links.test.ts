// Typst's markup read as the text it shows, links a quieted mention would wake, and a breaking flag with its reason.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { typstAsMarkdown } from "../../src/notes/formats/typst.js";
import { quietText } from "../../src/notes/text/quiet.js";
import { xRules } from "../../src/notes/networks.js";
import { checkPosts } from "../support/post-checks.ts";

const URL = "https://github.com/acme/widget/releases/tag/v0.8.0";
const compose = (notes: string, thread = false) =>
  composePosts({ version: "0.8.0", tag: "v0.8.0", name: "v0.8.0", repo: "widget", owner: "acme", url: URL, notes }, { thread }).posts.map((post) => post.text);
const defects = (notes: string, posts: string[], mode: "single" | "thread") =>
  checkPosts({ posts, notes, releaseUrl: URL, mode, maxLength: 280, threadCap: 5 }).filter((defect) => ["accidental-link", "foreign-markup"].includes(defect.check));

const TYPST = [
  '#import "utils.typ": *',
  "",
  "= Scripting <scripting>",
  '- Plugins (thanks to #gh("jane-doe"))',
  "- Added a @duration type and @array.zip function",
  "- Fixed argument types of @calc.sinh[hyperbolic functions] *(Breaking change)*",
  "- Use @math.abs[`abs`] or an explicit @math.lr[`lr`] call instead *(Breaking change)*",
  '- Packages can now set a #link("https://example.org/spec")[minimum version] #pr(5420)',
  "",
  "= Layout <layout>",
  "- Added @figure.note function for notes (*Breaking change* because `it.note` now renders the whole note)",
  "- Fixed a crash with `{type(10) == int}`",
].join("\n");

describe("Typst notes", () => {
  it("reads headings without their labels and references as the words they show", () => {
    const markdown = typstAsMarkdown(TYPST);
    expect(markdown).toContain("# Scripting\n");
    expect(markdown).not.toContain("#import");
    expect(markdown).toContain("# Layout\n");
    expect(markdown).toContain("Added a duration type and array.zip function");
    expect(markdown).toContain("Fixed argument types of hyperbolic functions");
    expect(markdown).toContain("Use `abs` or an explicit `lr` call");
    expect(markdown).toContain("[minimum version](<https://example.org/spec>)\n");
    expect(markdown).toContain("thanks to @jane-doe");
    expect(markdown).toContain("`{type(10) == int}`");
  });
  it("leaves Markdown notes with handles in brackets alone", () => {
    const notes = "## Fixes\n\n- Bump deps by @dependabot[bot] in #12\n\n= not a heading\n";
    expect(typstAsMarkdown(notes)).toBe(notes);
  });
  it("shows no Typst markup, no glued identifier and no accidental link in any post", () => {
    for (const thread of [false, true]) {
      const posts = compose(TYPST, thread);
      const text = posts.join("\n");
      expect(text).not.toMatch(/<scripting>|<layout>|@\u200B?[\w.]+[[`]/u);
      expect(defects(TYPST, posts, thread ? "thread" : "single")).toEqual([]);
    }
  });
  it("counts a breaking flag that gives its reason in the same brackets", () => {
    const posts = compose(TYPST, false).join("\n");
    // Three breaking changes: two shown or counted with the flag alone, one with its reason.
    const shown = (posts.match(/^• /gmu) ?? []).length;
    const counted = Number(/\((\d+) breaking\)/u.exec(posts)?.[1] ?? "0");
    const breakingShown = posts.includes("⚠️") ? shown : 0;
    expect(breakingShown + counted).toBeGreaterThanOrEqual(3);
    expect(posts).not.toMatch(/Breaking change because/u);
  });
});

describe("breaking flags with a reason or a degree", () => {
  it("reads '(*Breaking change* because …)' and '(Minor breaking change)' as breaking changes", () => {
    const notes = [
      "## Changes",
      "",
      "- Added `lcm` text operator",
      "- Added a `caption` function for figures (*Breaking change* because `it.caption` now renders the whole caption)",
      "- A space before the parentheses of a set rule is not allowed anymore *(Minor breaking change)*",
      "- Fixed crash in right-to-left text",
      "",
    ].join("\n");
    const text = compose(notes).join("\n");
    const breaking = text.indexOf("⚠️");
    expect(breaking).toBeGreaterThan(-1);
    for (const change of ["Added a `caption` function for figures", "A space before the parentheses"]) expect(text.indexOf(change)).toBeGreaterThan(breaking);
    expect(text.indexOf("Added a `caption` function")).toBeLessThan(text.indexOf("`lcm`") === -1 ? Infinity : text.indexOf("`lcm`"));
    expect(text).not.toMatch(/[Bb]reaking change because|Minor breaking change/u);
  });
});

describe("links a quieted mention would wake", () => {
  it("quiets a domain-like scope after the zero-width space that quiets the handle", () => {
    const rules = xRules(280);
    for (const text of ["npm i @builder.io/qwik@latest", "use @math.lr instead", "see site.com/@alice"]) {
      const quiet = quietText(text, rules);
      expect(rules.links(quiet)).toEqual([]);
      expect(quiet.replaceAll("\u200B", "").replaceAll("\u2024", ".")).toBe(text);
    }
  });
  it("leaves no link X would make in an install command's post", () => {
    const notes = "You can update with `npm i @builder.io/qwik@latest @builder.io/qwik-city@latest`.\n\n## Features\n\n- Add a preloader\n";
    for (const thread of [false, true]) expect(defects(notes, compose(notes, thread), thread ? "thread" : "single")).toEqual([]);
  });
});
