// Raw HTML lists in Markdown notes (`<ul><li>…</li></ul>`, in or out of a `<details>` fold): read as the list items they
// mark up, where Markdown would read the block as HTML and the post would show none of its changes.
import { describe, expect, it } from "vitest";
import { htmlListsAsMarkdown } from "../../src/notes/formats/html-page.js";
import { readMarkdown } from "../../src/notes/formats/markdown.js";
import { single } from "../support/composed.js";

const items = (notes: string): string[] => readMarkdown(notes).blocks.filter((block) => block.kind === "item" && !block.collapsed).map((block) => block.text);

describe("raw HTML lists in Markdown notes", () => {
  it("are read as list items, with code spans, nested lists under their item", () => {
    const notes = "## Features\n\n<ul>\n<li>Add a <code>--dry-run</code> flag</li>\n<li>Support plugins<ul><li>from npm</li></ul></li>\n</ul>\n";
    expect(htmlListsAsMarkdown(notes)).toContain("- Add a `--dry-run` flag\n- Support plugins\n  - from npm");
    expect(items(notes)).toEqual(["Add a `--dry-run` flag", "Support plugins", "from npm"]);
    // Words that would open Markdown structure stay words.
    expect(items("## Fixes\n\n<ul>\n<li># of retries is capped</li>\n<li>2. pass runs last</li>\n</ul>")).toEqual(["# of retries is capped", "2. pass runs last"]);
  });

  it("in a fold under a heading are the section's changes, the summary that says a change first", () => {
    const notes = [
      "### Engine",
      "",
      "<details>",
      "",
      "<summary>",
      "",
      "<p>Rewrite the query planner</p>",
      "",
      "</summary>",
      "",
      "<ul>",
      '<li>Cache compiled <code>Regex</code> patterns (<a href="https://github.com/octo/gizmo/pull/812">#812</a>) (#815)</li>',
      "<li>Stream large results to disk (#790) (#801)</li>",
      "</ul>",
      "",
      "</details>",
    ].join("\n");
    expect(items(notes)).toEqual(["Rewrite the query planner", "Cache compiled `Regex` patterns (\u0000) (#815)", "Stream large results to disk (#790) (#801)"]);
    const text = single(notes, { repo: "gizmo", version: "3.1.0" });
    expect(text).toContain("Rewrite the query planner");
    expect(text).toContain("Cache compiled `Regex` patterns");
    expect(text).not.toMatch(/#8\d\d|#790|<\/?\w+>/u);
  });

  it("keep a summary that names a kind as the fold's label, and one that says neither as a summary", () => {
    expect(items("<details>\n<summary>Bug fixes</summary>\n<ul><li>Fix the crash on exit</li></ul>\n</details>")).toEqual(["Fix the crash on exit"]);
    const folded = "### Fixes\n\n- Fix the login\n\n<details>\n<summary>Click to expand</summary>\n<ul><li>Fix a typo</li></ul>\n</details>";
    expect(items(folded)).toEqual(["Fix the login"]);
    expect(htmlListsAsMarkdown(folded)).toContain("<summary>Click to expand</summary>");
  });

  it("leave a sentence that mentions a tag, and notes without a list, as they are", () => {
    const notes = "- Render `<ul>` lists in the preview\n- Allow <li> in tooltips\n";
    expect(htmlListsAsMarkdown(notes)).toBe(notes);
    expect(htmlListsAsMarkdown("## Fixes\n\n- Fix x\n")).toBe("## Fixes\n\n- Fix x\n");
  });

  // Its time is measured in `npm run bench` ("a line of 20,000 HTML list tags"); here, that such a line still reads.
  it("read a long line of unclosed tags to the end", () => {
    const notes = `<li>x</li>${"<b><ul>".repeat(2_000)}`;
    expect(htmlListsAsMarkdown(notes)).toContain("x");
  });
});
