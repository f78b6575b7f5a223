// The project's name: the one the notes write beside this version wins over a slug they never write; a spelling the
// project writes with its separator ("uni-app") is not outvoted by a rarer one, nor cut to its first part.
import { describe, expect, it } from "vitest";
import { projectName } from "../../src/notes/project-name.js";
import { namedRelease as release } from "../support/composed.js";

describe("the name the notes write beside the version", () => {
  it("wins over a slug the notes never write ('acmeshop2' for 'Harbor Retail 3.1.4-p2')", () => {
    const notes = "## 3.1.4-p2\n\nHarbor Retail 3.1.4-p2 fixes two checkout bugs.\n\n- Harbor Retail now validates coupons.\n- Faster cart totals.\n";
    expect(projectName(release("3.1.4-p2", "acme", "acmeshop2"), notes)).toBe("Harbor Retail");
  });

  it("(guard) not where the notes write the slug too", () => {
    const notes = "## 3.1.4-p2\n\nHarbor Retail 3.1.4-p2 fixes two bugs in acmeshop2.\n\n- Harbor Retail now validates coupons.\n";
    expect(projectName(release("3.1.4-p2", "acme", "acmeshop2"), notes)).not.toBe("Harbor Retail");
  });

  it("(guard) not a name written once only", () => {
    const notes = "## 3.1.4-p2\n\nHarbor Retail 3.1.4-p2 fixes two checkout bugs.\n";
    expect(projectName(release("3.1.4-p2", "acme", "acmeshop2"), notes)).not.toBe("Harbor Retail");
  });
});

describe("a name written with its separator", () => {
  const notes = "* 【foo-app x】\n  + 新增 foo-app 项目支持独立分包\n  + 修复 FooApp API 异常\n* 【foo-app】\n  + 修复 foo.request 超时\n  + 修复 foo.upload 失败\n  + 新增 foo.login\n";
  it("keeps the project's spelling, not a rarer one without the separator, nor its first part", () => {
    expect(projectName(release("4.2.0", "acme", "foo-app"), notes)).toBe("foo-app");
  });

  it("keeps it where the rarer spelling is written as often as half of it", () => {
    const text = "- 新增 foo-app 项目支持独立分包\n- 修复 FooApp API 异常\n- 修复 foo-app 打包失败\n";
    expect(projectName(release("4.2.0", "acme", "foo-app"), text)).toBe("foo-app");
  });
});
