// Sanitizes and splits long Markdown lazily into segments that each parse as they would inside the whole body.
// A cold process pays for every KiB it parses (markdown-it: ~15 ms for its first 4 KiB, ~0.7 ms per KiB after);
// a post needs the first few KiB, so the rest is never touched.
import { sanitizeLines } from "./sanitize.js";

export interface ChunkSizes {
  /** Bodies up to this many UTF-16 units are sanitized and parsed in one go. */
  whole: number;
  /** Longer bodies are parsed in pieces of at least this size, cut at clean block boundaries. */
  target: number;
  /** Past this a segment is cut at the next line (or space) even without a clean boundary. */
  hard: number;
}

// 4 KiB is ~10 posts of notes: one parse covers a single post; threads read on piece by piece.
export const CHUNK_SIZES: Readonly<ChunkSizes> = { whole: 4 * 1024, target: 4 * 1024, hard: 128 * 1024 };

/** Sanitized text from one clean boundary to the next. */
export interface Segment {
  text: string;
  /** Offset in the raw source just past this segment (progress estimates; the last one is the source length). */
  rawEnd: number;
  /** False when the segment ends at a forced cut (a block longer than `hard`): no parse-equivalence promise. */
  clean: boolean;
}

interface Block {
  text: string;
  rawStart: number;
  rawEnd: number;
  /** Where each line of the block starts in the raw source: sanitizing keeps lines one to one. */
  rawLineStarts: number[];
}

/**
 * The sanitized source in blocks cut just after a raw line break. Sanitizing is local to a line (NFC cannot
 * compose across "\n", marks after "\n" are orphans either way, CR LF never straddles the cut), so the blocks
 * join to exactly sanitizeText(source); only the first block drops marks at the very start of the text.
 */
function* sanitizedBlocks(source: string, size: number): Generator<Block> {
  let start = 0;
  while (start < source.length) {
    let end = source.indexOf("\n", start + size);
    if (end === -1) {
      // Old Mac line ends: a lone CR is a line break too.
      end = source.indexOf("\r", start + size);
      if (end !== -1 && source[end + 1] === "\n") end += 1;
    }
    end = end === -1 ? source.length : end + 1;
    const raw = source.slice(start, end);
    const rawLineStarts = [start];
    for (const lineBreak of raw.matchAll(/\r\n?|\n/g)) rawLineStarts.push(start + lineBreak.index + lineBreak[0].length);
    yield { text: sanitizeLines(raw, start === 0), rawStart: start, rawEnd: end, rawLineStarts };
    start = end;
  }
}

// CommonMark 4.5: a code fence is 3+ backticks (info without backticks) or 3+ tildes.
const FENCE_OPEN = /^(`{3,})(?!.*`)|^(~{3,})/;
const FENCE_CLOSE = /^(`{3,}|~{3,})[ \t]*$/;
// CommonMark 4.6 HTML blocks of kinds 1-5 run until their end marker, even across blank lines.
const RAW_KINDS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^<(?:pre|script|style|textarea)(?:[ \t>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];
// Kind 6 runs until a blank line; a fence-like line inside it is HTML, not a fence.
const HTML_BLOCK =
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
const LIST_MARKER = /^([-+*]|\d{1,9}[.)])( {1,4}(?! )| *$|(?= {5}))/;
const THEMATIC_BREAK = /^([-*_])(?: *\1){2,} *$/;
// Kind 7: a lone open or close tag after a blank line; also runs until a blank line.
const HTML_TAG_LINE =
  /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;
const NOT_LAZY = /^(?:#{1,6}(?:[ \t]|$)|<|`{3}|~{3})/;

/** What the line scanner knows about the open blocks that a blank line does not end. */
interface ScanState {
  /** Content columns of the list items that may be open (innermost last). */
  items: number[];
  /** An open fenced code block: its fence and the column of its container. */
  fence: { char: string; length: number; column: number } | null;
  /** An open HTML block of kinds 1-5: its end marker and the column of its container. */
  raw: { end: RegExp; column: number } | null;
  /** Inside an HTML block of kind 6 or 7 (ends at a blank line): the column of its container. */
  html: number | null;
  previousBlank: boolean;
  /** The last line with text was indented 4+ columns: indented code or a paragraph's continuation, which the
   *  scanner cannot tell apart, so the next line is not trusted as a boundary. */
  afterIndentedCode: boolean;
}

const indentOf = (line: string): number => /^ */.exec(line)?.[0].length ?? 0;

/** The content column of the innermost open list item at or left of `indent`. */
function containerColumn(state: ScanState, indent: number): number {
  for (let index = state.items.length - 1; index >= 0; index -= 1) {
    const column = state.items[index] ?? 0;
    if (column <= indent) return column;
  }
  return 0;
}

/** Notes a line that opens a fence or raw HTML block relative to `column`; true when it did. */
function opensBlock(state: ScanState, content: string, column: number): boolean {
  const fence = FENCE_OPEN.exec(content);
  const marker = fence?.[1] ?? fence?.[2];
  if (marker) {
    state.fence = { char: marker.charAt(0), length: marker.length, column };
    return true;
  }
  for (const [open, end] of RAW_KINDS) {
    const match = open.exec(content);
    if (match) {
      if (!end.test(content.slice(match[0].length))) state.raw = { end, column };
      return true;
    }
  }
  if (HTML_BLOCK.test(content)) {
    state.html = column;
    return true;
  }
  return false;
}

/** Advances the scanner over one line (tabs are already spaces). */
function scanLine(state: ScanState, line: string): void {
  const blank = /^ *$/.test(line);
  const indent = indentOf(line);
  if (state.fence) {
    const { fence } = state;
    // A fence in a list item ends with the item (a fence is never a lazy continuation).
    if (blank || indent >= fence.column) {
      const close = indent - fence.column <= 3 ? FENCE_CLOSE.exec(line.slice(indent)) : null;
      if (close?.[1]?.startsWith(fence.char) && close[1].length >= fence.length) state.fence = null;
      state.previousBlank = blank;
      return;
    }
    state.fence = null;
  } else if (state.raw) {
    const { raw } = state;
    if (blank || indent >= raw.column) {
      if (raw.end.test(line)) state.raw = null;
      state.previousBlank = blank;
      return;
    }
    state.raw = null;
  }
  if (blank) {
    state.html = null;
    state.previousBlank = true;
    return;
  }
  // HTML is never a lazy continuation either: a line left of its list item's content ends it.
  if (state.html !== null && indent >= state.html) return;
  state.html = null;
  // Items whose content column is right of this line end here, unless it may be a lazy paragraph line.
  if (state.previousBlank || NOT_LAZY.test(line.slice(indent))) {
    while ((state.items.at(-1) ?? 0) > indent) state.items.pop();
  }
  const column = containerColumn(state, indent);
  state.afterIndentedCode = indent - column > 3;
  if (state.afterIndentedCode) {
    state.previousBlank = false;
    return;
  }
  const content = line.slice(indent);
  const item = THEMATIC_BREAK.test(content) ? null : LIST_MARKER.exec(content);
  if (item) {
    const marker = item[1] ?? "";
    const spaces = item[2] ?? "";
    const rest = content.slice(marker.length);
    while ((state.items.at(-1) ?? 0) > indent) state.items.pop();
    // An item's content starts after 1-4 spaces; after 5 or more it starts with indented code.
    const itemColumn = indent + marker.length + (spaces.length > 0 && !/^ *$/.test(rest) ? spaces.length : 1);
    state.items.push(itemColumn);
    if (spaces.length > 0) opensBlock(state, rest.slice(spaces.length), itemColumn);
  } else if (!opensBlock(state, content, column) && state.previousBlank && HTML_TAG_LINE.test(content)) {
    state.html = column;
  }
  state.previousBlank = false;
}

/**
 * Yields the sanitized source in segments cut where a line starts unindented after a blank line, outside any
 * fenced code or HTML block: there every open block has ended, so each segment parses to the blocks it has
 * inside the whole body. A block longer than `sizes.hard` is cut anyway (`clean: false`).
 */
export function* markdownSegments(source: string, sizes: Readonly<ChunkSizes> = CHUNK_SIZES): Generator<Segment> {
  const state: ScanState = { items: [], fence: null, raw: null, html: null, previousBlank: false, afterIndentedCode: false };
  const parts: string[] = [];
  let size = 0;
  for (const block of sanitizedBlocks(source, Math.max(sizes.target, 1024))) {
    const { text } = block;
    // Exact at a line start (definitions() relies on it to know how far it has read); inside one enormous line,
    // where only forced cuts happen, an estimate.
    let lineNumber = 0;
    let midLine = false;
    const rawAt = (offset: number): number =>
      midLine
        ? block.rawStart + Math.round(((block.rawEnd - block.rawStart) * offset) / Math.max(text.length, 1))
        : (block.rawLineStarts[lineNumber] ?? block.rawEnd);
    let start = 0;
    let lineStart = 0;
    while (lineStart < text.length) {
      const newline = text.indexOf("\n", lineStart);
      const lineEnd = newline === -1 ? text.length : newline;
      const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200));
      const pending = size + lineStart - start;
      // An unindented line ends every list item, and the fence or HTML block inside one.
      const boundary = (state.fence?.column ?? 1) > 0 && (state.raw?.column ?? 1) > 0 && state.previousBlank && !state.afterIndentedCode && /^\S/.test(line);
      if (pending > 0 && (boundary || size + lineEnd - start > sizes.hard)) {
        parts.push(text.slice(start, lineStart));
        yield { text: parts.join(""), rawEnd: rawAt(lineStart), clean: boundary };
        parts.length = 0;
        size = 0;
        start = lineStart;
        if (boundary) state.items = [];
      }
      if (lineEnd - start > sizes.hard) {
        // One enormous line: cut it at a space (or anywhere but inside a surrogate pair).
        let cut = text.lastIndexOf(" ", start + sizes.hard);
        if (cut <= start) cut = start + sizes.hard;
        if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? "")) cut -= 1;
        midLine = true;
        yield { text: text.slice(start, cut), rawEnd: rawAt(cut), clean: false };
        start = cut;
        lineStart = cut;
        continue;
      }
      scanLine(state, text.slice(lineStart, lineEnd));
      lineStart = lineEnd + 1;
      lineNumber += 1;
      midLine = false;
    }
    if (start < text.length) {
      parts.push(text.slice(start));
      size += text.length - start;
    }
  }
  if (parts.length > 0) yield { text: parts.join(""), rawEnd: source.length, clean: true };
}
