// Lines of release metadata, not changes: when the release was made and from what ("Released on 2025-02-03",
// "Branch: main", "Commit: abc1234", "SHA256: 3f2a…"). A maintainer deletes them from a post. Each is a field's name
// and one value of the field's shape, so a sentence that only mentions a branch or a commit says more and stays.
import { EMAIL } from "./news-header.js";

// "Released on 2025-02-03", "`2025-11-22`", "(2024-01-01)", "Release date: March 3, 2025", "2025年3月3日", "2019년 4월 28일",
// "2024.05.01", "09/09/2024" and "09.09.2024" (day or month first); "August 20,2026" as some notes type it; "19th August, 2026", "3. März 2025",
// "8 avril 2026", "8 de abril de 2026" (French, Spanish, Portuguese); under a label in those languages too ("Releasedatum:",
// "Date de sortie :", "Fecha de lanzamiento:", "Data de lançamento:")
const DATE = "(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?|\\d{4}년\\s?\\d{1,2}월\\s?\\d{1,2}일|\\d{4}\\s?年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}(?:st|nd|rd|th)?(?:, ?| )\\d{4}|\\d{1,2}(?:st|nd|rd|th|\\.)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez)[a-zä]*,? \\d{4}|\\d{1,2}(?:er|º|\\.)?\\s+(?:de\\s+)?(?:janv|févr|fév|avr|juin|juil|août|déc|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|mars|mai|sept|oct|nov)[a-zéû]*\\.?\\s+(?:de\\s+)?\\d{4})";
// "Friday, September 20, 2019, by mcr@sandelman.ca": a NEWS file's header, the weekday before the date and who made the
// release after it (an e-mail address or a handle).
const WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
const RELEASER = `(?:[\\s,]+by\\s+(?:${EMAIL.source}|@[\\w-]+))?`;
const DATE_LINE = new RegExp(
  `^[\\s(\\[\`*_]*(?:(?:released?|published|release date|date|releasedatum|veröffentlicht(?: am)?|erschienen am|date de (?:sortie|publication)|publiée? le|sortie le|fecha de (?:lanzamiento|publicación|salida)|publicad[oa] el|lanzad[oa] el|data de (?:lançamento|publicação)|lançad[oa] em|publicad[oa] em|发布(?:于|日期)?|(?:发版|发行|發佈|發布)日期|リリース日?|릴리(?:스|즈) ?(?:날짜|일)|출시일|배포일)\\s*(?:on|[:：]{1,2})?\\s*)?${WEEKDAY}${DATE}${RELEASER}[\\s)\\]\`*_.]*$`,
  "iu",
);

// "Meson 1.9.0 was released on 24 August 2025", "This version was published on 2025-02-03.": a docs page's sentence
// that says no more than the date. A few words name what was released; a sentence that goes on says more.
const RELEASED_SENTENCE = new RegExp(
  `^(?:[\\p{L}\\p{N}][\\p{L}\\p{N}._+-]*\\s+){1,5}(?:was|is|has been|got)\\s+(?:released|published|tagged)\\s+(?:on\\s+)?${DATE}[\\s.]*$`,
  "iu",
);

// A post's byline, maybe after its date: "October 1, 2025 by The React Team", "By Ricky Hanlon, Rick Hanlon and Dan
// Abramov", "Posted by @someone". Names start with a capital (or are handles), so "By default, …" says more.
const NAME = "(?:@[\\w-]+|\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|da|di|le|la)){0,3})";
const BYLINE = new RegExp(
  `^(?:(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Aa]uthored)\\s+)?[Bb]y\\s+${NAME}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)${NAME}){0,9}[\\s)\\]*_.]*$`,
  "u",
);
// A post's date and its team as a blog signs it: "2025년 10월 1일, React 팀", "October 1, 2025, the React Team".
const TEAM_BYLINE = new RegExp(`^(?:the\\s+)?[\\p{L}\\p{N}.+-]+(?:\\s+[\\p{L}\\p{N}.+-]+){0,2}\\s*(?:team|maintainers|팀|チーム|团队|團隊)[\\s.]*$`, "iu");
const DATE_BEFORE = new RegExp(`^[\\s(\\[*_]*(?:${WEEKDAY}${DATE},?\\s+)?`, "iu");

// A release script's signature: "_Released by Jane Doe on 2025-06-13._" (who cut the release, and when).
const RELEASED_BY = new RegExp(`^[\\s*_]*released\\s+by\\s+${NAME}(?:\\s*(?:,|and|&)\\s*${NAME}){0,3}\\s+on\\s+${WEEKDAY}${DATE}[\\s.*_]*$`, "iu");

/** A line that is only the release's date, maybe with the words that say so. */
export function isDateOnly(text: string): boolean {
  const line = text.trim();
  const signed = line.replace(DATE_BEFORE, "");
  return DATE_LINE.test(line) || RELEASED_SENTENCE.test(line) || RELEASED_BY.test(line) || BYLINE.test(signed) || (signed !== line && TEAM_BYLINE.test(signed));
}

const HEX = "`?[0-9a-f]{7,128}`?";
// A field of the release's provenance, its name in the languages notes are written in, and its value's shape:
// a branch is one name ("`main`", "release/1.x"), a commit or checksum a hex string (a checksum maybe with its
// file), a tag a version.
const FIELD = [
  "(?:branch(?: name)?|分支(?:名称?)?|ブランチ名?|브랜치)\\s*[:：]\\s*(?:`[^`\\s]{1,100}`|[\\w./-]{1,100})",
  `(?:commit(?: hash| sha| id)?|提交(?:哈希|号)?|コミット|커밋)\\s*[:：]\\s*${HEX}`,
  `(?:sha-?(?:1|256|384|512)(?:\\s*(?:checksum|hash|sum))?|md5|checksums?|校验(?:和|值)|ハッシュ値?|체크섬)\\s*[:：]\\s*${HEX}(?:\\s+[\\w.+-]{1,100})?`,
  "(?:tag|标签|タグ|태그)\\s*[:：]\\s*`?v?\\d+(?:\\.\\d+){0,3}[\\w.+-]*`?",
  // A docs page's header: "TiDB 版本：8.5.1", "Version: 2.1.0 (LTS)"; "试用链接：快速体验 | 生产部署" (its links gone).
  "(?:[\\p{L}\\p{N}._-]{1,30}\\s?)?(?:版本号?|バージョン|버전|version)\\s*[:：]\\s*`?v?\\d+(?:\\.\\d+){1,3}[\\w.+-]*`?(?:\\s*[(（][^)）]{1,30}[)）])?",
  // A NEWS file's trailer with the release's page: "Release-info: https://dev.gnupg.org/T7756".
  "(?:release[- ]?(?:info|page|announcement|notes)|announcement|tracker)\\s*[:：]\\s*<?https?:\\/\\/\\S+?>?",
  "(?:[\\p{L}]{1,10}\\s?)?(?:链接|鏈接|连结|下载地址|リンク|링크|links?|downloads?)\\s*[:：]\\s*[^|:：]{1,20}(?:\\s*[|｜]\\s*[^|:：]{1,20})+",
].join("|");
// One field or several on a line ("Branch: main Commit: abc1234"), after an icon or a bullet of the notes' own.
const FIELD_LINE = new RegExp(`^[\\p{Extended_Pictographic}\\uFE0F\\s*_•·|-]*(?:${FIELD})(?:[\\s,;|·•]{1,4}(?:${FIELD})){0,5}[\\s.*_]*$`, "iu");

// Which upstream release a fork's release is made from, and nothing more: "Based on upstream v1.4.2.", "This release is
// rebased onto LLVM 18.1.2", "Synced with upstream 2.3.0", "Upstream: v1.4.2", "基于上游 v1.4.2", "同步上游 1.4.2 版本".
const UPSTREAM_LINE = new RegExp(
  String.raw`^(?:(?:this\s+(?:release|version|build|fork)\s+(?:is\s+)?|it\s+is\s+)?(?:(?:re)?based\s+(?:on|onto)|built\s+(?:on|from)|synced?\s+(?:with|to)|syncs\s+(?:with|to)|merged?\s+(?:with\s+)?)\s+(?:the\s+)?(?:(?:latest|upstream|official)\s+)?(?:[\w.@/-]{1,40}\s+)?(?:(?:upstream|release|version|tag)\s+)?|upstream(?:\s+(?:version|release|tag))?\s*[:：]\s*|(?:基于|基於|同步|合并|合併)(?:上游|官方|主线)?\s*(?:[\w.@/-]{1,40}\s*)?)\x60?v?\d+(?:\.\d+){1,3}[\w.+-]*\x60?(?:\s*(?:版本|版|release|version))?[\s.。)）]*$`,
  "iu",
);

// Which release the changes are counted from, and nothing more: "Changes are relative to 5.6.41.", "Compared with
// v2.3.0", "변경 기준은 5.6.41입니다.", "5.6.41 대비 변경 사항", "5.6.41 からの変更点", "相对于 5.6.41 的变更", "Änderungen seit
// 4.0.0". The post's link and version say what release it is; the line is housekeeping. (Only "changes", never a
// kind's heading: Git's "Fixes since v2.20" labels its fixes.)
const BASE_VERSION = String.raw`\x60?v?\d+(?:\.\d+){1,3}[\w.+-]*\x60?`;
const BASELINE_LINE = new RegExp(
  [
    String.raw`^(?:all\s+)?(?:the\s+)?changes\s+(?:(?:are|listed|here|below)\s+){0,2}(?:relative\s+to|compared\s+(?:with|to)|against|since)\s+(?:version\s+|release\s+)?${BASE_VERSION}[\s.:)]*$`,
    String.raw`^compared\s+(?:with|to)\s+(?:version\s+|release\s+)?${BASE_VERSION}[\s.:]*$`,
    String.raw`^(?:alle\s+)?änderungen\s+(?:seit|gegenüber)\s+(?:version\s+)?${BASE_VERSION}[\s.:]*$`,
    String.raw`^(?:변경\s*(?:사항|점)?|변경사항)(?:의)?\s*기준(?:은|는|이)?\s*${BASE_VERSION}\s*(?:입니다|이다|임)?[\s.。]*$`,
    String.raw`^${BASE_VERSION}\s*(?:대비|기준|이후(?:의)?)\s*(?:변경\s*사항|변경사항|변경점)(?:입니다)?[\s.:。]*$`,
    String.raw`^(?:変更点?は\s*)?${BASE_VERSION}\s*(?:から|と)の(?:変更点?|差分)(?:です)?[\s。.:：]*$`,
    String.raw`^(?:(?:本次)?(?:变更|改动)(?:的)?(?:基准|基于)(?:为|是)?\s*${BASE_VERSION}|(?:相对于|相较于|与)\s*${BASE_VERSION}\s*(?:相比)?(?:的)?(?:变更|改动|变化)?)[\s。.:：]*$`,
  ].join("|"),
  "iu",
);

// A NEWS file's release line: the date, or the placeholder written before the release is dated ("?? ??? ????",
// "?? ??? 2024"), then the project and its version ("01 Aug 2024, PHP 8.4.0beta1", "?? ??? ????, PHP 8.4.0beta1").
const DATE_PLACEHOLDER = "\\?{1,2}[\\s-]+\\?{3}[\\s-]+(?:\\?{4}|\\d{4})";
const NEWS_HEADER = new RegExp(
  `^[\\s(\\[*_]*(?:${WEEKDAY}${DATE}|${DATE_PLACEHOLDER})\\s*[,:–—-]?\\s*(?:[\\p{L}][\\p{L}\\p{N}._+-]*\\s+){1,3}v?\\d+(?:\\.\\d+){1,3}[\\w.+-]*[\\s)\\]*_.]*$`,
  "iu",
);

/** A NEWS file's line that dates a release and names it ("?? ??? ????, PHP 8.4.0beta1"): the notes' own title. */
export const isNewsHeader = (text: string): boolean => NEWS_HEADER.test(text.trim());

// A monorepo release's list of the packages it published, each with its new version and bump type, as release-plan and
// lerna-changelog write it under "Release (2026-06-05)": "@embroider/core 4.6.1 (patch)", or a paragraph of such lines.
// The opener and the link say the release; the bumps say no change (the bump type is what marks the line: "Node
// 20.18.0" alone, under "Stack Changes", is an upgrade).
const PACKAGE_BUMP = String.raw`\x60?(?:@[\w.-]+\/)?[\w.-]+\x60?\s+\x60?v?\d+(?:\.\d+){1,3}(?:-[\w.]+)?\x60?\s+\((?:major|minor|patch)\)`;
const PACKAGE_BUMPS = new RegExp(`^(?:${PACKAGE_BUMP}[\\s,;]*)+$`, "iu");

/** A line of release metadata: its date, or the branch, commit, checksum, tag or upstream release it was made from, or
 *  the release its changes are counted from. */
export function isReleaseMetadata(text: string): boolean {
  return isDateOnly(text) || isNewsHeader(text) || FIELD_LINE.test(text.trim()) || UPSTREAM_LINE.test(text.trim().replace(/^[(（]/u, "")) || BASELINE_LINE.test(text.trim()) || PACKAGE_BUMPS.test(text.trim());
}
