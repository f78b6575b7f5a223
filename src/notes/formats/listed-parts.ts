// A sentence that leads in to a list of names ("CGI は default gem から除外されました。次のメソッド向けに `cgi/escape`
// のみ提供します。" over "- `CGI.escape` / `CGI.unescape`", "- `CGI.escapeHTML`"…; "These APIs were removed:" over
// "- `a`", "- `b`"): the names are parts of that one change, not changes of their own, so a count of what the posts
// left out tells the change once. A short label over such names ("Core:", "API") is no sentence: its items stay apart.
import type { Block } from "./markdown.js";

// A sub-item that is only code names, with separators between them ("`CGI.escape` / `CGI.unescape`", "`a`, `b`").
const ONLY_NAMES = /^(?:`[^`\n]+`[\s/,、，&+|.。;；-]*|(?:and|or|和|及|と|및)\s+)+$/u;
// A lead-in that is a sentence: it ends with a stop or a colon after several words (or CJK characters).
const SENTENCE_LEAD_IN = /(?:\S+\s+){3,}\S*[.:：。]$|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][^\n]{7,}[:：。.]$/u;

/** The item at `index` is a sentence over sub-items that only name things: one change with its parts listed. */
export function leadsInNamedParts(blocks: readonly Block[], index: number, clean: (text: string) => string): boolean {
  const block = blocks[index];
  if (!block || block.kind !== "item" || !block.hasChildren || !SENTENCE_LEAD_IN.test(clean(block.text))) return false;
  const children = blocks.filter((child) => child.kind === "item" && child.parent === index);
  return children.length >= 2 && children.every((child) => !child.hasChildren && ONLY_NAMES.test(clean(child.text)));
}
