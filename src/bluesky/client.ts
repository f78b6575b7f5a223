// The Bluesky client: signs in with an app password, writes post records under given record keys at most once,
// reads them back, uploads a link card's image. Every failure becomes a catalogue error; no secret leaves it.
import { Client } from "@atcute/client";
import type {} from "@atcute/atproto";
import type {} from "@atcute/bluesky";
import type { Dispatcher } from "undici";
import { ReleaseTweetError } from "../core/errors.js";
import { NETWORK_RETRY_POLICY, defaultSleep, type NetworkRetryPolicy } from "../core/network-thread.js";
import { redact } from "../core/redact.js";
import { apiBaseUrlProblem, credentialProblem } from "../core/setting-rules.js";
import { networkCause, networkCode } from "../core/http.js";
import { isTid } from "./record-key.js";
import {
  BLUESKY_ENV,
  BLUESKY_INPUT,
  DEFAULT_BLUESKY_SERVICE,
  blueskyError,
  errorForXrpc,
  type XrpcFailure,
} from "./errors.js";

export const POST_COLLECTION = "app.bsky.feed.post";
export const DEFAULT_TIMEOUT_MS = 10_000;
/** app.bsky.embed.external#external thumb: accept image/*, maxSize 1,000,000. */
export const MAX_THUMB_BYTES = 1_000_000;

export interface BlueskyCredentials {
  /** A handle (name.bsky.social) or a DID. */
  identifier: string;
  appPassword: string;
}

export interface BlueskyClientOptions extends BlueskyCredentials {
  /** The account's PDS or entryway. Default https://bsky.social (BLUESKY_SERVICE). */
  service?: string;
  /** The fetch to send requests with (a door's proxy-aware one); default Node's global fetch. */
  fetch?: typeof fetch;
  /** An undici dispatcher (proxy agent, MockAgent) passed to fetch on every request. */
  dispatcher?: Dispatcher;
  /** Per-request deadline. Default 10 s. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Epoch ms, for rate-limit phrasing. */
  now?: () => number;
  /** Debug lines (never contain secrets). */
  debug?: (message: string) => void;
  retry?: Partial<NetworkRetryPolicy>;
}

/** A record's address and content hash: what a reply points at (com.atproto.repo.strongRef). */
export interface StrongRef {
  uri: string;
  cid: string;
}

export interface CreatedRecord extends StrongRef {
  /** True when the key was already taken by an earlier run's record: nothing new was written. */
  existed: boolean;
}

export interface BlobRef {
  $type: "blob";
  ref: { $link: string };
  mimeType: string;
  size: number;
}

type Outcome = { ok: true; data: unknown } | { ok: false; failure: XrpcFailure };

/** Parses BLUESKY_SERVICE by the rule every door shares (https, or http on loopback for tests). */
export function resolveService(value: string | undefined): URL {
  const text = value?.trim() || DEFAULT_BLUESKY_SERVICE;
  const problem = apiBaseUrlProblem(text);
  if (problem !== undefined) throw blueskyError("EBLUESKYSERVICE", { request: "", detail: problem });
  return new URL(text);
}

function validateCredentials(credentials: BlueskyCredentials): void {
  const problems = [
    ["identifier", credentials.identifier],
    ["appPassword", credentials.appPassword],
  ].flatMap(([key, value]) => {
    const name = `${BLUESKY_ENV[key as keyof typeof BLUESKY_ENV]} (${BLUESKY_INPUT[key as keyof typeof BLUESKY_INPUT]})`;
    const problem = typeof value === "string" ? credentialProblem(value) : "is empty";
    return problem === undefined ? [] : [`${name} ${problem}`];
  });
  if (problems.length > 0) throw blueskyError("EBLUESKYCREDENTIALS", { request: "", detail: problems.join("; ") });
}

/** The web page of a post: https://bsky.app/profile/{handle or DID}/post/{rkey}. */
export function postUrl(actor: string, uri: string): string {
  const rkey = uri.slice(uri.lastIndexOf("/") + 1);
  return `https://bsky.app/profile/${encodeURIComponent(actor)}/post/${encodeURIComponent(rkey)}`;
}

function readStrongRef(data: unknown): StrongRef | null {
  if (typeof data !== "object" || data === null) return null;
  const { uri, cid } = data as Record<string, unknown>;
  return typeof uri === "string" && uri.startsWith("at://") && typeof cid === "string" && cid !== "" ? { uri, cid } : null;
}

export class BlueskyClient {
  readonly did: string;
  readonly handle: string;
  readonly #rpc: Client;
  readonly #credentials: BlueskyCredentials;
  readonly #timeoutMs: number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #now: () => number;
  readonly #debug: (message: string) => void;
  readonly #policy: NetworkRetryPolicy;
  readonly #secrets: string[];
  #accessJwt: string;

  private constructor(
    rpc: Client,
    session: { did: string; handle: string; accessJwt: string },
    parts: { credentials: BlueskyCredentials; timeoutMs: number; sleep: (ms: number) => Promise<void>; now: () => number; debug: (m: string) => void; policy: NetworkRetryPolicy; secrets: string[] },
  ) {
    this.#rpc = rpc;
    this.did = session.did;
    this.handle = session.handle;
    this.#accessJwt = session.accessJwt;
    this.#credentials = parts.credentials;
    this.#timeoutMs = parts.timeoutMs;
    this.#sleep = parts.sleep;
    this.#now = parts.now;
    this.#debug = parts.debug;
    this.#policy = parts.policy;
    this.#secrets = parts.secrets;
  }

  /** com.atproto.server.createSession with the identifier and app password. Throws EBLUESKYAUTH & co. */
  static async signIn(options: BlueskyClientOptions): Promise<BlueskyClient> {
    validateCredentials(options);
    const service = resolveService(options.service);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!(timeoutMs > 0)) throw new RangeError("timeoutMs must be positive");
    const fetchImpl = options.fetch ?? fetch;
    const dispatcher = options.dispatcher;
    const rpc = new Client({
      // Redirects are answers, never followed: the Authorization header must not travel to another host.
      handler: (pathname, init) =>
        fetchImpl(new URL(pathname, service), { ...init, redirect: "manual", ...(dispatcher ? { dispatcher } : {}) }),
    });
    const credentials = { identifier: options.identifier.trim(), appPassword: options.appPassword };
    const secrets = [credentials.appPassword];
    const debug = options.debug ?? (() => undefined);
    const parts = {
      credentials,
      timeoutMs,
      sleep: options.sleep ?? defaultSleep,
      now: options.now ?? Date.now,
      debug: (line: string) => debug(redact(line, secrets)),
      policy: { ...NETWORK_RETRY_POLICY, ...options.retry },
      secrets,
    };
    const session = await createSession(rpc, credentials, parts);
    parts.debug(`Bluesky: signed in as ${session.handle} (${session.did}) on ${service.host}`);
    return new BlueskyClient(rpc, session, parts);
  }

  /**
   * com.atproto.repo.createRecord of a post under `rkey`, at most once. A key already taken (a re-run, or an earlier
   * attempt whose answer was lost) is no error: the record there is read and returned with `existed: true`.
   * The reference PDS answers a taken key with HTTP 500 InternalServerError (bluesky-social/atproto#3718; an
   * explicit error is proposed in #4728), so any refusal that is not about the request itself is checked by reading.
   */
  async createPost(rkey: string, record: Record<string, unknown>): Promise<CreatedRecord> {
    if (!isTid(rkey)) throw new RangeError(`record key ${rkey} is not a TID`);
    const request = "com.atproto.repo.createRecord";
    const input = { repo: this.did, collection: POST_COLLECTION, rkey, record: { $type: POST_COLLECTION, ...record } };
    let landedMaybe = false;
    for (let attempt = 1; ; attempt++) {
      let outcome: Outcome;
      try {
        outcome = await this.#send(request, (signal) => this.#rpc.post(request, { input: input as never, headers: this.#auth(), signal }));
      } catch (error) {
        if (!isRetryable(error)) throw error;
        landedMaybe = true;
        const existing = await this.getPost(rkey).catch(() => null);
        // Our attempt landed before its answer was lost (or an earlier run's did): either way the post is there, once.
        if (existing) return { ...existing, existed: false };
        await this.#backoff(request, attempt, error);
        continue;
      }
      if (outcome.ok) {
        const ref = readStrongRef(outcome.data);
        if (ref) return { ...ref, existed: false };
        // The record exists now but the answer lost its address: read it back.
        const existing = await this.getPost(rkey);
        if (existing) return { ...existing, existed: false };
        throw blueskyError("EBLUESKYBADRESPONSE", { request, status: 200, detail: "no uri and cid in the answer" }, this.#secrets);
      }
      const { failure } = outcome;
      if (await this.#renewIfExpired(failure)) {
        attempt--;
        continue;
      }
      const error = errorForXrpc(request, failure, this.#now(), { attempts: attempt, secrets: this.#secrets });
      if (!mayMeanTaken(failure)) throw error;
      const existing = await this.getPost(rkey);
      if (existing) {
        this.#debug(`${request} ${rkey}: the key is taken; continuing from the record there`);
        return { ...existing, existed: !landedMaybe };
      }
      if (failure.status < 500) throw error;
      await this.#backoff(request, attempt, error);
    }
  }

  /** com.atproto.repo.getRecord of this account's post `rkey`; null when there is none (RecordNotFound). */
  async getPost(rkey: string): Promise<(StrongRef & { value: unknown }) | null> {
    const request = "com.atproto.repo.getRecord";
    const params = { repo: this.did, collection: POST_COLLECTION, rkey };
    const data = await this.#query(request, (signal) => this.#rpc.get(request, { params: params as never, headers: this.#auth(), signal }), (failure) =>
      failure.error === "RecordNotFound" || (failure.status === 400 && /could not locate record/i.test(failure.message ?? "")),
    );
    if (data === null) return null;
    const ref = readStrongRef(data);
    if (!ref) throw blueskyError("EBLUESKYBADRESPONSE", { request, status: 200, detail: "no uri and cid in the answer" }, this.#secrets);
    return { ...ref, value: (data as { value?: unknown }).value };
  }

  /** com.atproto.repo.uploadBlob of a link card image (image/*, ≤ 1,000,000 bytes). */
  async uploadImage(data: Uint8Array, mimeType: string): Promise<BlobRef> {
    if (!/^image\/[a-z0-9.+-]+$/i.test(mimeType)) {
      throw blueskyError("EBLUESKYIMAGE", { request: "", detail: `its type ${JSON.stringify(mimeType)} is not an image type` });
    }
    if (data.byteLength === 0 || data.byteLength > MAX_THUMB_BYTES) {
      throw blueskyError("EBLUESKYIMAGE", { request: "", detail: `it has ${data.byteLength} bytes` });
    }
    const request = "com.atproto.repo.uploadBlob";
    const answer = await this.#query(request, (signal) =>
      this.#rpc.post(request, { input: data, headers: { ...this.#auth(), "content-type": mimeType }, signal }),
    );
    const blob = (answer as { blob?: unknown } | null)?.blob as Partial<BlobRef> | undefined;
    if (!blob || blob.$type !== "blob" || typeof blob.ref?.$link !== "string") {
      throw blueskyError("EBLUESKYBADRESPONSE", { request, status: 200, detail: "no blob in the answer" }, this.#secrets);
    }
    return blob as BlobRef;
  }

  #auth(): Record<string, string> {
    return { authorization: `Bearer ${this.#accessJwt}` };
  }

  /** Sends a call that is safe to repeat (a read, an upload); retries 5xx and transport failures. */
  async #query(request: string, call: (signal: AbortSignal) => Promise<RawResponse>, absent?: (failure: XrpcFailure) => boolean): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      let outcome: Outcome;
      try {
        outcome = await this.#send(request, call);
      } catch (error) {
        if (!isRetryable(error)) throw error;
        await this.#backoff(request, attempt, error);
        continue;
      }
      if (outcome.ok) return outcome.data;
      const { failure } = outcome;
      if (absent?.(failure)) return null;
      if (await this.#renewIfExpired(failure)) {
        attempt--;
        continue;
      }
      const error = errorForXrpc(request, failure, this.#now(), { attempts: attempt, secrets: this.#secrets });
      if (failure.status < 500) throw error;
      await this.#backoff(request, attempt, error);
    }
  }

  #renewed = false;
  /** An access token that expired mid-run is replaced once by a new session (app passwords allow it). */
  async #renewIfExpired(failure: XrpcFailure): Promise<boolean> {
    if (failure.error !== "ExpiredToken" || this.#renewed) return false;
    this.#renewed = true;
    this.#debug("Bluesky: the access token expired; signing in again");
    const session = await createSession(this.#rpc, this.#credentials, {
      timeoutMs: this.#timeoutMs,
      sleep: this.#sleep,
      now: this.#now,
      debug: this.#debug,
      policy: this.#policy,
      secrets: this.#secrets,
    });
    this.#accessJwt = session.accessJwt;
    return true;
  }

  async #send(request: string, call: (signal: AbortSignal) => Promise<RawResponse>): Promise<Outcome> {
    return send(request, call, this.#timeoutMs, this.#secrets);
  }

  async #backoff(request: string, attempt: number, error: unknown): Promise<void> {
    if (attempt >= this.#policy.attempts) throw withAttempts(error, attempt);
    const delay = this.#policy.delaysMs[attempt - 1] ?? this.#policy.delaysMs.at(-1) ?? 0;
    this.#debug(`${request} attempt ${attempt}/${this.#policy.attempts} failed (${error instanceof ReleaseTweetError ? error.code : "error"}); retrying in ${delay} ms`);
    await this.#sleep(delay);
  }
}

interface RawResponse {
  ok: boolean;
  status: number;
  headers: Headers;
  data: unknown;
}

interface SessionParts {
  timeoutMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  debug: (m: string) => void;
  policy: NetworkRetryPolicy;
  secrets: string[];
}

async function createSession(rpc: Client, credentials: BlueskyCredentials, parts: SessionParts): Promise<{ did: string; handle: string; accessJwt: string }> {
  const request = "com.atproto.server.createSession";
  for (let attempt = 1; ; attempt++) {
    let outcome: Outcome;
    try {
      outcome = await send(
        request,
        (signal) => rpc.post(request, { input: { identifier: credentials.identifier, password: credentials.appPassword }, signal }),
        parts.timeoutMs,
        parts.secrets,
      );
    } catch (error) {
      if (!isRetryable(error) || attempt >= parts.policy.attempts) throw withAttempts(error, attempt);
      await parts.sleep(parts.policy.delaysMs[attempt - 1] ?? 0);
      continue;
    }
    if (outcome.ok) {
      const { did, handle, accessJwt, refreshJwt } = (outcome.data ?? {}) as Record<string, unknown>;
      if (typeof did !== "string" || !did.startsWith("did:") || typeof accessJwt !== "string" || accessJwt === "") {
        throw blueskyError("EBLUESKYBADRESPONSE", { request, status: 200, detail: "no did and accessJwt in the answer" }, parts.secrets);
      }
      // Every token we hold is blanked from messages from now on.
      parts.secrets.push(accessJwt, ...(typeof refreshJwt === "string" ? [refreshJwt] : []));
      return { did, handle: typeof handle === "string" && handle !== "handle.invalid" ? handle : did, accessJwt };
    }
    const error = errorForXrpc(request, outcome.failure, parts.now(), { attempts: attempt, secrets: parts.secrets });
    if (outcome.failure.status < 500 || attempt >= parts.policy.attempts) throw error;
    await parts.sleep(parts.policy.delaysMs[attempt - 1] ?? 0);
  }
}

/** One request with its own deadline. Resolves with any XRPC answer; rejects with a catalogue error when none came. */
async function send(request: string, call: (signal: AbortSignal) => Promise<RawResponse>, timeoutMs: number, secrets: readonly string[]): Promise<Outcome> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: RawResponse;
  try {
    response = await call(signal);
  } catch (error) {
    if (signal.aborted) {
      throw blueskyError("EBLUESKYTIMEOUT", { request, detail: `no answer within ${timeoutMs} ms` }, secrets);
    }
    // @atcute/client throws a TypeError for a 200 that is not JSON, and response.json() a SyntaxError for bad JSON.
    if ((error instanceof TypeError && /content-type/i.test(error.message)) || error instanceof SyntaxError) {
      throw blueskyError("EBLUESKYBADRESPONSE", { request, status: 200, detail: "a success answer that is not JSON" }, secrets);
    }
    throw blueskyError("EBLUESKYNETWORK", { request, detail: describeNetworkFailure(error, secrets) }, secrets);
  }
  if (response.ok) return { ok: true, data: response.data };
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const payload = response.data as { error?: unknown; message?: unknown };
  // @atcute/client puts "UnknownXRPCError" where the body was not an XRPC error (an HTML page, an empty body).
  const error = typeof payload.error === "string" && payload.error !== "UnknownXRPCError" ? payload.error : undefined;
  const message = error !== undefined && typeof payload.message === "string" ? payload.message : undefined;
  return { ok: false, failure: { status: response.status, headers, error, message } };
}

function describeNetworkFailure(error: unknown, secrets: readonly string[]): string {
  const code = networkCode(error);
  const cause = networkCause(error);
  const text = cause instanceof Error ? cause.message : String(cause);
  return redact(code ? `${code}: ${text}` : text, secrets).slice(0, 200);
}

function isRetryable(error: unknown): boolean {
  return error instanceof ReleaseTweetError && ["EBLUESKYNETWORK", "EBLUESKYTIMEOUT", "EBLUESKYSERVER", "EBLUESKYBADRESPONSE"].includes(error.code);
}

/** A refusal that may mean "that key is taken": a 5xx (today's PDS), 409, or an error naming it. */
function mayMeanTaken(failure: XrpcFailure): boolean {
  if (failure.status >= 500 || failure.status === 409) return true;
  return /already ?exists/i.test(`${failure.error ?? ""} ${failure.message ?? ""}`);
}

function withAttempts(error: unknown, attempts: number): unknown {
  if (!(error instanceof ReleaseTweetError) || attempts <= 1 || error.message.includes("attempts)")) return error;
  const message = error.message.endsWith(")") ? error.message.replace(/\)$/, `, after ${attempts} attempts)`) : `${error.message} (after ${attempts} attempts)`;
  return new ReleaseTweetError(error.code, message, error.fix, { docs: error.docs, cause: error.cause });
}
