// Release-notes Markdown → plain lines for a post, by walking the CommonMark/GFM syntax tree.
import type { BlockContent, Blockquote, DefinitionContent, Heading, List, PhrasingContent, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { CHUNK_SIZES, markdownSegments, type ChunkSizes, type Segment } from "./markdown-chunks.js";
import { quietMentions } from "./mentions.js";
import { sanitizeText } from "./sanitize.js";

/** One line of notes: a section label ("Bug Fixes:"), a list item (depth 0 = top level) or a paragraph. */
export interface NoteLine {
  kind: "heading" | "item" | "text";
  text: string;
  depth: number;
}

export interface NotesReader {
  lines: Generator<NoteLine, void, undefined>;
  /** Share of the source read so far, 0..1 (used to estimate the size of a thread that is too long). */
  progress(): number;
}

/** State carried across top-level blocks (and lazily parsed pieces) of one body. */
interface WalkState {
  /** Inside <details>…</details> written as separate HTML blocks: content is collapsed on GitHub, so dropped. */
  detailsDepth: number;
  /** Heading depth of a dropped section ("New Contributors") until a heading at that depth or above. */
  skipUntilDepth: number | null;
}

// "1.2.0", "v1.2.0 (2024-01-01)", "[1.2.0] - date", "Release 1.2.0", "pkg@1.2.0": the version heading the
// template already carries.
const VERSION_HEADING = /^(?:release\s+|version\s+)?(?:[\w@/.-]*@)?\[?v?\d+\.\d+(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]*)?\]?(?:[\s:(,-]|$)/i;
const DROPPED_SECTIONS = /^(new contributors|full changelog|contributors|commits|special thanks)$/i;
const ALERT = /^\[!(note|tip|important|warning|caution)\]\s*/i;
const COMMIT_URL = /\/commits?\/[0-9a-f]{7,40}\b/i;
const HASH_TEXT = /^`?[0-9a-f]{7,40}`?$/i;
const ISSUE_REF = "(?:[\\w.-]+\\/[\\w.-]+)?#\\d+";
const KEYWORDS = "(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)";
// Reference clutter that means nothing in a post; all applied to plain text after the tree walk.
const CLUTTER: Array<[RegExp, string]> = [
  // GitHub's generated notes: "… by @user in https://github.com/o/r/pull/12"
  [/\s+by\s+@[\w-]+(?:\[bot\])?(?:(?:,\s*|\s+and\s+)@[\w-]+(?:\[bot\])?)*\s+in\s+(?:https:\/\/github\.com\/\S+\/pull\/\d+|#\d+)/gi, ""],
  // changesets: "#123 Thanks @user! - text"
  [new RegExp(`^(?:${ISSUE_REF}\\s+)*(?:[0-9a-f]{7,40}\\s+)?Thanks\\s+@[\\w-]+(?:(?:,\\s*|\\s+and\\s+)@[\\w-]+)*!\\s*-\\s+`, "i"), ""],
  [/^[0-9a-f]{7,40}:\s+/i, ""],
  // what removed commit links leave: "()", "(, )"
  [/\s*\(\s*[,;]?\s*\)/g, ""],
  [/\s*\[\s*\]/g, ""],
  // "(#12)", "(closes #12, #13)"
  [new RegExp(`\\s*\\((?:(?:${KEYWORDS}|refs?|see|in)\\s+)?${ISSUE_REF}(?:\\s*,\\s*${ISSUE_REF})*\\)`, "gi"), ""],
  // trailing "closes #12" / "Fixes owner/repo#3 and #4."
  [new RegExp(`[\\s,;]*\\b${KEYWORDS}:?\\s+${ISSUE_REF}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+)${ISSUE_REF})*\\.?$`, "i"), ""],
  // a bare run of references at the end: "… [security]. #91 #92 #93"
  [new RegExp(`(?:\\s+${ISSUE_REF}){2,}$`), ""],
];

function tidy(text: string): string {
  let result = text.replace(/\s+/g, " ").trim();
  for (const [pattern, replacement] of CLUTTER) result = result.replace(pattern, replacement);
  return result.replace(/\s+/g, " ").trim();
}

function phrasing(nodes: readonly PhrasingContent[]): string {
  return nodes.map(inline).join("");
}

function inline(node: PhrasingContent): string {
  switch (node.type) {
    case "text":
      return node.value;
    case "inlineCode":
      return node.value;
    case "emphasis":
    case "strong":
    case "delete":
    case "linkReference":
      return phrasing(node.children);
    case "break":
      return " ";
    case "html":
      return /^<br\s*\/?>$/i.test(node.value) ? " " : "";
    case "link": {
      const text = phrasing(node.children).trim();
      if (COMMIT_URL.test(node.url) || HASH_TEXT.test(text)) return "";
      if (text === node.url || `mailto:${text}` === node.url) return text;
      if (/\/compare\//.test(node.url)) return "";
      return text;
    }
    default:
      // images, footnote references: nothing a post can show
      return "";
  }
}

function headingText(node: Heading): string {
  return tidy(phrasing(node.children));
}

/** Every word of a heading, link targets' text included ("[1.1.0](compare-link) (date)" → "1.1.0 (date)"). */
function allText(node: { children?: unknown; value?: unknown; alt?: unknown }): string {
  if (typeof node.value === "string") return node.value;
  if (Array.isArray(node.children)) return (node.children as Array<{ children?: unknown; value?: unknown }>).map(allText).join("");
  return "";
}

// A heading that is only a date ("(2024-01-01)") is what is left of a version heading.
const DATE_ONLY = /^\(?\d{4}-\d{2}-\d{2}\)?$/;

function* walkList(list: List, depth: number, state: WalkState): Generator<NoteLine> {
  for (const item of list.children) {
    const texts: string[] = [];
    const nested: List[] = [];
    for (const child of item.children) {
      if (child.type === "paragraph") texts.push(phrasing(child.children));
      else if (child.type === "heading") texts.push(phrasing(child.children));
      else if (child.type === "list") nested.push(child);
    }
    const text = tidy(texts.join(" "));
    // An item with nothing left (only an image or a commit link) is skipped; its sub-items move up.
    if (text) yield { kind: "item", text, depth };
    for (const sub of nested) yield* walkList(sub, text ? depth + 1 : depth, state);
  }
}

function* walkQuote(quote: Blockquote, state: WalkState): Generator<NoteLine> {
  const [first, ...rest] = quote.children;
  if (first?.type === "paragraph") {
    const text = phrasing(first.children);
    const alert = ALERT.exec(text);
    if (alert?.[1]) {
      // GitHub alert: "> [!WARNING]\n> text" becomes "Warning: text".
      const label = alert[1].charAt(0).toUpperCase() + alert[1].slice(1).toLowerCase();
      const body = tidy(text.slice(alert[0].length));
      if (body) yield { kind: "text", text: `${label}: ${body}`, depth: 0 };
      else {
        const [next, ...others] = rest;
        if (next?.type === "paragraph") {
          const nextText = tidy(phrasing(next.children));
          if (nextText) yield { kind: "text", text: `${label}: ${nextText}`, depth: 0 };
          yield* walkBlocks(others, state);
          return;
        }
      }
      yield* walkBlocks(rest, state);
      return;
    }
  }
  yield* walkBlocks(quote.children, state);
}

function* walkBlocks(
  nodes: ReadonlyArray<RootContent | BlockContent | DefinitionContent>,
  state: WalkState,
): Generator<NoteLine> {
  for (const node of nodes) {
    if (node.type === "html") {
      const opens = node.value.match(/<details[\s>]/gi)?.length ?? 0;
      const closes = node.value.match(/<\/details>/gi)?.length ?? 0;
      state.detailsDepth = Math.max(0, state.detailsDepth + opens - closes);
      continue;
    }
    if (node.type === "heading") {
      if (state.skipUntilDepth !== null && node.depth > state.skipUntilDepth) continue;
      state.skipUntilDepth = null;
      if (state.detailsDepth > 0) continue;
      const text = headingText(node);
      if (!text || VERSION_HEADING.test(tidy(allText(node))) || DATE_ONLY.test(text)) continue;
      if (DROPPED_SECTIONS.test(text.replace(/[:.]$/, ""))) {
        state.skipUntilDepth = node.depth;
        continue;
      }
      yield { kind: "heading", text: /[:：]$/.test(text) ? text : `${text}:`, depth: 0 };
      continue;
    }
    if (state.detailsDepth > 0 || state.skipUntilDepth !== null) continue;
    switch (node.type) {
      case "paragraph": {
        const text = tidy(phrasing(node.children));
        if (text && !/^full changelog\b/i.test(text) && !DATE_ONLY.test(text)) yield { kind: "text", text, depth: 0 };
        break;
      }
      case "list":
        yield* walkList(node, 0, state);
        break;
      case "blockquote":
        yield* walkQuote(node, state);
        break;
      default:
        // code blocks, tables, thematic breaks, definitions, footnotes: dropped
        break;
    }
  }
}

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

// Removed by sanitizing, so they may sit between the characters of "]:" in the raw text.
const DROPPED = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\uFFFE\\uFEFF\\uFFFF\\p{M}\\u200C\\u200D\\uFE0E\\uFE0F";
// A link reference or footnote definition starts a paragraph (maybe in a quote or list item) with "[label]:"; the
// label has no unescaped brackets and may span lines. Cheap to run over a raw body; finds every definition.
// eslint-disable-next-line no-misleading-character-class -- lone marks and joiners on purpose, as in sanitize
const RAW_DEFINITION = new RegExp(`^[ \\t>*+\\-.)\\d${DROPPED}]*\\[(?:[^\\[\\]\\\\]|\\\\[${DROPPED}]*[^${DROPPED}])*\\][${DROPPED}]*:`, "gmu");
const DEFINITION = /^[ >*+\-.)\d]*\[(?:[^[\]\\]|\\[^])*\]:/mu;

/** "[label]: #" lines for every definition in `tree` (link references resolve by label alone: the walk shows their text). */
function definitionsIn(node: { type: string; label?: string | null | undefined; children?: unknown }, into: Map<string, string>): void {
  if ((node.type === "definition" || node.type === "footnoteDefinition") && node.label) {
    const label = node.label.replace(/[\t\n\r ]+/g, " ");
    const line = node.type === "definition" ? `[${label}]: #` : `[^${label}]: #`;
    into.set(line, normalizeLabel(label));
  }
  if (Array.isArray(node.children)) for (const child of node.children as Array<typeof node>) definitionsIn(child, into);
}

// CommonMark 4.7: labels match case-insensitively with whitespace runs collapsed.
const normalizeLabel = (text: string): string => text.replace(/[\t\n\r ]+/g, " ").trim().toLowerCase().toUpperCase();

/**
 * True when the parse of a piece that ends with a blank line may go on into the next: a fenced code or raw HTML
 * block still open, or indented code (after which micromark parses the next block as if interrupting one).
 */
function endsOpen(tree: Root, text: string): boolean {
  const last = tree.children.at(-1);
  if (!last || (last.type !== "code" && last.type !== "html") || !/\n *\n$/.test(text)) return false;
  const start = last.position?.start.offset ?? 0;
  if (last.type === "code" && !/^ {0,3}(?:```|~~~)/.test(text.slice(start - (last.position?.start.column ?? 1) + 1, start + 7))) return true;
  // A closed block ends before the final blank line; an open one has swallowed it.
  return (last.position?.end.offset ?? 0) > text.lastIndexOf("\n", text.length - 2);
}

/** The segments of a long body in order; `definitions` reads ahead as far as the last one that can hold one. */
class SegmentReader {
  private readonly segments: Generator<Segment>;
  private readonly ahead: Segment[] = [];
  constructor(source: string, sizes: Readonly<ChunkSizes>) {
    this.segments = markdownSegments(source, sizes);
  }
  private pull(): Segment | undefined {
    const result = this.segments.next();
    return result.done ? undefined : result.value;
  }
  next(): Segment | undefined {
    return this.ahead.shift() ?? this.pull();
  }
  /** "[label]: #" lines of every definition in the body, with their normalized labels. */
  definitions(source: string): Map<string, string> {
    const definitions = new Map<string, string>();
    let last = -1;
    for (const match of source.matchAll(RAW_DEFINITION)) last = match.index + match[0].length;
    for (let reached = 0; reached < last; ) {
      const segment = this.pull();
      if (!segment) break;
      this.ahead.push(segment);
      if (DEFINITION.test(segment.text)) definitionsIn(parse(segment.text), definitions);
      reached = segment.rawEnd;
    }
    return definitions;
  }
}

/**
 * Reads release notes lazily: only as much Markdown is sanitized and parsed as the lines taken need. A long body
 * is parsed in pieces of whole top-level blocks (see markdown-chunks), each headed by the definitions of the link
 * references it may use, so every piece yields the lines it would inside the whole body.
 */
export function readNotes(markdown: string | null | undefined, sizes: Readonly<ChunkSizes> = CHUNK_SIZES): NotesReader {
  const source = markdown ?? "";
  let consumed = 0;
  function* trees(): Generator<Root> {
    if (source.length <= sizes.whole) {
      const tree = parse(sanitizeText(source));
      consumed = source.length;
      yield tree;
      return;
    }
    const reader = new SegmentReader(source, sizes);
    const definitions = reader.definitions(source);
    let segment = reader.next();
    while (segment) {
      let text = "";
      let last: Segment;
      let tree: Root;
      let prefix: string;
      do {
        // At least `target` of clean segments, and on while the parse is still inside a fenced code or HTML block.
        do {
          text += segment.text;
          last = segment;
          segment = reader.next();
        } while (segment && last.clean && text.length < sizes.target);
        prefix = definitionLines(definitions, text);
        tree = parse(prefix + text);
      } while (segment && last.clean && endsOpen(tree, prefix + text));
      consumed = last.rawEnd;
      yield tree;
    }
  }
  function* lines(): Generator<NoteLine, void, undefined> {
    const state: WalkState = { detailsDepth: 0, skipUntilDepth: null };
    for (const tree of trees()) {
      for (const line of walkBlocks(tree.children, state)) yield { ...line, text: quietMentions(line.text) };
    }
  }
  return { lines: lines(), progress: () => (source.length === 0 ? 1 : consumed / source.length) };
}

/**
 * The definition lines whose label occurs in `text` (a superset of those it uses). An empty HTML comment then ends
 * any footnote definition, which would otherwise take the piece's indented first lines as its own.
 */
function definitionLines(definitions: ReadonlyMap<string, string>, text: string): string {
  if (definitions.size === 0) return "";
  const haystack = normalizeLabel(text);
  const lines = [...definitions].filter(([, label]) => haystack.includes(label)).map(([line]) => `${line}\n`);
  return lines.length > 0 ? `${lines.join("")}<!---->\n\n` : "";
}

/** All lines at once (small bodies, tests). */
export function markdownToLines(markdown: string | null | undefined): NoteLine[] {
  return [...readNotes(markdown).lines];
}
