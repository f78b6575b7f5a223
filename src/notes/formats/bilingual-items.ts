// Lists that say each change in two languages item by item: the translation on the item's next line or as its one
// sub-item ("- 新增暗黑模式" / "  Add dark mode"), in brackets after it ("- Add dark mode（新增暗黑模式）"), or as the next
// item, the list alternating between the languages. A post says each change once, in the notes' first language (the
// one each item opens with), and counts it once. A list changes only when most of its items are told twice so: one
// English commit subject among Chinese changes is no translation.
import { cjkCount } from "../text/cjk.js";
import { type ListItem, mayTranslate, type Script, scriptOf, sharesName, topLists } from "./bilingual.js";
import { sameChangeVerb } from "./change-verb-pairs.js";

// A list marker, and what a sub-item's line starts with.
const MARKER = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/u;
// "Add dark mode（新增暗黑模式）", "新增暗黑模式 (Add dark mode)": a change and its gloss in brackets at the end.
const GLOSSED = /^(.*\S)\s*[(（]([^()（）]+)[)）]\s*$/u;

// "中文 / English", "English ｜ 中文": a change and its translation on one line.
const SEPARATOR = /\s+[/|]\s+|\s*[／｜]\s*/gu;

const bare = (line: string): string => line.replace(MARKER, "").trim();

/** The two tellings are in different scripts and one may translate the other. */
function translates(first: string, second: string): boolean {
  const [a, b] = [scriptOf(first, 2), scriptOf(second, 2)];
  if (a === null || b === null || a === b) return false;
  return a === "cjk" ? mayTranslate(first, second) : mayTranslate(second, first);
}

/** The item's text told once, or null when it is not told twice: on two lines (the second a wrapped line or its one
 *  sub-item), or with a bracketed gloss. */
function toldOnce(item: ListItem): string | null {
  const lines = item.text.split("\n").filter((line) => line.trim() !== "");
  if (lines.length === 2) return translates(bare(lines[0] ?? ""), bare(lines[1] ?? "")) ? (lines[0] ?? "") : null;
  if (lines.length !== 1) return null;
  const line = lines[0] ?? "";
  for (const separator of line.matchAll(SEPARATOR)) {
    const said = line.slice(0, separator.index);
    if (translates(bare(said), line.slice(separator.index + separator[0].length).trim())) return said.trimEnd();
  }
  const glossed = GLOSSED.exec(line);
  if (!glossed) return null;
  const [, said = "", gloss = ""] = glossed;
  return translates(bare(said), gloss) ? said : null;
}

/** The list's items alternate between the scripts, each second one a translation of the one before (same change
 *  verb or a shared name, pair by pair): the index of each second one, or none. */
function alternating(items: readonly ListItem[]): number[] {
  if (items.length < 4 || items.length % 2 !== 0 || items.some((item) => item.to - item.from !== 1)) return [];
  const first: Script | null = scriptOf(bare(items[0]?.text ?? ""), 2);
  const seconds: number[] = [];
  for (let at = 0; at < items.length; at += 2) {
    const [told, again] = [bare(items[at]?.text ?? ""), bare(items[at + 1]?.text ?? "")];
    // Two items in two languages are two changes unless something ties them: the same change verb or a shared name
    // ("- 新增暗黑模式" then "- Fix crash on large files" are two changes).
    const [cjk, latin] = first === "cjk" ? [told, again] : [again, told];
    if (scriptOf(told, 2) !== first || !translates(told, again) || !(sameChangeVerb(cjk, latin) || sharesName(cjk, latin))) return [];
    seconds.push(at + 1);
  }
  return seconds;
}

/** The notes with each list told twice item by item told once (see above); other notes as they are. */
export function withoutItemTranslations(markdown: string): string {
  if (cjkCount(markdown) < 4) return markdown;
  const lines = markdown.split("\n");
  const replaced = new Map<number, string>();
  const dropped = new Set<number>();
  for (const items of topLists(lines)) {
    const seconds = alternating(items);
    for (const at of seconds) dropped.add(items[at]?.from ?? -1);
    if (seconds.length > 0) continue;
    const once = items.map(toldOnce);
    const told = once.filter((text) => text !== null).length;
    if (told < 2 || told * 2 < items.length) continue;
    for (const [at, item] of items.entries()) {
      const text = once[at];
      if (text === null || text === undefined) continue;
      replaced.set(item.from, text);
      for (let line = item.from + 1; line < item.to; line += 1) dropped.add(line);
    }
  }
  if (replaced.size === 0 && dropped.size === 0) return markdown;
  return lines.flatMap((line, at) => (dropped.has(at) ? [] : [replaced.get(at) ?? line])).join("\n");
}
