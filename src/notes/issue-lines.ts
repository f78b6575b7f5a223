// Plain-text changelogs that start each change with its issue number at the line's start (jackson's VERSION-2.x:
// "#4742: Deserialization with Builder … failing" then an indented " (reported by Bernd A)"), written over as the
// Markdown list they mean before the one Markdown parse: each "#N: text" line opens an item, the indented lines under
// it carry it on. Markdown would read the lines as one run-on paragraph. Only notes with no Markdown structure and two
// or more such lines are touched. One pass over the lines.

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
