import { describe, expect, it } from "vitest";
import {
  CI_NAMED,
  CI_TOOLS,
  ISSUE_FORMS,
  LICENCE_HEADERS,
  OWNERSHIP_FILES,
  PEOPLE_LISTS,
  REPOSITORY_DOC_FILES,
  REPOSITORY_DOTFILES,
  TEMPLATES_CJK,
  TEST_SUITES,
  TEST_SUITES_CJK,
  upkeepVerbs,
} from "../../src/notes/kinds/upkeep-words.js";

// Each family read as the patterns read it: as a whole word where it is words, anywhere where it carries its own edges.
const word = (family: string): RegExp => new RegExp(String.raw`\b(?:${family})\b`, "iu");
const anywhere = (family: string): RegExp => new RegExp(family, "iu");

// One line per family: lines that name it, and lines that do not.
const FAMILIES: Array<[string, RegExp, string[], string[]]> = [
  ["repository doc files", word(REPOSITORY_DOC_FILES), ["Tidy the CONTRIBUTING guide", "Remove NOTICE", "Add a CODE_OF_CONDUCT"], ["Add a notification setting", "Secure the token store"]],
  ["ownership files", word(OWNERSHIP_FILES), ["Update CODEOWNERS for the parser", "Add funding.yml"], ["Add an owner field to packages", "Funding for the pool"]],
  ["people lists", word(PEOPLE_LISTS), ["Add Jo to the contributors list", "Refresh the sponsors section"], ["List contributors of a repository", "Sponsor button colour"]],
  ["repository dotfiles", word(REPOSITORY_DOTFILES), ["Extend the gitignore", "Add editorconfig rules"], ["Ignore files listed by git", "Editor config page"]],
  ["CI tools", word(CI_TOOLS), ["Mend the coveralls upload", "Bump husky", "Switch to release-please"], ["Release a new uploader", "Hooks run before commit"]],
  ["CI named", anywhere(CI_NAMED), ["Tweak CI config for Node 22", "CIの設定を直す", "更新CI配置", "持续集成提速", "Move to GitHub Actions"], ["Clarify the cli output", "Civic data import"]],
  ["test suites", new RegExp(String.raw`\b(?:${TEST_SUITES})\s+tests?\b`, "iu"), ["More integration tests for sockets", "Unit test of the clock"], ["Integration with Slack", "Test runner gains a --bail flag"]],
  ["test suites (CJK)", anywhere(TEST_SUITES_CJK), ["结合 新增集成测试", "単体テストを足す", "통합 테스트 정리"], ["测试工具新增报告", "テスト用のフラグを追加"]],
  ["issue forms", new RegExp(String.raw`\b(?:${ISSUE_FORMS})\s+templates?\b`, "iu"), ["New bug-report template", "Tweak pull request template"], ["New page template", "Issue numbers in links"]],
  ["templates (CJK)", anywhere(TEMPLATES_CJK), ["更新 issue 模板", "PRテンプレートを直す", "이슈 템플릿 추가"], ["新增页面模板", "テンプレート機能を追加"]],
  ["licence headers", anywhere(LICENCE_HEADERS), ["Add licence headers to sources", "补充版权声明", "ライセンスヘッダを更新", "라이선스 헤더 추가"], ["Licence check for dependencies", "Header size limit raised"]],
  ["upkeep verbs", new RegExp(String.raw`^${upkeepVerbs(["add", "update", "fix"])}\b`, "iu"), ["Updated the guide", "Adds a note", "Fixes a link"], ["Addition of a mode", "Fixture loader"]],
];

describe("the repository's upkeep vocabulary", () => {
  for (const [family, pattern, names, others] of FAMILIES) {
    it(`${family}: names its words and no others`, () => {
      for (const line of names) expect(pattern.test(line), line).toBe(true);
      for (const line of others) expect(pattern.test(line), line).toBe(false);
    });
  }
});
