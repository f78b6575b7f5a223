// A commit's security scope ("security: …" under Bug Fixes, "fix(security): …") names the area a fix touched. The fix
// is a security fix when its words name a hole or the guard against one ("prevent header injection", "sanitize file
// names", "contain credentials"); "security: keep the proxy setting" is a plain fix of that area.

// Lower case: "SECURITY: …" is a tag that says the kind, not a commit's scope.
const SECURITY_SCOPE = /^(?:(?:fix|bug ?fix|hot ?fix)\((?:security|sec)\)|security|sec):\s+(?=\S)/u;
// The words of a hole or its guard, read lower-cased; each a stem ("disclos" for disclose, disclosure).
const GUARD_WORDS = [
  "prevent", "sanitiz", "sanitis", "escap", "leak", "disclos", "inject", "xss", "traversal", "bypass", "cve-", "credential",
  "泄露", "注入", "漏洞", "脆弱性", "취약점",
];

/** The words after a security scope, or null when `text` opens with none. */
export function securityScopeWords(text: string): string | null {
  const scope = SECURITY_SCOPE.exec(text);
  return scope ? text.slice(scope[0].length) : null;
}

/** True when a security-scoped fix's words name a hole or its guard. */
export function guardsAgainstHole(words: string): boolean {
  const lower = words.toLowerCase();
  return GUARD_WORDS.some((word) => lower.includes(word));
}

// "Security: prevent …", "security: prevent …": a scope or marker in the security label's own word.
const SECURITY_PREFIX = /^security\s*[:：]\s*(?=\S)/iu;

/** A security fix's words under a label that says "Security": without a scope that says it again ("security: prevent
 *  …" → "prevent …"), in the case the notes wrote them, as their siblings are. */
export const withoutSecurityScope = (text: string): string => text.replace(SECURITY_PREFIX, "");
