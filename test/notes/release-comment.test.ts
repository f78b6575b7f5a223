import { describe, expect, it } from "vitest";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "ruby", owner: "ruby", version: "3.3.12", url: "https://github.com/ruby/ruby/releases/tag/v3_3_12" };
const postsOf = (notes: string, thread = false): string =>
  posts(notes, { ...PROJECT, thread }).join("\n---\n");

describe("a release comment (thanks section) is no highlight", () => {
  for (const [language, heading, thanks] of [
    ["English", "Release Comment", "Many committers, developers, and users who provided bug reports helped us make this release."],
    ["Korean", "릴리스 코멘트", "많은 커미터, 개발자, 버그를 보고해 준 사용자들이 이 릴리스를 만드는 데 도움을 주었습니다."],
    ["Japanese", "リリースコメント", "リリースに協力してくださった皆様に感謝します。"],
  ] as const) {
    it(`in ${language}`, () => {
      const notes = `* Fix a crash in the parser when reading long lines\n* Speed up the garbage collector\n\n## ${heading}\n\n${thanks}\n`;
      for (const text of [postsOf(notes), postsOf(notes, true)]) expect(text).not.toContain(heading);
    });
  }
});
