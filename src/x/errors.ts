// The catalogue of X failures: turns an HTTP answer (or a transport failure) into a ReleaseTweetError in the user's terms.
// Pure: no I/O. Every entry shares one shape — what happened, what to do — and only the words vary.
import { ReleaseTweetError } from "../core/errors.js";
import { phraseReset, plausibleReset } from "../core/reset-time.js";
import { quoteOutside } from "../core/outside-text.js";
import { redact } from "../core/redact.js";
import { CREDENTIAL_ENV, CREDENTIAL_INPUT } from "../core/types.js";

/** One HTTP answer, headers lowercased, body as text. */
export interface XResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type XErrorCode =
  | "EXUNAUTHORIZED"
  | "EXDUPLICATE"
  | "EXREADONLYAPP"
  | "EXNOTENROLLED"
  | "EXACCESSLEVEL"
  | "EXFORBIDDEN"
  | "EXBADREQUEST"
  | "EXRATELIMITED"
  | "EXUSAGECAP"
  | "EXSERVER"
  | "EXBADRESPONSE"
  | "EXREJECTED"
  | "EXNETWORK"
  | "EXTIMEOUT"
  | "EXREPLYREFUSED"
  | "EXMEDIAFAILED";

/** What we know about one failure; each catalogue entry picks the facts it needs. */
export interface XFailure {
  /** e.g. "POST /2/tweets" — never a URL with a query, never headers. */
  request: string;
  status?: number;
  /** X's own explanation (title/detail/message), already quoted with `quoteOutside`. */
  detail?: string;
  /** Rate-limit reset, already phrased ("at 2026-…Z (in 12 minutes)"). */
  reset?: string;
  /** The 24-hour user/app limit or the short window. */
  limit?: string;
  attempts?: number;
  cause?: unknown;
}

const FOUR_VALUES = (Object.keys(CREDENTIAL_ENV) as (keyof typeof CREDENTIAL_ENV)[])
  .map((k) => `${CREDENTIAL_ENV[k]} (${CREDENTIAL_INPUT[k]})`)
  .join(", ");
/** Where a user turns replies off, in every door's words (issue 13: refused replies). */
export const THREAD_OFF = "`thread` to false (the Action input `thread`, the plugin option `thread`; `release-tweet preview` without `--thread` shows that post)";
/** Since when X refuses most replies from self-serve apps (X's changelog, 2026-02-23). */
export const REPLIES_RESTRICTED =
  "since 2026-02-23 X lets apps on its self-serve (pay-per-use) plans reply only where the author of the post replied to mentioned or quoted the replying account";
const RERUN_IS_SAFE =
  "Running the job again is safe: X refuses to post the same text twice, and release-tweet finds what an earlier run posted and posts only what is missing.";

interface Entry {
  what: (f: XFailure) => string;
  fix: string | ((f: XFailure) => string);
}

const CATALOGUE: Record<XErrorCode, Entry> = {
  EXUNAUTHORIZED: {
    what: (f) =>
      f.detail === "Invalid or expired token."
        ? "X says the access token is invalid or was revoked."
        : "X did not accept the credentials.",
    fix:
      `Check the four values ${FOUR_VALUES}: all four must come from the same X app and be copied whole, without spaces or line breaks. ` +
      "If anyone regenerated the keys or revoked the app's access, generate a new access token and secret and update the secrets. " +
      "Also check the clock of the machine: X refuses signatures more than a few minutes off.",
  },
  EXDUPLICATE: {
    what: () => "X refused the post because the account already posted the same text.",
    fix: "If this release was announced already, nothing needs doing. Otherwise change the template so the text differs.",
  },
  EXREADONLYAPP: {
    what: () => "X refused to post: the X app only has Read permission.",
    fix:
      "In the X developer portal, open the app's User authentication settings and set App permissions to \"Read and write\". " +
      `Then regenerate the Access Token and Secret (old tokens keep the old, read-only rights) and update ${CREDENTIAL_ENV.accessToken} and ${CREDENTIAL_ENV.accessTokenSecret}.`,
  },
  EXNOTENROLLED: {
    what: () => "X refused the request: the X app is not attached to a Project.",
    fix: "In the X developer portal, add the app to a Project (Projects & Apps), then use that app's keys and tokens.",
  },
  EXACCESSLEVEL: {
    what: () => "X refused the request: the app's API access level does not include this endpoint (code 453).",
    fix: "Check the app's access level in the X developer portal, and that TWITTER_API_BASE_URL points to the X API (release-tweet only uses POST /2/tweets and GET /2/users/me).",
  },
  EXFORBIDDEN: {
    what: (f) => `X refused the request${f.detail ? `: ${f.detail}` : "."}`,
    fix: "Check in the X developer portal and on x.com that the app and the account are in good standing (not suspended, locked or restricted).",
  },
  EXBADREQUEST: {
    what: (f) => `X rejected the request as invalid${f.detail ? `: ${f.detail}` : "."}`,
    fix: "If the message names a reply target, the post it answers was deleted. Otherwise this is likely a bug in release-tweet; please report it with this message.",
  },
  EXRATELIMITED: {
    what: (f) => `X's rate limit${f.limit ? ` (${f.limit})` : ""} is used up; it resets ${f.reset ?? "at a time X did not say"}.`,
    fix: `Run the job again after the reset. ${RERUN_IS_SAFE}`,
  },
  EXUSAGECAP: {
    what: (f) => `The X app has used up its post cap for the billing period${f.detail ? ` (${f.detail})` : ""}.`,
    fix: "Wait for the next billing period or raise the plan in the X developer portal.",
  },
  EXSERVER: {
    what: (f) => `X had a server error${f.detail ? ` (${f.detail})` : ""}.`,
    fix: `X is having trouble; see https://docs.x.com/status and try again later. ${RERUN_IS_SAFE}`,
  },
  EXBADRESPONSE: {
    what: (f) => `X's answer was not what the X API sends${f.detail ? ` (${f.detail})` : ""}.`,
    fix: `A proxy or gateway may have answered instead of X: check TWITTER_API_BASE_URL and any proxy settings, then run again. ${RERUN_IS_SAFE}`,
  },
  EXREJECTED: {
    what: (f) => `X refused the request${f.detail ? `: ${f.detail}` : "."}`,
    fix: "Check the app's settings in the X developer portal; if the message does not explain it, please report it.",
  },
  EXNETWORK: {
    what: (f) => `Could not reach X${f.detail ? ` (${f.detail})` : ""}.`,
    fix: `Check the network path to X (DNS, firewall, proxy) and TWITTER_API_BASE_URL, then run again. ${RERUN_IS_SAFE}`,
  },
  EXTIMEOUT: {
    what: (f) => `X did not answer in time${f.detail ? ` (${f.detail})` : ""}.`,
    fix: `X or the network is slow; run again later. ${RERUN_IS_SAFE}`,
  },
  EXREPLYREFUSED: {
    what: (f) => `X refused a reply: ${REPLIES_RESTRICTED}${f.detail ? ` (X said: ${f.detail})` : ""}.`,
    fix: `Set ${THREAD_OFF} to announce each release in one post, without replies.`,
  },
  EXMEDIAFAILED: {
    what: (f) => `X could not process the image${f.detail ? `: ${f.detail}` : "."}`,
    fix: "Check that the file opens in an image viewer and is not damaged; save it again as PNG or JPEG, or remove the image setting.",
  },
};

/** The same error without the note that running again cannot post twice: for requests that never post (authorize). */
export function withoutRerunNote(error: unknown): unknown {
  if (!(error instanceof ReleaseTweetError) || !error.fix.includes(RERUN_IS_SAFE)) return error;
  const fix = error.fix.replace(RERUN_IS_SAFE, "").trim();
  return new ReleaseTweetError(error.code, error.message, fix, { docs: error.docs, cause: error.cause });
}

/** Builds the error for a code. `secrets` are blanked out of every word, as a last line of defence. */
export function xError(code: XErrorCode, failure: XFailure, secrets: readonly string[] = []): ReleaseTweetError {
  const entry = CATALOGUE[code];
  const where = [failure.request, failure.status === undefined ? "" : `HTTP ${failure.status}`]
    .filter(Boolean)
    .join(" → ");
  const tries = failure.attempts && failure.attempts > 1 ? `, after ${failure.attempts} attempts` : "";
  const message = `${entry.what(failure)} (${where}${tries})`;
  const fix = typeof entry.fix === "string" ? entry.fix : entry.fix(failure);
  return new ReleaseTweetError(code, redact(message, secrets), redact(fix, secrets), {
    docs: "troubleshooting",
    cause: failure.cause,
  });
}

interface ParsedBody {
  title?: string;
  detail?: string;
  type?: string;
  reason?: string;
  errors: { code?: number; message?: string }[];
}

/** Reads an X error body (problem+json or v1.1 `errors`); null when it is not JSON (an HTML gateway page, say). */
export function parseErrorBody(body: string): ParsedBody | null {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const text = (key: string): string | undefined => (typeof record[key] === "string" ? record[key] : undefined);
  const errors = Array.isArray(record.errors)
    ? record.errors
        .filter((e): e is Record<string, unknown> => typeof e === "object" && e !== null)
        .map((e) => ({
          code: typeof e.code === "number" ? e.code : undefined,
          message: typeof e.message === "string" ? e.message : undefined,
        }))
    : [];
  return { title: text("title"), detail: text("detail"), type: text("type"), reason: text("reason"), errors };
}

/** The longest quote of X's own words (or a gateway's) in a message, in characters. */
export const X_DETAIL_MAX_LENGTH = 300;

/** X's words (or a proxy's posing as X's) as a message may quote them: secrets blanked, then cleaned, then cut. */
export function quoteX(text: string, secrets: readonly string[] = []): string {
  return quoteOutside(text, secrets, { maxLength: X_DETAIL_MAX_LENGTH });
}

/** Short description of a body that is not JSON, without echoing it (it may be a whole HTML page). */
export function describeBody(response: XResponse, secrets: readonly string[] = []): string {
  const type = response.headers["content-type"]?.split(";")[0]?.trim();
  if (response.body === "") return "an empty body";
  if (/^\s*</.test(response.body) || type === "text/html") return "an HTML page, likely from a gateway or proxy";
  return `a ${type ? quoteOutside(type, secrets, { maxLength: 60 }) : "non-JSON"} body`;
}

const LIMITS = [
  { reset: "x-user-limit-24hour-reset", remaining: "x-user-limit-24hour-remaining", name: "the account's 24-hour post limit" },
  { reset: "x-app-limit-24hour-reset", remaining: "x-app-limit-24hour-remaining", name: "the app's 24-hour post limit" },
  { reset: "x-rate-limit-reset", remaining: "x-rate-limit-remaining", name: "the 15-minute window" },
] as const;

/** An epoch-seconds header as epoch ms, or undefined when it is not whole seconds of a plausible reset. */
function resetHeader(value: string | undefined, nowMs: number): number | undefined {
  const text = value?.trim() ?? "";
  if (!/^\d{1,12}$/.test(text)) return undefined;
  const atMs = Number(text) * 1000;
  return plausibleReset(atMs, nowMs);
}

/** Which limit a 429 hit and when it resets (epoch ms); the exhausted one wins, the latest if several are. */
export function rateLimitReset(headers: Record<string, string>, nowMs: number): { atMs: number; limit: string } | null {
  const known = LIMITS.flatMap((l) => {
    const atMs = resetHeader(headers[l.reset], nowMs);
    return atMs === undefined ? [] : [{ atMs, limit: l.name, exhausted: headers[l.remaining] === "0" }];
  });
  const exhausted = known.filter((k) => k.exhausted);
  const pool = exhausted.length > 0 ? exhausted : known;
  const latest = pool.reduce<(typeof pool)[number] | null>((best, k) => (best === null || k.atMs > best.atMs ? k : best), null);
  return latest && { atMs: latest.atMs, limit: latest.limit };
}


/** Maps a non-success answer to the catalogue. `nowMs` phrases rate-limit resets. */
export function errorForResponse(
  request: string,
  response: XResponse,
  nowMs: number,
  extra: { attempts?: number; secrets?: readonly string[]; reply?: boolean } = {},
): ReleaseTweetError {
  const base = { request, status: response.status, attempts: extra.attempts };
  const secrets = extra.secrets ?? [];
  const make = (code: XErrorCode, more: Partial<XFailure> = {}) => xError(code, { ...base, ...more }, secrets);
  const parsed = parseErrorBody(response.body);
  // v1.1-style `errors` carry the specific reason (e.g. which parameter); problem+json the general one.
  const specific = parsed?.errors.flatMap((e) => (e.message ? [e.message] : [])).join("; ");
  const said = parsed && (specific || parsed.detail || parsed.title);
  const words = said ? quoteX(said, secrets) : undefined;

  if (response.status >= 500) return make("EXSERVER", { detail: parsed ? words : describeBody(response, secrets) });
  if (!parsed) return make("EXBADRESPONSE", { detail: describeBody(response, secrets) });
  const codes = parsed.errors.map((e) => e.code);
  if (parsed.title === "UsageCapExceeded" || parsed.type?.endsWith("/usage-capped")) {
    return make("EXUSAGECAP", { detail: parsed.detail ? quoteX(parsed.detail, secrets) : undefined });
  }
  if (response.status === 429) {
    const reset = rateLimitReset(response.headers, nowMs);
    return make("EXRATELIMITED", reset ? { reset: phraseReset(reset.atMs, nowMs), limit: reset.limit } : {});
  }
  if (response.status === 401) return make("EXUNAUTHORIZED", { detail: codes.includes(89) ? "Invalid or expired token." : undefined });
  if (response.status === 403) {
    if (/duplicate content/i.test(parsed.detail ?? "")) return make("EXDUPLICATE");
    if (parsed.type?.endsWith("/oauth1-permissions")) return make("EXREADONLYAPP");
    if (parsed.reason === "client-not-enrolled") return make("EXNOTENROLLED");
    if (codes.includes(453)) return make("EXACCESSLEVEL");
    // Since 2026-02-23 a reply of a self-serve app is refused unless its target summoned the account; X does not say
    // whether one's own post counts, and its words vary, so any other 403 on a reply is that refusal (issue 13) —
    // but a reply to a deleted post is not.
    if (extra.reply && !/deleted|not visible/i.test(said ?? "")) return make("EXREPLYREFUSED", { detail: words });
    return make("EXFORBIDDEN", { detail: words });
  }
  if (response.status === 400) return make("EXBADREQUEST", { detail: words });
  return make("EXREJECTED", { detail: words });
}
