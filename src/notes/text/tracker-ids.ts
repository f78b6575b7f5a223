// A tracker's key on a change ("rig-819: map documents", "(PROJ-12) fix login", "[ABC-3] x", "… (PROJ-12)", "…
// - PROJ-12"): Jira's and Linear's keys are references a reader of the post cannot open, not words of the change, so they
// go; a change that was only its key goes with it. A key is letters, a dash and a number; it is known for one where the
// notes put the same letters on two changes or more, or where it is written in capitals with a number of two digits or
// more, and never where the letters name a standard, an encoding or a model ("UTF-8", "SHA-256", "ISO-8601", "GPT-4",
// "CVE-…", which advisories own). Pure.
import { sentenceCase } from "../kinds/kinds.js";

const KEY = String.raw`[A-Za-z][A-Za-z0-9]{0,9}-\d{1,7}`;
const KEYS = String.raw`${KEY}(?:\s*[,/&]\s*${KEY}){0,5}`;
// "(rig-798) x", "[PROJ-1] x", "PROJ-1: x", "PROJ-1 - x", "PROJ-1, PROJ-2: x"; a bare "PROJ-12 fix x" only in capitals.
const HEAD = new RegExp(String.raw`^(?:[(\[]\s*(${KEYS})\s*[)\]][\s:：-]*|(${KEYS})\s*(?:[:：]|\s[-–—])\s*|([A-Z][A-Z0-9]{1,9}-\d{1,7})\s+(?=\S))`, "u");
// "x (PROJ-12)", "x [PROJ-12]", "x - PROJ-12", "x — PROJ-12.", "x. PROJ-12"
const TAIL = new RegExp(String.raw`(?:\s*[(\[]\s*(${KEYS})\s*[)\]]|\s+[-–—]\s+(${KEYS})|(?<=[.!?])\s+(${KEYS}))\s*[.!]?$`, "u");
// A change that is only keys ("PROJ-1190", "[PROJ-1190]."): nothing is left of it.
const ONLY = new RegExp(String.raw`^[(\[]?\s*(${KEYS})\s*[)\]]?[.:]?$`, "u");
const STANDARD = /^(?:cve|cwe|ghsa|osv|rustsec|pysec|go|utf|ucs|sha|md|aes|rsa|des|ecdsa|ed|iso|iec|rfc|pep|jsr|jep|kep|es|ecma|http|tls|ssl|ipv|usb|pci|wcag|css|html|x|y|h|k|s|t|f|bs|en|din|ieee|ansi|ascii|latin|windows|win|cp|koi|gb|big|jis|euc|gpt|llama|phi|qwen|mistral|claude|gemini|gemma|o|covid|top|step|level|v|vs|python|py|node|java|jdk|php|ruby|vue|react|angular|es|ecmascript|log4j|oauth|web|ie|net)$/iu;

const letters = (key: string): string => (key.split("-")[0] ?? "").toLowerCase();
const keysOf = (match: RegExpExecArray | null): string[] =>
  match === null ? [] : match.slice(1).filter((group): group is string => group !== undefined).flatMap((group) => group.split(/\s*[,/&]\s*/u));

/** The letters of the keys the notes use as a tracker's: those on two changes or more ("rig" of "rig-819: …", "(rig-798)"). */
export function trackerKeys(texts: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const text of texts) {
    const own = new Set([...keysOf(ONLY.exec(text.trim())), ...keysOf(HEAD.exec(text)), ...keysOf(TAIL.exec(text))].map(letters));
    for (const key of own) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return new Set([...seen].filter(([key, count]) => count >= 2 && !STANDARD.test(key)).map(([key]) => key));
}

function isTrackerKey(key: string, known: ReadonlySet<string>): boolean {
  const name = letters(key);
  if (STANDARD.test(name)) return false;
  return known.has(name) || /^[A-Z][A-Z0-9]{1,9}-\d{2,7}$/u.test(key);
}

/** The change without the tracker keys at its start or end ("rig-819: map x" → "Map x"); "" when it was only keys. */
export function withoutTrackerIds(text: string, known: ReadonlySet<string>): string {
  if (!/[A-Za-z]-\d/u.test(text)) return text;
  const only = ONLY.exec(text.trim());
  if (only && keysOf(only).every((key) => isTrackerKey(key, known))) return "";
  let result = text;
  const head = HEAD.exec(result);
  if (head && keysOf(head).every((key) => isTrackerKey(key, known))) result = sentenceCase(result.slice(head[0].length));
  const tail = TAIL.exec(result);
  if (tail && keysOf(tail).every((key) => isTrackerKey(key, known))) result = result.slice(0, tail.index).trimEnd();
  return result === text ? text : /[\p{L}\p{N}]/u.test(result) ? result.trim() : "";
}
