// The catalogue of Mastodon failures: turns an API answer (or a transport failure) into a ReleaseTweetError in the
// user's terms. Pure. Mastodon's error bodies are {"error": "<text>"} (Api::BaseController; Doorkeeper for 401/403),
// OAuth's {"error": "<code>", "error_description": "<text>"}.
import { ReleaseTweetError } from "../core/errors.js";
import { phraseReset, plausibleReset } from "../core/reset-time.js";
import { redact } from "../core/redact.js";
import { quoteServerText } from "../core/server-text.js";

export const MASTODON_ENV = { url: "MASTODON_URL", accessToken: "MASTODON_ACCESS_TOKEN" } as const;
export const MASTODON_INPUT = { url: "mastodon-url", accessToken: "mastodon-access-token" } as const;
/** What release-tweet asks for: post statuses and media, read its own account and recent statuses (re-run check). */
export const MASTODON_SCOPES = "read:accounts read:statuses write:statuses write:media";

export type MastodonErrorCode =
  | "EMASTODONCREDENTIALS"
  | "EMASTODONURL"
  | "EMASTODONAUTH"
  | "EMASTODONSCOPE"
  | "EMASTODONREJECTED"
  | "EMASTODONNOTFOUND"
  | "EMASTODONRATELIMITED"
  | "EMASTODONOAUTH"
  | "EMASTODONSERVER"
  | "EMASTODONBADRESPONSE"
  | "EMASTODONNETWORK"
  | "EMASTODONTIMEOUT";

export interface MastodonFailure {
  /** e.g. "POST /api/v1/statuses": never a URL with a query, never headers. */
  request: string;
  status?: number;
  /** The server's words, already quoted (quoteServerText). */
  detail?: string;
  reset?: string;
  attempts?: number;
  cause?: unknown;
}

export const RERUN_IS_SAFE =
  "Running the job again is safe: each post carries an Idempotency-Key made from the release, and release-tweet looks for the thread among the account's recent posts, so it posts only what is missing.";
const TOKEN = `${MASTODON_ENV.accessToken} (${MASTODON_INPUT.accessToken})`;
const REAUTHORIZE = `Run \`release-tweet authorize --network mastodon --instance URL\` again, or create a token under Preferences → Development → New application with the scopes ${MASTODON_SCOPES}, and update ${TOKEN}.`;

interface Entry {
  what: (f: MastodonFailure) => string;
  fix: string;
}

const said = (f: MastodonFailure): string => (f.detail ? `: ${f.detail}` : ".");

const CATALOGUE: Record<MastodonErrorCode, Entry> = {
  EMASTODONCREDENTIALS: {
    what: (f) => `The Mastodon settings are not usable${said(f)}`,
    fix: `Set ${MASTODON_ENV.url} (${MASTODON_INPUT.url}) to your instance, e.g. https://mastodon.social, and ${TOKEN} to an access token of the account.`,
  },
  EMASTODONURL: {
    what: (f) => `The Mastodon instance URL ${f.detail ?? "is not usable"}.`,
    fix: `Set ${MASTODON_ENV.url} (${MASTODON_INPUT.url}) to the instance's address, e.g. https://mastodon.social.`,
  },
  EMASTODONAUTH: {
    what: (f) => `The Mastodon instance did not accept the access token${said(f)}`,
    fix: `The token was revoked, expired, or belongs to another instance than ${MASTODON_ENV.url}. ${REAUTHORIZE}`,
  },
  EMASTODONSCOPE: {
    what: (f) => `The access token may not do this${said(f)}`,
    fix: `The token lacks a scope (posting needs write:statuses). ${REAUTHORIZE}`,
  },
  EMASTODONREJECTED: {
    what: (f) => `Mastodon refused the post${said(f)}`,
    fix: "If it names the character limit, the instance counts differently than it said in /api/v2/instance: please report it with this message. Otherwise change what the message names (visibility, language) and run again.",
  },
  EMASTODONNOTFOUND: {
    what: (f) => `Mastodon could not find what the request names${said(f)}`,
    fix: "A post of the thread was deleted while it was being posted, or the account changed; post the rest by hand or delete the thread and run again.",
  },
  EMASTODONRATELIMITED: {
    what: (f) => `The Mastodon instance's rate limit is used up; it resets ${f.reset ?? "at a time it did not say"}.`,
    fix: `Run the job again after the reset. ${RERUN_IS_SAFE}`,
  },
  EMASTODONOAUTH: {
    what: (f) => `The Mastodon instance refused the authorization${said(f)}`,
    fix: "Authorization codes work once and only for the app that asked: run `release-tweet authorize --network mastodon` again and paste the new code.",
  },
  EMASTODONSERVER: {
    what: (f) => `The Mastodon instance had an error${f.detail ? ` (${f.detail})` : ""}.`,
    fix: `The instance is having trouble; try again later. ${RERUN_IS_SAFE}`,
  },
  EMASTODONBADRESPONSE: {
    what: (f) => `The answer was not what a Mastodon instance sends${f.detail ? ` (${f.detail})` : ""}.`,
    fix: `Check ${MASTODON_ENV.url}: it must be the instance itself (no redirect, not a login page), and any proxy settings. ${RERUN_IS_SAFE}`,
  },
  EMASTODONNETWORK: {
    what: (f) => `Could not reach the Mastodon instance${f.detail ? ` (${f.detail})` : ""}.`,
    fix: `Check the network path to the instance (DNS, firewall, proxy) and ${MASTODON_ENV.url}, then run again. ${RERUN_IS_SAFE}`,
  },
  EMASTODONTIMEOUT: {
    what: (f) => `The Mastodon instance did not answer in time${f.detail ? ` (${f.detail})` : ""}.`,
    fix: `The instance or the network is slow; run again later. ${RERUN_IS_SAFE}`,
  },
};

export function mastodonError(code: MastodonErrorCode, failure: MastodonFailure, secrets: readonly string[] = []): ReleaseTweetError {
  const entry = CATALOGUE[code];
  const where = [failure.request, failure.status === undefined ? "" : `HTTP ${failure.status}`].filter(Boolean).join(" → ");
  const tries = failure.attempts && failure.attempts > 1 ? `, after ${failure.attempts} attempts` : "";
  const message = `${entry.what(failure)}${where ? ` (${where}${tries})` : ""}`;
  return new ReleaseTweetError(code, redact(message, secrets), redact(entry.fix, secrets), { docs: "troubleshooting", cause: failure.cause });
}

/** "at … (in N minutes)" from X-RateLimit-Reset (Mastodon sends an ISO 8601 time), or undefined. */
export function phraseResetHeader(value: string | null | undefined, nowMs: number): string | undefined {
  const atMs = plausibleReset(value ? Date.parse(value) : Number.NaN, nowMs);
  return atMs === undefined ? undefined : phraseReset(atMs, nowMs);
}

/** Maps an HTTP error answer (status, the body's error text, headers) to the catalogue. */
export function errorForStatus(
  request: string,
  answer: { status: number; error?: string; description?: string; headers?: Headers },
  nowMs: number,
  extra: { attempts?: number; secrets?: readonly string[] } = {},
): ReleaseTweetError {
  const secrets = extra.secrets ?? [];
  const words = [answer.error, answer.description].filter((w): w is string => typeof w === "string" && w !== "").join(" — ");
  const detail = quoteServerText(words, secrets) || undefined;
  const make = (code: MastodonErrorCode, more: Partial<MastodonFailure> = {}) =>
    mastodonError(code, { request, status: answer.status, detail, attempts: extra.attempts, ...more }, secrets);
  const { status } = answer;
  if (request.startsWith("POST /oauth/token") && (status === 400 || status === 401)) return make("EMASTODONOAUTH");
  if (status === 401) return make("EMASTODONAUTH");
  if (status === 403) return /outside the authorized scopes/i.test(words) ? make("EMASTODONSCOPE") : make("EMASTODONREJECTED");
  if (status === 404) return make("EMASTODONNOTFOUND");
  if (status === 429) return make("EMASTODONRATELIMITED", { reset: phraseResetHeader(answer.headers?.get("x-ratelimit-reset"), nowMs) });
  if (status >= 500) return make("EMASTODONSERVER");
  if (status >= 300 && status < 400) return make("EMASTODONBADRESPONSE", { detail: "a redirect, not followed" });
  return make("EMASTODONREJECTED");
}
