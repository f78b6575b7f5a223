// Notes that are an HTML page fragment, indented as pages are: read as the headings and items they mark up, where
// Markdown would read every indented line as code and the post would show no change.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { htmlPageAsMarkdown, isHtmlPage } from "../../src/notes/formats/html-page.js";
import type { Release } from "../../src/core/types.js";

const PAGE = [
  '\t\t\t<div class="timeline-item">',
  '\t\t\t\t<div class="anchor"><h2>2.1.0</h2></div>',
  "\t\t\t\t<p><code>2024-12-28</code></p>",
  "\t\t\t\t<ul>",
  '\t\t\t\t\t<li>\n\t\t\t\t\t\t<span class="fix">修复</span>\n\t\t\t\t\t\t修复 <code>input</code> 的 placeholder 显示问题\n\t\t\t\t\t</li>',
  '\t\t\t\t\t<li>\n\t\t\t\t\t\t<span class="add">新增</span>\n\t\t\t\t\t\t新增 &lt;Tabs&gt; 的滚动模式\n\t\t\t\t\t</li>',
  "\t\t\t\t</ul>",
  "\t\t\t</div>",
].join("\n");

describe("notes that are an HTML page", () => {
  it("are read as their headings and list items, with code spans and entities", () => {
    const markdown = htmlPageAsMarkdown(PAGE);
    expect(markdown).toContain("## 2.1.0");
    expect(markdown).toContain("- 修复：修复 `input` 的 placeholder 显示问题");
    expect(markdown).toContain("- 新增：新增 <Tabs> 的滚动模式");
    expect(markdown).not.toMatch(/<\/?(?:li|span|div|ul)\b/u);
  });

  it("show their changes in the post", () => {
    const release: Release = { version: "2.1.0", tag: "2.1.0", name: "2.1.0", repo: "widget", owner: "octo", url: "https://github.com/octo/widget/releases/tag/2.1.0", notes: PAGE };
    const text = composePosts(release).posts[0]?.text ?? "";
    expect(text).toContain("placeholder 显示问题");
    expect(text).toContain("滚动模式");
  });

  it("keep a nested list under its item, as the list walk of Markdown notes does", () => {
    const page = ["<div>", "  <h2>3.0.0</h2>", "  <ul>", "    <li>Rework the router", "      <ul><li>Routes load lazily</li><li>Params are typed &amp; checked</li></ul>", "    </li>", "    <li>Fix <code>a &lt; b</code> sorting</li>", "  </ul>", "</div>"].join("\n");
    expect(htmlPageAsMarkdown(page)).toContain("- Rework the router\n  - Routes load lazily\n  - Params are typed & checked\n- Fix `a < b` sorting");
  });

  it("Markdown with some HTML in it is left to the Markdown reader", () => {
    const markdown = '<p align="center"><img src="logo.png"></p>\n\n## Features\n\n- Add a <kbd>Ctrl</kbd> shortcut\n';
    expect(isHtmlPage(markdown)).toBe(false);
    expect(htmlPageAsMarkdown(markdown)).toBe(markdown);
  });
});
