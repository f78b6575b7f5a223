import { describe, expect, it } from "vitest";
import { readMarkdown } from "../../src/notes/formats/markdown.js";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "tool", owner: "acme", version: "3.3.12" };
const post = (notes: string, thread = false): string =>
  posts(notes, { ...PROJECT, thread }).join("\n---\n");
const texts = (notes: string): string[] => readMarkdown(notes).blocks.map((block) => block.text.trim()).filter(Boolean);

describe("Liquid markup is a site's template, not words", () => {
  it("reads a link whose target is a Liquid tag as a link", () => {
    const notes = "* [CVE-2026-41316: Bypass of the ERB guard]({% link en/news/_posts/2026-04-21-erb-cve.md %})\n* Fix a crash in the parser\n";
    const single = post(notes);
    expect(single).toContain("CVE-2026-41316: Bypass of the ERB guard");
    expect(single).not.toMatch(/\{%|\]\(/u);
  });

  it("drops lines that are only template output", () => {
    const notes = "* Fix a crash in the parser\n\n{% assign release = site.data.releases | first %}\n\n* <{{ release.url.gz }}>\n\n{{ release.url }}\n";
    expect(texts(notes)).toEqual(["Fix a crash in the parser"]);
  });
});

describe("GFM strike-through", () => {
  it("withdraws an item struck through as a whole, single tilde or double", () => {
    const notes = [
      "## Breaking changes",
      "- ~[Enhancement: Error on bad options](https://github.com/o/r/issues/6403)~: postponed to a future major version",
      "- ~~Drop Node 16~~ — blocked on upstream",
      "- Remove the deprecated `foo` rule",
      "- Require TypeScript 5.0",
      "",
    ].join("\n");
    const single = post(notes);
    expect(single).not.toMatch(/Error on bad options|Drop Node 16|postponed|blocked/u);
    expect(single).not.toContain("~");
    expect(single).toContain("Remove the deprecated `foo` rule");
    expect(post(notes, true)).not.toMatch(/Error on bad options|Drop Node 16|postponed|blocked/u);
  });

  it("deletes struck words inside an item and keeps what replaced them", () => {
    expect(texts("- Support ~Node 16~ Node 18 and later\n")).toEqual(["Support Node 18 and later"]);
    expect(texts("- ~Old API~ New API for plugins\n")).toEqual(["New API for plugins"]);
  });

  it("keeps a tilde that means 'about', a path and code", () => {
    expect(texts("- Release within the next ~1-2 months\n")).toEqual(["Release within the next ~1-2 months"]);
    expect(texts("- Read ~/.config and ~/.cache first\n")).toEqual(["Read ~/.config and ~/.cache first"]);
    expect(texts("- Match `~a~` in globs\n")).toEqual(["Match `~a~` in globs"]);
  });
});
