// In a release that closes an advisory (a CVE or GHSA id), the fix is why users upgrade: it leads, and a runtime the
// release stops supporting ("Drop support for Python 3.8") comes after it, still labelled breaking. A pure reading
// of the ranked entries; compose.ts stands such a break after the security fixes.
import type { Entry } from "../model.js";
import { advisoryIds, raisesPlatformFloor } from "./kinds.js";

/** Entries with each breaking runtime drop marked `afterSecurity` where a security fix names an advisory id. */
export function withSecurityFirst(entries: readonly Entry[]): Entry[] {
  const advisory = entries.some((entry) => entry.kind === "security" && !entry.prose && advisoryIds(entry.text).length > 0);
  if (!advisory) return [...entries];
  return entries.map((entry) => (entry.kind === "breaking" && !entry.prose && raisesPlatformFloor(entry.text) ? { ...entry, afterSecurity: true } : entry));
}
