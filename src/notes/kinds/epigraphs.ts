// A quote set over the notes or a part of them — a motto, a line of a poem, words of a person ("> The only thing we have
// to fear is fear itself.", "> Simplicity is prerequisite for reliability. — Edsger Dijkstra"): it sets a tone and says
// no change, so no post shows it. A quote that speaks of the release ("> [!NOTE] This release drops Node 16", "> Users
// of 2.x must migrate") is a note of the notes and stays.

import type { Language } from "../language.js";
import { cjkCount } from "../text/cjk.js";

// Words that speak of software and its release, in the languages notes come in: a quote with one is about the release.
const RELEASE_TALK =
  /\b(?:releases?d?|version|update[sd]?|upgrad\w*|install\w*|fix\w*|bugs?|security|vulnerab\w*|cve|support\w*|features?|breaking|deprecat\w*|migrat\w*|requires?|users?|api|config\w*|plugins?|packages?|no longer|removed?|added|changed?|drop(?:s|ped)?|ship(?:s|ped)?|please|note|warning|important|patch\w*|veröffentlich\w*|versión|versão|mise à jour|aktualisier\w*|actualiza\w*|atualiza\w*|correc\w*|corrig\w*|behoben)\b|版本|发布|發布|修复|修復|更新|升级|升級|漏洞|安全|注意|用户|用戶|支持|新增|移除|リリース|バージョン|修正|アップデート|脆弱性|対応|추가|수정|릴리스|버전|업데이트|보안|지원/iu;
// What a change names and a quote of words does not: a number, a code span, a link, an @handle, a #reference.
const TECHNICAL = /\d|`|https?:\/\/|\]\(|[@#]\w/u;
// A quote in quotation marks, whole: "“Make it work, make it right, make it fast.”", "「…」".
const QUOTED = /^(?:"[^"]+"|“[^”]+”|„[^“”]+[“”]|«[^»]+»|「[^」]+」|『[^』]+』)[.!。]?$/u;
// "— Edsger Dijkstra", "-- Alan Kay", "~ Bashō", "―Lao Tzu": the quote's author, after a dash.
const ATTRIBUTION = /(?:^|\s)(?:—|―|--|~|–)\s*\p{L}[\p{L}\p{M}.'’ -]{0,60}$/u;

// A lone line in a script the notes are not written in ("> 奴らに支配されていた恐怖を" over English notes): an aside
// in another language, which no reader of the notes is meant to take for a change. Only when it opens the release
// (`opensRelease`: no heading but the release's own title above it, no item before it) and its script is nowhere else
// in the notes: "## Highlights" / "> 暗黑模式与多窗口" heads a section with a change, and a Ukrainian line in Ukrainian
// notes is the notes' own script.
function isForeignLine(said: string, language: Language | undefined, place: EpigraphPlace | undefined): boolean {
  if (language === undefined || place === undefined || !place.opensRelease) return false;
  if (said.includes("\n") || said.length > 80 || /\p{Script=Latin}/u.test(said)) return false;
  const elsewhere = place.notes.replace(said, "");
  const cjk = cjkCount(said) >= 2 && !["zh", "ja", "ko"].includes(language) && cjkCount(elsewhere) === 0;
  const cyrillic = /\p{Script=Cyrillic}{2}/u.test(said) && language !== "ru" && !/\p{Script=Cyrillic}/u.test(elsewhere);
  return cjk || cyrillic;
}

/** Where a quote stands: the notes it is in, and whether only the release's title stands above it. */
export interface EpigraphPlace {
  notes: string;
  opensRelease: boolean;
}

/** True when `text`, a quote that opens the notes or one of their parts, is an epigraph and no change. `language`:
 *  the notes' own; `place`: where it stands (a lone line in another script is read only with it). */
export function isEpigraph(text: string, language?: Language, place?: EpigraphPlace): boolean {
  const said = text.replace(ATTRIBUTION, "").trim();
  if (said === "" || said.length > 400 || TECHNICAL.test(said)) return false;
  if (isForeignLine(said, language, place) && !RELEASE_TALK.test(said)) return true;
  // Only a quote marked as one, by its author's name or its quotation marks: "> Dark mode arrives on every platform"
  // quotes no one and states a change in words no list foresees.
  return (ATTRIBUTION.test(text.trim()) || QUOTED.test(said)) && !RELEASE_TALK.test(said);
}
