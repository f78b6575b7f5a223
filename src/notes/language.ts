// The language release notes are written in, and the few words the composer adds in it: the default opener,
// labels it has to make up, and the line that says how much was left out.
import { headingMeaning, isCategoryName, type Kind } from "./kinds/kinds.js";

export type Language = "en" | "zh" | "ja" | "ko" | "pt" | "es" | "de" | "fr" | "it" | "ru";

type LatinLanguage = "en" | "pt" | "es" | "de" | "fr" | "it";

// Short words that only one of these languages uses often (words they share, like "de" or "que", are left out):
// counted over the notes, they say which language the sentences are in, whatever the names and code around them.
const STOP_WORDS: Record<LatinLanguage, ReadonlySet<string>> = {
  en: new Set("the and of to is for with when that this be are now from on by it was an as at or not which has have will".split(" ")),
  pt: new Set("da das dos os em na nos ao aos com não são foi é agora também mais pelo pela está já ou seu sua uma quando".split(" ")),
  es: new Set("el los las del y al por ahora también más cuando ya pero sin este esta ser muy".split(" ")),
  de: new Set("der die das und ist für mit nicht von den dem ein eine zu im wird wurde auf bei jetzt auch wenn werden kann sind oder nun beim vom zum zur sich keine".split(" ")),
  fr: new Set("le les des du et est pour avec pas une dans qui au aux sur sont ne lors quand ce cette il être été sans peut".split(" ")),
  it: new Set("il gli della delle dei degli nel nella alla alle è sono non ora anche più quando già essere stato stata questo questa".split(" ")),
};
/** Fewer hits than this say nothing: a line or two of notes, or a few foreign words in English ones. */
const MIN_STOP_WORDS = 8;
const MIN_DISTINCT = 4;
/** The same where not one English short word is among them. */
const MIN_STOP_WORDS_ALONE = 4;
const MIN_DISTINCT_ALONE = 3;

// A dependency bot's line: "Update dependency node to v20.18.0", "Bump axios from 1.7.2 to 1.7.4".
const DEPENDENCY_BUMP = /^.*\b(?:update|bump|upgrade)\s+(?:dependency\s+|dependencies\s+)?\S+\s+(?:from\s+\S+\s+)?to\s+\S*\d.*$/gimu;
// An elided French article or pronoun at a word's start, before a vowel or h.
const FRENCH_ELISION = /(?<![\p{L}'’])(?:d|l|n|qu|j|c|s|m)['’](?=[aeiouyhàâéèêëîïôûù])/gu;

/** Portuguese, Spanish, German or French when their own short words clearly outnumber English's and each other's. */
function latinLanguage(text: string): LatinLanguage {
  // Code, links and names in code say nothing of the language the sentences are written in; nor do a bot's dependency
  // bumps, in English whatever the notes' language ("Update dependency axios to v1.7.4" among French fixes).
  const sample = text.replace(DEPENDENCY_BUMP, " ").replace(/`[^`]*`|https?:\/\/\S+/gu, " ");
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  // French elides its articles and pronouns before a vowel ("d'une", "n'était", "qu'on", "l'API"): a French word each.
  const elisions = sample.toLowerCase().match(FRENCH_ELISION) ?? [];
  const counts = (Object.keys(STOP_WORDS) as LatinLanguage[]).map((language) => {
    const found = words.filter((word) => STOP_WORDS[language].has(word));
    if (language === "fr") found.push(...elisions.map((elision) => elision.slice(0, -1)));
    return { language, hits: found.length, distinct: new Set(found).size };
  });
  const english = counts.find((count) => count.language === "en")?.hits ?? 0;
  const [best, second] = counts.filter((count) => count.language !== "en").sort((a, b) => b.hits - a.hits);
  // Sentences use many different short words, and often: one word repeated, or a few among names, is no language.
  // Short notes of a few lines hold fewer: where English's words are missing altogether, fewer of another's tell
  // ("Corrige a listagem … na tela", three lines of Portuguese with not one "the" or "to").
  const [minimum, distinct] = english === 0 ? [MIN_STOP_WORDS_ALONE, MIN_DISTINCT_ALONE] : [MIN_STOP_WORDS, MIN_DISTINCT];
  if (!best || best.hits < minimum || best.distinct < distinct || best.hits < words.length * 0.08) return "en";
  if (best.hits < english * 2 || best.hits < (second?.hits ?? 0) * 1.5) return "en";
  return best.language;
}

// Names from code say nothing of the language around them: code spans, addresses, and words shaped like identifiers —
// camelCase or PascalCase ("setExecutorService", "useRedux", "HTTPConfig"), dotted or joined ("TreeUtil.buildSingle",
// "to_bean", "Env::add"), or holding digits ("SM2", "RFC7231").
const CODE_OR_ADDRESS = /`[^`]*`|https?:\/\/\S+/gu;
const CODE_LIKE = /[a-z][A-Z]|[A-Z]{2}[a-z]|[._:#/]\w|\d/u;

/** Words in Latin script that are no names from code. */
function latinWords(sample: string): number {
  const tokens = sample.replace(CODE_OR_ADDRESS, " ").match(/[\p{Script=Latin}\d_.:#/'’-]+/gu) ?? [];
  return tokens.filter((token) => /\p{Script=Latin}/u.test(token) && !CODE_LIKE.test(token)).length;
}

/** Chinese, Japanese or Korean when their characters are about as many as the words of Latin script around them
 *  (a CJK character carries about a word); else Portuguese, Spanish, German or French when their words clearly
 *  make up the sentences; English otherwise. */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000);
  if (!/\p{L}/u.test(sample)) return "en";
  // Words in Cyrillic script outnumbering those in Latin script (names and code aside) are Russian sentences.
  const cyrillic = sample.replace(CODE_OR_ADDRESS, " ").match(/\p{Script=Cyrillic}{2,}/gu)?.length ?? 0;
  // Only Russian ones: Ukrainian (і, ї, є, ґ), Belarusian (ў), Serbian and Macedonian (ђ, ј, љ, њ, ћ, џ, ѓ, ќ) and
  // Kazakh (ә, ғ, қ, ң, ө, ұ, ү, һ) letters say another language, and Russian prose always has ы, э or ё, which
  // Bulgarian lacks. Another language keeps the English frame: a Russian one on a Ukrainian project would offend.
  if (cyrillic >= 3 && cyrillic > latinWords(sample) && isRussian(sample)) return "ru";
  const kana = sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const hangul = sample.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  if (kana + han + hangul === 0 || kana + han + hangul < latinWords(sample)) return latinLanguage(sample);
  if (hangul >= kana && hangul >= han) return "ko";
  if (kana > 0 && kana >= han * 0.1) return "ja";
  return "zh";
}

export interface Phrases {
  /** The default template's opener, with {repo} and {version}. */
  opener: string;
  label(kind: Kind): string;
  /** "+N more" for a single post; `breaking` of them are breaking changes and `security` security fixes, said when
   *  some are. */
  more(count: number, kind: Kind | null, breaking?: number, security?: number): string;
  /** The last post of a thread that stops at its cap. */
  moreInNotes(count: number): string;
  /**
   * The same, saying what each kind left out ("+9 more features, 12 fixes and 3 other changes…"): `counts` by kind in
   * the thread's order, null for changes of no kind. Languages without it count them all with moreInNotes.
   */
  moreInNotesByKind?(counts: ReadonlyArray<readonly [Kind | null, number]>): string;
  /** A breaking-changes section whose only content was a link: one line saying so; the post's release link leads on. */
  breakingSeeNotes: string;
  /** The label of a notice of what a later release drops ("This release is the last to support Go 1.23"): nothing
   *  breaks yet. Languages without it use their deprecation label. */
  headsUp?: string;
  colon: string;
  /** A release of housekeeping only, counted by kind ("A maintenance release: 4 dependency updates and 1 housekeeping
   *  change."). Languages without it list the housekeeping as changes. */
  maintenance?(counts: MaintenanceCounts): string;
}

/** How many docs changes, dependency updates and housekeeping changes a maintenance release holds. */
export type MaintenanceCounts = Readonly<Record<"docs" | "dependencies" | "internal", number>>;

/** The counts said in a language's words, those of none left out, joined as the language joins a list. */
function countsSaid(counts: MaintenanceCounts, say: (kind: keyof MaintenanceCounts, count: number) => string, join: (parts: string[]) => string): string {
  const parts = (["dependencies", "docs", "internal"] as const).filter((kind) => counts[kind] > 0).map((kind) => say(kind, counts[kind]));
  return join(parts);
}

const EN_MAINTENANCE: Record<keyof MaintenanceCounts, [string, string]> = {
  dependencies: ["dependency update", "dependency updates"],
  docs: ["docs change", "docs changes"],
  internal: ["housekeeping change", "housekeeping changes"],
};

const EN_LABELS: Record<Kind, string> = {
  breaking: "⚠️ Breaking changes",
  security: "Security",
  highlight: "Highlights",
  feature: "Features",
  removal: "Removed",
  change: "Changes",
  performance: "Performance",
  fix: "Fixes",
  deprecation: "Deprecated",
  other: "Other changes",
  docs: "Docs",
  dependencies: "Dependencies",
  internal: "Maintenance",
};

const EN_NOUNS: Partial<Record<Kind, [string, string]>> = {
  breaking: ["breaking change", "breaking changes"],
  security: ["security fix", "security fixes"],
  fix: ["fix", "fixes"],
  feature: ["feature", "features"],
  performance: ["performance improvement", "performance improvements"],
  dependencies: ["dependency update", "dependency updates"],
  docs: ["docs change", "docs changes"],
};

/** The counts of left-out changes users must act on, in brackets ("（含 2 项破坏性变更、1 项安全修复）"); "" when none. */
function urgentCounts(parts: readonly string[], open: string, separator: string, close: string): string {
  const said = parts.filter((part) => part !== "");
  return said.length > 0 ? `${open}${said.join(separator)}${close}` : "";
}

/**
 * The "+N more" phrases of a language that counts every kind alike and says only how many break ("另有 40 项更新（含 35
 * 项破坏性变更）"): the post's line, and the thread's pointer, which is that line and `inNotes`.
 */
function countedMore(
  line: (count: number, breaking: number, security: number) => string,
  inNotes: string,
): Pick<Phrases, "more" | "moreInNotes" | "moreInNotesByKind"> {
  return {
    more: (count, _kind, breaking = 0, security = 0) => line(count, breaking, security),
    moreInNotes: (count) => `${line(count, 0, 0)}${inNotes}`,
    moreInNotesByKind: (counts) => {
      let total = 0;
      let breaking = 0;
      let security = 0;
      for (const [kind, count] of counts) {
        total += count;
        if (kind === "breaking") breaking += count;
        if (kind === "security") security += count;
      }
      return `${line(total, breaking, security)}${inNotes}`;
    },
  };
}

/**
 * "+9 more features, 12 fixes and 3 other changes": the kinds English has a noun for, in order, then the rest as one
 * count ("+12 more changes" when no kind has a noun).
 */
function enCountsByKind(counts: ReadonlyArray<readonly [Kind | null, number]>): string {
  const named: string[] = [];
  let others = 0;
  for (const [kind, count] of counts) {
    const noun = kind === null ? undefined : EN_NOUNS[kind];
    if (noun && count > 0) named.push(`${count} ${count === 1 ? noun[0] : noun[1]}`);
    else others += count;
  }
  if (others > 0) named.push(`${others} ${named.length > 0 ? "other " : ""}${others === 1 ? "change" : "changes"}`);
  const list = named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1) ?? ""}` : (named[0] ?? "");
  return `+${list.replace(/^(\d+) /u, "$1 more ")}`;
}

const PHRASES: Record<"en" | "zh" | "ja" | "ko", Phrases> = {
  en: {
    opener: "{repo} {version} is out!",
    label: (kind) => EN_LABELS[kind],
    more: (count, kind, breaking = 0, security = 0) => {
      const [one, many] = (kind && EN_NOUNS[kind]) ?? ["change", "changes"];
      const urgent = [
        ...(breaking > 0 && kind !== "breaking" ? [`${breaking} breaking`] : []),
        ...(security > 0 && kind !== "security" ? [`${security} ${security === 1 ? "security fix" : "security fixes"}`] : []),
      ];
      return `+${count} more ${count === 1 ? one : many}${urgent.length > 0 ? ` (${urgent.join(", ")})` : ""}`;
    },
    moreInNotes: (count) => `+${count} more ${count === 1 ? "change" : "changes"} in the full release notes.`,
    moreInNotesByKind: (counts) => `${enCountsByKind(counts)} in the full release notes.`,
    breakingSeeNotes: "⚠️ Breaking changes: the release notes say what to change.",
    headsUp: "Heads-up",
    colon: ":",
    maintenance: (counts) =>
      `A maintenance release: ${countsSaid(
        counts,
        (kind, count) => `${count} ${EN_MAINTENANCE[kind][count === 1 ? 0 : 1]}`,
        (parts) => (parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1) ?? ""}` : (parts[0] ?? "")),
      )}.`,
  },
  zh: {
    opener: "{repo} {version} 发布了！",
    label: (kind) =>
      ({
        breaking: "⚠️ 破坏性变更",
        security: "安全",
        highlight: "亮点",
        feature: "新功能",
        removal: "移除",
        change: "变更",
        performance: "性能",
        fix: "修复",
        deprecation: "废弃",
        other: "其他",
        docs: "文档",
        dependencies: "依赖",
        internal: "维护",
      })[kind],
    ...countedMore((count, breaking, security) => `另有 ${count} 项更新${urgentCounts([breaking > 0 ? `${breaking} 项破坏性变更` : "", security > 0 ? `${security} 项安全修复` : ""], "（含 ", "、", "）")}`, "，详见完整发布说明。"),
    breakingSeeNotes: "⚠️ 破坏性变更：迁移方法请见发布说明。",
    headsUp: "提前告知",
    colon: "：",
    maintenance: (counts) => `维护版本：${countsSaid(counts, (kind, count) => `${count} 项${{ dependencies: "依赖更新", docs: "文档更新", internal: "内部维护" }[kind]}`, (parts) => parts.join("、"))}。`,
  },
  ja: {
    opener: "{repo} {version} をリリースしました！",
    label: (kind) =>
      ({
        breaking: "⚠️ 破壊的変更",
        security: "セキュリティ",
        highlight: "ハイライト",
        feature: "新機能",
        removal: "削除",
        change: "変更",
        performance: "パフォーマンス",
        fix: "修正",
        deprecation: "非推奨",
        other: "その他",
        docs: "ドキュメント",
        dependencies: "依存関係",
        internal: "メンテナンス",
      })[kind],
    ...countedMore((count, breaking, security) => `ほか ${count} 件の変更${urgentCounts([breaking > 0 ? `破壊的変更 ${breaking} 件` : "", security > 0 ? `セキュリティ修正 ${security} 件` : ""], "（うち", "、", "）")}`, "はリリースノートをご覧ください。"),
    breakingSeeNotes: "⚠️ 破壊的変更: 移行方法はリリースノートをご覧ください。",
    headsUp: "今後の予定",
    colon: ":",
    maintenance: (counts) => `メンテナンスリリースです（${countsSaid(counts, (kind, count) => `${{ dependencies: "依存関係の更新", docs: "ドキュメントの更新", internal: "内部の整備" }[kind]} ${count} 件`, (parts) => parts.join("、"))}）。`,
  },
  ko: {
    opener: "{repo} {version} 출시!",
    label: (kind) =>
      ({
        breaking: "⚠️ 주요 변경 사항",
        security: "보안",
        highlight: "하이라이트",
        feature: "새 기능",
        removal: "제거",
        change: "변경",
        performance: "성능",
        fix: "수정",
        deprecation: "지원 중단",
        other: "기타",
        docs: "문서",
        dependencies: "의존성",
        internal: "유지 보수",
      })[kind],
    ...countedMore((count, breaking, security) => `외 ${count}개 변경 사항${urgentCounts([breaking > 0 ? `호환성이 깨지는 변경 ${breaking}개` : "", security > 0 ? `보안 수정 ${security}개` : ""], " (", ", ", " 포함)")}`, "은 전체 릴리스 노트를 참고하세요."),
    breakingSeeNotes: "⚠️ 주요 변경 사항: 마이그레이션 방법은 릴리스 노트를 참고하세요.",
    headsUp: "사전 안내",
    colon: ":",
    maintenance: (counts) => `유지 보수 릴리스입니다 (${countsSaid(counts, (kind, count) => `${{ dependencies: "의존성 업데이트", docs: "문서 업데이트", internal: "내부 정비" }[kind]} ${count}건`, (parts) => parts.join(", "))}).`,
  },
};

/** Phrases of a language that counts "+N more" the same way for every kind of change. */
function latinPhrases(
  labels: Record<Kind, string>,
  words: { opener: string; more: [string, string]; inNotes: string; breakingSeeNotes: string; colon?: string },
): Phrases {
  const more = (count: number): string => `+${count} ${count === 1 ? words.more[0] : words.more[1]}`;
  return {
    opener: words.opener,
    label: (kind) => labels[kind],
    more,
    moreInNotes: (count) => `${more(count)} ${words.inNotes}`,
    breakingSeeNotes: words.breakingSeeNotes,
    colon: words.colon ?? ":",
  };
}

const LATIN_PHRASES: Record<"pt" | "es" | "de" | "fr" | "it", Phrases> = {
  pt: latinPhrases(
    {
      breaking: "⚠️ Mudanças incompatíveis",
      security: "Segurança",
      highlight: "Destaques",
      feature: "Novidades",
      removal: "Removido",
      change: "Mudanças",
      performance: "Desempenho",
      fix: "Correções",
      deprecation: "Obsoleto",
      other: "Outras mudanças",
      docs: "Documentação",
      dependencies: "Dependências",
      internal: "Manutenção",
    },
    {
      opener: "{repo} {version} foi lançado!",
      more: ["outra mudança", "outras mudanças"],
      inNotes: "nas notas de versão completas.",
      breakingSeeNotes: "⚠️ Mudanças incompatíveis: as notas de versão dizem o que mudar.",
    },
  ),
  es: latinPhrases(
    {
      breaking: "⚠️ Cambios incompatibles",
      security: "Seguridad",
      highlight: "Destacados",
      feature: "Novedades",
      removal: "Eliminado",
      change: "Cambios",
      performance: "Rendimiento",
      fix: "Correcciones",
      deprecation: "Obsoleto",
      other: "Otros cambios",
      docs: "Documentación",
      dependencies: "Dependencias",
      internal: "Mantenimiento",
    },
    {
      opener: "¡{repo} {version} ya está disponible!",
      more: ["cambio más", "cambios más"],
      inNotes: "en las notas de la versión.",
      breakingSeeNotes: "⚠️ Cambios incompatibles: las notas de la versión explican qué cambiar.",
    },
  ),
  de: latinPhrases(
    {
      breaking: "⚠️ Inkompatible Änderungen",
      security: "Sicherheit",
      highlight: "Highlights",
      feature: "Neue Funktionen",
      removal: "Entfernt",
      change: "Änderungen",
      performance: "Performance",
      fix: "Fehlerbehebungen",
      deprecation: "Veraltet",
      other: "Weitere Änderungen",
      docs: "Dokumentation",
      dependencies: "Abhängigkeiten",
      internal: "Wartung",
    },
    {
      opener: "{repo} {version} ist erschienen!",
      more: ["weitere Änderung", "weitere Änderungen"],
      inNotes: "in den vollständigen Release Notes.",
      breakingSeeNotes: "⚠️ Inkompatible Änderungen: Was anzupassen ist, steht in den Release Notes.",
    },
  ),
  fr: latinPhrases(
    {
      breaking: "⚠️ Changements incompatibles",
      security: "Sécurité",
      highlight: "Points forts",
      feature: "Nouveautés",
      removal: "Supprimé",
      change: "Changements",
      performance: "Performances",
      fix: "Corrections",
      deprecation: "Obsolète",
      other: "Autres changements",
      docs: "Documentation",
      dependencies: "Dépendances",
      internal: "Maintenance",
    },
    {
      // French sets a narrow no-break space before "!" and ":".
      opener: "{repo} {version} est disponible\u202F!",
      more: ["autre changement", "autres changements"],
      inNotes: "dans les notes de version complètes.",
      breakingSeeNotes: "⚠️ Changements incompatibles\u202F: les notes de version disent quoi modifier.",
      colon: "\u202F:",
    },
  ),
  it: latinPhrases(
    {
      breaking: "⚠️ Modifiche incompatibili",
      security: "Sicurezza",
      highlight: "In evidenza",
      feature: "Novità",
      removal: "Rimosso",
      change: "Modifiche",
      performance: "Prestazioni",
      fix: "Correzioni",
      deprecation: "Deprecato",
      other: "Altre modifiche",
      docs: "Documentazione",
      dependencies: "Dipendenze",
      internal: "Manutenzione",
    },
    {
      opener: "{repo} {version} è disponibile!",
      more: ["altra modifica", "altre modifiche"],
      inNotes: "nelle note di rilascio complete.",
      breakingSeeNotes: "⚠️ Modifiche incompatibili: le note di rilascio spiegano cosa cambiare.",
    },
  ),
};

/** "1 изменение", "3 изменения", "5 изменений": Russian's noun after a number takes one of three forms. */
function russianNoun(count: number, forms: readonly [string, string, string]): string {
  const tens = count % 100;
  const ones = count % 10;
  const form = tens >= 11 && tens <= 14 ? forms[2] : ones === 1 ? forms[0] : ones >= 2 && ones <= 4 ? forms[1] : forms[2];
  return form;
}

const RU_LABELS: Record<Kind, string> = {
  breaking: "⚠️ Несовместимые изменения",
  security: "Безопасность",
  highlight: "Главное",
  feature: "Новое",
  removal: "Удалено",
  change: "Изменения",
  performance: "Производительность",
  fix: "Исправления",
  deprecation: "Устарело",
  other: "Прочее",
  docs: "Документация",
  dependencies: "Зависимости",
  internal: "Обслуживание",
};

const RUSSIAN: Phrases = {
  opener: "Вышел релиз {repo} {version}!",
  label: (kind) => RU_LABELS[kind],
  ...countedMore(
    (count, breaking, security) =>
      `+${count} ${russianNoun(count, ["изменение", "изменения", "изменений"])}${urgentCounts(
        [breaking > 0 ? `несовместимых: ${breaking}` : "", security > 0 ? `исправлений безопасности: ${security}` : ""],
        " (",
        ", ",
        ")",
      )}`,
    " — подробнее в примечаниях к релизу.",
  ),
  breakingSeeNotes: "⚠️ Несовместимые изменения: что поменять, сказано в примечаниях к релизу.",
  headsUp: "Заранее",
  colon: ":",
};

const NOT_RUSSIAN = /[іїєґўђјљњћџѓќәғқңөұүһІЇЄҐЎЂЈЉЊЋЏЃЌӘҒҚҢӨҰҮҺ]/u;
const RUSSIAN_ONLY = /[ыэёЫЭЁ]/u;
const isRussian = (text: string): boolean => RUSSIAN_ONLY.test(text) && !NOT_RUSSIAN.test(text);

export function phrasesFor(language: Language): Phrases {
  if (language === "pt" || language === "es" || language === "de" || language === "fr" || language === "it") return LATIN_PHRASES[language];
  if (language === "ru") return RUSSIAN;
  return PHRASES[language];
}

// A label in a script of its own is in the notes' language already.
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}]/u;
const LEADING_MARKS = /^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u;
// Conventional commit types that some notes use as headings ("Feats", "Perf").
// Seata's "feature:", "bugfix:", "optimize:" too.
const TYPE_HEADING = /^(?:feats?|features?|perf|deps|fix(?:es)?|bug ?fix(?:es)?|chores?|optimi[sz](?:e|ed|ations?)|opt|refactor|tests?)$/iu;
// Commit types whose kind's label says less than their own word: "optimize" is improving, not any change ("优化", not
// "变更").
const OPTIMISE: Partial<Record<Language, string>> = { zh: "优化", ja: "最適化", ko: "최적화", pt: "Otimizações", es: "Optimizaciones", de: "Optimierungen", fr: "Optimisations", it: "Ottimizzazioni", ru: "Оптимизация" };
const TYPE_WORDS: Record<string, Partial<Record<Language, string>> | undefined> = { optimize: OPTIMISE, optimise: OPTIMISE, optimization: OPTIMISE, optimisation: OPTIMISE, optimizations: OPTIMISE, optimisations: OPTIMISE, opt: OPTIMISE };

// Two-letter kind names are acronyms ("ci"), shown as the notes wrote them.
const ACRONYM_LABEL = /^[a-z]{1,2}$/u;

/** "enhancements", "bug fixes": a kind heading the notes wrote in lower case is shown capitalised, as a label starts a
 *  line ("Enhancements:"). A scope or a name ("core", "cli", "plugin/cache") is no kind heading and stays as written. */
export function capitalisedKindLabel(label: string): string {
  const marks = LEADING_MARKS.exec(label)?.[0] ?? "";
  const words = label.slice(marks.length).trim();
  if (!/^[a-z][a-z &-]*$/u.test(words) || ACRONYM_LABEL.test(words) || !(isCategoryName(words) || TYPE_HEADING.test(words))) return label;
  const meaning = headingMeaning(words);
  if (meaning === null || meaning === "generic" || meaning === "drop") return label;
  return `${marks}${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/**
 * The label a post shows for one of the notes' own labels. A post speaks one language: in notes whose changes are
 * written in Chinese, Japanese, Korean or another language but whose headings are a changelog tool's English category
 * names ("Features", "🐛 Bug Fixes", "Added", "Perf"), the label is said in the post's language ("新功能", "🐛 修复"),
 * as the opener and "+N more" are. A label that names a part of the project ("Client", "i18n") or is written in the
 * notes' language stays as it is.
 */
export function frameLabel(label: string, language: Language): string {
  const shown = capitalisedKindLabel(label);
  if (language === "en" || CJK_CHARACTER.test(label)) return shown;
  const marks = LEADING_MARKS.exec(label)?.[0] ?? "";
  const words = label.slice(marks.length).trim();
  if (!/^[A-Za-z][A-Za-z &/-]*$/u.test(words) || !(isCategoryName(words) || TYPE_HEADING.test(words))) return shown;
  const meaning = headingMeaning(words);
  if (meaning === null || meaning === "generic" || meaning === "drop") return shown;
  const own = TYPE_WORDS[words.toLowerCase()]?.[language] ?? phrasesFor(language).label(meaning);
  // The notes' marker ("🐛") stays unless the post's label has its own ("⚠️ 破坏性变更").
  return LEADING_MARKS.test(own) || marks.trim() === "" ? own : `${marks.trim()} ${own}`;
}
