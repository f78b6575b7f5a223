// A removal told after another change in one sentence: "refactored the CLI, moving some duplicated options/flags into
// the root and removing several deprecated options/flags/values", "Reworked the config loader and dropped the legacy
// `--conf` flag". The sentence opens on the other change, but what users lose is in its later clause. Pure.

// A comma or "and"/"while"/"also" before a removal verb starts such a clause.
const JOINED = /(?:,\s*|\s(?:and|while|also|plus)\s+)(?:(?:also|then)\s+)?(?=(?:remov(?:es|ed|ing)|drop(?:s|ped|ping)|delet(?:es|ed|ing))\s)/giu;

/** The clauses of `text` after its first that open on a removal verb ("removing several deprecated options…"). */
export function joinedRemovalClauses(text: string): string[] {
  return [...text.matchAll(JOINED)].map((match) => text.slice(match.index + match[0].length));
}
