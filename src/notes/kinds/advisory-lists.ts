// A dependency bump that lists the advisories it closes, one per line ("Update golang.org/x/crypto to v0.52.0 to
// address:" then thirteen "CVE-…: ssh: …" lines): a maintainer says it once, "…to address 13 CVEs", and a run of such
// bumps as one line. Listed one by one they fill every post with upstream's holes and push the project's own fixes
// out. Pure: reads the entries' labels (the lead-in) and texts.
import type { Entry } from "../model.js";
import { advisoryIdsIn, opensWithAdvisoryId } from "./advisory-ids.js";

// "Update golang.org/x/net to v0.55.0 to address", "Bump foo to 1.2.3 to fix CVE-…", "Upgrade `bar` to version 2 for":
// the package, its new version, and the verb that says it closes holes.
const BUMP =
  /^(?:update[sd]?|upgrade[sd]?|bump(?:s|ed)?)\s+`?([\w@./-]+)`?\s+(?:from\s+\S+\s+)?to\s+(?:version\s+)?`?(v?\d[\w.-]*)`?\s+(?:to\s+)?(?:address(?:es)?|fix(?:es)?|resolve[sd]?|patch(?:es)?|for)\b/iu;
// Fewer than this many advisories under one bump read fine as a list.
const LONG_LIST = 3;

interface Bump {
  name: string;
  version: string;
  ids: string[];
  entries: Entry[];
}

/** The bump an entry belongs to: a listed advisory under a bump's lead-in, or a bump line that names its ids. */
function bumpOf(entry: Entry): { name: string; version: string; listed: boolean } | null {
  if (entry.prose || entry.kind !== "security") return null;
  const listed = entry.label !== null && opensWithAdvisoryId(entry.text) ? BUMP.exec(entry.label.replace(/[:：]\s*$/u, "")) : null;
  if (listed) return { name: listed[1] ?? "", version: listed[2] ?? "", listed: true };
  const inline = BUMP.exec(entry.text);
  return inline ? { name: inline[1] ?? "", version: inline[2] ?? "", listed: false } : null;
}

/** What a run of bumps closes, in one line: "Update golang.org/x/net, golang.org/x/crypto to address 19 CVEs". */
function summary(bumps: readonly Bump[]): string {
  const ids = [...new Set(bumps.flatMap((bump) => bump.ids))];
  const cves = ids.every((id) => id.startsWith("CVE-"));
  const what = `${ids.length} ${cves ? "CVEs" : "security advisories"}`;
  // One bump keeps its version; several are named, as a reader looks them up in the notes.
  const named = bumps.length === 1 ? `${bumps[0]?.name ?? ""} to ${bumps[0]?.version ?? ""}` : `${bumps.slice(0, -1).map((bump) => bump.name).join(", ")} and ${bumps.at(-1)?.name ?? ""}`;
  return `Update ${named} to address ${what}`;
}

/**
 * `entries` with each run of dependency bumps that close advisories, one of them listing `LONG_LIST` or more, said as
 * one security fix that counts them, under `securityLabel`. English lead-ins only: the summary is English words.
 */
export function withAdvisoryListsSummed(entries: readonly Entry[], securityLabel: string): Entry[] {
  const out: Entry[] = [];
  let run: Bump[] = [];
  const flush = (): void => {
    const long = run.some((bump) => bump.ids.length >= LONG_LIST && bump.entries.length >= LONG_LIST);
    if (!long) out.push(...run.flatMap((bump) => bump.entries));
    else {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the summary is a change of its own, no sub-item
      const { partOf, ...first } = run[0]?.entries[0] as Entry;
      out.push({ ...first, text: summary(run), label: securityLabel });
    }
    run = [];
  };
  for (const entry of entries) {
    const bump = bumpOf(entry);
    const last = run.at(-1);
    if (bump === null) {
      flush();
      out.push(entry);
      continue;
    }
    // The same bump's next advisory joins it; another bump starts its own.
    if (last && bump.listed && last.name === bump.name && last.version === bump.version) {
      last.entries.push(entry);
      last.ids.push(...advisoryIdsIn(entry.text));
    } else run.push({ name: bump.name, version: bump.version, ids: advisoryIdsIn(entry.text), entries: [entry] });
  }
  flush();
  return out;
}
