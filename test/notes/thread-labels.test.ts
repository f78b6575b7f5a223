// A thread says a label once: a post that goes on with the group the post before it ended with does not say the
// group's label again; a group that comes back after another one does.
import { describe, expect, it } from "vitest";
import { thread } from "../support/composed.js";
import { renderBody } from "../../src/notes/layout.js";
import { phrasesFor } from "../../src/notes/language.js";
import type { Entry } from "../../src/notes/model.js";

const fixes = Array.from({ length: 14 }, (_, index) => `- Fix the ${["parser", "lexer", "printer", "cache", "loader", "watcher", "resolver"][index % 7]} dropping the trailing comment of block ${index + 1} when the file ends without a newline`);
const notes = ["## Bug Fixes", "", ...fixes].join("\n");

describe("a label across thread posts", () => {
  it("is said in the post that opens its group, not again in the posts that go on with it", () => {
    const posts = thread(notes, { maxPosts: 5 });
    expect(posts.length).toBeGreaterThan(2);
    const saying = posts.filter((post) => /Bug Fixes:|Fixes:/u.test(post));
    expect(saying).toHaveLength(1);
    // Every post still shows changes.
    for (const post of posts) expect(post).toMatch(/• Fix the/u);
  });

  it("is said again for a group that comes back after another one", () => {
    const phrases = phrasesFor("en");
    const item = (text: string, label: string, order: number): { entry: Entry; text: string } => ({ entry: { text, kind: "fix", label, order, prose: false, paragraph: 0, fluff: false }, text });
    const body = renderBody([item("Fix the parser.", "Parser", 1), item("Fix the lexer.", "Lexer", 2)], null, phrases, { labelled: true }, undefined, "lLexer");
    expect(body).toContain("Parser:\n• Fix the parser.");
    expect(body).toContain("Lexer:\n• Fix the lexer.");
    const goesOn = renderBody([item("Fix the lexer.", "Lexer", 2), item("Fix the parser.", "Parser", 3)], null, phrases, { labelled: true }, undefined, "lLexer");
    expect(goesOn.startsWith("• Fix the lexer.")).toBe(true);
    expect(goesOn).toContain("Parser:\n• Fix the parser.");
  });
});
