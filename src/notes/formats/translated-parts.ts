// Notes told once per language, each telling a heading tree of its own that names no language: "## 发布日志" with its
// sections, then "## Release Notes" with the same sections in English, then "## リリースノート" in Japanese (often parted
// by a comment, "<!-- English Translation -->"). A post tells each change once, in one language: the first telling
// stays, the others go. Parts under headings that name their language are bilingual.ts's (halfUnderHeadings).
import { headingMeaning } from "../kinds/kinds.js";
import { detectLanguage } from "../language.js";
import { FENCE } from "./line-blocks.js";

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/u;
const ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])[ \t]+\S/u;
const COMMENT = /^\s*<!--.*-->\s*$/u;

interface Part {
  from: number;
  to: number;
  /** The part's headings, by level and name, in order. */
  headings: Array<{ level: number; name: string }>;
  /** How many blocks (paragraphs and list items) stand under each heading. */
  blocks: number[];
}

/** The part's blocks under each heading: a list item, or a paragraph (lines up to a blank line). Comments are none. */
function outline(lines: readonly string[], from: number, to: number): Pick<Part, "headings" | "blocks"> {
  const headings: Part["headings"] = [];
  const blocks: number[] = [];
  let inParagraph = false;
  let fenced = false;
  for (let at = from; at < to; at += 1) {
    const line = lines[at] ?? "";
    if (FENCE.test(line)) fenced = !fenced;
    const heading = fenced ? null : HEADING.exec(line);
    if (heading) {
      headings.push({ level: heading[1]?.length ?? 0, name: heading[2] ?? "" });
      blocks.push(0);
      inParagraph = false;
    } else if (line.trim() === "" || COMMENT.test(line)) inParagraph = false;
    else if (ITEM.test(line) && !fenced) {
      blocks[blocks.length - 1] = (blocks.at(-1) ?? 0) + 1;
      inParagraph = false;
    } else if (!inParagraph) {
      blocks[blocks.length - 1] = (blocks.at(-1) ?? 0) + 1;
      inParagraph = true;
    }
  }
  return { headings, blocks };
}

/** About as many blocks: a translation may join or split a paragraph, rarely more. */
const aboutAsMany = (a: number, b: number): boolean => (a === 0) === (b === 0) && Math.abs(a - b) <= Math.max(1, Math.floor(Math.min(a, b) / 3));

/** The second part retells the first: the same headings, level for level, none naming another kind of change than
 *  its counterpart ("## 新功能" is no telling of "## Bug Fixes"), about as many blocks under each. The first may hold
 *  more, between its title and the sections told again (a section left untranslated, "### 新增（后端 API）"): the
 *  second's sections are then its last ones. */
function retells(first: Part, second: Part): boolean {
  const extra = first.headings.length - second.headings.length;
  // A title alone matches too easily: more than it must be told again.
  if (extra < 0 || (extra > 0 && second.headings.length < 2) || second.blocks.reduce((sum, count) => sum + count, 0) < 2) return false;
  return second.headings.every((other, index) => {
    const at = index === 0 ? 0 : index + extra;
    const heading = first.headings[at];
    if (heading === undefined || other.level !== heading.level) return false;
    const [a, b] = [headingMeaning(heading.name), headingMeaning(other.name)];
    if (a !== null && a !== "generic" && b !== null && b !== "generic" && a !== b) return false;
    return (index === 0 && extra > 0) || aboutAsMany(first.blocks[at] ?? 0, second.blocks[index] ?? 0);
  });
}

/**
 * The notes with every later telling in another language gone, when all of their parts at one heading level (the
 * shallowest with two or more) retell the first, each in a language of its own. What stands before the first part
 * stays. A part with a single heading and block says too little to tell it from another section: such notes stay.
 */
export function withoutTranslatedParts(markdown: string): string {
  if (!/^ {0,3}#/mu.test(markdown)) return markdown;
  const lines = markdown.split("\n");
  const headingLevels: Array<[number, number]> = [];
  let fenced = false;
  for (const [at, line] of lines.entries()) {
    if (FENCE.test(line)) fenced = !fenced;
    const heading = fenced ? null : HEADING.exec(line);
    if (heading) headingLevels.push([at, heading[1]?.length ?? 0]);
  }
  const levels = [...new Set(headingLevels.map(([, level]) => level))].sort((a, b) => a - b);
  const level = levels.find((candidate) => headingLevels.filter(([, at]) => at === candidate).length >= 2);
  if (level === undefined) return markdown;
  const starts = headingLevels.filter(([, at]) => at === level).map(([line]) => line);
  const first = starts[0] ?? 0;
  // A shallower heading after the first part's would end the parts: such notes are more than one release's tellings.
  if (headingLevels.some(([line, at]) => line > first && at < level)) return markdown;
  const parts: Part[] = starts.map((from, index) => {
    const to = starts[index + 1] ?? lines.length;
    return { from, to, ...outline(lines, from, to) };
  });
  const [main, ...others] = parts;
  if (main === undefined || others.length === 0) return markdown;
  if (main.headings.length + main.blocks.reduce((sum, count) => sum + count, 0) < 3) return markdown;
  const languages = parts.map((part) => detectLanguage(lines.slice(part.from, part.to).join("\n")));
  if (new Set(languages).size !== parts.length) return markdown;
  if (!others.every((part) => retells(main, part))) return markdown;
  // The comment that announces the next telling ("<!-- English Translation -->") goes with it.
  let end = main.to;
  while (end > main.from && (lines[end - 1]?.trim() === "" || COMMENT.test(lines[end - 1] ?? ""))) end -= 1;
  return [...lines.slice(0, end), ""].join("\n");
}
