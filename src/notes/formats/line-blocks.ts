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

/** The lines outside code fences, with their indexes; fence lines are neither. */
export function* linesOutsideFences(lines: readonly string[]): Generator<[string, number]> {
  let fenced = false;
  for (const [index, line] of lines.entries()) {
    if (FENCE.test(line)) fenced = !fenced;
    else if (!fenced) yield [line, index];
  }
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
 * One walk of the lines outside code fences for the steps that drop or rewrite a run of lines. At each line outside a
 * fence, `step(lines, at, out)` either takes the run that starts there, pushes what stays of it to `out` (it may also
 * take back what `out` ended with, a lead-in above the run) and returns the index after the run, or returns null to
 * keep the line as it is. Fence lines and the code between them are kept.
 */
export function rewriteRuns(
  source: string,
  step: (lines: readonly string[], at: number, out: string[]) => number | null,
): string {
  const lines = source.split("\n");
  const out: string[] = [];
  let fenced = false;
  let changed = false;
  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at] ?? "";
    const end = fenced || FENCE.test(line) ? null : step(lines, at, out);
    if (end === null) {
      if (FENCE.test(line)) fenced = !fenced;
      out.push(line);
      continue;
    }
    changed = true;
    for (const consumed of lines.slice(at, end)) if (FENCE.test(consumed)) fenced = !fenced;
    at = end - 1;
  }
  return changed ? out.join("\n") : source;
}

/**
 * `source` with each block that `rewrite` answers for replaced by its answer; a block it returns null for stays as it
 * is. A block is a run of non-blank lines that opens the notes or follows a blank line, outside code fences.
 */
export function rewriteBlocks(source: string, rewrite: (block: readonly string[]) => readonly string[] | null): string {
  return rewriteRuns(source, (lines, at, out) => {
    if ((lines[at] ?? "").trim() === "" || (at > 0 && (lines[at - 1] ?? "").trim() !== "")) return null;
    let end = at + 1;
    while (end < lines.length && (lines[end] ?? "").trim() !== "") end += 1;
    const replaced = rewrite(lines.slice(at, end));
    if (replaced === null) return null;
    out.push(...replaced);
    return end;
  });
}
