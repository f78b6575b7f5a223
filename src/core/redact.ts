// Last line of defence for output: replaces any known secret value with *** before text leaves the process.

const MIN_SECRET_LENGTH = 4; // shorter values would blank out ordinary words

/**
 * `text` with every occurrence of every secret replaced by one "***". Occurrences that overlap or touch (one secret
 * inside another, or two sharing characters) are blanked as one span, so no part of either survives whatever the
 * order of `secrets`.
 */
export function redact(text: string, secrets: Iterable<string | undefined>): string {
  const spans: [number, number][] = [];
  for (const secret of new Set(secrets)) {
    if (!secret || secret.length < MIN_SECRET_LENGTH) continue;
    // Every start, overlapping ones included ("aaaa" twice in "aaaaa").
    for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + 1)) spans.push([at, at + secret.length]);
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let result = "";
  let copied = 0;
  let [start, end] = spans[0]!;
  for (const [from, to] of spans.slice(1)) {
    if (from <= end) {
      end = Math.max(end, to);
      continue;
    }
    result += `${text.slice(copied, start)}***`;
    copied = end;
    [start, end] = [from, to];
  }
  return `${result}${text.slice(copied, start)}***${text.slice(end)}`;
}
