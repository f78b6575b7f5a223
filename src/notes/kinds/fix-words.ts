// A change told as a fix, in the languages changed-defaults.ts reads: "Fixed a bug where the cache was removed", "修复…
// 的问题", "Fehler behoben, bei dem…", "Corrigé un bug où…", "Corregido un error…", "Corrigido…", "Исправлено…",
// "…を修正", "…수정". What it describes (a default that changed, something removed) is the bug, which the fix undoes:
// nothing users must act on. prose-breaks.ts asks this before reading breaking words, so the two share one language
// scope. Pure word tests on one change's text.

const FIX_WORDS = new RegExp(
  [
    // English.
    String.raw`^(?:fix(?:e[sd])?|resolve[sd]?|correct(?:s|ed)?|prevent(?:s|ed)?)\b|\b(?:bug|issue|problem|regression)\s+(?:where|that|which|when|in\s+which)\b`,
    // German.
    String.raw`^(?:fehler\s+)?(?:behoben|korrigiert|beseitigt)\b|\bfehler\s+(?:behoben|korrigiert|beseitigt)\b|^(?:behebt|korrigiert|beseitigt)\b|\b(?:fehler|problem)\s*,\s*(?:bei\s+dem|durch\s+den|wodurch|der|das)\b`,
    // French.
    String.raw`^(?:corrigée?s?|correction\s+d|résolution\s+d|corrige)\b|\b(?:bug|problème|erreur)\s+(?:où|qui|dans\s+lequel|lorsque)\b`,
    // Spanish and Portuguese.
    String.raw`^(?:corregid[oa]s?|correcci[óo]n\s+de|solucionad[oa]s?|arreglad[oa]s?|corrige|corrigid[oa]s?|correção\s+de|resolvid[oa]s?)\b|\b(?:error|fallo|erro|falha|problema)\s+(?:en\s+el\s+que|donde|que\s+hac[ií]a|em\s+que|onde)\b`,
    // Russian.
    String.raw`^(?:исправлен[аоы]?|исправление|устранен[аоы]?)(?![\p{L}])|(?:ошибка|проблема),?\s+(?:при\s+которой|из-за\s+которой|когда)`,
    // Chinese, Japanese, Korean.
    String.raw`^(?:修复|修正|修復|解决|解決)|(?:的|之)(?:问题|問題|bug|错误|錯誤)[。.]?$|(?:問題|不具合|バグ)を?(?:修正|解消)|を修正(?:しました)?[。.]?$|(?:문제|버그|오류)(?:를|을)?\s*(?:수정|해결)|^(?:수정|버그\s*수정)\s*[:：]`,
  ].join("|"),
  "iu",
);

/** True when a change's words say it fixes something, in any language the default patterns read. */
export const describesFix = (text: string): boolean => FIX_WORDS.test(text.trim());

// A change only to the project's own tests: "… in the test fixtures", "… in the test suite", "… for the tests". Its
// defaults and removals meet no user.
const TESTS_ONLY = /\b(?:in|for|of)\s+(?:the\s+|our\s+)?(?:test\s+(?:fixtures?|suites?|harness|helpers?|data)|unit\s+tests|tests|fixtures)\b|\bin\s+(?:den\s+)?test(?:s|fixtures)\b|测试(?:用例|夹具|数据)中|テスト(?:用)?(?:フィクスチャ|データ)/iu;

/** True when a change says it is scoped to the project's own tests or test fixtures. */
export const scopedToTests = (text: string): boolean => TESTS_ONLY.test(text);
