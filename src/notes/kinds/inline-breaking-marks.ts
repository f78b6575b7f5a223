// A breaking mark written inside an item, after its commit type or scope: "fix: [breaking] don't auto-install …",
// "feat(api): BREAKING: rename …", "fix: (breaking change) …", "修复：[破坏性变更] …". The item breaks wherever the notes
// file it (under "Fixes", after a feature): the mark says so, and goes from the shown text, which the breaking label
// says instead.

// The mark in brackets or before a colon, in English and in the words Chinese, Japanese and Korean notes use.
const WORDS = String.raw`breaking(?:[ -]changes?)?|破坏性(?:变更|改动|更新)?|不兼容(?:变更|改动)?|破壊的(?:な)?変更|互換性のない変更|(?:호환성\s)?(?:파괴적|중대한)\s?변경(?:\s?사항)?|호환성\s?깨짐`;
const MARK = new RegExp(String.raw`^(?:⚠️?\s*)?(?:\[\s*(?:${WORDS})\s*\]|\(\s*(?:${WORDS})\s*\)|【\s*(?:${WORDS})\s*】)\s*[:：]?\s*|^(?:⚠️?\s*)?(?:${WORDS})\s*[:：]\s*`, "iu");

/** The item's text without a leading breaking mark, or null when it has none. */
export function withoutBreakingMark(text: string): string | null {
  const mark = MARK.exec(text);
  if (!mark) return null;
  const rest = text.slice(mark[0].length);
  return /\S/u.test(rest) ? rest : null;
}
