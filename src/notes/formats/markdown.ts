// Release-notes Markdown → a flat list of blocks (headings, paragraphs, list items, dropped blocks) with plain
// inline text, by one bounded markdown-it parse. Every walk is iterative: the input cannot control stack depth.
import { htmlListsAsMarkdown, htmlPageAsMarkdown, withoutPageScaffolding } from "./html-page.js";
import MarkdownIt, { type Token } from "markdown-it";
import { BREAKING_MARKER_WORD, headingMeaning, type Kind } from "../kinds/kinds.js";
import { withoutContentsLists, withoutReleaseFields, withoutReleaseHeaders } from "./page-frame.js";
import { changeLinesAsItems, issueLinesAsItems } from "./issue-lines.js";
import { areaLinesSetOff } from "./area-lines.js";
import { outlineAsMarkdown } from "./plain-outline.js";
import { sanitizeText } from "../text/sanitize.js";
import { subPointsAsItems } from "./sub-points.js";
import { gluedScopesSetOff } from "./glued-scopes.js";
import { withoutLiquid } from "./liquid.js";
import { withAdmonitionBodies, withoutMdcBlocks } from "./block-markup.js";
import { withDoubleTildeStrikes } from "./strike.js";
import { mystAsMarkdown } from "./myst.js";
import { withoutLabelPointers } from "./label-pointers.js";
import { orgAsMarkdown } from "./org.js";
import { asciidocInlineAsMarkdown } from "./asciidoc-inline.js";
import { withoutSiteMarkup } from "./site-markup.js";
import { typstAsMarkdown } from "./typst.js";
import { changeTagKind, rstAsMarkdown } from "./rst.js";
import { equalsHeadingsAsMarkdown } from "./rd.js";
import { jsxBlocksAsMarkdown } from "./jsx-blocks.js";
import { withoutInlineJsx } from "./jsx-inline.js";
import { taggedLogAsMarkdown } from "./tagged-log.js";
import { htmlTableRows, markdownTableRows, requestNumbers, tableChanges, type TableChange } from "./tables.js";
import { urlRanges } from "../text/x-text.js";
import { advisoryOfBareLink } from "../kinds/advisory-ids.js";
import { rewriteLinesOutsideFences } from "./line-blocks.js";
import { listedReferences, repeatsListed, underlinedHeading } from "./unread-duplicates.js";
import { opensRoll, sectionAtCut } from "./unread-sections.js";
import { startsOwnChange } from "./joined-lines.js";
import { starredChangesAsMarkdown } from "./starred-changes.js";
import { changeLogAsMarkdown } from "./changelog-entries.js";
import { withoutAttributeLists } from "./attribute-lists.js";
import { saysStatus } from "../text/qualifiers.js";

// A bold breaking marker alone before a change: "**Breaking**", "**BREAKING CHANGE**", "**Breaking (`pkg`)**",
// "**破坏性变更**", "**破壊的変更**", "**주요 변경**": the words the item's reading takes for a marker, and no others.
const BOLD_MARKER = new RegExp(String.raw`^[\p{Extended_Pictographic}\uFE0F\s]*(?:${BREAKING_MARKER_WORD})(?:\s*\([^()\n]{1,60}\))?\s*$`, "iu");
/** The tokens from `at` open a change right after a bold marker: a space, then a capital, a code span or a CJK letter. */
function opensChange(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  if (next?.type !== "text") return false;
  if (/^[ \t]+$/u.test(next.content)) return tokens[at + 1]?.type === "code_inline";
  return /^[ \t]*[\p{Lu}\p{Lo}`]/u.test(next.content) && !/^[ \t]*[:：]/u.test(next.content);
}

/** What a post can never show, kept as a marker so that lead-ins to it can be recognised. */
export type DroppedKind = "code" | "table" | "html" | "image" | "rule";

export interface Block {
  kind: "heading" | "paragraph" | "item" | "dropped";
  /** Heading level 1-6; list nesting for items (0 = top level); 0 otherwise. */
  depth: number;
  /** Plain text: Markdown gone, code spans kept in backticks, dropped links marked with DROPPED_MARK. */
  text: string;
  /** Share (0..1) of the text's letters that are the text of links kept as words: near 1, the links were the point. */
  linkShare: number;
  /** The whole text was bold ("**Bug fixes**"): a label, not a sentence. */
  strong: boolean;
  /** For paragraphs: the length of a bold first line ("**💡 `/recommend`**" then its explanation), a change's title. */
  boldTitle?: number;
  /** Inside a block quote (GitHub alerts included). */
  quoted: boolean;
  /** Inside a collapsed <details> block: GitHub hides it, so the post does too. */
  collapsed: boolean;
  /** Which top-level <details> block it is inside (counted from 1), for collapsed blocks. */
  fold?: number;
  /** For items: the index of the enclosing item's block, -1 at the top level. For paragraphs and dropped blocks
   *  inside an item: that item's block. */
  parent: number;
  /** For items: the item has a nested list. */
  hasChildren: boolean;
  /** The numbers of the pull requests it links to: the change's identity, whatever words it is said in. */
  pulls?: string[];
  /** The in-page anchors it links to ("#prevent_destroy-can-now-be-set-dynamically"), without "#": a summary item that
   *  points at the part of the page that tells its change again. */
  anchors?: string[];
  /** The text opens with the words of a link to another page (not a pull request, issue, commit or in-page anchor):
   *  "[Summary](…/blog/…) of the history of X" names that page, not a change (see link-titles.ts). */
  leadPage?: boolean;
  dropped?: DroppedKind;
  /** A dropped table's rows below its header. */
  rows?: number;
  /** An item whose type the notes state apart from its words (a table's Type column): that type is its kind. */
  typed?: boolean;
  /** For top-level items: the item opens a list of its own (a new list after another, "- a" then "* b", starts here). */
  opensList?: boolean;
  /** For a paragraph of a few lines ("添加 X" / "添加 Y" on lines of their own): each line's text, as renderInline makes
   *  it. Notes that write one change a line without list markers mean the lines as items (see model.ts). */
  lines?: string[];
}

export interface ReadMarkdown {
  blocks: Block[];
  /** Set when the notes were longer than anything a post can use: how much was read, and a rough count of the
   *  list items left unread. */
  truncated: { readChars: number; totalChars: number; unreadItems: number; unreadKinds?: Partial<Record<Kind, number>> } | null;
}

/** No post can use more than this much of the notes; past it the rest is counted, not parsed. */
export const READ_LIMIT = 128 * 1024;
/** Notes up to this size are read whole; longer ones, as far as the posts need (see bounded()). */
export const FIRST_READ = 16 * 1024;

// Stands where a link or image was dropped, until cleanup decides whether the space before it goes too.
// Sanitizing removes every U+0000 from the notes, so the mark cannot come from them.
export const DROPPED_MARK = "\u0000";
// Around the words of a link that stay: cleanup drops a parenthesis holding only a link ("(migration guide)"),
// whose target was the point. Control characters, so they cannot come from the notes either.
export const LINK_OPEN = "\u0001";
export const LINK_CLOSE = "\u0002";

const COMMIT_URL = /\/commits?\/[0-9a-f]{7,40}\b/i;
// Where a change lives on a forge: its pull request, issue, commit or merge request.
const CHANGE_URL = /\/(?:pull|pulls|issues|commit|commits|merge_requests)\/[\w.-]+/i;
// Link text that is only a reference: a commit hash, "#123", "PR #123", "owner/repo#123", "owner/repo #123", "GH-123",
// "!123" (GitLab), "^1" (a footnote). These carry nothing a reader of a post can use.
const REFERENCE_TEXT = /^(?:`?[0-9a-f]{7,40}`?|(?:(?:PR|MR|pull request|issue)\s*)?(?:[\w.-]+\/[\w.-]+ ?)?[#!]\d+|GH-\d+|\^\S+|\[?\^\S+\]?)$/i;
const FOOTNOTE_REFERENCE = /\[\^[^\]\s]{1,100}\]/g;
// Link words that only point at the issue, pull request or discussion they link to: "this issue", "in this PR", "that
// discussion" ("the issue" may be the change's object: "Fix [the issue](…) with X"). The pointing word ("in") is kept
// apart.
const POINTS_AT_CHANGE = /^((?:(?:in|see|at|from|via|per|on)\s+)?)(?:this|that)\s+(?:(?:github|original|linked|related|upstream|corresponding)\s+)?(?:issues?|prs?|pull requests?|merge requests?|mrs?|comments?|discussions?|threads?|tickets?|reports?|commits?|bug reports?)$/iu;
// "[Issue-zensical-818](…/issues/818)", "[GH_42](…/pull/42)": one word ending in the number its change's address ends
// in is that change's id, however the project spells it: no more use to a reader than "#818".
const ID_WORD = /^[\p{L}\p{N}._#-]{0,60}?(\d+)$/u;
const CHANGE_NUMBER = /\/(?:pull|pulls|issues|merge_requests)\/(\d+)\/?(?:[?#]\S*)?$/iu;
// A proposal's or specification's id is a name readers cite, though its proposal lives at a pull request:
// "[MSC3860](…/matrix-spec-proposals/pull/3860)", "[KEP1287](…)". Capitals glued to the number, not a tracker's word.
const CITED_ID = /^(?!(?:PR|MR|GH|GL|BUG|ISSUE|PULL|FIX)\d)\p{Lu}{3,8}\d+$/u;
const namesOnlyId = (linkText: string, href: string): boolean => {
  if (CITED_ID.test(linkText)) return false;
  const number = CHANGE_NUMBER.exec(href)?.[1];
  return number !== undefined && ID_WORD.exec(linkText)?.[1] === number;
};
// "[Okio 3.16.3][okio_3_16_3]", "[the guide][]": a reference-style link whose definition is not in the notes (it lives
// further down the file the excerpt was cut from). markdown-it leaves it as text; it is a link all the same. Its label
// is empty, its text again, or an identifier ("okio_3_16_3"); a run of bracketed names ("[Console][VarDumper]",
// Symfony's components) is no link.
const UNRESOLVED_REFERENCE = /(?<!\])\[([^[\]\n]{1,200})\]\[(?!\^)([^[\]\n]{0,100})\](?!\[)/gu;
// "within [context]", "querying of [metadata]": a shortcut reference link whose definition lives elsewhere (a docs
// site's), read on in a sentence (after a word in lower case), its words without the brackets. A task box ("[x]"), a tag other rules read ("[BREAKING]", "[security]",
// "[Feature]", "[新增]"), a component's name ("bug #1 [Cache] fix …", "Components [el-dropdown] add …") or a line's leading tag ("[core] Fix …") stays.
const SHORTCUT_REFERENCE = /(?<=\p{Ll}\s)\[([^[\]\n]{1,60})\](?![[(:])/gu;
// "([CVE-2023-2650])", "([CVE-2023-0465], [CVE-2023-0466])": shortcut reference links alone in parentheses, their
// definitions elsewhere in the file (OpenSSL's NEWS) or cut off with the rest of it. Inside parentheses no tag stands, so
// the words stay without their brackets; a reference's id ("[#12]") goes as a dropped link does. After the change's
// full stop the bracket moves before it ("sub-identities. ([CVE-…])" → "sub-identities (CVE-…)."), where it names the fix.
const BRACKETED_SHORTCUTS = /([.!?]?)([ \t]*)\((\s*\[[^[\]\n]{2,60}\](?:\s*[,;]\s*\[[^[\]\n]{2,60}\]){0,10}\s*)\)(?![[(:])/gu;
function withoutShortcutBrackets(_whole: string, stop: string, space: string, inner: string): string {
  const words = inner.replace(/\[([^[\]\n]{2,60})\]/gu, (_link: string, linkText: string) => (REFERENCE_TEXT.test(linkText.trim()) ? DROPPED_MARK : linkText));
  return stop === "" || words.includes(DROPPED_MARK) ? `${stop}${space}(${words})` : ` (${words.trim()})${stop}`;
}
// "support [Go 1.23]", "requires [Node.js 20]": a product and its version, a shortcut link's words in mid-sentence (the
// definition is further down a changelog the excerpt was cut from), not a tag, which names no version.
const VERSIONED_NAME = /^\p{Lu}[\p{L}\p{N}.+#]*(?: [\p{L}\p{N}.+#]+){0,2} v?\d+(?:\.\d+){0,3}$/u;
// A status in brackets ("output [beta]", "[preview]") says how far the change can be relied on: a tag, kept.
const shortcutTag = (linkText: string, leading: boolean): boolean =>
  leading || saysStatus(linkText) || (!VERSIONED_NAME.test(linkText) && (!/^\p{Ll}[\p{L}\p{N} ]*$/u.test(linkText) || !/\p{Ll}/u.test(linkText) || /[^\p{Script=Latin}\p{N} _.-]/u.test(linkText) || headingMeaning(linkText) !== null));
const isReferenceLabel = (linkText: string, label: string): boolean =>
  label === "" || label.toLowerCase() === linkText.toLowerCase() || /^[a-z0-9][\w.:/-]*$/u.test(label);
// A GFM table's delimiter row ("|---|:--:|", "--- | ---") on the second line of a paragraph.
const TABLE_DELIMITER_ROW = /^[^\n]*\n[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*(?:\n|$)/;
const HEADING_ATTRIBUTES = /\s*\{[#:.][^{}\n]{0,200}\}\s*$/u;
// A category tag in code marks opening an item ("`Feat(Log)` 新增…", "`fix(core)` …"): a conventional commit's type and
// scope written as code. Read as the prefix it is ("Feat(Log): …"), so the kind is read and no backticks reach a post.
// A type that is also a word code names things by ("`type` コマンド", "`test` target", "`build` step") is a tag only with
// its scope, "!" or a colon: bare, it is the thing the change is about, and the phrase goes on.
const CODE_TAG =
  /^`((?:feat|feature|fix|bug ?fix|hot ?fix|perf|chore|refactor|revert)(?:\([^()`\n]{1,40}\))?!?|(?:docs?|style|tests?|build|ci|deps|security|types?)(?:\([^()`\n]{1,40}\)!?|!))`\s*[:：]?\s+(?=\S)|^`((?:docs?|style|tests?|build|ci|deps|security|types?))`\s*[:：]\s*(?=\S)/iu;
const TASK_MARKER = /^\[[ xX]\][ \t]+(?=\S)/;

// Posts show text, never HTML: every link is kept as written (no scheme filter, no percent-encoding), raw HTML
// is read as HTML (and dropped). Footnotes are not parsed (GFM footnotes are removed as text: a plugin for them
// is quadratic in the number of references), bare URLs stay text.
const parser = new MarkdownIt({ html: true, linkify: false, typographer: false });
// Tables are never shown: read as paragraphs (one token each, not one per cell) and dropped by their delimiter row.
parser.disable("table");
parser.validateLink = () => true;
parser.normalizeLink = (url) => url;

// A line past the first part that announces what must not be missed: a breaking, security or migration-notes heading
// (what a migration asks of users breaks), a "feat!:" or
// "[BREAKING]" item, a move to a new runtime ("- To node24", "- Run Action on Node 24"), which a major release's users
// must act on. Then the notes are read on, up to READ_LIMIT.
// (A line of any list or paragraph that names an advisory, "fix UID check for FUSE umount [CVE-2021-3995]", is a security
// fix in any format: read on for it.)
const URGENT_LINE =
  /\b(?:CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3})\b|^(?:#{1,6}[^\n]*(?:break|⚠|💥|secur|vulnerab|incompatib|破坏|破壊|不兼容|安全|脆弱|migration notes?\b|upgrad(?:e|ing) notes?\b|移行|迁移|마이그레이션)|[ \t]*[-*+][ \t]+(?:\*\*)?(?:\[?breaking|[a-z]+(?:\([^)\n]{0,60}\))?!:|\(?semver-major|(?:(?:upgrade|update|migrate|move|switch|run)[a-z]* (?:the )?(?:action )?)?(?:to|on) (?:node|deno|bun|python|php|ruby)(?:\.?js)? ?v?\d))/imu;

/**
 * The notes to parse: all of them when they are short; else the first `wanted` characters (at least what the posts
 * could show, several times over), or up to READ_LIMIT when the rest announces breaking changes or security fixes;
 * always cut at a block boundary. What is not read is counted.
 */
function bounded(source: string, wanted: number): { text: string; truncated: ReadMarkdown["truncated"] } {
  const first = Math.min(Math.max(wanted, FIRST_READ), READ_LIMIT);
  // Collapsed <details> (Ant Design folds dozens of PR lines into one) show nothing, so they use none of the budget.
  const firstEnd = visibleEnd(source, first);
  // What follows the least any post reads decides, whatever was wanted: a thread, which wants more, must not miss the
  // breaking heading a single post reads on for (and count the rest differently from it).
  const urgentFrom = Math.min(firstEnd, visibleEnd(source, FIRST_READ));
  const limit = source.length <= firstEnd ? source.length : URGENT_LINE.test(source.slice(urgentFrom, urgentFrom + READ_LIMIT)) ? visibleEnd(source, READ_LIMIT) : firstEnd;
  if (source.length <= limit) return { text: source, truncated: null };
  // A blank line near the limit ends every block; failing that, a line end; failing that, the limit itself.
  // A long list has no blank line: then the last line end it has is the boundary, not a blank line far before it.
  let cut = source.lastIndexOf("\n\n", limit);
  if (cut < limit - 4096) cut = source.lastIndexOf("\n", limit);
  if (cut < limit / 2) cut = limit;
  // A blank line before an indented one is inside a list item ("* Net::HTTP", a blank line, "    * what changed"): cut
  // there, an item that is only a name would keep it without its change. Cut before the item's own line instead.
  if (/^\n\n[ \t]+\S/u.test(source.slice(cut, cut + 16))) {
    let line = source.lastIndexOf("\n", cut - 1);
    while (line > limit / 2 && /^[ \t]/u.test(source.charAt(line + 1))) line = source.lastIndexOf("\n", line - 1);
    // (Only a name: an item that says its change in its first lines keeps them, its later paragraphs left unread.)
    const head = source.slice(line + 1, cut).replace(/^[-*+]\s+|^\d+[.)]\s+/u, "").trim();
    if (line > limit / 2 && head.length <= 40 && !/[.。!！:：]$/u.test(head) && !head.includes("\n")) cut = line;
  }
  if (/[\uD800-\uDBFF]/.test(source[cut - 1] ?? "")) cut -= 1;
  const unread = countItems(source, cut);
  return { text: source.slice(0, cut), truncated: { readChars: cut, totalChars: source.length, unreadItems: unread.count, unreadKinds: unread.kinds } };
}

/**
 * Where `budget` characters outside collapsed <details> blocks have been seen (nested ones counted whole), never past
 * twice READ_LIMIT in all. One pass with indexOf.
 */
function visibleEnd(source: string, budget: number): number {
  const cap = Math.min(source.length, READ_LIMIT * 2);
  if (!/<details/i.test(source.slice(0, cap))) return Math.min(budget, source.length);
  const lower = source.slice(0, cap).toLowerCase();
  let visible = 0;
  let at = 0;
  while (at < cap) {
    const open = lower.indexOf("<details", at);
    const stop = open === -1 ? cap : open;
    if (visible + (stop - at) >= budget) return at + (budget - visible);
    visible += stop - at;
    if (open === -1) return cap;
    // The matching close: count the opens and closes after it.
    let depth = 1;
    let next = open + 8;
    while (depth > 0) {
      const nextOpen = lower.indexOf("<details", next);
      const nextClose = lower.indexOf("</details>", next);
      if (nextClose === -1) return cap;
      if (nextOpen !== -1 && nextOpen < nextClose) {
        depth += 1;
        next = nextOpen + 8;
      } else {
        depth -= 1;
        next = nextClose + 10;
      }
    }
    at = next;
  }
  return cap;
}

/** A heading line's text ("## Commits" → "Commits"), or null for any other line. */
function headingAt(source: string, start: number): string | null {
  const end = source.indexOf("\n", start);
  const match = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/u.exec(source.slice(start, end === -1 ? undefined : Math.min(end, start + 200)));
  return match ? (match[1] ?? "") : null;
}

/**
 * The changes from `from` on, as a post would count them: list items at the top level, outside sections no post
 * shows (commits, contributors: a dropped heading just before `from` counts too). One pass, no allocation per line.
 */
function countItems(source: string, from: number): { count: number; kinds: Partial<Record<Kind, number>> } {
  let count = 0;
  // What kind each counted item is, by its own type ("feat:", "perf(core):") or else its section's ("### Bug Fixes"):
  // a count of "other changes" must not hide 200 fixes the posts never read.
  const kinds: Partial<Record<Kind, number>> = {};
  // The section the cut falls in: the last heading before it, ATX or underlined, and a contributor roll's lead-in
  // under it.
  const opening = sectionAtCut(source, from);
  // The heading over the lines being counted; what it means is asked only when an item stands under it.
  let section = opening.roll ? null : opening.heading;
  let dropping = opening.roll;
  let sectionKind: Kind | null = null;
  const seen = listedReferences(source.slice(0, from));
  for (let start = from; start < source.length; ) {
    const heading = source.charCodeAt(start) === 35 ? headingAt(source, start) : underlinedAt(source, start);
    if (heading !== null) section = heading;
    else if (opensRoll(source.slice(start, source.indexOf("\n", start) === -1 ? undefined : source.indexOf("\n", start)))) {
      dropping = true;
      section = null;
    } else if (CHANGE_LINE.test(source.slice(start, start + 40))) {
      // A Sphinx ".. change::" block is one change; its ":tags:" or ":type:" field in the lines under it says its kind.
      count += 1;
      const next = source.indexOf("\n", start);
      const tags = next === -1 ? undefined : TAGS_LINE.exec(source.slice(next + 1, next + 300))?.[1];
      const word = tags === undefined ? null : changeTagKind(tags);
      const kind = word === null ? null : (TAG_WORD_KINDS[word] ?? null);
      if (kind !== null) kinds[kind] = (kinds[kind] ?? 0) + 1;
    } else {
      let at = start;
      if (source.charCodeAt(at) === 32) at += 1;
      const char = source[at];
      if (char === "-" || char === "*" || char === "+") at += 1;
      else {
        const digits = at;
        while (at - digits < 9 && source.charCodeAt(at) >= 48 && source.charCodeAt(at) <= 57) at += 1;
        at = at > digits && (source[at] === "." || source[at] === ")") ? at + 1 : -1;
      }
      if (at > 0 && (source[at] === " " || source[at] === "\t") && /\S/.test(source[at + 1] ?? "")) {
        if (section !== null) {
          const meaning = headingMeaning(section);
          dropping = meaning === "drop";
          // "Major Changes" is a version bump's name (changesets) or a release's big changes (Ant Design), not
          // always breaking ones: only a heading that says "breaking" counts its unread items as breaking.
          sectionKind = meaning === null || meaning === "drop" || meaning === "generic" || (meaning === "breaking" && !SAYS_BREAKING.test(section)) ? null : meaning;
          section = null;
        }
        const end = source.indexOf("\n", at);
        if (!dropping && !repeatsListed(source.slice(at, end === -1 ? source.length : end), seen)) {
          count += 1;
          const kind = unreadKind(source.slice(at + 1, end === -1 ? source.length : end), sectionKind);
          if (kind !== null) kinds[kind] = (kinds[kind] ?? 0) + 1;
        }
      }
    }
    const next = source.indexOf("\n", start);
    if (next === -1) break;
    start = next + 1;
  }
  return { count, kinds };
}

/** The RST or setext heading at `start` (its underline on the next line), or null. */
function underlinedAt(source: string, start: number): string | null {
  const end = source.indexOf("\n", start);
  if (end === -1 || end - start > 200) return null;
  const after = source.indexOf("\n", end + 1);
  return underlinedHeading(source.slice(start, end), source.slice(end + 1, after === -1 ? Math.min(source.length, end + 201) : Math.min(after, end + 201)));
}

// (A compatibility heading, "互換性に関する注意", "Compatibility notes", says so too: the model reads it as breaking.)
const SAYS_BREAKING = /break|⚠|💥|compatib|破坏|兼容|破壊|互換|호환/iu;
const CHANGE_LINE = /^[ \t]*\.\.[ \t]+change::/u;
// The kind field among the first fields under the directive (":tags: bug, orm", or ":type: feature" after ":pr:").
const TAGS_LINE = /^(?:[ \t]*:[\w-]+:[^\n]*\n){0,3}?[ \t]*:(?:tags|type):[ \t]*([^\n]*)/u;
const TAG_WORD_KINDS: Readonly<Record<string, Kind>> = { feature: "feature", fix: "fix", changed: "change", removed: "removal", deprecated: "deprecation", performance: "performance", security: "security", breaking: "breaking" };

// An item's type word in its first line ("feat(ext/node): …", "perf: …", "[Fix] …"): read without the whole
// item reading, as a long changelog has hundreds of unread lines.
const TYPED_LINE = /^(?:\*\*)?\[?(feat|feature|fix|bug ?fix|hot ?fix|perf|docs?|security)\b(?:\([^)\n]{0,60}\))?(!)?(?:[:：]|\])/iu;
const TYPE_KINDS: Record<string, Kind> = { feat: "feature", feature: "feature", fix: "fix", bugfix: "fix", hotfix: "fix", perf: "performance", doc: "docs", docs: "docs", security: "security" };

/** The kind of an unread item: its own conventional type, else its section's, else null (an "other change"). */
function unreadKind(line: string, section: Kind | null): Kind | null {
  const typed = TYPED_LINE.exec(line.trim());
  if (!typed) return section;
  if (typed[2] !== undefined) return "breaking";
  return TYPE_KINDS[(typed[1] ?? "").toLowerCase().replace(/\s+/gu, "")] ?? section;
}

/** How many letters and digits (code points): one replace, not an array of every letter. */
function letters(text: string): number {
  const kept = text.replace(/[^\p{L}\p{N}]+/gu, "");
  let pairs = 0;
  for (let index = 0; index < kept.length; index += 1) {
    const code = kept.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) pairs += 1;
  }
  return kept.length - pairs;
}

// Printable ASCII and line ends: nothing sanitizeText() would change (no control, invisible, odd space or mark).
const PLAIN_ASCII = /^[\x20-\x7E\n]*$/;

// A release's page on a forge ("See the following for all changes. https://github.com/o/r/releases/tag/3.1.58"): the
// post links the release itself, once.
const RELEASE_PAGE_URL = /^https?:\/\/\S+\/releases(?:\/tag\/[^\s/]+|\/latest)?\/?$/u;

/** A bare commit or release page URL goes, as its link would (GitHub links bare URLs; twitter-text finds them as X
 *  does); a bare advisory URL reads as its id (a list of "https://…/security/advisories/GHSA-…" says which holes were
 *  closed). */
function withBareUrlsRead(text: string, opensBlock: boolean): string {
  if (!/\/commits?\/|\/releases\b|\/(?:GHSA|CVE|RUSTSEC|PYSEC|GO|OSV)-/iu.test(text)) return text;
  let kept = "";
  let from = 0;
  for (const [start, end] of urlRanges(text)) {
    const url = text.slice(start, end);
    // Only an address that is all of its item or paragraph: one in a sentence ("Please see <url>", wrapped or not) is read
    // with its pointing words.
    const advisory = opensBlock && text.trim() === url ? advisoryOfBareLink(url, url) : null;
    if (!COMMIT_URL.test(url) && !RELEASE_PAGE_URL.test(url) && advisory === null) continue;
    kept += text.slice(from, start) + (advisory ?? DROPPED_MARK);
    from = end;
  }
  return kept + text.slice(from);
}

interface Inline {
  text: string;
  linkShare: number;
  strong: boolean;
  boldTitle?: number;
  pulls?: string[];
  anchors?: string[];
  leadPage?: boolean;
}

/** A heading's in-page anchor as GitHub and most site generators make it, to match the anchors items link to
 *  (Block.anchors): "`prevent_destroy` can now be set dynamically" → "prevent_destroy-can-now-be-set-dynamically". */
export const headingAnchor = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/gu, "-");

// A pull or merge request's address, linked or written out: "…/pull/4324", "…/-/merge_requests/12".
const PULL_URL = /\/(?:pull|pulls|merge_requests)\/(\d+)\b/giu;
// The bare references a line ends with, "… concatenations (#6468)", "… (#12, #13)": in the repository's own numbering,
// which issues and pull requests share, so the same number names the same change.
const TRAILING_NUMBERS = /\(\s*#\d{1,7}(?:\s*,\s*#\d{1,7})*\s*\)\s*$/u;

/**
 * Emphasis that only CommonMark's rules made, around text no writer would emphasise: text that starts with a closing
 * bracket or ends with an opening one (") and Host(" between the asterisks of "HostSNI(*) and Host(*)"), or that is
 * part of a glob (".ts and **\/" between the asterisks of "*.ts and **\/*.js"). Its markers
 * stay as written: dropping them would take characters out of code.
 */
const literalEmphasis = (inner: string): boolean => /^[)\]}]/u.test(inner) || /[([{]$/u.test(inner) || GLOB_INSIDE.test(inner);
// Glob asterisks outside code ("*.ts and **/*.js", "src/*.js or lib/*.ts"): emphasis never starts with the dot of a
// file extension or a path's slash, nor ends with a slash.
const GLOB_INSIDE = /^[./]|\/$/u;

// A person's page on a forge: "https://github.com/bashonly".
const PROFILE_URL = /^https?:\/\/(?:www\.)?(?:github|gitlab|codeberg)\.(?:com|org)\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/?$/u;

// Words that credit the person after them, or the list of people they started: "by ", "thanks to ", "@a, ", "感谢".
const CREDIT_BEFORE = /(?:\b(?:by|from|thanks(?: to)?|and)|[,&]|感谢|感謝|由)\s*$/iu;

/** A link whose words are the user name of the page it links to ("by [bashonly](https://github.com/bashonly)") is an
 *  @handle written as a link: after credit words it reads as one, so credits written either way go the same way. */
function isProfileLink(linkText: string, href: string): boolean {
  const user = PROFILE_URL.exec(href)?.[1];
  return user !== undefined && linkText.replace(/^@/u, "").toLowerCase() === user.toLowerCase();
}

// A line's last words are a reference the posts drop ("… concurrent execution #1234", "… (#12)", "… [#12](…)", "… abc1234"),
// after words that end no sentence.
const TRAILING_REFERENCE = new RegExp(`[^\\s.!?。！？:：;,]\\s*(?:\\(\\s*)?(?:(?:(?:PR|GH|MR)[- ]?)?(?:[\\w.-]+\\/[\\w.-]+)?[#!]\\d+|GH-\\d+|(?<![\\w#])(?=[0-9]*[a-f])(?=[a-f]*[0-9])[0-9a-f]{7,40}|${DROPPED_MARK})(?:\\s*,\\s*(?:[#!]\\d+|${DROPPED_MARK}))*\\s*\\)?$`, "u");

/** A line that ends with a reference, then a line that opens with a capital ("… execution #1234" / "If 2 Capsules …"):
 *  the reference closed a sentence the notes left unmarked. Once it is gone, the break is that sentence's end. */
function endsWithReference(text: string, next: Token | undefined): boolean {
  return next?.type === "text" && /^[A-Z][\p{L}'’]*\s/u.test(next.content) && TRAILING_REFERENCE.test(text.slice(-200));
}

/** An inline token list as plain text, in one pass (emphasis nesting never recurses). */
function renderInline(tokens: readonly Token[]): Inline {
  let text = "";
  let linkLetters = 0;
  let strongDepth = 0;
  let outsideStrong = false;
  let boldTitle: number | undefined;
  const links: Array<{ start: number; href: string }> = [];
  const pulls: string[] = [];
  const anchors: string[] = [];
  let leadPage = false;
  // Open emphasis: where its text starts and the marker that opened it ("*", "_").
  const emphases: Array<{ start: number; markup: string }> = [];
  // Where each open strikethrough starts: struck-out words are withdrawn ("~~Linux is not supported yet~~").
  const struck: number[] = [];
  // The text opened with struck words: "~~X~~: postponed" withdraws X, unless new words take its place ("~~X~~ Y").
  let headStruck = false;
  let skipImageDepth = 0;
  // Where the current source line's text starts.
  let lineStart = 0;
  for (const [index, token] of tokens.entries()) {
    if (skipImageDepth > 0) {
      // An image's children are its alt text; nothing of it reaches a post.
      if (token.type === "image") skipImageDepth += 1;
      continue;
    }
    let piece = "";
    switch (token.type) {
      case "text":
      case "text_special":
        // Character references ("&#x202E;") are decoded after the notes were cleaned: the text is cleaned again.
        piece = withBareUrlsRead(
          (PLAIN_ASCII.test(token.content) ? token.content : sanitizeText(token.content)).replace(FOOTNOTE_REFERENCE, DROPPED_MARK),
          text.trim() === "",
        ).replace(UNRESOLVED_REFERENCE, (whole: string, linkText: string, label: string) => {
          if (!isReferenceLabel(linkText, label)) return whole;
          if (REFERENCE_TEXT.test(linkText.trim())) return DROPPED_MARK;
          linkLetters += letters(linkText);
          return `${LINK_OPEN}${linkText}${LINK_CLOSE}`;
        }).replace(BRACKETED_SHORTCUTS, withoutShortcutBrackets).replace(SHORTCUT_REFERENCE, (whole: string, linkText: string, at: number, all: string) => (shortcutTag(linkText, text.trim() === "" && all.slice(0, at).trim() === "") ? whole : linkText));
        break;
      case "code_inline":
        piece = `\`${codeText(token.content)}\``;
        break;
      case "softbreak":
      case "hardbreak": {
        // A line that closes a bracket, then a line that opens a sentence ("(see GHSA-…)" / "In addition, we…"): the
        // wrap was a sentence's end the notes left unmarked.
        const next = tokens[index + 1];
        // An aside that is a sentence of its own ("It works. (Unless someone misuses my key :D)") ends nothing.
        const before = text.slice(0, text.lastIndexOf("(")).trimEnd();
        const aside = before === "" || /[.!?:]$/u.test(before);
        const sentenceEnds = /\)$/u.test(text) && !aside && next?.type === "text" && /^[A-Z][a-z]+(?:,| [a-z])/u.test(next.content);
        // Chinese and Japanese put no space between words: a line wrapped between two of their characters ("設" / "定")
        // joins without one.
        const joinsCjk = UNSPACED_END.test(text) && next?.type === "text" && UNSPACED_START.test(next.content);
        piece = sentenceEnds || endsWithReference(text, next) ? ". " : joinsCjk ? "" : startsOwnChange(text.slice(lineStart), next) ? "; " : " ";
        lineStart = text.length + piece.length;
        break;
      }
      case "strong_open":
        strongDepth += 1;
        break;
      case "strong_close": {
        strongDepth -= 1;
        // The next token that is not empty text ends the line: the bold part was the line's whole text.
        const after = tokens.slice(index + 1, index + 4).find((next) => next.type !== "text" || next.content.trim() !== "");
        const lineEnds = after?.type === "softbreak" || after?.type === "hardbreak";
        if (strongDepth === 0 && !outsideStrong && boldTitle === undefined && lineEnds && /[\p{L}\p{N}]/u.test(text)) boldTitle = text.length;
        // "**Breaking** Removed `x`": the bold word is the marker its colon would make it; it gets the colon, so the
        // change reads as breaking as "**Breaking:** Removed `x`" does.
        // (Not a sentence that opens in bold, "**Breaking changes** are listed below": a change opens with a capital,
        // a code span or a CJK letter.)
        else if (strongDepth === 0 && !outsideStrong && BOLD_MARKER.test(text) && opensChange(tokens, index + 1)) text += ":";
        break;
      }
      case "em_open":
        emphases.push({ start: text.length, markup: token.markup });
        break;
      case "em_close": {
        const { start, markup } = emphases.pop() ?? { start: text.length, markup: "" };
        if (!literalEmphasis(text.slice(start))) break;
        // "HostSNI(*) and Host(*)": the asterisks were the text's own, not emphasis around ") and Host(".
        text = `${text.slice(0, start)}${markup}${text.slice(start)}${markup}`;
        if (boldTitle !== undefined && boldTitle > start) boldTitle += markup.length;
        break;
      }
      case "s_open":
        struck.push(text.length);
        break;
      case "s_close": {
        const start = struck.pop() ?? text.length;
        if (struck.length === 0 && !/[\p{L}\p{N}]/u.test(text.slice(0, start)) && /[\p{L}\p{N}]/u.test(text.slice(start))) headStruck = true;
        text = text.slice(0, start).replace(/[ \t]+$/u, "");
        if (boldTitle !== undefined && boldTitle > text.length) boldTitle = undefined;
        break;
      }
      case "link_open":
        links.push({ start: text.length, href: String(token.attrGet("href") ?? "") });
        for (const [, pull] of String(token.attrGet("href") ?? "").matchAll(PULL_URL)) pulls.push(pull!);
        if (String(token.attrGet("href") ?? "").startsWith("#")) anchors.push(String(token.attrGet("href")).slice(1).toLowerCase());
        break;
      case "link_close": {
        const { start, href } = links.pop() ?? { start: text.length, href: "" };
        const linkText = text.slice(start).trim();
        if (links.length === 0 && !/[\p{L}\p{N}]/u.test(text.slice(0, start)) && /[\p{L}\p{N}]/u.test(linkText) && !CHANGE_URL.test(href) && !/\/compare\//u.test(href) && !href.startsWith("#")) leadPage = true;
        // "[79](…/issues/79)": an issue's number as the link's text is its reference, as "#79" is.
        const pointing = CHANGE_URL.test(href) || /\/discussions\/\d/u.test(href) ? POINTS_AT_CHANGE.exec(linkText) : null;
        const advisory = advisoryOfBareLink(linkText, href);
        // "https://github.com/o/r/security/advisories/GHSA-…" as a line of its own: the advisory's id stays as words.
        if (advisory !== null) text = text.slice(0, start) + advisory;
        else if (REFERENCE_TEXT.test(linkText) || linkText === "" || (/^\d{1,7}$/u.test(linkText) && CHANGE_URL.test(href)) || namesOnlyId(linkText, href)) text = text.slice(0, start) + DROPPED_MARK;
        // "described [in this issue](…/issues/12)": the words only pointed at the reference; its pointing word stays
        // before the mark, for the words that pointed to go with it ("Fix the crash described in" → "Fix the crash").
        else if (pointing) text = text.slice(0, start) + (pointing[1] ?? "") + DROPPED_MARK;
        else if (isProfileLink(linkText, href) && CREDIT_BEFORE.test(text.slice(Math.max(0, start - 24), start))) text = `${text.slice(0, start)}@${linkText.replace(/^@/u, "")}`;
        else {
          // Words linked to their pull request are the change itself; words linked to a page point at it.
          if (!CHANGE_URL.test(href)) linkLetters += letters(linkText);
          text = `${text.slice(0, start)}${LINK_OPEN}${text.slice(start)}${LINK_CLOSE}`;
        }
        break;
      }
      case "image":
      case "dropped_link":
        piece = DROPPED_MARK;
        break;
      case "html_inline":
        if (/^<br\s*\/?>$/i.test(token.content)) piece = " ";
        else if (/^<img\b/i.test(token.content)) piece = DROPPED_MARK;
        else if (isPlaceholder(token.content)) piece = token.content;
        break;
      default:
        break;
    }
    if (piece) {
      if (strongDepth === 0 && /[\p{L}\p{N}]/u.test(piece)) outsideStrong = true;
      text += piece;
    }
  }
  // Counting every letter matters only for the share of linked words; otherwise whether there is one.
  const total = linkLetters > 0 ? letters(text) : /[\p{L}\p{N}]/u.test(text) ? 1 : 0;
  const strong = !outsideStrong && total > 0;
  for (const [, pull] of text.matchAll(PULL_URL)) pulls.push(pull!);
  for (const [, pull] of (TRAILING_NUMBERS.exec(text)?.[0] ?? "").matchAll(/#(\d+)/gu)) if (!pulls.includes(pull!)) pulls.push(pull!);
  // What follows a withdrawn change only says why ("~~X~~: postponed to a future major version"): no change is left.
  if (headStruck && !/^[ \t]*[\p{L}\p{N}`]/u.test(text)) return { text: "", linkShare: 0, strong: false };
  return { text, linkShare: total === 0 ? 0 : linkLetters / total, strong, ...(boldTitle !== undefined && !strong ? { boldTitle } : {}), ...(pulls.length > 0 ? { pulls } : {}), ...(anchors.length > 0 ? { anchors } : {}), ...(leadPage ? { leadPage } : {}) };
}

/** Most lines a paragraph may have for its lines to be read one by one: a longer one is prose, or a list the notes should
 *  have marked. */
const MAX_LINES = 40;

/** A paragraph's lines, each rendered alone, when it has 2 to MAX_LINES of them; otherwise undefined. */
function paragraphLines(tokens: readonly Token[]): string[] | undefined {
  const breaks = tokens.filter((token) => token.type === "softbreak" || token.type === "hardbreak").length;
  if (breaks === 0 || breaks >= MAX_LINES) return undefined;
  const lines: string[] = [];
  let start = 0;
  for (const [index, token] of tokens.entries()) {
    if (token.type !== "softbreak" && token.type !== "hardbreak") continue;
    lines.push(renderInline(tokens.slice(start, index)).text.trim());
    start = index + 1;
  }
  lines.push(renderInline(tokens.slice(start)).text.trim());
  return lines;
}

/** Where the last line of an inline run is only bold text ("**Fixes**", "**Internal:**"): the index of the line
 *  break before it, or -1. */
function trailingBoldLine(tokens: readonly Token[]): number {
  const lineBreak = tokens.findLastIndex((token) => token.type === "softbreak" || token.type === "hardbreak");
  if (lineBreak <= 0) return -1;
  const rest = tokens.slice(lineBreak + 1).filter((token) => !(token.type === "text" && /^\s*[:：]?\s*$/u.test(token.content)));
  const inside = rest.slice(1, -1);
  return rest[0]?.type === "strong_open" && rest.at(-1)?.type === "strong_close" && inside.length > 0 && inside.every((token) => token.type === "text" || token.type === "code_inline")
    ? lineBreak
    : -1;
}

/** Link tokens whose target is a commit are references too, whatever their text says. */
function markCommitLinks(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  // The tokens of an open commit link, its own link_open first; null outside one.
  let held: Token[] | null = null;
  let depth = 0;
  for (const token of tokens) {
    if (held === null) {
      if (token.type === "link_open" && COMMIT_URL.test(String(token.attrGet("href") ?? ""))) {
        held = [token];
        depth = 1;
      } else out.push(token);
      continue;
    }
    held.push(token);
    if (token.type === "link_open") depth += 1;
    if (token.type !== "link_close" || (depth -= 1) > 0) continue;
    // A commit's title as its link ("[Fix formats extraction](…/commit/abc)", yt-dlp and kin) is the change: it
    // stays a link's words. A hash or "commit" is only a reference.
    const words = held.slice(1, -1).map((inner) => inner.content).join("");
    if (COMMIT_WORDS.test(words)) out.push(...held);
    else out.push(new (token.constructor as typeof Token)("dropped_link", "", 0));
    held = null;
  }
  if (held) out.push(...held);
  return out;
}

// Link text that says something: two words or more, not a hash, "commit abc1234" or "view changes".
const COMMIT_WORDS = /^(?!\s*(?:commit\s+)?[0-9a-f]{7,40}\s*$)(?!\s*(?:view |see |the )?(?:commit|changes|diff|compare)s?\s*$)\s*[\p{L}\p{N}][^\s]*\s+\S/iu;

function htmlDropped(content: string): DroppedKind {
  return /^\s*<img\b/i.test(content) || /^\s*<p[^>]*>\s*<img\b/i.test(content) ? "image" : "html";
}

// Tokens inside an HTML table read from the source (markdown-it cuts the table into pieces at blank lines).
const SKIPPABLE = new Set(["inline", "html_block", "fence", "code_block", "hr", "heading_open"]);

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}

/** The line holding offset `at` (binary search over line starts). */
function lineAt(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

// Scripts written without spaces between words (Han, kana), at a wrapped line's end and the next line's start.
const UNSPACED_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー、。]$/u;
const UNSPACED_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー、。]/u;

/**
 * The notes with every other notation they may use written over as the Markdown it means, one step after another
 * (each sees the Markdown the steps before it wrote): sanitised text first, then tagged logs, HTML pages, MyST and site generators' markup, Liquid, RD
 * and RST, release fields and headers, plain outlines and sub-points, and open <details> last.
 */
function asMarkdown(text: string): string {
  const steps: ReadonlyArray<(source: string) => string> = [
    sanitizeText,
    typstAsMarkdown,
    orgAsMarkdown,
    starredChangesAsMarkdown,
    changeLogAsMarkdown,
    taggedLogAsMarkdown,
    htmlPageAsMarkdown,
    withoutLabelPointers,
    mystAsMarkdown,
    withoutSiteMarkup,
    asciidocInlineAsMarkdown,
    withoutLiquid,
    withDoubleTildeStrikes,
    withoutPageScaffolding,
    htmlListsAsMarkdown,
    withAdmonitionBodies,
    withoutMdcBlocks,
    withoutMdxStatements,
    withoutAttributeLists,
    jsxBlocksAsMarkdown,
    withoutInlineJsx,
    equalsHeadingsAsMarkdown,
    rstAsMarkdown,
    withoutReleaseFields,
    withoutContentsLists,
    issueLinesAsItems,
    changeLinesAsItems,
    withoutReleaseHeaders,
    areaLinesSetOff,
    outlineAsMarkdown,
    subPointsAsItems,
    gluedScopesSetOff,
    withOpenDetails,
  ];
  return steps.reduce((source, step) => step(source), text);
}

/** Reads release notes into blocks; at most READ_LIMIT characters are parsed, `wanted` of them when nothing urgent
 *  comes later. */
export function readMarkdown(markdown: string | null | undefined, wanted = FIRST_READ): ReadMarkdown {
  const { text, truncated } = bounded(markdown ?? "", wanted);
  // Every notation the notes use (RST, RD, HTML, plain outlines…) is read as the Markdown it means.
  const source = asMarkdown(text);
  const tokens = parser.parse(source, {});
  // Where each line starts, for an HTML table (which markdown-it splits at blank lines) to be read from the source.
  let lineStarts: number[] | null = null;
  let lowerSource: string | null = null;
  let skipBeforeLine = -1;
  const blocks: Block[] = [];
  // One entry per open list item: its block (-1 until its first paragraph or heading is seen).
  const items: number[] = [];
  let quoteDepth = 0;
  let detailsDepth = 0;
  let folds = 0;
  let headingLevel = 0;
  // A top-level list just opened: its first item says so (Block.opensList).
  let listOpening = false;
  const enclosingItem = (): number => {
    for (let index = items.length - 1; index >= 0; index -= 1) if ((items[index] ?? -1) >= 0) return items[index] ?? -1;
    return -1;
  };
  const itemDepth = (): number => items.slice(0, -1).filter((block) => block >= 0).length;
  const push = (block: Omit<Block, "quoted" | "collapsed">): void => {
    blocks.push({ ...block, quoted: quoteDepth > 0, collapsed: detailsDepth > 0, ...(detailsDepth > 0 ? { fold: folds } : {}) });
  };
  const dropped = (kind: DroppedKind, rows?: number): void => {
    push({ kind: "dropped", depth: 0, text: "", linkShare: 0, strong: false, parent: enclosingItem(), hasChildren: false, dropped: kind, ...(rows === undefined ? {} : { rows }) });
  };
  /** A table's changes as items ("fix: …"), under a heading for each part the table names. */
  // A launch post's "Full changelog" or "Hall of fame" table lists again, by request, the changes it described above it
  // ("<PrOther :pr=\"18535\" />", "([#18533](…/pull/18533))"): a row of a request told already goes, else a count of
  // what the posts leave out tells each change twice.
  const toldBefore = (line: number | undefined): Set<string> => {
    if (line === undefined) return new Set();
    lineStarts ??= lineStartsOf(source);
    // (Not from a table before it: "Hall of fame" credits its rows, it tells no change.)
    const before = source
      .slice(0, lineStarts[line] ?? 0)
      .split("\n")
      .filter((row) => !/^\s*\|/u.test(row))
      .join("\n");
    return new Set([...requestNumbers(before), ...[...before.matchAll(/\bpr\s*=\s*["']?(\d{2,})/giu)].map((match) => match[1] ?? "")]);
  };
  const tableItems = (changes: readonly TableChange[], render: (description: string) => Inline, line?: number): void => {
    let part = "";
    const told = changes.some((change) => change.pulls.length > 0) ? toldBefore(line) : new Set<string>();
    for (const change of changes) {
      if (change.pulls.length > 0 && change.pulls.every((pull) => told.has(pull))) continue;
      if (change.part && change.part !== part) {
        part = change.part;
        push({ kind: "heading", depth: 6, text: part, linkShare: 0, strong: false, parent: -1, hasChildren: false });
      }
      const inline = render(change.description);
      const text = change.type ? `${change.type}: ${inline.text}` : inline.text;
      push({ kind: "item", depth: 0, text, linkShare: inline.linkShare, strong: false, parent: -1, hasChildren: false, typed: change.type !== "" });
    }
  };
  for (const token of tokens) {
    // The rest of an HTML table already read whole.
    if (skipBeforeLine >= 0 && token.map && token.map[0] < skipBeforeLine && SKIPPABLE.has(token.type)) continue;
    switch (token.type) {
      case "bullet_list_open":
      case "ordered_list_open": {
        const parent = items.at(-1);
        const parentBlock = parent !== undefined && parent >= 0 ? blocks[parent] : undefined;
        if (parentBlock) parentBlock.hasChildren = true;
        if (items.length === 0) listOpening = true;
        break;
      }
      case "list_item_open":
        items.push(-1);
        break;
      case "list_item_close":
        items.pop();
        break;
      case "blockquote_open":
        quoteDepth += 1;
        break;
      case "blockquote_close":
        quoteDepth -= 1;
        break;
      case "heading_open":
        headingLevel = Number(token.tag.slice(1));
        break;
      case "heading_close":
        headingLevel = 0;
        break;
      case "fence":
      case "code_block":
        dropped("code");
        break;
      case "hr":
        dropped("rule");
        break;
      case "html_block": {
        if (/<table\b/i.test(token.content) && token.map) {
          lineStarts ??= lineStartsOf(source);
          const start = lineStarts[token.map[0]] ?? 0;
          lowerSource ??= source.toLowerCase();
          const close = lowerSource.indexOf("</table>", start);
          const end = close === -1 ? source.length : close;
          const changes = tableChanges(htmlTableRows(source.slice(start, end)));
          skipBeforeLine = lineAt(lineStarts, end) + 1;
          if (changes === null) dropped("table");
          else tableItems(changes, (description) => ({ text: description, linkShare: 0, strong: false }), token.map[0]);
          break;
        }
        const opens = token.content.match(/<details[\s>]/gi)?.length ?? 0;
        const closes = token.content.match(/<\/details>/gi)?.length ?? 0;
        if (opens === 0 || closes > 0) dropped(htmlDropped(token.content));
        // A fold whose summary names a kind of change ("<summary>✨ 新增功能</summary>") is that section, folded.
        const section = opens > 0 && closes === 0 && detailsDepth === 0 ? sectionSummary(token.content) : null;
        if (section) push({ kind: "heading", depth: 3, text: section, linkShare: 0, strong: false, parent: -1, hasChildren: false });
        if (detailsDepth === 0 && opens > closes) folds += 1;
        detailsDepth = Math.max(0, detailsDepth + opens - closes);
        if (opens > 0 && closes === 0) dropped("html");
        break;
      }
      case "inline": {
        // GFM footnote definitions ("[^1]: …") and tables are paragraphs to markdown-it here: neither is shown.
        if (/^\[\^[^\]\s]+\]:/.test(token.content)) break;
        if (TABLE_DELIMITER_ROW.test(token.content)) {
          const rows = markdownTableRows(token.content);
          const changes = tableChanges(rows);
          // Its rows below the header: what a lead-in over it can count.
          if (changes === null) dropped("table", Math.max(0, rows.length - 1));
          else tableItems(changes, (description) => renderInline(markCommitLinks(parser.parseInline(description, {})[0]?.children ?? [])), token.map?.[0]);
          break;
        }
        const children = markCommitLinks(token.children ?? []);
        // A bold label on the line right after an item ("- Fix X" then "**Fixes**") is Markdown's lazy continuation of
        // that item, but the notes meant a label of its own: it becomes a paragraph after the item's text.
        const labelAt = trailingBoldLine(children);
        const inline = renderInline(labelAt < 0 ? children : children.slice(0, labelAt));
        const label = labelAt < 0 ? null : renderInline(children.slice(labelAt + 1));
        const current = items.length > 0 ? items.length - 1 : -1;
        const { boldTitle, ...base } = { ...inline, hasChildren: false };
        if (current >= 0 && items[current] === -1) {
          // The first text of a list item is the item; a task list's "[ ]" goes.
          const parent = enclosingItem();
          items[current] = blocks.length;
          push({ ...base, kind: "item", text: withTitleSetOff(base.text, boldTitle).replace(TASK_MARKER, "").replace(CODE_TAG, (_tag, typed: string | undefined, bare: string | undefined) => `${typed ?? bare ?? ""}: `), depth: itemDepth(), parent, ...(listOpening && parent === -1 ? { opensList: true } : {}) });
          if (parent === -1) listOpening = false;
        } else if (headingLevel > 0 && current < 0) {
          // A heading's own id or attributes ("## Runtime {#runtime}", kramdown's "{: .class}") are markup, not words.
          push({ ...base, kind: "heading", text: base.text.replace(HEADING_ATTRIBUTES, ""), depth: headingLevel, parent: -1 });
        } else {
          const lines = paragraphLines(labelAt < 0 ? children : children.slice(0, labelAt));
          push({ ...base, kind: "paragraph", depth: 0, parent: enclosingItem(), ...(boldTitle !== undefined ? { boldTitle } : {}), ...(lines ? { lines } : {}) });
        }
        if (label) push({ ...label, kind: "paragraph", depth: 0, parent: enclosingItem(), hasChildren: false });
        break;
      }
      default:
        break;
    }
  }
  revealSectionsInDetails(blocks);
  const joined = withRunOnsJoined(blocks);
  attachContinuations(joined);
  return { blocks: joined, truncated };
}

/** An item whose bold first line titles what its next lines explain ("**Remote DoS in the parser**" then "A client
 *  could…"): the title is set off with a colon, or it would run into the explanation as one sentence. */
function withTitleSetOff(text: string, boldTitle: number | undefined): string {
  if (boldTitle === undefined) return text;
  const title = text.slice(0, boldTitle).trimEnd();
  const rest = text.slice(boldTitle).trimStart();
  if (rest === "" || /[.:!?;：。！？；…]$/u.test(title.replace(/[*_]+$/u, ""))) return text;
  return `${title}: ${rest}`;
}

// The elements release notes use as markup; a tag of any other name is a placeholder in a command's synopsis.
const HTML_ELEMENTS = new Set(
  "a abbr b bdi bdo blockquote br caption center cite code col dd del details dfn div dl dt em figcaption figure font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p picture pre q s samp section small source span strike strong sub summary sup table tbody td tfoot th thead tr tt u ul var video wbr".split(" "),
);

/** "<tree-ish>", "<pathspec>", "<version>": what a synopsis ("git checkout [<tree-ish>] path…") names, which Markdown
 *  reads as an HTML tag. Shown as written, or the command would lose its argument. */
function isPlaceholder(html: string): boolean {
  const name = /^<([a-z][\w-]*)>$/iu.exec(html)?.[1];
  return name !== undefined && !HTML_ELEMENTS.has(name.toLowerCase());
}

/** Ends a sentence or a label: a line ending otherwise carries on into the next. */
const ENDS_SENTENCE = /[.!?。！？:：;；)）\]」』"”'’…]$/u;
/** A line that starts mid-sentence: a lower-case word or a number ("in the CRC code…", "5.6.x or 5.4.x because…"). */
const STARTS_MID_SENTENCE = /^(?:\p{Ll}|\d)/u;

const mayRunOn = (block: Block): boolean => block.kind === "paragraph" && !block.strong && block.boldTitle === undefined && !block.lines;

/**
 * Hard-wrapped text that reached us cut into paragraphs (a plain-text NEWS item whose wrapped lines lost their indent):
 * "Not changed: Memory sanitizer has a false positive" then "in the CRC CLMUL code…", or "It won't be backported to"
 * then "5.6.x or 5.4.x because the old code isn't wrong.". A paragraph that starts mid-sentence after a block that ends
 * mid-sentence carries that block's sentence on, so it joins it: no post shows half a sentence. An item whose sentence
 * ran on so owns the paragraphs after it, up to the next heading or item: they are its explanation, not changes.
 */
function withRunOnsJoined(blocks: readonly Block[]): Block[] {
  const kept: Block[] = [];
  const moved = new Map<number, number>();
  let owner = -1;
  for (const [index, block] of blocks.entries()) {
    const before = kept.at(-1);
    if (
      before !== undefined &&
      mayRunOn(block) &&
      (before.kind === "paragraph" || before.kind === "item") &&
      !before.lines &&
      !before.strong &&
      before.quoted === block.quoted &&
      before.collapsed === block.collapsed &&
      !ENDS_SENTENCE.test(before.text.trim()) &&
      // An item that ends on its reference ("Faster startup. [pr#12]") is whole: the line after it starts anew.
      !(before.kind === "item" && before.text.trimEnd().endsWith(DROPPED_MARK)) &&
      STARTS_MID_SENTENCE.test(block.text.trim())
    ) {
      kept[kept.length - 1] = { ...before, text: `${before.text.trimEnd()} ${block.text.trim()}`, linkShare: Math.max(before.linkShare, block.linkShare) };
      moved.set(index, kept.length - 1);
      if (before.kind === "item" && before.parent === -1) owner = kept.length - 1;
      continue;
    }
    if (block.kind === "heading" || block.kind === "item") owner = -1;
    moved.set(index, kept.length);
    const parent = block.parent >= 0 ? (moved.get(block.parent) ?? block.parent) : block.parent;
    kept.push({ ...block, parent: owner >= 0 && block.kind === "paragraph" && block.parent === -1 ? owner : parent });
  }
  return kept;
}

/** The top-level item the block at `index` belongs to, or -1. */
function topItem(blocks: readonly Block[], index: number): number {
  let at = blocks[index]?.kind === "item" ? index : (blocks[index]?.parent ?? -1);
  while (at >= 0 && (blocks[at]?.parent ?? -1) >= 0) at = blocks[at]?.parent ?? -1;
  return at;
}

/** A paragraph outside any list that may carry on the item before it: plain text, no label, no lead-in. */
const mayContinue = (block: Block): boolean =>
  block.kind === "paragraph" && block.parent === -1 && !block.quoted && !block.collapsed && !block.strong && block.boldTitle === undefined && !/[:：]\s*$/u.test(block.text) && !isPlainHeading(block.text);

/** A short line without a full stop that names kinds of change ("Performance, Internal Implementation, Development
 *  Support etc." in Git's notes): a heading in plain text over the list after it, which carries on no item. */
export function isPlainHeading(text: string): boolean {
  if (/[.!?:：。！？]$/u.test(text.replace(/\s+etc\.$/u, "")) || text.includes("\n") || text.split(/\s+/u).length > 8) return false;
  const meaning = headingMeaning(text);
  return meaning !== null && meaning !== "generic" && meaning !== "drop";
}

/** An item that says a change in words: not a bare link or a field ("PR: <url>"), which lists references, not changes. */
const saysInWords = (block: Block | undefined): boolean => {
  const words = (block?.text ?? "").replace(/\p{Cc}/gu, " ").replace(/\b[a-z][\w+.-]*:\/\/\S+/giu, " ").trim();
  return block !== undefined && block.linkShare < 0.5 && !/[:：]$/u.test(words) && (words.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 4;
};

/**
 * Paragraphs between the items of one list that the notes did not indent (conventional-changelog's multi-paragraph
 * breaking notes: "* Dart is no longer supported." then "`dart` file type has been removed…" at the margin, then
 * "* **deps:** …"): Markdown ends the list at them, but they carry on the item before, as an indented paragraph would.
 * They become that item's paragraphs, so that none stands alone as a change without its context. Between lists of
 * references ("- PR: <url>") a paragraph is the section's own text.
 */
function attachContinuations(blocks: Block[]): void {
  for (let index = 1; index < blocks.length; index += 1) {
    if (!mayContinue(blocks[index] as Block)) continue;
    let before = index - 1;
    while (before >= 0 && blocks[before]?.kind === "dropped") before -= 1;
    const owner = before >= 0 && (blocks[before]?.kind === "item" || (blocks[before]?.parent ?? -1) >= 0) ? topItem(blocks, before) : -1;
    if (owner < 0 || blocks[owner]?.collapsed || !saysInWords(blocks[owner])) continue;
    let end = index;
    while (end < blocks.length && (blocks[end]?.kind === "dropped" || mayContinue(blocks[end] as Block))) end += 1;
    const after = blocks[end];
    if (after?.kind !== "item" || after.parent !== -1 || after.collapsed || after.quoted || !saysInWords(after)) {
      index = end;
      continue;
    }
    for (let at = index; at < end; at += 1) {
      const block = blocks[at] as Block;
      if (block.kind === "paragraph") block.parent = owner;
    }
    index = end;
  }
}

/** The words of a <details> block's <summary> when they name a kind of change ("✨ 新增功能", "Bug fixes"), else null
 *  ("All commits", "Click to expand"). */
function sectionSummary(html: string): string | null {
  const summary = /<summary[^>]{0,200}>([^]{0,300}?)<\/summary>/iu.exec(html)?.[1]?.replace(/<[^>]{0,200}>/gu, "").trim();
  if (!summary) return null;
  const meaning = headingMeaning(summary);
  return meaning !== null && meaning !== "generic" && meaning !== "drop" ? summary : null;
}

/** A <details> block's Markdown parses as Markdown only with a blank line after its <summary> and before its close;
 *  without them CommonMark swallows the list into the HTML. */
function withOpenDetails(source: string): string {
  if (!/<\/summary>/i.test(source)) return source;
  return source.replace(/(<\/summary>)[ \t]*\n(?![ \t]*\n)/gi, "$1\n\n").replace(/([^\n])\n([ \t]*<\/details>)/gi, "$1\n\n$2");
}

/**
 * Collapsed changes a reader opens to see are hidden, as GitHub hides them (Ant Design folds its PR list) — except
 * where the <details> hold a section's whole content: a heading with nothing visible under it ("### 🚀 New features"
 * then a folded list), or notes that are only folded. Then the folded changes are the section's changes.
 */
function revealSectionsInDetails(blocks: Block[]): void {
  let before: Block | undefined;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (!block) continue;
    if (!block.collapsed) {
      if (block.kind !== "dropped") before = block;
      continue;
    }
    let end = index;
    while (blocks[end]?.collapsed && blocks[end]?.fold === block.fold) end += 1;
    if (before === undefined || before.kind === "heading") {
      for (let at = index; at < end; at += 1) {
        const shown = blocks[at] as Block;
        shown.collapsed = false;
        if (shown.kind !== "dropped") before = shown;
      }
    }
    index = end - 1;
  }
}

// "`list&lt;oneof&gt;`": notes escape "<" in code where HTML would eat it (tables, raw HTML blocks); in a post the code
// reads as written. Only the escapes of HTML's own characters, which no code spells out on purpose.
const CODE_ESCAPES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'" };
const codeText = (code: string): string => code.replace(/&(?:lt|gt|amp|quot|#39);/gu, (escape) => CODE_ESCAPES[escape] ?? escape);

// An MDX page's module lines ("import Cta from '@fragments/cta.mdx';", "export const meta = …"): code the site runs, no
// text of the notes. Only at a line's start and outside code blocks, where MDX reads them so.
// A docs site's admonition fences (":::tip[No Rust skills needed!]", ":::note", ":::") go too; what they hold stays.
const MDX_STATEMENT = /^(?::::+[\w-]*(?:\[[^\]\n]*\]|\{[^}\n]*\}|[ \t]+[^\n]*)?|import\s+(?:[\w$*{}\s,]+\s+from\s+)?["'][^"'\n]+["'];?|export\s+(?:const|let|var|function|default|\{)[^\n]*)\s*$/u;

// A JSX comment ("## Activity {/*activity*/}", react.dev's heading anchors): markup the page never shows.
const JSX_COMMENT = /[ \t]*\{\/\*[^\n]*?\*\/\}/gu;
// A docs site's collapsed aside ("<DeepDive>", react.dev): folded away on the page as <details> are on GitHub.
const FOLDED_COMPONENT = /^([ \t]*)<(\/?)DeepDive>[ \t]*$/u;

function withoutMdxStatements(text: string): string {
  if (!/^(?:(?:import|export)\s|:::|[ \t]*<\/?DeepDive>)|\{\/\*/mu.test(text)) return text;
  return rewriteLinesOutsideFences(text, (line) =>
    MDX_STATEMENT.test(line) ? "" : line.replace(JSX_COMMENT, "").replace(FOLDED_COMPONENT, (_whole, indent: string, close: string) => `${indent}<${close}details>`),
  );
}
