// AsciiDoc's inline macros and passthroughs, left in notes taken from a project's .adoc files, written over as the
// Markdown they mean: "xref:usage.adoc[Usage]" and "link:https://…[the guide]" are links with their words,
// "https://…[words]" too; "`+--fast+`" is the code "--fast" (the plus signs only keep AsciiDoc from reading it).
// The macros are AsciiDoc's alone ("name:target[words]" is no Markdown), so any notes may hold them. Code is left as
// written. Line by line: linear in the notes' size.
import { outsideCodeSpans, rewriteLinesOutsideFences } from "./line-blocks.js";

// "xref:target[words]", "link:target[words]", "<<…>>" aside (site-markup.ts); "https://…[words]". Attributes after the
// words (",window=_blank", "^") are not words.
const MACRO = /(?<![\w/])(?:(xref|link):([^\s[\]]{1,2000})|(https?:\/\/[^\s[\]]{1,2000}))\[([^\]\n]{0,300})\]/gu;
// "`+--fast+`", "``+a b+``": a passthrough inside a code span.
const PASSTHROUGH = /`(`?)\+([^+`\n]{1,300})\+\1`/gu;

const wordsOf = (attributes: string): string => attributes.replace(/\^$/u, "").replace(/,\s*[\w-]+=.*$/u, "").replace(/^"(.*)"$/u, "$1").trim();

const macroAsMarkdown = (text: string): string =>
  text.replace(MACRO, (_whole, kind: string | undefined, target: string | undefined, address: string | undefined, attributes: string) => {
    const href = target ?? address ?? "";
    const words = wordsOf(attributes);
    if (words === "") return kind === "xref" ? "" : href;
    return `[${words.replace(/[[\]]/gu, (bracket) => `\\${bracket}`)}](<${href}>)`;
  });

/** The notes with AsciiDoc's inline macros and passthroughs as Markdown; notes without them come back unchanged. */
export function asciidocInlineAsMarkdown(source: string): string {
  if (!/(?:xref|link|https?):\S*\[|`\+/u.test(source)) return source;
  return rewriteLinesOutsideFences(source, (line) => outsideCodeSpans(line.replace(PASSTHROUGH, "`$2`"), macroAsMarkdown));
}
