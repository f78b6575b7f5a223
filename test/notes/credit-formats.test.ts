// Credits in the shapes notes write them beyond GitHub's generated ones: a handle in code marks, a pull request's
// number without "#", "h/t", "[@x]", "via @x", "— @x", "Contributed by x (#12)", "（@x さん）", "感谢 @x". Cleanup takes
// them off, and the objective check finds any that stays.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { checkPosts } from "../support/post-checks.js";

const CREDITED: Array<[string, string]> = [
  ["Fix the store leader election @`okJiang`", "Fix the store leader election"],
  ["Fix the crash on start (PR 12109)", "Fix the crash on start"],
  ["Fix the crash on start (pull request 12109 by jdoe)", "Fix the crash on start"],
  ["Fix the crash on start, PR 12109 by jdoe", "Fix the crash on start"],
  ["Fix the crash on start (thanks @alice and @bob)", "Fix the crash on start"],
  ["Fix the crash on start — @alice", "Fix the crash on start"],
  ["Fix the crash on start via @alice", "Fix the crash on start"],
  ["Fix the crash on start [@alice]", "Fix the crash on start"],
  ["Fix the crash on start. Contributed by Jane Doe (#12)", "Fix the crash on start."],
  ["Fix the crash on start h/t @alice", "Fix the crash on start"],
  ["Fix the crash on start (h/t @alice)", "Fix the crash on start"],
  ["起動時のクラッシュを修正（@alice さん）", "起動時のクラッシュを修正"],
  ["修复启动崩溃 感谢 @alice", "修复启动崩溃"],
];

describe("credits in other shapes", () => {
  it("cleanup takes them off and keeps the change", () => {
    for (const [text, cleaned] of CREDITED) expect(cleanText(text), text).toBe(cleaned);
  });

  it("keeps numbers that are no pull request's and code that is no handle", () => {
    expect(cleanText("Support HTTP/2 on port 8443")).toBe("Support HTTP/2 on port 8443");
    expect(cleanText("Add the `@scope/pkg` export")).toBe("Add the `@scope/pkg` export");
  });

  it("the objective check finds each one left in a post", () => {
    const check = (line: string) =>
      checkPosts({ posts: [`widget 1.2.0 is out!\n\n• ${line}\n\nhttps://example.com/r`], notes: "", releaseUrl: "", mode: "single", maxLength: 280 }).filter((defect) => defect.check === "credit-leftover");
    for (const [text, cleaned] of CREDITED) {
      expect(check(text), text).not.toHaveLength(0);
      expect(check(cleaned), cleaned).toHaveLength(0);
    }
  });
});
