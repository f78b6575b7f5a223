// A sentence that leads in to a list of names ("CGI は default gem から除外されました。次のメソッド向けに `cgi/escape`
// のみ提供します。" over "- `CGI.escape` / `CGI.unescape`", "- `CGI.escapeHTML`"…; "These APIs were removed:" over
// "- `a`", "- `b`"): the names are parts of that one change, not changes of their own, so a count of what the posts
// left out tells the change once. A short label over such names ("Core:", "API") is no sentence: its items stay apart.
import type { Block } from "./markdown.js";

// A sub-item that is only code names, with separators between them ("`CGI.escape` / `CGI.unescape`", "`a`, `b`").
const ONLY_NAMES = /^(?:`[^`\n]+`[\s/,、，&+|.。;；-]*|(?:and|or|和|及|と|및)\s+)+$/u;
// A lead-in that is a sentence: it ends with a stop or a colon after several words (or CJK characters).
const SENTENCE_LEAD_IN = /(?:\S+\s+){3,}\S*[.:：。]$|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][^\n]{7,}[:：。.]$/u;

// Or a qualified name written bare, as changelogs name sniffs, rules and modules ("PSR2.Classes.PropertyDeclaration",
// "Foo\\Bar\\Baz", "eslint-plugin/no-foo"), with the references the notes put after it ("[#950]", "(#12)").
const QUALIFIED_NAME = /^[\p{L}_][\w-]*(?:(?:\.|::|\\|\/)[\p{L}_][\w-]*)+(?:\s*(?:\[#?\d+\]|\(#\d+\)))*[.。]?$/u;
// A credit among the parts ("Thanks to Juliette for the patches."): it names who, not a part, and does not make the
// list a list of changes.
const CREDIT = /^(?:(?:many|special|big)\s+)?(?:thanks|thank you|kudos|props|credits?)\b|^(?:感谢|感謝|鸣谢|謝辞)/iu;

/** The item at `index` is a sentence over sub-items that only name things: one change with its parts listed. */
export function leadsInNamedParts(blocks: readonly Block[], index: number, clean: (text: string) => string): boolean {
  const block = blocks[index];
  if (!block || block.kind !== "item" || !block.hasChildren || !SENTENCE_LEAD_IN.test(clean(block.text))) return false;
  const children = blocks.filter((child) => child.kind === "item" && child.parent === index);
  // "…to the following sniffs:" over one name and a credit line names its one part all the same.
  const parts = children.filter((child) => !CREDIT.test(clean(child.text).trim()));
  const enough = parts.length >= 2 || (parts.length === 1 && children.length >= 2 && /[:：]$/u.test(clean(block.text)));
  return enough && parts.every((child) => !child.hasChildren && (ONLY_NAMES.test(clean(child.text)) || QUALIFIED_NAME.test(clean(child.text).trim())));
}
