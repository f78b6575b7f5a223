// Credits that name a change's author after "by" where other credit patterns miss them: a "By @user" / "By Jane Doe"
// line under an item, read as the item's last words ("Handle empty files By Jane Doe", "… files. By Jane Doe"), and
// "by" glued to Chinese, Japanese or Korean text ("修复问题by @jane"): patterns for cleanup.ts's credit list, each
// removes the credit and leaves the change. And "by @handle" glued to a Latin word when a generator lost the space
// ("Enable cross compilationby @orhun"): withGluedCreditsSpaced.

import { HANDLE, handleRun } from "./handles.js";

const HANDLES = handleRun(HANDLE, String.raw`\s?,\s?|\sand\s|\s?&\s?|\s`, 10);
// A person's name as a credit writes it: up to four capitalised words ("Jane Doe", "J. Doe", "José Álvarez-Ruiz").
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]{0,40}(?:\s\p{Lu}[\p{L}\p{M}'’.-]{0,40}){0,3}`;
const CREDITED = String.raw`(?:${HANDLES}|${NAME}(?:\s*(?:,|\band\b|&)\s*${NAME}){0,3})`;
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;

/** [pattern, replacement] pairs, in the order cleanup applies them. */
export const BY_CREDITS: Array<[RegExp, string]> = [
  // "修复问题by Jane Doe": after a CJK letter, "by" is no word's end, so a name after it credits too.
  [new RegExp(String.raw`(?<=[${CJK}])\s*by\s+${NAME}\s*[.!]?\s*$`, "u"), ""],
  // "… files. By Jane Doe", "… files By @jane": a capital "By" that opens a new sentence or line ends the change with
  // its author. Not in a title-cased name ("Group By Column"): lower-case words must come before it.
  [new RegExp(String.raw`(?:^|(?<=[.!?。！？])\s*|(?<=\b\p{Ll}[\p{Ll}\d-]*)\s+)By\s+${CREDITED}\s*[.!]?\s*$`, "u"), ""],
];

// "Enable cross compilationby @orhun": a generator's "by @handle" credit that lost its space. A word that ends in "by"
// before a handle ("Fix a warning with Gatsby @next", "in the lobby @everyone") reads the same, so the glued form is a
// credit only where the notes show the generator: the same handle credited by "by" on another line ("…advisoriesby
// @orhun"), or else the spaced "by @handle" credit elsewhere or the glued form on two lines or more, and then not after a
// capitalised word (a name: "Gatsby", "Shelby"). Never after an English word that ends in "by" (a doubled "bby":
// "lobby", "hobby"; "by" compounds: "nearby", "standby", "thereby"; "baby", "ruby", "rugby", "derby").
const GLUED = new RegExp(String.raw`(?<=(\p{L}+))by[ \t]+(@[A-Za-z0-9][\w-]{0,38})(?=(?:\[bot\])?[ \t]*[.!]?[ \t]*$)`, "gmu");
const BY_WORD = /^(?:\p{L}*b|\p{L}*(?:near|stand|there|where|here|passer)|ba|ru|rug|der)$/iu;
const SPACED = /(?:^|[ \t])by[ \t]+@[A-Za-z0-9]/mu;

// "… しないように bt @mei23 [c3e289d](…)": "by" mistyped in one line of a changelog that credits every line "by @handle".
// A two-letter word one key from "by" ("bt", "vy", "bu", "gy"; not a word such as "be", "my") before a handle that
// ends the line (links after it only) is that credit when the same handle is credited "by @handle" on two lines more.
const MISTYPED_BY = /(?<=\s)(?!be\b|my\b|by\b)(b[a-z]|[a-z]y)([ \t]+)(@[A-Za-z0-9][\w-]{0,38})(?=(?:[ \t]*\[[^\]\n]{1,60}\]\([^)\n]{1,300}\))*[ \t]*$)/gmu;

/** The notes with a mistyped "by" before a credited handle spelled "by", so the credit patterns take it off. */
function withMistypedByMended(markdown: string, handles: ReadonlyMap<string, number>): string {
  return markdown.replace(MISTYPED_BY, (whole: string, _word: string, space: string, handle: string) => ((handles.get(handle) ?? 0) >= 2 ? `by${space}${handle}` : whole));
}

/** The notes with each glued credit spaced ("compilation by @orhun") and each mistyped "by" mended ("bt @mei23"), so
 *  the credit patterns take them off; other notes as they are. */
export function withGluedCreditsSpaced(markdown: string): string {
  if (!/by[ \t]+@/u.test(markdown)) return markdown;
  const handles = new Map<string, number>();
  for (const match of markdown.matchAll(/by[ \t]+(@[A-Za-z0-9][\w-]{0,38})/gu)) handles.set(match[1] ?? "", (handles.get(match[1] ?? "") ?? 0) + 1);
  const generated = SPACED.test(markdown) || [...markdown.matchAll(GLUED)].length >= 2;
  return withMistypedByMended(markdown, handles).replace(GLUED, (whole: string, word: string, handle: string) => {
    if (BY_WORD.test(word)) return whole;
    const credit = (handles.get(handle) ?? 0) >= 2 || (generated && !/^\p{Lu}\p{Ll}/u.test(word));
    return credit ? ` ${whole}` : whole;
  });
}
