// Plain-text CHANGES files in the Apache style ("Changes with Apache 2.4.60", then "  *) mod_ssl: Fix …  [Joe Orton]"
// with hanging indents) and nginx's ("Changes with nginx 1.25.0   23 May 2023", "    *) Bugfix: …"). Markdown knows no
// "*)" marker: it reads a whole entry, title, description, "Credits:" line and all, as one run-on paragraph. Each
// entry becomes one Markdown item: its wrapped lines joined, its kind marker ("SECURITY:", "Bugfix:") a leading tag,
// its reference parentheses ("(cve.mitre.org)"), tracker numbers ("PR 59396", "BZ 69126") and committer brackets
// ("[Joe Orton]") gone. A security entry keeps its title and its "Note:" (what a user must do), not the advisory's
// long description (the title says what it fixes; the description would fill a post alone, apart from its id). The
// release line goes (the post's opener says it); a second one starts an older release, where the notes end.
// Pure; one pass over the lines.

// "  *) " opens an entry; its words start after the marker.
const ENTRY = /^([ \t]*)\*\)[ \t]+(?=\S)/u;
// "Changes with Apache 2.4.60", "Changes with nginx 1.25.0    23 May 2023", "Changes with Apache Traffic Server 9.2".
const RELEASE_LINE = /^[ \t]*Changes[ \t]+(?:with|in|for)[ \t]+\S.{0,60}?\d+(?:\.\d+)+\S*(?:[ \t].*)?$/iu;
// The kind markers these files put before an entry, and the tag the item takes (labels/source-labels.ts reads it).
const KIND_MARKERS: Readonly<Record<string, string>> = {
  security: "security", feature: "feature", bugfix: "fix", change: "changed", workaround: "fix", removed: "removed",
  deprecated: "deprecated", incompatible: "breaking", "incompatible change": "breaking",
};
const KIND_MARKER = /^(SECURITY|Security|Feature|Bugfix|Change|Workaround|Removed|Deprecated|Incompatible(?: change)?)[ \t]*:[ \t]+/u;
// A parenthesis that only names a site ("(cve.mitre.org)"): where the notes looked the entry up, not what changed.
const SITE_PARENTHESIS = /[ \t]*\((?:[a-z\d-]+\.)+[a-z]{2,}\)/giu;
// Tracker numbers the entry carries ("PR 59396", "BZ 69126.", "PR 54221 PR 61980"): nothing a post can open.
const TRACKER_NUMBERS = /[ \t]*\b(?:PR|BZ|Bug|bz)[ \t]+\d{2,7}\b\.?/gu;
// The committers' bracket at an entry's end ("[Joe Orton, Yann Ylavic]", "[Daniel McCarney (@cpu}]").
const COMMITTERS = /[ \t]*\[[^[\]]{1,300}\][ \t]*$/u;
// A paragraph that only credits people ("Credits: Orange Tsai (@orange_8361) from DEVCORE", "Reported by …").
const CREDIT_PARAGRAPH = /^(?:credits?|reported by|thanks(?: to)?|submitted by|patch by)\b/iu;
// An advisory id that opens an entry.
const ADVISORY = /^(CVE-\d{4}-\d{4,7})[ \t]*:[ \t]*/u;
// A sub-list inside an entry ("     - Using OCSP stapling …").
const SUB_ITEM = /^[-*o][ \t]+(?=\S)/u;

/** Whether the notes are a starred CHANGES file: two entries or more opened by "*)". */
const isStarredChanges = (lines: readonly string[]): boolean => lines.filter((line) => ENTRY.test(line)).length >= 2;

/** An entry's paragraphs (split at blank lines), each its lines trimmed. */
function paragraphsOf(lines: readonly string[]): string[][] {
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === "") paragraphs.push([]);
    else paragraphs.at(-1)?.push(line.trim());
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}

/** A text with its site parentheses, tracker numbers and committers' bracket gone. */
const withoutBookkeeping = (text: string): string =>
  text.replace(COMMITTERS, "").replace(SITE_PARENTHESIS, "").replace(TRACKER_NUMBERS, "").replace(/[ \t]{2,}/gu, " ").replace(/\s+([.,;])/gu, "$1").trim();

/** The product prefix that every advisory title repeats after its id ("Apache HTTP Server: "), where two or more do. */
function repeatedProductPrefix(titles: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const title of titles) {
    const prefix = /^[A-Z][\w.+-]*(?: [A-Z][\w.+-]*){0,4}:[ \t]+/u.exec(title.replace(ADVISORY, ""))?.[0];
    if (prefix !== undefined) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  const [prefix, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return count >= 2 ? prefix : null;
}

interface Entry {
  tag: string | null;
  head: string;
  subs: string[];
}

/** One entry's lines (marker removed) read as its kind tag, its text and its sub-items. */
function readEntry(lines: readonly string[]): Entry {
  const paragraphs = paragraphsOf(lines).filter((paragraph) => !CREDIT_PARAGRAPH.test(paragraph[0] ?? ""));
  const [first = [], ...rest] = paragraphs;
  const subs: string[] = [];
  const own: string[] = [];
  for (const line of first) {
    // A sub-list opens after a finished sentence or a colon; "… to be given as" over "* to match every path" wraps.
    const before = subs.length > 0 ? subs.at(-1) : own.at(-1);
    if (SUB_ITEM.test(line) && own.length > 0 && (subs.length > 0 || /[.:;!?)]$/u.test(before ?? ""))) subs.push(line.replace(SUB_ITEM, ""));
    else if (subs.length > 0) subs[subs.length - 1] += ` ${line}`;
    else own.push(line);
  }
  let head = own.join(" ");
  const marker = KIND_MARKER.exec(head);
  const tag = marker ? (KIND_MARKERS[(marker[1] ?? "").toLowerCase()] ?? null) : null;
  if (marker) head = head.slice(marker[0].length);
  if (ADVISORY.test(head)) {
    // An advisory: its title (up to the site parenthesis, or its first line's sentence), then what users must do.
    const site = head.search(SITE_PARENTHESIS);
    const title = site >= 0 ? head.slice(0, site) : (/^[^.]*\./u.exec(head)?.[0] ?? head);
    const notes = rest.filter((paragraph) => /^note\s*:/iu.test(paragraph[0] ?? "")).map((paragraph) => paragraph.join(" ").replace(/^note\s*:\s*/iu, ""));
    head = [title.trim().replace(/[.:;,]?$/u, "."), ...notes].join(" ");
  } else {
    for (const paragraph of rest) {
      if (SUB_ITEM.test(paragraph[0] ?? "")) subs.push(...paragraphsOf(paragraph.join("\n").split(/\n(?=[-*o][ \t])/u)).map((sub) => sub.join(" ").replace(SUB_ITEM, "")));
      else head += ` ${paragraph.join(" ")}`;
    }
  }
  return { tag, head: withoutBookkeeping(head), subs: subs.map((sub) => withoutBookkeeping(sub)).filter((sub) => sub !== "") };
}

/** A starred CHANGES file as Markdown items; other notes unchanged. */
export function starredChangesAsMarkdown(source: string): string {
  const lines = source.split("\n");
  if (!isStarredChanges(lines)) return source;
  const out: string[] = [];
  const entries: Entry[] = [];
  let releases = 0;
  let open: string[] | null = null;
  let marker = -1;
  const close = (): void => {
    if (open !== null) entries.push(readEntry(open));
    open = null;
  };
  const flush = (): void => {
    close();
    const prefix = repeatedProductPrefix(entries.map((entry) => entry.head));
    for (const entry of entries) {
      const id = ADVISORY.exec(entry.head)?.[0] ?? "";
      const head = prefix !== null && id !== "" && entry.head.slice(id.length).startsWith(prefix) ? `${id}${entry.head.slice(id.length + prefix.length)}` : entry.head;
      out.push(`- ${entry.tag === null ? "" : `[${entry.tag}] `}${head}`, ...entry.subs.map((sub) => `  - ${sub}`));
    }
    entries.length = 0;
  };
  for (const line of lines) {
    if (RELEASE_LINE.test(line) && !ENTRY.test(line)) {
      releases += 1;
      // A second release line opens an older release: this one's notes end there.
      if (releases > 1) break;
      flush();
      continue;
    }
    const entry = ENTRY.exec(line);
    if (entry) {
      close();
      marker = entry[1]?.length ?? 0;
      open = [line.slice(entry[0].length)];
      continue;
    }
    // Lines indented past the marker carry the entry on, across blank lines; a line back at the margin ends it.
    if (open !== null && (line.trim() === "" || (/^[ \t]*/u.exec(line)?.[0].length ?? 0) > marker)) {
      open.push(line);
      continue;
    }
    flush();
    if (line.trim() !== "" && out.at(-1)?.startsWith("-")) out.push("");
    out.push(line);
  }
  flush();
  return out.join("\n");
}
