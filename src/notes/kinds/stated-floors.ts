// A raised runtime or platform floor as German, French, Spanish, Portuguese and Russian notes state it, and the short
// English "Java 21 required": "Windows 10 wird als Minimum-OS vorausgesetzt", "Es wird macOS 11 als Minimum
// vorausgesetzt", "nécessite désormais Java 21", "requiere Node 20", "requer Python 3.10", "требуется Java 21". Every
// user on an older system must act, wherever the notes put the line. kinds.ts adds these to its floor pattern (one
// platform pattern, lower-case text); a bundled runtime ("Java JDK 25 wird mitgeliefert") states no floor.

/** Words every pattern below has, for kinds.ts's cheap test before the long one. */
export const STATED_FLOOR_HINT = /voraus|erforderlich|benötigt|erfordert|mindest|unterstützt|nécessit|requi[eè]r|requis|exig|necesit|necessári|requer|obligatori|obrigatóri|mínim|soportad|suportad|compatible|pris en charge|требу|необходим|минималь|поддерж|required/iu;

/** The regex source (for lower-case text, no flags) of a floor on `platform` in the languages above. */
export function statedFloor(platform: string): string {
  const version = String.raw`${platform}[\s/-]*v?\d[\w.]*\+?`;
  return [
    // German: "Windows 10 wird als Minimum-OS vorausgesetzt", "Es wird macOS 11 als Minimum vorausgesetzt", "setzt
    // Java 21 voraus", "benötigt mindestens Node 20", "Python 3.8 wird nicht mehr unterstützt".
    String.raw`\b${version}\s+(?:oder\s+(?:neuer|höher)\s+)?(?:wird|ist|werden|sind)\s+(?:nun\s+|jetzt\s+|ab\s+sofort\s+)?(?:als\s+(?:minimum|mindestanforderung|mindestversion)(?:-\S+)?\s+|mindestens\s+)?(?:vorausgesetzt|erforderlich|benötigt|notwendig)`,
    String.raw`\b(?:wird|werden|ist|sind)\s+(?:nun\s+|jetzt\s+|ab\s+sofort\s+)?(?:mindestens\s+)?${version}\s+(?:oder\s+(?:neuer|höher)\s+)?(?:als\s+(?:minimum|mindestanforderung|mindestversion)(?:-\S+)?\s+)?(?:vorausgesetzt|erforderlich|benötigt|notwendig)`,
    String.raw`\b(?:benötigt|erfordert|verlangt|setzt)\s+(?:nun\s+|jetzt\s+|ab\s+sofort\s+)?(?:mindestens\s+)?${version}`,
    String.raw`\bmindest(?:version|anforderung)[^.;]{0,30}?${version}|\b${version}\s+(?:ist\s+)?(?:die\s+)?(?:neue\s+)?mindestversion`,
    String.raw`\b${version}\s+(?:und\s+älter\s+)?(?:wird|werden)\s+nicht\s+mehr\s+unterstützt`,
    // French: "nécessite désormais Java 21", "Java 21 est désormais requis", "macOS 10.15 n'est plus pris en charge".
    String.raw`\b(?:nécessite|requiert|exige)\s+(?:désormais\s+|maintenant\s+)?(?:au\s+moins\s+)?${version}`,
    String.raw`\b${version}\s+(?:ou\s+(?:plus|supérieur)\s+)?(?:est\s+)?(?:désormais\s+|maintenant\s+)?(?:requis|nécessaire|obligatoire)`,
    String.raw`\b${version}\s+(?:et\s+antérieurs?\s+)?n['’](?:est|sont)\s+plus\s+(?:pris\s+en\s+charge|supportée?s?)`,
    // Spanish and Portuguese: "requiere Node 20", "Java 21 es ahora obligatorio", "requer Python 3.10", "versão mínima".
    String.raw`\b(?:requiere|exige|necesita|requer|necessita(?:\s+de)?)\s+(?:ahora\s+|agora\s+)?(?:al\s+menos\s+|pelo\s+menos\s+)?${version}`,
    String.raw`\b${version}\s+(?:o\s+superior\s+|ou\s+superior\s+)?(?:es\s+|é\s+)?(?:ahora\s+|agora\s+)?(?:requerid[oa]|obligatori[oa]|necesari[oa]|obrigatóri[oa]|necessári[oa])`,
    String.raw`\b${version}\s+(?:ya\s+no\s+(?:es\s+)?(?:compatible|soportad[oa])|não\s+é\s+mais\s+suportad[oa])`,
    String.raw`\bversi[óã]o?n?\s+mínima\s+(?:de\s+|do\s+|del\s+)?${version}`,
    // Russian: "требуется Java 21", "теперь требует Node 20", "поддержка Windows 7 прекращена".
    String.raw`(?:требуется|требует|необходим[аоы]?)\s+(?:теперь\s+)?(?:как\s+минимум\s+|минимум\s+)?${version}`,
    String.raw`минимальн\S*\s+(?:версия|требования)[^.;]{0,30}?${version}`,
    String.raw`(?:прекращена|удалена)\s+поддержка\s+${version}|поддержка\s+${version}\s+(?:прекращена|удалена)`,
    // English, short: "Java 21 required", "Node 20+ now required" (the long forms are kinds.ts's).
    String.raw`\b${version}\s+(?:or\s+(?:later|newer|higher)\s+)?(?:now\s+)?required\b`,
  ].join("|");
}

// A need lifted, not raised: the verb negated ("no longer requires Java 8", "ya no requiere", "não requer", "больше не
// требуется", "nicht mehr erforderlich", "ne nécessite plus", "不再需要", "不要になりました"). Users on old systems gain,
// none must act. Cut out (to the end of its clause) before the floor patterns run, so a real floor beside it still counts.
const LIFTED_NEED = new RegExp(
  [
    String.raw`\b(?:no\s+longer|(?:does|do|is|are)\s+not|doesn['’]t|don['’]t|isn['’]t|aren['’]t)\s+(?:requir|need)[^.;,\n]*`,
    String.raw`\b(?:ya\s+no|no)\s+(?:requiere|exige|necesita|es\s+(?:necesari|obligatori|requerid))[^.;,\n]*`,
    String.raw`\b(?:não|nao|já\s+não)\s+(?:requer|exige|necessita|é\s+(?:mais\s+)?(?:necessári|obrigatóri|exigid))[^.;,\n]*`,
    String.raw`(?:больше\s+)?не\s+(?:требуется|требуются|требует|нужен|нужна|нужно|необходим)[^.;,\n]*`,
    String.raw`[^.;,\n]*\bnicht\s+mehr\s+(?:erforderlich|benötigt|vorausgesetzt|notwendig|nötig)|\b(?:benötigt|erfordert|setzt)\b[^.;,\n]{0,40}?\bnicht\s+mehr\b[^.;,\n]*`,
    String.raw`\bne\s+(?:nécessite|requiert|exige)\s+plus\b[^.;,\n]*|[^.;,\n]*\bn['’](?:est|sont)\s+plus\s+(?:requis|nécessaire|obligatoire)s?`,
    String.raw`(?:(?:不再|无需|無需)(?:需要|要求|依赖|依賴)|不需要|无需|無需)[^。；，,;\n]*|[^。；，,;\n]*(?:は|が)?不要(?:になりました|になった|に|です)?`,
  ].join("|"),
  "giu",
);

/** The text without the clauses that lift a need rather than raise one. */
export const withoutLiftedNeeds = (text: string): string => text.replace(LIFTED_NEED, " ");

// A requirement only those who build the docs, contribute, or run the tests or CI meet: "Contributing: Node 20+
// required to build the docs site", "Python 3.10 is now required to run the test suite", "文档构建需要 Node 20". No
// user of the release must act.
const DEVELOPERS_ONLY =
  /^(?:contributing|development|dev|docs|ci|tests?)\s*:|\b(?:to|for)\s+(?:build(?:ing)?|run(?:ning)?|develop(?:ing)?|work(?:ing)?\s+on|contribut(?:e|ing)(?:\s+to)?)\s+(?:the\s+)?(?:docs|documentation|docs\s+site|website|tests?|test\s+suite|project\s+locally)\b|\bfor\s+(?:contributors|development|the\s+docs|the\s+documentation|the\s+test\s+suite|ci)\b|\b(?:in|on)\s+(?:the\s+)?ci\b|\bzum\s+(?:bauen|erstellen)\s+der\s+dokumentation|\bpour\s+(?:construire|générer)\s+la\s+documentation|\bpara\s+(?:construir|generar|gerar)\s+(?:la\s+|a\s+)?documenta|для\s+сборки\s+документации|для\s+(?:запуска\s+)?тестов|(?:构建|生成|編譯|编译)(?:文档|文檔)|(?:文档|文檔)(?:构建|生成)|ドキュメント(?:の)?(?:ビルド|生成)|문서\s*빌드/iu;

/** True when a stated requirement is only for building the docs, contributing, or the tests or CI. */
export const onlyForDevelopers = (text: string): boolean => DEVELOPERS_ONLY.test(text);
