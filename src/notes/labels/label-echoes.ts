// A change that opens with its label's own kind word ("Added:" then "• Added `Runtime` to…", "Fixes:" then "• Fixes a
// case where…", "新增：" then "• 新增…"): the post says the word twice in two lines. Under a label that is one kind word
// (headingMeaning reads it, in every language the headings come in), the item's echo goes and the label stays; the
// item starts as a sentence does in its language. A label that names a part ("Core:", "Input：") is no kind word: an
// item opening with that name keeps it. Pure; layout.ts calls it on each listed change it shows under a label.
import { headingMeaning } from "../kinds/kinds.js";
import { memoized } from "../memo.js";
import { startsWithCjk } from "../text/cjk.js";
import { sentenceStart } from "./source-marks.js";

const LEADING_MARKS = /^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u;

/** The label's one kind word ("Added" of "✨ Added"), or null when the label is more words or names no kind. */
const kindWord = memoized((label: string): string | null => {
  const word = label.replace(LEADING_MARKS, "").replace(/[:：]\s*$/u, "").trim();
  if (word === "" || /\s/u.test(word) || !/^[\p{L}]+$/u.test(word)) return null;
  return headingMeaning(word) === null ? null : word;
});

// What may follow the echo in a language with spaces: a space or a colon ("Fixed: mismatched quotes…").
const LATIN_GAP = /^(?::\s*|\s+)/u;
// What may follow it in Chinese, Japanese or Korean: a space, a colon, or the perfective "了" ("修复了…").
const CJK_GAP = /^(?:[:：]\s*|了\s*|\s+)?/u;
// A rest that only reads on from the echo ("Added to the list", "Fixed in 1.2"): the echo stays.
const LEANS_ON_ECHO = /^(?:to|in|by|for|with|from|on|at|as|that|when|if|and|or|but|of|since|via)\b/iu;

/** The change's text without its label's kind word at its start, when what is left still reads as a change. */
export function withoutLabelEcho(text: string, label: string | null): string {
  const word = label === null ? null : kindWord(label);
  // (A short CJK rest, "修复登录问题" → "登录问题", is too bare to stand alone: the echo stays.)
  if (word === null || text.length <= word.length || text.slice(0, word.length).toLowerCase() !== word.toLowerCase()) return text;
  const after = text.slice(word.length);
  const cjk = startsWithCjk(word);
  // A word of letters ends at the echo: "Fixes" is no echo of "Fix", nor "Addedd" of "Added".
  if (!cjk && !LATIN_GAP.test(after)) return text;
  const rest = after.replace(cjk ? CJK_GAP : LATIN_GAP, "");
  if (cjk ? (rest.match(/[\p{L}\p{N}]/gu) ?? []).length < 5 : rest.split(/\s+/u).length < 2 || LEANS_ON_ECHO.test(rest)) return text;
  // The echo was the sentence's start: what is left starts as one, where its language has capitals.
  const codeWords = new Set([...rest.matchAll(/`([^`\n]+)`/gu)].flatMap((span) => span[1]?.split(/[^\p{L}\p{N}_]+/u) ?? []));
  return /^\p{Lu}/u.test(text) ? sentenceStart(rest, codeWords) : rest;
}
