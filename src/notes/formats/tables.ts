// Tables of changes (Angular's "| Commit | Type | Description |", angular-cli's HTML <table> of commits) read as the
// changes they list: each row's description, prefixed with its type ("fix: …") so that it is read like a commit line.
// Tables of anything else (rule renames, support matrices) are not changes and stay dropped. One pass per table.

/** A table read as rows of cells: each cell's words (inline Markdown still in them for Markdown tables), and, for HTML
 *  cells, the attributes a type can hide in (a badge's title="Feature"). */
export interface TableRow {
  cells: string[];
  /** What the cells say beyond their text: attribute values (HTML only). */
  hints: string[];
  /** A row that spans the table ("@angular-devkit/build-angular (12.1.0)"): the part the rows after it belong to. */
  section: boolean;
}

export interface TableChange {
  /** The description cell as written (Markdown for Markdown tables, plain text for HTML ones). */
  description: string;
  /** "feat", "fix"… when the row says its type; "" otherwise. */
  type: string;
  /** The part the row belongs to (a section row above it), or "". */
  part: string;
  /** The numbers of the requests the row links or names ("[#18550](…/pull/18550)"). */
  pulls: string[];
}

// "[#18550](…/pull/18550)", "#18550", "…/merge_requests/12": a request's number in a cell.
const REQUEST_NUMBER = /(?:\/(?:pull|pulls|merge_requests|issues)\/|#)(\d{2,})\b/giu;

/** The request numbers `text` names, each once. */
export function requestNumbers(text: string): string[] {
  return [...new Set([...text.matchAll(REQUEST_NUMBER)].map((match) => match[1] ?? ""))];
}

const DESCRIPTION_HEADER = /^(?:description|summary|changes?|title|message|subject|commit message|details)$/i;
const TYPE_HEADER = /^(?:type|kind|category)$/i;
// How a row says its type: a conventional type, or the words a badge uses for one.
const TYPES: Array<[RegExp, string]> = [
  [/\b(?:feat|feature|enhancement)\b/i, "feat"],
  [/\b(?:fix|bug ?fix|bugfix)\b/i, "fix"],
  [/\b(?:perf|performance)\b/i, "perf"],
  [/\b(?:docs?|documentation)\b/i, "docs"],
  [/\b(?:refactor|build|ci|test|chore|style)\b/i, "chore"],
  [/\brevert\b/i, "revert"],
];

function typeOf(text: string): string {
  for (const [pattern, type] of TYPES) if (pattern.test(text)) return type;
  return "";
}

/** The changes a table lists, or null when it lists no changes (no description column). */
export function tableChanges(rows: readonly TableRow[]): TableChange[] | null {
  let description = -1;
  let type = -1;
  let part = "";
  const changes: TableChange[] = [];
  for (const row of rows) {
    if (row.section) {
      // "@angular-devkit/build-angular (12.1.0)": the package, without the version the post already says.
      part = (row.cells.find((cell) => cell.trim() !== "") ?? "").replace(/\s*\(v?\d[^)]*\)\s*$/u, "").trim();
      continue;
    }
    const bare = row.cells.map((cell) => cell.replace(/[*_`]/g, "").trim());
    const header = bare.findIndex((cell) => DESCRIPTION_HEADER.test(cell));
    if (header >= 0) {
      description = header;
      type = bare.findIndex((cell) => TYPE_HEADER.test(cell));
      continue;
    }
    if (description < 0) continue;
    const text = row.cells[description]?.trim() ?? "";
    if (!text) continue;
    const typeText = type >= 0 ? (row.cells[type] ?? "") : `${row.cells.filter((_, index) => index !== description).join(" ")} ${row.hints.join(" ")}`;
    changes.push({ description: text, type: typeOf(typeText), part, pulls: requestNumbers(row.cells.join(" ")) });
  }
  return description < 0 ? null : changes;
}

/** The cells of a Markdown table row ("| a | `b|c` | d |"): pipes inside code spans or escaped do not split. */
function markdownCells(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let code = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index] ?? "";
    if (char === "\\" && line[index + 1] === "|") {
      cell += "|";
      index += 1;
    } else if (char === "`") {
      code = !code;
      cell += char;
    } else if (char === "|" && !code) {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  // The outer pipes leave empty cells at both ends.
  if (cells.length > 1 && cells[0]?.trim() === "") cells.shift();
  if (cells.length > 1 && cells.at(-1)?.trim() === "") cells.pop();
  return cells.map((value) => value.trim());
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** A Markdown table (the raw lines of one paragraph) as rows; the delimiter row goes. */
export function markdownTableRows(source: string): TableRow[] {
  return source
    .split("\n")
    .filter((line) => line.trim() !== "" && !DELIMITER_ROW.test(line))
    .map((line) => ({ cells: markdownCells(line), hints: [], section: false }));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

/** An HTML cell's words: tags go (code keeps its backticks), entities are decoded, white space collapses. */
function htmlText(html: string): string {
  return html
    .replace(/<code\b[^>]*>/gi, "`")
    .replace(/<\/code>/gi, "`")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#39|amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

/** An HTML table as rows. Walks the rows and cells with indexOf: linear in the table's length. */
export function htmlTableRows(html: string): TableRow[] {
  const rows: TableRow[] = [];
  const lower = html.toLowerCase();
  for (let start = lower.indexOf("<tr"); start !== -1; ) {
    const next = lower.indexOf("<tr", start + 3);
    const row = html.slice(start, next === -1 ? undefined : next);
    const rowLower = row.toLowerCase();
    const cells: string[] = [];
    const hints: string[] = [];
    let section = false;
    const boundary = /<t[dh][\s>]|<\/tr/g;
    let cell = rowLower.search(/<t[dh][\s>]/);
    while (cell !== -1) {
      const open = rowLower.indexOf(">", cell);
      if (open === -1) break;
      boundary.lastIndex = open + 1;
      const found = boundary.exec(rowLower);
      const end = found ? found.index : row.length;
      const raw = row.slice(open + 1, end);
      if (/colspan/i.test(row.slice(cell, open)) || /<h[1-6]\b/i.test(raw)) section = true;
      cells.push(htmlText(raw));
      for (const match of raw.matchAll(/\b(?:title|alt|src)\s*=\s*"([^"]{0,300})"/gi)) hints.push(match[1] ?? "");
      cell = found && found[0] !== "</tr" ? end : -1;
    }
    if (cells.length > 0) rows.push({ cells, hints, section: section && cells.filter((value) => value !== "").length === 1 });
    start = next;
  }
  return rows;
}
