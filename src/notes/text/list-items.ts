// A Markdown list item's marker at a line's start ("- ", "* ", "+ ", "1. ", "2) "), indented or not: the one pattern the
// readers of raw notes lines share. Pure.

const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)/u;

/** The item's words after its marker, or null when the line is no list item (or an empty one). */
export function listItemText(line: string): string | null {
  const marker = LIST_MARKER.exec(line);
  return marker === null ? null : line.slice(marker[0].length);
}

/** True when the line is a list item with words after its marker. */
export const isListItem = (line: string): boolean => LIST_MARKER.test(line);
