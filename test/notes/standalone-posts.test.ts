// Prose and blog notes make posts that stand alone: a thread post never opens with a sentence that goes on from the
// one before (a paragraph is posted whole or by its leading sentences), and a lead-in that announces a count shows
// only with all it announces after it. The checks name a count left short ("dangling-count").
import { describe, expect, it } from "vitest";
import { announcedCount } from "../../src/notes/prose/counted-lead-ins.js";
import { checkPosts } from "../support/post-checks.js";
import { thread } from "../support/composed.js";

const URL = "https://github.com/acme/sprocket/releases/tag/v3.0.0";
const PROJECT = { repo: "sprocket", owner: "acme", version: "3.0.0" };

const BLOG = [
  "Sprocket 3 means we believe the API is stable. Beta 2 drew a wave of real-world adoption and the feedback confirmed that the architecture works.",
  "",
  "🚨 **Breaking Changes** — The `ui=` parameter is now `app=` with a unified `AppConfig` class (matching the feature's actual name), and 16 `Sprocket()` constructor kwargs have finally been removed. If you've been ignoring months of deprecation warnings, you'll get a `TypeError` with specific migration instructions.",
  "",
  "🔐 **Auth Improvements** — Three changes that together round out the auth story for production. `auth=` checks can now be `async`, so you can hit databases or external services during authorization, where an async function used to pass silently. Static Client Registration lets clients provide a pre-registered `client_id` directly, bypassing DCR for servers that don't support it. And OBO flows are now declarative via dependency injection.",
  "",
  "⚡ **Concurrent Sampling** — When an LLM returns multiple tool calls in a single response, `context.sample()` can now execute them in parallel.",
  "",
  "## What's Changed",
  "### Breaking Changes",
  "* Rename `ui=` to `app=` and remove 16 deprecated constructor kwargs by @ann in #3001",
  "### Enhancements",
  "* Add Static Client Registration by @ann in #3086",
  "* Add concurrent tool execution with sequential flag by @bob in #3022",
  "* Add validate_output option for OpenAPI tools by @ann in #3134",
  "### Fixes",
  "* Fix session visibility marks leaking across sessions by @ann in #3132",
  "* Fix unhandled exceptions in OpenAPI POST tool calls by @ann in #3133",
  "",
].join("\n");

describe("a thread post", () => {
  it("never opens with a sentence that goes on from the post before", () => {
    const posts = thread(BLOG, PROJECT);
    for (const post of posts.slice(1)) {
      expect(post, post).not.toMatch(/^(?:If you've been ignoring|And OBO)/u);
    }
  });

  it("shows a lead-in that announces a count only with all it announces", () => {
    const posts = thread(BLOG, PROJECT);
    for (const post of posts) {
      if (!post.includes("Three changes")) continue;
      expect(post).toContain("And OBO flows are now declarative");
    }
    expect(posts.flatMap((post, index) => checkPosts({ posts: [post], notes: BLOG, releaseUrl: URL, mode: "thread", maxLength: 280 }).map((defect) => `${index}: ${defect.detail}`)).filter((detail) => detail.includes("announces"))).toEqual([]);
  });
});

describe("a count a sentence announces", () => {
  it("is read in English, Chinese, Japanese and Korean", () => {
    expect(announcedCount("🔐 Auth Improvements — Three changes that together round out the auth story.")).toBe(3);
    expect(announcedCount("按照定制化程度从低到高，有 CSS 变量、BEM 类名、ESM 重导出覆盖、组件 eject 四种自定义主题方式。")).toBe(4);
    expect(announcedCount("このリリースには3つの新機能があります：")).toBe(3);
    expect(announcedCount("테마를 바꾸는 세 가지 방법이 있습니다.")).toBe(3);
  });

  it("is no count where the number tells a change, a time or the items themselves", () => {
    expect(announcedCount("Fixes two crashes in the parser.")).toBeNull();
    expect(announcedCount("Two years after 1.0, the API is stable.")).toBeNull();
    expect(announcedCount("Three new hooks: useA, useB and useC.")).toBeNull();
    expect(announcedCount("Sprocket 8.23.9 is out!")).toBeNull();
  });
});

describe("a security paragraph the notes list nowhere else", () => {
  it("reads on in the next post rather than losing its rest", () => {
    const notes = [
      "A security vulnerability was found in the standard library where if a large number was passed to `str::repeat` it could cause a buffer overflow after an integer overflow, and the release notes go on at length about it here.",
      "If you do not call the `str::repeat` function you are not affected. This has been addressed by unconditionally panicking in `str::repeat` on integer overflow.",
    ].join(" ");
    expect(thread(notes, PROJECT).join("\n")).toContain("you are not affected");
  });
});

describe("the dangling-count check", () => {
  const check = (post: string): string[] => checkPosts({ posts: [post], notes: "", releaseUrl: "", mode: "thread", maxLength: 280 }).filter((defect) => defect.check === "dangling-count").map((defect) => defect.detail);

  it("names a count followed by fewer items in its post", () => {
    expect(check("⚠️ Breaking changes:\n• Remove deprecated kwargs\n\n🔐 Auth Improvements — Three changes that together round out the auth story for production.")).toHaveLength(1);
    expect(check("主题定制：\n有 CSS 变量、BEM 类名、ESM 重导出覆盖、组件 eject 四种自定义主题方式。\n• CSS 变量：新主题暴露了更多 CSS 变量。")).toHaveLength(1);
  });

  it("passes a count whose items follow, a '+N more' line and a version", () => {
    expect(check("Two new options:\n• `--fast`\n• `--slow`")).toEqual([]);
    expect(check("Sprocket 8.23.9 is out!\n\n• Fix a crash\n\n另有 13 项更新，详见完整发布说明。\n외 3개 변경 사항")).toEqual([]);
  });
});
