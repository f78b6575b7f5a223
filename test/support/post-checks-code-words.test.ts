// The credit check tells a credit from words that look like one: a status in brackets, a Java annotation.
import { describe, expect, it } from "vitest";
import { checkPosts } from "./post-checks.js";

const Q = "\u200B"; // the zero-width space the composer puts after "@" to quiet a mention

function credits(post: string, notes: string): string[] {
  return checkPosts({ posts: [post], notes, releaseUrl: "", mode: "single", maxLength: 280 })
    .filter((defect) => defect.check === "credit-leftover")
    .map((defect) => defect.detail);
}

describe("credit-leftover tells credits from look-alikes", () => {
  it("passes a status in brackets that the notes put before nothing but a reference", () => {
    const notes = "- [#7526](https://github.com/o/r/pull/7526) Thanks [@a](https://github.com/a)! - Add Wardley Maps diagram type (beta)\n";
    expect(credits("Mermaid 11.14.0 is out!\n\n• Add Wardley Maps diagram type (beta)", notes)).toEqual([]);
  });

  it("still catches a name in brackets at a referenced line's end", () => {
    const notes = "- Fix the parser (Jane Doe) [#12](https://github.com/o/r/pull/12)\n";
    expect(credits("R 1.0.0 is out!\n\n• Fix the parser (Jane Doe)", notes)).toHaveLength(1);
  });

  it("passes a Java annotation opening a Chinese item, and still catches a handle there", () => {
    expect(credits(`mybatis-flex 1.11.8 发布了！\n\n• @${Q}EnumValue 注解支持标注在方法上`, "")).toEqual([]);
    expect(credits(`X 1.0 发布了！\n\n• @${Q}kareemZarka 新增LFS支持`, "")).toHaveLength(1);
  });
});
