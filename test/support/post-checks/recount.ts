// count-off: where the notes are one flat list of changes, the posts' bullets plus their "+N more" must be that list:
// a count over or under it, or a thread that ends without one while changes are missing, misleads the reader.
import type { Context, Defect } from "./types.ts";
import { COUNT_LINE, countedTotal } from "./counts.ts";

const TOP_ITEM = /^[-*+][ \t]+(\S.*)$/u;
const HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/u;
// The words of a heading that only names a kind of change or the notes ("Bug Fixes", "⚠ BREAKING CHANGES", "新功能",
// "What's Changed"): the list under it is still changes.
const KIND_WORDS =
  /^(?:added|changed|fixed|removed|deprecated|security|features?|new|bug|bugs|fixes|bugfixes|improvements?|enhancements?|breaking|changes?|performance|other|misc|miscellaneous|notable|noteworthy|what's|whats|highlights?|updates?|and|&|新功能|新特性|修复|问题修复|改进|优化|更新|変更|新機能|修正|改善|破壊的変更|バグ修正|기능|수정|개선|변경)$/iu;
// The notes' own pointer to the full log, as GitHub writes it: no change.
const FULL_LOG = /^\*\*Full Changelog\*\*/u;

/** A heading the list stays flat under: one that names its version or only kinds of change. */
function flatHeading(title: string): boolean {
  const words = title
    .replace(/\p{Extended_Pictographic}|\uFE0F|\u200D|[:：]/gu, " ")
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== "");
  return /\d+\.\d+/u.test(title) || (words.length > 0 && words.every((word) => KIND_WORDS.test(word)));
}

/** An item's words without its links' targets, references in brackets, marks or case. */
const sameChange = (text: string): string =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1")
    .replace(/\([^()]*\)/gu, " ")
    .replace(/[^\p{L}\p{N}+]+/gu, " ")
    .trim()
    .toLowerCase();

/**
 * How many changes notes hold that are one flat list: top-level items only (their wrapped lines indented), under no
 * heading but a version's or a kind's, no prose, no sub-items, no item twice; null for any other notes (five items at
 * least: a count is only decidable where every item is a change).
 */
export function flatChanges(notes: string): number | null {
  const seen = new Set<string>();
  let inItem = false;
  for (const raw of notes.split("\n")) {
    const line = raw.replace(/\s+$/u, "");
    if (line === "") continue;
    const heading = HEADING.exec(line);
    if (heading) {
      if (!flatHeading(heading[1] ?? "")) return null;
      inItem = false;
      continue;
    }
    if (FULL_LOG.test(line)) continue;
    const item = TOP_ITEM.exec(line);
    if (item) {
      // The same change listed twice ("require node 18+" under breaking changes, "Require node 18+ ([#2069](…))" under
      // features) is told once: the count is no longer decidable from the text.
      const text = sameChange(item[1] ?? "");
      if (seen.has(text)) return null;
      seen.add(text);
      inItem = true;
      continue;
    }
    // A wrapped line of an item; a nested item or a paragraph makes the notes more than a flat list.
    if (!inItem || !/^\s{2,}\S/u.test(line) || /^\s+(?:[-*+]|\d{1,3}[.)])\s/u.test(line)) return null;
  }
  return seen.size >= 5 ? seen.size : null;
}

const shownBullets = (posts: readonly string[]): number => posts.join("\n").split("\n").filter((line) => /^\s*•\s/u.test(line)).length;

/** A "+N more" (or none) that does not make the posts' bullets up to the notes' flat list of changes. */
export function countOff({ posts, notes }: Context): Defect[] {
  const listed = flatChanges(notes);
  if (listed === null) return [];
  const shown = shownBullets(posts);
  const at = posts.findIndex((post) => post.split("\n").some((line) => COUNT_LINE.test(line.trim())));
  const line = at < 0 ? undefined : posts[at]?.split("\n").find((candidate) => COUNT_LINE.test(candidate.trim()));
  const said = line === undefined ? 0 : countedTotal(line);
  if (shown + said === listed) return [];
  const where = at < 0 ? posts.length - 1 : at;
  const told = line === undefined ? "no count of what was left out" : `"${line.trim()}"`;
  return [{ check: "count-off", post: where, detail: `${shown} changes shown and ${told}, but the notes list ${listed}` }];
}
