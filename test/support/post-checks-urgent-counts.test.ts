// The checks a reviewer makes with the notes beside the posts: advisories named by id lead, and "+N more" is no larger
// than what the notes list beyond what is shown.
import { describe, expect, it } from "vitest";
import { checkPosts } from "./post-checks.js";

function found(check: string, posts: string[], notes: string): string[] {
  return checkPosts({ posts, notes, releaseUrl: "", mode: "thread", maxLength: 280, threadCap: 5 })
    .filter((defect) => defect.check === check)
    .map((defect) => defect.detail);
}

describe("security-first", () => {
  const notes = "Django 5.1.4 fixes two security issues.\n\n## CVE-2024-53907: DoS in strip_tags()\n\n## CVE-2024-53908: SQL injection via HasKey on Oracle\n";

  it("catches a summary that pushes an advisory to post 2", () => {
    const posts = ["Django 5.1.4 is out!\n\nDjango 5.1.4 fixes two security issues.\n\nSecurity:\n• CVE-2024-53907: DoS in strip_tags()", "Security:\n• CVE-2024-53908: SQL injection via HasKey on Oracle"];
    expect(found("security-first", posts, notes)).toEqual(["post 1 leaves CVE-2024-53908 to a later post"]);
  });

  it("passes advisories that lead, and advisories too long to share post 1", () => {
    expect(found("security-first", ["Django 5.1.4 is out!\n\nSecurity:\n• CVE-2024-53907: DoS\n• CVE-2024-53908: SQL injection", "Bugfixes:\n• Fixed a crash"], notes)).toEqual([]);
    expect(found("security-first", ["Django 5.1.4 is out!\n\nSecurity:\n• CVE-2024-53907: DoS", "Security:\n• CVE-2024-53908: SQL injection"], notes)).toEqual([]);
  });
});

describe("count-too-high", () => {
  const notes = [
    "### Minor Changes",
    "- [#7526](https://github.com/o/r/pull/7526) Thanks [@a](https://github.com/a)! - Add Wardley Maps diagram type (beta)",
    "  - Anchors for users",
    "  - Inertia indicators",
    "  - Evolution stages",
    "- Add a direction option to timelines",
    "- Add randomize to the layout",
    "### Patch Changes",
    "- Fix the arrowhead ids",
    "- Fix the tooltip",
  ].join("\n");

  it("catches a count that holds sub-items", () => {
    const posts = ["Mermaid 11.14.0 is out!\n\nFeatures:\n• Add Wardley Maps diagram type\n\n+7 more changes"];
    expect(found("count-too-high", posts, notes)).toHaveLength(1);
  });

  it("passes a true count, and counts the items of a label item ('- core：') as changes", () => {
    expect(found("count-too-high", ["Mermaid 11.14.0 is out!\n\nFeatures:\n• Add Wardley Maps diagram type\n\n+4 more changes"], notes)).toEqual([]);
    const labelled = ["- core：", "\t- 新增：钩子", "\t- 新增：策略", "\t- 修复：NPE", "- 插件：", "\t- 修复：序列化", "\t- 优化：版本"].join("\n");
    expect(found("count-too-high", ["Sa-Token 1.46.0 发布了！\n\n• 新增：钩子\n\n另有 4 项更新"], labelled)).toEqual([]);
  });
});
