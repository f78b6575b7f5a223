import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { headingMeaning, readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";

const kinds = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.text}`);

describe("thanks in the forms notes write them", () => {
  it("a sentence that only credits people goes; the change beside it stays", () => {
    expect(cleanText("Fixed a segfault when creating a PKCS#12 bundle. Credit to Alexander-Programming for reporting the issue. CVE-2024-26130")).toBe(
      "Fixed a segfault when creating a PKCS#12 bundle. CVE-2024-26130",
    );
    expect(cleanText("Credit to @bob.")).toBe("");
    expect(cleanText("Kudos to Alice Smith for the idea.")).toBe("");
    expect(cleanText("Thanks to @x and @y for the reports.")).toBe("");
    expect(cleanText("Fix X (thanks @y)")).toBe("Fix X");
    // Words that only look like it stay.
    expect(cleanText("Credit card payments are supported")).toBe("Credit card payments are supported");
    expect(cleanText("Thanks to the new cache, builds are faster.")).toBe("Thanks to the new cache, builds are faster.");
  });

  it("Korean, Japanese and Chinese thanks to a plain name go, with the dash or comma before them", () => {
    expect(cleanText("32비트 어플리케이션 지원- fehead 님 감사합니다.")).toBe("32비트 어플리케이션 지원");
    expect(cleanText("fehead님께 감사드립니다.")).toBe("");
    expect(cleanText("x さん、ありがとうございます")).toBe("");
    expect(cleanText("@x さん、ありがとうございます")).toBe("");
    expect(cleanText("X を修正しました。x さん、ありがとうございます。")).toBe("X を修正しました。");
    expect(cleanText("感谢 张三 的贡献")).toBe("");
    expect(cleanText("修复 X 的问题，感谢 zhangsan 的反馈。")).toBe("修复 X 的问题");
    // Honorific-like letters inside words stay.
    expect(cleanText("様式を修正")).toBe("様式を修正");
    expect(cleanText("Dark mode 지원 감사합니다")).toBe("Dark mode 지원 감사합니다");
  });
});

describe("the notes' own priorities in their headings", () => {
  it("'Important Changes' and its Japanese, Chinese and Korean words are highlights", () => {
    for (const heading of ["Important Changes", "Important Changes in 0.7.1", "重要な変更", "重要变更", "주요 변경", "주요 변경 사항", "✨ 주요 변경 사항"]) {
      expect([heading, headingMeaning(heading)]).toEqual([heading, "highlight"]);
    }
    expect(headingMeaning("Breaking Changes")).toBe("breaking");
  });

  it("'Unstable' and 'Experimental' rank after features and fixes; 'Dev' and 'Development' are internal work", () => {
    for (const heading of ["Unstable", "Experimental", "Experimental features", "实验性功能"]) expect([heading, headingMeaning(heading)]).toEqual([heading, "other"]);
    for (const heading of ["Dev", "Development", "Internals"]) expect([heading, headingMeaning(heading)]).toEqual([heading, "internal"]);
    // As a bracket after a change the word qualifies it, and stays.
    expect(readItem("Add a `strict` mode (experimental)").text).toBe("Add a `strict` mode (experimental)");
  });

  it("an 'Important Changes' item comes before the small changes; 'Unstable' fixes after the plain fixes", () => {
    const restic = readNotesModel("Important Changes in 0.7.1\n==========================\n\n * The `migrate` command can now be restarted.\n\nSmall changes\n-------------\n\n * The dependencies have been updated.\n * Errors for chmod() are now ignored.\n");
    const first = [...restic.entries].sort((a, b) => a.order - b.order)[0];
    expect(restic.entries.find((entry) => entry.text.startsWith("The `migrate`"))?.kind).toBe("highlight");
    expect(first?.text).toMatch(/^The `migrate`/u);
    expect(kinds("### Fixed\n\n- io: fix a panic\n\n### Unstable\n\n- task: add `JoinSet`\n- metrics: fix compilation error on MIPS\n")).toEqual([
      "fix|io: fix a panic",
      "other|task: add `JoinSet`",
      "other|metrics: fix compilation error on MIPS",
    ]);
  });
});

describe("a release step is no change", () => {
  it("'v4 release' under BREAKING CHANGES is neither shown nor counted as breaking", () => {
    const notes = "### ⚠ BREAKING CHANGES\n\n* run on node20\n* v4 release\n\n### Features\n\n* v4 release\n* Release 4.0.0\n* Bump version to 4.0\n* add a flag\n";
    expect(kinds(notes)).toEqual(["breaking|run on node20", "feature|add a flag"]);
  });
});

describe("round-bracket kind tags", () => {
  it("'(security)' and '(breaking)' set the kind and leave the text clean", () => {
    expect(kinds("## Fixes\n\n- Fix the cookie flags (security)\n- Fix a crash\n")).toEqual(["security|Fix the cookie flags", "fix|Fix a crash"]);
    expect(kinds("## Changes\n\n- Harden the session check (Security)\n- Remove the old API (breaking)\n")).toEqual(["security|Harden the session check", "breaking|Remove the old API"]);
    // A bump's bracket says why it was bumped, and stays.
    expect(readItem("Upgrade openssl (security)").text).toBe("Upgrade openssl (security)");
  });
});
