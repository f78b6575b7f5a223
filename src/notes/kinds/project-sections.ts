// A section about how the project itself is built, tested and released ("Project changes", "Internal", "Build",
// "Infrastructure", "项目变更", "プロジェクトの変更", "프로젝트 변경"): a toolchain it no longer supports there ("Go 1.22 is no
// longer supported; CI now also builds with Go 1.24") is the maintainers' build matrix, not a break users of the release
// meet, unless the item marks itself breaking.

import { headingMeaning } from "./kinds.js";

// The project's own words for such a section, in the languages notes come in.
const PROJECT_SECTION =
  /^(?:(?:project|repository|repo|build|ci|infrastructure|tooling|dev(?:elopment)?|internal)(?:\s+(?:changes?|updates?|news|matters|maintenance))?|projekt(?:änderungen|e?\s+änderungen)?|(?:changements?|modifications?) (?:du|de) projet|projet|cambios (?:del|de) proyecto|proyecto|(?:mudanças|alterações) (?:do|de) projeto|projeto|项目(?:变更|变化|更新|相关)?|專案(?:變更|更新)?|プロジェクト(?:の変更|関連)?|프로젝트(?:\s?변경(?:\s?사항)?)?)$/iu;

/** True when a section's label names the project's own build, tests or release work. */
export function namesProjectSection(label: string | null | undefined): boolean {
  if (!label) return false;
  const text = label.replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, "").replace(/[:：]\s*$/u, "").trim();
  return PROJECT_SECTION.test(text) || headingMeaning(text) === "internal";
}
