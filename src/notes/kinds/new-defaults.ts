// A feature that users get without asking because it is now on by default: "Playable Layersが既定ですべて変換される
// ようになりました", "X is now enabled by default", "现在默认启用 X", "기본으로 활성화", "standardmäßig aktiviert",
// "activé par défaut", "habilitado por defecto", "ativado por padrão". Every user meets it on upgrading, so it leads
// the features the notes list beside it.

// What a default turns a thing to, on and off: "is now enabled by default", "to be disabled by default". Shared with
// kinds.ts, which reads a changed default (CHANGED_DEFAULT, BEHAVIOUR_VERBS).
export const DEFAULT_STATES = String.raw`disabled|enabled|off|on|opt-in|opt-out|turned (?:on|off)|hidden|shown`;
/** "`x` is now enabled by default", "Checks are now **off** by default": the English words, for `states`. */
export const nowStateByDefault = (states: string): string => String.raw`\b(?:is|are) now (?:\*\*)?(?:${states})(?:\*\*)? by default\b`;

const NOW_BY_DEFAULT = new RegExp(
  [
    String.raw`\b(?:now|are now|is now)\b[^.;!?\n]{0,60}?\bby default\b|\bby default\b[^.;!?\n]{0,40}?\bnow\b|\b(?:enabled|on|turned on) by default\b`,
    String.raw`(?:既定|デフォルト)で[^。\n]{0,60}?(?:ようになりました|ようになります|なりました|されます)|(?:既定|デフォルト)で(?:有効|オン)`,
    String.raw`(?:现在|現在)?默认(?:启用|开启|打开|开启了|启用了|会|將|将)|預設(?:啟用|開啟)`,
    String.raw`기본(?:값)?\s*(?:으로|적으로)\s*[^.\n]{0,40}?(?:활성화|적용|사용)`,
    String.raw`\bstandardmäßig\b[^.;!?\n]{0,40}?\b(?:aktiviert|eingeschaltet|an)\b|\b(?:activée?s?|habilitad[oa]s?|activad[oa]s?|ativad[oa]s?)\s+(?:par défaut|por defecto|por padrão|por predeterminado)\b`,
  ].join("|"),
  "iu",
);

// Where the item's first clause ends: a sentence's end, ";", or a comma before a second clause ("Add `--quiet` flag; the
// spinner is now shown by default", "Add X, and Y is now on by default"). A default told there is the item's own.
const FIRST_CLAUSE_END = /[;；。!?！？]|\.(?:\s|$)|,\s+(?:and|but|while|so|also)\s|，/u;

/** A line whose first clause says its feature is now on, or done, by default ("X is now enabled by default"), not a
 *  second clause that tells of something else's default. */
export function nowByDefault(text: string): boolean {
  const end = FIRST_CLAUSE_END.exec(text);
  return NOW_BY_DEFAULT.test(end === null ? text : text.slice(0, end.index));
}
