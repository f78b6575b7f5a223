// Authors the notes name in brackets (Node.js, ESLint, libuv), so credit-leftover finds them; "(Windows only)" is no name.
import { BULLET } from "./text.ts";

/**
 * Author names the notes put in parentheses on lines that also carry a PR or commit reference, as Node.js and
 * ESLint do ("… (Matteo Collina) [#123](…)", "… ([#123](…)) (Josh Goldberg ✨)").
 */
export function authorsIn(notes: string): Set<string> {
  const authors = new Set<string>();
  const REF = String.raw`\[[^\]]*#\d+\]\([^)]*\)`;
  // "(Name)" after a space, ending the line or followed only by a reference link.
  const AUTHOR = new RegExp(String.raw` \(([\p{L}@][^()[\]]{1,39})\)\s*(?:${REF}\s*)?$`, "u");
  for (const line of notes.split("\n")) {
    if (!/#\d+|\/commit\/[0-9a-f]{7,}/u.test(line)) continue;
    const name = AUTHOR.exec(line)?.[1]?.trim();
    // An example or a label in brackets ("(예: `숱하다` → `수타다`)", "(e.g. `x`)") is no name: names hold no code or colon.
    // Nor is a qualifier ("(beta)", "(Windows only)"): a change's status, not who made it.
    // A note in brackets ("(regression from 2.8.2)", "(libexpat*.so.1.12.2)") is no name either: it must read as one.
    if (name && isNameShaped(name) && !/#|https?:|^(?:closes|fixes|see|e\.g\.)\b|[`:：→=<>]/iu.test(name)) authors.add(name);
  }
  listAuthorsIn(notes, authors);
  return authors;
}

// Words that qualify a change in brackets at an item's end ("(Windows only)", "(Stable)", "(High)", a changeset's
// "(patch)"), never a name.
const QUALIFIER_WORDS = new Set(
  "only patch minor major stable beta alpha rc preview experimental deprecated breaking change optional default unstable internal release candidate feature support windows linux macos android ios unix web browser server client desktop mobile api cli docs all platforms fix bug security regression performance lts version new legacy high medium low critical moderate and or for the of in on with not".split(" "),
);
/** A bracket's words as a credit writes them: one name or handle, or up to four name words (any script). */
function isNameShaped(content: string): boolean {
  const words = content.trim().split(/\s+/u);
  if (words.length > 4 || words.some((word) => QUALIFIER_WORDS.has(word.toLowerCase()) || /^v?\d|[#:`/=<>]/iu.test(word))) return false;
  // One word with a capital inside is an acronym or a protocol ("(AoE)", "(BGP)"), not a handle.
  if (words.length === 1) return /^@?[\p{L}\p{N}][\p{L}\p{M}\p{N}_.'’-]*(?:\[bot\])?$/u.test(words[0]!) && !/^.[^\p{Lu}]*\p{Lu}/u.test(words[0]!.replace(/\[bot\]$/u, ""));
  return words.every((word) => /^(?:\p{Lu}|\p{Lo}|\p{Extended_Pictographic})[\p{L}\p{M}.'’-]*\uFE0F?$/u.test(word) || /^(?:van|von|de|der|da|di|du|la|le|del|bin)$/u.test(word));
}
/**
 * Author names a list puts in brackets at its items' ends without any reference, as libuv's ChangeLog does
 * ("* unix: fix discard const (Rudi Heitbaum)", hard-wrapped too): when most of a list's items (three at least) end so.
 */
function listAuthorsIn(notes: string, authors: Set<string>): void {
  const lists: string[][] = [[]];
  for (const raw of notes.split("\n")) {
    const list = lists.at(-1)!;
    if (BULLET.test(raw)) list.push(raw.replace(BULLET, ""));
    else if (raw.trim() !== "" && /^\s+\S/u.test(raw) && list.length > 0) list[list.length - 1] += ` ${raw.trim()}`;
    else if (raw.trim() !== "" && list.length > 0) lists.push([]);
  }
  for (const items of lists) {
    const names = items.map((item) => / \(([^()[\]]{1,60}(?:\[bot\])?)\)$/u.exec(item.trim())?.[1]).filter((name) => name !== undefined && isNameShaped(name));
    if (names.length >= 3 && names.length * 2 > items.length) for (const name of names) authors.add(name!.trim());
  }
}
