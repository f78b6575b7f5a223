// Where the read part of long notes stops, the count of the unread rest starts inside some section: what that section
// is decides whether its items count. The last heading before the cut (ATX "## Contributors" or underlined
// "Contributors" over "------------", RST and setext) names it; a contributor roll's lead-in after that heading
// ("53 authors added to this release (alphabetically):") says the items there are names, not changes.
import { introducesRoll } from "../kinds/contributor-rolls.js";
import { underlinedHeading } from "./unread-duplicates.js";
import { isListItem } from "../text/list-items.js";

const ATX = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/u;

/** The section the cut at `from` falls in: its heading (null when none is found) and whether a roll's lead-in opens
 *  the list the cut falls in. Looks back line by line, up to the heading. */
export function sectionAtCut(source: string, from: number): { heading: string | null; roll: boolean } {
  const lines = source.slice(0, from).split("\n");
  // The cut falls at a line end: the last element is the line being cut into, or "".
  let roll = false;
  for (let at = lines.length - 1; at >= 0; at -= 1) {
    const line = lines[at] ?? "";
    const atx = ATX.exec(line);
    if (atx) return { heading: atx[1] ?? "", roll };
    const under = underlinedHeading(line, lines[at + 1] ?? "");
    if (under !== null && at + 1 < lines.length) return { heading: under, roll };
    if (!roll && opensRoll(line)) roll = true;
  }
  return { heading: null, roll };
}

/** True when an unread paragraph line introduces a contributor roll: the items after it, up to a heading, are names.
 *  Its last sentence may be the lead-in ("Thank you to all our sponsors! And special thanks to our top sponsors:"). */
export const opensRoll = (line: string): boolean =>
  /^\S/u.test(line) && !isListItem(line) && (introducesRoll(line) || introducesRoll(line.split(/(?<=[.!?])\s+(?=\S)/u).at(-1) ?? ""));
