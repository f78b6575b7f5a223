// Quoting what a server said (an error message, a reason) inside our own messages: one line, bounded, no controls.
// A server's words are data: they may be long, hold line breaks or control characters that would forge log lines.
import { quoteOutside } from "./outside-text.js";

const MAX_CHARS = 300;

/**
 * The server's text as one safe line in quotes, cut to ~300 characters; "" when there is nothing to quote. The same
 * order as every other quote of outside text (quoteOutside): secrets blanked first, cut last.
 */
export function quoteServerText(text: string | undefined, secrets: Iterable<string | undefined> = []): string {
  if (typeof text !== "string") return "";
  const line = quoteOutside(text, secrets, { maxLength: MAX_CHARS });
  return line === "" ? "" : `"${line.replaceAll('"', "'")}"`;
}
