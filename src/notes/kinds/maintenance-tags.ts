// A change the notes file under their upkeep section ("Maintenance", "Chores", "维护") and tag as upkeep themselves
// ("MAINT: Rename `LoopbackDispatcher` to …", "chore: …", "refactor(core): …"): the repository's own work however its
// verb reads (a rename, a removal), never a user's change. Pure.
import { headingMeaning } from "./kinds.js";

// The upkeep tags commit conventions put before a subject: NumPy/SciPy's "MAINT:", "TST:", "CI:", "BLD:", "DEV:",
// conventional commits' "chore:", "refactor:", "test:", "ci:", "build:", "style:".
const UPKEEP_TAG = /^(?:maint|tst|bld|dev|ci|chore|refactor|test|tests|build|style)(?:\([^)]{1,30}\))?\s*:/iu;

/** A change tagged as upkeep under the notes' upkeep section. */
export const taggedUpkeep = (text: string, label: string | null): boolean =>
  label !== null && headingMeaning(label.replace(/[:：]\s*$/u, "").trim()) === "internal" && UPKEEP_TAG.test(text.trim());
