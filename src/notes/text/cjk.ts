// Chinese, Japanese and Korean: scripts written without spaces between words, whose letters X weighs double. One class
// for every rule that asks whether text is CJK or counts its CJK letters.
export const CJK_LETTERS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;

/** One CJK letter. */
export const CJK_LETTER = new RegExp(`[${CJK_LETTERS}]`, "u");
const EVERY_CJK_LETTER = new RegExp(`[${CJK_LETTERS}]`, "gu");
const FIRST_CJK_LETTER = new RegExp(`^[${CJK_LETTERS}]`, "u");
const LAST_CJK_LETTER = new RegExp(`[${CJK_LETTERS}]$`, "u");

/** Whether `text` opens, or ends, with a CJK letter. */
export const startsWithCjk = (text: string): boolean => FIRST_CJK_LETTER.test(text);
export const endsWithCjk = (text: string): boolean => LAST_CJK_LETTER.test(text);

/** How many CJK letters `text` has. */
export const cjkCount = (text: string): number => text.match(EVERY_CJK_LETTER)?.length ?? 0;

/** How much a text says in words: its spaced words, and its CJK letters two to a word (Chinese and Japanese set no
 *  space between words, and Korean's spaced words are long), so "Snack3 序列化不再…" weighs what it says. */
export function wordWeight(text: string): number {
  const spaced = text.replace(EVERY_CJK_LETTER, " ").split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return spaced + cjkCount(text) / 2;
}
