// Notes written twice, once per language: "修复了 X / Fixed X" on one line, a Chinese list and then the same list in
// English, each change followed by its translation, or whole halves under headings that name their language. A post shows each change once, in the notes' main language,
// and "+N more" counts no translation.
import { headingMeaning, isCategoryName } from "../kinds/kinds.js";
import type { Language } from "../language.js";
import { FENCE, linesOutsideFences } from "./line-blocks.js";
import { cjkCount } from "../text/cjk.js";
import { withoutItemTranslations } from "./bilingual-items.js";
import { withoutTranslatedBlock } from "./bilingual-blocks.js";
import { withoutTranslatedParts } from "./translated-parts.js";
import { sameChangeVerb } from "./change-verb-pairs.js";

export type Script = "cjk" | "latin";

// Code spans and addresses are the same in both languages: they say nothing of which one a text is in.
const CODE_OR_ADDRESS = /`[^`]*`|https?:\/\/\S+/gu;
const LATIN_WORD = /\p{Script=Latin}[\p{Script=Latin}\d'’-]*/gu;

const latinWords = (text: string): string[] => text.replace(CODE_OR_ADDRESS, " ").match(LATIN_WORD) ?? [];

/** A word that names something rather than saying it: a capital, a digit ("Eudic", "DeepL", "IE11"). */
const isName = (word: string): boolean => /[\p{Lu}\d]/u.test(word);

/** The script a change is written in: CJK when CJK characters carry it — at least two for each word in Latin script,
 *  or as many when those words are names ("支持 DeepL, Google, Apple 翻译") — Latin when it has no CJK character and a
 *  few words; null when it says too little to tell, or mixes the two ("adds 日本語 alpha"). */
export function scriptOf(text: string, minWords = 3): Script | null {
  const cjk = cjkCount(text);
  const words = latinWords(text);
  if (cjk >= 2) return cjk >= 2 * words.length || (cjk >= words.length && words.every(isName)) ? "cjk" : null;
  return words.length >= minWords ? "latin" : null;
}

/** The script the notes' language is written in. */
const scriptOfLanguage = (language: Language): Script => (language === "zh" || language === "ja" || language === "ko" ? "cjk" : "latin");

/** Every word in Latin script of the CJK text is one of the Latin text, which says more than those words: the one
 *  can be the other's translation. */
export function mayTranslate(cjk: string, latin: string): boolean {
  const latinText = latinWords(latin);
  const words = new Set(latinText.map((word) => word.toLowerCase()));
  const names = latinWords(cjk);
  return latinText.length > names.length && names.every((name) => words.has(name.toLowerCase()));
}

/** The pair shares a name or a code span ("Eudic", "`Table`"): what a translation keeps as it is. */
export function sharesName(cjk: string, latin: string): boolean {
  const spans = new Set(cjk.match(/`[^`]+`/gu) ?? []);
  return latinWords(cjk).some(isName) || (latin.match(/`[^`]+`/gu) ?? []).some((span) => spans.has(span));
}

// Where a line holds a change twice: "中文 / English", "English | 中文", full-width "／" and "｜".
const SEPARATOR = /\s+[/|]\s+|\s*[／｜]\s*/gu;

/**
 * One line that says a change in two languages ("修复了 X 的问题 / Fixed X"): the half in the notes' main language, or
 * the text as it is. Both halves must say enough to tell their scripts apart, and the CJK half's Latin names must all
 * be in the other, so "支持 React / Vue 组件" and "支持 Vue / Vue Router" stay whole.
 */
export function inMainLanguage(text: string, language: Language, minWords = 3): string {
  const main = scriptOfLanguage(language);
  const label = kindNameInMainLanguage(text, main);
  if (label !== null) return label;
  for (const separator of text.matchAll(SEPARATOR)) {
    const before = text.slice(0, separator.index).trim();
    const after = text.slice(separator.index + separator[0].length).trim();
    const scripts = [scriptOf(before, minWords), scriptOf(after, minWords)];
    if (scripts[0] === null || scripts[1] === null || scripts[0] === scripts[1]) continue;
    const [cjk, latin] = scripts[0] === "cjk" ? [before, after] : [after, before];
    if (!mayTranslate(cjk, latin)) continue;
    return scripts[0] === main ? before : after;
  }
  return withoutRepeatedSubject(text, main);
}

// changesets items that say a change twice, each line a commit subject of its own ("feat: support rsc for spa
// projects" then "feat: 为 SPA 项目支持 RSC"), read as one text: the second subject's type is where the halves meet.
const REPEATED_TYPE = /\s+(?:feat|fix|perf|refactor|docs|chore|style|test|build|ci|revert)(?:\([^()\n]{1,40}\))?!?[:：]\s*/giu;

/** The half of a twice-said subject in the main script: one half with no CJK at all and a few words, the other
 *  carried by CJK characters (a translation keeps names and code in Latin script: "为 CSR 项目，注入 rsc payload"). */
function withoutRepeatedSubject(text: string, main: Script): string {
  for (const type of text.matchAll(REPEATED_TYPE)) {
    const before = text.slice(0, type.index).trim();
    const after = text.slice((type.index ?? 0) + type[0].length).trim();
    const latinFirst = cjkCount(before) === 0 && latinWords(before).length >= 3 && cjkCount(after) >= 2;
    const cjkFirst = cjkCount(after) === 0 && latinWords(after).length >= 3 && cjkCount(before) >= 2;
    if (latinFirst) return main === "cjk" ? after : before;
    if (cjkFirst) return main === "cjk" ? before : after;
  }
  return text;
}

// Marks before a label ("🐛 ", "✨ "): they stay with whichever half is kept.
const LEADING_MARKS = /^[\p{Extended_Pictographic}\uFE0F\s]*/u;
// "新增 (Added)", "修复（Fixed）", "Added (新增)": a name and its gloss in brackets at the end.
const GLOSS = /^(.+?)\s*[(（]\s*([^()（）]+?)\s*[)）]$/u;
// "Added 新增", "新功能 New Features": two names side by side, one in each script (spaces between them; none inside a
// CJK name).
const SIDE_BY_SIDE = /^([\p{Script=Latin}][\p{Script=Latin}' &-]*?)\s+([^\s\p{Script=Latin}][^\p{Script=Latin}]*)$|^([^\s\p{Script=Latin}][^\p{Script=Latin}]*?)\s+([\p{Script=Latin}][\p{Script=Latin}' &-]*)$/u;

/**
 * A kind's name said in both languages ("新增 (Added)", "Added 新增", "修复（Fixed）", "🐛 Bug Fixes 问题修复"): the
 * name in the notes' main language, with the marks before the whole; null for anything else. The Latin half must name
 * a kind in a few words ("Added", "Bug Fixes", "Improved") and the CJK half be a category's short name, so "新功能 (Beta)" and "Docker 支持" stay
 * whole. Kind names say little, so no word count is asked for.
 */
function kindNameInMainLanguage(text: string, main: Script): string | null {
  const marks = LEADING_MARKS.exec(text)?.[0] ?? "";
  const rest = text.slice(marks.length).replace(/\s*[:：]\s*$/u, "").trim();
  const glossed = GLOSS.exec(rest);
  const halves = glossed ?? SIDE_BY_SIDE.exec(rest);
  if (!halves) return null;
  const [first, second] = halves[1] !== undefined ? [halves[1], halves[2] ?? ""] : [halves[3] ?? "", halves[4] ?? ""];
  const scripts = [scriptOf(first, 1), scriptOf(second, 1)];
  if (scripts[0] === null || scripts[1] === null || scripts[0] === scripts[1]) return null;
  const [cjk, latin] = scripts[0] === "cjk" ? [first, second] : [second, first];
  if (latinWords(cjk).length > 0 || !isCategoryName(cjk) || latinWords(latin).length > 3) return null;
  // Side by side, the Latin words must be a kind's whole name: "Bug 修复" is one name, "Bug fix".
  if (glossed === null && !isCategoryName(latin)) return null;
  const latinMeaning = headingMeaning(latin);
  const cjkMeaning = headingMeaning(cjk);
  if (latinMeaning === null || latinMeaning === "generic" || (cjkMeaning !== null && cjkMeaning !== "generic" && cjkMeaning !== latinMeaning)) return null;
  const kept = (scripts[0] === main ? first : second).trim();
  const colon = /[:：]\s*$/u.exec(text)?.[0].trim() ?? "";
  return `${marks}${kept}${colon}`;
}

interface Written {
  text: string;
  prose: boolean;
}

/**
 * Entries that translate others: the changes written in the script other than the main language's, when they match
 * those written in it one for one, in order — as many of each, every pair may be a translation (the CJK one's Latin
 * words are in the Latin one) and at least half of the pairs share a name or a code span, so that it is a translation
 * and not a few English commit subjects among Chinese changes. Prose in the other script goes with them. Linear in the entries.
 */
export function translations<T extends Written>(entries: readonly T[], language: Language): Set<T> {
  const main = scriptOfLanguage(language);
  const listed = { cjk: [] as T[], latin: [] as T[] };
  for (const entry of entries) {
    const script = entry.prose ? null : scriptOf(entry.text, 2);
    if (script) listed[script].push(entry);
  }
  const pairs = listed.cjk.length;
  if (pairs < 2 || listed.latin.length !== pairs) return new Set();
  let shared = 0;
  for (let index = 0; index < pairs; index += 1) {
    const cjk = listed.cjk[index] as T;
    const latin = listed.latin[index] as T;
    if (!mayTranslate(cjk.text, latin.text)) return new Set();
    if (sharesName(cjk.text, latin.text)) shared += 1;
  }
  if (shared * 2 < pairs) return new Set();
  const other: Script = main === "cjk" ? "latin" : "cjk";
  const dropped = new Set<T>(listed[other]);
  for (const entry of entries) if (entry.prose && scriptOf(entry.text, 2) === other) dropped.add(entry);
  return dropped;
}

// A heading that names only a language: "## 中文", "## English", "### 🇨🇳 简体中文版", "## 日本語", "## Korean version",
// "## In English", a language code ("## EN", "## zh-CN"), or a line that is only the language's name in bold
// ("**English**", "**中文**"), which some notes use as the heading of each half.
const LANGUAGE_NAME =
  "(?:in[ \\t]+)?(?:english|chinese|japanese|korean|中文|简体中文|簡體中文|繁體中文|繁体中文|英文|英語|英语|日本語|日本语|日文|한국어|영어|en|cn|zh|jp|ja|ko|kr|en-us|en-gb|zh-cn|zh-tw|zh-hans|zh-hant|ja-jp|ko-kr)(?:[ \\t]*(?:version|版|说明|說明|版本))?";
const MARKS = "(?:[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\uFE0F]+[ \\t]*)?";
const LANGUAGE_HEADING = new RegExp(
  `^ {0,3}(?:#{1,6}[ \\t]+${MARKS}${LANGUAGE_NAME}[ \\t]*#*|(?:\\*\\*|__)${MARKS}${LANGUAGE_NAME}[ \\t]*[:：]?(?:\\*\\*|__)[ \\t]*[:：]?)[ \\t]*$`,
  "iu",
);

/**
 * The notes with a translated list's second telling gone, and each change told once in the first list's language
 * (see `withoutTranslatedList`), notes told once per language in heading trees of the same shape (translated-parts.ts); then notes in halves under headings that name their language: "## English" … "## 中文" … (what comes before the first is
 * shared by both and stays), or one half and then "## 中文" … for the other. A post tells each change once, in the
 * language the maintainer put first: the first half with something in it is kept, without its language heading.
 * Notes without such a heading are returned as they are.
 */
export const firstLanguageHalf = (markdown: string): string =>
  withoutTranslatedList(withoutItemTranslations(withoutTranslatedBlock(withoutTranslatedParts(halfUnderHeadings(markdown)))));

function halfUnderHeadings(markdown: string): string {
  if (!/^ {0,3}(?:#|\*\*|__)/mu.test(markdown)) return markdown;
  const lines = markdown.split("\n");
  const starts: number[] = [];
  for (const [line, index] of linesOutsideFences(lines)) if (LANGUAGE_HEADING.test(line)) starts.push(index);
  const first = starts[0];
  if (first === undefined) return markdown;
  const saysSomething = (from: number, to: number): boolean => lines.slice(from, to).some((line) => /[\p{L}\p{N}]/u.test(line) && !/^ {0,3}#/u.test(line));
  // Each language's part: from its heading to the next; with one heading, what stands before it is the other part.
  const parts: Array<[number, number]> = starts.map((start, index) => [start + 1, starts[index + 1] ?? lines.length]);
  if (starts.length === 1) parts.unshift([0, first]);
  const halves = parts.filter(([from, to]) => saysSomething(from, to));
  const shared = starts.length > 1 ? lines.slice(0, first) : [];
  const kept = halves[0];
  // A lone language heading over the only text says which language the notes are in, and nothing else.
  if (!kept) return lines.filter((_, index) => !starts.includes(index)).join("\n");
  return [...shared, ...lines.slice(kept[0], kept[1])].join("\n");
}

/**
 * Two runs of lines one after the other, as many in each, one in CJK and one in Latin script, each line of the one a
 * possible translation of the same line of the other ("添加开机自动启动功能" … then "Add auto-start on boot
 * functionality" …): the same changes said twice. Which run to leave out — the one not in the notes' main language —
 * or null when they are no such pair. Their order and count pair them, so no shared name is asked for.
 */
export function translatedRun(first: readonly string[], second: readonly string[], language: Language): "first" | "second" | null {
  if (first.length < 2 || first.length !== second.length) return null;
  const scriptOfRun = (lines: readonly string[]): Script | null => {
    const scripts = new Set(lines.map((line) => scriptOf(line, 2)));
    return scripts.size === 1 ? ([...scripts][0] ?? null) : null;
  };
  const [a, b] = [scriptOfRun(first), scriptOfRun(second)];
  if (a === null || b === null || a === b) return null;
  const [cjk, latin] = a === "cjk" ? [first, second] : [second, first];
  if (!cjk.every((line, index) => mayTranslate(line, latin[index] ?? ""))) return null;
  return a === scriptOfLanguage(language) ? "second" : "first";
}

// A list item at the margin ("- X", "* X", "1. X"): a change of the notes' top list.
const TOP_ITEM = /^(?:[-*+]|\d{1,3}[.)])[ \t]+\S/u;
const TOP_MARKER = /^(?:[-*+]|\d{1,3}[.)])[ \t]+/u;
// A link's target ("](https://…)", "](#upgrade)"): the same in both languages, it says nothing of which one a text is in.
const LINK_TARGET = /\]\([^)\s]*\)/gu;
// What a translation keeps as it is: an address, a reference number, a code span.
const ANCHOR = /https?:\/\/[^\s)]+|#\d+\b|`[^`]+`/gu;

export interface ListItem {
  from: number;
  to: number;
  text: string;
}

/** The notes' top-level list items, each with its wrapped lines and sub-items, grouped by list: items with only blank
 *  lines between them are one list. Fenced code is no list. One pass over the lines. */
export function topLists(lines: readonly string[]): ListItem[][] {
  const lists: ListItem[][] = [];
  let open: ListItem | null = null;
  let blankBefore = false;
  let fenced = false;
  for (const [at, line] of lines.entries()) {
    if (FENCE.test(line)) fenced = !fenced;
    const blank = line.trim() === "";
    if (!fenced && TOP_ITEM.test(line)) {
      const item: ListItem = { from: at, to: at + 1, text: line };
      if (open === null) lists.push([item]);
      else lists.at(-1)?.push(item);
      open = item;
    } else if (open !== null && !blank && (fenced || !blankBefore || /^[ \t]/u.test(line)) && !/^ {0,3}#/u.test(line)) {
      open.to = at + 1;
      open.text += `\n${line}`;
    } else if (!blank) open = null;
    blankBefore = blank;
  }
  return lists;
}

const bareText = (text: string): string => text.replace(LINK_TARGET, "]");
const anchorsOf = (text: string): Set<string> => new Set(text.match(ANCHOR) ?? []);

// A pull request, issue or commit: what both tellings of a change point to. Not an author's page, which many changes share.
const REFERENCE = /#\d+\b|\/(?:pull|issues|commit)\/\w+/gu;

/** A pair of items that may be one change twice: both point to the same pull request or page, or, where they point to
 *  nothing, the CJK one's Latin words are all in the other, which says more. Two items that point to different pull
 *  requests are two changes ("Plugin: 海龟汤游戏 (#3697)" and "Plugin: pxchat (#3712)"), however alike. */
function mayBeSameChange(cjk: ListItem, latin: ListItem): boolean {
  const references = new Set(latin.text.match(REFERENCE) ?? []);
  const own = cjk.text.match(REFERENCE) ?? [];
  if (own.length > 0 && references.size > 0) return own.some((reference) => references.has(reference));
  return mayTranslate(bareText(cjk.text), bareText(latin.text));
}

/** The pair keeps the same address, reference or code span, or a name: what makes a translation more than alike. */
function keepsAnchor(cjk: ListItem, latin: ListItem): boolean {
  const kept = anchorsOf(latin.text);
  const [told, again] = [bareText(cjk.text), bareText(latin.text)];
  return [...anchorsOf(cjk.text)].some((anchor) => kept.has(anchor)) || sharesName(told, again);
}

/**
 * A list that says its changes in one language and then again, item for item, in the other (sd-scripts: ten English
 * items, then the same ten in Japanese; or Chinese and then English) without a heading that names either language:
 * the second telling goes, so each change shows once, in the language the maintainer put first. The two runs must be
 * as long, each in one script, every pair a possible translation and at least half of the pairs keep the same link,
 * reference, code span or name; a list of English commit subjects among Chinese changes does not pair so.
 */
export function withoutTranslatedList(markdown: string): string {
  if (cjkCount(markdown) < 4) return markdown;
  const lines = markdown.split("\n");
  const drop: Array<[number, number]> = [];
  for (const items of topLists(lines)) {
    const scripts = items.map((item) => scriptOf(bareText(item.text), 2));
    for (let start = 0; start < items.length; ) {
      const first = scripts[start];
      let middle = start;
      while (middle < items.length && first !== null && scripts[middle] === first) middle += 1;
      let end = middle;
      while (end < items.length && scripts[end] !== null && scripts[end] !== first && end - middle < middle - start) end += 1;
      // The second run as long as it pairs; the first run's items just before it are the ones it translates.
      const count = end - middle;
      if (first === null || count < 2) {
        start = Math.max(middle, start + 1);
        continue;
      }
      const ordered: Array<[ListItem, ListItem]> = [];
      for (let index = 0; index < count; index += 1) {
        const told = items[middle - count + index] as ListItem;
        const again = items[middle + index] as ListItem;
        ordered.push(first === "cjk" ? [told, again] : [again, told]);
      }
      // Pairs that each open with the same change verb ("新增…" / "Add …") are anchored as a whole, from three pairs on.
      const sameVerbs = count >= 3 && ordered.every(([cjk, latin]) => sameChangeVerb(cjk.text.replace(TOP_MARKER, ""), latin.text.replace(TOP_MARKER, "")));
      if (ordered.every(([cjk, latin]) => mayBeSameChange(cjk, latin)) && (sameVerbs || ordered.filter(([cjk, latin]) => keepsAnchor(cjk, latin)).length * 2 >= count)) {
        drop.push([(items[middle] as ListItem).from, (items[end - 1] as ListItem).to]);
        start = end;
      } else start = middle;
    }
  }
  if (drop.length === 0) return markdown;
  return lines.filter((_, at) => !drop.some(([from, to]) => at >= from && at < to)).join("\n");
}
