// Text helpers every check family shares (lines, item text, normalized text, URLs as X finds them): one reading for all.
import twitter from "twitter-text";

export const ELLIPSIS = "…";
export const ZWSP = "\u200B";
export const BULLET = /^\s*(?:[-*+•◦▪‣·‧∙●○■□►▶➤→]|\d{1,3}[.)])\s+/u;
// A leading emoji (with its variation selector, skin tone or ZWJ sequence) as used for item kinds: ✨ 🐛 ⚠️ 🧑‍💻.
export const EMOJI = /^\s*(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*\uFE0F?\s*/u;
export const BARE_MARKER = /^\s*(?:[-*+•◦▪‣·‧∙●○■□►▶➤→]|\d{1,3}[.)])?\s*$/u;
export const LABEL_END = /[:：]\s*$/u;

export const lines = (post: string) => post.split("\n");
export const nonEmpty = (list: string[]) => list.filter((line) => line.trim() !== "");
/** Drops a line's bullet or item number and leading kind emoji: "• ✨ Add x" → "Add x". */
export function itemText(line: string): string {
  let text = line.replace(BULLET, "");
  for (let i = 0; i < 3 && EMOJI.test(text); i++) text = text.replace(EMOJI, "");
  return text.trim();
}
/** Text as a reader compares it: NFC, no quieting ZWSP or Markdown marks, single spaces, lower case. */
export function normalize(text: string): string {
  return text
    .normalize("NFC")
    .replaceAll(ZWSP, "")
    .replace(/[`*_~]/gu, "")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}
export function urlsIn(text: string): string[] {
  return twitter.extractUrls(text);
}
export const isLabel = (line: string) => LABEL_END.test(line) && urlsIn(line).length === 0 && !line.trim().endsWith("://");
export const isNumbering = (line: string) => /^\s*\(?\d+\s*\/\s*\d+\)?[:：]?\s*$/u.test(line);

/** Markdown inline syntax reduced to the text a reader sees: link text, autolinks, no emphasis marks. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, "$1")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/gu, "$1")
    // A shortcut reference ("[`Set#select!`]", defined elsewhere in the notes) shows its text.
    .replace(/\[([^\]\n]*)\](?![([:])/gu, "$1")
    .replace(/<((?:https?|ftp):\/\/[^>\s]+)>/gu, "$1");
}
