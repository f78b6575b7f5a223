// A thread post says the label of every group it shows, also where the group goes on from the post before: a reply is
// read on its own, and "• Fix …" at its top under no "Fixes:" reads as some other kind of change.
import { describe, expect, it } from "vitest";
import twitter from "twitter-text";
import { thread } from "../support/composed.js";
import { checkPosts } from "../support/post-checks.js";

const long = (what: string) => `${what} so that large projects with hundreds of packages and nested workspaces build in a fraction of the time`;
const section = (name: string, items: string[]) => `### ${name}\n\n${items.map((item) => `- ${item}`).join("\n")}`;
const labelled = (posts: string[], label: string, item: RegExp) => posts.filter((post) => item.test(post)).every((post) => post.includes(`${label}\n`));
/** The defects of the checks this rule answers to: a label not said again, a post too long, a thread over its cap. */
const defects = (posts: string[], notes: string) =>
  checkPosts({ posts, notes, releaseUrl: "", mode: "thread", maxLength: 280, threadCap: 5 }).filter((defect) => ["label-not-repeated", "length", "thread-cap"].includes(defect.check));

describe("a label over a group that goes on in the next post", () => {
  it("is said again, exactly as in the post before, in every post that shows its items", () => {
    const notes = `${section("Features", [1, 2, 3, 4].map((n) => long(`Add build cache ${n}`)))}\n\n${section("Bug Fixes", [1, 2, 3].map((n) => long(`Fix the watcher ${n}`)))}`;
    const posts = thread(notes);
    expect(posts.length).toBeGreaterThan(2);
    expect(posts.length).toBeLessThanOrEqual(5);
    expect(labelled(posts, "Features:", /Add build cache/u)).toBe(true);
    expect(labelled(posts, "Bug Fixes:", /Fix the watcher/u)).toBe(true);
    expect(posts.filter((post) => post.includes("Features:")).length).toBeGreaterThan(1);
    for (const post of posts.slice(1)) expect(post, post).not.toMatch(/^• /u);
    for (const post of posts) expect(twitter.parseTweet(post).weightedLength).toBeLessThanOrEqual(280);
    expect(defects(posts, notes)).toEqual([]);
  });

  it("is said again in the notes' language (zh, ko)", () => {
    const zh = section("修复", Array.from({ length: 9 }, (_, n) => `修复了在第 ${n + 1} 个工作区中监听文件时偶尔丢失修改事件导致构建结果不正确并且需要手动重启开发服务器的问题`));
    const zhPosts = thread(zh);
    expect(zhPosts.length).toBeGreaterThan(1);
    for (const post of zhPosts) expect(post, post).toMatch(/修复[：:]\n• /u);
    const ko = section("수정", Array.from({ length: 9 }, (_, n) => `${n + 1}번째 작업 공간에서 파일을 감시할 때 변경 이벤트가 가끔 누락되어 빌드 결과가 올바르지 않고 개발 서버를 수동으로 다시 시작해야 하는 문제를 수정했습니다.`));
    const koPosts = thread(ko);
    expect(koPosts.length).toBeGreaterThan(1);
    for (const post of koPosts) expect(post, post).toMatch(/수정:\n• /u);
  });

  it("stays off a list the notes give no label: its items go on unlabelled", () => {
    const notes = Array.from({ length: 10 }, (_, n) => `- ${long(`Speed up the resolver ${n + 1}`)}`).join("\n");
    const posts = thread(notes);
    expect(posts.length).toBeGreaterThan(1);
    for (const post of posts.slice(1)) expect(post, post).toMatch(/^• Speed up/u);
  });

  it("leaves no crumb post and keeps the cap when the labels take their room", () => {
    for (let count = 5; count <= 40; count += 5) {
      const notes = `${section("Features", Array.from({ length: count }, (_, n) => `Add option number ${n + 1} to the config loader`))}\n\n${section("Fixes", ["Fix the watcher on macOS"])}`;
      const posts = thread(notes);
      expect(posts.length, `${count}`).toBeLessThanOrEqual(5);
      if (posts.length > 1) expect(twitter.parseTweet(posts.at(-1)!).weightedLength, `${count}: ${posts.at(-1)}`).toBeGreaterThanOrEqual(70);
      expect(defects(posts, notes)).toEqual([]);
    }
  });
});

describe("a platform dropped under its release name", () => {
  it("is breaking like any other dropped platform, so its label says so in the post that shows it", () => {
    const notes = "Anwender\n\"\"\"\"\"\"\"\"\n- Visuelle Anpassungen der grafischen Oberfläche.\n\n- macOS Ventura 13 wird nicht mehr unterstützt.\n\n- iOS 16 wird nicht mehr unterstützt.\n";
    const post = thread(notes, { version: "2.5.0" }).join("\n\n");
    expect(post).toMatch(/⚠️[^\n]*:\n(?:• .*\n)*• macOS Ventura 13 wird nicht mehr unterstützt\./u);
  });
});
