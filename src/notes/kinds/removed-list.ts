// A lead-in that says what follows was removed ("Remove the following APIs which were marked as deprecated in the
// previous version:", "以下の非推奨 API を削除しました：") over a table no post can show: one breaking change, said with
// the count of what went ("Removes 17 deprecated APIs"), where the rows alone would be dropped unseen. Pure text work.

import type { Language } from "../language.js";

// "Remove(d) the following", "The following … have been removed", "移除以下", "以下…已移除", "以下の…を削除", "다음 … 제거",
// "Supprime les … suivantes", "Entfernt die folgenden".
const REMOVES_FOLLOWING =
  /^(?:remove[sd]?|drop(?:s|ped)?|delete[sd]?)\s+(?:the\s+)?following\b|^the following\b[^:]{0,80}\b(?:have been|has been|were|are)\s+(?:removed|dropped|deleted)\b|^(?:移除|删除|去除)(?:了)?以下|^以下[^：:]{0,40}(?:已|均已)?(?:被)?(?:移除|删除)|^以下の[^：:]{0,40}(?:を)?(?:削除|廃止)|^다음[^:]{0,40}(?:제거|삭제)|^(?:suppression|supprim\w*)\b[^:]{0,60}\bsuivant|^(?:entfern\w*)\b[^:]{0,60}\bfolgend|^(?:elimina\w*|remove\w*)\b[^:]{0,60}\bsiguientes?\b/iu;
const DEPRECATED = /deprecat|废弃|弃用|非推奨|사용 중단|obsol[eè]t|veraltet/iu;
// "the following APIs", "the following deprecated options": what the rows name, as the lead-in calls it.
const NOUN = /\bfollowing\s+(?:deprecated\s+)?([a-z][\w-]*s)\b/iu;

/** The one change a removal lead-in over a table of `rows` names states, in `language`; null when it is no such lead-in. */
export function removedListChange(leadIn: string, rows: number, language: Language): string | null {
  const said = leadIn.trim().replace(/[:：]$/u, "");
  if (rows < 2 || !REMOVES_FOLLOWING.test(said)) return null;
  const deprecated = DEPRECATED.test(said);
  const noun = NOUN.exec(said)?.[1] ?? "APIs";
  switch (language) {
    case "zh":
      return `移除 ${rows} 个${deprecated ? "已废弃的 " : " "}API`;
    case "ja":
      return `${deprecated ? "非推奨の " : ""}API を ${rows} 件削除`;
    case "ko":
      return `${deprecated ? "사용 중단된 " : ""}API ${rows}개 제거`;
    case "fr":
      return `Suppression de ${rows} API${deprecated ? " obsolètes" : ""}`;
    case "de":
      return `Entfernt ${rows}${deprecated ? " veraltete" : ""} APIs`;
    case "es":
      return `Elimina ${rows} API${deprecated ? " obsoletas" : ""}`;
    case "pt":
      return `Remove ${rows} APIs${deprecated ? " obsoletas" : ""}`;
    default:
      return `Removes ${rows}${deprecated ? " deprecated" : ""} ${noun}`;
  }
}
