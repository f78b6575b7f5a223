// A commit scope in bold without its colon, opening a list item: "* **compiler** remove shadow dom shim" beside
// "* **compiler:** re-enable build caching". Read as it is, the bold word runs into the sentence and is capitalised
// with it ("Compiler remove shadow dom shim"); it is the scope the colon form says.
// A bold word that opens a sentence ("**optional** chaining is now supported", "**build** is 2x faster") is its
// subject, not a scope: only a change verb right after the bold word makes it one.

// One lowercase word in bold, the way changelogs write a scope, then the next word.
const GLUED = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\*\*([a-z][a-z0-9._/-]{0,30})\*\*(?=[ \t]+(\p{Ll}[\p{Ll}-]*))/gmu;

// The verbs a commit subject starts with, bare ("remove"); a word in its -s or -ed form counts too ("removes", "removed").
const CHANGE_VERBS = new Set(
  "add remove drop fix update support allow use improve rename deprecate migrate replace make bump upgrade downgrade revert refactor rework move change enable disable expose introduce handle prevent avoid ensure skip keep reduce optimize optimise implement correct restore re-enable create delete extract inline simplify split merge clean accept reject respect ignore honor honour preserve convert align unify hide warn validate include exclude".split(" "),
);

/** Whether a word is a change verb in its bare, -s or -ed form ("remove", "removes", "removed", "fixes", "added"). */
function isChangeVerb(word: string): boolean {
  if (CHANGE_VERBS.has(word)) return true;
  const stems = [word.replace(/e?s$/u, ""), word.replace(/s$/u, ""), word.replace(/ed$/u, ""), word.replace(/d$/u, ""), word.replace(/ied$|ies$/u, "y"), word.replace(/(\p{Ll})\1ed$/u, "$1")];
  return stems.some((stem) => stem !== word && CHANGE_VERBS.has(stem));
}

// Bold words that stress the verb after them ("**always** use…", "**never** drop…", "**must** update"): no scope.
const STRESS = new Set("not never always only must should do don't please".split(" "));

/** The notes with each bold scope that runs into its change written with its colon ("**compiler:** remove …"). */
export function gluedScopesSetOff(source: string): string {
  if (!source.includes("**")) return source;
  return source.replace(GLUED, (whole, start: string, scope: string, next: string) => (!STRESS.has(scope) && isChangeVerb(next) ? `${start}**${scope}:**` : whole));
}
