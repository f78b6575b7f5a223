// The area a log lists changes under: one to four short names of a tool, library or directory ("libmount",
// "chsh, chfn", "lib(core)"). One pattern for the plain-text reader (area-lines.ts) and the label helper (withAreaSaid),
// so the two never disagree on what an area is. A heading of the notes ("Note", "Cleanup", "Fixes") is no area. Pure.
import { headingMeaning, isCategoryName } from "../kinds/kinds.js";

/** The names of an area, as a pattern's source: anchor it where it is used. */
export const AREA_NAMES = String.raw`[\w@.+/-]{1,40}(?:\([^)\n]{0,20}\))?(?:,\s*[\w@.+/-]{1,40}){0,3}`;

const AREA = new RegExp(`^${AREA_NAMES}$`, "u");
// Words that head a part of the notes or an aside, not a tool's name: prefixed to an item they read as an English aside.
const NOTES_WORD = /^(?:notes?|nb|n\.b\.|cleanups?|clean-?ups?|misc|general|other|important|warning|caution|info|tips?|summary|overview|details|tl;?dr|heads-up|reminder|update|upgrade|upgrading|migration)$/iu;

/** True when a label is a heading of the notes or an aside ("Note", "Cleanup"), which names no area and no kind. */
export const namesNotesPart = (label: string): boolean => NOTES_WORD.test(label.trim().replace(/[:：]$/u, "").trim());

/** True when a label names an area of the code, not a heading or kind of the notes. */
export function isAreaName(label: string): boolean {
  const text = label.trim().replace(/[:：]$/u, "").trim();
  return AREA.test(text) && !NOTES_WORD.test(text) && !isCategoryName(text) && headingMeaning(text) === null;
}
