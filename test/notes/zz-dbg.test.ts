import { it } from "vitest";
import { readFileSync } from "node:fs";
import { composePosts } from "../../src/notes/compose.js";
it("dbg", () => {
  const notes = readFileSync(process.env.NOTES ?? "", "utf8");
  const r = { version: "2.3.0", tag: "v2.3.0", name: "v2.3.0", repo: "lantern", owner: "octo", url: "https://github.com/octo/lantern/releases/tag/v2.3.0", notes };
  console.log(composePosts(r).posts.map((p) => p.text).join("\n---\n"));
  console.log("=====");
  console.log(composePosts(r, { thread: true }).posts.map((p) => p.text).join("\n---\n"));
});
