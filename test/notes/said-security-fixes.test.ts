import { describe, expect, it } from "vitest";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "tool", owner: "acme", version: "7.4.3" };
const single = (notes: string): string => posts(notes, PROJECT).join("\n---\n");

// Titles that call themselves security fixes, under a "What's new" heading that would file them as features.
const titled = (prefix: string, whatsNew: string, fixes: string, titles: readonly string[], bugs: readonly string[]): string =>
  `## ${whatsNew}\n\n${titles.map((title, index) => `### ${prefix}${title}\n\nSome detail about the issue number ${index + 1}.\n`).join("\n")}\n### ${fixes}\n\n${bugs.map((bug) => ` * ${bug}`).join("\n")}\n`;

describe("a change whose own text says it is a security fix is one, whatever its section", () => {
  it("English: 'Security fix:' titles under What's new are grouped as security and counted so", () => {
    const text = single(
      titled("Security fix: ", "What's new", "Bug fixes", ["Improper restriction handling on Pages admin API", "Identification of documents by SHA1 hash", "Improper restriction handling on descendant collections in Documents and Images API", "Improper permission handling when copying snippets", "Improper restriction handling on Page translation API endpoint"], ["Ensure models with a UUID primary key can be previewed", "Ensure the checks side panel recognises custom subclasses", "Set the published time on alias pages"]),
    );
    expect(text).toMatch(/^Security:$/mu);
    expect(text).not.toMatch(/What's new/u);
    expect(text).toMatch(/\(2 security fixes\)/u);
  });

  it("Chinese, Japanese and Korean prefixes say the same", () => {
    const zh = single(titled("安全修复：", "新功能", "问题修复", ["文档可通过哈希识别", "快照复制权限检查缺失"], ["修复预览崩溃", "修复侧边栏显示"]));
    expect(zh).not.toMatch(/新功能/u);
    expect(zh).toMatch(/安全/u);
    expect(zh.indexOf("文档可通过哈希识别")).toBeLessThan(zh.indexOf("修复预览崩溃") === -1 ? Infinity : zh.indexOf("修复预览崩溃"));
    const ja = single(titled("セキュリティ修正：", "新機能", "バグ修正", ["ハッシュによる文書の識別", "スニペット複製時の権限確認"], ["プレビューのクラッシュを修正", "サイドパネルの表示を修正"]));
    expect(ja).not.toMatch(/新機能/u);
    expect(ja).toMatch(/セキュリティ/u);
    const ko = single(titled("보안 수정: ", "새로운 기능", "버그 수정", ["해시로 문서 식별", "스니펫 복사 시 권한 확인"], ["미리보기 충돌 수정", "사이드 패널 표시 수정"]));
    expect(ko).not.toMatch(/새로운 기능/u);
    expect(ko).toMatch(/보안/u);
  });

  it("a '[security]' tag under Features is a security fix too", () => {
    const text = single("## Features\n\n- [security] Stop leaking the session token to the log\n- Add a dark theme\n- Add CSV export\n");
    expect(text).toMatch(/^Security:\n• Stop leaking the session token/mu);
  });
});
