// Plain-text notes laid out by indentation alone (libexpat's "Release 2.7.5 …" / "Security fixes:" / "#1158  CVE-…"),
// written over as the Markdown they mean before the one Markdown parse: a label line ending in ":" with deeper lines
// under it becomes a heading, each line at its items' depth an item (deeper lines continue it). Markdown would read
// the whole as one paragraph, or as code where a blank line comes before the indentation. Only notes with no Markdown
// structure and such a label are touched. One pass over the lines.

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

/** A label line directly followed by a deeper line: the shape of an indented outline. */
function hasOutline(lines: readonly string[]): boolean {
  return lines.some((line, at) => LABEL.test(line.trim()) && depthOf(lines[at + 1] ?? "") > indentOf(line) && (lines[at + 1] ?? "").trim() !== "");
}

export function outlineAsMarkdown(source: string): string {
  const lines = source.split("\n");
  if (lines.some((line) => MARKDOWN_LINE.test(line)) || !hasOutline(lines)) return source;
  const out: string[] = [];
  // Inside a label's block: the depth of its items, and whether an item is open (for continuation lines).
  let itemDepth = -1;
  let labelDepth = -1;
  let itemOpen = false;
  for (const [at, line] of lines.entries()) {
    const text = line.trim();
    const depth = depthOf(line);
    if (text === "") {
      itemOpen = false;
      continue;
    }
    if (labelDepth >= 0 && depth <= labelDepth) {
      labelDepth = -1;
      itemDepth = -1;
      itemOpen = false;
    }
    const next = nextFilled(lines, at);
    const label = LABEL.exec(text);
    if (label && next !== -1 && depthOf(lines[next] ?? "") > depth) {
      out.push("", `#### ${label[1] ?? text}`, "");
      labelDepth = depth;
      itemDepth = depthOf(lines[next] ?? "");
      itemOpen = false;
      continue;
    }
    if (labelDepth < 0) {
      out.push("", text);
      continue;
    }
    if (itemOpen && depth > itemDepth) {
      out[out.length - 1] += ` ${text}`;
      continue;
    }
    out.push(`- ${text.replace(LEADING_REFERENCES, "")}`);
    itemOpen = true;
  }
  return out.join("\n");
}
