// GitHub's own words from a REST error body ({ message, documentation_url }), for the Action's and authorize's errors.
import { quoteOutside } from "../core/outside-text.js";

/** The longest quote of GitHub's message, in characters. */
export const GITHUB_MESSAGE_MAX_LENGTH = 200;

/**
 * The body's `message` as one short line ("" when there is none), with `secrets` (the token the request carried)
 * blanked before it is shortened: a cut inside an echoed token would leave most of it for no mask to match.
 */
export function githubMessage(body: string, secrets: Iterable<string | undefined>): string {
  let message: unknown;
  try {
    message = (JSON.parse(body) as { message?: unknown } | null)?.message;
  } catch {
    return "";
  }
  if (typeof message !== "string") return "";
  return quoteOutside(message, secrets, { maxLength: GITHUB_MESSAGE_MAX_LENGTH });
}
