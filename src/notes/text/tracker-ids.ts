// A tracker's key on a change ("rig-819: map documents", "(PROJ-12) fix login", "[ABC-3] x", "… (PROJ-12)", "…
// - PROJ-12"): Jira's and Linear's keys are references a reader of the post cannot open, not words of the change, so they
// go; a change that was only its key goes with it. A key is letters, a dash and a number; it is known for one where the
// notes put the same letters on two changes or more (with numbers that differ, not "gtk-4:", "gtk-3:"), or where it is
// set off by brackets or a colon in capitals with a number of two digits or more; a bare one ("PSR-12 formatting …")
// only in the first case. Never where the letters name a standard, an encoding, a model or a versioned platform
// ("UTF-8", "SQL-92", "ERC-20", "GPT-4", "qt-6", "CVE-…", which advisories own: standard-names.ts). Pure.
import { sentenceCase } from "../kinds/kinds.js";
import { isStandardName } from "./standard-names.js";

const KEY = String.raw`[A-Za-z][A-Za-z0-9]{0,9}-\d{1,7}`;
const KEYS = String.raw`${KEY}(?:\s*[,/&]\s*${KEY}){0,5}`;
// "(rig-798) x", "[PROJ-1] x", "PROJ-1: x", "PROJ-1 - x", "PROJ-1, PROJ-2: x"; a bare "PROJ-12 fix x" only in capitals.
const HEAD = new RegExp(String.raw`^(?:[(\[]\s*(${KEYS})\s*[)\]][\s:：-]*|(${KEYS})\s*(?:[:：]|\s[-–—])\s*|([A-Z][A-Z0-9]{1,9}-\d{1,7})\s+(?=\S))`, "u");
// "x (PROJ-12)", "x [PROJ-12]", "x - PROJ-12", "x — PROJ-12.", "x. PROJ-12"
const TAIL = new RegExp(String.raw`(?:\s*[(\[]\s*(${KEYS})\s*[)\]]|\s+[-–—]\s+(${KEYS})|(?<=[.!?])\s+(${KEYS}))\s*[.!]?$`, "u");
// A change that is only keys ("PROJ-1190", "[PROJ-1190]."): nothing is left of it.
const ONLY = new RegExp(String.raw`^[(\[]?\s*(${KEYS})\s*[)\]]?[.:]?$`, "u");

const letters = (key: string): string => (key.split("-")[0] ?? "").toLowerCase();
const keysOf = (match: RegExpExecArray | null): string[] =>
  match === null ? [] : match.slice(1).filter((group): group is string => group !== undefined).flatMap((group) => group.split(/\s*[,/&]\s*/u));

/** The letters of the keys the notes use as a tracker's: those on two changes or more with two numbers or more, one
 *  of two digits at least ("rig" of "rig-819: …", "(rig-798)"; not "gtk" of "gtk-4:", "gtk-3:", which are versions). */
export function trackerKeys(texts: readonly string[]): Set<string> {
  const seen = new Map<string, { items: number; numbers: Set<string> }>();
  for (const text of texts) {
    const own = [...keysOf(ONLY.exec(text.trim())), ...keysOf(HEAD.exec(text)), ...keysOf(TAIL.exec(text))];
    for (const name of new Set(own.map(letters))) {
      const entry = seen.get(name) ?? { items: 0, numbers: new Set<string>() };
      entry.items += 1;
      for (const key of own) if (letters(key) === name) entry.numbers.add(key.split("-")[1] ?? "");
      seen.set(name, entry);
    }
  }
  const known = ([name, { items, numbers }]: [string, { items: number; numbers: Set<string> }]): boolean =>
    items >= 2 && numbers.size >= 2 && [...numbers].some((number) => number.length >= 2) && !isStandardName(name);
  return new Set([...seen].filter(known).map(([name]) => name));
}

/** Whether `key` is a tracker's: its letters are known, or, set off by brackets or a colon, it is in capitals with a
 *  number of two digits or more. A bare key ("SQL-92 compliant …") goes only when its letters are known. */
function isTrackerKey(key: string, known: ReadonlySet<string>, bare = false): boolean {
  const name = letters(key);
  if (isStandardName(name)) return false;
  return known.has(name) || (!bare && /^[A-Z][A-Z0-9]{1,9}-\d{2,7}$/u.test(key));
}

/** The change without the tracker keys at its start or end ("rig-819: map x" → "Map x"); "" when it was only keys. */
export function withoutTrackerIds(text: string, known: ReadonlySet<string>): string {
  if (!/[A-Za-z]-\d/u.test(text)) return text;
  const only = ONLY.exec(text.trim());
  if (only && keysOf(only).every((key) => isTrackerKey(key, known))) return "";
  let result = text;
  const head = HEAD.exec(result);
  if (head && keysOf(head).every((key) => isTrackerKey(key, known, head[3] !== undefined))) result = sentenceCase(result.slice(head[0].length));
  const tail = TAIL.exec(result);
  if (tail && keysOf(tail).every((key) => isTrackerKey(key, known))) result = result.slice(0, tail.index).trimEnd();
  return result === text ? text : /[\p{L}\p{N}]/u.test(result) ? result.trim() : "";
}
