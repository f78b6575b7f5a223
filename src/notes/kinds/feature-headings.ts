// Headings that name a release's new features in German, French, Spanish, Portuguese and Italian: "Neue
// Funktionalität", "Neue Eigenschaften", "Neuerungen", "Nouvelles fonctionnalités", "Nuevas funcionalidades", "Novas
// funcionalidades", "Novità". English, Chinese, Japanese and Korean feature words live in kinds.ts's HEADINGS; these
// languages inflect "new" (neu/neue/neues, nuevo/nuevas, novo/novas) and name features in words of their own, so a
// German "Neue Funktionalität" list read as no kind at all and ranked below its two fixes.

// "New …" in each language, any gender and number.
const NEW_WORD = String.raw`neu(?:e[rsnm]?)?|nouve(?:au|aux|lles?)|nuev[oa]s?|nov[oa]s?|nuov[oie]`;
const NEW_PREFIX = String.raw`(?:(?:${NEW_WORD})\s+)?`;

// Nouns of other kinds of change, which "new" does not make features: "Nouvelles dépréciations" are deprecations, "Neue
// Abhängigkeiten" dependencies, "Nouveaux problèmes connus" known issues, "Nuevas eliminaciones" removals.
const DEPRECATION_NOUN = String.raw`d[ée]pr[ée]ciations?|obsolescences?|abkündigungen|veraltungen|deprecaci(?:ón|ones)|depreciaci(?:ón|ones)|deprecaç(?:ão|ões)|depreciaç(?:ão|ões)|descontinuaç(?:ão|ões)|deprecazioni|deprecazione`;
const DEPENDENCY_NOUN = String.raw`abhängigkeiten|dépendances?|dependencias?|dependências?|dipendenze`;
const KNOWN_ISSUES_NOUN = String.raw`bekannte\s+(?:probleme|fehler|einschränkungen)|probl[èe]mes\s+connus|limitations\s+connues|problemas\s+(?:conocidos|conhecidos)|problemi\s+noti|limitazioni\s+note`;
const REMOVAL_NOUN = String.raw`entfernungen|suppressions?|eliminaciones|remoç(?:ão|ões)|rimozioni`;

/** "(New) <kind noun>" headings in German, French, Spanish, Portuguese and Italian, read as that kind (kinds.ts HEADINGS). */
export const EUROPEAN_KIND_HEADINGS: Array<[RegExp, "deprecation" | "dependencies" | "removal" | "drop"]> = [
  [new RegExp(String.raw`^${NEW_PREFIX}(?:${KNOWN_ISSUES_NOUN})$`, "iu"), "drop"],
  [new RegExp(String.raw`^${NEW_PREFIX}(?:${DEPRECATION_NOUN})$`, "iu"), "deprecation"],
  [new RegExp(String.raw`^${NEW_PREFIX}(?:${DEPENDENCY_NOUN})$`, "iu"), "dependencies"],
  [new RegExp(String.raw`^${NEW_PREFIX}(?:${REMOVAL_NOUN})$`, "iu"), "removal"],
];

// "New" then anything that is not another kind's noun: "Neue Fehlerbehebungen" and "Nuevas correcciones" stay fixes,
// "Neue Leistungsverbesserungen" performance, "Nova versão" names a release; the kind nouns above are those kinds.
const NOT_ANOTHER_KIND = String.raw`(?![^]*(?:fehler|bug|fix|korrektur|correct|corrig|correc|correç|corre[zs]ion|versi|release|leistung|performance|rendimiento|desempenho|prestazion|${DEPRECATION_NOUN}|${DEPENDENCY_NOUN}|${REMOVAL_NOUN}|probl[èe]m|problem))`;
// Nouns that are features on their own: news, improvements, extensions, functions.
const FEATURE_NOUN = String.raw`neuerungen|neuheiten|funktion(?:en|alität(?:en)?)|verbesserungen|erweiterungen|nouveautés?|améliorations?|fonctionnalités?|novedades|mejoras|funcionalidades|características|novidades|melhorias|recursos|novità|miglioramenti|funzionalità`;

/** A heading (without emoji or trailing colon) that names new features in a European language other than English. */
export const EUROPEAN_FEATURE_HEADING = new RegExp(String.raw`^(?:(?:${NEW_WORD})\b${NOT_ANOTHER_KIND}|(?:weitere\s+|autres\s+|otras\s+|outras\s+|altre\s+)?(?:${FEATURE_NOUN})$)`, "iu");
