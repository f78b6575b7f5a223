// Docs-site block markup around notes taken from a site's sources: MkDocs admonitions ("!!! note", "???+ summary
// "v1.2 | 2025-04-07"") and MDC block components (Nuxt Content's "::tip", "::read-more{to=…}" with a "---" props block).
// The page shows what such a block holds, never its fence or its props. Pure: Markdown in, Markdown out.
import { rewriteRuns } from "./line-blocks.js";

// "!!! note", "??? tip "Title"", "???+ summary "v0.6.16 | 2025-04-07"": the admonition's opening line. Bounded runs.
const ADMONITION = /^(!!!|\?\?\?\+?)[ \t]+([\w-]{1,40})(?:[ \t]+[\w-]{1,40}){0,4}(?:[ \t]+"([^"\n]{0,300})")?[ \t]*$/u;
// An aside's types ("!!! tip", "!!! info"): their body is a side remark, left where it shows nothing.
const ASIDE = /^(?:tip|hint|info|question|help|faq|example|quote|cite|seealso)$/iu;
// One level of an admonition body's indent: a tab or four spaces.
const BODY_INDENT = /^(?:\t| {4})/u;
const HEADING_LEVEL = /^(#{1,6})[ \t]/u;

/** The notes with each MkDocs admonition's body dedented, so that it reads as the Markdown it is (indented, CommonMark
 *  takes it for one code block). A title stays as a heading above the headings it holds, or as a bold line; an aside
 *  ("!!! tip") is left as it is. */
export function withAdmonitionBodies(text: string): string {
  if (!text.includes("!!!") && !text.includes("???")) return text;
  return rewriteRuns(text, (lines, index, out) => {
    const open = ADMONITION.exec(lines[index] ?? "");
    if (!open) return null;
    const body: string[] = [];
    let next = index + 1;
    for (; next < lines.length; next += 1) {
      const bodyLine = lines[next] ?? "";
      if (bodyLine.trim() === "") body.push("");
      else if (BODY_INDENT.test(bodyLine)) body.push(bodyLine.replace(BODY_INDENT, ""));
      else break;
    }
    // An aside stays as written: its indented body is no content of the notes, as before.
    if (ASIDE.test(open[2] ?? "")) out.push(...lines.slice(index, next));
    else out.push(...titled(open[3]?.trim() ?? "", body), "");
    return next;
  });
}

/** An admonition's body under its title: a heading one level above the body's own headings, else a bold line. */
function titled(title: string, body: readonly string[]): string[] {
  if (title === "") return [...body];
  const top = body.reduce((least, line) => Math.min(least, HEADING_LEVEL.exec(line)?.[1]?.length ?? 7), 7);
  const heading = top <= 6 ? `${"#".repeat(Math.max(1, top - 1))} ${title}` : `**${title}**`;
  return [heading, "", ...body];
}

// "::tip", "::read-more{to="…"}", ":::callout" and their closing "::": an MDC block component's fences; a component
// alone on its line (":read-more{to="…"}") too.
const MDC_FENCE = /^[ \t]*(?:::+(?:[A-Za-z][\w-]{0,60}(?:\{[^}\n]{0,500}\})?)?|:[A-Za-z][\w-]{0,60}\{[^}\n]{0,500}\})[ \t]*$/u;
const MDC_OPEN = /^[ \t]*::+[A-Za-z]/u;
const PROPS_LINE = /^[ \t]*[\w-]{1,60}[ \t]*:(?:[ \t][^\n]*)?$/u;

/** The notes without MDC block fences and the YAML props block ("---", "icon: …", "to: …", "---") right after an
 *  opening fence; what a block holds stays. */
export function withoutMdcBlocks(text: string): string {
  if (!text.includes("::")) return text;
  return rewriteRuns(text, (lines, index, out) => {
    const line = lines[index] ?? "";
    if (!MDC_FENCE.test(line)) return null;
    out.push("");
    return MDC_OPEN.test(line) ? afterProps(lines, index + 1) : index + 1;
  });
}

/** Where the text goes on after a props block starting at `start` ("---", "key: value" lines, "---"); `start` if none. */
function afterProps(lines: readonly string[], start: number): number {
  if (lines[start]?.trim() !== "---") return start;
  for (let index = start + 1; index < lines.length && index < start + 60; index += 1) {
    const line = lines[index] ?? "";
    if (line.trim() === "---") return index + 1;
    if (!PROPS_LINE.test(line) && !/^[ \t]+\S/u.test(line)) return start;
  }
  return start;
}
