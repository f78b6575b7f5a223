// Headings that are no label as written: a version string ("v2.1.0", "@scope/pkg@1.2.0", "mp4-media-stream-2024.2.0",
// where the package's name alone may be one), a sentence ("本次更新修复了以下问题。", "The following bugs were fixed."),
// which would print "。:" or ".:", and a generator's wording of a kind ("Fixed bugs", "Implemented enhancements",
// github-changelog-generator's) or a clipped one ("Perfs", "Feats"), which no maintainer writes over a post's list: these
// say their kind's label instead. Pure; model.ts decides where labels come from.
import type { HeadingMeaning, Kind } from "../kinds/kinds.js";

// A whole version or date: "v2.1.0", "2.1.0-beta.1", "2024-05-01", "2024.2.0".
const VERSION_ONLY = /^(?:v?\d+(?:\.\d+){1,3}[\w.+-]*|\d{4}-\d{2}-\d{2})$/iu;
// A package's name and its version: "mp4-media-stream-2024.2.0", "@scope/pkg@1.2.0", "pkg v1.2.0".
const NAME_AND_VERSION = /^(@?[\p{L}\p{N}][\p{L}\p{N}._/@-]{0,60}?)(?:@|-|\s+)v?\d+(?:\.\d+){1,3}[\w.+-]*$/u;
// A sentence: it ends with a full stop, or one stop closes a sentence and another follows.
const SENTENCE_END = /(?:[。．！？]|(?<![A-Z]|\b(?:etc|misc|approx|vs|incl))[.!?])$/u;
// A kind said by a generator's past participle ("Fixed bugs", "Implemented enhancements", "Added features") or cut to a
// plural of its commit type ("Perfs", "Feats", "Fixs").
const GENERATED_KIND = /^(?:(?:fixed|implemented|added|resolved|merged|completed|closed)\s+(?:bugs|enhancements|features|issues|improvements)|perfs|feats|fixs)$/iu;

// A kind said by the bare verb of a Keep-a-Changelog-style section ("### Add", "### Change", "### Remove", "Fix"): over
// "Add `command` filter" it would read "Add: Add …". The kind's own label says it.
const BARE_VERB = /^(?:add|change|fix|remove|deprecate|update|improve|enhance|feat|perf|refactor)$/iu;

export type Formed = { label: string | null } | null;

/** The label a heading gives in its place (null: none), or null when the heading is a label as written. */
export function labelInPlaceOf(heading: string, meaning: HeadingMeaning | null, kindLabel: (kind: Kind) => string): Formed {
  const text = heading.trim().replace(/[:：]$/u, "").trim();
  const kind = meaning === null || meaning === "generic" || meaning === "drop" ? null : meaning;
  if (VERSION_ONLY.test(text)) return { label: null };
  const named = NAME_AND_VERSION.exec(text);
  if (named?.[1] && kind === null && /\p{L}/u.test(named[1])) return { label: named[1].replace(/[-@]$/u, "") };
  if (SENTENCE_END.test(text) && (text.split(/\s+/u).length > 3 || /[。．！？]$/u.test(text))) return { label: kind === null ? null : kindLabel(kind) };
  if (GENERATED_KIND.test(text) || BARE_VERB.test(text)) return { label: kind === null ? null : kindLabel(kind) };
  return null;
}
