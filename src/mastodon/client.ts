// The Mastodon client, on masto: reads the instance's limits and the token's account, posts statuses with an
// Idempotency-Key, reads the account's recent statuses and a thread's replies. Failures become catalogue errors.
import { MastoHttpError, MastoTimeoutError, createRestAPIClient, type mastodon } from "masto";
import type { Dispatcher } from "undici";
import { ReleaseTweetError } from "../core/errors.js";
import { NETWORK_RETRY_POLICY, defaultSleep, type NetworkRetryPolicy } from "../core/network-thread.js";
import { redact } from "../core/redact.js";
import { apiBaseUrlProblem, credentialProblem } from "../core/setting-rules.js";
import { networkCode } from "../core/http.js";
import { MASTODON_ENV, MASTODON_INPUT, errorForStatus, mastodonError } from "./errors.js";
import { DEFAULT_MASTODON_LIMITS, type MastodonLimits } from "./length.js";

export const DEFAULT_TIMEOUT_MS = 10_000;
const REPLAY_MIN_AGE_MS = 10_000;
export type Visibility = "public" | "unlisted" | "private" | "direct";
export const VISIBILITIES: readonly Visibility[] = ["public", "unlisted", "private", "direct"];

export interface MastodonConnection {
  /** The instance, e.g. https://mastodon.social (MASTODON_URL). */
  url: string;
  /** An undici dispatcher (a door's proxy agent, a MockAgent) for every request. masto calls the global fetch with
   * a Request built from its requestInit, and Node's Request keeps the dispatcher. */
  dispatcher?: Dispatcher;
  /** Per-request deadline. Default 10 s. */
  timeoutMs?: number;
}

export interface MastodonClientOptions extends MastodonConnection {
  accessToken: string;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Debug lines (never contain secrets). */
  debug?: (message: string) => void;
  retry?: Partial<NetworkRetryPolicy>;
}

export interface NewStatus {
  text: string;
  inReplyToId?: string;
  visibility?: Visibility;
  /** ISO 639 language of the text. */
  language?: string;
  mediaIds?: string[];
  /** The same key within about an hour returns the first status instead of posting again. */
  idempotencyKey: string;
}

/** What release-tweet needs of a status. */
export interface StatusSummary {
  id: string;
  url: string;
  accountId: string;
  inReplyToId: string | null;
  createdAt: string;
  /** The content as plain text (Mastodon serves HTML). */
  text: string;
}

export interface PostedStatus extends StatusSummary {
  /** The instance answered with a status made earlier for the same Idempotency-Key (a retry or a quick re-run). */
  replayed: boolean;
}

/** Parses MASTODON_URL (https, or http on loopback for tests); the instance's root, without a path. */
export function resolveInstanceUrl(value: string | undefined): URL {
  const text = value?.trim() ?? "";
  if (text === "") throw mastodonError("EMASTODONURL", { request: "", detail: `is not set (${MASTODON_ENV.url}, ${MASTODON_INPUT.url})` });
  const problem = apiBaseUrlProblem(text);
  if (problem !== undefined) throw mastodonError("EMASTODONURL", { request: "", detail: problem });
  const url = new URL(text);
  return new URL(url.origin);
}

/** masto's client with our transport rules: no redirects followed (the token must not travel on), a deadline. */
export function restClient(connection: MastodonConnection, accessToken?: string): mastodon.rest.Client {
  const url = resolveInstanceUrl(connection.url);
  return createRestAPIClient({
    url: url.origin,
    accessToken,
    timeout: connection.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    requestInit: { redirect: "manual", ...(connection.dispatcher ? { dispatcher: connection.dispatcher } : {}) },
    log: "error",
  });
}

/** HTML of a status → the text the author wrote: paragraphs and line breaks back, tags gone, entities decoded. */
export function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/p>\s*<p[^>]*>/gi, "\n\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (_, entity: string) => {
      const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
      const lower = entity.toLowerCase();
      if (named[lower] !== undefined) return named[lower];
      const code = lower.startsWith("#x") ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    });
}

function summarize(status: mastodon.v1.Status): StatusSummary {
  return {
    id: status.id,
    url: status.url ?? status.uri,
    accountId: status.account.id,
    inReplyToId: status.inReplyToId ?? null,
    createdAt: status.createdAt,
    text: plainText(status.content),
  };
}

export function validateToken(accessToken: string): void {
  const problem = typeof accessToken === "string" ? credentialProblem(accessToken) : "is empty";
  if (problem !== undefined) {
    throw mastodonError("EMASTODONCREDENTIALS", { request: "", detail: `${MASTODON_ENV.accessToken} (${MASTODON_INPUT.accessToken}) ${problem}` });
  }
}

/** Any failure of a masto call as a catalogue error. */
export function mastodonFailure(request: string, error: unknown, nowMs: number, secrets: readonly string[], attempts?: number): ReleaseTweetError {
  if (error instanceof ReleaseTweetError) return error;
  if (error instanceof MastoHttpError) {
    const headers = error.cause instanceof Response ? error.cause.headers : undefined;
    return errorForStatus(request, { status: error.statusCode, error: error.message, description: error.description, headers }, nowMs, { attempts, secrets });
  }
  if (error instanceof MastoTimeoutError) return mastodonError("EMASTODONTIMEOUT", { request, detail: "no answer in time", attempts }, secrets);
  const code = networkCode(error);
  if (code !== "" || (error instanceof TypeError && error.message === "fetch failed")) {
    return mastodonError("EMASTODONNETWORK", { request, detail: code || "the connection failed", attempts }, secrets);
  }
  // masto: a body that is not JSON (an HTML error page, a redirect, a proxy's answer), or JSON it cannot read.
  const name = error instanceof Error ? error.name : "";
  return mastodonError("EMASTODONBADRESPONSE", { request, detail: `${name || "unexpected answer"}: not a Mastodon API answer`, attempts }, secrets);
}

const RETRYABLE = new Set(["EMASTODONSERVER", "EMASTODONBADRESPONSE", "EMASTODONNETWORK", "EMASTODONTIMEOUT"]);

export class MastodonClient {
  readonly instance: URL;
  readonly #rest: mastodon.rest.Client;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #now: () => number;
  readonly #debug: (message: string) => void;
  readonly #policy: NetworkRetryPolicy;
  readonly #secrets: string[];
  #account: Promise<{ id: string; acct: string; url: string }> | undefined;

  constructor(options: MastodonClientOptions) {
    validateToken(options.accessToken);
    this.instance = resolveInstanceUrl(options.url);
    this.#rest = restClient(options, options.accessToken);
    this.#secrets = [options.accessToken];
    this.#sleep = options.sleep ?? defaultSleep;
    this.#now = options.now ?? Date.now;
    this.#policy = { ...NETWORK_RETRY_POLICY, ...options.retry };
    const debug = options.debug ?? (() => undefined);
    this.#debug = (line) => debug(redact(line, this.#secrets));
  }

  /** GET /api/v2/instance: the status limit and URL weight, Mastodon's defaults for what it does not say. */
  async instanceLimits(): Promise<MastodonLimits> {
    let instance: mastodon.v2.Instance;
    try {
      instance = await this.#call("GET /api/v2/instance", () => this.#rest.v2.instance.fetch());
    } catch (error) {
      // Servers before Mastodon 4.0 (and some other Fediverse servers) have no v2 instance: their limits are unknown.
      if (error instanceof ReleaseTweetError && error.code === "EMASTODONNOTFOUND") return { ...DEFAULT_MASTODON_LIMITS };
      throw error;
    }
    // Any field may be missing on other Fediverse servers that answer this endpoint.
    const statuses = (instance as unknown as { configuration?: { statuses?: Record<string, unknown> } }).configuration?.statuses;
    const number = (value: unknown, fallback: number) => (typeof value === "number" && Number.isInteger(value) && value > 0 ? value : fallback);
    const limits = {
      maxCharacters: number(statuses?.maxCharacters, DEFAULT_MASTODON_LIMITS.maxCharacters),
      urlWeight: number(statuses?.charactersReservedPerUrl, DEFAULT_MASTODON_LIMITS.urlWeight),
    };
    this.#debug(`Mastodon ${this.instance.host}: max_characters ${limits.maxCharacters}, characters_reserved_per_url ${limits.urlWeight}`);
    return limits;
  }

  /** GET /api/v1/accounts/verify_credentials (needs read:accounts or profile): whose token this is. */
  verifyCredentials(): Promise<{ id: string; acct: string; url: string }> {
    this.#account ??= this.#call("GET /api/v1/accounts/verify_credentials", () => this.#rest.v1.accounts.verifyCredentials()).then((a) => ({
      id: a.id,
      acct: a.acct,
      url: a.url,
    }));
    // A failure is not cached: the next caller asks again.
    this.#account.catch(() => (this.#account = undefined));
    return this.#account;
  }

  /** POST /api/v1/statuses with the Idempotency-Key header; retried on 5xx and transport failures (the key makes it safe). */
  async postStatus(status: NewStatus): Promise<PostedStatus> {
    const params = {
      status: status.text,
      visibility: status.visibility ?? "public",
      ...(status.inReplyToId ? { inReplyToId: status.inReplyToId } : {}),
      ...(status.language ? { language: status.language } : {}),
      ...(status.mediaIds && status.mediaIds.length > 0 ? { mediaIds: status.mediaIds } : {}),
    };
    const response = await this.#call("POST /api/v1/statuses", () =>
      this.#rest.v1.statuses.create.$raw(params, { requestInit: { headers: { "Idempotency-Key": status.idempotencyKey } } }),
    );
    const summary = summarize(response.data);
    // A replayed key returns the first status as it was: made before this answer's Date (the server's clock, whole
    // seconds). A new status is made within the request; 10 s leaves room for a slow instance.
    const served = Date.parse(response.headers.get("date") ?? "");
    const replayed = Number.isFinite(served) && served - Date.parse(summary.createdAt) > REPLAY_MIN_AGE_MS;
    return { ...summary, replayed };
  }

  /** GET /api/v1/accounts/:id/statuses (needs read:statuses): the account's latest statuses, newest first. */
  async recentStatuses(accountId: string, limit = 40): Promise<StatusSummary[]> {
    // A Paginator is thenable: awaiting it fetches the first page.
    const page: mastodon.v1.Status[] = await this.#call("GET /api/v1/accounts/:id/statuses", async () =>
      await this.#rest.v1.accounts.$select(accountId).statuses.list({ limit, excludeReblogs: true }),
    );
    return page.map(summarize);
  }

  /** GET /api/v1/statuses/:id/context: the replies below a status, in thread order. */
  async descendants(statusId: string): Promise<StatusSummary[]> {
    const context = await this.#call("GET /api/v1/statuses/:id/context", () => this.#rest.v1.statuses.$select(statusId).context.fetch());
    return context.descendants.map(summarize);
  }

  async #call<T>(request: string, call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (raw) {
        const error = mastodonFailure(request, raw, this.#now(), this.#secrets, attempt);
        if (!RETRYABLE.has(error.code) || attempt >= this.#policy.attempts) throw error;
        const delay = this.#policy.delaysMs[attempt - 1] ?? this.#policy.delaysMs.at(-1) ?? 0;
        this.#debug(`${request} attempt ${attempt}/${this.#policy.attempts}: ${error.code}; retrying in ${delay} ms`);
        await this.#sleep(delay);
      }
    }
  }
}
