// A sub-list flattened into its parent item: the letters or numbers that marked its points stay in the post as text
// ("• Rework the risk manager a.", "… a. plug-ins b. rules c."): the reader sees markers that point at nothing.
import type { Context, Defect } from "./types.ts";
import { BULLET, lines } from "./text.ts";

// Lower-case letters a–h and roman numerals from ii: "i.", "v." and "x." are words or versions too often.
const MARKER = String.raw`(?:[a-h]|ii|iii|iv|vi|vii|viii|ix)[.)]|\((?:[a-h]|\d{1,2})\)|[①-⑳]`;
const ENDS_ON_MARKER = new RegExp(String.raw`\s(?:${MARKER})$`, "u");
const INLINE_MARKER = new RegExp(String.raw`\s(${MARKER})\s+\S`, "gu");
/** The markers the notes put at the start of a line: only those can have been flattened. */
function lineMarkers(notes: string): Set<string> {
  const found = new Set<string>();
  const leading = new RegExp(String.raw`^[\s>*+-]*(${MARKER})\s`, "u");
  for (const line of notes.split("\n")) {
    const marker = leading.exec(line)?.[1];
    if (marker !== undefined) found.add(marker);
  }
  return found;
}

export function subListMarker({ posts, notes }: Context): Defect[] {
  const markers = lineMarkers(notes);
  if (markers.size === 0) return [];
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    for (const line of lines(text)) {
      const trimmed = line.trimEnd();
      if (!BULLET.test(trimmed) && !/^\s*\S/u.test(trimmed)) continue;
      const last = ENDS_ON_MARKER.exec(trimmed)?.[0].trim();
      // Two or more of the notes' line markers inside one line: a flattened sub-list ("a. … b. …").
      const inline = [...trimmed.matchAll(INLINE_MARKER)].map((match) => match[1]).filter((marker) => marker !== undefined && markers.has(marker));
      if ((last !== undefined && markers.has(last)) || inline.length >= 2) defects.push({ check: "sub-list-marker", post, detail: `"${trimmed.trim()}"` });
    }
  });
  return defects;
}
