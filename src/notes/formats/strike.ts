// GFM's single-tilde strike-through ("~withdrawn~"), which markdown-it reads only as "~~withdrawn~~": written as the
// double form so that struck words are read as deleted. Pure: Markdown in, Markdown out.

import { outsideCodeSpans, rewriteLinesOutsideFences } from "./line-blocks.js";

// A closed run that flanks non-space on both inner sides, with no tilde next to it: "~1-2 months" (about) and
// "~/.config" stay. Bounded: each start looks at most 500 characters ahead, so any input stays linear.
const SINGLE_TILDE_RUN = /(?<![~\\\p{L}\p{N}])~(?=[^\s~])([^~\n]{1,500}?)(?<=[^\s~\\])~(?![~\p{L}\p{N}])/gu;

/** The notes with each single-tilde strike-through written "~~…~~"; fenced code and code spans kept as they are. */
export function withDoubleTildeStrikes(source: string): string {
  if (!source.includes("~")) return source;
  return rewriteLinesOutsideFences(source, (line) => (line.includes("~") ? outsideCodeSpans(line, (text) => text.replace(SINGLE_TILDE_RUN, "~~$1~~")) : line));
}
