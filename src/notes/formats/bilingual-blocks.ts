// Notes that say the whole list twice, one block per language, the blocks apart: the Chinese items, a rule ("---") or
// a heading, then the same items in English (or English and then Japanese…). A post says each change once, so the
// block not in the notes' main language goes (the language the post's frame is in), with the rule between them, and
// "+N more" counts each change once. Item-by-item pairs are bilingual-items.ts's; a list that runs on from one
// language into the other with nothing between is withoutTranslatedList's (bilingual.ts).
import { headingMeaning } from "../kinds/kinds.js";
import { detectLanguage } from "../language.js";
import { cjkCount } from "../text/cjk.js";
import { type ListItem, mayTranslate, type Script, scriptOf, sharesName, topLists } from "./bilingual.js";
import { saysSameChangeVerb } from "./change-verb-pairs.js";

// "---", "***", "___", "- - -": a thematic break.
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/u;
const MARKER = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/u;
// A link's target is the same in both languages: it says nothing of which one a text is in.
const LINK_TARGET = /\]\([^)\s]*\)/gu;

const said = (item: ListItem): string => item.text.replace(MARKER, "").replace(LINK_TARGET, "]");

/** The one script every item of the block is in, or null. */
function scriptOfBlock(items: readonly ListItem[]): Script | null {
  const scripts = new Set(items.map((item) => scriptOf(said(item), 2)));
  return scripts.size === 1 ? ([...scripts][0] ?? null) : null;
}

/** The heading just above line `at` (blank lines aside), or null. */
function headingAbove(lines: readonly string[], at: number): string | null {
  for (let line = at - 1; line >= 0; line -= 1) {
    if ((lines[line] ?? "").trim() === "") continue;
    return HEADING.exec(lines[line] ?? "")?.[1] ?? null;
  }
  return null;
}

/**
 * The lines between two blocks (the first opens at line `opens`) when they only part them: blanks and at most two rules or headings, at least one. A
 * heading that names another kind of change than the first block's ("## 修复" … "## Features") starts another part,
 * not a translation. Null when anything else stands between.
 */
function parting(lines: readonly string[], opens: number, from: number, to: number): number[] | null {
  const marks: number[] = [];
  for (let line = from; line < to; line += 1) {
    const text = lines[line] ?? "";
    if (text.trim() === "") continue;
    const heading = HEADING.exec(text);
    if (!RULE.test(text) && !heading) return null;
    if (heading) {
      const [before, here] = [headingAbove(lines, opens), heading[1] ?? ""].map((name) => (name === null ? null : headingMeaning(name)));
      if (here !== null && here !== "generic" && before !== null && before !== "generic" && here !== before) return null;
    }
    marks.push(line);
  }
  return marks.length > 0 && marks.length <= 2 ? marks : null;
}

const NUMBER = /\d+(?:[.,]\d+)*/gu;

/** A CJK item and a Latin one that may say one change: the CJK item's Latin words are all in the other, and the two
 *  share what a translation keeps — a name, a code span, a number — or open with the same change verb. Having no Latin
 *  word to differ in is not enough: "修复登录崩溃" and "Add dark mode" are two changes. */
function pairTranslates(cjk: string, latin: string): boolean {
  if (!mayTranslate(cjk, latin)) return false;
  const numbers = new Set(latin.match(NUMBER) ?? []);
  return sharesName(cjk, latin) || saysSameChangeVerb(cjk, latin) || (cjk.match(NUMBER) ?? []).some((number) => numbers.has(number));
}

/** Two blocks of as many items, each all in one script and the two scripts different, and at least two pairs in
 *  three (item by item, in order) a likely translation (pairTranslates). */
function translatesBlock(first: readonly ListItem[], second: readonly ListItem[]): boolean {
  if (first.length < 2 || first.length !== second.length) return false;
  const [a, b] = [scriptOfBlock(first), scriptOfBlock(second)];
  if (a === null || b === null || a === b) return false;
  const [cjk, latin] = a === "cjk" ? [first, second] : [second, first];
  const pairs = cjk.filter((item, index) => pairTranslates(said(item), said(latin[index] as ListItem))).length;
  return pairs * 3 >= cjk.length * 2;
}

/** The notes with the block not in their main language gone (see above); other notes as they are. */
export function withoutTranslatedBlock(markdown: string): string {
  if (cjkCount(markdown) < 4) return markdown;
  const lines = markdown.split("\n");
  const lists = topLists(lines);
  const drop = new Set<number>();
  let main: Script | null = null;
  for (let at = 0; at + 1 < lists.length; at += 1) {
    const [first, second] = [lists[at] ?? [], lists[at + 1] ?? []];
    const [end, start] = [first.at(-1)?.to ?? 0, second[0]?.from ?? 0];
    const marks = parting(lines, first[0]?.from ?? 0, end, start);
    if (marks === null || !translatesBlock(first, second)) continue;
    main ??= ["zh", "ja", "ko"].includes(detectLanguage(markdown)) ? "cjk" : "latin";
    const dropFirst = scriptOfBlock(first) !== main;
    const [from, to] = dropFirst ? [first[0]?.from ?? 0, end] : [start, second.at(-1)?.to ?? start];
    for (let line = from; line < to; line += 1) drop.add(line);
    // The rules part the blocks; a heading heads the block after it, and goes with it.
    for (const line of marks) if (RULE.test(lines[line] ?? "") || !dropFirst) drop.add(line);
    at += 1;
  }
  if (drop.size === 0) return markdown;
  return lines.filter((_, line) => !drop.has(line)).join("\n");
}
