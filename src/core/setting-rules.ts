// The rules for the settings every door shares (the X API base URL, the maximum post length), so the Action, the
// plugin and the CLI accept exactly the same values. Each door words the error in its own terms (input, option, env).

/** X's limit for X Premium accounts; 280 for everyone else. */
export const MAX_LENGTH_LIMIT = 25_000;
export const DEFAULT_MAX_LENGTH = 280;

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Why `value` cannot be the X API base URL, or undefined when it can. The phrase completes "<name> …" and never
 * repeats the value, which may carry a password.
 */
export function apiBaseUrlProblem(value: string): string | undefined {
  const url = URL.parse(value.trim());
  if (url === null) return "is not a URL";
  if (url.username || url.password) return "must not contain a user name or password";
  if (url.search || url.hash) return "must not have a query or fragment";
  if (url.protocol === "https:") return undefined;
  // Over plain http every signed request, access token included, would cross the network in the clear.
  if (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  return "must be an https URL (plain http is accepted only for 127.0.0.1, localhost and [::1], for testing)";
}

/** A whole number written as text (an Action input, a CLI flag): digits only, spaces around ignored; else NaN. */
export function wholeNumberFromText(text: string): number {
  const digits = text.trim();
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

/** Why `value` cannot be the maximum post length, or undefined when it can. */
export function maxLengthProblem(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_LENGTH_LIMIT) return undefined;
  return `must be a whole number from 1 to ${MAX_LENGTH_LIMIT}`;
}

/** Why a credential value cannot be one, or undefined: X's keys and tokens never hold whitespace. Never repeats it. */
export function credentialProblem(value: string): string | undefined {
  if (value === "") return "is empty";
  return /\s/.test(value) ? "contains spaces or line breaks" : undefined;
}

/** A thread stops at this many posts by default (the first post and four replies) and at most at the limit. */
export const DEFAULT_MAX_POSTS = 5;
export const MAX_POSTS_LIMIT = 25;

/** Why `value` cannot be the thread's cap, or undefined when it can. */
export function maxPostsProblem(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_POSTS_LIMIT) return undefined;
  return `must be a whole number from 1 to ${MAX_POSTS_LIMIT}`;
}
