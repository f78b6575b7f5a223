// A bracketed credit that names its author by role ("(author by @x)", "（作者：@x）") goes like "(by @x)" does.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";

describe("a bracketed author credit", () => {
  it("goes, in English, Chinese and Korean wording and with full-width brackets", () => {
    expect(cleanText("修复登录失败的问题（author by @haoxianrui）")).toBe("修复登录失败的问题");
    expect(cleanText("Fix login (author: @alice)")).toBe("Fix login");
    expect(cleanText("Fix login (author @alice)")).toBe("Fix login");
    expect(cleanText("修复登录（作者：@alice）")).toBe("修复登录");
    expect(cleanText("로그인 오류 수정 (작성자: @alice)")).toBe("로그인 오류 수정");
  });

  it("stays when the brackets say more than who wrote it", () => {
    expect(cleanText("Add the `author` field to `@acme/core` (author metadata)")).toContain("(author metadata)");
  });
});
