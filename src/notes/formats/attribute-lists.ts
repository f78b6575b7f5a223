// Attribute lists that Markdown dialects put after a heading or a span (Pandoc/MkDocs "## Title {#id}", "{ #lit-3.0 }",
// "{#id .class}", kramdown's "{: .notice}" on a line of its own, "[text]{.badge}"): ids and classes for the site's HTML,
// never words of the notes. Each goes before the one Markdown parse, outside fences and code spans. Pure.

import { rewriteLinesOutsideFences } from "./line-blocks.js";

// One attribute: "#id", ".class", "key=value", "key="a b"".
const ATTRIBUTE = String.raw`(?:[#.][\p{L}\p{N}_][\p{L}\p{N}_:.-]*|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s{}"']+))`;
// "{#id}", "{ #id .class }", "{: .class}", "{:#id}": a list of attributes in braces (kramdown opens with a colon).
const LIST = String.raw`\{:?\s*${ATTRIBUTE}(?:\s+${ATTRIBUTE})*\s*\}`;
// At a line's end after words, or right after a span's close ("]", ")", "*", "_", "`").
const AT_END = new RegExp(String.raw`(?<!\{)[ \t]*${LIST}(?!\})[ \t]*$`, "u");
const AFTER_SPAN = new RegExp(String.raw`(?<=[\])*_\x60])${LIST}(?!\})`, "gu");
// A line that is only an attribute list (kramdown's block attributes).
const ALONE = new RegExp(String.raw`^[ \t]*(?:${LIST}|\{:[^{}\n]*\})[ \t]*$`, "u");

/** Whether `at` in `line` is inside a code span (an odd number of backticks before it). */
const inCode = (line: string, at: number): boolean => ((line.slice(0, at).match(/`/gu) ?? []).length % 2) === 1;

// A list of only "key=value" pairs is prose's "{KEY=value}" unless it ends a heading: only an id or a class marks a
// list as the site's anywhere.
const NAMES_ID_OR_CLASS = /[{\s:][#.][\p{L}\p{N}_]/u;
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]/u;
const isSites = (list: string, line: string): boolean => NAMES_ID_OR_CLASS.test(list) || HEADING.test(line);

/** The notes with every attribute list gone. */
export function withoutAttributeLists(source: string): string {
  if (!/\{:?\s*[#.:]|\{[^{}\n]*=/u.test(source)) return source;
  return rewriteLinesOutsideFences(source, (line) => {
    if (ALONE.test(line)) return "";
    let out = line.replace(AFTER_SPAN, (list: string, at: number) => (inCode(line, at) || !isSites(list, line) ? list : ""));
    const end = AT_END.exec(out);
    if (end && !inCode(out, end.index) && out.slice(0, end.index).trim() !== "" && isSites(end[0], out)) out = out.slice(0, end.index);
    return out;
  });
}
