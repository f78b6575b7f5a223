// How notes write a GitHub handle, for the credit patterns of text/: "@alice", "@renovate[bot]", and runs of them.
// Runs are bounded ({0,N}): an unbounded run followed by a keyword backtracks quadratically on crafted input.

/** "@alice", "@renovate[bot]". */
export const HANDLE = String.raw`@[A-Za-z0-9][\w-]{0,38}(?:\[bot\])?`;

/** …and "@`okJiang`", a handle some notes put in code marks after the "@". */
export const HANDLE_OR_CODED = String.raw`@(?:[A-Za-z0-9][\w-]{0,38}|` + "`" + String.raw`[A-Za-z0-9][\w-]{0,38}` + "`" + String.raw`)(?:\[bot\])?`;

/** A run of up to `most` + 1 handles, joined by any of `joins` (a regex alternation: ", ", " and ", " & ", …). */
export const handleRun = (handle: string, joins: string, most: number): string => String.raw`${handle}(?:(?:${joins})${handle}){0,${most}}`;
