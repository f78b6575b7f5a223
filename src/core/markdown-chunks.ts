// Splits long Markdown into pieces at top-level block boundaries, so only the part a post needs gets parsed.
// micromark parses roughly 3 ms per KB; a 5 MB body parsed whole takes ~20 s, parsed lazily a few ms.

/** Bodies up to this size are parsed in one go (reference-style links resolve across the whole body). */
const WHOLE = 64 * 1024;
/** Aim for pieces about this big, cut where a new top-level block starts after a blank line. */
const TARGET = 16 * 1024;
/** Past this a piece is cut at the next line (or space) even without a clean block boundary. */
const HARD = 128 * 1024;

export interface Chunk {
  text: string;
  /** Offset in the source just past this piece (for progress estimates). */
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RAW_OPEN = /^ {0,3}<(pre|script|style|textarea)[\s>]|^ {0,3}<!--/i;

/** Yields the source in pieces that each parse to the same blocks they would inside the whole document. */
export function* markdownChunks(source: string): Generator<Chunk> {
  if (source.length <= WHOLE) {
    yield { text: source, end: source.length };
    return;
  }
  let start = 0;
  let lineStart = 0;
  let previousBlank = false;
  let fence: string | null = null;
  let rawEnd: RegExp | null = null;
  while (lineStart < source.length) {
    const newline = source.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    const line = source.slice(lineStart, Math.min(lineEnd, lineStart + 200));
    const size = lineStart - start;
    const clean = fence === null && rawEnd === null && previousBlank && /^\S/.test(line);
    if (size > 0 && (size >= HARD || (size >= TARGET && clean))) {
      yield { text: source.slice(start, lineStart), end: lineStart };
      start = lineStart;
    }
    if (lineEnd - start > HARD) {
      // One enormous line: cut it at a space (or anywhere but inside a surrogate pair).
      let cut = source.lastIndexOf(" ", start + HARD);
      if (cut <= start) cut = start + HARD;
      if (/[\uD800-\uDBFF]/.test(source[cut - 1] ?? "")) cut -= 1;
      yield { text: source.slice(start, cut), end: cut };
      start = cut;
      lineStart = cut;
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch?.[1]?.startsWith(fence)) fence = null;
    } else if (rawEnd !== null) {
      if (rawEnd.test(source.slice(lineStart, lineEnd))) rawEnd = null;
    } else if (fenceMatch?.[1]) {
      fence = fenceMatch[1];
    } else {
      const raw = RAW_OPEN.exec(line);
      if (raw) {
        const closer = raw[1] ? new RegExp(`</${raw[1]}>`, "i") : /-->/;
        if (!closer.test(source.slice(lineStart + raw[0].length, lineEnd))) rawEnd = closer;
      }
    }
    previousBlank = line.trim() === "";
    lineStart = lineEnd + 1;
  }
  if (start < source.length) yield { text: source.slice(start), end: source.length };
}
