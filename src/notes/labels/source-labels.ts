// A source heading as a post's label: the words that say what kind of change sits under it, without what only the
// source page needed (the version or date it repeats, tags in brackets). Pure; model.ts decides where a label comes from.
import { headingMeaning, type Kind } from "../kinds/kinds.js";

// "Features - 21.7.0", "Bug Fixes (v2.3.1)", "Fixes — 2024-05-01", "Features 1.2.0 (2024-05-01)": a towncrier or
// keep-a-changelog section that repeats the release's version or date, which the post's opener already says.
const VERSION_OR_DATE_TAIL = /\s*(?:[-–—:|]\s*|\(\s*)?(?:v?\d+(?:\.\d+){1,3}[\w.+-]*|\d{4}-\d{2}-\d{2})\)?(?:\s*(?:[-–—]\s*|\(\s*)?\d{4}-\d{2}-\d{2}\)?)?$/u;

/** A label without the version or date it ends in, when what is left still names the same kind of change. */
export function withoutVersionTail(label: string): string {
  // (A heading longer than a label is none: no need to try the tail at every one of its characters.)
  if (!/\d/u.test(label) || label.length > 120) return label;
  const bare = label.replace(VERSION_OR_DATE_TAIL, "").trim();
  // ("Fixes since 2.20" counts from a version: its words are no label without it.)
  if (bare === "" || bare === label || /\b(?:since|from|in|to|for|of|until|before|after)$/iu.test(bare)) return label;
  const meaning = headingMeaning(bare);
  return meaning !== null && meaning !== "generic" && meaning === headingMeaning(label) ? bare : label;
}

// "[Fix] [TypesSript]", "【Feature】【matrix】": a line of bracket tags only (ECharts' changelog), at most four.
const TAGS_ONLY = /^(?:\s*(?:\[[^[\]\n]{1,30}\]|【[^【】\n]{1,30}】)){1,4}\s*$/u;
const TAG = /\[([^[\]\n]{1,30})\]|【([^【】\n]{1,30})】/gu;

/** The kind a label of bracket tags names by one of its tags ("[Fix] [TypesSript]" → fix); null for another label,
 *  or for tags that name no kind (areas only): those are not labels at all. */
export function bracketTagsKind(label: string): { tags: true; meaning: Kind | null } | null {
  if (!label.includes("[") && !label.includes("【")) return null;
  if (!TAGS_ONLY.test(label)) return null;
  for (const [, square, corner] of label.matchAll(TAG)) {
    const meaning = headingMeaning((square ?? corner ?? "").trim());
    if (meaning !== null && meaning !== "generic" && meaning !== "drop") return { tags: true, meaning };
  }
  return { tags: true, meaning: null };
}
