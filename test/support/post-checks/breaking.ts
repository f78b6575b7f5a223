// A breaking change the notes announce is said in post 1: users must act on it before anything else.
import type { BreakingMarkers, Context, Defect } from "./types.ts";
import { itemText } from "./text.ts";

const UNIVERSAL_BREAKING = ["breaking", "⚠", "💥", "破坏性", "不兼容", "破壊的", "incompatible"];
/** Whether the section under the heading on line `index` holds anything (sub-sections included) but blank lines and
 *  HTML comments. */
function sectionHolds(lines: readonly string[], index: number): boolean {
  const level = /^\s{0,3}(#{1,6})\s/u.exec(lines[index] ?? "")?.[1]?.length ?? 1;
  for (const line of lines.slice(index + 1)) {
    const heading = /^\s{0,3}(#{1,6})\s/u.exec(line)?.[1];
    if (heading !== undefined && heading.length <= level) return false;
    if (heading === undefined && line.replace(/<!--.*?-->/gu, "").trim() !== "") return true;
  }
  return false;
}

// A section that takes its own heading back: "### Breaking" over "We do not expect any breaking changes in existing
// code." announces nothing a user must act on. Read from the lines before the section's first item.
const DISCLAIMS =
  /\b(?:no|not (?:expect|anticipate|aware of) any|don't (?:expect|anticipate) any)\s+(?:known\s+)?(?:breaking|backwards?[- ]incompatible|incompatible)\b|keine\s+(?:breaking|inkompatiblen)|aucun\s+changement\s+(?:cassant|incompatible)|(?:没有|沒有|不会有)(?:任何)?(?:破坏性|破壞性|不兼容)|破壊的(?:な)?変更は(?:ありません|ない)/iu;
function sectionDisclaims(lines: readonly string[], index: number): boolean {
  const intro: string[] = [];
  for (const line of lines.slice(index + 1)) {
    if (/^\s{0,3}#{1,6}\s/u.test(line) || /^\s*(?:[-*+]|\d+[.)])\s/u.test(line)) break;
    intro.push(line);
  }
  return DISCLAIMS.test(intro.join(" "));
}

/** Whether the notes announce a breaking change, and in which words. Code blocks are not read. */
export function breakingIn(notes: string): BreakingMarkers {
  const words = new Set<string>();
  let inCode = false;
  const lines = notes.split("\n");
  for (const [index, raw] of lines.entries()) {
    if (/^\s*(?:`{3,}|~{3,})/u.test(raw)) inCode = !inCode;
    if (inCode) continue;
    const heading = /^\s{0,3}#{1,6}\s+(.*)$/u.exec(raw)?.[1];
    const item = itemText(raw).replace(/^[*_[(]+/u, "");
    if (heading !== undefined) {
      const title = heading.replace(/[#*_`]/gu, "").trim();
      // A breaking-change label, not a heading that happens to use the word ("Fix line breaking in JSX").
      // A template's empty "## Breaking Changes" announces nothing.
      const marked = /\bBREAKING\b/u.test(title) || /breaking changes?|^\W*(?:breaking|backwards?[- ]incompatible|⚠|💥)|破坏性|不兼容|破壊的|^major changes$/iu.test(title);
      if (marked && sectionHolds(lines, index) && !sectionDisclaims(lines, index)) {
        if (title.length <= 40) words.add(title.toLowerCase());
        for (const word of UNIVERSAL_BREAKING) if (title.toLowerCase().includes(word)) words.add(word);
        if (/^major changes$/iu.test(title)) words.add("major");
      }
    }
    if (
      !DISCLAIMS.test(raw) &&
      !(heading !== undefined && sectionDisclaims(lines, index)) &&
      (/\bBREAKING\b|\b[a-z]+(?:\([^)]*\))?!:/u.test(raw) ||
      /breaking changes?\s*[:：]/iu.test(raw) ||
      /^(?:\[?breaking\]?|breaking change)\s*[:：\]]/iu.test(item) ||
      /^(?:⚠|💥)/u.test(item) ||
      // git-cliff: "- *(azure_devops)* [**breaking**] Rename …"
      /^\s*[-*+]\s+(?:\*?\([^)]{1,40}\)\*?\s*)?\[\s*\**breaking\**\s*\]/iu.test(raw) ||
      /^(?:\*\*)?[\w-]+:(?:\*\*)?\s*⚠/u.test(item) ||
      // "不兼容" names a break as a kind of change ("不兼容的变更", "不向下兼容"); "与 CPU 不兼容时" describes a bug.
      /破坏性|不兼容(?:的)?(?:变更|更新|改动|修改|升级)|不向[下后]兼容|向[下后]不兼容|破壊的|SEMVER-MAJOR/u.test(raw) ||
      /^backwards?[- ]incompatible/iu.test(item))
    ) {
      for (const word of UNIVERSAL_BREAKING) if (raw.toLowerCase().includes(word)) words.add(word);
      words.add("breaking");
    }
  }
  return { present: words.size > 0, words: [...words] };
}

/** Whether a post says a breaking change as a label, a mark or a count ("⚠️ Breaking changes:", "(2 breaking)",
 *  "破坏性变更："), not only as a word in a sentence ("…by introducing breaking changes ahead of time"). */
function saysBreaking(post: string, words: readonly string[]): boolean {
  if (/[⚠💥]/u.test(post)) return true;
  const lines = post.toLowerCase().split("\n");
  return words.some((word) =>
    lines.some((line) => {
      const at = line.indexOf(word);
      if (at < 0) return false;
      const before = line.slice(0, at);
      const after = line.slice(at + word.length);
      return /^[\W\d]*$/u.test(before) || /(?:\d+|[:：])\s*$/u.test(before) || /^[^.!?。]{0,20}[:：]/u.test(after);
    }),
  );
}

/** When the notes announce a breaking change, the first post says so. */
// A count that says breaking ("+4 more (1 breaking)", "ほか 15 件の変更（うち破壊的変更 1 件）", "另有 3 项更新（含 1 项破坏性变更）").
const BREAKING_WORD = /breaking|incompatible|破壊的|破坏性|破壞性|不兼容|호환되지 않는|호환성|하위 호환/iu;
const COUNT_LINE = /^\s*(?:\+\s*\d|and \d+ more|ほか|他\s*\d|另有|另外|其他|还有|還有|외|그 외|\d+\s*(?:more|other))|[(（][^()（）]*\d[^()（）]*[)）]\s*$/iu;
// A post that shows a breaking change: a mark, a label line, or an item that says it.
const SHOWS_BREAKING = /[⚠💥]|^\s*(?:[•*-]\s*)?(?:\*\*)?(?:breaking|破壊的|破坏性|破壞性|不兼容|호환)[^\n]{0,30}[:：]|^\s*(?:[•*-]\s*)?(?:BREAKING|\[breaking\])/imu;
/** Post 1 counts a breaking change among what it leaves out, and shows none: the change users must act on is hidden. */
function breakingOnlyCounted(post: string): boolean {
  if (SHOWS_BREAKING.test(post)) return false;
  return post.split("\n").some((line) => BREAKING_WORD.test(line) && COUNT_LINE.test(line));
}

export function breakingFirst({ posts, breaking }: Context): Defect[] {
  if (posts.length > 0 && breakingOnlyCounted(posts[0]!)) return [{ check: "breaking-first", post: 0, detail: "post 1 counts a breaking change among the ones it leaves out and shows none" }];
  if (!breaking.present || posts.length === 0) return [];
  const said = saysBreaking(posts[0]!, [...UNIVERSAL_BREAKING, ...breaking.words]);
  return said ? [] : [{ check: "breaking-first", post: 0, detail: `the notes announce a breaking change (${breaking.words.slice(0, 3).join(", ")}) but post 1 does not say so` }];
}
