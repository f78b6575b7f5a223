// One piece of work told once per target: "Implement neo look styling for ER diagrams", "… for state diagrams", "… for
// requirement diagrams". A maintainer names it once and counts the rest; eight lines of it fill two posts. Pure: read
// from the entries' own words, in any kind but those every user must read (breaking changes, security fixes) and fixes.
import type { Entry } from "../model.js";

// How many words open the action ("implement neo look"), and how many changes of one kind repeat it before it is one.
const OPENING_WORDS = 3;
const REPEATS = 3;
// Words that say nothing of what the action is about: "Add support for …", "Add a new option …", "Fix the …" open many
// unrelated changes.
const EMPTY_WORDS = new Set(
  "a an the new more some missing support supports supported for to of in on at with and or from by into as option options config configuration ability way flag flags setting settings method methods api apis type types default defaults when if not no".split(
    " ",
  ),
);
// Fixes are many faults of one part, each its own ("修复 Input.Search …" three times): reach.ts's nearDuplicates reads
// them by scope.
const NEVER_FOLDED = new Set(["breaking", "security", "highlight", "fix"]);

/** The action a change opens with, as its first words ("implement neo look"), or null where they are no action's. */
function actionOf(text: string): string | null {
  const words = text
    .toLowerCase()
    .replace(/`[^`]*`/gu, " code ")
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word !== "");
  if (words.length <= OPENING_WORDS) return null;
  const opening = words.slice(0, OPENING_WORDS);
  // Its object must say something: two words of substance after the verb ("neo look"), not "support for".
  if (opening.slice(1).some((word) => EMPTY_WORDS.has(word) || word === "code" || /^\d/u.test(word))) return null;
  return opening.join(" ");
}

/**
 * The changes that repeat another's action on another target: of three or more listed changes of one kind that open with
 * the same three words, all but the first, unless they are all of their kind (then they are what the release is).
 */
export function repeatedActions(entries: readonly Entry[]): Set<Entry> {
  const listed = entries.filter((entry) => !entry.prose && !NEVER_FOLDED.has(entry.kind) && entry.important !== true);
  const groups = new Map<string, Entry[]>();
  const perKind = new Map<string, number>();
  for (const entry of listed) {
    perKind.set(entry.kind, (perKind.get(entry.kind) ?? 0) + 1);
    const action = actionOf(entry.text);
    if (action === null) continue;
    const key = `${entry.kind}\u0000${action}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const again = new Set<Entry>();
  for (const same of groups.values()) {
    const kindCount = perKind.get(same[0]?.kind ?? "") ?? 0;
    if (same.length >= REPEATS && same.length < kindCount) for (const entry of same.slice(1)) again.add(entry);
  }
  return again;
}
