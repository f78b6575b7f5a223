// A changelog file often holds the release before this one too ("# 5.8.33 …", then "-----" and "# 5.8.32 …"). The
// post is this release's: the notes end where an older release's title starts, so its changes are neither shown nor
// counted in "+N more". One pass over the lines, so long notes stay linear.

// A title's words before its version: "Release", "Version", "v", a project's name ("Hutool 5.8.32", "[5.8.32](…)").
// Words that make it a sentence about a version ("Changes since 4.2.0", "Upgrading from 3.1") are no title.
const SENTENCE_WORD = /^(?:since|from|to|in|for|after|before|than|until|prior|upgrad\w*|migrat\w*|changes?|compared|vs\.?|requires?|with|on|of|at|is|are|was|fixed|added|and|or)$/iu;

// What may follow the version on a title line: nothing, a date, or a short parenthetical ("(2024-08-30)",
// "- 2024-08-30", "— Released Tue 1 Oct 2024", "(YANKED)").
const TITLE_TAIL = /^(?:\]\([^)\s]*\))?\]?[ \t]*(?:[-–—:,][ \t]*)?(?:\([^()\n]{0,40}\)|\[[^\]\n]{0,40}\]|(?:released[ \t]+)?[\w ,./-]{0,40}\d{2,4}[\w ,./-]{0,20})?[ \t]*$/iu;

interface Title {
  version: string;
  pre: string;
  // The name before the version, lowercase, without "Release" or "Version": "hutool" for "Hutool 5.8.32", or "".
  name: string;
}

const VERSION = /v?(\d+(?:\.\d+)+)((?:-[0-9A-Za-z.]+)?)/u;

const RULE_LINE = /^[ \t]*(?:[-*_=][ \t]*){3,}$/u;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/u;

// A list item's marker: its line is a change, never a title.
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/u;

interface Line {
  text: string;
  start: number;
  // "fence": a code block's opening line; "code": a line inside it, or its closing line. Neither is a title.
  kind: "text" | "fence" | "code";
}

/** The lines of `markdown`, each with where it is and whether it is code: one walker for both readers. */
function* lines(markdown: string): Generator<Line> {
  let start = 0;
  let fence: string | null = null;
  while (start < markdown.length) {
    const newline = markdown.indexOf("\n", start);
    const end = newline === -1 ? markdown.length : newline;
    const text = markdown.slice(start, end);
    const opens = FENCE.exec(text)?.[1];
    let kind: Line["kind"] = "text";
    if (fence !== null) {
      kind = "code";
      if (opens && opens[0] === fence[0] && opens.length >= fence.length) fence = null;
    } else if (opens) {
      kind = "fence";
      fence = opens;
    }
    yield { text, start, kind };
    start = end + 1;
  }
}

/** The version a line names as a release's title, or null: a heading ("## 5.8.32", "**# 5.8.32(2024-08-30)", a
 *  malformed one), or a whole line of a version and its date. `afterRule`: the line right after a "-----" separator,
 *  where a bare version line titles the next release too. */
export function releaseTitleVersion(line: string, afterRule: boolean): Title | null {
  if (LIST_ITEM.test(line)) return null;
  // Heading marks, and the emphasis a hand-made heading wraps them in ("**# 5.8.32**").
  const marked = /^[ \t]*[*_]*[ \t]*(#{1,6})?[ \t]*[*_]*[ \t]*(.*?)[ \t]*[*_]*[ \t]*#*[ \t]*$/u.exec(line);
  if (!marked) return null;
  const heading = marked[1] !== undefined;
  const body = (marked[2] ?? "").replace(/^\[/u, "");
  const version = VERSION.exec(body);
  if (!version || version.index === undefined) return null;
  const before = body.slice(0, version.index).trim();
  const words = before === "" ? [] : before.split(/[ \t]+/u);
  if (words.length > 3 || words.some((word) => SENTENCE_WORD.test(word) || !/^[\p{L}\p{N}][\p{L}\p{N}.@/_-]*$/u.test(word))) return null;
  if (/[\p{L}\p{N}.]$/u.test(body.slice(0, version.index))) return null;
  const tail = body.slice(version.index + version[0].length);
  if (!TITLE_TAIL.test(tail)) return null;
  const dated = /\d{2,4}/u.test(tail);
  if (!heading && !dated && !afterRule) return null;
  const name = words.filter((word) => !/^(?:release|version|ver\.?)$/iu.test(word)).join(" ").toLowerCase();
  return { version: version[1] ?? "", pre: version[2] ?? "", name };
}

/** Negative as `a` (with its pre-release part) is older than `b`. */
function compare(a: Omit<Title, "name">, b: Omit<Title, "name">): number {
  const left = a.version.split(".").map(Number);
  const right = b.version.split(".").map(Number);
  for (let at = 0; at < Math.max(left.length, right.length); at++) {
    const difference = (left[at] ?? 0) - (right[at] ?? 0);
    if (difference !== 0) return difference;
  }
  // "2.0.0-rc.1" came before "2.0.0".
  if (a.pre && !b.pre) return -1;
  if (!a.pre && b.pre) return 1;
  return comparePre(a.pre, b.pre);
}

/** Semver's order of two pre-release parts: "alpha.6" before "alpha.7", "alpha.10" after "alpha.9", "beta" after "alpha". */
function comparePre(a: string, b: string): number {
  const left = a.replace(/^-/u, "").split(/[.-]/u);
  const right = b.replace(/^-/u, "").split(/[.-]/u);
  for (let at = 0; at < Math.min(left.length, right.length); at++) {
    const [x, y] = [left[at] ?? "", right[at] ?? ""];
    const [xn, yn] = [/^\d+$/u.test(x), /^\d+$/u.test(y)];
    const difference = xn && yn ? Number(x) - Number(y) : xn ? -1 : yn ? 1 : x < y ? -1 : x > y ? 1 : 0;
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/**
 * The notes up to where an older release's title starts after this release's changes; the notes unchanged where none
 * does, or the release's version is unknown. A version inside a sentence ("fixed since 5.8.32") or a list item is no
 * title, and neither is a newer or the same version's.
 */
export function thisReleaseOnly(markdown: string, version: string | null | undefined): string {
  const own = version ? VERSION.exec(version.trim()) : null;
  if (!own || (own.index !== 0 && !/^[\w@/.-]*[@-]$/u.test(version?.trim().slice(0, own.index) ?? ""))) return markdown;
  const release = { version: own[1] ?? "", pre: own[2] ?? "" };
  let changesSeen = false;
  // The name this release's own title gives ("Hutool 5.8.33"): an older title must give the same, so a section
  // heading that names another product's version ("## Python 3.8") is no release of this one.
  let ownName: string | null = null;
  let afterRule = false;
  // Where the kept part ends: before the separator lines and blank lines right above the older title.
  let keepEnd: number | null = null;
  // The line before was blank (or there was none): a title starts a block, and an indented line right under text goes
  // on with it ("- Fixed a regression, added in" then "  v4.3.7, which broke …").
  let afterBlank = true;
  for (const { text: line, start: offset, kind } of lines(markdown)) {
    if (kind === "code") {
      // Inside a code block: nothing is a title.
    } else if (kind === "fence") {
      changesSeen = true;
    } else if (line.trim() === "") {
      // Blank lines keep a separator's reach to the title below it.
    } else if (RULE_LINE.test(line)) {
      afterRule = true;
      keepEnd ??= offset;
    } else {
      // "1.17.1](…/pulls…)": the wrapped tail of a link's text ("[172 changes since\n1.17.1](…)"), never a title.
      const continues = !afterBlank && /^[ \t]{2,}[^#\s*_]/u.test(line);
      const title = /^[^[]*\]\(/u.test(line) || continues ? null : releaseTitleVersion(line, afterRule);
      if (title && changesSeen && (title.name === (ownName ?? "") || title.name === "") && compare(title, release) < 0) {
        const level = HEADING.exec(line)?.[1]?.length;
        const later = level === undefined ? "" : laterParts(markdown.slice(offset, offset + LATER_PARTS_READ), release, ownName ?? "", level);
        return `${markdown.slice(0, keepEnd ?? offset).replace(/\s+$/u, "\n")}${later === "" ? "" : `\n${later}`}`;
      }
      // The first such title is the release's own; a later one is a part of it ("### Installing Nim 2.2.0").
      if (title && ownName === null && compare(title, release) === 0) ownName = title.name;
      // A heading ("# Changelog") is no change of this release.
      if (!title && !/^[ \t]{0,3}#/u.test(line)) changesSeen = true;
      afterRule = false;
      keepEnd = null;
    }
    afterBlank = line.trim() === "";
  }
  return markdown;
}

const HEADING = /^[ \t]{0,3}(#{1,6})[ \t]/u;
// How far past the older release's title a post on two releases may list this one's parts: a blog post's length. A
// changelog file of many releases is never read to its end for them.
const LATER_PARTS_READ = 256 * 1024;

/**
 * The parts past an older release's title that are this release's again: a post on two releases lists each one's
 * fixes under a shared heading at its end ("## Bugfixes", then "### Nim 2.0.10" and "### Nim 2.2.0"). Each comes under
 * the heading above it, which says what its changes are, in place of its own title; "" where there is none. One pass
 * over the lines.
 */
function laterParts(rest: string, release: Omit<Title, "name">, ownName: string, titleLevel: number): string {
  const parts: string[] = [];
  // The innermost heading seen at each level, to put over a part the heading it stands under.
  const above: string[] = [];
  let part: { level: number; lines: string[] } | null = null;
  for (const { text: line, kind } of lines(rest)) {
    if (kind === "code") {
      part?.lines.push(line);
      continue;
    }
    const level = HEADING.exec(line)?.[1]?.length;
    if (level !== undefined) {
      if (part && level <= part.level) {
        parts.push(part.lines.join("\n").trimEnd());
        part = null;
      }
      const title = part ? null : releaseTitleVersion(line, false);
      // Only a part under a shared heading, deeper than the releases' titles ("### Nim 2.2.0" under "## Bugfixes"): a
      // title of the same version at the releases' level is another file's or package's release.
      const parent = above.slice(0, level - 1).filter((heading) => heading !== undefined).at(-1);
      const shared = parent !== undefined && level > titleLevel && releaseTitleVersion(parent, false) === null;
      if (title && shared && (title.name === ownName || title.name === "") && compare(title, release) === 0) {
        // Under the heading above it, its changes are that heading's kind ("Bugfixes"); its own title, this version
        // again, says nothing more.
        part = { level, lines: [parent] };
        continue;
      }
      above[level - 1] = line;
      above.length = level;
    }
    part?.lines.push(line);
  }
  if (part) parts.push(part.lines.join("\n").trimEnd());
  return parts.length === 0 ? "" : `${parts.join("\n\n")}\n`;
}
