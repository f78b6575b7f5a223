// "cms" names no project: a content system's repository ("statamic/cms") goes with its owner in the opener.
import { expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";

it("names a CMS repository with its owner", () => {
  const notes = "### What's new\n- Add duration column to asset browser\n";
  const [post] = composePosts({ version: "6.1.0", tag: "v6.1.0", name: "v6.1.0", repo: "cms", owner: "statamic", url: "https://github.com/statamic/cms/releases/tag/v6.1.0", notes }).posts;
  expect(post?.text.split("\n")[0]).toMatch(/^(?:Statamic|statamic\/cms) 6\.1\.0/u);
});

it("uses the owner's name as the notes write it", () => {
  const notes = "### What's new\n- Statamic now shows durations in the asset browser\n";
  const [post] = composePosts({ version: "6.1.0", tag: "v6.1.0", name: "v6.1.0", repo: "cms", owner: "statamic", url: "https://github.com/statamic/cms/releases/tag/v6.1.0", notes }).posts;
  expect(post?.text.split("\n")[0]).toBe("Statamic 6.1.0 is out!");
});
