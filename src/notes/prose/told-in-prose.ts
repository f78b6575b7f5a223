// A listed change that a shown paragraph already tells ("centered on `previous_tag` support for
// `generate_release_notes`" over "Support previous_tag for generate_release_notes"): the reader has it, so the count of
// what the posts leave out must not promise it again.
import type { Entry } from "../model.js";
import { names } from "./restatements.js";

/** True when every name of the item `listed` (two at least) is in one of the `shown` prose entries. */
export function toldInProse(listed: Entry, shown: readonly Entry[]): boolean {
  if (listed.prose) return false;
  const { words } = names(listed.text);
  if (words.size < 2) return false;
  return shown.some((entry) => {
    if (!entry.prose) return false;
    const said = names(entry.text).words;
    return [...words].every((word) => said.has(word));
  });
}
