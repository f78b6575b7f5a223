// A loopback stand-in for api.x.com: verifies every OAuth 1.0a signature with its own RFC 5849 code, stores posts and
// media, answers the account's own posts as X shows them (t.co links, HTML escapes, note_tweet), refuses replies the
// way X does for self-serve apps since 2026-02-23 (when asked to), plays faults.
// Deliberately independent of src/x/ (oauth.ts, the oauth-1.0a package, the client), so a bug cannot agree with itself.
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import extractUrlsWithIndices from "twitter-text/dist/extractUrlsWithIndices.js";
import parseTweet from "twitter-text/dist/parseTweet.js";
import type { XCredentials } from "../../src/core/types.js";

export const FAKE_APP = { apiKey: "fake-consumer-key-0123", apiSecret: "fake-consumer-secret-4567" };
export const FAKE_USER = {
  accessToken: "1111-fake-access-token-89ab",
  accessTokenSecret: "fake-token-secret-cdef",
  userId: "1111",
  screenName: "release_bot",
};
export const FAKE_CREDENTIALS: XCredentials = {
  apiKey: FAKE_APP.apiKey,
  apiSecret: FAKE_APP.apiSecret,
  accessToken: FAKE_USER.accessToken,
  accessTokenSecret: FAKE_USER.accessTokenSecret,
};

export interface FakeXOptions {
  /** default "read-write"; "read" makes POST /2/tweets answer X's 403 oauth1-permissions problem */
  permission?: "read" | "read-write";
  /** epoch ms, for the oauth_timestamp window check (default Date.now) */
  now?: () => number;
  /** The app and the account the fake knows (default FAKE_CREDENTIALS): canaries free of words a message also holds. */
  credentials?: XCredentials;
  /**
   * "refused": every POST /2/tweets with a `reply` gets X's 403 for self-serve apps that were not summoned (issue 13:
   * X does not say whether a reply to one's own post is exempt). Default "allowed".
   */
  replies?: "allowed" | "refused";
}

export interface FakeTweet {
  id: string;
  text: string;
  replyTo: string | null;
  /** Media attached with media.media_ids. */
  mediaIds: string[];
}

/** An upload, as the media endpoints received it. */
export interface FakeMedia {
  id: string;
  category: string;
  /** The declared type (initialize's media_type, or the multipart part's type). */
  mediaType: string;
  /** The bytes X has: the one-shot file, or the appended segments once finalized. */
  bytes: Buffer;
  /** Segments received by an open chunked upload, by segment_index. */
  segments: Map<number, Buffer>;
  totalBytes: number | null;
  state: "uploading" | "processing" | "ready";
  /** STATUS answers given while processing (the second one says succeeded). */
  statusChecks: number;
  altText: string | null;
}

export type Fault =
  | { status: number; body?: string | object; headers?: Record<string, string> }
  | { kind: "reset" }
  | { kind: "land-then-reset" }
  | { kind: "hang" }
  | { kind: "malformed-201" }
  | { kind: "normal" }; // serve this request as usual (lets a fault target the 2nd post of a thread)

export type OAuthEndpoint = "request_token" | "access_token";

export type FakeRoute =
  | "POST /2/tweets"
  | "GET /2/users/me"
  | "GET /2/users/:id/tweets"
  | "POST /2/media/upload"
  | "POST /2/media/upload/initialize"
  | "POST /2/media/upload/:id/append"
  | "POST /2/media/upload/:id/finalize"
  | "GET /2/media/upload"
  | "POST /2/media/metadata";

export interface FakeRequest {
  method: string;
  /** pathname only, no query */
  path: string;
  /** the query string, "" when none */
  query: string;
  /** 0 when the socket was reset or the request was left hanging */
  status: number;
  authorization: string | undefined;
  /** why the fake refused the request (signature, nonce, …); absent when it served it */
  reason?: string;
}

export interface FakeX {
  url: string;
  tweets: FakeTweet[];
  media: FakeMedia[];
  requests: FakeRequest[];
  /** Faults for the next requests to POST /2/tweets and GET /2/users/me (after their signature is checked), in order. */
  enqueue(...faults: Fault[]): void;
  /**
   * Faults for the next requests of one route (after the signature is checked), played before the shared queue:
   * "POST /2/tweets", "GET /2/users/me", "GET /2/users/:id/tweets", "POST /2/media/upload",
   * "POST /2/media/upload/initialize", "POST /2/media/upload/:id/append", "POST /2/media/upload/:id/finalize",
   * "GET /2/media/upload", "POST /2/media/metadata". "land-then-reset" on POST /2/tweets stores the post first.
   */
  enqueueFor(route: FakeRoute, ...faults: Fault[]): void;
  /**
   * Faults for the next requests to POST /oauth/request_token or /oauth/access_token, in order. "land-then-reset"
   * does the endpoint's work (issues the token, burns the PIN) and then drops the socket; "malformed-201" answers
   * 200 with a body that is not the documented form.
   */
  enqueueOAuth(endpoint: OAuthEndpoint, ...faults: Fault[]): void;
  /** Drops every fault not played yet (a test's "X is healthy again"). */
  clearFaults(): void;
  close(): Promise<void>;
  callbackMode: "pin" | "redirect";
  approvedCallbacks: string[];
  /** The username GET /2/users/me answers with (default FAKE_USER.screenName): a hostile X, say. */
  username: string;
}

// Real bodies from X (PLATFORM-FACTS.md).
const V2_UNAUTHORIZED = { title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" };
const OAUTH_UNAUTHORIZED = { errors: [{ code: 32, message: "Could not authenticate you." }] };
const OAUTH_EXPIRED_TOKEN = { errors: [{ code: 89, message: "Invalid or expired token." }] };
const CALLBACK_NOT_APPROVED = {
  errors: [
    {
      code: 415,
      message:
        "Callback URL not approved for this client application. Approved callback URLs can be adjusted in your application settings",
    },
  ],
};
const BAD_VERIFIER = "Error processing your OAuth request: Invalid oauth_verifier parameter";
const DUPLICATE = {
  detail: "You are not allowed to create a Tweet with duplicate content.",
  type: "about:blank",
  title: "Forbidden",
  status: 403,
};
const READ_ONLY_APP = {
  title: "Forbidden",
  detail: "Your client app is not configured with the appropriate oauth1 app permissions for this endpoint.",
  type: "https://api.twitter.com/2/problems/oauth1-permissions",
  status: 403,
};
// X's answer to a reply from a self-serve app the author did not summon (403, seen in field reports since 2026-02).
export const REPLY_REFUSED = {
  title: "Forbidden",
  status: 403,
  detail:
    "Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.",
  type: "about:blank",
};
const invalidRequest = (message: string, parameters: Record<string, string[]> = {}) => ({
  errors: [{ parameters, message }],
  title: "Invalid Request",
  detail: "One or more parameters to your request was invalid.",
  type: "https://api.twitter.com/2/problems/invalid-request",
});
/** X's limits (docs.x.com media best practices): image 5 MB, GIF 15 MB. */
const MEDIA_LIMITS: Record<string, number> = { tweet_image: 5 * 1024 * 1024, tweet_gif: 15 * 1024 * 1024 };
const TIMESTAMP_WINDOW_S = 300;

// RFC 3986 unreserved set only; everything else as %XX with uppercase hex (RFC 5849 3.6).
function enc(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Parses `OAuth k="v", …` into decoded pairs; null when it is not an OAuth header. */
function parseAuthorization(header: string | undefined): Map<string, string> | null {
  if (!header?.startsWith("OAuth ")) return null;
  const params = new Map<string, string>();
  for (const part of header.slice(6).split(",")) {
    const match = /^\s*([^=\s]+)="([^"]*)"\s*$/.exec(part);
    if (!match) return null;
    const [, key, value] = match as unknown as [string, string, string];
    if (params.has(key)) return null;
    params.set(decodeURIComponent(key), decodeURIComponent(value));
  }
  return params;
}

/** RFC 5849 3.4.1: METHOD & base URI & normalized parameters. */
function baseString(method: string, baseUri: string, params: [string, string][]): string {
  const normalized = params
    .map(([k, v]): [string, string] => [enc(k), enc(v)])
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  return `${method.toUpperCase()}&${enc(baseUri)}&${enc(normalized)}`;
}

function hmacSha1(base: string, consumerSecret: string, tokenSecret: string): string {
  return createHmac("sha1", `${enc(consumerSecret)}&${enc(tokenSecret)}`).update(base).digest("base64");
}

function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** A multipart/form-data body's fields, files as Blobs; null when the body is not multipart or does not parse. */
async function readMultipart(req: IncomingMessage, raw: Buffer): Promise<FormData | null> {
  const type = req.headers["content-type"] ?? "";
  if (!type.startsWith("multipart/form-data")) return null;
  try {
    return await new Response(raw, { headers: { "content-type": type } }).formData();
  } catch {
    return null;
  }
}

/** What a post's type is by its first bytes, as X checks it. */
function sniff(bytes: Buffer): string | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (/^GIF8[79]a/.test(bytes.subarray(0, 6).toString("latin1"))) return "image/gif";
  if (bytes.subarray(0, 4).toString("latin1") === "RIFF" && bytes.subarray(8, 12).toString("latin1") === "WEBP") return "image/webp";
  return null;
}

/** A text as X shows it in a read: &, < and > escaped. */
function escapeX(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

interface RequestToken {
  secret: string;
  callback: string;
  verifier: string | null;
}

interface Auth {
  params: Map<string, string>;
  token: string | undefined;
}

export async function startFakeX(options: FakeXOptions = {}): Promise<FakeX> {
  const now = options.now ?? Date.now;
  const permission = options.permission ?? "read-write";
  const known = options.credentials ?? FAKE_CREDENTIALS;
  const faults: Fault[] = [];
  const oauthFaults: Record<OAuthEndpoint, Fault[]> = { request_token: [], access_token: [] };
  const seenNonces = new Set<string>();
  const requestTokens = new Map<string, RequestToken>();
  const hanging = new Set<ServerResponse>();
  const routeFaults = new Map<FakeRoute, Fault[]>();
  let nextId = 1445880548472328192n;
  let nextMediaId = 1880028106020515840n;
  const tco = new Map<string, string>();

  const fake: FakeX = {
    url: "",
    tweets: [],
    media: [],
    requests: [],
    enqueue: (...more) => void faults.push(...more),
    enqueueFor: (route, ...more) => void routeFaults.set(route, [...(routeFaults.get(route) ?? []), ...more]),
    enqueueOAuth: (endpoint, ...more) => void oauthFaults[endpoint].push(...more),
    clearFaults: () => {
      faults.length = 0;
      routeFaults.clear();
      oauthFaults.request_token.length = 0;
      oauthFaults.access_token.length = 0;
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    callbackMode: "pin",
    approvedCallbacks: [],
    username: FAKE_USER.screenName,
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(req, res, 500, "text/plain", `fake-x bug: ${String(error)}`);
    });
  });

  function record(req: IncomingMessage, status: number, reason?: string): void {
    const url = new URL(req.url ?? "/", "http://x");
    const entry: FakeRequest = {
      method: req.method ?? "",
      path: url.pathname,
      query: url.search.replace(/^\?/, ""),
      status,
      authorization: req.headers.authorization,
    };
    if (reason !== undefined) entry.reason = reason;
    fake.requests.push(entry);
  }

  function send(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    contentType: string,
    body: string,
    extraHeaders: Record<string, string> = {},
    reason?: string,
  ): void {
    record(req, status, reason);
    res.writeHead(status, { "content-type": contentType, ...extraHeaders });
    res.end(body);
  }

  function sendJson(req: IncomingMessage, res: ServerResponse, status: number, body: object, reason?: string): void {
    const type = "title" in body ? "application/problem+json" : "application/json; charset=utf-8";
    send(req, res, status, type, JSON.stringify(body), {}, reason);
  }

  function unauthorized(req: IncomingMessage, res: ServerResponse, path: string, reason: string): void {
    const body = path.startsWith("/oauth/") ? OAUTH_UNAUTHORIZED : V2_UNAUTHORIZED;
    send(req, res, 401, "application/json; charset=utf-8", JSON.stringify(body), { "x-fake-reason": reason }, reason);
  }

  /** Verifies the request's signature; returns the protocol params, or a refusal reason. */
  function verify(req: IncomingMessage, url: URL, raw: Buffer, tokenSecretFor: (token: string | undefined) => string | null): Auth | string {
    // RFC 5849 3.4.1.3.1: only an application/x-www-form-urlencoded body is part of the signature (not JSON, not
    // multipart).
    const body = raw.toString("utf8");
    const header = req.headers.authorization;
    const params = parseAuthorization(header);
    if (!params) return "no OAuth Authorization header";
    for (const key of url.searchParams.keys()) {
      if (key.startsWith("oauth_")) return `protocol parameter ${key} in the query (RFC 5849 3.5: header only)`;
    }
    const isForm = (req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded");
    const form = isForm ? [...new URLSearchParams(body)] : [];
    if (form.some(([key]) => key.startsWith("oauth_"))) return "protocol parameter in the body (RFC 5849 3.5: header only)";
    if (params.get("oauth_consumer_key") !== known.apiKey) return "unknown consumer key";
    if (params.get("oauth_signature_method") !== "HMAC-SHA1") return "signature method is not HMAC-SHA1";
    const version = params.get("oauth_version");
    if (version !== undefined && version !== "1.0") return "oauth_version is not 1.0";
    const timestamp = Number(params.get("oauth_timestamp"));
    if (!Number.isInteger(timestamp) || Math.abs(now() / 1000 - timestamp) > TIMESTAMP_WINDOW_S) return "stale timestamp";
    const nonce = params.get("oauth_nonce");
    if (!nonce) return "missing nonce";
    const token = params.get("oauth_token");
    const tokenSecret = tokenSecretFor(token);
    if (tokenSecret === null) return "unknown token";
    const signature = params.get("oauth_signature") ?? "";
    const signed: [string, string][] = [...url.searchParams, ...form];
    for (const [key, value] of params) if (key !== "oauth_signature" && key !== "realm") signed.push([key, value]);
    const baseUri = `http://${(req.headers.host ?? "").toLowerCase()}${url.pathname}`;
    const expected = hmacSha1(baseString(req.method ?? "", baseUri, signed), known.apiSecret, tokenSecret);
    if (!sameString(signature, expected)) return "bad signature";
    // Only a valid request burns its nonce, so a forged replay cannot block the real one.
    const nonceKey = `${timestamp}:${nonce}`;
    if (seenNonces.has(nonceKey)) return "repeated nonce";
    seenNonces.add(nonceKey);
    return { params, token };
  }

  const userToken = (token: string | undefined): string | null =>
    token === known.accessToken ? known.accessTokenSecret : null;

  /** The next fault for a route: its own queue first, then (for the two routes that share it) the shared one. */
  function nextFault(route: FakeRoute): Fault | undefined {
    const own = routeFaults.get(route);
    if (own && own.length > 0) return own.shift();
    return route === "POST /2/tweets" || route === "GET /2/users/me" ? faults.shift() : undefined;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", fake.url);
    const raw = await readBody(req);
    const route = `${req.method ?? ""} ${url.pathname}`;
    const timeline = /^\/2\/users\/([^/]+)\/tweets$/.exec(url.pathname);
    if (req.method === "GET" && timeline) return ownPosts(req, res, url, raw, decodeURIComponent(timeline[1]!));
    const upload = /^\/2\/media\/upload\/([^/]+)\/(append|finalize)$/.exec(url.pathname);
    if (req.method === "POST" && upload) {
      const [, id, step] = upload as unknown as [string, string, "append" | "finalize"];
      return step === "append" ? appendMedia(req, res, url, raw, id) : finalizeMedia(req, res, url, raw, id);
    }
    switch (route) {
      case "POST /2/tweets":
        return postTweet(req, res, url, raw);
      case "GET /2/users/me": {
        const auth = verify(req, url, raw, userToken);
        if (typeof auth === "string") return unauthorized(req, res, url.pathname, auth);
        // The same queue as POST /2/tweets: a test checking credentials enqueues what X answers them.
        if (playAnswerFault(req, res, nextFault("GET /2/users/me"))) return;
        return sendJson(req, res, 200, { data: { id: FAKE_USER.userId, name: "Release Bot", username: fake.username } });
      }
      case "POST /2/media/upload":
        return uploadMedia(req, res, url, raw);
      case "POST /2/media/upload/initialize":
        return initializeMedia(req, res, url, raw);
      case "GET /2/media/upload":
        return mediaStatus(req, res, url, raw);
      case "POST /2/media/metadata":
        return mediaMetadata(req, res, url, raw);
      case "POST /oauth/request_token":
        return requestToken(req, res, url, raw);
      case "GET /oauth/authorize":
        return authorize(req, res, url);
      case "POST /oauth/access_token":
        return accessToken(req, res, url, raw);
      default:
        return sendJson(req, res, 404, { errors: [{ message: "Sorry, that page does not exist", code: 34 }] });
    }
  }

  function store(text: string, replyTo: string | null, mediaIds: string[]): FakeTweet {
    const tweet = { id: String(nextId++), text, replyTo, mediaIds };
    fake.tweets.push(tweet);
    return tweet;
  }

  /** The t.co link X made for a URL (the same URL keeps its link, as X's shortener does). */
  function shorten(target: string): string {
    let link = tco.get(target);
    if (!link) {
      // X's t.co codes are ten letters and digits.
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
      link = `https://t.co/${Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join("")}`;
      tco.set(target, link);
    }
    return link;
  }

  /** A post's text as a read shows it: links as t.co with their entities, &<> escaped, a media link at the end. */
  function shown(tweet: FakeTweet): { text: string; urls: Record<string, unknown>[] } {
    let text = "";
    let at = 0;
    const urls: Record<string, unknown>[] = [];
    const original = tweet.text.normalize("NFC");
    const points = (value: string): number => Array.from(value).length;
    for (const entity of extractUrlsWithIndices(original)) {
      const [start, end] = entity.indices;
      const target = original.slice(start, end);
      const expanded = /^[a-z][a-z\d+.-]*:\/\//i.test(target) ? target : `http://${target}`;
      text += escapeX(original.slice(at, start));
      const link = shorten(expanded);
      urls.push({ start: points(text), end: points(text) + link.length, url: link, expanded_url: expanded, display_url: target.replace(/^https?:\/\//, "") });
      text += link;
      at = end;
    }
    text += escapeX(original.slice(at));
    for (const mediaId of tweet.mediaIds) {
      const link = shorten(`https://x.com/release_bot/status/${tweet.id}/photo/1`);
      text += ` ${link}`;
      urls.push({
        start: points(text) - link.length,
        end: points(text),
        url: link,
        expanded_url: `https://x.com/${FAKE_USER.screenName}/status/${tweet.id}/photo/1`,
        display_url: `pic.x.com/${mediaId.slice(-10)}`,
        media_key: `3_${mediaId}`,
      });
    }
    return { text, urls };
  }

  function ownPosts(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer, userId: string): void {
    const auth = verify(req, url, raw, userToken);
    if (typeof auth === "string") return unauthorized(req, res, url.pathname, auth);
    if (playAnswerFault(req, res, nextFault("GET /2/users/:id/tweets"))) return;
    const maxText = url.searchParams.get("max_results") ?? "10";
    const max = Number(maxText);
    if (!/^\d+$/.test(maxText) || max < 5 || max > 100) {
      return sendJson(req, res, 400, invalidRequest(`The \`max_results\` query parameter value [${maxText}] is not between 5 and 100`, { max_results: [maxText] }));
    }
    const fields = new Set((url.searchParams.get("tweet.fields") ?? "").split(",").filter(Boolean));
    const offset = Number(/^page-(\d+)$/.exec(url.searchParams.get("pagination_token") ?? "")?.[1] ?? "0");
    const own = userId === FAKE_USER.userId ? [...fake.tweets].reverse() : [];
    const page = own.slice(offset, offset + max);
    const data = page.map((tweet) => {
      const { text, urls } = shown(tweet);
      // X's `text` of a post over 280 (weighted) is cut; the whole one is note_tweet's, asked for by name.
      const long = parseTweet(tweet.text).weightedLength > 280;
      const item: Record<string, unknown> = { id: tweet.id, text: long ? `${Array.from(text).slice(0, 270).join("")}…` : text, edit_history_tweet_ids: [tweet.id] };
      if (fields.has("entities") && urls.length > 0 && !long) item.entities = { urls };
      if (fields.has("note_tweet") && long) item.note_tweet = { text, ...(fields.has("entities") && urls.length > 0 ? { entities: { urls } } : {}) };
      if (fields.has("referenced_tweets") && tweet.replyTo) item.referenced_tweets = [{ type: "replied_to", id: tweet.replyTo }];
      if (fields.has("in_reply_to_user_id") && tweet.replyTo) item.in_reply_to_user_id = FAKE_USER.userId;
      if (fields.has("conversation_id")) item.conversation_id = conversationOf(tweet);
      if (fields.has("created_at")) item.created_at = new Date(now()).toISOString();
      return item;
    });
    const meta: Record<string, unknown> = { result_count: data.length };
    if (data.length > 0) Object.assign(meta, { newest_id: page[0]!.id, oldest_id: page.at(-1)!.id });
    if (offset + max < own.length) meta.next_token = `page-${offset + max}`;
    sendJson(req, res, 200, data.length > 0 ? { data, meta } : { meta });
  }

  function conversationOf(tweet: FakeTweet): string {
    let root = tweet;
    while (root.replyTo) root = fake.tweets.find((t) => t.id === root.replyTo) ?? root;
    return root.id;
  }

  function mediaAnswer(media: FakeMedia): Record<string, unknown> {
    const data: Record<string, unknown> = { id: media.id, media_key: `3_${media.id}`, expires_after_secs: 86_400 };
    if (media.state !== "uploading") data.size = media.bytes.length;
    if (media.state === "processing") data.processing_info = { state: media.statusChecks === 0 ? "pending" : "in_progress", check_after_secs: 1 };
    return { data };
  }

  function mediaTooLarge(req: IncomingMessage, res: ServerResponse, category: string, size: number): boolean {
    const limit = MEDIA_LIMITS[category];
    if (limit === undefined || size <= limit) return false;
    sendJson(req, res, 400, { title: "Invalid Request", detail: `File size exceeds ${limit} bytes.`, type: "about:blank", status: 400 });
    return true;
  }

  async function uploadMedia(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer): Promise<void> {
    const auth = verify(req, url, raw, userToken);
    if (typeof auth === "string") return unauthorized(req, res, url.pathname, auth);
    if (playAnswerFault(req, res, nextFault("POST /2/media/upload"))) return;
    const form = await readMultipart(req, raw);
    const file = form?.get("media");
    const category = form?.get("media_category");
    if (!(file instanceof Blob) || typeof category !== "string" || !(category in MEDIA_LIMITS)) {
      return sendJson(req, res, 400, invalidRequest("A multipart `media` file and a `media_category` are required.", { media_category: [typeof category === "string" ? category : "(none)"] }));
    }
    const bytes = Buffer.from(await file.arrayBuffer());
    if (mediaTooLarge(req, res, category, bytes.length)) return;
    if (sniff(bytes) === null) return sendJson(req, res, 400, { title: "Invalid Request", detail: "Unsupported media type.", type: "about:blank", status: 400 });
    const media: FakeMedia = { id: String(nextMediaId++), category, mediaType: file.type, bytes, segments: new Map(), totalBytes: bytes.length, state: "ready", statusChecks: 0, altText: null };
    fake.media.push(media);
    sendJson(req, res, 200, mediaAnswer(media));
  }

  function initializeMedia(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer): void {
    const auth = verify(req, url, raw, userToken);
    if (typeof auth === "string") return unauthorized(req, res, url.pathname, auth);
    if (playAnswerFault(req, res, nextFault("POST /2/media/upload/initialize"))) return;
    let payload: { total_bytes?: unknown; media_type?: unknown; media_category?: unknown };
    try {
      payload = JSON.parse(raw.toString("utf8")) as typeof payload;
    } catch {
      return sendJson(req, res, 400, { title: "Invalid Request", detail: "Body is not JSON.", type: "about:blank", status: 400 });
    }
    const { total_bytes: total, media_type: type, media_category: category } = payload;
    if (typeof total !== "number" || typeof type !== "string" || typeof category !== "string" || !(category in MEDIA_LIMITS)) {
      return sendJson(req, res, 400, invalidRequest("total_bytes, media_type and media_category are required."));
    }
    if (mediaTooLarge(req, res, category, total)) return;
    const media: FakeMedia = { id: String(nextMediaId++), category, mediaType: type, bytes: Buffer.alloc(0), segments: new Map(), totalBytes: total, state: "uploading", statusChecks: 0, altText: null };
    fake.media.push(media);
    sendJson(req, res, 200, mediaAnswer(media));
  }

  async function appendMedia(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer, id: string): Promise<void> {
    const auth = verify(req, url, raw, userToken);
    if (typeof auth === "string") return unauthorized(req, res, url.pathname, auth);
    if (playAnswerFault(req, res, nextFault("POST /2/media/upload/:id/append"))) return;
    const media = fake.media.find((m) => m.id === id && m.state === "uploading");
    const form = await readMultipart(req, raw);
    const file = form?.get("media");
    const index = Number(form?.get("segment_index"));
    if (!media || !(file instanceof Blob) || !Number.isInteger(index) || index < 0 || index > 999) {
      return sendJson(req, res, 400, invalidRequest("A known upload, a multipart `media` segment and a `segment_index` are required.", { id: [id] }));
    }
    media.segments.set(index, Buffer.from(await file.arrayBuffer()));
    sendJson(req, res, 200, { data: { expires_at: Math.floor(now() / 1000) + 86_400 } });
  }

  function finalizeMedia(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer, id: string): void {
    const auth = verify(req, url, raw, userToken);
    if (typeof auth === "string") return unauthorized(req, res, url.pathname, auth);
    if (playAnswerFault(req, res, nextFault("POST /2/media/upload/:id/finalize"))) return;
    const media = fake.media.find((m) => m.id === id);
    if (!media) return sendJson(req, res, 400, invalidRequest("Unknown media id.", { id: [id] }));
    if (media.state === "uploading") {
      const indexes = [...media.segments.keys()].sort((a, b) => a - b);
      if (indexes.some((index, at) => index !== at)) return sendJson(req, res, 400, invalidRequest("Segments are missing.", { id: [id] }));
      media.bytes = Buffer.concat(indexes.map((index) => media.segments.get(index)!));
      if (media.bytes.length !== media.totalBytes) {
        return sendJson(req, res, 400, invalidRequest(`File size ${media.bytes.length} does not match total_bytes ${media.totalBytes}.`, { id: [id] }));
      }
      if (sniff(media.bytes) === null) return sendJson(req, res, 400, { title: "Invalid Request", detail: "Unsupported media type.", type: "about:blank", status: 400 });
      // X processes a GIF after the upload (async finalize); an image is ready at once.
      media.state = media.category === "tweet_gif" ? "processing" : "ready";
    }
    sendJson(req, res, 200, mediaAnswer(media));
  }

  function mediaStatus(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer): void {
    const auth = verify(req, url, raw, userToken);
    if (typeof auth === "string") return unauthorized(req, res, url.pathname, auth);
    if (playAnswerFault(req, res, nextFault("GET /2/media/upload"))) return;
    const media = fake.media.find((m) => m.id === url.searchParams.get("media_id"));
    if (url.searchParams.get("command") !== "STATUS" || !media) return sendJson(req, res, 400, invalidRequest("Unknown media id.", { media_id: [String(url.searchParams.get("media_id"))] }));
    if (media.state === "processing") {
      media.statusChecks++;
      if (media.statusChecks >= 2) media.state = "ready";
    }
    const data = mediaAnswer(media).data as Record<string, unknown>;
    if (media.state === "ready") data.processing_info = { state: "succeeded", progress_percent: 100 };
    sendJson(req, res, 200, { data });
  }

  function mediaMetadata(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer): void {
    const auth = verify(req, url, raw, userToken);
    if (typeof auth === "string") return unauthorized(req, res, url.pathname, auth);
    if (playAnswerFault(req, res, nextFault("POST /2/media/metadata"))) return;
    let payload: { id?: unknown; metadata?: { alt_text?: { text?: unknown } } };
    try {
      payload = JSON.parse(raw.toString("utf8")) as typeof payload;
    } catch {
      return sendJson(req, res, 400, { title: "Invalid Request", detail: "Body is not JSON.", type: "about:blank", status: 400 });
    }
    const media = fake.media.find((m) => m.id === payload.id && m.state !== "uploading");
    const text = payload.metadata?.alt_text?.text;
    if (!media || typeof text !== "string") return sendJson(req, res, 400, invalidRequest("A known media id and metadata.alt_text.text are required.", { id: [String(payload.id)] }));
    if (Array.from(text).length > 1000) return sendJson(req, res, 400, invalidRequest("alt_text.text must be at most 1000 characters.", { "metadata.alt_text.text": ["…"] }));
    media.altText = text;
    sendJson(req, res, 200, { data: { id: media.id, associated_metadata: { alt_text: { text } } } });
  }

  /** Plays a fault that replaces the answer (a status, a reset, a hang); true when it answered. */
  function playAnswerFault(req: IncomingMessage, res: ServerResponse, fault: Fault | undefined): boolean {
    if (fault && "status" in fault) {
      const headers = { ...fault.headers };
      const isText = typeof fault.body === "string" || fault.body === undefined;
      const text = fault.body === undefined ? "" : typeof fault.body === "string" ? fault.body : JSON.stringify(fault.body);
      const type = isText ? (text.trimStart().startsWith("<") ? "text/html" : "text/plain") : "application/problem+json";
      send(req, res, fault.status, headers["content-type"] ?? type, text, headers);
      return true;
    }
    if (fault?.kind === "reset") {
      record(req, 0, "fault: reset");
      req.socket.destroy();
      return true;
    }
    if (fault?.kind === "hang") {
      record(req, 0, "fault: hang");
      hanging.add(res);
      return true;
    }
    return false;
  }

  /** Answers a form-encoded OAuth success, or plays the fault that happens after the work is done. */
  function sendOAuthForm(req: IncomingMessage, res: ServerResponse, answer: URLSearchParams, fault: Fault | undefined): void {
    if (fault && "kind" in fault && fault.kind === "land-then-reset") {
      record(req, 0, "fault: land-then-reset");
      req.socket.destroy();
      return;
    }
    if (fault && "kind" in fault && fault.kind === "malformed-201") {
      return send(req, res, 200, "text/html;charset=utf-8", "<html><body>Something went wrong</body></html>");
    }
    send(req, res, 200, "text/html;charset=utf-8", answer.toString());
  }

  function postTweet(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer): void {
    const auth = verify(req, url, raw, userToken);
    if (typeof auth === "string") return unauthorized(req, res, url.pathname, auth);
    if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
      return sendJson(req, res, 400, { title: "Invalid Request", detail: "Expected a JSON body.", type: "about:blank", status: 400 });
    }
    let payload: { text?: unknown; reply?: { in_reply_to_tweet_id?: unknown }; media?: { media_ids?: unknown } };
    try {
      payload = JSON.parse(raw.toString("utf8")) as typeof payload;
    } catch {
      return sendJson(req, res, 400, { title: "Invalid Request", detail: "Body is not JSON.", type: "about:blank", status: 400 });
    }
    const fault = nextFault("POST /2/tweets");
    if (playAnswerFault(req, res, fault)) return;
    const after = fault && "kind" in fault ? fault.kind : undefined;
    if (permission === "read") return sendJson(req, res, 403, READ_ONLY_APP);
    if (typeof payload.text !== "string" || payload.text === "") {
      return sendJson(req, res, 400, { title: "Invalid Request", detail: "text is required.", type: "about:blank", status: 400 });
    }
    const replyTo = payload.reply?.in_reply_to_tweet_id;
    if (replyTo !== undefined && options.replies === "refused") return sendJson(req, res, 403, REPLY_REFUSED);
    if (replyTo !== undefined && (typeof replyTo !== "string" || !fake.tweets.some((t) => t.id === replyTo))) {
      return sendJson(req, res, 400, {
        errors: [{ parameters: { "reply.in_reply_to_tweet_id": [JSON.stringify(replyTo)] }, message: "The reply target does not exist." }],
        title: "Invalid Request",
        detail: "One or more parameters to your request was invalid.",
        type: "https://api.twitter.com/2/problems/invalid-request",
      });
    }
    const mediaIds = payload.media?.media_ids ?? [];
    const usable = (id: unknown) => fake.media.some((m) => m.id === id && m.state === "ready");
    if (!Array.isArray(mediaIds) || mediaIds.length > 4 || !mediaIds.every(usable)) {
      return sendJson(req, res, 400, invalidRequest("Your media IDs are invalid.", { "media.media_ids": [JSON.stringify(mediaIds)] }));
    }
    if (fake.tweets.some((t) => t.text === payload.text)) return sendJson(req, res, 403, DUPLICATE);
    const tweet = store(payload.text, replyTo ?? null, mediaIds as string[]);
    if (after === "land-then-reset") {
      record(req, 0, "fault: land-then-reset");
      req.socket.destroy();
      return;
    }
    if (after === "malformed-201") {
      return send(req, res, 201, "application/json", `{"data":{"edit_history_tweet_ids":`);
    }
    sendJson(req, res, 201, { data: { id: tweet.id, text: tweet.text } });
  }

  function requestToken(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer): void {
    const fault = oauthFaults.request_token.shift();
    if (playAnswerFault(req, res, fault)) return;
    const auth = verify(req, url, raw, (token) => (token === undefined ? "" : null));
    if (typeof auth === "string") return unauthorized(req, res, url.pathname, auth);
    const callback = auth.params.get("oauth_callback");
    if (callback === undefined) return unauthorized(req, res, url.pathname, "missing oauth_callback");
    if (callback !== "oob" && !fake.approvedCallbacks.includes(callback)) {
      return sendJson(req, res, 403, CALLBACK_NOT_APPROVED);
    }
    const token = `req-${randomBytes(12).toString("hex")}`;
    const secret = randomBytes(16).toString("hex");
    requestTokens.set(token, { secret, callback, verifier: null });
    const answer = new URLSearchParams({ oauth_token: token, oauth_token_secret: secret, oauth_callback_confirmed: "true" });
    sendOAuthForm(req, res, answer, fault);
  }

  function authorize(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const token = url.searchParams.get("oauth_token") ?? "";
    const pending = requestTokens.get(token);
    if (!pending) {
      return send(req, res, 403, "text/html", "<html><body><p>This page is no longer valid.</p></body></html>");
    }
    pending.verifier = String(randomInt(1_000_000, 10_000_000));
    if (fake.callbackMode === "redirect" && pending.callback !== "oob") {
      const target = new URL(pending.callback);
      target.searchParams.set("oauth_token", token);
      target.searchParams.set("oauth_verifier", pending.verifier);
      return send(req, res, 302, "text/html", "", { location: target.toString() });
    }
    send(req, res, 200, "text/html", `<html><body><p>Enter this PIN:</p><code id="pin">${pending.verifier}</code></body></html>`);
  }

  function accessToken(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer): void {
    const fault = oauthFaults.access_token.shift();
    if (playAnswerFault(req, res, fault)) return;
    const token = parseAuthorization(req.headers.authorization)?.get("oauth_token");
    const pending = token === undefined ? undefined : requestTokens.get(token);
    if (!pending) {
      return send(req, res, 401, "application/json", JSON.stringify(OAUTH_EXPIRED_TOKEN), {}, "unknown request token");
    }
    const auth = verify(req, url, raw, (t) => (t === token ? pending.secret : null));
    if (typeof auth === "string") return unauthorized(req, res, url.pathname, auth);
    const verifier = auth.params.get("oauth_verifier");
    if (pending.verifier === null || verifier !== pending.verifier) {
      return send(req, res, 401, "text/plain", BAD_VERIFIER, {}, "bad or used verifier");
    }
    // Single-use: the token stays known, so a second exchange meets X's verifier error, not "expired".
    pending.verifier = null;
    const answer = new URLSearchParams({
      oauth_token: known.accessToken,
      oauth_token_secret: known.accessTokenSecret,
      user_id: FAKE_USER.userId,
      screen_name: FAKE_USER.screenName,
    });
    sendOAuthForm(req, res, answer, fault);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
