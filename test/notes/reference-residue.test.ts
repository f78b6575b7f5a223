// What removing references leaves behind: brackets, separators, numbers, stub verbs, doubled stops; and the check
// that finds such residue in a post.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { readNotesModel } from "../../src/notes/model.js";
import { checkPosts } from "../support/post-checks.js";

const texts = (markdown: string) => readNotesModel(markdown).entries.map((entry) => entry.text);

describe("reference removal leaves no residue", () => {
  it("a commit link and the issue it closes in one bracket go whole: '(#3184) ([d977f209](…), closes [#3017](…))'", () => {
    const notes = [
      "#### Features",
      "",
      "* **client:** Make clients able to use non-Send executor (#3184) ([d977f209](https://github.com/h/h/commit/d977f209bc6068d8f878b22803fc42d90c887fcc), closes [#3017](https://github.com/h/h/issues/3017))",
      "* add downcast on `Sleep` trait ([d92d3917](https://github.com/h/h/commit/d92d3917d950e4c61c37c2170f3ce273d2a0f7d1), fixes [#3027](https://github.com/h/h/issues/3027))",
    ].join("\n");
    expect(texts(notes)).toEqual(["client: Make clients able to use non-Send executor", "add downcast on `Sleep` trait"]);
  });

  it("reference-style links without definitions in one bracket leave no '(,)'", () => {
    expect(texts("- Allow IO-bound requests to exceed the pool, for mixed workloads ([#3816], [#3894])")).toEqual([
      "Allow IO-bound requests to exceed the pool, for mixed workloads",
    ]);
  });

  it("a link whose words are a bracketed number is a reference: '[(435)](…/issues/435)'", () => {
    expect(texts("- (iOS) isInlineMedia 설정 추가 [(435)](https://github.com/nhn/gpm.unity/issues/435)")).toEqual(["(iOS) isInlineMedia 설정 추가"]);
  });

  it("an item left as its verb once its references went is dropped; a real one-word item stays", () => {
    const notes = [
      "- Revert \\#2318 \\#2320 \\#2329 [\\#2369](https://github.com/s/s/pull/2369)",
      "- Fix crash on start [\\#2370](https://github.com/s/s/pull/2370)",
    ].join("\n");
    expect(texts(notes)).toEqual(["Fix crash on start"]);
    expect(texts("- Fixed\n- Fix crash on start")).toContain("Fixed");
  });

  it("a quoted merge title is not rewritten: 'Revert \"Merge pull request #2313 from x/y\"' goes, not 'Revert \"Merge from x/y\"'", () => {
    const notes = [
      '- Revert "Merge pull request \\#2313 from berryzplus/feature/omit\\_lstrcpy" [\\#2374](https://github.com/s/s/pull/2374)',
      '- Revert "Add a cache for the index" [\\#2375](https://github.com/s/s/pull/2375)',
    ].join("\n");
    expect(texts(notes)).toEqual(['Revert "Add a cache for the index"']);
  });

  it("no doubled stop where a reference sentence went: '问题。 Fixed #347 。'", () => {
    expect(texts("- 修复了导入时的编码问题。 Fixed #347 。")).toEqual(["修复了导入时的编码问题。"]);
  });

  it("an escaped '\\#2318' that reaches the text is a reference too", () => {
    expect(cleanText("Improve the parser speed \\#2318 \\#2320")).toBe("Improve the parser speed");
  });

  it("a commit hash that ends a change goes; one the words point at stays", () => {
    expect(texts("- Fix the parser crash on empty input 3f2a1b0c\n- Pin the checkout action to 8e5e7e5")).toEqual([
      "Fix the parser crash on empty input",
      "Pin the checkout action to 8e5e7e5",
    ]);
  });

  it("brackets that are code or the notes' own words stay: 'useId()', 'string[]', 'an empty [] literal'", () => {
    expect(texts("- Added `useId()` hook and a (deliberately) empty [] literal")).toEqual(["Added `useId()` hook and a (deliberately) empty [] literal"]);
  });
});

describe("the post check sees reference residue", () => {
  const check = (line: string, notes = "") =>
    checkPosts({ posts: [`x 1.0 is out!\n\n${line}`], notes, releaseUrl: "", mode: "single", maxLength: 280 }).filter((defect) => defect.check === "credit-leftover");

  it("an empty group, a bracket open at the end, an item that is only a number", () => {
    expect(check("• better handling of mixed workloads (,)")).toHaveLength(1);
    expect(check("• better handling of mixed workloads ( )")).toHaveLength(1);
    expect(check("• Make clients able to use non-Send executor (")).toHaveLength(1);
    expect(check("• (435)")).toHaveLength(1);
  });

  it("a linked bracketed number kept as text", () => {
    expect(check("• isInlineMedia 설정 추가 (435)", "* isInlineMedia 설정 추가 [(435)](https://github.com/n/g/issues/435)")).toHaveLength(1);
  });

  it("passes code and words in brackets", () => {
    expect(check("• Add depth parameter to Arr::dot()")).toEqual([]);
    expect(check("• Added `useId()` hook and a `string[]` type (experimental)")).toEqual([]);
    expect(check("• (iOS) isInlineMedia 설정 추가")).toEqual([]);
  });
});
