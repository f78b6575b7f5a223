// The README's before/after examples are what the composer makes of those notes today: docs that cannot drift.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compose } from "../src/notes/compose.js";

const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
// "<!-- example: v2.0.0 -->", then the notes in a ```markdown block and the post in a ```text block.
const EXAMPLE = /<!-- example: v([\d.]+) -->\n```markdown\n([\s\S]*?)\n```\n\n```text\n([\s\S]*?)\n```/gu;
const examples = [...readme.matchAll(EXAMPLE)].map(([, version = "", notes = "", post = ""]) => ({ version, notes, post }));

describe("README examples", () => {
  it("there are two", () => {
    expect(examples).toHaveLength(2);
  });

  it.each(examples.map((example) => [example.version, example] as const))("v%s: the post shown is the post made", (_version, example) => {
    const url = `https://github.com/acme/widget/releases/tag/v${example.version}`;
    const posts = compose({ version: example.version, tag: `v${example.version}`, name: `v${example.version}`, owner: "acme", repo: "widget", url, notes: example.notes });
    expect(posts.map((post) => post.text)).toEqual([example.post]);
  });
});
