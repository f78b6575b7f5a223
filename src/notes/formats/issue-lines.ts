// Plain-text changelogs that start each change with its issue number at the line's start (jackson's VERSION-2.x:
// "#4742: Deserialization with Builder … failing" then an indented " (reported by Bernd A)"), written over as the
// Markdown list they mean before the one Markdown parse: each "#N: text" line opens an item, the indented lines under
// it carry it on. Markdown would read the lines as one run-on paragraph. Only notes with no Markdown structure and two
// or more such lines are touched. One pass over the lines.
import { rewriteBlocks } from "./line-blocks.js";

// A line that says the notes are Markdown: a list item, a heading, a fence, a quote, a table row.
const MARKDOWN_LINE = /^\s{0,3}(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|`{3}|~{3}|>|\|)/u;
// An issue line: one or more "#N" references at the line's start, then ":" or a space, then the change.
const ISSUE_LINE = /^(?:#\d{1,7}(?:\s*[,&/]\s*#\d{1,7})*)\s*[:.)-]?\s+(?=\S)/u;

/** Plain-text "#N: text" lines (and the indented lines that wrap them) as Markdown list items, without the numbers. */
export function issueLinesAsItems(source: string): string {
  if (!/^#\d/mu.test(source)) return source;
  const lines = source.split("\n");
  if (lines.some((line) => MARKDOWN_LINE.test(line)) || lines.filter((line) => ISSUE_LINE.test(line)).length < 2) return source;
  const out: string[] = [];
  let open = false;
  for (const line of lines) {
    const text = line.trim();
    if (ISSUE_LINE.test(line)) {
      if (!open && (out.at(-1) ?? "").trim() !== "") out.push("");
      out.push(`- ${line.replace(ISSUE_LINE, "").trim()}`);
      open = true;
    } else if (open && text !== "" && /^\s/u.test(line)) {
      out[out.length - 1] += ` ${text}`;
    } else {
      if (open && text !== "") out.push("");
      open = false;
      out.push(line);
    }
  }
  return out.join("\n");
}

// A change's reference at a line's end: a pull request's or issue's URL, "#8232", "o/r#12", "GH-12", "!34" (GitLab),
// "[#12](…)", or a commit hash in brackets; one or a few, maybe in brackets.
const REF = String.raw`(?:https?://\S+/(?:pull|pulls|issues|merge_requests|commit|commits)/[\w.-]+/?|(?:[\w.-]+/[\w.-]+)?[#!]\d{1,7}|GH-\d{1,7}|\[[^\]\n]{1,60}\]\([^)\s]{1,300}\))`;
const REFS = String.raw`(?:[(\[]\s*(?:${REF}|[0-9a-f]{7,40})(?:\s*[,;]\s*(?:${REF}|[0-9a-f]{7,40}))*\s*[)\]]|${REF}(?:\s*[,;]\s*${REF})*)`;
// A change line: two words or more, then its reference(s) at the end ("Fix stale serving on TTL expiry (#8232)"), after a
// scope ("core:", "plugin/cache:", "feat(ui):") or from a word that does not start in lower case (which carries a
// sentence on). A field's name before the reference ("Related issue: #5621", "PR: [#5829](…)") says no change.
const CHANGE_LINE = new RegExp(
  String.raw`^(?:[\w@.-]{1,40}(?:/[\w@.*-]{1,40}){0,4}!?[:：]\s+|[\w-]{1,20}\([^)\n]{1,40}\)!?[:：]\s+|(?!\p{Ll}))[\p{L}\p{N}\x60"'][^\s:：]*\s+\S.{0,300}?[^\s:：]\s${REFS}\s*$`,
  "u",
);
// A lead-in that labels the lines under it ("Changelog:", "Noteworthy changes:", "更新日志："), on its own line.
const LEAD_IN = /^[^:：]{1,60}[:：]$/u;

// GitHub's generated notes copied from the release page as text lose their marks: "What's Changed" and "🚀 Features"
// stand alone between the change lines, a new contributor's line opens with the handle, the closing field reads
// "Full Changelog: v1.2.0...v1.3.0". A short line with no sentence's end is a heading there.
const HEADING_LINE = /^(?!.*(?:https?:|[.!?。！？:：]$)).{1,60}$/u;
const CONTRIBUTOR_LINE = /^@[\w-]{1,40}\s.{0,300}\s(?:#\d{1,7}|https?:\/\/\S+)$/u;
const FIELD_LINE = /^[^\s:：][^:：]{0,40}[:：]\s+\S/u;

/** A copied page's block of change lines among headings, contributor lines and a closing field, as Markdown; null when
 *  some other line stands among them, or fewer than two change lines do. */
function copiedPageBlock(block: readonly string[]): string[] | null {
  const changes = block.filter((line) => CHANGE_LINE.test(line)).length;
  if (changes < 2) return null;
  const out: string[] = [];
  let headings = 0;
  for (const line of block) {
    if (CHANGE_LINE.test(line) || CONTRIBUTOR_LINE.test(line)) out.push(`- ${line}`);
    else if (FIELD_LINE.test(line)) out.push("", line, "");
    // A heading over each kind's changes, and the page's own two ("What's Changed", "New Contributors"), at most.
    else if (HEADING_LINE.test(line) && ++headings <= changes + 2) out.push("", `### ${line}`, "");
    else return null;
  }
  return out;
}

/**
 * A paragraph whose every line is a change line (see CHANGE_LINE) as the list it is, one item a line, after its lead-in
 * line if it has one ("core: Add max conn limit to https3 (https://github.com/o/r/pull/8187)" then "plugin/cache: Fix …
 * (#8232)"), or a release page's generated notes copied as text (above): Markdown would read the lines as one run-on
 * paragraph. Two or more such lines; other paragraphs stay.
 */
export function changeLinesAsItems(source: string): string {
  return rewriteBlocks(source, (lines) => {
    const first = lines[0] ?? "";
    if (MARKDOWN_LINE.test(first) || /^\s/u.test(first)) return null;
    // Only lines at the margin: indented ones carry on a list item ("  PR: [#5829](…)" under its change).
    const block = lines.map((item) => (/^\s/u.test(item) ? "\u0000" : item.trim()));
    if (block.some((item) => MARKDOWN_LINE.test(item))) return null;
    const lead = LEAD_IN.test(block[0] ?? "") && !CHANGE_LINE.test(block[0] ?? "") ? 1 : 0;
    const under = block.slice(lead);
    if (under.length >= 2 && under.every((item) => CHANGE_LINE.test(item))) return [...block.slice(0, lead), "", ...under.map((item) => `- ${item}`)];
    return copiedPageBlock(block);
  });
}
