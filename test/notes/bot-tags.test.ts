// Lines that are no text of a change: a bot's tagged line ("[ImgBot] Optimize images") is housekeeping, counted and never
// shown, like dependabot's; a renderer's table-of-contents marker ("\toc", "[[toc]]") is no text at all.
import { describe, expect, it } from "vitest";
import { compose } from "../../src/notes/compose.js";

const post = (notes: string): string =>
  compose({ version: "1.1.0", tag: "v1.1.0", name: "v1.1.0", repo: "dot", owner: "acme", url: "https://github.com/acme/dot/releases/tag/v1.1.0", notes }, { thread: true })
    .map((item) => item.text)
    .join("\n");

describe("bot lines", () => {
  it("a bot's tag makes the line housekeeping", () => {
    const text = post("## What's Changed\n\n- [ImgBot] Optimize images\n- [pre-commit-ci] pre-commit autoupdate\n- Verify camera ID before opening the stream\n");
    expect(text).toContain("Verify camera ID");
    expect(text).not.toMatch(/ImgBot|pre-commit/u);
  });

  it("a tag that names a part of the project stays", () => {
    expect(post("- [Core] Optimize images on upload\n- Add retries\n")).toContain("Optimize images on upload");
  });
});

describe("a renderer's table-of-contents marker", () => {
  it("is no text of the post", () => {
    const text = post("Our biggest release yet, with threads and atomics.\n\n\\toc\n\n## Features\n\n- Add threads\n\n[[toc]]\n\n[TOC]\n");
    expect(text).toContain("Add threads");
    expect(text).not.toMatch(/\\toc|\[\[toc\]\]|\[TOC\]/u);
  });
});
