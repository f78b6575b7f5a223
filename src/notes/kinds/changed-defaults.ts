// A default changed, told with what it was: "The default Helm post-render strategy has changed from `nohooks` to
// `combined`", "the default cache location was changed from `~/.astropy/cache` to `$XDG_CACHE_HOME/astropy`", "CODATA
// 2022 has replaced CODATA 2018 as default", "默认值从 A 改为 B". Every user who relied on the old default meets it on
// upgrading, without touching a line: a breaking change, in whatever section it sits. (A default named without the old
// one, "The default port has been changed to 8080", or a feature "now enabled by default", says less; the notes'
// sections weigh those.) Pure word tests on one change's text.

const CHANGED_FROM = String.raw`(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+|is\s+|are\s+|has\s+|have\s+)?(?:now\s+)?(?:changed|switched|moved|updated)\s+from\b[^.;!?\n]{1,80}?\bto\b`;
const DEFAULT_CHANGED = new RegExp(
  [
    // English: "the default X has changed from A to B", "changed the default X from A to B", "B replaced A as default",
    // "B is now the default instead of A".
    String.raw`\bdefaults?\b[^.;!?\n]{0,80}?\b${CHANGED_FROM}`,
    String.raw`\b(?:change[sd]?|switch(?:es|ed)?)\s+the\s+default\b[^.;!?\n]{0,60}?\bfrom\b[^.;!?\n]{1,80}?\bto\b`,
    String.raw`\b(?:has\s+|have\s+)?replaced\b[^.;!?\n]{1,60}?\bas\s+(?:the\s+)?default\b`,
    String.raw`\bis\s+now\s+the\s+default\b[^.;!?\n]{0,40}?\binstead\s+of\b`,
    // German: "Der Standardwert wurde von A auf B geändert".
    String.raw`\b(?:standard|voreinstellung|vorgabe)\S*[^.;!?\n]{0,60}?\bvon\b[^.;!?\n]{1,60}?\b(?:auf|zu|in)\b[^.;!?\n]{1,60}?\b(?:geändert|umgestellt)`,
    // French, Spanish, Portuguese: "par défaut … passe de A à B", "predeterminado … cambió de A a B", "padrão … mudou de A para B".
    String.raw`\bpar\s+défaut\b[^.;!?\n]{0,60}?\b(?:passe|est\s+passée?|a\s+changé|a\s+été\s+modifiée?|change)\s+de\b[^.;!?\n]{1,60}?\bà\b`,
    String.raw`(?:\bpredeterminad\S*|\bpor\s+defecto)[^.;!?\n]{0,60}?\b(?:cambi[óa]|ha\s+cambiado|pasa|pasó)\s+de\b[^.;!?\n]{1,60}?\ba\b`,
    String.raw`\bpadrão\b[^.;!?\n]{0,60}?\b(?:mudou|foi\s+alterad[oa]|passa|passou)\s+de\b[^.;!?\n]{1,60}?\bpara\b`,
    // Russian: "значение по умолчанию изменено с A на B".
    String.raw`по\s+умолчанию[^.;!?\n]{0,60}?изменен\S*\s+с\s[^.;!?\n]{1,60}?\sна\s`,
    // Chinese, Japanese, Korean: "默认值从 A 改为 B", "デフォルトを A から B に変更", "기본값을 A에서 B로 변경".
    String.raw`默认[^。；\n]{0,40}?(?:从|由)[^。；\n]{1,40}?(?:改为|更改为|变更为|修改为|调整为|切换为|变为|改成)`,
    String.raw`(?:デフォルト|既定|初期値)[^。\n]{0,40}?から[^。\n]{1,40}?(?:に|へ)(?:変更|切り替え)`,
    String.raw`기본\s*값?[^.\n]{0,40}?에서[^.\n]{1,40}?(?:으로|로)\s*(?:변경|전환)`,
  ].join("|"),
  "iu",
);

/** True when a change's words say a default changed and name the default users had. */
export const changesDefault = (text: string): boolean => DEFAULT_CHANGED.test(text.replace(/`[^`\n]*`/gu, "`x`"));
