import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";

describe("a trailing reference goes with the word that pointed at it", () => {
  it("takes 'in' along with a pull request's address, keeping a real 'in' phrase before it", () => {
    expect(cleanText("Use OS auto-port allocation for the test runner socket server in https://github.com/o/r/pull/1855")).toBe(
      "Use OS auto-port allocation for the test runner socket server",
    );
    expect(cleanText("feat - Run multiple selected test methods in a single JVM in https://github.com/o/r/pull/1862")).toMatch(
      /in a single JVM$/u,
    );
  });

  it("does so for other trackers, commits and 'via' in brackets", () => {
    expect(cleanText("Fix the parser crash in https://gitlab.com/o/r/-/merge_requests/12")).toBe("Fix the parser crash");
    expect(cleanText("Fix the parser crash (via https://github.com/o/r/pull/3)")).toBe("Fix the parser crash");
    expect(cleanText("Fix the parser crash from https://codeberg.org/o/r/commit/1a2b3c4d5e")).toBe("Fix the parser crash");
  });

  it("takes a credit before it along", () => {
    expect(cleanText("Fix the parser crash by @alice in https://github.com/o/r/pull/4")).toBe("Fix the parser crash");
  });

  it("does so in Chinese and Korean", () => {
    expect(cleanText("修复解析器崩溃，详见 https://github.com/o/r/issues/5")).toBe("修复解析器崩溃");
    expect(cleanText("파서 충돌 수정 참고: https://github.com/o/r/issues/6")).toBe("파서 충돌 수정");
  });

  it("keeps an address that is the change's object", () => {
    expect(cleanText("Document the mirror in https://example.com/docs/mirror")).toContain("https://example.com/docs/mirror");
  });
});
