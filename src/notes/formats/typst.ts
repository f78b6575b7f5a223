// Typst's markup, left in notes taken from a project's .typ sources (Typst's own changelog is written in it), written
// over as the Markdown it means: a heading with its label ("= Scripting <scripting>") is the heading "Scripting"; a
// reference shows its supplement ("@calc.cosh[hyperbolic functions]" reads "hyperbolic functions",
// "@math.abs[`abs`]" the one identifier `abs`) or, bare, the name it points at ("@array.zip" reads "array.zip");
// "#link("url")[words]" is a link with its words, "#gh("name")" the GitHub handle it renders; "#pr(5420)" goes, as
// a post's references go. Code spans stay as written ("`{type(10) == int}`"). Only notes that read as Typst (a labelled
// "=" heading, or "=" headings with Typst's references and no Markdown heading) are touched: "@user[bot]" in Markdown
// is an account. Line by line: linear in the notes' size.
import { linesOutsideFences, rewriteLinesOutsideFences } from "./line-blocks.js";

const HEADING = /^(={1,6})[ \t]+(\S.*?)(?:[ \t]+<[\w.:-]{1,100}>)?[ \t]*$/u;
const LABELLED_HEADING = /^={1,6}[ \t]+\S.*[ \t]<[\w.:-]{1,100}>[ \t]*$/u;
const MARKDOWN_HEADING = /^ {0,3}#{1,6}[ \t]/u;
// "@target" or "@target[supplement]": a target is Typst's label (letters, digits, "_", "-", and "." or ":" between
// parts); "a@b.c" is an address, not a reference.
const REFERENCE = /(?<![\w@`/.])@([A-Za-z][\w-]{0,100}(?:[.:][A-Za-z][\w-]{0,100}){0,8})(?:\[([^\]\n]{0,300})\])?/gu;
const SUPPLEMENTED = /(?<![\w@`/.])@[A-Za-z][\w.:-]{0,200}\[/u;
const LINK = /#link\("([^"\n]{1,2000})"\)(?:\[([^\]\n]{0,300})\])?/gu;
const GITHUB_HANDLE = /#gh\("([\w-]{1,60})"\)/gu;
// "#pr(5420)", "#issue(12)": a pointer to the tracker, which a post drops as it drops a linked "#5420".
const TRACKER_REFERENCE = /[ \t]*#(?:pr|issue)\(\d{1,7}\)/gu;

/** Whether the notes read as Typst: a labelled "=" heading, or two "=" headings, a supplemented reference and no "#"
 *  heading. */
function readsAsTypst(lines: readonly string[]): boolean {
  let headings = 0;
  let references = 0;
  for (const [line] of linesOutsideFences(lines)) {
    if (MARKDOWN_HEADING.test(line)) return false;
    if (LABELLED_HEADING.test(line)) return true;
    if (HEADING.test(line)) headings += 1;
    if (SUPPLEMENTED.test(line) || line.includes('#link("') || line.includes('#gh("')) references += 1;
  }
  return headings >= 2 && references >= 1;
}

/** A reference as the words it shows: its supplement, or the name it points at ("reference:scripting:modules" is
 *  "modules"), as Typst's docs show it: a name in the text, not code the notes never wrote. */
function referenceText(target: string, supplement: string | undefined): string {
  if (supplement !== undefined && supplement.trim() !== "") return supplement.trim();
  return target.split(":").at(-1) ?? target;
}

// A code span (its text is code, never markup), to tell a reference in prose from one in code.
const CODE_SPAN = /(`+)[^`\n]{0,2000}?\1/gu;

/** `pattern`'s matches outside code spans replaced; a match that holds a code span ("@math.abs[`abs`]") is prose. */
function replaceInProse(text: string, pattern: RegExp, replace: (match: RegExpMatchArray) => string): string {
  const spans = [...text.matchAll(CODE_SPAN)].map((span): [number, number] => [span.index, span.index + span[0].length]);
  let out = "";
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (spans.some(([start, end]) => at > start && at < end)) continue;
    out += text.slice(from, at) + replace(match);
    from = at + match[0].length;
  }
  return out + text.slice(from);
}

const proseAsMarkdown = (text: string): string => {
  const linked = replaceInProse(text, LINK, ([, url = "", words]) => (words?.trim() ? `[${words.trim()}](<${url}>)` : `<${url}>`));
  // References before handles: the "@name" a "#gh" renders is an account, no reference.
  const referred = replaceInProse(linked, REFERENCE, ([, target = "", supplement]) => referenceText(target, supplement));
  const tracked = replaceInProse(referred, TRACKER_REFERENCE, () => "");
  return replaceInProse(tracked, GITHUB_HANDLE, ([, name = ""]) => `@${name}`);
};

// A line of Typst code that sets the page up ("#import "utils.typ": *", "#let x = …", "#show: …"): no change, no text.
const CODE_LINE = /^#(?:import|include|let|set|show)\b/u;

/** One line of Typst as Markdown: a heading as "#" heading, references and functions as their words. */
function lineAsMarkdown(line: string): string {
  if (CODE_LINE.test(line)) return "";
  const heading = HEADING.exec(line);
  if (heading) return `${"#".repeat(heading[1]?.length ?? 1)} ${proseAsMarkdown(heading[2] ?? "")}`;
  return proseAsMarkdown(line);
}

/** Notes written in Typst as Markdown; other notes unchanged. */
export function typstAsMarkdown(source: string): string {
  if (!source.includes("=")) return source;
  if (!readsAsTypst(source.split("\n"))) return source;
  return rewriteLinesOutsideFences(source, lineAsMarkdown);
}
