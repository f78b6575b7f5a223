// An item that opens with its own kind's mark under that kind's label says the label twice: "⚠️ Breaking changes:
// • BREAKING CHANGE for templates authors: …", "Security: • SECURITY FIX: …", "⚠️ 破壊的変更: • 破壊的変更：…". The mark
// goes; whom it concerns stays as the item's scope ("Templates authors: …"). Marks in the languages notes come in, as
// tags ("[BREAKING]", "**SECURITY**:") or words before a colon. (Feature and fix words before a colon, "New:", "修复：",
// are model.ts's withoutKindPrefix, which keeps them before a lower-case sentence.) The change keeps its own case. Pure.

const BREAKING =
  String.raw`breaking(?:[ -]changes?)?|(?:backwards?[- ])?incompatible changes?|破坏性(?:变更|更新|改动)|不兼容(?:变更|更新|改动)|破壊的(?:な)?変更|호환성(?:을)? 깨는 변경|주요 변경(?: ?사항)?|(?:inkompatible|brechende) änderung(?:en)?|changements? (?:incompatibles?|cassants?)|cambios? incompatibles?|mudanças? incompatíve(?:l|is)`;
const SECURITY =
  String.raw`security(?:[ -](?:fix(?:es)?|issue|update|patch))?|sicherheit(?:sfix|s-?update)?|sécurité|correctif de sécurité|seguridad|segurança|安全(?:修复|修復|问题|問題|更新)?|セキュリティ(?:修正|アップデート)?|보안(?: 수정| 업데이트)?`;
const MARKS: Partial<Record<string, RegExp>> = {
  breaking: markPattern(BREAKING),
  security: markPattern(SECURITY),
};

function markPattern(words: string): RegExp {
  // The mark, bare or as a tag, maybe with whom it concerns ("for templates authors", "für Plugin-Autoren"), then a
  // colon or the tag's close; then the change.
  return new RegExp(
    String.raw`^[\p{Extended_Pictographic}\uFE0F\s]*(?:\*\*|__)?(?:\[(?:${words})\]|(?:${words})(?:\s+(?:for|to|in|on|affecting|für|pour|para)\s+([^:：\[\]\x60]{1,40}?))?\s*(?:\*\*|__)?\s*[:：])\s*(?:\*\*|__)?\s*(?=\S)`,
    "iu",
  );
}

/** The item without an opening mark of `kind` (breaking or security), with the scope the mark named; as it is when it
 *  has none. */
export function withoutOwnMark(text: string, kind: string): string {
  const mark = MARKS[kind]?.exec(text);
  if (!mark) return text;
  const rest = text.slice(mark[0].length);
  const scope = mark[1]?.trim();
  if (scope) return `${capitalized(scope)}: ${rest}`;
  return rest;
}

// The scope opens the item now ("templates authors" → "Templates authors"); a name in code or with capitals inside
// ("iOS", "npm_config") stays as written.
const capitalized = (text: string): string => (/^[a-z]+(?=[\s,.;:]|$)/u.test(text) ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text);
