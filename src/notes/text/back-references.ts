// A sentence that opens by pointing at the one before it with a bare demonstrative or pronoun: "This estimates the
// memory cost…", "These are now cached.", "It also accepts…", "この場合は…再試行してください。", "该选项…", "Cela évite…".
// Shown without the sentence it points at, it says something else (or nothing): "in this case, unplug the dongle" would
// apply to every use. Such a sentence is shown only right after its antecedent. Pure text tests, en, de, fr, es, pt, zh,
// ja, ko.

// The release or the notes themselves: "This release adds…", "This version drops…", "この版では…", "此版本…", "이번 릴리스".
// The opener names them, so the sentence stands alone.
const RELEASE_NOUN = String.raw`(?:release|version|update|patch|build|rc|beta|milestone|changelog|post|page|document|guide|blog|year|month|week|time|cycle|versión|versão|publication|mise à jour|veröffentlichung|aktualisierung)`;

// A pronoun or a demonstrative opening the sentence, in the languages notes come in: in English "this"/"these" as the
// subject of a verb ("This estimates…", "These packages have…"), not "This whole onboarding flow…", which names its
// topic. "It is now possible to…" and "It's recommended that…" use "it" as a dummy subject and point at nothing.
const EN = new RegExp(
  String.raw`^(?:(?:this|these|that|those|such)(?=\s*,|\s*$|\s+(?:also\s+|now\s+|in turn\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|do|did|(?!${RELEASE_NOUN}s?\b)\p{L}+(?:s|ed))\b)|(?!it(?:'s|\s+(?:is|was|will be|has become))\s+(?:now\s+|also\s+|still\s+|no longer\s+)?[\w-]+\s+(?:to|that|for)\b)(?:it|they)(?='s|'re|'ll|\s))`,
  "iu",
);
const EUROPEAN = new RegExp(
  String.raw`^(?:dies(?:e[rsmn]?)?|dadurch|damit|cela|ceci|ça|cet(?:te)?|ces|ce(?=\s)|esto|eso|est[ea]s?|es[ea]s?|isso|isto|ess[ea]s?)(?!\s+(?:${RELEASE_NOUN}|neue|nouvelle|nueva|nova)s?\b)(?=[\s,])`,
  "iu",
);
// "この場合", "この機能", "これにより", "その", "该", "此", "这", "這", "它", "이 경우", "이는", "이것", "그": not "このリリース",
// "此版本", "这次更新", "이번".
const CJK =
  /^(?:(?:この|その|これ|それ|こちら)(?!(?:リリース|バージョン|版|更新|アップデート|ページ|記事|ブログ))|(?:该|此|这|這|它|其)(?!(?:次|个版本|個版本|版本|版|更新|发布|發布|里|裡))|(?:이|그)(?:\s|는|것|러한|런|렇게|로 인해)(?!\s*(?:릴리스|버전|업데이트)))/u;

/** The sentence opens by pointing back at the one before it, which it needs to mean what it says. */
export function leansOnPrevious(sentence: string): boolean {
  const text = sentence.replace(/^[\s*_"“'‘(]+/u, "").replace(/[’]/gu, "'");
  return EN.test(text) || EUROPEAN.test(text) || CJK.test(text);
}
