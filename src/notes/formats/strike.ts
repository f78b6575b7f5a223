// GFM's single-tilde strike-through ("~withdrawn~"), which markdown-it reads only as "~~withdrawn~~": written as the
// double form so that struck words are read as deleted. Pure: Markdown in, Markdown out.

import { FENCE } from "./line-blocks.js";

// A closed run that flanks non-space on both inner sides, with no tilde next to it: "~1-2 months" (about) and
// "~/.config" stay. Bounded: each start looks at most 500 characters ahead, so any input stays linear.
const SINGLE_TILDE_RUN = /(?<![~\\\p{L}\p{N}])~(?=[^\s~])([^~\n]{1,500}?)(?<=[^\s~\\])~(?![~\p{L}\p{N}])/gu;
// Code spans keep their tildes: only the parts between them are read.
const CODE_SPAN = /(`+)[^`\n]{0,2000}?\1/gu;

function outsideCodeSpans(line: string): string {
  let out = "";
  let from = 0;
  for (const span of line.matchAll(CODE_SPAN)) {
    out += line.slice(from, span.index).replace(SINGLE_TILDE_RUN, "~~$1~~") + span[0];
    from = span.index + span[0].length;
  }
  return out + line.slice(from).replace(SINGLE_TILDE_RUN, "~~$1~~");
}

/** The notes with each single-tilde strike-through written "~~…~~"; fenced code kept as it is. */
export function withDoubleTildeStrikes(source: string): string {
  if (!source.includes("~")) return source;
  let fenced = false;
  return source
    .split("\n")
    .map((line) => {
      if (FENCE.test(line)) {
        fenced = !fenced;
        return line;
      }
      return fenced || !line.includes("~") ? line : outsideCodeSpans(line);
    })
    .join("\n");
}
