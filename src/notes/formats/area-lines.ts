// Plain-text changelogs that list commits under the area they touch, the area flush left and its commits indented
// (util-linux: "chsh:" / "   - fflush stdout before reading from stdin  [Lorenzo Beretta]" / "chsh, chfn:" /
// "   - remove readline support [CVE-2022-0563]  [Karel Zak]"). Without a blank line between them, Markdown reads each
// area line as the lazy continuation of the commit above it ("fflush stdout … [Lorenzo Beretta] chsh, chfn:"): that
// commit turned into a lead-in and the commits under the next area into its parts, and "remove readline support
// [CVE-2022-0563]" was lost among them. Written over with a blank line before each such area line. Linear in lines.
import { AREA_NAMES } from "./area-name.js";
import { FENCE } from "./line-blocks.js";

// An area: one to four names of a tool, library or directory, comma-separated, then a colon and nothing else.
const AREA_LINE = new RegExp(`^${AREA_NAMES}\\s*:\\s*$`, "u");
// An indented list item, or the indented rest of one.
const INDENTED_ITEM = /^[ \t]{2,}(?:[-*+]\s+)?\S/u;
const INDENTED_MARKER = /^[ \t]{2,}[-*+]\s+\S/u;

/** The notes with a blank line set before each flush-left area line that follows an indented commit and heads more. */
export function areaLinesSetOff(source: string): string {
  if (!source.includes(":\n")) return source;
  const lines = source.split("\n");
  let fenced = false;
  let changed = false;
  const out: string[] = [];
  for (const [at, line] of lines.entries()) {
    if (FENCE.test(line)) fenced = !fenced;
    const before = lines[at - 1] ?? "";
    if (!fenced && AREA_LINE.test(line) && INDENTED_ITEM.test(before) && INDENTED_MARKER.test(lines[at + 1] ?? "")) {
      out.push("");
      changed = true;
    }
    out.push(line);
  }
  return changed ? out.join("\n") : source;
}
