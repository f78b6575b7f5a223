// Release-notes Markdown → plain lines for a post, by walking markdown-it's CommonMark/GFM token tree.
import MarkdownIt, { type Env, type Token } from "markdown-it";
import footnote from "markdown-it-footnote";
import { CHUNK_SIZES, markdownSegments, type ChunkSizes, type Segment } from "./markdown-chunks.js";
import { quietMentions } from "./mentions.js";
import { sanitizeField, sanitizeText } from "./sanitize.js";
import { urlRanges } from "./x-text.js";

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
  // "(#12)", "(closes #12, #13)"
  [new RegExp(`\\s*\\((?:(?:${KEYWORDS}|refs?|see|in)\\s+)?${ISSUE_REF}(?:\\s*,\\s*${ISSUE_REF})*\\)`, "gi"), ""],
  // trailing "closes #12" / "Fixes owner/repo#3 and #4."
  [new RegExp(`[\\s,;]*\\b${KEYWORDS}:?\\s+${ISSUE_REF}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+)${ISSUE_REF})*\\.?$`, "i"), ""],
  // a bare run of references at the end: "… [security]. #91 #92 #93"
  [new RegExp(`(?:\\s+${ISSUE_REF}){2,}$`), ""],
];

// Stands where a link or image was dropped, until tidy() decides whether the space before it goes too. Sanitizing
// removes every U+0000 from the notes, so the mark cannot come from them.
const DROPPED_MARK = "\u0000";
// Brackets that held only dropped links: "([abc1234](…))", "Updated dependencies [[a](…), [b](…)]:". Real
// brackets ("useId()", "string[]") never hold the mark, so they stay.
const DROPPED_IN_BRACKETS = new RegExp(`\\s*[([](?:\\s*[,;]?\\s*${DROPPED_MARK})+\\s*[,;]?\\s*[)\\]]`, "g");
// Dropped links before punctuation take their space and separating commas along: "fixed in <a>, <b>." → "fixed in.".
const DROPPED_BEFORE_PUNCTUATION = new RegExp(`(?:\\s*[,;]?\\s*${DROPPED_MARK})+(?=\\s*[.,;:!?)\\]。，、；：！？]|$)`, "g");

function tidy(text: string): string {
  let result = text
    .replace(/\s+/g, " ")
    .replace(DROPPED_IN_BRACKETS, "")
    .replace(DROPPED_BEFORE_PUNCTUATION, "")
    .replaceAll(DROPPED_MARK, "")
    .trim();
  for (const [pattern, replacement] of CLUTTER) result = result.replace(pattern, replacement);
  return result.replace(/\s+/g, " ").trim();
}

/** A block or inline token with what it encloses: markdown-it's flat token list folded into a tree. */
interface MdNode {
  /** The token type without "_open": "paragraph", "bullet_list", "link", "text", … */
  type: string;
  token: Token;
  children: MdNode[];
}

function toTree(tokens: readonly Token[]): MdNode[] {
  const root: MdNode[] = [];
  const open: MdNode[][] = [root];
  for (const token of tokens) {
    const siblings = open.at(-1) ?? root;
    if (token.nesting === 1) {
      const node: MdNode = { type: token.type.slice(0, -"_open".length), token, children: [] };
      siblings.push(node);
      open.push(node.children);
    } else if (token.nesting === -1) {
      open.pop();
    } else {
      siblings.push({ type: token.type, token, children: token.children ? toTree(token.children) : [] });
    }
  }
  return root;
}

// Posts show text, never HTML: every link is kept as written (no scheme filter, no percent-encoding), raw HTML
// is read as HTML (and dropped), GitHub's footnotes are recognized (and dropped); "^[inline]" notes are not GFM.
const parser = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(footnote);
parser.inline.ruler.disable("footnote_inline");
parser.validateLink = () => true;
parser.normalizeLink = (url) => url;

type References = NonNullable<Env["references"]>;

/** Link reference definitions by normalized label (markdown-it's env.references), and footnote labels. */
interface Definitions {
  references: References;
  footnotes: Set<string>;
}

interface Parsed {
  blocks: MdNode[];
  tokens: Token[];
  /** What the parse left in markdown-it's env: every link reference definition, and footnote-plugin state. */
  env: Env;
}

/** Parses with the given definitions known, as if they were in the text (markdown-it keeps the first of a label). */
function parse(markdown: string, references: References = {}): Parsed {
  const env: Env = { references: { ...references } };
  const tokens = parser.parse(markdown, env);
  return { blocks: toTree(tokens), tokens, env };
}

function phrasing(nodes: readonly MdNode[]): string {
  return nodes.map(inline).join("");
}

/** A bare commit URL goes, as its link would (GitHub links bare URLs; twitter-text finds them as X does). */
function withoutCommitUrls(text: string): string {
  if (!/\/commits?\//i.test(text)) return text;
  let kept = "";
  let from = 0;
  for (const [start, end] of urlRanges(text)) {
    if (!COMMIT_URL.test(text.slice(start, end))) continue;
    kept += text.slice(from, start) + DROPPED_MARK;
    from = end;
  }
  return kept + text.slice(from);
}

function inline(node: MdNode): string {
  switch (node.type) {
    case "text":
      return withoutCommitUrls(node.token.content);
    case "text_special":
    case "code_inline":
      return node.token.content;
    case "softbreak":
      return "\n";
    case "hardbreak":
      return " ";
    case "strong":
    case "em":
    case "s":
      return phrasing(node.children);
    case "html_inline":
      return /^<br\s*\/?>$/i.test(node.token.content) ? " " : "";
    case "link": {
      const text = phrasing(node.children).trim();
      const url = String(node.token.attrGet("href") ?? "");
      if (COMMIT_URL.test(url) || HASH_TEXT.test(text)) return DROPPED_MARK;
      return text;
    }
    default:
      // images, footnote references: nothing a post can show
      return DROPPED_MARK;
  }
}

/** Every word of a heading, link targets' text and raw HTML included ("[1.1.0](compare-link) (date)" → "1.1.0 (date)"). */
function allText(nodes: readonly MdNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === "image") return "";
      if (node.type === "softbreak") return "\n";
      if (node.children.length > 0 || node.token.nesting !== 0) return allText(node.children);
      return node.token.content;
    })
    .join("");
}

/** The inline children of a paragraph or heading. */
const inlineOf = (node: MdNode): MdNode[] => node.children[0]?.children ?? [];
const depthOf = (heading: MdNode): number => Number(heading.token.tag.slice(1));

// A GFM task list item: "[ ]" or "[x]" opening the item's first paragraph, then whitespace and text.
const TASK_MARKER = /^\[[ \txX]\][ \t\n]+(?=\S)/;

// A heading that is only a date ("(2024-01-01)") is what is left of a version heading.
const DATE_ONLY = /^\(?\d{4}-\d{2}-\d{2}\)?$/;

const isList = (node: MdNode): boolean => node.type === "bullet_list" || node.type === "ordered_list";

function* walkList(list: MdNode, depth: number, state: WalkState): Generator<NoteLine> {
  for (const item of list.children) {
    const texts: string[] = [];
    const nested: MdNode[] = [];
    for (const [index, child] of item.children.entries()) {
      if (child.type === "paragraph") {
        const text = phrasing(inlineOf(child));
        const task = index === 0 && TASK_MARKER.test(child.children[0]?.token.content ?? "");
        texts.push(task ? text.replace(TASK_MARKER, "") : text);
      } else if (child.type === "heading") texts.push(phrasing(inlineOf(child)));
      else if (isList(child)) nested.push(child);
    }
    const text = tidy(texts.join(" "));
    // An item with nothing left (only an image or a commit link) is skipped; its sub-items move up.
    if (text) yield { kind: "item", text, depth };
    for (const sub of nested) yield* walkList(sub, text ? depth + 1 : depth, state);
  }
}

function* walkQuote(quote: MdNode, state: WalkState): Generator<NoteLine> {
  const [first, ...rest] = quote.children;
  if (first?.type === "paragraph") {
    const text = phrasing(inlineOf(first));
    const alert = ALERT.exec(text);
    if (alert?.[1]) {
      // GitHub alert: "> [!WARNING]\n> text" becomes "Warning: text".
      const label = alert[1].charAt(0).toUpperCase() + alert[1].slice(1).toLowerCase();
      const body = tidy(text.slice(alert[0].length));
      if (body) yield { kind: "text", text: `${label}: ${body}`, depth: 0 };
      else {
        const [next, ...others] = rest;
        if (next?.type === "paragraph") {
          const nextText = tidy(phrasing(inlineOf(next)));
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

function* walkBlocks(nodes: readonly MdNode[], state: WalkState): Generator<NoteLine> {
  for (const node of nodes) {
    if (node.type === "html_block") {
      const opens = node.token.content.match(/<details[\s>]/gi)?.length ?? 0;
      const closes = node.token.content.match(/<\/details>/gi)?.length ?? 0;
      state.detailsDepth = Math.max(0, state.detailsDepth + opens - closes);
      continue;
    }
    if (node.type === "heading") {
      const depth = depthOf(node);
      if (state.skipUntilDepth !== null && depth > state.skipUntilDepth) continue;
      state.skipUntilDepth = null;
      if (state.detailsDepth > 0) continue;
      const text = tidy(phrasing(inlineOf(node)));
      // The heading as shown ("8.2.2 (date)" from "<small>[8.2.2](…) (date)</small>") or with every word of it.
      if (!text || VERSION_HEADING.test(text) || VERSION_HEADING.test(tidy(allText(inlineOf(node)))) || DATE_ONLY.test(text)) continue;
      if (DROPPED_SECTIONS.test(text.replace(/[:.]$/, ""))) {
        state.skipUntilDepth = depth;
        continue;
      }
      yield { kind: "heading", text: /[:：]$/.test(text) ? text : `${text}:`, depth: 0 };
      continue;
    }
    if (state.detailsDepth > 0 || state.skipUntilDepth !== null) continue;
    if (node.type === "paragraph") {
      const text = tidy(phrasing(inlineOf(node)));
      if (text && !/^full changelog\b/i.test(text) && !DATE_ONLY.test(text)) yield { kind: "text", text, depth: 0 };
    } else if (isList(node)) {
      yield* walkList(node, 0, state);
    } else if (node.type === "blockquote") {
      yield* walkQuote(node, state);
    }
    // code blocks, tables, thematic breaks, footnotes: dropped
  }
}

// Removed by sanitizing, so they may sit between the characters of "]:" in the raw text.
const DROPPED = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\uFFFE\\uFEFF\\uFFFF\\p{M}\\u200C\\u200D\\uFE0E\\uFE0F";
// A link reference or footnote definition starts a paragraph (maybe in a quote or list item) with "[label]:"; the
// label has no unescaped brackets and may span lines. Cheap to run over a raw body; finds every definition.
// markdown-it-footnote also takes "[" inside a footnote label ("[^a[b]: …"), hence the second form.
const RAW_DEFINITION = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- lone marks and joiners on purpose, as in sanitize
  `^[ \\t>*+\\-.)\\d${DROPPED}]*(?:\\[(?:[^\\[\\]\\\\]|\\\\[${DROPPED}]*[^${DROPPED}])*\\]|\\[\\^[^\\]\\s]+\\])[${DROPPED}]*:`,
  "gmu",
);
const DEFINITION = /^[ >*+\-.)\d]*(?:\[(?:[^[\]\\]|\\[^])*\]|\[\^[^\]\s]+\]):/mu;

/** Adds the definitions of one parsed piece; the first definition of a label wins, as in one whole parse. */
function collectDefinitions(parsed: Parsed, into: Definitions): void {
  for (const [label, definition] of Object.entries(parsed.env.references ?? {})) {
    if (!(label in into.references)) into.references[label] = definition;
  }
  // markdown-it-footnote notes every definition's label as ":label" in env.footnotes.refs (unused ones leave no token).
  const footnotes = (parsed.env["footnotes"] as { refs?: Record<string, unknown> } | undefined)?.refs ?? {};
  for (const key of Object.keys(footnotes)) into.footnotes.add(key.slice(1));
}

/**
 * True when the parse of a piece that ends with a blank line may go on into the next: a fenced code or raw HTML
 * block still open. A closed block ends before the final blank line; an open one has swallowed it.
 */
function endsOpen(tokens: readonly Token[], text: string): boolean {
  const last = tokens.findLast((token) => token.level === 0);
  if (!last || (last.type !== "fence" && last.type !== "html_block") || !/\n *\n$/.test(text)) return false;
  const lineCount = text.split("\n").length - 1;
  return (last.map?.[1] ?? 0) >= lineCount;
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
  /** Every link reference and footnote definition in the body. */
  definitions(source: string): Definitions {
    const definitions: Definitions = { references: {}, footnotes: new Set() };
    let last = -1;
    for (const match of source.matchAll(RAW_DEFINITION)) last = match.index + match[0].length;
    for (let reached = 0; reached < last; ) {
      const segment = this.pull();
      if (!segment) break;
      this.ahead.push(segment);
      if (DEFINITION.test(segment.text)) collectDefinitions(parse(segment.text), definitions);
      reached = segment.rawEnd;
    }
    return definitions;
  }
}

/**
 * Reads release notes lazily: only as much Markdown is sanitized and parsed as the lines taken need. A long body
 * is parsed in pieces of whole top-level blocks (see markdown-chunks), each given the body's link reference
 * definitions and headed by the footnote definitions it may use, so every piece yields the lines it would inside
 * the whole body.
 */
export function readNotes(markdown: string | null | undefined, sizes: Readonly<ChunkSizes> = CHUNK_SIZES): NotesReader {
  const source = markdown ?? "";
  let consumed = 0;
  function* trees(): Generator<MdNode[]> {
    if (source.length <= sizes.whole) {
      const { blocks } = parse(sanitizeText(source));
      consumed = source.length;
      yield blocks;
      return;
    }
    const reader = new SegmentReader(source, sizes);
    const definitions = reader.definitions(source);
    let segment = reader.next();
    while (segment) {
      let text = "";
      let last: Segment;
      let parsed: Parsed;
      let prefix: string;
      do {
        // At least `target` of clean segments, and on while the parse is still inside a fenced code or HTML block.
        do {
          text += segment.text;
          last = segment;
          segment = reader.next();
        } while (segment && last.clean && text.length < sizes.target);
        prefix = footnoteLines(definitions.footnotes, text);
        parsed = parse(prefix + text, definitions.references);
      } while (segment && last.clean && endsOpen(parsed.tokens, prefix + text));
      consumed = last.rawEnd;
      yield parsed.blocks;
    }
  }
  function* lines(): Generator<NoteLine, void, undefined> {
    const state: WalkState = { detailsDepth: 0, skipUntilDepth: null };
    for (const blocks of trees()) {
      for (const line of walkBlocks(blocks, state)) {
        // Character references ("&#x202E;") are decoded by the parser, after sanitizing: clean the line again.
        const text = sanitizeField(line.text);
        if (text) yield { ...line, text: quietMentions(text) };
      }
    }
  }
  return { lines: lines(), progress: () => (source.length === 0 ? 1 : consumed / source.length) };
}

/**
 * "[^label]: #" for the footnotes whose reference may occur in `text`: a reference is one only where its
 * definition is in the same parse. An empty HTML comment then ends the last definition, which would otherwise
 * take the piece's indented first lines as its own.
 */
function footnoteLines(footnotes: ReadonlySet<string>, text: string): string {
  if (footnotes.size === 0) return "";
  const lines = [...footnotes].filter((label) => text.includes(`[^${label}]`)).map((label) => `[^${label}]: #\n`);
  return lines.length > 0 ? `${lines.join("")}<!---->\n\n` : "";
}

/** All lines at once (small bodies, tests). */
export function markdownToLines(markdown: string | null | undefined): NoteLine[] {
  return [...readNotes(markdown).lines];
}
