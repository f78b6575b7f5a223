// MDX components around prose: what a callout holds is part of the notes; the component lines are not.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { jsxBlocksAsMarkdown } from "../../src/notes/formats/jsx-blocks.js";

const BLOG = [
  'import { Callout } from "../components/Callout";',
  "",
  "We're excited to announce Widget 2.0! This release brings a new plugin API.",
  "",
  '<Callout type="warning">',
  "  Widget 2.0 drops support for Node 18. Upgrade to Node 20 or later before updating.",
  "</Callout>",
  "",
  '<YouTube id="abc123" />',
  "",
  "## New plugin API",
  "",
  "Plugins can now hook into the build with `definePlugin()`.",
  "",
].join("\n");

describe("MDX components", () => {
  it("reads the text a callout holds, so a breaking change in it leads the post", () => {
    const post = composePosts({ version: "2.0.0", tag: "v2.0.0", name: "v2.0.0", repo: "widget", owner: "acme", url: "https://example.com/r", notes: BLOG }).posts[0]?.text ?? "";
    expect(post).toMatch(/Breaking changes:\n.*drops support for Node 18/u);
    expect(post).not.toMatch(/Callout|YouTube/u);
  });
  it("drops component lines and dedents what they hold", () => {
    expect(jsxBlocksAsMarkdown('<Note>\n  Text inside.\n</Note>\n<Video src="x" />\n')).toBe("\nText inside.\n\n\n");
  });
  it("reads an opening tag whose attributes span lines", () => {
    expect(jsxBlocksAsMarkdown('<Callout\n  type="warning"\n>\n  Careful.\n</Callout>')).toBe("\nCareful.\n");
  });
  it("leaves fenced code, lower-case HTML and notes without components alone", () => {
    const code = "```jsx\n<Callout>\n  x\n</Callout>\n```\n";
    expect(jsxBlocksAsMarkdown(`<Note />\n${code}`)).toBe(`\n${code}`);
    const html = "<details>\n<summary>More</summary>\n\n- a\n</details>\n";
    expect(jsxBlocksAsMarkdown(html)).toBe(html);
  });
});
