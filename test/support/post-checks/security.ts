// A security fix the notes name by its id (CVE, GHSA) is in the first post: an advisory left to post 2 is buried.
import type { Context, Defect } from "./types.ts";
import { LABEL_END, lines, nonEmpty } from "./text.ts";

const ADVISORY_ID_IN_NOTES = /\b(?:CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3})\b/giu;

/** The notes' advisory ids (CVE, GHSA), each once, upper-cased. */
const advisoryIdsIn = (text: string): string[] => [...new Set((text.match(ADVISORY_ID_IN_NOTES) ?? []).map((id) => id.toUpperCase()))];

/**
 * A release that fixes one to three advisories shows each one it shows at all in its first post, before anything
 * else: a post that opens with a summary and leaves an id for post 2 buries a fix users must act on. (More ids than
 * that are counted, and which lead is the composer's choice.)
 */
export function securityFirst({ posts, notes }: Context): Defect[] {
  const ids = advisoryIdsIn(notes);
  if (posts.length < 2 || ids.length === 0 || ids.length > 3) return [];
  const first = posts[0]!.toUpperCase();
  const later = posts.slice(1).join("\n").toUpperCase();
  // Only where post 1 spends room on something else: advisories too long to share one post are a thread's to spread.
  const other = nonEmpty(lines(posts[0]!).slice(1)).filter((line) => !LABEL_END.test(line) && !/^https?:\/\//u.test(line.trim()) && advisoryIdsIn(line).length === 0);
  if (other.length === 0) return [];
  const buried = ids.filter((id) => !first.includes(id) && later.includes(id));
  return buried.length > 0 ? [{ check: "security-first", post: 0, detail: `post 1 leaves ${buried.join(", ")} to a later post` }] : [];
}
