// Lines that sit where changes are listed but say no change, so no label may stand over them. Three classes:
// - a letter's close: a sign-off ("Cheers,", "À bientôt", greetings.ts) or the team signing it ("The PyPy Team",
//   "— the Foo maintainers", "Das Foo-Team", "L'équipe Foo", "El equipo de Foo", "A equipe Foo", "Foo 团队", "Foo チーム",
//   "Foo 팀"), which closes a blog post's last part;
// - a question copied from a tracker ("Are there plans to support X?", "…할 수 있나요?", "…できますか？", "…吗？"): a user
//   asking, not a shipped change;
// - a tracker's topic or inquiry title ("…에 대해서" about…, "…관련" regarding…, "…문의" inquiry, "…について",
//   "…に関して", "Question about X", "[Question] X", "关于 X 的疑问"): what a user wrote about, not what changed.
// Under a fix heading a question still names the bug it fixes ("Crash on save?"), so only the close and the topic go
// there. Pure.
import { isGreeting } from "../prose/greetings.js";

const TEAM_WORDS = String.raw`team|maintainers|developers|devs|contributors|core team|crew`;
const TEAM_SIGNATURE = new RegExp(
  [
    // "The PyPy Team", "— the Foo maintainers", "Your Foo team", "The Foo Core Team".
    // (The words before "team" are a name, capitalised: "The new dashboard for maintainers" is a change.)
    String.raw`^(?:[-–—~]\s*)?(?:the|your|from the|love,? the)\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}._-]*\s+){1,3}(?:${TEAM_WORDS})[.!]?$`,
    // "Das Foo-Team", "Euer Foo Team", "L'équipe Foo", "L’équipe de Foo", "El equipo de Foo", "A equipe Foo".
    String.raw`^(?:[-–—~]\s*)?(?:(?:das|euer|ihr)\s+[\p{L}\p{N}._-]+[- ]team|l['’]équipe(?:\s+(?:de\s+|d['’])?[\p{L}\p{N}._-]+){1,3}|(?:el|tu|vuestro)\s+equipo(?:\s+de)?(?:\s+[\p{L}\p{N}._-]+){1,3}|(?:a|sua)\s+equipe(?:\s+(?:do|da|de))?(?:\s+[\p{L}\p{N}._-]+){1,3})[.!]?$`,
    // "Foo 团队", "Foo 開発チーム", "Foo 팀 드림", "Foo 开发团队敬上".
    // (The name before it is the project's, in Latin letters: "新增团队" says "add teams".)
    String.raw`^(?:[-–—~]\s*)?[\p{Script=Latin}\p{N}._ -]{1,30}?\s?(?:开发|開發|開発)?(?:团队|團隊|チーム|팀)(?:\s?(?:敬上|一同|드림|올림))?[。.!！]?$`,
  ].join("|"),
  "iu",
);
// The name before an English "team" is capitalised ("The PyPy Team", "— the Foo maintainers"): "The new dashboard for
// maintainers" is a change.
const LOWER_BEFORE_TEAM = new RegExp(String.raw`^(?:[-–—~]\s*)?(?:the|your|from the|love,? the)\s+(?:\S+\s+)*?\p{Ll}[\p{L}\p{N}._-]*\s+(?:\S+\s+)*?(?:${TEAM_WORDS})[.!]?$`, "u");
const signs = (line: string): boolean => TEAM_SIGNATURE.test(line) && !LOWER_BEFORE_TEAM.test(line.replace(/^(?:[-–—~]\s*)?(?:the|your|from the|love,? the)\s+/iu, (lead) => lead.toLowerCase()));

// The close's call to update or to help, which says no change: "Please update, and continue to help us make pypy
// better.", "We recommend all users upgrade.", "Happy upgrading!", "Bitte aktualisiert.", "N'hésitez pas à mettre à
// jour", "请尽快升级。", "アップデートをお願いします。", "업데이트를 권장합니다.".
const CALL_TO_UPDATE =
  /^(?:(?:so,?\s+)?please\s+(?:do\s+)?(?:update|upgrade)(?:,?\s+and\s+(?:continue\s+to\s+)?(?:help|support)\s+us\b[^.!?;:]{0,40})?|we (?:strongly )?(?:recommend|encourage|urge) (?:(?:all|our|everyone|every)\s+)?(?:users?\s+)?(?:(?:to\s+)?(?:update|upgrade)|updating|upgrading)(?:\s+(?:now|soon|as soon as possible|at your earliest convenience))?|happy (?:upgrading|updating|hacking|coding)|enjoy(?: the (?:release|update|new version))?|bitte (?:aktualisier(?:t|en sie))(?:\s+(?:bald|jetzt|zeitnah))?|n['’]hésitez pas à (?:mettre à jour|faire la mise à jour)|(?:por favor,?\s+)?(?:actualic(?:en|e)|atualize(?:m)?)(?:\s+(?:pronto|ya|já))?)\s*[.!]*$|^(?:请|請)(?:尽快|儘快)?(?:升级|升級|更新)[。！!]?$|^(?:アップデート|更新|アップグレード)をお願いします[。！!]?$|^(?:업데이트|업그레이드)를 권장합니다[.!]?$/iu;

/** True when a line only closes a letter: a sign-off, the team's signature, or the call to update or help. */
export function closesLetter(text: string): boolean {
  const line = text.trim();
  return line !== "" && !/`/u.test(line) && (isGreeting(line) || (line.length <= 60 && signs(line)) || (line.length <= 120 && CALL_TO_UPDATE.test(line)));
}

// A question, in any script.
export const QUESTION = /[?？]\s*$/u;
// A tracker's topic or inquiry title in the languages notes come in: "about X", "regarding X", "question on X".
const TOPIC_LINE = new RegExp(
  [
    String.raw`^\[?(?:question|q&a|frage|question|pregunta|dúvida|duda|질문|문의|質問|问题咨询|疑问|咨询)\]?\s*[:：]`,
    String.raw`^(?:question|questions|frage|pregunta|dúvida)\s+(?:about|on|regarding|zu|sur|sobre)\s`,
    String.raw`(?:에\s?대해서|에\s?대하여|에\s?대한\s?(?:질문|문의)|관련(?:\s?(?:질문|문의))?|문의(?:\s?드립니다|합니다)?|질문(?:\s?드립니다|입니다)?)[.!]?$`,
    String.raw`(?:について|に関して|に関する(?:質問|問い合わせ)|の質問|の問い合わせ)[。.]?$`,
    String.raw`(?:的疑问|的疑問|的咨询|的諮詢|求助)[。.]?$`,
  ].join("|"),
  "iu",
);

// A change named in a topic's words, and the words of one asking whether something is possible.
const TOPIC_OF_CHANGE = /変更|追加|修正|改善|対応|仕様|廃止|변경|추가|수정|개선|지원|폐지|变更|新增|修复|优化|支持|调整|change|fix|support|update/iu;
const ASKS = /가능한지|가능 여부|할 수 있는지|수 있나|できるか|可能か|是否|能否|可否|吗|嗎|ですか|\b(?:whether|possible to|any plans?)\b/iu;

// A line that says a change by its first word ("Drop support for Python 3.8?", "Fix crash on save?") or names an
// advisory: what it asks or how it ends does not make it no change.
const CHANGE_OPENING =
  /^(?:add(?:s|ed)?|fix(?:es|ed)?|drop(?:s|ped)?|remove[sd]?|delete[sd]?|deprecate[sd]?|support(?:s|ed)?|require[sd]?|rename[sd]?|replace[sd]?|bump(?:s|ed)?|upgrade[sd]?\s+to|make[s]?|allow(?:s|ed)?|improve[sd]?|introduc(?:e|es|ed)|implement(?:s|ed)?|change[sd]?|move[sd]?|switch(?:es|ed)?|disable[sd]?|enable[sd]?)\b|^(?:新增|增加|添加|修复|修正|删除|移除|支持|优化|调整|追加|修正|削除|対応|추가|수정|삭제|지원)/iu;
const ADVISORY_ID = /\b(?:CVE-\d{4}-\d+|GHSA(?:-[\w]{4}){3})\b/iu;

/** True when a listed line closes a letter, asks a question or names a tracker's topic: no change of the release.
 *  `kind` is what the notes file it under: under a breaking, security or deprecation heading a line is always kept (a
 *  migration step, "Please upgrade the agent first", is the change), and a question under fixes names its bug. */
export function isNoChangeItem(text: string, kind: string | null = null, typedFix = false): boolean {
  const line = text.trim();
  if (line === "" || /`/u.test(line)) return false;
  if (kind === "breaking" || kind === "security" || kind === "deprecation" || ADVISORY_ID.test(line)) return false;
  if (closesLetter(line)) return true;
  if (CHANGE_OPENING.test(line)) return false;
  if (QUESTION.test(line) && kind !== "fix" && !typedFix) return true;
  // "通知設定の仕様変更について" (about the change to notification settings) tells a change; "…변경이 가능한지에 대해서"
  // (about whether … can change) still asks.
  return line.length <= 120 && TOPIC_LINE.test(line) && (!TOPIC_OF_CHANGE.test(line) || ASKS.test(line));
}
