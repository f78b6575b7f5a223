// What every subcommand shares about usage errors: they exit with status 2, and Node's argument parser speaks in
// our words (one sentence, ending with a full stop).

/** The exit status of a command line that is wrong (unknown flag, missing value, bad value), as other CLIs use it. */
export const USAGE_STATUS = 2;

/** `text` ending with a full stop (or the "?", "!", "…" or ")" it already ends with). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.?!…)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * node:util parseArgs's message, first sentence only, as a sentence: "Unknown option '--x'. To specify a positional
 * argument…" becomes "Unknown option '--x'.", "Option '--notes <value>' argument missing" gets its full stop.
 */
export function argumentProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const [first = ""] = message.split("\n");
  return sentence(first.split(/(?<=\.) /)[0] ?? first);
}
