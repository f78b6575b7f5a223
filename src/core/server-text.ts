// Quoting what a server said (an error message, a reason) inside our own messages: one line, bounded, no controls.
// A server's words are data: they may be long, hold line breaks or control characters that would forge log lines.

const MAX_CHARS = 300;

/** The server's text as one safe line in quotes, cut to ~300 characters; "" when there is nothing to quote. */
export function quoteServerText(text: string | undefined, secrets: Iterable<string | undefined> = []): string {
  if (typeof text !== "string") return "";
  // C0/C1 controls, bidi overrides and line/paragraph separators become spaces; runs of space collapse.
  let line = text
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  for (const secret of secrets) {
    if (secret && secret.length >= 4) line = line.split(secret).join("***");
  }
  if (line === "") return "";
  const chars = [...line];
  if (chars.length > MAX_CHARS) line = `${chars.slice(0, MAX_CHARS - 1).join("")}…`;
  return `"${line.replaceAll('"', "'")}"`;
}
