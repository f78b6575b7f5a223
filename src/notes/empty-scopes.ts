// Scopes that set no change apart: "misc: Fix …", "[all packages]: Upgrade …", or one scope written before every
// change ("custom: add …" in a changelog whose only scope is "custom"). A post that repeats them says nothing more.
import type { Entry } from "./model.js";

// "misc: x", "feat(custom): x" read as "custom: x". A scope is one short word or path, as conventional commits write it.
// A wildcard ("**\\*:** add …", every package) is one too.
const PLAIN_SCOPE = /^(\*|[\p{L}\p{N}][\w@$./-]{0,39}):\s+(?=\S)/u;
// "[all packages]: x", "[all packages] x": a changeset's note on which packages a change touched.
const BRACKET_SCOPE = /^\[([^\]\n]{1,40})\]:?\s+(?=\S)/u;
// Scopes that name no area: everything, or whatever did not fit elsewhere.
const NO_AREA = /^(?:\*|misc|miscellaneous|others?|general|all|all[ _-]packages|every(?:thing| package)|various|global)$/iu;
// A platform on every change says where the release matters ("windows: fix …" three times): it stays.
const PLATFORM = /^(?:windows|win32|macos|mac|darwin|linux|android|ios|ipados|web|wasm|freebsd|openbsd)$/iu;

function scopeOf(entry: Entry): { scope: string; written: string; length: number } | null {
  if (entry.prose) return null;
  const match = PLAIN_SCOPE.exec(entry.text);
  if (match?.[1]) return { scope: match[1].toLowerCase(), written: match[1], length: match[0].length };
  const bracket = BRACKET_SCOPE.exec(entry.text);
  // A bracketed area ("[core]") on every change is said once, with the label, elsewhere: only an empty one goes here.
  return bracket?.[1] && NO_AREA.test(bracket[1].trim()) ? { scope: bracket[1].trim().toLowerCase(), written: "", length: bracket[0].length } : null;
}

/** True when a change's words open with its scope's name, in code marks or not, as a word of its own. */
function repeatsScope(rest: string, scope: string): boolean {
  const opening = rest.startsWith("`") ? rest.slice(1) : rest;
  return opening.startsWith(scope) && !/^[\p{L}\p{N}_]/u.test(opening.slice(scope.length));
}

/** A change's words without the scope before them, starting with a capital where the first word is a plain word. */
function withoutScope(text: string, length: number): string {
  const rest = text.slice(length);
  return /^\p{Ll}/u.test(rest) && !/^\S*[\p{Lu}\d_.`]/u.test(rest.slice(1)) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
}

/** The entries without scopes that name no area, or the one scope every listed change carries (three at least). */
export function withoutEmptyScopes(entries: readonly Entry[]): Entry[] {
  const listed = entries.filter((entry) => !entry.prose);
  const scopes = listed.map(scopeOf);
  const first = scopes[0];
  // A scope is written in lowercase ("custom"); a capital starts a label or a sentence ("Note: …").
  const shared = first != null && first.written === first.scope && !PLATFORM.test(first.scope) && listed.length >= 3 && scopes.every((scope) => scope?.written === first.written);
  return entries.map((entry) => {
    const scope = scopeOf(entry);
    // "tooltip.valueFormatter: `tooltip.valueFormatter` now gets…": the change's own words name its scope first.
    if (scope !== null && scope.written !== "" && repeatsScope(entry.text.slice(scope.length), scope.written)) return { ...entry, text: entry.text.slice(scope.length) };
    if (scope === null || !(NO_AREA.test(scope.scope) || shared)) return entry;
    return { ...entry, text: withoutScope(entry.text, scope.length) };
  });
}
