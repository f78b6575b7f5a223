// Sub-points written under a list item with markers Markdown does not know ("a.", "b)", "(1)", "i.", "①"): Markdown
// reads them as the item's own text, so "vnpy_riskmanager模块重构 a. 采用… b. 支持… c." reaches a post as one run
// that a cut leaves ending on a marker. Written as a nested list, they are the item's details and its head its own.
import { endsWithCjk, wordWeight } from "../text/cjk.js";

// A list item's first line: its marker and the indent its content starts at.
const ITEM_LINE = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)\S/u;

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];

// A sub-point's marker: a letter or roman numeral with "." or ")", a letter or number in brackets, a circled number.
// A space follows a letter's mark ("a. 采用", not "e.g." or "a.b").
const SUB_POINT = new RegExp(`^[ \\t]*(?:\\(([a-z]|\\d{1,2}|[ivx]{1,4})\\)[ \\t]*|([a-z]|[ivx]{1,4})[.)][ \\t]+|([${CIRCLED}])[ \\t]*)(?=\\S)`, "iu");

/** The marker's place in its sequence (1 for "a", "i", "(1)", "①"), and which sequence; null for no marker. */
function position(line: string): { place: number; series: string } | null {
  const match = SUB_POINT.exec(line);
  if (!match) return null;
  const [, bracketed, dotted, circled] = match;
  if (circled) return { place: CIRCLED.indexOf(circled) + 1, series: "circled" };
  const mark = (bracketed ?? dotted ?? "").toLowerCase();
  const bracket = bracketed !== undefined ? "()" : "";
  if (/^\d+$/u.test(mark)) return { place: Number(mark), series: `number${bracket}` };
  // "i" is a letter after "h" and a numeral before "ii": runLength reads a run from "i" as numerals.
  return { place: mark.charCodeAt(0) - 96, series: `letter${bracket}` };
}

/** The roman reading of a marker ("ii" → 2), or 0. */
function romanPlace(line: string): number {
  const mark = /^[ \t]*\(?([ivx]{1,4})[.)]/iu.exec(line)?.[1]?.toLowerCase();
  return mark ? ROMAN.indexOf(mark) + 1 : 0;
}

/** Whether lines[from..] hold a run of two or more sub-points in order from the first ("a", "b"; "i", "ii"; "①", "②"). */
function runLength(lines: readonly string[], from: number): { count: number; roman: boolean } {
  const first = position(lines[from] ?? "");
  if (!first) return { count: 0, roman: false };
  const roman = romanPlace(lines[from] ?? "") === 1 && first.series.startsWith("letter");
  if (!roman && first.place !== 1) return { count: 0, roman: false };
  let count = 1;
  for (let index = from + 1; index < lines.length; index += 1) {
    const next = position(lines[index] ?? "");
    if (!next || next.series !== first.series) break;
    const expected = count + 1;
    if ((roman ? romanPlace(lines[index] ?? "") : next.place) !== expected) break;
    count += 1;
  }
  return { count: count >= 2 ? count : 0, roman };
}

/** The notes with each run of sub-points right under a list item's line written as that item's nested list. */
export function subPointsAsItems(source: string): string {
  if (!/^[ \t]*(?:\(?[a-z\d]{1,4}[.)]|[①②])/imu.test(source)) return source;
  const lines = source.split("\n");
  let indent = -1;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    const item = ITEM_LINE.exec(line);
    if (item) {
      indent = (item[1]?.length ?? 0) + (item[2]?.length ?? 0) + (item[3]?.length ?? 0);
      continue;
    }
    if (indent < 0 || line.trim() === "") {
      indent = -1;
      continue;
    }
    const run = runLength(lines, index).count;
    if (run === 0) continue;
    // The markers stay, for the reading to know the points for the item's own (outlinesPoints).
    for (let point = index; point < index + run; point += 1) lines[point] = `${" ".repeat(indent)}- ${(lines[point] ?? "").trim()}`;
    index += run - 1;
  }
  return lines.join("\n");
}

/** Sub-items that are all sub-points in order from the first ("a. …", "b. …"): the item's own outline of one change. */
export function outlinesPoints(texts: readonly string[]): boolean {
  return texts.length >= 2 && runLength(texts, 0).count === texts.length;
}

// A head of a few words ("Rework the scheduler", "vnpy_riskmanager模块重构") names an area, not what users get: a CJK
// character counts as half a word.
const FEW_WORDS = 4;

/** Whether an outline's head alone says little: a few words, no more. */
function saysLittle(head: string): boolean {
  return wordWeight(head) <= FEW_WORDS;
}

/** An outline's change as a post shows it: the head, and when the head says little, its first point after a colon
 *  ("Rework the scheduler: jobs can now be paused"), so the points a post leaves out are not all lost. */
export function outlineHead(head: string, points: readonly string[]): string {
  const first = (points[0] ?? "").replace(SUB_POINT, "").trim();
  if (first === "" || !saysLittle(head)) return head;
  const cjk = endsWithCjk(head);
  return `${head}${cjk ? "：" : ": "}${first}`;
}
