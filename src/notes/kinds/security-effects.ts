// A fix that closes a security hole without saying "security": it names the check it adds or the attack it stops.
// "CORS is not checked when browsing files. check origin now", "validate SNI", "prevent injection in the shell
// command", "escape user names to avoid XSS", "防止路径穿越". A maintainer names it before the ordinary fixes, as
// item-signals.ts's hardened requests are. Pure word tests on one fix's text.

const HOLE_CLOSED = new RegExp(
  [
    // The attack or the guard, named: CORS, CSRF, XSS, SSRF, XXE, path traversal, open redirect, clickjacking.
    String.raw`\b(?:cors|csrf|xsrf|xss|ssrf|xxe|cross[- ]site|clickjacking|open[- ]redirects?|(?:path|directory)[- ]traversal|zip[- ]slip)\b`,
    // An injection (not dependency injection, a design pattern).
    String.raw`(?<!\bdependency[\s-])\b(?:(?:sql|command|shell|code|header|html|script|template|ldap|crlf|log|prompt|argument)[\s-])?injections?\b`,
    // A check of who or what is talking, added or now made: "check origin", "validate SNI", "verify the certificate".
    String.raw`\b(?:check(?:s|ed|ing)?|verif(?:y|ies|ied|ying)|validat(?:e|es|ed|ing)|enforc(?:e|es|ed|ing))\s+(?:the\s+)?(?:request'?s?\s+)?(?:origin|sni|(?:tls\s+|ssl\s+|server\s+)?certificates?|host\s?names?|signatures?|csrf\s+tokens?)\b`,
    String.raw`\b(?:origin|sni|certificates?|host\s?names?|signatures?)\s+(?:is|are|was|were)\s+(?:not|now|never)\s+(?:checked|verified|validated)\b`,
    // Chinese, Japanese, Korean (not 依赖注入, 依賴注入, 依存性注入, 의존성 주입: dependency injection).
    String.raw`跨站|(?<!依赖|依賴|依存性|依存性の|依存関係の?|DI\s?)注入|路径(?:穿越|遍历)|目录(?:穿越|遍历)|越权|校验\s*(?:origin|来源|证书|签名)|クロスサイト|(?<!依存性|依存性の|ディペンデンシー・?)インジェクション|ディレクトリトラバーサル|パストラバーサル|(?<!의존성\s?)인젝션|크로스\s*사이트|경로\s*탐색`,
  ].join("|"),
  "iu",
);

/** True when a fix's words name the attack it stops or the check of origin, certificate or signature it adds. */
export const closesHole = (text: string): boolean => HOLE_CLOSED.test(text.replace(/`[^`\n]*`/gu, "`x`"));
