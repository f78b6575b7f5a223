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
    String.raw`^(?:[-–—~]\s*)?(?:the|your|from the|love,? the)\s+(?:[\p{L}\p{N}._-]+\s+){0,3}(?:${TEAM_WORDS})[.!]?$`,
    // "Das Foo-Team", "Euer Foo Team", "L'équipe Foo", "L’équipe de Foo", "El equipo de Foo", "A equipe Foo".
    String.raw`^(?:[-–—~]\s*)?(?:(?:das|euer|ihr)\s+[\p{L}\p{N}._-]+[- ]team|l['’]équipe(?:\s+(?:de\s+|d['’])?[\p{L}\p{N}._-]+){1,3}|(?:el|tu|vuestro)\s+equipo(?:\s+de)?(?:\s+[\p{L}\p{N}._-]+){1,3}|(?:a|sua)\s+equipe(?:\s+(?:do|da|de))?(?:\s+[\p{L}\p{N}._-]+){1,3})[.!]?$`,
    // "Foo 团队", "Foo 開発チーム", "Foo 팀 드림", "Foo 开发团队敬上".
    // (The name before it is the project's, in Latin letters: "新增团队" says "add teams".)
    String.raw`^(?:[-–—~]\s*)?[\p{Script=Latin}\p{N}._ -]{1,30}?\s?(?:开发|開發|開発)?(?:团队|團隊|チーム|팀)(?:\s?(?:敬上|一同|드림|올림))?[。.!！]?$`,
  ].join("|"),
  "iu",
);

// The close's call to update or to help, which says no change: "Please update, and continue to help us make pypy
// better.", "We recommend all users upgrade.", "Happy upgrading!", "Bitte aktualisiert.", "N'hésitez pas à mettre à
// jour", "请尽快升级。", "アップデートをお願いします。", "업데이트를 권장합니다.".
const CALL_TO_UPDATE =
  /^(?:(?:so,?\s+)?please\s+(?:do\s+)?(?:update|upgrade)\b(?:[^.!?]{0,60}\b(?:help|support|feedback|report)\b[^.!?]{0,40})?|we (?:strongly )?(?:recommend|encourage|urge) (?:(?:all|our|everyone|every)\s+)?(?:users?\s+)?(?:(?:to\s+)?(?:update|upgrade)|updating|upgrading)\b[^.!?]{0,40}|happy (?:upgrading|updating|hacking|coding)|enjoy(?: the (?:release|update|new version))?|bitte (?:aktualisier(?:t|en sie))\b[^.!?]{0,40}|n['’]hésitez pas à (?:mettre à jour|faire la mise à jour)\b[^.!?]{0,40}|(?:por favor,?\s+)?(?:actualic(?:en|e)|atualize(?:m)?)\b[^.!?]{0,40})\s*[.!]*$|^(?:请|請)(?:尽快|儘快)?(?:升级|升級|更新)[。！!]?$|^(?:アップデート|更新|アップグレード)をお願いします[。！!]?$|^(?:업데이트|업그레이드)를 권장합니다[.!]?$/iu;

/** True when a line only closes a letter: a sign-off, the team's signature, or the call to update or help. */
export function closesLetter(text: string): boolean {
  const line = text.trim();
  return line !== "" && !/`/u.test(line) && (isGreeting(line) || (line.length <= 60 && TEAM_SIGNATURE.test(line)) || (line.length <= 120 && CALL_TO_UPDATE.test(line)));
}

// A question, in any script.
const QUESTION = /[?？]\s*$/u;
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

/** True when a listed line closes a letter, asks a question or names a tracker's topic: no change of the release. */
export function isNoChangeItem(text: string, underFixes = false): boolean {
  const line = text.trim();
  if (line === "" || /`/u.test(line)) return false;
  if (closesLetter(line)) return true;
  if (QUESTION.test(line) && !underFixes) return true;
  return line.length <= 120 && TOPIC_LINE.test(line);
}
