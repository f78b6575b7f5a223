// Plain-text notes laid out by indentation alone (libexpat's "Release 2.7.5 …" / "Security fixes:" / "#1158  CVE-…"),
// written over as the Markdown they mean before the one Markdown parse: a label line ending in ":" with deeper lines
// under it becomes a heading, each line at its items' depth an item (deeper lines continue it). Markdown would read
// the whole as one paragraph, or as code where a blank line comes before the indentation. Only notes with no Markdown
// structure and such a label are touched. One pass over the lines.

import { namedGroupsAsMarkdown } from "./name-groups.js";
import { headingMeaning, isCategoryName } from "../kinds/kinds.js";
import { issueDumpsAsLists } from "./issue-dumps.js";
import { isNewsHeader } from "./metadata.js";
import { subjectLogAsMarkdown } from "./subject-log.js";
import { withoutStatistics } from "../prose/change-counts.js";
import { titledWrappedItems } from "./wrapped-titles.js";

// A line that says the notes are Markdown (or RST): a list item, a heading, a fence, a quote, a table row.
const MARKDOWN_LINE = /^\s{0,3}(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|`{3}|~{3}|>|\|)/u;
// A label: a short line that ends in a colon ("Security fixes:", "Other changes:").
const LABEL = /^(\S[^:]{0,58}):\s*$/u;
// Plain-text references that head a line ("#1158  CVE-…", "#1161 #1162  …"): nothing a post can open.
const LEADING_REFERENCES = /^(?:#\d{1,7}[\s,]+)+(?=\S)/u;

const indentOf = (line: string): number => /^[ \t]*/u.exec(line)?.[0].replace(/\t/gu, "    ").length ?? 0;
// Where a line's words start: references in a column of their own ("     #1161 #1162  CVE-…" is right-aligned with
// "           #1158  CVE-…") do not count as its depth.
const depthOf = (line: string): number => indentOf(line) + (LEADING_REFERENCES.exec(line.trim())?.[0].length ?? 0);

/** The next non-blank line after `at`, or -1. */
function nextFilled(lines: readonly string[], at: number): number {
  for (let next = at + 1; next < lines.length; next += 1) if ((lines[next] ?? "").trim() !== "") return next;
  return -1;
}

// A bullet that opens a change of a plain-text outline at any depth ("    * xz:", "        - Fix …"): xz's NEWS indents
// its whole list, which Markdown would read as code.
const BULLET = /^[-*+•][ \t]+(?=\S)/u;

/** A label line directly followed by a deeper line, or a label whose next line is a deeper bullet ("    * xz:", then
 *  "        - Fix …"): the shape of an indented outline. */
function hasOutline(lines: readonly string[]): boolean {
  return lines.some((line, at) => {
    if (!LABEL.test(line.trim())) return false;
    if (depthOf(lines[at + 1] ?? "") > indentOf(line) && (lines[at + 1] ?? "").trim() !== "") return true;
    const next = nextFilled(lines, at);
    return next !== -1 && depthOf(lines[next] ?? "") > indentOf(line) && BULLET.test((lines[next] ?? "").trim());
  });
}

/** Plain-text notes as the Markdown they mean: an indented outline, plain bullets, a kind's name over a list, a pasted
 *  list of numbered issues, a hard-wrapped item's title line, a log of tagged commit subjects. */
export const outlineAsMarkdown = (source: string): string => plainListsAsMarkdown(indentedOutline(withoutStatistics(newsAsMarkdown(gnuNewsAsMarkdown(issueDumpsAsLists(titledWrappedItems(subjectLogAsMarkdown(namedGroupsAsMarkdown(source)))))))));

// A GNU-style NEWS file's release line: "* Noteworthy changes in release 9.9 (2025-11-10) [stable]", "* Changes in
// Emacs 30.1", "* Major changes in release 3.12", "* Noteworthy changes in release ?.? (????-??-??) [?]".
const GNU_RELEASE = /^\*[ \t]+(?:[\p{L}-]+[ \t]+){0,2}changes[ \t]+(?:in|for|since)[ \t]+(?:release[ \t]+|version[ \t]+)?(?:[\p{L}][\w.+-]*[ \t]+){0,2}v?[\d?]+(?:\.[\d?]+)*(?:[ \t].*)?$/iu;
// Its sections, starred deeper than the release line: "** Bug fixes", "** New Features", "*** Dired".
const GNU_SECTION = /^(\*{2,4})[ \t]+(\S(?:.*\S)?)[ \t]*$/u;
// A sub-list line inside a change: "    - for all length adjustable algorithms".
const GNU_SUB_ITEM = /^([ \t]+)[-*•][ \t]+(?=\S)/u;

/**
 * A change of a GNU NEWS file: its indented paragraph as one Markdown item, its wrapped lines joined, an indented
 * sub-list kept as the item's sub-items, or read into it where each sub-item but the last ends with a comma (one
 * sentence, carried on), and its closing bracket
 * note ("[bug introduced in coreutils-9.2]", "[This bug was present in "the beginning".]") gone: it dates the bug for
 * maintainers, and is no change of its own.
 */
function gnuChange(paragraph: readonly string[]): string[] {
  let end = paragraph.length;
  const last = (paragraph.at(-1) ?? "").trim();
  if (/\][.]?$/u.test(last)) {
    for (let at = paragraph.length - 1; at > 0; at -= 1) {
      if ((paragraph[at] ?? "").trim().startsWith("[")) {
        end = at;
        break;
      }
    }
  }
  const itemDepth = indentOf(paragraph[0] ?? "");
  const lead: string[] = [];
  const subs: string[] = [];
  const after: string[] = [];
  for (const [at, line] of paragraph.slice(0, end).entries()) {
    const text = line.trim();
    if (at > 0 && GNU_SUB_ITEM.test(line) && indentOf(line) > itemDepth && after.length === 0) subs.push(text.replace(/^[-*•][ \t]+/u, ""));
    else if (subs.length > 0 && indentOf(line) > itemDepth && after.length === 0) subs[subs.length - 1] += ` ${text}`;
    else (subs.length > 0 ? after : lead).push(text);
  }
  // Sub-items that carry one sentence on ("…in untagged format:" then "- for all …," "- if that …,"): the item's words.
  if (subs.length > 0 && subs.slice(0, -1).every((sub) => /[,;]$/u.test(sub))) return [`- ${[...lead, ...subs, ...after].join(" ")}`];
  const out = [`- ${[...lead, ...after].join(" ")}`, ...subs.map((sub) => `  - ${sub}`)];
  return out;
}

/**
 * A GNU-style NEWS file (coreutils, grep, sed, tar, Emacs) as Markdown: its release line gone (the post's opener says
 * it), each starred section ("** Bug fixes") a heading, each indented paragraph under one a change. Markdown reads the
 * stars as list markers, and shows "** Bug fixes" as text. Notes with neither a release line nor two such sections
 * stay as they are. One pass over the lines.
 */
function gnuNewsAsMarkdown(source: string): string {
  const lines = source.split("\n");
  const section = (line: string): RegExpExecArray | null => (/\*[ \t]*$/u.test(line) ? null : GNU_SECTION.exec(line));
  if (!lines.some((line) => GNU_RELEASE.test(line)) && lines.filter((line) => section(line) !== null).length < 2) return source;
  const out: string[] = [];
  let inSection = false;
  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at] ?? "";
    const heading = section(line);
    if (GNU_RELEASE.test(line)) {
      inSection = false;
      continue;
    }
    if (heading) {
      out.push("", `${"#".repeat((heading[1] ?? "**").length + 1)} ${heading[2] ?? ""}`, "");
      inSection = true;
      continue;
    }
    if (!inSection || line.trim() === "" || indentOf(line) === 0) {
      if (indentOf(line) === 0 && line.trim() !== "") inSection = false;
      out.push(line);
      continue;
    }
    let end = at + 1;
    while (end < lines.length && (lines[end] ?? "").trim() !== "" && !section(lines[end] ?? "")) end += 1;
    out.push(...gnuChange(lines.slice(at, end)), "");
    at = end - 1;
  }
  return out.join("\n");
}

// A NEWS file's part ("- Core:", "- DOM:") over its changes, each opened by a dot deeper in ("  . Fixed bug …"), its
// wrapped lines deeper still.
const NEWS_PART = /^[ \t]{0,2}[-*][ \t]+(\S[^:]{0,58}):[ \t]*$/u;
const NEWS_ITEM = /^([ \t]+)\.[ \t]+(?=\S)/u;

/**
 * A NEWS file (PHP's: "- DOM:" then "  . Fixed bug GH-15192 (…", "    (html5_serializer)). (nielsdos)") as Markdown: each
 * part a heading, each dotted line an item with its wrapped lines joined, and the release's dated line ("?? ??? ????,
 * PHP 8.4.0beta1") gone, as the notes' own title. Markdown reads a part as one item, its changes glued together.
 */
function newsAsMarkdown(source: string): string {
  const lines = source.split("\n");
  const isPart = (at: number): boolean => {
    if (!NEWS_PART.test(lines[at] ?? "")) return false;
    const next = nextFilled(lines, at);
    return next !== -1 && NEWS_ITEM.test(lines[next] ?? "") && depthOf(lines[next] ?? "") > indentOf(lines[at] ?? "");
  };
  if (!lines.some((_, at) => isPart(at))) return source;
  const out: string[] = [];
  // The depth of the open item's dot, while one is open (its deeper lines continue it).
  let itemDepth = -1;
  for (const [at, line] of lines.entries()) {
    const text = line.trim();
    if (text === "") {
      itemDepth = -1;
      out.push("");
      continue;
    }
    if (isPart(at)) {
      out.push("", `#### ${NEWS_PART.exec(line)?.[1] ?? text}`, "");
      itemDepth = -1;
      continue;
    }
    const item = NEWS_ITEM.exec(line);
    if (item) {
      out.push(`- ${text.replace(/^\.\s+/u, "")}`);
      itemDepth = indentOf(line);
      continue;
    }
    if (itemDepth >= 0 && indentOf(line) > itemDepth) {
      out[out.length - 1] += ` ${text}`;
      continue;
    }
    itemDepth = -1;
    if (isNewsHeader(text)) continue;
    out.push(line);
  }
  return out.join("\n");
}

// A part's name before a change: one to three words, then a colon ("xzdec: ", "Linux installer: ").
const OWN_PART = /^([\p{L}\p{N}][\w.+-]*(?: [\w.+-]+){0,2}):[ \t]+(?=\S)/u;

/**
 * An indented outline as Markdown: a label over deeper lines a heading, each line at its items' depth an item, deeper
 * lines continuing it. A bulleted change ("    * xzdec: Add …" or "        - Fix a warning …:") runs on to every line
 * indented past its bullet, across blank lines: a wrapped line, a second paragraph, an indented command ("rm -rf
 * tests", shown as code) belong to it and are never a label or an item of their own; a bulleted line is a label only
 * over bullets of its own ("    * liblzma:").
 */
function indentedOutline(source: string): string {
  const lines = source.split("\n");
  if (lines.some((line) => MARKDOWN_LINE.test(line)) || !hasOutline(lines)) return source;
  const out: string[] = [];
  // Inside a label's block: the depth of its items, and whether an item is open (for continuation lines).
  let itemDepth = -1;
  let labelDepth = -1;
  let itemOpen = false;
  // Where the words of an open bulleted change start (its wrapped lines line up there), or -1.
  let bulletText = -1;
  let bulletDepth = -1;
  let blankBefore = false;
  let seenLabel = false;
  for (const [at, line] of lines.entries()) {
    const text = line.trim();
    const depth = depthOf(line);
    if (text === "") {
      if (bulletText < 0) itemOpen = false;
      blankBefore = true;
      continue;
    }
    const afterBlank = blankBefore;
    blankBefore = false;
    const bullet = BULLET.exec(text);
    if (bulletText >= 0 && !bullet && depth > bulletDepth && (!afterBlank || depth >= bulletText)) {
      // Deeper than the words after a blank line: a command or code quoted in the change.
      out[out.length - 1] += afterBlank && depth > bulletText + 1 ? ` \`${text.replace(/`/gu, "")}\`` : ` ${text}`;
      continue;
    }
    bulletText = -1;
    if (labelDepth >= 0 && depth <= labelDepth) {
      labelDepth = -1;
      itemDepth = -1;
      itemOpen = false;
    }
    const next = nextFilled(lines, at);
    const words = bullet ? text.slice(bullet[0].length) : text;
    const label = LABEL.exec(words);
    const nextLine = next === -1 ? "" : (lines[next] ?? "");
    if (label && next !== -1 && depthOf(nextLine) > depth && (!bullet || BULLET.test(nextLine.trim()))) {
      out.push("", `#### ${label[1] ?? words}`, "");
      seenLabel = true;
      labelDepth = depth;
      itemDepth = depthOf(nextLine);
      itemOpen = false;
      continue;
    }
    // After the outline's first part, a sibling change that names its own part ("    * xzdec: Add …" beside "    * xz:"
    // over its changes) is that part with one change: else it would read as one more change of the part before.
    const part = bullet && labelDepth < 0 && seenLabel ? OWN_PART.exec(words) : null;
    if (part) {
      out.push("", `#### ${part[1] ?? ""}`, "", `- ${words.slice(part[0].length)}`);
      bulletDepth = indentOf(line);
      bulletText = bulletDepth + (bullet?.[0].length ?? 0);
      itemOpen = true;
      continue;
    }
    if (bullet) {
      // A bullet deeper than its block's items is a sub-item of the change before it.
      const nested = labelDepth >= 0 && depth > itemDepth && itemOpen;
      if (labelDepth < 0) out.push("");
      out.push(`${nested ? "  " : ""}- ${words.replace(LEADING_REFERENCES, "")}`);
      bulletDepth = indentOf(line);
      bulletText = bulletDepth + bullet[0].length;
      itemOpen = true;
      continue;
    }
    if (labelDepth < 0) {
      out.push("", text);
      continue;
    }
    // Deeper lines continue the change; so does a line at its depth that starts in lower case after a line that ended
    // mid-sentence ("#12  CVE-… Fix an overflow in" / "     the parser"), wrapped to the words' column.
    if (itemOpen && (depth > itemDepth || (depth === itemDepth && CONTINUES.test(text) && !/[.!?:;。！？：]$/u.test(out[out.length - 1] ?? "")))) {
      out[out.length - 1] += ` ${text}`;
      continue;
    }
    out.push(`- ${text.replace(LEADING_REFERENCES, "")}`);
    itemOpen = true;
  }
  return out.join("\n");
}

// Bullets of plain-text notes that Markdown does not know: "• X", "・X を追加", "● X", "■ X".
const PLAIN_BULLET = /^(\s*)[•・●◦▪■□◆◇►▶]\s*(?=\S)/u;
const LIST_LINE = /^\s{0,3}[-*+]\s+\S/u;

/** A line that only names a kind of change ("新機能", "Bug fixes", "不具合修正"), nothing else on it. */
function isKindName(line: string): boolean {
  const text = line.trim();
  if (text === "" || text.length > 40 || /[#*_`[\]<>|]/u.test(text)) return false;
  const meaning = headingMeaning(text);
  return meaning !== null && meaning !== "generic" && meaning !== "drop" && isCategoryName(text);
}

/**
 * Plain-text bullets as Markdown items ("・X を追加" → "- X を追加"), and a line that only names a kind of change right
 * above a list ("新機能" then "- X") as the heading it is: else Markdown joins the label to the items, or shows it
 * alone, a label with nothing under it.
 */
function plainListsAsMarkdown(source: string): string {
  const flush = flushListsAsMarkdown(lettersAsBullets(source));
  if (!/^\s*[•・●◦▪■□◆◇►▶]|^[^\n]+\n\s{0,3}[-*+]\s/mu.test(flush)) return flush;
  // A full-width space indents as two (U+3000 before "・X" nests it under the "・Y" above); Markdown counts only ASCII spaces.
  const lines = flush.split("\n").map((line) => line.replace(PLAIN_BULLET, (_, indent: string) => `${indent.replace(/\u3000/gu, "  ")}- `));
  return lines
    .map((line, at) => {
      const before = at === 0 ? "" : (lines[at - 1] ?? "");
      const next = (lines[at + 1] ?? "").trim() === "" ? lines[at + 2] : lines[at + 1];
      // Indented as it stands: one inside a list item ("  Features:" then "  - …") heads that item's own sub-list.
      return before.trim() === "" && LIST_LINE.test(next ?? "") && isKindName(line) ? `${/^\s*/u.exec(line)?.[0] ?? ""}#### ${line.trim()}\n` : line;
    })
    .join("\n");
}

// " o curl: add --ip-tos": a letter o as the bullet, indented, as curl's plain-text notes write them.
const LETTER_BULLET = /^([ \t]+)o[ \t]+(?=\S)/u;

/** Lines bulleted with an indented "o" as Markdown items, where the notes have two or more and no Markdown. */
function lettersAsBullets(source: string): string {
  if (!/^[ \t]+o[ \t]+\S[^\n]*\n(?:[ \t]*\n)*[ \t]+o[ \t]+\S/mu.test(source)) return source;
  const lines = source.split("\n");
  if (lines.some((line) => MARKDOWN_LINE.test(line))) return source;
  return lines.map((line) => line.replace(LETTER_BULLET, "- ")).join("\n");
}

// A line that carries on the one before it: it starts in lower case, or the one before ended mid-sentence.
const CONTINUES = /^\p{Ll}/u;
const UNFINISHED = /[,，、;；\-–(（]$/u;

/**
 * Notes with no Markdown at all that put each change on its own line right under a kind's name ("Features:" then
 * "Add X", "Add Y"): each line is an item under that label. Lines that read as one wrapped sentence are left alone.
 */
function flushListsAsMarkdown(source: string): string {
  const lines = source.split("\n");
  if (lines.some((line) => MARKDOWN_LINE.test(line))) return source;
  const out: string[] = [];
  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at] ?? "";
    const label = line.trim().replace(/[:：]$/u, "");
    let end = at + 1;
    while (end < lines.length && (lines[end] ?? "").trim() !== "") end += 1;
    const under = lines.slice(at + 1, end).map((item) => item.trim().replace(PLAIN_BULLET, ""));
    const listed = under.length > 0 && under.every((item, index) => !CONTINUES.test(item) && !UNFINISHED.test(index === 0 ? "" : (under[index - 1] ?? "")));
    if (indentOf(line) === 0 && isKindName(label) && listed && under.every((item) => !isKindName(item.replace(/[:：]$/u, "")))) {
      out.push("", `#### ${label}`, "", ...under.map((item) => `- ${item}`), "");
      at = end - 1;
      continue;
    }
    out.push(line);
  }
  return out.join("\n");
}
