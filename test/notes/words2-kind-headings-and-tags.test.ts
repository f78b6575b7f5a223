// Kind headings in Korean (and their Chinese and Japanese kin), known-issues sections, and inline tags that name a
// kind in any of the four languages.
import { describe, expect, it } from "vitest";
import { headingMeaning, readItem } from "../../src/notes/kinds/kinds.js";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.2.0" };

describe("kind headings in Korean, Chinese and Japanese", () => {
  it("reads resolved-issue, improvement, deprecation and embedded-technology headings", () => {
    const expected: Array<[string, string]> = [
      ["해결된 문제", "fix"], ["해결된 이슈", "fix"], ["수정된 문제", "fix"], ["버그 수정", "fix"], ["수정 사항", "fix"], ["已解决的问题", "fix"], ["解決された問題", "fix"],
      ["개선 사항", "feature"], ["향상된 기능", "feature"], ["增强", "feature"], ["機能強化", "feature"], ["새로운 기능", "feature"], ["신규 기능", "feature"],
      ["보안 수정", "security"], ["보안 업데이트", "security"],
      ["사용 중단된 기능", "deprecation"], ["더 이상 사용되지 않는 기능", "deprecation"],
      ["임베드된 기술", "dependencies"], ["종속성", "dependencies"], ["Embedded technologies", "dependencies"], ["埋め込み技術", "dependencies"],
    ];
    for (const [heading, kind] of expected) expect(headingMeaning(heading), heading).toBe(kind);
  });

  it("leaves known issues out: they are not changes of the release", () => {
    for (const heading of ["알려진 문제", "알려진 이슈", "已知问题", "既知の問題", "Known issues", "Known Limitations"]) expect(headingMeaning(heading), heading).toBe("drop");
  });

  it("shows a Korean release's fixes as fixes, not as housekeeping", () => {
    const items = Array.from({ length: 13 }, (_, at) => `- 파일 ${at + 1}번을 열 때 앱이 멈추는 문제`).join("\n");
    const text = posts(`## 해결된 문제\n\n${items}\n\n## 알려진 문제\n\n- 일부 Windows 환경에서 설치 실패\n`, PROJECT)[0] ?? "";
    expect(text).toContain("파일 1번을 열 때 앱이 멈추는 문제");
    expect(text).not.toContain("설치 실패");
  });
});

describe("inline tags that name a kind", () => {
  it("reads security tags in English, Chinese, Japanese and Korean, and takes the tag out of the text", () => {
    for (const line of ["[漏洞修复] 修复 XML 解析问题", "[安全] 修复越权访问", "[安全修复] 修复越权访问", "[セキュリティ] トークン検証を修正", "[보안] 토큰 검증 수정", "토큰 검증 수정 [보안]", "Fix token check [Security]"]) {
      const reading = readItem(line);
      expect(reading.kind, line).toBe("security");
      expect(reading.untyped ?? reading.text, line).not.toMatch(/[[\]]/u);
    }
  });

  it("reads breaking tags before or after the change, without the tag", () => {
    for (const line of ["[不向下兼容] 移除 foo 接口", "[破坏性变更] 移除 foo 接口", "移除 foo 接口 [破坏性变更]"]) {
      expect(readItem(line), line).toMatchObject({ kind: "breaking", breaking: true, text: "移除 foo 接口" });
    }
  });

  it("counts a tagged security fix as one in '+N more'", () => {
    const fixes = Array.from({ length: 14 }, (_, at) => `- 修复第 ${at + 1} 个页面在缓存为空时崩溃的问题`).join("\n");
    const text = posts(`## 更新内容\n\n${fixes}\n- [安全] 修复管理接口的越权访问\n- [安全] 修复文件下载接口的路径校验\n`, PROJECT)[0] ?? "";
    expect(text).not.toContain("[安全]");
    expect(text).toMatch(/修复管理接口的越权访问|security fix/u);
  });
});

describe("a tag after a typed change", () => {
  it("takes the type word's place: '修复：X [漏洞修复]' reads '漏洞修复：X'", () => {
    expect(readItem("修复：NoSdk demo 签名校验补充时间窗与 nonce 防重放。 [漏洞修复]")).toMatchObject({ kind: "security", text: "漏洞修复：NoSdk demo 签名校验补充时间窗与 nonce 防重放。" });
  });
});
