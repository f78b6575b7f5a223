// The notes' plain-text blocks (runs of lines between blank lines, outside code fences), for the steps that write a
// block over as the Markdown it means before the one parse. Line by line: linear in the notes' size.

/** A code fence line: what is between two of them is code, never rewritten. As CommonMark has it: at most three
 *  spaces before it (a tab indents a code block, not a fence). */
export const FENCE = /^ {0,3}(?:```|~~~)/u;

/** `source` with each line outside code fences given to `rewrite`; fence lines and the code between them stay. */
export function rewriteLinesOutsideFences(source: string, rewrite: (line: string) => string): string {
  let fenced = false;
  return source
    .split("\n")
    .map((line) => {
      if (FENCE.test(line)) {
        fenced = !fenced;
        return line;
      }
      return fenced ? line : rewrite(line);
    })
    .join("\n");
}

// A code span: a run of backticks, the code, the same run again (one line).
const CODE_SPAN = /(`+)[^`\n]{0,2000}?\1/gu;

/** `line` with `change` applied to the text outside its code spans: "`<Foo bar={1} />`" is the code a change is about. */
export function outsideCodeSpans(line: string, change: (text: string) => string): string {
  let out = "";
  let from = 0;
  for (const span of line.matchAll(CODE_SPAN)) {
    out += change(line.slice(from, span.index)) + span[0];
    from = span.index + span[0].length;
  }
  return out + change(line.slice(from));
}

/**
 * `source` with each block that `rewrite` answers for replaced by its answer; a block it returns null for stays as it
 * is. A block is a run of non-blank lines that opens the notes or follows a blank line, outside code fences.
 */
export function rewriteBlocks(source: string, rewrite: (block: readonly string[]) => readonly string[] | null): string {
  const lines = source.split("\n");
  const out: string[] = [];
  let fenced = false;
  let changed = false;
  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at] ?? "";
    const opensBlock = !fenced && !FENCE.test(line) && line.trim() !== "" && (at === 0 || (lines[at - 1] ?? "").trim() === "");
    let end = at + 1;
    if (opensBlock) while (end < lines.length && (lines[end] ?? "").trim() !== "") end += 1;
    const block = lines.slice(at, end);
    const replaced = opensBlock ? rewrite(block) : null;
    if (replaced === null) {
      if (FENCE.test(line)) fenced = !fenced;
      out.push(line);
      continue;
    }
    changed = true;
    out.push(...replaced);
    for (const consumed of block) if (FENCE.test(consumed)) fenced = !fenced;
    at = end - 1;
  }
  return changed ? out.join("\n") : source;
}
