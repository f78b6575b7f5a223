// dangling-lead-in: a line ending in ":" with nothing after it, or not the code or list it led to in the notes.
import type { Context, Defect, LeadIn } from "./types.ts";
import { BULLET, EMOJI, LABEL_END, isLabel, isNumbering, itemText, lines, nonEmpty, normalize, plainText } from "./text.ts";

/** Paragraphs and list items of the notes that end with ":" and what follows them (a code block, a list…). */
export function leadInsOf(notes: string): LeadIn[] {
  type Block = { kind: "code" | "list" | "text"; lines: string[] };
  const blocks: Block[] = [];
  let fence: string | undefined;
  let current: Block | undefined;
  const close = () => {
    if (current) blocks.push(current);
    current = undefined;
  };
  for (const raw of notes.split("\n")) {
    if (fence !== undefined) {
      if (raw.trim().startsWith(fence)) {
        fence = undefined;
        close();
      } else current!.lines.push(raw);
      continue;
    }
    const opener = /^\s*(`{3,}|~{3,})/u.exec(raw);
    if (opener) {
      close();
      fence = opener[1]!;
      current = { kind: "code", lines: [] };
      continue;
    }
    if (raw.trim() === "") {
      close();
      continue;
    }
    if (/^ {4,}|^\t/u.test(raw) && !current) {
      current = { kind: "code", lines: [raw] };
      continue;
    }
    if (BULLET.test(raw)) {
      // Each item is its own block: a lead-in item ("- the following:") is followed by its sub-items.
      close();
      current = { kind: "list", lines: [raw] };
      continue;
    }
    if (!current) current = { kind: "text", lines: [] };
    current.lines.push(raw);
  }
  close();
  // Front matter ("---\nhighlights:\n- text: …\n---") is the page's settings: its keys lead in to nothing a post shows.
  if (/^\uFEFF?---[ \t]*\n/u.test(notes)) {
    const end = blocks.findIndex((block, at) => block.lines.some((line, k) => (at > 0 || k > 0) && /^(?:---|\.\.\.)[ \t]*$/u.test(line)));
    if (end >= 0) blocks.splice(0, end + 1);
  }
  const leadIns: LeadIn[] = [];
  blocks.forEach((block, i) => {
    if (block.kind === "code") return;
    const text = plainText(block.lines.join(" "));
    if (!LABEL_END.test(text)) return;
    const next = blocks[i + 1];
    // A list goes on over consecutive item blocks, and over an item's own code blocks; a code block is one block.
    const following: Block[] = [];
    for (let j = i + 1; next && j < blocks.length; j++) {
      const block = blocks[j]!;
      if (next.kind === "list" && block.kind === "code") continue;
      if (block.kind !== next.kind) break;
      following.push(block);
      if (next.kind !== "list") break;
    }
    leadIns.push({
      tail: normalize(text).slice(-40),
      follows: next ? next.kind : "none",
      followers: following.flatMap((block) => block.lines.map((line) => normalize(plainText(itemText(line))))).filter(Boolean),
    });
  });
  return leadIns;
}

/** Whether two normalized lines share a beginning long enough to be the same line (one may be cut). */
function overlaps(a: string, b: string): boolean {
  const head = (text: string) => text.slice(0, 24);
  return (head(a).length >= 6 && b.includes(head(a))) || (head(b).length >= 6 && a.includes(head(b)));
}
/** A lead-in with nothing after it: a last line ending in ":", stacked labels, or "with:" whose code block was dropped. */
export function danglingLeadIn({ posts, leadIns, notes }: Context): Defect[] {
  const defects: Defect[] = [];
  // A post shows a conventional commit's scope as its label: "chore(type-utils)!: remove X" reads "type-utils: remove X".
  const notesItems = notes.split("\n").filter((line) => BULLET.test(line)).map((line) => normalize(plainText(itemText(line))).replace(/^[a-z]+\(([^()]+)\)!?:\s*/u, "$1: ")).filter(Boolean);
  const notesHeadings = notes.split("\n").filter((line) => /^#{1,6}\s/u.test(line)).map((line) => normalize(plainText(line.replace(/^#+\s*/u, "")))).filter(Boolean);
  posts.forEach((text, post) => {
    const content = nonEmpty(lines(text));
    content.forEach((line, i) => {
      if (!isLabel(line) || isNumbering(line)) return;
      const rest = content.slice(i + 1).filter((next) => !isNumbering(next));
      if (rest.every(isLabel)) {
        defects.push({ check: "dangling-lead-in", post, detail: `${rest.length === 0 ? "ends the post" : "is followed only by labels"}: "${line.trim()}"` });
        return;
      }
      // Compare with the notes: a lead-in to a code block or list must be followed by some of it.
      const tail = normalize(itemText(line)).slice(-40);
      const source = leadIns.find((leadIn) => tail.length >= 8 && (leadIn.tail.endsWith(tail) || tail.endsWith(leadIn.tail)));
      if (!source || (source.follows !== "code" && source.follows !== "list")) return;
      const next = normalize(itemText(rest[0]!)).replace(/…$/u, "");
      const kept = source.followers.some((follower) => overlaps(next, follower));
      // A one-word label ("Features:") over a change the notes list elsewhere is the post's own label for that change's
      // kind, which only shares its word with a lead-in of the notes.
      // The composer's kind labels run to three words ("Breaking changes:", "Heads-up:"), and a change it lists may be a
      // heading of the notes ("### Replacement of `ban-types`"), not one of their list items.
      const label = normalize(itemText(line)).replace(EMOJI, "").trim();
      const ownLabel = /^[\p{L}\s-]{2,32}:$/u.test(label) && label.split(/\s+/u).length <= 3 && [...notesItems, ...notesHeadings].some((item) => overlaps(next, item));
      if (!kept && !ownLabel) defects.push({ check: "dangling-lead-in", post, detail: `its ${source.follows === "code" ? "code block" : "list"} was left out: "${line.trim()}"` });
    });
  });
  return defects;
}

// "Here are some highlights from Neovim 2022.", "以下是本次更新的主要内容。", "The following changes are included.": a
// sentence that announces a list. Without the list right under it (its own items, not a kind label), it leads to nothing.
const ANNOUNCES_LIST =
  /^(?:here\s+(?:are|is)|here's|below\s+(?:are|is|you'll find)|the\s+following|these\s+are\s+the)\b.{0,80}\b(?:highlights?|changes|features|improvements|updates|fixes|notable)\b[^:]{0,60}[.!]?$|^(?:以下是|下面是|以下为|以下の|以下は|다음은).{0,40}(?:更新|变更|变化|内容|亮点|変更|新機能|변경|기능).{0,20}[。.！!]?$/iu;
/** A sentence announcing a list, followed by no item (the list was left out, or a kind label starts something else). */
export function announcedList({ posts }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    const content = nonEmpty(lines(text));
    content.forEach((line, i) => {
      if (BULLET.test(line) || !ANNOUNCES_LIST.test(line.trim())) return;
      if (BULLET.test(content[i + 1] ?? "")) return;
      defects.push({ check: "dangling-lead-in", post, detail: `announces a list that does not follow: "${line.trim()}"` });
    });
  });
  return defects;
}

// An item that promises the list under it without a colon: "以下のプリンター機種をメンテナンスサポートとして対応", "Support the
// following printer models", "支持以下型号", "다음 기종을 지원", "Unterstützt folgende Modelle".
const PROMISES_LIST =
  /(?:次の|以下の|下記の|下列|支持以下|以下|다음)|\bthe following\b|\bfolgende[nrs]?\b|\bsuivant(?:e|s|es)\b|\bsiguientes?\b/iu;
const indentOf = (line: string): number => /^\s*/u.exec(line)![0].replace(/\t/gu, "    ").length;

/** The notes' list items that promise their sub-items without a colon, each with its sub-items' texts. */
function promisingItems(notes: string): { text: string; followers: string[] }[] {
  const rows = notes.split("\n");
  const found: { text: string; followers: string[] }[] = [];
  rows.forEach((row, at) => {
    if (!BULLET.test(row)) return;
    const text = normalize(plainText(itemText(row)));
    if (text === "" || LABEL_END.test(text) || !PROMISES_LIST.test(text)) return;
    const followers: string[] = [];
    for (let next = at + 1; next < rows.length; next++) {
      const line = rows[next]!;
      if (line.trim() === "") continue;
      if (indentOf(line) <= indentOf(row)) break;
      if (BULLET.test(line)) followers.push(normalize(plainText(itemText(line))));
    }
    if (followers.length > 0) found.push({ text, followers });
  });
  return found;
}

/** A post's line that shows such an item without any of its list, inline or on the lines under it. */
export function promisedList({ posts, notes }: Context): Defect[] {
  const promising = promisingItems(notes);
  if (promising.length === 0) return [];
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    const content = nonEmpty(lines(text));
    content.forEach((line, i) => {
      const said = normalize(itemText(line)).replace(/…$/u, "");
      // A line cut before its promise ("…hooks; the following rules…" shown as "…hooks…") promises nothing.
      if (said.length < 6 || LABEL_END.test(said) || !PROMISES_LIST.test(said)) return;
      const source = promising.find((item) => overlaps(said, item.text));
      if (!source) return;
      // The names shown in the line itself ("…に対応: TSP100LAN, …") or on the lines right under it.
      const around = [said, ...content.slice(i + 1, i + 3).map((next) => normalize(itemText(next)))];
      const shown = source.followers.some((follower) => around.some((part) => part.includes(follower.slice(0, 12))));
      if (!shown) defects.push({ check: "dangling-lead-in", post, detail: `promises a list that was left out: "${line.trim()}"` });
    });
  });
  return defects;
}
