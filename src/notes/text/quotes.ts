// How deep in brackets, quotes and code each position of a text stands, with quotes paired the way each language
// writes them: „…“ and „…” (German, Polish), «…» and »…« (French, Spanish, Russian, German books), ‹…›, “…”, ‘…’,
// 「…」 and 『…』. A cut inside a quote leaves it open ("das Bedienfeld „Suchen…"): cuts ask for depth 0. Pure text.

// An opener and the characters that may close it.
const PAIRS: ReadonlyMap<string, string> = new Map([
  ["(", ")"],
  ["[", "]"],
  ["{", "}"],
  ["（", "）"],
  ["【", "】"],
  ["「", "」"],
  ["『", "』"],
  ["„", "“”"],
  ["‚", "‘’"],
  ["“", "”"],
  ["‘", "’"],
  ["«", "»"],
  ["»", "«"],
  ["‹", "›"],
  ["›", "‹"],
]);
// Brackets always open; a quote mark opens only when its closer comes later ("Menu » Settings" is a separator, and an
// apostrophe-like ’ closes nothing).
const BRACKETS = "([{（【";

/** The depth before each position of `text` (length + 1 values): open brackets and quotes, a code span, a straight
 *  double quote. */
export function enclosedDepths(text: string): number[] {
  const depths = new Array<number>(text.length + 1).fill(0);
  const open: string[] = [];
  let code = false;
  let straightDouble = false;
  for (let index = 0; index < text.length; index += 1) {
    depths[index] = open.length + (code ? 1 : 0) + (straightDouble ? 1 : 0);
    const char = text[index] ?? "";
    if (char === "`") code = !code;
    else if (code) continue;
    else if (char === '"') straightDouble = !straightDouble;
    else if (open.length > 0 && (open[open.length - 1] ?? "").includes(char)) open.pop();
    else if (PAIRS.has(char)) {
      const closers = PAIRS.get(char) ?? "";
      if (BRACKETS.includes(char) || [...closers].some((closer) => text.indexOf(closer, index + 1) >= 0)) open.push(closers);
    } else {
      // A closer of something opened further out closes what is open inside it too ("(see „x)").
      const at = open.findLastIndex((closers) => closers.includes(char));
      if (at >= 0) open.length = at;
    }
  }
  depths[text.length] = open.length + (code ? 1 : 0) + (straightDouble ? 1 : 0);
  return depths;
}
