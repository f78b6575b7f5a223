// RST definition lists, as changelogs written in RST list their changes: a term line at the margin and its body
// indented under it ("Multi-socket support for servers" / "    OpenVPN servers now can listen on…"). Each entry is one
// change: its term, or "term: first sentence of the body" when the term is a bare name ("TLS alerts"). The body says
// more of the same change, so it is never an item of its own and never runs into the term. A line whose indented
// "body" goes on with its sentence ("Using x will now print a" / "    clear warning …") is a paragraph with a hanging
// indent: one change, said whole. In a part of the notes written so (two entries or more under one title), a one-line
// paragraph at the margin is an entry with no body ("PQE support for WolfSSL"). Line by line: linear in the notes.
import { ADORNMENT } from "./rst.js";

const indentOf = (line: string): number => /^[ \t]*/u.exec(line)?.[0].length ?? 0;
const blank = (line: string | undefined): boolean => (line ?? "").trim() === "";
// What opens no term: a list item, an explicit markup line, a field, a line block, a quote, a table's border.
const NOT_A_TERM = /^(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|\.\.|:[\w -]+:|\||>|[+=]-|`{3})/u;
// The body goes on with the term's sentence: it opens in lower case ("now print a clear warning") after a term that
// ends no sentence ("``secret`` support has been removed." then "static key mode …" is a term and its body).
const GOES_ON = /^\p{Ll}/u;

interface Entry {
  from: number;
  to: number;
  text: string;
  /** The entry has an indented body (it is a definition, not a lone line). */
  defined: boolean;
  /** The body went on with the term's sentence: a paragraph with a hanging indent, read whole. */
  hanging?: boolean;
}

/** A term of two words at most names a thing and says nothing of it ("TLS alerts"). */
const saysNothing = (term: string): boolean => term.split(/\s+/u).length <= 2;

/** The lines up to the first blank one, trimmed and joined. */
function firstParagraph(lines: readonly string[]): string {
  const end = lines.findIndex(blank);
  return (end === -1 ? lines : lines.slice(0, end)).map((line) => line.trim()).join(" ");
}

/** The body's first sentence, its lines joined. */
const firstSentence = (body: readonly string[]): string => firstParagraph(body).split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? "";

/** Where line `at` ends its title part: a title's line, its adornment. */
const isTitleLine = (lines: readonly string[], at: number): boolean => ADORNMENT.test(lines[at] ?? "") || (!blank(lines[at]) && ADORNMENT.test(lines[at + 1] ?? ""));

/** The entry that opens at line `at` (a line at the margin after a blank line or a title), or null. */
function entryAt(lines: readonly string[], at: number): Entry | null {
  const term = lines[at] ?? "";
  if (blank(term) || indentOf(term) > 0 || NOT_A_TERM.test(term) || isTitleLine(lines, at)) return null;
  const next = lines[at + 1];
  if (blank(next)) return { from: at, to: at + 1, text: term.trim(), defined: false };
  if (indentOf(next ?? "") === 0) return null;
  let to = at + 1;
  while (to < lines.length && (blank(lines[to]) || indentOf(lines[to] ?? "") > 0)) to += 1;
  while (to > at + 1 && blank(lines[to - 1])) to -= 1;
  const body = lines.slice(at + 1, to);
  const said = term.trim();
  if (GOES_ON.test((next ?? "").trim()) && !/[.!?:;)]$/u.test(said)) {
    return { from: at, to, text: firstParagraph([said, ...body]), defined: true, hanging: true };
  }
  const sentence = firstSentence(body);
  const text = saysNothing(said) && sentence !== "" ? `${said.replace(/[.:]$/u, "")}: ${sentence}` : said;
  return { from: at, to, text, defined: true };
}

/** RST notes with each part written as a definition list read as a Markdown list, one item an entry (see above). */
export function definitionListsAsItems(source: string): string {
  if (!/\n[^\s\n][^\n]*\n[ \t]+\S/u.test(source)) return source;
  const lines = source.split("\n");
  // Each part's entries: a part runs from one title to the next.
  const parts: Entry[][] = [[]];
  for (let at = 0; at < lines.length; at += 1) {
    if (isTitleLine(lines, at)) {
      if ((parts.at(-1) ?? []).length > 0) parts.push([]);
      continue;
    }
    const opens = at === 0 || blank(lines[at - 1]) || ADORNMENT.test(lines[at - 1] ?? "");
    const entry = opens ? entryAt(lines, at) : null;
    if (entry === null) continue;
    parts.at(-1)?.push(entry);
    at = entry.to - 1;
  }
  const items = new Map<number, Entry>();
  // A definition alone in its part ("Added ``--fast`` mode" / "    It skips checksum validation.") is one change too,
  // said as its entry, never its term run into its body; it stays a paragraph as the part's other lines are.
  const lone = new Map<number, Entry>();
  for (const part of parts) {
    const defined = part.filter((entry) => entry.defined);
    if (defined.length >= 2) for (const entry of part) items.set(entry.from, entry);
    else for (const entry of defined) if (entry.hanging !== true) lone.set(entry.from, entry);
  }
  if (items.size === 0 && lone.size === 0) return source;
  const out: string[] = [];
  for (let at = 0; at < lines.length; at += 1) {
    const entry = items.get(at) ?? lone.get(at);
    if (entry === undefined) {
      out.push(lines[at] ?? "");
      continue;
    }
    out.push(items.has(at) ? `- ${entry.text}` : entry.text);
    at = entry.to - 1;
  }
  return out.join("\n");
}
