import { describe, expect, it } from "vitest";
import { READ_LIMIT, readMarkdown } from "../../src/notes/formats/markdown.js";

const shape = (markdown: string) =>
  readMarkdown(markdown).blocks.map((block) => `${block.kind}:${block.depth}:${block.parent}:${block.dropped ?? block.text.replace(/\p{Cc}/gu, "|")}`);

describe("readMarkdown", () => {
  it("gives headings, paragraphs, items (with their nesting) and what was dropped, in order", () => {
    expect(shape("## Fixes\n\n- one\n  - sub\n- two\n\n```\ncode\n```\n\nText.")).toEqual([
      "heading:2:-1:Fixes",
      "item:0:-1:one",
      "item:1:1:sub",
      "item:0:-1:two",
      "dropped:0:-1:code",
      "paragraph:0:-1:Text.",
    ]);
  });

  it("drops tables, images and HTML; collapsed <details> are marked", () => {
    const blocks = readMarkdown("- shown\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<img src=x>\n\n<details>\n\n- hidden\n\n</details>\n").blocks;
    expect(blocks.map((block) => block.dropped ?? block.kind)).toEqual(["item", "table", "image", "html", "item", "html"]);
    expect(blocks.filter((block) => block.kind === "item").map((block) => block.collapsed)).toEqual([false, true]);
  });

  it("folded changes that are a section's whole content are read, with or without blank lines inside the <details>", () => {
    const items = (notes: string) => readMarkdown(notes).blocks.filter((block) => block.kind === "item").map((block) => `${block.text}:${block.collapsed}`);
    expect(items("### 🚀 New features\n\n<details>\n<summary>Features</summary>\n\n- tray menu\n\n</details>\n\n### Fixes\n\n- crash")).toEqual(["tray menu:false", "crash:false"]);
    expect(items("<details>\n<summary>✨ 新增功能</summary>\n- 托盘菜单\n- 自定义路径\n</details>")).toEqual(["托盘菜单:false", "自定义路径:false"]);
    // A fold whose summary names a kind of change is that section; the next fold is read on its own terms.
    expect(items("### Fixes\n\n- crash\n\n<details>\n<summary><strong>✨ New features</strong></summary>\n\n- tray menu\n\n</details>\n\n<details>\n<summary>All commits</summary>\n\n- abc\n\n</details>")).toEqual(["crash:false", "tray menu:false", "abc:true"]);
    // Under a change it is that change's fold-out: hidden, as GitHub shows it.
    expect(items("### Fixes\n\n- crash\n\n<details>\n<summary>All commits</summary>\n- abc\n</details>")).toEqual(["crash:false", "abc:true"]);
  });

  it("collapsed <details> use none of the reading budget: the changes after them are read", () => {
    const folded = `- a feature\n  <details>\n  <summary>more</summary>\n\n${"  - a folded pull request line here\n".repeat(1500)}\n  </details>\n\n`;
    const visible = Array.from({ length: 400 }, (_, index) => `- visible change number ${index}`).join("\n");
    const read = readMarkdown(`${folded}${visible}\n`);
    const shown = read.blocks.filter((block) => block.kind === "item" && !block.collapsed);
    expect(shown.length).toBeGreaterThan(300);
    expect(read.truncated).toBeNull();
  });

  it("marks links kept as words and dropped references; a line of links is mostly link", () => {
    const [link] = readMarkdown("[Blog post](https://example.com/blog)").blocks;
    expect(link!.linkShare).toBe(1);
    const [change] = readMarkdown("[Fix the crash](https://github.com/o/r/pull/12)").blocks;
    expect(change!.linkShare).toBe(0);
    const [refs] = readMarkdown("Fixed ([#12](https://github.com/o/r/issues/12))").blocks;
    expect(refs!.text).toBe("Fixed (\u0000)");
  });

  it("never recurses with the input: deep emphasis, quotes and lists end without a stack overflow", () => {
    expect(() => readMarkdown(`${"*".repeat(50_000)}a${"*".repeat(50_000)}`)).not.toThrow();
    expect(() => readMarkdown(`${">".repeat(100_000)} a`)).not.toThrow();
    expect(() => readMarkdown(Array.from({ length: 5000 }, (_, i) => `${" ".repeat(i * 2)}- item`).join("\n"))).not.toThrow();
  });

  it("reads no more than a post can use, and counts the list items it did not read", () => {
    const notes = Array.from({ length: 20_000 }, (_, i) => `- change ${i}`).join("\n");
    const { blocks, truncated } = readMarkdown(notes);
    expect(truncated!.readChars).toBeLessThanOrEqual(READ_LIMIT);
    expect(blocks.length + truncated!.unreadItems).toBe(20_000);
    expect(readMarkdown("- one").truncated).toBeNull();
  });

  it("counts no unread item under a section no post shows, before or after a heading without items", () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `- change ${i}`).join("\n");
    // The cut falls in the list under "Features"; then thanks (not counted), a heading alone, fixes (counted).
    const features = readMarkdown(`## Features\n\n${filler}\n\n## Contributors\n\n- @a\n- @b\n\n## Notes\n\n## Fixes\n\n- x\n- y\n`);
    const itemsRead = features.blocks.filter((block) => block.kind === "item").length;
    expect(features.truncated!.unreadItems).toBe(3000 - itemsRead + 2);
    // The cut falls under "Contributors": what follows it up to the next heading is not counted.
    expect(readMarkdown(`Thanks to everyone.\n\n## Contributors\n\n${filler}\n\n## Fixes\n\n- x\n`).truncated!.unreadItems).toBe(1);
  });

  it("weighs a link's letters by code point, astral letters included", () => {
    const [block] = readMarkdown("[\u{1D400}\u{1D401}](https://example.com/a) c").blocks;
    expect(block!.linkShare).toBeCloseTo(2 / 3);
  });

  it("cleans text that character references bring back, as the notes were cleaned", () => {
    const [block] = readMarkdown("a&#x202E;b&#xAD;c&#13;d &amp; e").blocks;
    expect(block!.text).toBe("abc\nd & e");
  });
});

describe("code spans", () => {
  it("read as written: the escapes notes use for HTML's own characters ('`list&lt;T&gt;`') are the characters", () => {
    expect(shape("- compare `list&lt;oneof&gt;` and `a &amp;&amp; b`")).toEqual(["item:0:-1:compare `list<oneof>` and `a && b`"]);
    expect(shape("- keep `&copy;` as it is")).toEqual(["item:0:-1:keep `&copy;` as it is"]);
  });
});

describe("docs-site pages (MDX)", () => {
  it("module lines and admonition fences are the site's code, not the notes' text; what the fences hold stays", () => {
    const page = "import Cta from '@fragments/cta.mdx';\nimport { Tabs } from \"@astrojs/starlight/components\";\nexport const meta = { a: 1 };\n\n## Plugins\n\n:::tip[No Rust skills needed!]\nYou write no Rust.\n:::\n\n```js\nimport x from 'y';\n```";
    expect(shape(page)).toEqual(["heading:2:-1:Plugins", "paragraph:0:-1:You write no Rust.", "dropped:0:-1:code"]);
  });
});
