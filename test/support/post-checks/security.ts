// A security fix the notes name by its id (CVE, GHSA) is in the first post: an advisory left to post 2 is buried.
import type { Context, Defect } from "./types.ts";
import { BULLET, LABEL_END, lines, nonEmpty, plainText } from "./text.ts";

// CVE, GHSA and the other advisory databases' ids: OCaml's OSEC, RustSec, PyPI's PYSEC, Go's GO, OSV, Debian's DSA/DLA,
// Ubuntu's USN, Red Hat's RHSA, JVN, CNVD, CNNVD, Black Duck, Snyk.
const ADVISORY_ID_IN_NOTES =
  /(?<![\w-])(?:CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3}|(?:OSEC|RUSTSEC|PYSEC|GO|OSV|GSD|MAL|BDSA|JVNDB|CNVD|TALOS|ZDI|DLA|DSA)-\d{4}-\d+|(?:RHSA|RHBA|ALSA|RLSA|ELSA)-\d{4}:\d+|USN-\d{3,5}-\d+|CNNVD-\d{6}-\d+|SNYK-[A-Z0-9]+-[A-Z0-9._-]+-\d+)(?![\w-])/giu;
// Another family's id ("ABC-2026-3") is an advisory's where a security word stands beside it.
const FAMILY_ID = /(?<![\w-])[A-Z]{2,10}-(?:19|20)\d{2}-\d+(?![\w-])/gu;
const SECURITY_WORD = /\bsecurity\b|\bvulnerab|\badvisor(?:y|ies)\b|\bexploit|\bCVSS\b|漏洞|脆弱性|セキュリティ|취약점|보안/iu;

// A post's words for a hole closed, and its count line ("+70 more changes (1 security fix)").
const SAYS_SECURITY = /\bsecurity\b|\bvulnerab|\badvisor(?:y|ies)\b|\bdenial[- ]of[- ]service\b|\bDoS\b|\bXSS\b|\binjection\b|脆弱性|漏洞|취약점|보안|セキュリティ/iu;
// The labels of what may stand before an advisory in post 1: breaking changes and security fixes, in the languages the
// composer labels in.
const LEADING_LABEL = /breaking|security|incompatib|破壊|セキュリティ|安全|보안|호환|破坏|不兼容|重大变更|Sicherheit|sécurité|seguridad/iu;
const COUNTED = /^\s*(?:\+\d|and \d+ more|ほか|另有|외)/iu;

/** The notes' advisory ids, each once, upper-cased. */
function advisoryIdsIn(text: string): string[] {
  const ids: string[] = [...(text.match(ADVISORY_ID_IN_NOTES) ?? [])];
  for (const match of text.matchAll(FAMILY_ID)) {
    if (SECURITY_WORD.test(text.slice(Math.max(0, match.index - 80), match.index + match[0].length + 80).replace(match[0], " "))) ids.push(match[0]);
  }
  return [...new Set(ids.map((id) => id.toUpperCase()))];
}

/**
 * A release that fixes one to three advisories names one in a single post that lists changes, and shows each one a
 * thread shows at all in its first post, before anything
 * else: a post that opens with a summary and leaves an id for post 2 buries a fix users must act on. (More ids than
 * that are counted, and which lead is the composer's choice.)
 */
export function securityFirst({ posts, notes }: Context): Defect[] {
  const ids = advisoryIdsIn(notes);
  if (posts.length === 0 || ids.length === 0 || ids.length > 3) return [];
  const first = posts[0]!.toUpperCase();
  // A single post that lists other changes and none of the advisories: the fix is at most a count ("1 security fix").
  if (posts.length === 1) {
    // Ids the notes show as words: one only in a link's address ("see the [advisory](…/GHSA-…)") is not the fix's name.
    const named = advisoryIdsIn(plainText(notes).replace(/https?:\/\/\S+/gu, " "));
    if (named.length === 0) return [];
    const listed = lines(posts[0]!).some((line) => BULLET.test(line));
    // A post that tells the fix in words ("This release fixes a denial of service …") has it; one that only counts it
    // ("+70 more changes (1 security fix)") or says nothing of security does not.
    const told = lines(posts[0]!).some((line) => !COUNTED.test(line) && SAYS_SECURITY.test(line));
    return listed && !told && !named.some((id) => first.includes(id)) ? [{ check: "security-first", post: 0, detail: `the post lists other changes and leaves out ${named.join(", ")}` }] : [];
  }
  // A thread that lists changes and names none of the advisories anywhere, nor tells a fix in words, left them out.
  const named = advisoryIdsIn(plainText(notes).replace(/https?:\/\/\S+/gu, " "));
  const all = posts.join("\n");
  const listed = lines(all).some((line) => BULLET.test(line));
  const told = lines(all).some((line) => !COUNTED.test(line) && SAYS_SECURITY.test(line));
  if (named.length > 0 && listed && !told && !named.some((id) => all.toUpperCase().includes(id))) {
    return [{ check: "security-first", post: 0, detail: `the thread lists other changes and leaves out ${named.join(", ")}` }];
  }
  const later = posts.slice(1).join("\n").toUpperCase();
  // Only where post 1 spends room on something else: advisories too long to share one post are a thread's to spread.
  // Breaking changes may lead (the issue ranks them with security), and a security fix told in words is one of the fixes.
  let label = "";
  const other = nonEmpty(lines(posts[0]!).slice(1)).filter((line) => {
    if (LABEL_END.test(line)) label = line;
    else if (!BULLET.test(line)) label = "";
    return !LABEL_END.test(line) && !/^https?:\/\//u.test(line.trim()) && advisoryIdsIn(line).length === 0 && !LEADING_LABEL.test(label) && !(BULLET.test(line) && SAYS_SECURITY.test(line));
  });
  if (other.length === 0) return [];
  const buried = ids.filter((id) => !first.includes(id) && later.includes(id));
  return buried.length > 0 ? [{ check: "security-first", post: 0, detail: `post 1 leaves ${buried.join(", ")} to a later post` }] : [];
}
