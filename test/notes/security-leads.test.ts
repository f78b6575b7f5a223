import { describe, expect, it } from "vitest";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "widget", owner: "acme", version: "19.2.1" };
const joinedPosts = (notes: string, thread = false): string => posts(notes, { ...PROJECT, thread }).join("\n---\n");

describe("a security release's advisories are labelled and credited as such", () => {
  it("a CVE list under the update instructions wears the security label, not the heading's (EN, JA, ZH, KO)", () => {
    const list = "- **Denial of Service - High Severity**: CVE-2025-55184 (CVSS 7.5)\n- **Source Code Exposure - Medium Severity**: CVE-2025-55183 (CVSS 5.3)\n";
    const cases: Array<[string, string, RegExp]> = [
      ["Update instructions", "## Bug fixes\n\n- Fix the menu width\n", /^Security:$/mu],
      ["更新手順", "## バグ修正\n\n- メニューの幅を修正しました\n", /セキュリティ/u],
      ["升级步骤", "## 问题修复\n\n- 修复菜单宽度问题\n", /安全/u],
      ["업데이트 방법", "## 버그 수정\n\n- 메뉴 너비 문제를 수정했습니다\n", /보안/u],
    ];
    for (const [heading, rest, label] of cases) {
      const text = joinedPosts(`## ${heading}\n\n${list}\n${rest}`);
      expect(text).not.toContain(heading);
      expect(text).toMatch(label);
      expect(text).toContain("CVE-2025-55184");
    }
  });

  it("who reported the hole, and when, is a credit in any language, never a line of the post", () => {
    const en = joinedPosts("Widget Server has an unauthenticated remote code execution vulnerability.\n\nOn November 29, Jane Doe reported a security vulnerability in Widget.\n\nThe vulnerability is tracked as CVE-2025-55182 (CVSS 10.0).\n", true);
    expect(en).not.toContain("Jane Doe");
    expect(en).toContain("CVE-2025-55182");
    const ja = joinedPosts("Widget Server に、認証不要のリモートコード実行の脆弱性が存在します。\n\n11 月 29 日、Lachlan Davidson 氏が Widget のセキュリティ脆弱性を報告しました。\n\nこの脆弱性は CVE-2025-55182 として公開されており、CVSS スコアは 10.0 です。\n", true);
    expect(ja).not.toContain("Lachlan");
    const zh = joinedPosts("Widget Server 存在未授权远程代码执行漏洞。\n\n11 月 29 日，张伟报告了该安全漏洞。\n\n该漏洞编号为 CVE-2025-55182，CVSS 评分 10.0。\n", true);
    expect(zh).not.toContain("张伟");
    const ko = joinedPosts("Widget Server에 인증 없이 원격 코드 실행이 가능한 취약점이 있습니다.\n\n11월 29일 홍길동 님이 이 취약점을 제보했습니다.\n\n이 취약점은 CVE-2025-55182로 공개되었습니다.\n", true);
    expect(ko).not.toContain("홍길동");
  });

  it("a fix that only mentions who reported its bug stays a fix", () => {
    expect(joinedPosts("## Fixes\n\n- Users reported a crash when saving; saving no longer crashes\n- Fix the menu width\n")).toContain("Users reported a crash");
    expect(joinedPosts("## バグ修正\n\n- 田中さんが報告した保存時のクラッシュを修正しました\n- メニューの幅を修正しました\n")).toContain("田中さんが報告した");
  });

  it("a change that says it fixes N CVEs is a security fix (EN, ZH, JA, KO)", () => {
    const cases: Array<[string, string, RegExp]> = [
      ["## Changes\n\n- Add a dark theme\n- Update net-imap to 0.4.25, which fixes 8 CVEs\n- Add CSV export\n", "fixes 8 CVEs", /^Security:$/mu],
      ["## 更新\n\n- 新增暗色主题\n- 升级 net-imap 至 0.4.25，修复 8 个 CVE\n- 新增 CSV 导出\n", "修复 8 个 CVE", /安全/u],
      ["## 変更\n\n- ダークテーマを追加しました\n- net-imap を 0.4.25 に更新し、8 件の CVE を修正します\n- CSV 出力を追加しました\n", "8 件の CVE", /セキュリティ/u],
      ["## 변경 사항\n\n- 다크 테마를 추가했습니다\n- net-imap을 0.4.25로 업데이트하여 8개의 CVE를 수정합니다\n- CSV 내보내기를 추가했습니다\n", "8개의 CVE", /보안/u],
    ];
    for (const [notes, item, label] of cases) {
      const text = joinedPosts(notes);
      expect(text).toMatch(label);
      expect(text.indexOf(item)).toBeGreaterThan(-1);
    }
  });

  it("the gravest advisory, by its score, leads the single post, even told in prose", () => {
    const notes =
      "Widget Server has an unauthenticated remote code execution vulnerability.\n\nIt is tracked as CVE-2025-55182 (CVSS 10.0).\n\n## Update instructions\n\n- **Denial of Service - High Severity**: CVE-2025-55184 and CVE-2025-67779 (CVSS 7.5)\n- **Source Code Exposure - Medium Severity**: CVE-2025-55183 (CVSS 5.3)\n";
    const text = joinedPosts(notes);
    expect(text).toContain("CVE-2025-55182");
    expect(text.indexOf("CVE-2025-55182")).toBeLessThan(text.indexOf("CVE-2025-55184"));
    const listed = joinedPosts("## Security\n\n- Fix header parsing (CVE-2025-1111, CVSS 5.3)\n- Fix remote code execution in the upload handler (CVE-2025-2222, CVSS 9.8)\n");
    expect(listed.indexOf("CVE-2025-2222")).toBeLessThan(listed.indexOf("CVE-2025-1111"));
  });
});
