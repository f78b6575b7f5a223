// What the rules for contributor rolls, self-deprecated additions, "*)" changelogs, "by <login>" credits, attribute
// lists and names must leave alone: a counted lead-in to changes, a feature that mentions another thing's deprecation,
// a wrapped line that opens with "*", "sort by relevance", prose's "{KEY=value}", "ESLint and TypeScript", and a
// brand the notes write in lowercase after a commit type.
import { describe, expect, it } from "vitest";
import { callsItselfDeprecated } from "../../src/notes/kinds/expected-removals.js";
import { introducesRoll } from "../../src/notes/kinds/contributor-rolls.js";
import { single } from "../support/composed.js";

describe("a lead-in that counts people but introduces changes", () => {
  it("is no contributor roll", () => {
    expect(introducesRoll("15 contributors made 120 commits to this release; here is what they shipped:")).toBe(false);
    expect(introducesRoll("12 Entwickler haben an diesen Verbesserungen mitgewirkt:")).toBe(false);
    expect(introducesRoll("53 authors added to this release (alphabetically):")).toBe(true);
  });

  it("keeps its changes in the post", () => {
    const post = single("## What's new\n\n15 contributors made 120 commits to this release; here is what they shipped:\n\n- Add `--watch` mode to the CLI (#101)\n- Support TOML config files (#102)\n");
    expect(post).toContain("Add `--watch` mode to the CLI");
    expect(post).toContain("Support TOML config files");
  });
});

describe("a deprecation in an addition's parenthesis", () => {
  it("is the addition's own only when the parenthesis says nothing else", () => {
    expect(callsItselfDeprecated("Added support for projects plugin (for compat, now deprecated)")).toBe(true);
    expect(callsItselfDeprecated("Add support for Python 3.13 (Python 3.8 now deprecated)")).toBe(false);
  });
});

describe("an Apache-style entry wrapped onto a line that opens with '*'", () => {
  it("is one sentence, not a cut entry and a sub-item", () => {
    const notes = "Changes with Foo 2.1.0\n\n  *) mod_alias: Allow the target of a Redirect to be given as\n     * to match every path, and as - to match none.  [Jane Doe]\n\n  *) core: Log the real thread ID in error logs.  [John Roe]\n";
    expect(single(notes)).toContain("given as * to match every path");
  });
});

describe("'by' in a change's own words", () => {
  it("stays when nothing shows the word is a login", () => {
    const post = single("## Features\n\n- Sort search results by relevance\n- Group issues by milestone\n- Filter the dashboard by label\n- Export reports as CSV\n");
    expect(post).toContain("by relevance");
    expect(post).toContain("by milestone");
  });

  it("goes when the items are commit subjects", () => {
    const post = single("## Changes\n\n- fix: 修复文本拖拽的问题 by ChangeSuger\n- fix: 修复节点缩放的问题 by wbccb\n- feat: 支持动态修改网格配置 by wbccb\n");
    expect(post).not.toContain("by wbccb");
    expect(post).toContain("修复节点缩放的问题");
  });
});

describe("braces in prose", () => {
  it("keep a '{KEY=value}' that ends a list item", () => {
    expect(single("## Features\n\n- Environment variables can now be set inline with {KEY=value}\n- Fix crash on empty config (#5)\n")).toContain("inline with {KEY=value}");
  });
});

describe("names", () => {
  it("are never two things joined by 'and'", () => {
    const notes = "## Features\n\n- Better interop between ESLint and TypeScript project references (#9000)\n- New rule `no-unsafe-enum` (#9001)\n- Docs: how ESLint and TypeScript share a parser program (#9002)\n";
    expect(single(notes, { owner: "typescript-eslint", repo: "typescript-eslint", version: "1.0.0" })).toMatch(/^typescript-eslint 1\.0\.0/u);
  });

  it("keep a brand's lowercase when an item's subject after its commit type is the brand", () => {
    const notes = "## Bug Fixes\n\n- fix: webpack no longer crashes on circular re-exports (#18000)\n- fix: correct source maps for css modules (#18001)\n- feat: support `import.meta.dirname` (#18002)\n";
    expect(single(notes, { owner: "webpack", repo: "webpack", version: "1.0.0" })).toMatch(/^webpack 1\.0\.0/u);
  });
});
