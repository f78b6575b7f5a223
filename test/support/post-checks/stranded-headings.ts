// A plain-text group heading ("Source filters", "Инсталлятор": a short line its changes follow) without any of its
// changes after it in the post: a name that says nothing (reported as a dangling lead-in, its plain-text form).
import type { Context, Defect } from "./types.ts";
import { BULLET, isLabel, isNumbering, itemText, lines, nonEmpty, normalize } from "./text.ts";

interface Group {
  heading: string; // normalized
  members: string[]; // normalized lines under it, up to the next blank line
}

// A heading line names a component: a few words, no sentence or label punctuation, no Markdown heading marks.
const HEADING_LINE = /^[^\s#>|`=*-][^.!?:;,。！？：；，]{0,38}[^\s.!?:;,。！？：；，]$/u;
const isHeadingLine = (line: string) => HEADING_LINE.test(line.trim()) && !BULLET.test(line) && line.trim().split(/\s+/u).length <= 4;

/** Short lines that open a paragraph of at least one change line: the notes' group headings in plain text. */
export function plainGroupsOf(notes: string): Group[] {
  const source = notes.split("\n");
  const groups: Group[] = [];
  source.forEach((line, i) => {
    const before = source[i - 1]?.trim() ?? "";
    const opensParagraph = i > 0 && (before === "" || /^[=-]{3,}$/u.test(before));
    if (!opensParagraph || !isHeadingLine(line)) return;
    const members: string[] = [];
    const raw: string[] = [];
    for (let j = i + 1; j < source.length && source[j]!.trim() !== ""; j++) {
      raw.push(source[j]!);
      members.push(normalize(itemText(source[j]!)));
    }
    // A term with its body indented under it, no list item in it, is an RST definition list's entry: the term is the
    // change and the body its explanation ("Multi-socket support for servers" / "    Servers now can listen on…").
    if (raw.length > 0 && raw.every((member) => /^[ \t]+\S/u.test(member) && !BULLET.test(member.trim()))) return;
    // A heading's changes are sentences, not more headings.
    if (members.length > 0 && !members.every((member) => isHeadingLine(member))) groups.push({ heading: normalize(line), members });
  });
  return groups;
}

const sameLine = (post: string, member: string) => {
  const head = post.replace(/…$/u, "").slice(0, 24);
  return head.length >= 6 && member.includes(head);
};

export function strandedHeading({ posts, notes, releaseUrl }: Context): Defect[] {
  const groups = plainGroupsOf(notes);
  if (groups.length === 0) return [];
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    const content = nonEmpty(lines(text)).filter((line) => !isNumbering(line) && (releaseUrl === "" || line.trim() !== releaseUrl));
    content.forEach((line, i) => {
      if (isLabel(line)) return;
      const group = groups.find((candidate) => candidate.heading === normalize(itemText(line)));
      if (!group) return;
      const next = content[i + 1];
      if (next !== undefined && group.members.some((member) => sameLine(normalize(itemText(next)), member))) return;
      defects.push({ check: "dangling-lead-in", post, detail: `a group heading without its changes: "${line.trim()}"` });
    });
  });
  return defects;
}
