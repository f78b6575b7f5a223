// A security fix listed under the area it touches ("libmount:" over "fix UID check for FUSE umount [CVE-2021-3995]"):
// shown under the area's label, it reads as one more libmount change, and a thread that takes its group whole follows it
// with every other libmount commit. It is shown as what it is, under the security label, its area said before it. Pure.
import { isAreaName, namesNotesPart } from "../formats/area-name.js";
import type { Entry } from "../model.js";

/** The label of a kind's entries that sit under an area, with that area before their text; other entries as they are. */
export function withAreaSaid(entry: Entry, kindLabel: string): Entry {
  const label = entry.label;
  if (entry.prose || label === null) return entry;
  // Under a heading of the notes ("Note:", "Cleanup:"), the kind's label says more; the heading is no area to say.
  if (namesNotesPart(label)) return { ...entry, label: kindLabel };
  if (!isAreaName(label)) return entry;
  return { ...entry, label: kindLabel, text: `${label.trim()}: ${entry.text}` };
}

/** Entries with each listed security fix under an area shown under the security label (withAreaSaid). */
export const withAreaSecurity = (entries: readonly Entry[], securityLabel: string): Entry[] =>
  entries.map((entry) => (entry.kind === "security" ? withAreaSaid(entry, securityLabel) : entry));
