// An item that opens with its own kind's mark under that kind's label says the label twice: "⚠️ Breaking changes:
// • BREAKING CHANGE for templates authors: …", "Security: • SECURITY FIX: …", "⚠️ 破壊的変更: • 破壊的変更：…". The mark
// goes; whom it concerns stays as the item's scope ("Templates authors: …"). Marks in the languages notes come in, as
// tags ("[BREAKING]", "**SECURITY**:") or words before a colon. (Feature and fix words before a colon, "New:", "修复：",
// are model.ts's withoutKindPrefix when a capital follows; these go before a lower-case change too.) Pure.

const BREAKING =
  String.raw`breaking(?:[ -]changes?)?|(?:backwards?[- ])?incompatible changes?|破坏性(?:变更|更新|改动)|不兼容(?:变更|更新|改动)|破壊的(?:な)?変更|호환성(?:을)? 깨는 변경|주요 변경(?: ?사항)?|(?:inkompatible|brechende) änderung(?:en)?|changements? (?:incompatibles?|cassants?)|cambios? incompatibles?|mudanças? incompatíve(?:l|is)`;
const SECURITY =
  String.raw`security(?:[ -](?:fix(?:es)?|issue|update|patch))?|sicherheit(?:sfix|s-?update)?|sécurité|correctif de sécurité|seguridad|segurança|安全(?:修复|修復|问题|問題|更新)?|セキュリティ(?:修正|アップデート)?|보안(?: 수정| 업데이트)?`;
const FEATURE = String.raw`new|feature|neu|nouveau|nouveauté|nuevo|novo|新增|新功能|新機能|신규|새 기능`;
const FIX = String.raw`fix(?:ed)?|bug ?fix(?:ed)?|behoben|correctif|corrigé|corrección|corregido|correção|corrigido|修复|修復|修正|버그 수정|수정`;
const MARKS: Partial<Record<string, RegExp>> = {
  breaking: markPattern(BREAKING),
  security: markPattern(SECURITY),
  feature: markPattern(FEATURE),
  fix: markPattern(FIX),
};

function markPattern(words: string): RegExp {
  // The mark, bare or as a tag, maybe with whom it concerns ("for templates authors", "für Plugin-Autoren"), then a
  // colon or the tag's close; then the change.
  return new RegExp(
    String.raw`^[\p{Extended_Pictographic}\uFE0F\s]*(?:\*\*|__)?(?:\[(?:${words})\]|(?:${words})(?:\s+(?:for|to|in|on|affecting|für|pour|para)\s+([^:：\[\]\x60]{1,40}?))?\s*(?:\*\*|__)?\s*[:：])\s*(?:\*\*|__)?\s*(?=\S)`,
    "iu",
  );
}

/** Whether the item opens with a mark of `kind`. */
export const opensWithOwnMark = (text: string, kind: string): boolean => MARKS[kind]?.test(text) === true;

/** The item without an opening mark of `kind` (breaking or security), with the scope the mark named; as it is when it
 *  has none. */
export function withoutOwnMark(text: string, kind: string): string {
  const mark = MARKS[kind]?.exec(text);
  if (!mark) return text;
  const rest = text.slice(mark[0].length);
  const scope = mark[1]?.trim();
  if (scope) return `${capitalized(scope)}: ${rest}`;
  return capitalized(rest);
}

// "escape user names…" after "SECURITY FIX:" opens the item now: a plain lower-case word takes its capital; a name in
// code or with capitals inside ("iOS", "npm_config") stays as written.
export const capitalized = (text: string): string => (/^[a-z]+(?=[\s,.;:]|$)/u.test(text) ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text);
