// Scopes that set no change apart: "misc: Fix …", "[all packages]: Upgrade …", or one scope written before every
// change ("custom: add …" in a changelog whose only scope is "custom"). A post that repeats them says nothing more.
import { isNoise } from "../kinds/kinds.js";
import type { Entry } from "../model.js";

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

/**
 * Scopes that every change of each group they stand in carries ("projects: …" on all of soybean-admin's features, its
 * one optimization and its one style change): they set no change apart from its neighbours under the same label.
 * Only the changes users get are weighed: the docs and chores beside them were filed under scopes of their own
 * ("docs: …") that the notes already read as their kind. Three changes at least carry the scope.
 */
function scopesOfWholeGroups(listed: readonly Entry[]): Map<string, number> {
  const weighed = listed.filter((entry) => !isNoise(entry.kind));
  const groups = new Map<string, Array<string | null>>();
  for (const entry of weighed) {
    const scope = scopeOf(entry);
    // A scope is written in lowercase ("custom"); a capital starts a label or a sentence ("Note: …").
    const written = scope !== null && scope.written !== "" && scope.written === scope.scope && !PLATFORM.test(scope.scope) ? scope.written : null;
    const key = entry.label ?? "";
    groups.set(key, [...(groups.get(key) ?? []), written]);
  }
  const carried = new Map<string, number>();
  const spread = new Map<string, number>();
  const split = new Set<string>();
  for (const scopes of groups.values()) {
    for (const scope of new Set(scopes)) {
      if (scope === null) continue;
      carried.set(scope, (carried.get(scope) ?? 0) + scopes.filter((other) => other === scope).length);
      spread.set(scope, (spread.get(scope) ?? 0) + 1);
      // Beside another scope, or a change with none, the scope says where this one is.
      if (scopes.some((other) => other !== scope)) split.add(scope);
    }
  }
  return new Map([...spread].filter(([scope]) => (carried.get(scope) ?? 0) >= 3 && !split.has(scope)));
}

/** The entries without scopes that name no area, or a scope that every change of its groups carries (three at least):
 *  said once with the label where it fills one group only. */
export function withoutEmptyScopes(entries: readonly Entry[]): Entry[] {
  const listed = entries.filter((entry) => !entry.prose);
  const whole = scopesOfWholeGroups(listed);
  const scopes = listed.map(scopeOf);
  const first = scopes[0];
  // One scope on every listed change, whatever its kind ("custom: add …" three times).
  const shared = first != null && first.written === first.scope && !PLATFORM.test(first.scope) && listed.length >= 3 && scopes.every((scope) => scope?.written === first.written);
  return entries.map((entry) => {
    const scope = scopeOf(entry);
    // "tooltip.valueFormatter: `tooltip.valueFormatter` now gets…": the change's own words name its scope first.
    if (scope !== null && scope.written !== "" && repeatsScope(entry.text.slice(scope.length), scope.written)) return { ...entry, text: entry.text.slice(scope.length) };
    const groups = scope !== null && scope.written === scope.scope ? (whole.get(scope.written) ?? 0) : 0;
    if (scope === null || !(NO_AREA.test(scope.scope) || shared || groups > 0)) return entry;
    const text = withoutScope(entry.text, scope.length);
    // A scope that fills one group only ("runtime-vapor:" on every bug fix, none elsewhere) names that group's area:
    // said once, with its label ("Bug Fixes (runtime-vapor):"). One across groups is the whole project's, and goes.
    if (groups === 1 && !shared && !NO_AREA.test(scope.scope) && entry.label !== null && !entry.prose) return { ...entry, text, label: `${entry.label} (${scope.written})` };
    return { ...entry, text };
  });
}
