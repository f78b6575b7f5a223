// The X API v2 client: posts, uploads media and reads the account's own posts, with a bounded retry policy that never
// posts a text twice.
import { FormData, type Dispatcher } from "undici";
import { ReleaseTweetError } from "../core/errors.js";
import { DEFAULT_TIMEOUT_MS, resolveBaseUrl, sendSigned, type HttpOptions, type SignedRequest } from "./signed-request.js";
import { redact } from "../core/redact.js";
import { credentialProblem } from "../core/setting-rules.js";
import { CREDENTIAL_ENV, CREDENTIAL_INPUT, type XCredentials } from "../core/types.js";
import { phraseReset } from "../core/reset-time.js";
import { describeBody, errorForResponse, rateLimitReset, xError, type XResponse } from "./errors.js";
import { parseTimelinePage, type TimelinePage } from "./resume.js";
import { statusUrl } from "./status-url.js";

export { statusUrl };

export interface XClientOptions {
  credentials: XCredentials;
  /** Default https://api.x.com */
  baseUrl?: string;
  dispatcher?: Dispatcher;
  /** Per-request timeout. Default 10 s. */
  timeoutMs?: number;
  /** For tests: replaces real waiting between retries. */
  sleep?: (ms: number) => Promise<void>;
  /** Epoch milliseconds, for tests. */
  now?: () => number;
  /** Debug lines (never contain secrets). */
  debug?: (message: string) => void;
  /** For tests: [0, 1) source for the backoff jitter. Default Math.random (jitter needs no crypto). */
  random?: () => number;
  /** For tests: overrides RETRY_POLICY fields. */
  retry?: Partial<RetryPolicy>;
}

export interface PostResult {
  /** null when X answered "duplicate" after a retried POST, or created the post but sent no readable id. */
  id: string | null;
  url: string | null;
  alreadyPosted: boolean;
}

export interface RetryPolicy {
  /** Attempts per call, the first included. */
  attempts: number;
  /** Full-jitter exponential backoff: wait a random time in [0, min(capMs, baseMs * 2^(n-1))). */
  baseMs: number;
  capMs: number;
  /** A 429 whose reset is at most this far away is waited out, once. */
  rateLimitWaitMaxMs: number;
  /** The whole call, attempts, timeouts and waits included, ends within this. */
  budgetMs: number;
}

/** The documented policy (README "Guarantees"): worst case 3 × 10 s timeouts + ≤ 3 s backoff stays under the 40 s budget. */
export const RETRY_POLICY: RetryPolicy = {
  attempts: 3,
  baseMs: 1_000,
  capMs: 8_000,
  rateLimitWaitMaxMs: 30_000,
  budgetMs: 40_000,
};

/**
 * Media requests carry up to 1 MiB (src/x/media.ts) and X processes them before answering: each attempt gets 30 s,
 * enough for 1 MiB at 300 kbit/s, and the call 90 s, three such attempts.
 */
export const MEDIA_LIMITS: CallLimits = { timeoutMs: 30_000, budgetMs: 90_000 };

export interface CallLimits {
  /** Per attempt. */
  timeoutMs: number;
  /** The whole call, retries included. */
  budgetMs: number;
}

/** What X says about an upload it is processing (async finalize: GIFs). */
export interface MediaProcessing {
  state: "pending" | "in_progress" | "succeeded" | "failed";
  /** When to ask again. */
  checkAfterSecs: number;
  /** X's words when the state is failed. */
  error?: string;
}

export interface MediaState {
  id: string;
  /** Absent: the media is ready. */
  processing?: MediaProcessing;
}

/** The first post's image as the upload sends it. */
export interface MediaBytes {
  bytes: Uint8Array;
  /** e.g. image/png */
  mediaType: string;
  /** tweet_image or tweet_gif */
  category: string;
}

/** The shortest attempt worth starting when the budget runs low. */
const MIN_ATTEMPT_MS = 1_000;
const RETRYABLE = new Set(["EXSERVER", "EXBADRESPONSE", "EXNETWORK", "EXTIMEOUT"]);

function validateCredentials(credentials: XCredentials): void {
  const problems = (Object.keys(CREDENTIAL_ENV) as (keyof XCredentials)[]).flatMap((key) => {
    const value = credentials[key];
    const name = `${CREDENTIAL_ENV[key]} (${CREDENTIAL_INPUT[key]})`;
    const problem = typeof value === "string" ? credentialProblem(value) : "is empty";
    return problem === undefined ? [] : [`${name} ${problem}`];
  });
  if (problems.length > 0) {
    throw new ReleaseTweetError(
      "EXCREDENTIALS",
      `The X credentials are not usable: ${problems.join("; ")}.`,
      "Copy each value again from the X developer portal (Keys and tokens), whole and without surrounding spaces.",
    );
  }
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface CallOutcome {
  response: XResponse;
  attempts: number;
  /** An earlier attempt of this POST may have been stored by X (5xx, reset, timeout, odd answer). */
  mayHaveLanded: boolean;
}

export class XClient {
  readonly #credentials: XCredentials;
  readonly #http: HttpOptions;
  readonly #timeoutMs: number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #now: () => number;
  readonly #debug: (message: string) => void;
  readonly #random: () => number;
  readonly #policy: RetryPolicy;
  readonly #secrets: string[];

  constructor(options: XClientOptions) {
    validateCredentials(options.credentials);
    // A private copy: callers may reuse or change their object, and we must never echo it.
    this.#credentials = { ...options.credentials };
    this.#now = options.now ?? Date.now;
    this.#http = { baseUrl: resolveBaseUrl(options.baseUrl), dispatcher: options.dispatcher, now: this.#now };
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!(this.#timeoutMs > 0)) throw new RangeError("timeoutMs must be positive");
    this.#sleep = options.sleep ?? defaultSleep;
    this.#random = options.random ?? Math.random;
    this.#policy = { ...RETRY_POLICY, ...options.retry };
    const { apiKey, apiSecret, accessToken, accessTokenSecret } = this.#credentials;
    this.#secrets = [apiKey, apiSecret, accessToken, accessTokenSecret];
    const debug = options.debug ?? (() => undefined);
    this.#debug = (line) => debug(redact(line, this.#secrets));
  }

  /**
   * POST /2/tweets, as a reply when `replyTo` is given and with `mediaIds` attached. Throws ReleaseTweetError with an
   * actionable message on every failure; a reply X refuses is EXREPLYREFUSED.
   */
  async postTweet(text: string, options: { replyTo?: string; mediaIds?: readonly string[] } = {}): Promise<PostResult> {
    if (text.trim() === "") {
      throw new ReleaseTweetError("EXEMPTYPOST", "The post is empty.", "Check the template: it produced no text.");
    }
    if (options.replyTo !== undefined && !/^\d{1,25}$/.test(options.replyTo)) {
      throw new ReleaseTweetError("EXREPLYTO", `"${options.replyTo}" is not a post id.`, "Pass the numeric id of the post to reply to.");
    }
    const mediaIds = options.mediaIds ?? [];
    for (const id of mediaIds) assertId(id, "media");
    const json = {
      text,
      ...(options.replyTo === undefined ? {} : { reply: { in_reply_to_tweet_id: options.replyTo } }),
      ...(mediaIds.length === 0 ? {} : { media: { media_ids: [...mediaIds] } }),
    };
    const label = "POST /2/tweets";
    const outcome = await this.#call(label, { method: "POST", path: "/2/tweets", json });
    const { response, attempts } = outcome;

    if (response.status === 201) {
      const id = readId(response.body);
      if (id !== null) return { id, url: statusUrl(id), alreadyPosted: false };
      // The post exists; retrying would only meet "duplicate". Report success with an unknown id.
      this.#debug(`${label} → 201 with ${describeBody(response)} and no post id; the post exists, its id is unknown`);
      return { id: null, url: null, alreadyPosted: false };
    }
    const reply = options.replyTo !== undefined;
    const error = errorForResponse(label, response, this.#now(), { attempts, secrets: this.#secrets, reply });
    if (error.code === "EXDUPLICATE" && outcome.mayHaveLanded) {
      // Our own earlier attempt landed before its answer was lost: the post is there, once.
      this.#debug(`${label} → duplicate after a retry: an earlier attempt was stored by X`);
      return { id: null, url: null, alreadyPosted: true };
    }
    throw error;
  }

  /** GET /2/users/me: checks the credentials (costs quota). */
  async getMe(): Promise<{ id: string; username: string }> {
    const label = "GET /2/users/me";
    const { response, attempts } = await this.#call(label, { method: "GET", path: "/2/users/me" });
    if (response.status !== 200) throw errorForResponse(label, response, this.#now(), { attempts, secrets: this.#secrets });
    const data = readData(response.body);
    if (typeof data?.id !== "string" || typeof data.username !== "string") {
      throw xError("EXBADRESPONSE", { request: label, status: 200, detail: `${describeBody(response, this.#secrets)} without data.id and data.username` });
    }
    return { id: data.id, username: data.username };
  }

  /**
   * GET /2/users/:id/tweets: one page of the account's own posts, newest first (owned reads, billed per post read).
   * Asks for what finding a thread needs: the reply target, URL entities (X shows every link as t.co) and the whole
   * text of long posts (note_tweet). Retweets are left out.
   */
  async getOwnPosts(userId: string, options: { maxResults: number; paginationToken?: string }): Promise<TimelinePage> {
    assertId(userId, "user");
    const label = "GET /2/users/:id/tweets";
    const query: Record<string, string> = {
      max_results: String(Math.min(100, Math.max(5, Math.floor(options.maxResults)))),
      "tweet.fields": "conversation_id,in_reply_to_user_id,referenced_tweets,created_at,entities,note_tweet",
      exclude: "retweets",
    };
    if (options.paginationToken) query.pagination_token = options.paginationToken;
    const { response, attempts } = await this.#call(label, { method: "GET", path: `/2/users/${userId}/tweets`, query });
    if (response.status !== 200) throw errorForResponse(label, response, this.#now(), { attempts, secrets: this.#secrets });
    const page = parseTimelinePage(response.body);
    if (page === null) throw xError("EXBADRESPONSE", { request: label, status: 200, detail: "no list of posts in the answer" }, this.#secrets);
    return page;
  }

  /** POST /2/media/upload: the whole file in one multipart request. */
  async uploadMedia(media: MediaBytes): Promise<MediaState> {
    const form = new FormData();
    form.append("media_category", media.category);
    form.append("media", new Blob([media.bytes], { type: media.mediaType }), "media");
    return this.#mediaState("POST /2/media/upload", { method: "POST", path: "/2/media/upload", multipart: form });
  }

  /** POST /2/media/upload/initialize: opens a chunked upload. */
  async initializeMediaUpload(media: { totalBytes: number; mediaType: string; category: string }): Promise<MediaState> {
    const json = { total_bytes: media.totalBytes, media_type: media.mediaType, media_category: media.category };
    return this.#mediaState("POST /2/media/upload/initialize", { method: "POST", path: "/2/media/upload/initialize", json });
  }

  /** POST /2/media/upload/:id/append: one segment (multipart `media`, `segment_index`). Repeating it is harmless. */
  async appendMediaSegment(mediaId: string, segmentIndex: number, bytes: Uint8Array): Promise<void> {
    assertId(mediaId, "media");
    const label = "POST /2/media/upload/:id/append";
    const form = new FormData();
    form.append("segment_index", String(segmentIndex));
    form.append("media", new Blob([bytes], { type: "application/octet-stream" }), "media");
    const request = { method: "POST" as const, path: `/2/media/upload/${mediaId}/append`, multipart: form };
    // X answers an append with no body (204): an empty 2xx is its answer, not a proxy's.
    const { response, attempts } = await this.#call(label, request, { limits: MEDIA_LIMITS, emptyOk: true });
    if (response.status < 200 || response.status > 299) {
      throw errorForResponse(label, response, this.#now(), { attempts, secrets: this.#secrets });
    }
  }

  /** POST /2/media/upload/:id/finalize: closes a chunked upload; X may go on processing it (processing_info). */
  async finalizeMediaUpload(mediaId: string): Promise<MediaState> {
    assertId(mediaId, "media");
    return this.#mediaState("POST /2/media/upload/:id/finalize", { method: "POST", path: `/2/media/upload/${mediaId}/finalize` });
  }

  /** GET /2/media/upload?command=STATUS: how far X got processing an upload. */
  async getMediaStatus(mediaId: string): Promise<MediaState> {
    assertId(mediaId, "media");
    return this.#mediaState("GET /2/media/upload (STATUS)", {
      method: "GET",
      path: "/2/media/upload",
      query: { command: "STATUS", media_id: mediaId },
    }, mediaId);
  }

  /** POST /2/media/metadata: the image's alt text. */
  async setMediaAltText(mediaId: string, text: string): Promise<void> {
    assertId(mediaId, "media");
    const label = "POST /2/media/metadata";
    const json = { id: mediaId, metadata: { alt_text: { text } } };
    const { response, attempts } = await this.#call(label, { method: "POST", path: "/2/media/metadata", json }, { limits: MEDIA_LIMITS });
    if (response.status < 200 || response.status > 299) {
      throw errorForResponse(label, response, this.#now(), { attempts, secrets: this.#secrets });
    }
  }

  /** One media request whose answer is `{"data": {"id", "processing_info"?}}`. */
  async #mediaState(
    label: string,
    request: Omit<SignedRequest, "consumer" | "token" | "timeoutMs">,
    knownId?: string,
  ): Promise<MediaState> {
    const { response, attempts } = await this.#call(label, request, { limits: MEDIA_LIMITS });
    if (response.status < 200 || response.status > 299) {
      throw errorForResponse(label, response, this.#now(), { attempts, secrets: this.#secrets });
    }
    const state = readMediaState(response.body, knownId);
    if (state === null) {
      throw xError("EXBADRESPONSE", { request: label, status: response.status, detail: `${describeBody(response, this.#secrets)} without data.id` }, this.#secrets);
    }
    return state;
  }

  /**
   * Sends with the retry policy and returns the last answer, or throws when no answer came.
   * Retried: 5xx, non-JSON answers, connection failures and timeouts (backoff with full jitter), and one 429 whose
   * reset is near. Never retried: other 4xx, a 201. Each attempt is signed afresh (new nonce and timestamp).
   */
  async #call(
    label: string,
    req: Omit<SignedRequest, "consumer" | "token" | "timeoutMs">,
    options: { limits?: CallLimits; emptyOk?: boolean } = {},
  ): Promise<CallOutcome> {
    const policy = this.#policy;
    const limits = options.limits ?? { timeoutMs: this.#timeoutMs, budgetMs: policy.budgetMs };
    const deadline = this.#now() + limits.budgetMs;
    const signed = {
      ...req,
      consumer: { key: this.#credentials.apiKey, secret: this.#credentials.apiSecret },
      token: { key: this.#credentials.accessToken, secret: this.#credentials.accessTokenSecret },
    };
    let mayHaveLanded = false;
    let waitedForRateLimit = false;
    for (let attempt = 1; ; attempt++) {
      const remaining = deadline - this.#now();
      const timeoutMs = Math.min(limits.timeoutMs, remaining);
      let response: XResponse;
      try {
        response = await sendSigned(this.#http, { ...signed, timeoutMs });
      } catch (error) {
        if (!(error instanceof ReleaseTweetError) || !RETRYABLE.has(error.code)) throw error;
        this.#debug(`${label} attempt ${attempt}/${policy.attempts}: ${error.code}`);
        mayHaveLanded = true;
        await this.#backoff(attempt, deadline, () => error);
        continue;
      }
      this.#debug(`${label} attempt ${attempt}/${policy.attempts} → HTTP ${response.status}`);
      const emptyAnswer = options.emptyOk === true && response.status >= 200 && response.status <= 299 && response.body.trim() === "";
      const retryable = response.status >= 500 || (response.status !== 201 && !emptyAnswer && isNotJson(response.body));
      if (retryable) {
        mayHaveLanded = true;
        await this.#backoff(attempt, deadline, () =>
          errorForResponse(label, response, this.#now(), { attempts: attempt, secrets: this.#secrets }),
        );
        continue;
      }
      if (response.status === 429 && !waitedForRateLimit && attempt < policy.attempts) {
        const reset = rateLimitReset(response.headers, this.#now());
        // +1 s: the reset header has second precision and X's clock is not ours.
        const waitMs = reset ? Math.max(0, reset.atMs - this.#now()) + 1_000 : Infinity;
        if (waitMs <= policy.rateLimitWaitMaxMs && this.#now() + waitMs + MIN_ATTEMPT_MS <= deadline) {
          this.#debug(`${label}: rate limited, resets ${phraseReset(reset!.atMs, this.#now())}; waiting ${waitMs} ms once`);
          waitedForRateLimit = true;
          await this.#sleep(waitMs);
          continue;
        }
      }
      return { response, attempts: attempt, mayHaveLanded };
    }
  }

  /** Waits before the next attempt, or throws the failure when attempts or time are used up. */
  async #backoff(attempt: number, deadline: number, failure: () => ReleaseTweetError): Promise<void> {
    const policy = this.#policy;
    const delay = Math.floor(this.#random() * Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1)));
    if (attempt >= policy.attempts || this.#now() + delay + MIN_ATTEMPT_MS > deadline) {
      const error = failure();
      this.#debug(`giving up after ${attempt} attempt${attempt === 1 ? "" : "s"}: ${error.code}`);
      throw withAttempts(error, attempt);
    }
    this.#debug(`retrying in ${delay} ms`);
    await this.#sleep(delay);
  }
}

/** Transport errors are built per attempt; the final one should say how many attempts were made. */
function withAttempts(error: ReleaseTweetError, attempts: number): ReleaseTweetError {
  if (attempts <= 1 || error.message.includes("attempts)")) return error;
  return new ReleaseTweetError(error.code, error.message.replace(/\)$/, `, after ${attempts} attempts)`), error.fix, {
    docs: error.docs,
    cause: error.cause,
  });
}

function isNotJson(body: string): boolean {
  try {
    JSON.parse(body);
    return false;
  } catch {
    return true;
  }
}

function readData(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== "object" || value === null) return null;
    const data = (value as { data?: unknown }).data;
    return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Ids come from X's own answers, already checked as digits: anything else is a bug, not a user's mistake. */
function assertId(id: string, what: "media" | "user"): void {
  if (!/^\d{1,25}$/.test(id)) throw new RangeError(`not a ${what} id: ${JSON.stringify(id.slice(0, 30))}`);
}

/** `{"data": {"id", "processing_info"?}}`; a STATUS answer may leave the id out, then `knownId` is it. */
function readMediaState(body: string, knownId?: string): MediaState | null {
  const data = readData(body);
  const id = data?.id ?? data?.media_id_string ?? knownId;
  if (typeof id !== "string" || !/^\d+$/.test(id)) return null;
  const info = data?.processing_info;
  if (typeof info !== "object" || info === null) return { id };
  const record = info as Record<string, unknown>;
  const state = record.state;
  if (state !== "pending" && state !== "in_progress" && state !== "succeeded" && state !== "failed") return { id };
  const after = typeof record.check_after_secs === "number" && record.check_after_secs >= 0 ? record.check_after_secs : 1;
  const error = record.error as { message?: unknown; name?: unknown } | undefined;
  const words = typeof error?.message === "string" ? error.message : typeof error?.name === "string" ? error.name : undefined;
  return { id, processing: { state, checkAfterSecs: after, ...(words === undefined ? {} : { error: words }) } };
}

function readId(body: string): string | null {
  const id = readData(body)?.id;
  return typeof id === "string" && /^\d+$/.test(id) ? id : null;
}
