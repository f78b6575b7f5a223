// The composer holds some seven hundred regular expressions and a release job runs it once, so most of their cost is
// V8 compiling each one on first use. By default V8 first builds bytecode (and optimises it) for its interpreter and
// compiles the hot ones to machine code later; here nearly every expression is run once or a few times, and going
// straight to machine code halves that compile time (docs/performance.md has the figures). Regular expressions match
// the same text either way: only when and how V8 compiles them changes.
//
// Only the Action and the CLI, which own their process, call this; the semantic-release plugin lives in someone
// else's process and leaves its flags alone. A flag V8 does not know is printed as an error on stderr, so it is set
// only on the V8 versions it was measured on (Node 20 to 24).
import { setFlagsFromString } from "node:v8";

const MEASURED_V8_MAJORS = new Set([11, 12, 13]);

export function compileRegExpsEagerly(v8Version = process.versions.v8, setFlags: (flags: string) => void = setFlagsFromString): boolean {
  const major = Number.parseInt(v8Version, 10);
  if (!MEASURED_V8_MAJORS.has(major)) return false;
  setFlags("--no-regexp-tier-up");
  return true;
}
