// Lines that frame release notes rather than say a change, taken out before the one Markdown parse: the release's
// own header line in a plain-text changelog ("2026.03.06, Version 1.52.1 (Stable), 1cfa32f…", "12.1.1 - 3 Dec 2025",
// "[0.21.0] 2026-07-15"), which Markdown would glue to the change below it, and a blog post's table of contents (a
// list of in-page anchors: "- [Persistent cache](#persistent-cache)"), which only repeats the page's own headings.
// Line by line, outside code fences: linear in the notes' size.

import { rewriteBlocks, rewriteRuns } from "./line-blocks.js";
import { withoutNewsFrame } from "./news-header.js";

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
// "2026.03.06", "2025-01-02", "02/01/2025", "3 Dec 2025", "Dec 3, 2025", "March 17 2026", "2025年3月3日", "27-Nov-2024", and a weekday.
const DATE = new RegExp(
  `(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}|${DAY}(?:\\s+(?:of\\s+)?|-)${MONTH}(?:,?\\s+|-)\\d{4}|${MONTH}\\s+${DAY},?\\s+\\d{4}|${MONTH}\\s+\\d{4}|\\d{4}年\\d{1,2}月\\d{1,2}日|\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b\\.?)`,
  "giu",
);
// "1.52.1", "v2.0.0-beta.1", "12.1.1", "2026.1": a version with at least one dot.
const VERSION = /(?<![\w.])v?\d+(?:\.\d+){1,3}(?:[-+.]?[a-z]+[\w.]*)?(?:[-+][0-9a-z.]+)?(?![\w.])/giu;
// "Version 2", "Release 7": a version word before a bare number.
const WORDED_VERSION = /\b(?:version|release|ver\.?)\s+v?\d+(?![\w.])/giu;
// A commit hash: what a plain-text changelog puts beside the version.
const SHA = /(?<![\w.])[0-9a-f]{7,64}(?![\w.])/giu;
// Words a header line says of its release: that it is one, how stable it is, when it was tagged.
const HEADER_WORDS =
  /\b(?:version|release[ds]?|ver|stable|unstable|lts|beta|alpha|rc|final|unreleased|yanked|latest|current|security|hotfix|patch|minor|major|pre-?release|nightly|preview|tagged|on|date)\b/giu;
// What separates the parts of a header line: "2026.03.06, Version 1.52.1 (Stable)", "=== 1.2.3 ===", "v1.2.3 / date".
const SEPARATORS = /[\s,;:/|·•()[\]{}<>=*#~_–—-]+/gu;

/**
 * A line that only names a release: its version with its date, commit, stability or the word "Version"
 * ("2026.03.06, Version 1.52.1 (Stable), 1cfa32f…", "12.1.1 - 3 Dec 2025", "[0.21.0] 2026-07-15", "=== 1.2.3 ===",
 * "1.2.3 (unreleased)"). One name may come before the version where a date or commit says it is a header line
 * ("libuv 1.52.1 - 2026-03-06"). A line that says anything more is no header.
 */
export function isReleaseHeader(text: string): boolean {
  // "ver.0.9.0 2016/12/31": a version word glued to its number by a dot.
  const line = withoutNewsFrame(text.trim().replace(/\bver\.(?=v?\d)/giu, "ver "));
  if (line.length > 160 || !/\d/u.test(line)) return false;
  let rest = line.replace(DATE, " ");
  const dated = rest !== line;
  const versions = (rest.match(VERSION) ?? []).length + (rest.match(WORDED_VERSION) ?? []).length;
  if (versions !== 1) return false;
  rest = rest.replace(WORDED_VERSION, " ").replace(VERSION, " ");
  const withoutSha = rest.replace(SHA, " ");
  const rest2 = withoutSha.replace(HEADER_WORDS, " ").replace(SEPARATORS, " ").trim();
  if (rest2 === "") return true;
  // One name before the version ("libuv 1.52.1 - 2026-03-06") where a date or a commit makes the line a header.
  const named = /^[\p{L}][\p{L}\p{N}._@/+-]{0,40}$/u.test(rest2) && (dated || withoutSha !== rest) && line.startsWith(rest2);
  return named;
}

// "Changes since version 1.52.0:", "Changes since 1.2.0", "Changes from v1.1 to v1.2:": a lead-in that only says which
// release the changes below follow; the post's opener says which release they make.
const SINCE_LINE = /^(?:all\s+)?(?:changes|commits|changelog)\s+(?:since|from)\s+(?:(?:the\s+)?(?:last|previous)\s+release|(?:version\s+|release\s+)?v?\d+(?:\.\d+){0,3}[\w.+-]*(?:\s+to\s+(?:version\s+)?v?\d+(?:\.\d+){0,3}[\w.+-]*)?)\s*[:.]?$/iu;

/** A line that only says which release the changes are counted from ("Changes since version 1.52.0:"). */
export const isSinceLine = (text: string): boolean => SINCE_LINE.test(text.trim());

// A line Markdown reads as something other than a paragraph's text: a list item, a heading, a quote, a table row,
// a setext underline, code by indentation.
const STRUCTURE = /^(?:\s{0,3}(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}(?:\s|$)|>|\|)|\s{4,}\S)/u;
const UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/u;
// A line that carries on the one before it: it starts in lower case, or the one before ended mid-sentence.
const CONTINUES = /^\p{Ll}/u;
const UNFINISHED = /[,，、;；\-–(（]$/u;

/**
 * The notes without the release's header line (see isReleaseHeader) and a "Changes since version x:" line: where a
 * header opens a block, the plain lines right under it, each one a sentence of its own, are that release's changes and
 * become list items (FluentValidation's "12.1.1 - 3 Dec 2025" then "Fix casing of …"). Lines that wrap one sentence
 * stay a paragraph.
 */
export function withoutReleaseHeaders(source: string): string {
  if (!/\d\.\d/u.test(source)) return source;
  return rewriteBlocks(source, (lines) => {
    const line = lines[0] ?? "";
    if (STRUCTURE.test(line) || UNDERLINE.test(lines[1] ?? "") || !(isReleaseHeader(line) || isSinceLine(line))) return null;
    const under = lines.slice(1);
    // Lines bulleted as plain text ("  ・X", and "・Y" nested under it by a full-width space) are a list already, which the outline reads.
    if (under.some((item) => /^\s*[•・●◦▪■□◆◇►▶]/u.test(item))) return under;
    const plain = under.length > 0 && under.every((item, index) => !STRUCTURE.test(item) && !CONTINUES.test(item.trim()) && !UNFINISHED.test(index === 0 ? "" : (under[index - 1] ?? "").trim()));
    return plain ? ["", ...under.map((item) => `- ${item.trim()}`)] : under;
  });
}

// A field of RST's field list that states a fact of the release (":release-date: 2025-11-02", ":release-by: Tomer
// Nosrati", ":Date: 2024-01-02", ":Author: Jane"), as a docinfo block does: no change. Markdown notes copied from RST keep them.
const RELEASE_FIELD = /^:(?:release[- ](?:date|by|manager|name|version)|released?(?:[- ](?:on|by|at))?|date|authors?|version|maintainers?|status):(?:[ \t]+\S.*)?[ \t]*$/iu;

/** The notes without a block of only release fields (see RELEASE_FIELD), wherever it stands. */
export function withoutReleaseFields(source: string): string {
  if (!/^:[\w -]+:/mu.test(source)) return source;
  return rewriteRuns(source, (lines, at) => {
    let end = at;
    while (end < lines.length && RELEASE_FIELD.test((lines[end] ?? "").trim()) && /^\s{0,3}:/u.test(lines[end] ?? "")) end += 1;
    const opensBlock = at === 0 || (lines[at - 1] ?? "").trim() === "" || /^\s{0,3}(?:#|=+\s*$|-+\s*$)/u.test(lines[at - 1] ?? "");
    return end > at && opensBlock && (lines[end] ?? "").trim() === "" ? end : null;
  });
}

// A list line: its indentation, and its text after the marker.
const LIST_LINE = /^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$/u;
// An in-page anchor link ("[Persistent cache](#persistent-cache)"), and a link anywhere else.
const ANCHOR_LINK = /\]\(#[^)\s]*\)/u;
const OTHER_LINK = /\]\((?!#)[^)]*\)/u;

/** The list lines from `at` on (blank lines between items included), as [start, end). */
function listRun(lines: readonly string[], at: number): number {
  let end = at;
  let last = at;
  while (end < lines.length) {
    const line = lines[end] ?? "";
    if (LIST_LINE.test(line)) last = end;
    else if (line.trim() !== "") break;
    end += 1;
  }
  return last + 1;
}

/** An anchor item's own words after its link ("…(#x): improves hot start by up to 250%", "…(#x) — 3x faster"). */
const describes = (item: string): boolean =>
  ((/\]\(#[^)\s]*\)\**\s*(?:[:：—–-]\s*)?(.*)$/u.exec(item)?.[1] ?? "").match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 3;

/** A list that is a page's table of contents: two or more in-page anchors, no link elsewhere, and otherwise only the
 *  short names of the groups the anchors are in ("- New features"). */
function isContents(items: readonly string[]): boolean {
  let anchors = 0;
  for (const item of items) {
    if (OTHER_LINK.test(item)) return false;
    if (ANCHOR_LINK.test(item)) anchors += 1;
    else if (item.split(/\s+/u).length > 4 || /[.!?:。]$/u.test(item)) return false;
  }
  return anchors >= 2 && anchors * 2 >= items.length;
}

// The end of a lead-in that says the list below is the page's own pick: "Here are some highlights from this release:",
// "Key features:", "What's new in 3.1:". Such a list of anchors is the page's summary of itself, not a contents list.
const HIGHLIGHTS_LEAD_IN = /\b(?:highlights?|key (?:features|changes|improvements)|what'?s new|notable (?:changes|features|improvements)|major (?:changes|features))\b[^.!?:：]{0,60}[:：]\s*$/iu;

/** An anchor whose words are a sentence ("Support has been added for Gradle 8.6"), not a section's title. */
const saysChange = (item: string): boolean => (/\[([^\]\n]+)\]\(#/u.exec(item)?.[1] ?? "").split(/\s+/u).length >= 5;

/** True when the line or paragraph right above the list at `at` leads in to the page's own highlights. */
function curatesHighlights(lines: readonly string[], at: number): boolean {
  let above = at - 1;
  while (above >= 0 && (lines[above] ?? "").trim() === "") above -= 1;
  return above >= 0 && HIGHLIGHTS_LEAD_IN.test(lines[above] ?? "");
}

/**
 * The notes without a table of contents of in-page anchors, and without the short lead-in right above it ("Notable
 * changes:"): the page's headings say the same changes, and the group names ("Ecosystem") are no changes.
 */
// A line that only asks the site's renderer for a table of contents: "\toc", "[[toc]]", "[TOC]", "{:toc}", "{{< toc >}}".
const CONTENTS_MARKER = /^[ \t]*(?:\\toc|\\tableofcontents|\[\[_?toc_?\]\]|\[toc\]|\{:\s*toc\s*\}|\{\{[<%]\s*toc\s*[>%]\}\}|\$\{toc\})[ \t]*$/gimu;

export function withoutContentsLists(text: string): string {
  const source = text.replace(CONTENTS_MARKER, "");
  if (!source.includes("](#")) return source;
  return rewriteRuns(source, (lines, at, out) => {
    if (!LIST_LINE.test(lines[at] ?? "") || (at > 0 && LIST_LINE.test(lines[at - 1] ?? ""))) return null;
    const end = listRun(lines, at);
    const items = lines.slice(at, end).flatMap((item) => LIST_LINE.exec(item)?.[2] ?? []);
    if (isContents(items) && curatesHighlights(lines, at) && items.every(saysChange)) {
      // The page's own highlights: each item says a change; its anchor points at nothing a post can show.
      out.push(...lines.slice(at, end).map((item) => item.replace(/\[([^\]\n]+)\]\(#[^)\s]*\)/gu, "$1")));
      return end;
    }
    if (!isContents(items)) {
      // Not a contents list: kept whole, so no run inside it is read as one.
      out.push(...lines.slice(at, end));
      return end;
    }
    // A one-line lead-in right above ("Notable changes:", "In this post:") leads in to nothing any more.
    while (out.length > 0 && (out.at(-1) ?? "").trim() === "") out.pop();
    const lead = (out.at(-1) ?? "").trim();
    if (/[:：]$/u.test(lead) && lead.split(/\s+/u).length <= 8 && (out.at(-2) ?? "").trim() === "") out.pop();
    out.push("");
    // "[Persistent cache](#persistent-cache): improves hot start by up to 250%": an entry that says what the change
    // does, which the section it points to may only explain at length, stays as a change; group names go.
    const described = items.filter((item) => ANCHOR_LINK.test(item) && describes(item));
    if (described.length > 0) out.push(...described.map((item) => `- ${item}`), "");
    return end;
  });
}
