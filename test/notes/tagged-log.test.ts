import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { isTaggedLog, taggedLogAsMarkdown } from "../../src/notes/formats/tagged-log.js";

const LOG = `<log title="2.4.0" date="2025-01-02">
  <log-item title="date-picker component">
    <log-item-text tag-type="feat">
      range mode with a second calendar
    </log-item-text>
    <log-item-text tag-type="fix">
      clearing the value no longer emits &quot;change&quot; twice
    </log-item-text>
  </log-item>
  <log-item title="toast component">
    <entry kind="bug">toast stays open after navigation</entry>
  </log-item>
</log>`;

describe("tag logs (XML-like elements naming each entry's kind)", () => {
  it("reads kind-named elements as list items with that kind, markup gone", () => {
    const markdown = taggedLogAsMarkdown(LOG);
    expect(markdown).toContain("- [feature] range mode with a second calendar");
    expect(markdown).toContain('- [fix] clearing the value no longer emits "change" twice');
    expect(markdown).toContain("- [fix] toast stays open after navigation");
    expect(markdown).toMatch(/^#{2,6} date-picker component$/mu);
    expect(markdown).not.toMatch(/<\/?log/u);
  });

  it("gives a post with the changes, not an empty one", () => {
    const release = { owner: "acme", repo: "widgets", tag: "2.4.0", version: "2.4.0", name: "2.4.0", url: "https://example.com/r", notes: LOG };
    const text = composePosts(release).posts[0]?.text ?? "";
    expect(text).toContain("range mode with a second calendar");
    expect(text).not.toContain("<");
  });

  it("leaves HTML pages and Markdown with inline HTML alone", () => {
    expect(isTaggedLog('<ul>\n<li class="fix">a</li>\n<li class="feat">b</li>\n</ul>')).toBe(false);
    const markdown = '## Fixes\n- <span type="fix">x</span>\n- <span type="fix">y</span>';
    expect(taggedLogAsMarkdown(markdown)).toBe(markdown);
  });
});
