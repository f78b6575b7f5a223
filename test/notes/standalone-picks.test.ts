// Picks of what a release is about, and posts that stand alone: support added for a new version of the framework or
// platform a project is built on leads a major release; a sentence whose subject points back at the one before it
// ("this important milestone") never opens a thread post after the sentence it leans on went to another.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { leansBack } from "../../src/notes/thread-order.js";
import { supportsPlatformVersion } from "../../src/notes/kinds/weighty-changes.js";
import { release } from "../support/composed.js";

describe("support for a new version of the platform a project is built on", () => {
  it("reads support added, in English, Chinese, Japanese and Korean, and not support dropped or CI", () => {
    expect(supportsPlatformVersion("Adds L11 support")).toBe(true);
    expect(supportsPlatformVersion("Laravel 11 support")).toBe(true);
    expect(supportsPlatformVersion("Add support for PHP 8.4")).toBe(true);
    expect(supportsPlatformVersion("Supports Node 22")).toBe(true);
    expect(supportsPlatformVersion("Python 3.13 compatibility")).toBe(true);
    expect(supportsPlatformVersion("支持 Vue 3.5")).toBe(true);
    expect(supportsPlatformVersion("Laravel 11 に対応")).toBe(true);
    expect(supportsPlatformVersion("PHP 8.4 지원 추가")).toBe(true);
    expect(supportsPlatformVersion("Drop support for Node 16")).toBe(false);
    expect(supportsPlatformVersion("Add PHP 8.4 support to the CI matrix")).toBe(false);
    expect(supportsPlatformVersion("Add l10n support")).toBe(false);
    expect(supportsPlatformVersion("Implement new welcome page design")).toBe(false);
  });

  it("leads a major release's list, above a page redesigned", () => {
    const notes = [
      "* Implement new welcome page design by @a in https://github.com/o/r/pull/1443",
      "* [5.x] Adds L11 support by @b in https://github.com/o/r/pull/1410",
      "* [5.x] Fixes double migrate-prompt by @b in https://github.com/o/r/pull/1447",
    ].join("\n");
    const post = composePosts(release(notes, "jetstream", "5.0.0")).posts[0]?.text ?? "";
    expect(post.indexOf("Adds L11 support")).toBeGreaterThan(-1);
    expect(post.indexOf("Adds L11 support")).toBeLessThan(post.indexOf("welcome page"));
  });
});

describe("a sentence whose subject points back", () => {
  it("is read after an opening clause, and not when it names the release", () => {
    expect(leansBack("While there are still many steps ahead of us, this important milestone already brings benefits.")).toBe(true);
    expect(leansBack("With that, these changes make the parser faster.")).toBe(true);
    expect(leansBack("此次改动让解析更快。")).toBe(true);
    expect(leansBack("이를 통해 파서가 빨라졌습니다.")).toBe(true);
    expect(leansBack("これにより解析が速くなりました。")).toBe(true);
    expect(leansBack("As planned, this release drops Node 18.")).toBe(false);
    expect(leansBack("此次更新带来了新的解析器。")).toBe(false);
  });

  it("never opens a thread post after the summary took the sentence it leans on", () => {
    const notes = [
      "Lantern v2.3 has just been released.",
      "",
      "This release introduces set-theoretic types into a handful of language constructs. While there are still many steps ahead of us, this important milestone already brings benefits to developers in the form of new warnings for common mistakes. You'll also find a new calendar-related data type (`Duration`) and a `Date.shift/2` function.",
      "",
      "## Highlights",
      "",
      "- There are new `Keyword.intersect/2,3` functions to mirror the equivalent in the `Map` module.",
      "- Elixir's Logger now formats `gen_statem` reports and includes process labels in logger events.",
      "- A new Mix profiler was added, `mix profile.tprof`, which lets you use the new tprof profiler released with the runtime.",
      "- We added `Kernel.is_non_struct_map/1`, a new guard to help with the common pitfall of matching on `%{}`, which also matches structs.",
    ].join("\n");
    const posts = composePosts(release(notes, "lantern", "2.3.0"), { thread: true }).posts.map((post) => post.text);
    expect(posts.length).toBeGreaterThan(1);
    for (const post of posts.slice(1)) expect(post.startsWith("While there are")).toBe(false);
    expect(posts.join("\n").includes("`Duration`")).toBe(true);
  });
});
