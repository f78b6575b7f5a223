// Words that only join others, by language: a cut that ends on one ends before what it joins ("…in Salesforce den…",
// "…型に…", "…问题和…", "…오류를…"). Latin-script words are taken off a cut's end (cut-head.ts); a CJK word is one the
// cut may not end on (shorten.ts asks per word segment). Pure text.

// Articles, prepositions, conjunctions and pronouns that need the word after them, per language (the two-letter code).
const LATIN: Readonly<Record<string, string>> = {
  de: "der die das den dem des ein eine einen einem einer eines und oder aber sondern mit für von vom zu zum zur im am an auf in aus bei beim nach über unter vor durch gegen ohne um als wie dass wenn weil ob sich sein seine ihr ihre ihren ihrem nicht kein keine keinen auch noch bzw",
  fr: "le la les l un une des du de d et ou mais pour avec sans sur sous dans par à au aux en vers chez que qu qui dont où ne se sa son ses leur leurs ce cet cette ces est sont si lorsque quand",
  es: "el la los las lo un una unos unas de del al y e o u pero para con sin sobre en por a hacia entre que se su sus es son como cuando si",
  pt: "o a os as um uma uns umas de do da dos das no na nos nas ao aos à às e ou mas para com sem sobre em por pelo pela pelos pelas que se seu sua seus suas é são como quando",
  it: "il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai agli alle da dal dalla in nel nella nei con su sul sulla per tra fra e o ma che si è sono come quando",
};
const LATIN_WORDS: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(LATIN).map(([language, words]) => [language, new RegExp(`[\\s\\p{P}](?:${words.split(" ").join("|")})$`, "iu")]),
);

// English articles, prepositions, conjunctions, pronouns and linking verbs: what follows them is their object or
// complement ("…deadlock during `flush`", "…configurable per `client`", "…the default is `fast`"). Cuts keep their own
// English list (cut-head.ts); this one asks of a word, in any of the languages above.
const ENGLISH =
  "a an the to of for in into on onto at by with within without from via as per than and or nor but during after before behind under over above below beneath between among across through throughout around against about beyond inside outside toward towards upon until since like unlike near past along amid despite except when while whenever where if unless because once whether that which who whose its their our your my his her this these those each every any some no not is are was were be been being";
const ANY_LANGUAGE_JOINER = new Set([ENGLISH, ...Object.values(LATIN)].flatMap((words) => words.split(" ")));

/** True when the Latin-script `word` (any of the languages above, English too) needs a word after it. */
export function needsWordAfter(word: string): boolean {
  return ANY_LANGUAGE_JOINER.has(word.toLowerCase().replace(/^[\p{P}]+|[\p{P}]+$/gu, ""));
}

/** The two-letter code of a language tag ("de-DE" → "de"). */
const base = (language: string): string => language.toLowerCase().split(/[-_]/u)[0] ?? "";

/** The function-word pattern of `language` for the end of a Latin-script cut, or null when the language has none here. */
export function latinFunctionWordEnd(language: string): RegExp | null {
  return LATIN_WORDS.get(base(language)) ?? null;
}

// Japanese particles (a word segment of their own); Chinese joiners and markers; Korean words that end on a case
// particle or an adnominal ending (the noun or verb they lead to is cut off).
const JA_PARTICLE = /^(?:を|に|が|は|の|で|と|へ|も|や|から|まで|より|って|には|では|とは|への|での|との)$/u;
const ZH_FUNCTION = /^(?:的|了|和|与|及|或|并|在|把|被|对|将|从|向|给|为|让|以|以及|并且|或者|而|跟|同|于|由)$/u;
// Only endings no noun ends on: "결과", "경로" and "정의" end like particles 과, 로, 의.
const KO_PARTICLE = /^\p{Script=Hangul}+(?:을|를|은|는|에서|에게|으로|까지|부터)$|^및$/u;

/** True when the word segment `word` joins what comes after it, so a cut may not end on it. */
export function joinsNext(word: string, language: string): boolean {
  // Hiragana and Hangul say their language; a lone Han character may be Japanese ("和"), so Chinese asks the language.
  if (JA_PARTICLE.test(word) || KO_PARTICLE.test(word)) return true;
  return ZH_FUNCTION.test(word) && base(language) === "zh";
}
