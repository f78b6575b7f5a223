// Headings that name a release's new features in German, French, Spanish, Portuguese and Italian: "Neue
// Funktionalität", "Neue Eigenschaften", "Neuerungen", "Nouvelles fonctionnalités", "Nuevas funcionalidades", "Novas
// funcionalidades", "Novità". English, Chinese, Japanese and Korean feature words live in kinds.ts's HEADINGS; these
// languages inflect "new" (neu/neue/neues, nuevo/nuevas, novo/novas) and name features in words of their own, so a
// German "Neue Funktionalität" list read as no kind at all and ranked below its two fixes.

// "New …" in each language, any gender and number, then anything that is not a fix or a speed-up: "Neue Fehlerbehebungen"
// and "Nuevas correcciones" stay fixes, "Neue Leistungsverbesserungen" performance; "Nova versão" names a release.
const NEW_WORD = String.raw`neu(?:e[rsnm]?)?|nouve(?:au|aux|lles?)|nuev[oa]s?|nov[oa]s?|nuov[oie]`;
const NOT_FIX_OR_SPEED = String.raw`(?![^]*(?:fehler|bug|fix|korrektur|correct|corrig|correc|correç|corre[zs]ion|versi|release|leistung|performance|rendimiento|desempenho|prestazion))`;
// Nouns that are features on their own: news, improvements, extensions, functions.
const FEATURE_NOUN = String.raw`neuerungen|neuheiten|funktion(?:en|alität(?:en)?)|verbesserungen|erweiterungen|nouveautés?|améliorations?|fonctionnalités?|novedades|mejoras|funcionalidades|características|novidades|melhorias|recursos|novità|miglioramenti|funzionalità`;

/** A heading (without emoji or trailing colon) that names new features in a European language other than English. */
export const EUROPEAN_FEATURE_HEADING = new RegExp(String.raw`^(?:(?:${NEW_WORD})\b${NOT_FIX_OR_SPEED}|(?:weitere\s+|autres\s+|otras\s+|outras\s+|altre\s+)?(?:${FEATURE_NOUN})$)`, "iu");
