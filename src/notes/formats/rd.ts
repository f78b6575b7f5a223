// Notes that head their sections with "=" signs, as Ruby's RD ("= NEWS", "== 3.2.0: 2025-11-20", "=== Improvements")
// and AsciiDoc ("== Bug fixes") do, written over as the Markdown they mean before the one Markdown parse: "==" is
// "##". RD's inline markup becomes Markdown's too: "(({code}))" a code span, "((*word*))" emphasis,
// "((<text|URL:https://…>))" a link. Markdown notes are left alone: they have "#" headings, and a line such as
// "== is strict now" in one is prose. Line by line: linear in the notes' size.
import { linesOutsideFences } from "./line-blocks.js";

// A title starts as titles do: a capital, a digit, a "v1.2" or a letter of a script without case ("== 修正"). A line
// such as "== is strict now for numbers" in plain notes is prose about the operator.
const equalsHeading = (title: string) => new RegExp(String.raw`^(={1,6})[ \t]+(${title}.*?)[ \t]*=*[ \t]*$`, "u");
const EQUALS_HEADING = equalsHeading(String.raw`(?:\p{Lu}|\p{N}|v\d|\p{Lo})`);
const ANY_EQUALS_HEADING = equalsHeading(String.raw`\S`);
const MARKDOWN_HEADING = /^ {0,3}#{1,6}[ \t]/u;
// RD's inline markup (the "((" and "))" around it are RD's alone).
const RD_INLINE = /\(\([{*|%'<-]/u;
// The lines that open and close RD embedded in a Ruby file.
const RD_DELIMITER = /^=(?:begin|end)\b/u;
// "(1) item": RD's numbered list.
const RD_NUMBERED = /^([ \t]*)\((\d{1,3})\)[ \t]+/u;

/** Two "=" headings (or one and RD's inline markup), one of them titled as a title is, and no Markdown heading outside
 *  code. Then every "=" line is a heading, a lower-case one too ("==== rabbit-slide", a gem's name). */
function headsWithEquals(lines: string[], source: string): boolean {
  let equals = 0;
  let titled = false;
  for (const [line] of linesOutsideFences(lines)) {
    if (MARKDOWN_HEADING.test(line)) return false;
    if (ANY_EQUALS_HEADING.test(line)) equals += 1;
    titled ||= EQUALS_HEADING.test(line);
  }
  return titled && (equals >= 2 || RD_INLINE.test(source));
}

/** RD's inline markup as Markdown's. */
export function rdInlineAsMarkdown(text: string): string {
  if (!RD_INLINE.test(text)) return text;
  return text
    .replace(/\(\(\{([^\n]*?)\}\)\)/gu, "`$1`")
    .replace(/\(\(\|([^\n]*?)\|\)\)/gu, "`$1`")
    .replace(/\(\(%([^\n]*?)%\)\)/gu, "`$1`")
    .replace(/\(\('([^\n]*?)'\)\)/gu, "`$1`")
    .replace(/\(\(\*([^\n]*?)\*\)\)/gu, "*$1*")
    .replace(/\(\(-[^\n]*?-\)\)/gu, "")
    .replace(/\(\(<([^|\n]*?)\|URL:([^>\n]*?)>\)\)/gu, "[$1]($2)")
    .replace(/\(\(<URL:([^>\n]*?)>\)\)/gu, "<$1>")
    .replace(/\(\(<([^>\n]*?)>\)\)/gu, "$1");
}

/** Notes headed with "=" signs as Markdown; other notes unchanged. */
export function equalsHeadingsAsMarkdown(source: string): string {
  const lines = source.split("\n");
  if (!headsWithEquals(lines, source)) return rdInlineAsMarkdown(source);
  const written = [...lines];
  for (const [line, index] of linesOutsideFences(lines)) {
    const heading = ANY_EQUALS_HEADING.exec(line);
    if (heading) written[index] = `${"#".repeat(heading[1]?.length ?? 1)} ${heading[2] ?? ""}`;
    else if (RD_DELIMITER.test(line)) written[index] = "";
    else written[index] = line.replace(RD_NUMBERED, "$1$2. ");
  }
  return rdInlineAsMarkdown(written.join("\n"));
}
