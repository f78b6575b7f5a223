// Raw ChangeLog files, GNU-style ("2024-01-15  Jane Doe  <jane@example.org>" then "\t* src/io.c (read_all): Fix …")
// and NLnet-style ("22 July 2026: Wouter" then "\t- Fix CVE-…, …" with hanging indents), written over as the Markdown
// they mean: each indented entry one item, its wrapped lines joined. Markdown reads a dated line and the indented
// entries under it as one paragraph, so a post showed "22 July 2026: Wouter - Release tag for 1.25.2, … - Fix …" with
// every marker kept. The dated author line says who committed when, no change, so it goes; so do the entries that only
// cut the release ("Release tag for 1.25.2, with the security commits:", "Set the repository to 1.25.3, …"). Only notes
// whose first line is such a dated author line, with marked entries indented under it, are touched. One pass.

// The dated author line of a ChangeLog: "22 July 2026: Wouter", "3 Jan 2025: Yorgos, Wouter",
// "2024-01-15  Jane Doe  <jane@example.org>", "Mon Jan 15 12:00:00 2024  Jane Doe  <jane@example.org>". (Not
// "2024-01-02  v1.2": a dated release line, subject-log.ts reads it.)
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const AUTHOR = String.raw`(?!v?\d)[\p{L}][\p{L}\p{M}'.-]*(?:[ ,]+(?:and\s+|&\s+)?[\p{L}][\p{L}\p{M}'.-]*){0,5}(?:\s+<[^<>\s]+@[^<>\s]+>)?`;
const DATED_AUTHOR = new RegExp(
  [
    String.raw`^\d{1,2}\s+${MONTH}\s+\d{4}\s*:\s*${AUTHOR}\s*$`,
    String.raw`^${MONTH}\s+\d{1,2},?\s+\d{4}\s*:\s*${AUTHOR}\s*$`,
    String.raw`^\d{4}-\d{2}-\d{2}\s{2,}${AUTHOR}\s*$`,
    String.raw`^\d{4}-\d{2}-\d{2}\s+${AUTHOR}\s+<[^<>\s]+@[^<>\s]+>\s*$`,
    String.raw`^(?:mon|tue|wed|thu|fri|sat|sun)\s+${MONTH}\s+\d{1,2}\s+[\d:]+\s+(?:[A-Z]{3,4}\s+)?\d{4}\s+${AUTHOR}\s*$`,
  ].join("|"),
  "iu",
);
// An entry's marker under the dated line: "\t- ", "\t* ", "  * ".
const ENTRY = /^(?:\t|[ ]{2,})[ \t]*[-*][ \t]+(?=\S)/u;
// An indented line that carries an entry on.
const INDENTED = /^(?:\t|[ ]{2,})\S?/u;
// Entries that only cut the release: "Release tag for 1.25.2, with the security commits:", "Set the repository to
// 1.25.3, it continues with the previous changes.", "Version 2.3 released.", "Bump version to 1.2.4".
const RELEASE_CUT =
  /^(?:release\s+(?:tag|commit)\s+for\s+v?\d|set\s+(?:the\s+)?(?:repository|repo|trunk|version|tree)\s+(?:to|at)\s+v?\d|(?:bump(?:ed)?|update[sd]?|set)\s+(?:the\s+)?version(?:\s+number)?\s+(?:to|for)\s+v?\d|(?:version|release)\s+v?\d[\w.-]*\s+released\b|tag(?:ged)?\s+(?:release\s+)?v?\d[\w.-]*[.,]?$)/iu;

/** Whether what follows a dated line's date is one to four names, each capitalised ("Wouter", "Jane Doe", "Yorgos,
 *  Wouter"): "15 March 2024: Drop support for OpenSSL" is a dated change. */
function namesAuthors(line: string): boolean {
  const after = line.trim().replace(/^(?:\d{4}-\d{2}-\d{2}|.*?\d{4}(?=\s*:|\s))\s*:?\s*/u, "").replace(/<[^<>]*>/gu, "");
  const words = after.split(/[\s,]+/u).filter((word) => word !== "" && word !== "and" && word !== "&");
  return words.length >= 1 && words.length <= 4 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** Whether the notes are a raw ChangeLog: a dated author line first, marked entries indented under it. */
function isChangeLog(lines: readonly string[]): boolean {
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first === -1 || !DATED_AUTHOR.test((lines[first] ?? "").trim()) || !namesAuthors(lines[first] ?? "")) return false;
  return lines.filter((line) => ENTRY.test(line)).length >= 2;
}

/** A raw ChangeLog as Markdown items, its dated author lines and release-cutting entries gone; other notes unchanged. */
export function changeLogAsMarkdown(source: string): string {
  const lines = source.split("\n");
  if (!isChangeLog(lines)) return source;
  const entries: string[] = [];
  let open: string[] | null = null;
  const close = (): void => {
    if (open !== null) entries.push(open.join(" "));
    open = null;
  };
  let blank = false;
  for (const line of lines) {
    const text = line.trim();
    if (text === "") {
      blank = true;
      continue;
    }
    if (DATED_AUTHOR.test(text)) {
      close();
    } else if (ENTRY.test(line)) {
      close();
      open = [line.replace(ENTRY, "").trim()];
    } else if (INDENTED.test(line) && open !== null && !blank) {
      open.push(text);
    } else {
      // A line of its own: GNU's commit summary over its starred files, or text at the margin.
      close();
      open = [text];
    }
    blank = false;
  }
  close();
  const items = entries.filter((entry) => !RELEASE_CUT.test(entry)).map((entry) => `- ${entry.replace(/\s{2,}/gu, " ")}`);
  return `${items.join("\n")}\n`;
}
