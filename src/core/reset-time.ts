// When a rate limit resets, as every network's message says it: "at 2026-05-01T12:00:00.000Z (in 12 minutes)".
// A server's reset header is outside text: a time no rate limit would send (1e20, a year ago) is treated as absent,
// so the message keeps its advice instead of failing on a date that cannot be printed (issue 16).

/** The longest window of X, Bluesky and Mastodon is a day; 15 minutes more for two clocks that disagree. */
export const RESET_HORIZON_MS = 24 * 60 * 60_000 + 15 * 60_000;

/** `atMs` when it is a time within RESET_HORIZON_MS of now, else undefined. */
export function plausibleReset(atMs: number, nowMs: number): number | undefined {
  return Number.isFinite(atMs) && Math.abs(atMs - nowMs) <= RESET_HORIZON_MS ? atMs : undefined;
}

/** "at 2026-05-01T12:00:00.000Z (in 12 minutes)" for a plausible reset. */
export function phraseReset(atMs: number, nowMs: number): string {
  const minutes = Math.max(1, Math.ceil((atMs - nowMs) / 60_000));
  return `at ${new Date(atMs).toISOString()} (in ${minutes} minute${minutes === 1 ? "" : "s"})`;
}
