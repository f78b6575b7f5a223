// Credits that name a change's author after "by" where other credit patterns miss them: a "By @user" / "By Jane Doe"
// line under an item, read as the item's last words ("Handle empty files By Jane Doe", "… files. By Jane Doe"), and
// "by" glued to Chinese, Japanese or Korean text ("修复问题by @jane"), and "by @handle" glued to a Latin word when a
// generator lost the space ("Enable cross compilationby @orhun"). Not an English word that ends in "by" ("in the lobby
// @everyone", "nearby @team" end on a word, not a credit). Patterns for cleanup.ts's credit list: each removes the
// credit and leaves the change.

const HANDLE = String.raw`@[A-Za-z0-9][\w-]{0,38}(?:\[bot\])?`;
const HANDLES = String.raw`${HANDLE}(?:(?:\s?,\s?|\sand\s|\s?&\s?|\s)${HANDLE}){0,10}`;
// A person's name as a credit writes it: up to four capitalised words ("Jane Doe", "J. Doe", "José Álvarez-Ruiz").
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]{0,40}(?:\s\p{Lu}[\p{L}\p{M}'’.-]{0,40}){0,3}`;
const CREDITED = String.raw`(?:${HANDLES}|${NAME}(?:\s*(?:,|\band\b|&)\s*${NAME}){0,3})`;
// English words that end in "by", which a glued credit must not cut: doubled "bby" ("lobby", "hobby") and the rest.
const BY_WORD = String.raw`(?:\p{L}*b|[Bb]a|[Rr]u|[Nn]ear|[Ss]tand|[Tt]here|[Ww]here|[Hh]ere|[Dd]er|[Rr]ug|[Kk]ir)`;
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;

/** [pattern, replacement] pairs, in the order cleanup applies them. */
export const BY_CREDITS: Array<[RegExp, string]> = [
  // "修复问题by Jane Doe": after a CJK letter, "by" is no word's end, so a name after it credits too.
  [new RegExp(String.raw`(?<=[${CJK}])\s*by\s+${NAME}\s*[.!]?\s*$`, "u"), ""],
  // "Enable cross compilationby @orhun": a handle's credit glued to the change's last word, which keeps its letters.
  [new RegExp(String.raw`(?<=\b(?!${BY_WORD}by\b)\p{L}{2,})by\s+${HANDLES}\s*[.!]?\s*$`, "u"), ""],
  // "… files. By Jane Doe", "… files By @jane": a capital "By" that opens a new sentence or line ends the change with
  // its author. Not in a title-cased name ("Group By Column"): lower-case words must come before it.
  [new RegExp(String.raw`(?:^|(?<=[.!?。！？])\s*|(?<=\b\p{Ll}[\p{Ll}\d-]*)\s+)By\s+${CREDITED}\s*[.!]?\s*$`, "u"), ""],
];
