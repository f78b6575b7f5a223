// When a GitHub rate limit resets, read from the answer's headers; a value no rate limit would send counts as absent.

/**
 * The furthest a reset may be from now: GitHub's primary limits reset within the hour and a secondary limit's
 * retry-after is seconds to minutes, so a day is generous. Beyond it (retry-after: 1e20, a year-old date) the header
 * is ignored and the message keeps its advice instead of failing on a date that cannot be printed (issue 16).
 */
export const GITHUB_RESET_HORIZON_MS = 24 * 60 * 60_000;

/**
 * The reset as epoch ms, from retry-after (whole seconds, or an HTTP date) or else x-ratelimit-reset (epoch seconds);
 * undefined when neither holds a time within GITHUB_RESET_HORIZON_MS of `nowMs`.
 */
export function githubRateLimitReset(headers: Record<string, string>, nowMs: number): number | undefined {
  const retryAfter = headers["retry-after"]?.trim() ?? "";
  const epoch = headers["x-ratelimit-reset"]?.trim() ?? "";
  const candidates = [
    /^\d{1,12}$/.test(retryAfter) ? nowMs + Number(retryAfter) * 1000 : undefined,
    /^\d{1,12}$/.test(retryAfter) ? undefined : Date.parse(retryAfter),
    /^\d{1,12}$/.test(epoch) ? Number(epoch) * 1000 : undefined,
  ];
  return candidates.find((atMs) => atMs !== undefined && Number.isFinite(atMs) && Math.abs(atMs - nowMs) <= GITHUB_RESET_HORIZON_MS);
}

/** The reset as "2026-11-28 09:17" (UTC) and whole minutes from now, for a message; undefined as above. */
export function describeGitHubReset(headers: Record<string, string>, nowMs: number): { at: string; minutes: number } | undefined {
  const resetMs = githubRateLimitReset(headers, nowMs);
  if (resetMs === undefined) return undefined;
  const at = new Date(resetMs).toISOString().slice(0, 16).replace("T", " ");
  return { at, minutes: Math.max(0, Math.ceil((resetMs - nowMs) / 60_000)) };
}
