// Plain-text changelogs that hard-wrap their "- " items and open an item with a title line of its own ("- Verbundene
// Kunden/Lieferanten" / "  Man kann jetzt Kunden und Lieferanten verbinden …"). Markdown joins the lines, and the title
// runs into its explanation as one sentence ("Verbundene Kunden/Lieferanten Man kann jetzt …"). A first line that
// ends early — the next line's first word would have fit on it — without a stop, before a line that opens a sentence of
// its own, is a title: it gets the colon a title has ("Verbundene Kunden/Lieferanten: Man kann jetzt …"). Only notes
// with no Markdown heading or fence are touched. Pure; one pass over the lines.

const ITEM = /^([-*+])[ \t]+(?=\S)/u;
// A line that ends a sentence or carries one on: a stop, a colon, a comma, an open bracket or a dash.
const ENDS_OR_CARRIES = /[.!?:;,([–—-]$|[.!?]["»“”]$/u;
const MARKUP = /[`*_[\]<>#|]/u;
// A word that needs more after it ends no title: "- Beim Speichern von Rechnungen mit" / "  Skonto wurde …" is one
// sentence wrapped early, and German capitalises the noun that goes on with it.
const NEEDS_MORE = /\s(?:mit|von|und|oder|der|die|das|den|dem|des|ein|eine|einen|für|zu|zum|zur|bei|auf|in|im|an|am|aus|nach|über|unter|vor|durch|gegen|ohne|and|or|of|with|for|to|the|a|an|in|on|at|by|from|into|de|du|des|la|le|les|et|ou|pour|avec|en|y|el|los|las|con|para|por)$/iu;

/** The notes with each hard-wrapped item's title line ending in a colon. */
export function titledWrappedItems(source: string): string {
  if (/^\s{0,3}(?:#{1,6}\s|`{3}|~{3})/mu.test(source) || !/^[-*+][ \t]+\S[^\n]*\n[ \t]{2,}\S/mu.test(source)) return source;
  const lines = source.split("\n");
  // The notes' wrap width, over all their wrapped lines: one item's short lines do not make its first line "early".
  // (An address is never wrapped, so a line that holds one says nothing of the width.)
  const wrapped = lines.filter((line) => /^(?:[-*+][ \t]+|[ \t]{2,})\S/u.test(line) && !line.includes("://"));
  const wrapWidth = Math.max(0, ...wrapped.map((line) => line.trimEnd().length));
  for (let at = 0; at < lines.length; at += 1) {
    const first = lines[at] ?? "";
    if (!ITEM.test(first)) continue;
    // The item's wrapped lines: indented, up to a blank line or the next item.
    let end = at + 1;
    while (end < lines.length && /^[ \t]{2,}\S/u.test(lines[end] ?? "")) end += 1;
    if (end - at < 3) continue;
    const title = first.trimEnd();
    const next = (lines[at + 1] ?? "").trim();
    const nextWord = next.split(/\s+/u)[0] ?? "";
    // The first sentence of the next line, up to its stop: a title's explanation opens with one of three words or more.
    const opening = /^[^.!?]*[.!?]/u.exec(lines.slice(at + 1, end).join(" ").trim())?.[0] ?? "";
    const words = title.replace(ITEM, "").split(/\s+/u).length;
    if (words < 2 || MARKUP.test(title.replace(ITEM, "")) || ENDS_OR_CARRIES.test(title) || NEEDS_MORE.test(title) || !/^\p{Lu}/u.test(next)) continue;
    if (title.length + 1 + nextWord.length > wrapWidth - 2 || opening.split(/\s+/u).length < 3) continue;
    lines[at] = `${title}:`;
  }
  return lines.join("\n");
}
