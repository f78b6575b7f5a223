// count-too-high: a "+N more" above the changes the notes list beyond those shown promises changes the reader won't find.
import type { Context, Defect } from "./types.ts";

// "+40 more changes (2 breaking)", "+3 more features, 5 fixes and 2 other changes", "另有 58 项更新（含 2 项…）",
// "ほか 12 件の変更", "+4 autres changements": the count line, whatever the language.
export const COUNT_LINE = /^(?:\+\s*\d|另有\s*\d|ほか\s*\d|외\s*\d|그 외\s*\d)/u;

/** The total a count line says, without the numbers in its brackets ("(2 breaking)" is part of the total). */
export function countedTotal(line: string): number {
  const outside = line.replace(/[(（][^)）]*[)）]/gu, " ");
  return (outside.match(/\d+/gu) ?? []).reduce((sum, number) => sum + Number(number), 0);
}

const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+(\S.*)$/u;
// "@modern-js/core@2.68.1", "[react-router@8.3.0](…)": a package and its new version, nothing said of it.
const PACKAGE_LINE = /^\[?(?:@[\w.-]+\/)?[\w.-]+@[\w.^~<>=*+-]+\]?(?:\([^)\s]*\))?$/u;
const HEADING = /^ {0,3}#{1,6}\s|^[=~^-]{3,}\s*$/u;
// "- [Aaron Gunderson](https://github.com/agundy)": a sponsor or contributor roll's line, a person's profile, no change.
const PROFILE_LINE = /^\[[^\]]+\]\(https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|opencollective\.com|x\.com|twitter\.com)\/(?:sponsors\/)?[\w.-]+\/?\)$/u;
const CHANGE_DIRECTIVE = /^\s*\.\.\s+change::/u;

/**
 * The changes Markdown notes can hold at most, or null for notes not written as Markdown lists (five items at least):
 * their list items, but not the sub-items of an item that says a change of its own (they are its details; those of
 * a label item such as "- core:" are changes), and each sentence of their paragraphs, generously.
 */
function changesAtMost(notes: string): number | null {
  let items = 0;
  let listed = 0;
  let sentences = 0;
  // The indents of the open items, and whether each is a label ("- core：") whose sub-items are changes.
  const open: Array<{ indent: number; label: boolean }> = [];
  for (const raw of notes.split("\n")) {
    const line = raw.replace(/\t/gu, "    ");
    // Sphinx changelogs (SQLAlchemy, Litestar) give each change a directive block, however deep it sits.
    if (CHANGE_DIRECTIVE.test(line)) {
      listed += 1;
      items += 1;
      continue;
    }
    // A heading inside an item ("    ## MobX 7" in a changeset's body) opens a part of its own: its bullets are changes.
    if (/^\s+#{1,6}\s/u.test(line)) {
      open.length = 0;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const indent = item[1]?.length ?? 0;
      while (open.length > 0 && open.at(-1)!.indent >= indent) open.pop();
      listed += 1;
      // A label says no change: it ends in a colon ("- core："), or is a few words without a stop ("- **youtube**",
      // "3. Linters new features"). (Generous: a bound must not count fewer changes than the notes hold.)
      const words = (item[2] ?? "").replace(/[*_`]/gu, "").trim();
      // "  - @scope/pkg@1.2.3" under changesets' "Updated dependencies": a package the update moved, no change.
      const packageLine = open.length > 0 && PACKAGE_LINE.test(words);
      if (open.every((parent) => parent.label) && !packageLine && !PROFILE_LINE.test(words)) items += 1;
      open.push({ indent, label: /[:：]$/u.test(words) || (!/[.!?。！？]$/u.test(words) && words.split(/\s+/u).length <= 5) });
    } else if (line.trim() !== "" && !HEADING.test(line) && !/^\s/u.test(line)) {
      open.length = 0;
      // Each sentence of a paragraph may be told as a change of its own.
      sentences += Math.max(1, (line.match(/[.!?。！？](?:\s|$)/gu) ?? []).length);
    }
  }
  return listed >= 5 ? items + sentences : null;
}

/** The bullets the posts show, each a change the count does not hold. */
const shownBullets = (posts: readonly string[]): number => posts.join("\n").split("\n").filter((line) => /^\s*•\s/u.test(line)).length;

/** A "+N more" that counts more changes than the notes list beyond those shown: sub-items or repeats counted. */
export function countTooHigh({ posts, notes }: Context): Defect[] {
  const found: Defect[] = [];
  const most = changesAtMost(notes);
  if (most === null) return [];
  const shown = shownBullets(posts);
  for (const [index, post] of posts.entries()) {
    const line = post.split("\n").find((candidate) => COUNT_LINE.test(candidate.trim()));
    if (!line) continue;
    const said = countedTotal(line);
    // One over is within what a bound read from the text alone can tell (a paragraph's sentences, a wrapped item).
    if (said > most - shown + 1) found.push({ check: "count-too-high", post: index, detail: `"${line.trim()}" counts ${said}, but the notes list at most ${Math.max(0, most - shown)} changes beyond the ${shown} shown` });
  }
  return found;
}
