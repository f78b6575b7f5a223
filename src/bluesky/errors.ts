// The catalogue of Bluesky failures: turns an XRPC answer (or a transport failure) into a ReleaseTweetError in the
// user's terms. Pure. Error names and bodies as the reference PDS sends them (atproto packages/pds, xrpc-server):
// {"error": "<Name>", "message": "<text>"}.
import { ReleaseTweetError } from "../core/errors.js";
import { phraseReset, plausibleReset } from "../core/reset-time.js";
import { redact } from "../core/redact.js";
import { quoteServerText } from "../core/server-text.js";

export const BLUESKY_ENV = {
  identifier: "BLUESKY_IDENTIFIER",
  appPassword: "BLUESKY_APP_PASSWORD",
  service: "BLUESKY_SERVICE",
} as const;
export const BLUESKY_INPUT = {
  identifier: "bluesky-identifier",
  appPassword: "bluesky-app-password",
  service: "bluesky-service",
} as const;
export const DEFAULT_BLUESKY_SERVICE = "https://bsky.social";

export type BlueskyErrorCode =
  | "EBLUESKYCREDENTIALS"
  | "EBLUESKYSERVICE"
  | "EBLUESKYAUTH"
  | "EBLUESKY2FA"
  | "EBLUESKYTAKEDOWN"
  | "EBLUESKYDEACTIVATED"
  | "EBLUESKYSESSION"
  | "EBLUESKYRATELIMITED"
  | "EBLUESKYREJECTED"
  | "EBLUESKYIMAGE"
  | "EBLUESKYSERVER"
  | "EBLUESKYBADRESPONSE"
  | "EBLUESKYNETWORK"
  | "EBLUESKYTIMEOUT";

export interface BlueskyFailure {
  /** The XRPC method, e.g. "com.atproto.repo.createRecord". Never a URL with a query, never headers. */
  request: string;
  status?: number;
  /** The XRPC error name (AuthenticationRequired, ExpiredToken…). */
  error?: string;
  /** The server's message, or our description of an odd answer. */
  detail?: string;
  /** Rate-limit reset, already phrased. */
  reset?: string;
  attempts?: number;
  cause?: unknown;
}

const CREDENTIALS = `${BLUESKY_ENV.identifier} (${BLUESKY_INPUT.identifier}) and ${BLUESKY_ENV.appPassword} (${BLUESKY_INPUT.appPassword})`;
const APP_PASSWORD_HOWTO = "Create an app password in Bluesky under Settings → Privacy and security → App passwords";
export const RERUN_IS_SAFE =
  "Running the job again is safe: each post has a record key made from the release, so Bluesky refuses a second copy and release-tweet continues from what exists.";

interface Entry {
  what: (f: BlueskyFailure) => string;
  fix: string;
}

const said = (f: BlueskyFailure): string => (f.detail ? `: ${f.detail}` : ".");

const CATALOGUE: Record<BlueskyErrorCode, Entry> = {
  EBLUESKYCREDENTIALS: {
    what: (f) => `The Bluesky credentials are not usable${said(f)}`,
    fix: `Set ${CREDENTIALS}: your handle (e.g. name.bsky.social) or DID, and an app password. ${APP_PASSWORD_HOWTO}.`,
  },
  EBLUESKYSERVICE: {
    what: (f) => `The Bluesky service URL ${f.detail ?? "is not usable"}.`,
    fix: `Set ${BLUESKY_ENV.service} (${BLUESKY_INPUT.service}) to your PDS, e.g. ${DEFAULT_BLUESKY_SERVICE}, or leave it unset.`,
  },
  EBLUESKYAUTH: {
    what: () => "Bluesky did not accept the identifier and app password (Invalid identifier or password).",
    fix: `Check ${CREDENTIALS}: the handle or DID of the account, and an app password copied whole. If it was revoked, ${APP_PASSWORD_HOWTO.charAt(0).toLowerCase()}${APP_PASSWORD_HOWTO.slice(1)} and update the secret. If the account lives on another server, set ${BLUESKY_ENV.service}.`,
  },
  EBLUESKY2FA: {
    what: () => "Bluesky asked for a sign-in code from email: the password given is the account's main password.",
    fix: `Use an app password instead, which needs no code. ${APP_PASSWORD_HOWTO}, and put it in ${BLUESKY_ENV.appPassword}.`,
  },
  EBLUESKYTAKEDOWN: {
    what: () => "Bluesky refused the sign-in: the account has been taken down.",
    fix: "Contact Bluesky's moderation through the app or support; nothing can be posted until the account is restored.",
  },
  EBLUESKYDEACTIVATED: {
    what: () => "Bluesky refused the request: the account is deactivated.",
    fix: "Sign in to Bluesky in the app to reactivate the account, then run the job again.",
  },
  EBLUESKYSESSION: {
    what: (f) => `Bluesky did not accept the session${f.error ? ` (${f.error})` : ""}${said(f)}`,
    fix: `Run the job again; if it keeps failing, create a new app password and update ${BLUESKY_ENV.appPassword}. ${RERUN_IS_SAFE}`,
  },
  EBLUESKYRATELIMITED: {
    what: (f) => `Bluesky's rate limit is used up; it resets ${f.reset ?? "at a time Bluesky did not say"}.`,
    fix: `Run the job again after the reset. ${RERUN_IS_SAFE}`,
  },
  EBLUESKYREJECTED: {
    what: (f) => `Bluesky refused the post${f.error ? ` (${f.error})` : ""}${said(f)}`,
    fix: "If the message names the text, facets or a reply, this is likely a bug in release-tweet: please report it with this message. Otherwise check the account in the Bluesky app.",
  },
  EBLUESKYIMAGE: {
    what: (f) => `The link card's image cannot be used${said(f)}`,
    fix: "Use a PNG, JPEG, WebP or GIF image of at most 1,000,000 bytes (Bluesky's limit for a link card thumbnail), or no image.",
  },
  EBLUESKYSERVER: {
    what: (f) => `The Bluesky server had an error${f.detail ? ` (${f.detail})` : ""}.`,
    fix: `Bluesky is having trouble; see https://status.bsky.app and try again later. ${RERUN_IS_SAFE}`,
  },
  EBLUESKYBADRESPONSE: {
    what: (f) => `The answer was not what a Bluesky server sends${f.detail ? ` (${f.detail})` : ""}.`,
    fix: `A proxy or gateway may have answered instead of Bluesky: check ${BLUESKY_ENV.service} and any proxy settings, then run again. ${RERUN_IS_SAFE}`,
  },
  EBLUESKYNETWORK: {
    what: (f) => `Could not reach Bluesky${f.detail ? ` (${f.detail})` : ""}.`,
    fix: `Check the network path to Bluesky (DNS, firewall, proxy) and ${BLUESKY_ENV.service}, then run again. ${RERUN_IS_SAFE}`,
  },
  EBLUESKYTIMEOUT: {
    what: (f) => `Bluesky did not answer in time${f.detail ? ` (${f.detail})` : ""}.`,
    fix: `Bluesky or the network is slow; run again later. ${RERUN_IS_SAFE}`,
  },
};

/** Builds the error for a code; `secrets` are blanked out of every word, as a last line of defence. */
export function blueskyError(code: BlueskyErrorCode, failure: BlueskyFailure, secrets: readonly string[] = []): ReleaseTweetError {
  const entry = CATALOGUE[code];
  const where = [failure.request, failure.status === undefined ? "" : `HTTP ${failure.status}`].filter(Boolean).join(" → ");
  const tries = failure.attempts && failure.attempts > 1 ? `, after ${failure.attempts} attempts` : "";
  const message = `${entry.what(failure)}${where ? ` (${where}${tries})` : ""}`;
  return new ReleaseTweetError(code, redact(message, secrets), redact(entry.fix, secrets), { docs: "troubleshooting", cause: failure.cause });
}

/** An XRPC answer that is not a success: status, headers (lowercased), the error payload when there was one. */
export interface XrpcFailure {
  status: number;
  headers: Record<string, string>;
  /** XRPC error name; undefined when the body was not an XRPC error (HTML page, empty). */
  error: string | undefined;
  message: string | undefined;
}

/** "at 2026-05-01T12:00:00.000Z (in 12 minutes)" from RateLimit-Reset (epoch seconds), or undefined. */
export function phraseRateLimitReset(headers: Record<string, string>, nowMs: number): string | undefined {
  const seconds = Number(headers["ratelimit-reset"]);
  if (!headers["ratelimit-reset"] || !(seconds > 0)) return undefined;
  const atMs = plausibleReset(seconds * 1000, nowMs);
  return atMs === undefined ? undefined : phraseReset(atMs, nowMs);
}

/** Maps a failed XRPC answer to the catalogue. */
export function errorForXrpc(
  request: string,
  answer: XrpcFailure,
  nowMs: number,
  extra: { attempts?: number; secrets?: readonly string[] } = {},
): ReleaseTweetError {
  const secrets = extra.secrets ?? [];
  const base = { request, status: answer.status, attempts: extra.attempts, error: answer.error };
  const detail = quoteServerText(answer.message, secrets) || undefined;
  const make = (code: BlueskyErrorCode, more: Partial<BlueskyFailure> = {}) => blueskyError(code, { ...base, detail, ...more }, secrets);
  const { status, error } = answer;
  if (status >= 300 && status < 400) return make("EBLUESKYBADRESPONSE", { detail: `a redirect to elsewhere, not followed` });
  if (error === undefined) {
    if (status >= 500) return make("EBLUESKYSERVER", { detail: `HTTP ${status} without an XRPC error body` });
    return make("EBLUESKYBADRESPONSE", { detail: "a body that is not an XRPC error" });
  }
  if (status === 429 || error === "RateLimitExceeded") return make("EBLUESKYRATELIMITED", { reset: phraseRateLimitReset(answer.headers, nowMs) });
  if (error === "AuthFactorTokenRequired") return make("EBLUESKY2FA");
  if (error === "AccountTakedown") return make("EBLUESKYTAKEDOWN");
  if (error === "AccountDeactivated") return make("EBLUESKYDEACTIVATED");
  if (error === "ExpiredToken" || error === "InvalidToken" || error === "AuthMissing") return make("EBLUESKYSESSION");
  if (status === 401 || error === "AuthenticationRequired") {
    return request === "com.atproto.server.createSession" ? make("EBLUESKYAUTH") : make("EBLUESKYSESSION");
  }
  if (status >= 500) return make("EBLUESKYSERVER");
  return make("EBLUESKYREJECTED");
}
