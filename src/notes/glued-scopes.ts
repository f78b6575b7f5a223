// A commit scope in bold without its colon, opening a list item: "* **compiler** remove shadow dom shim" beside
// "* **compiler:** re-enable build caching". Read as it is, the bold word runs into the sentence and is capitalised
// with it ("Compiler remove shadow dom shim"); it is the scope the colon form says.

// One lowercase word in bold, the way changelogs write a scope, then the change in lowercase words.
const GLUED = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\*\*([a-z][a-z0-9._/-]{0,30})\*\*(?=[ \t]+\p{Ll})/gmu;

// Bold words that stress the sentence they open ("**not** supported", "**always** use…"): no scope.
const STRESS = new Set("not never always only must should do don't important note warning deprecated breaking removed new experimental beta all any every no".split(" "));

/** The notes with each bold scope that runs into its change written with its colon ("**compiler:** remove …"). */
export function gluedScopesSetOff(source: string): string {
  if (!source.includes("**")) return source;
  return source.replace(GLUED, (whole, start: string, scope: string) => (STRESS.has(scope) ? whole : `${start}**${scope}:**`));
}
