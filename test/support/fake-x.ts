// A loopback stand-in for api.x.com: verifies every OAuth 1.0a signature with its own RFC 5849 code, stores posts, plays faults.
// Deliberately independent of src/x/oauth.ts and of the oauth-1.0a package, so a signing bug cannot agree with itself.
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
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
}

export interface FakeTweet {
  id: string;
  text: string;
  replyTo: string | null;
}

export type Fault =
  | { status: number; body?: string | object; headers?: Record<string, string> }
  | { kind: "reset" }
  | { kind: "land-then-reset" }
  | { kind: "hang" }
  | { kind: "malformed-201" }
  | { kind: "normal" }; // serve this request as usual (lets a fault target the 2nd post of a thread)

export type OAuthEndpoint = "request_token" | "access_token";

export interface FakeRequest {
  method: string;
  /** pathname only, no query */
  path: string;
  /** 0 when the socket was reset or the request was left hanging */
  status: number;
  authorization: string | undefined;
  /** why the fake refused the request (signature, nonce, …); absent when it served it */
  reason?: string;
}

export interface FakeX {
  url: string;
  tweets: FakeTweet[];
  requests: FakeRequest[];
  /** Faults for the next requests to POST /2/tweets and GET /2/users/me (after their signature is checked), in order. */
  enqueue(...faults: Fault[]): void;
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

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
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
  let nextId = 1445880548472328192n;

  const fake: FakeX = {
    url: "",
    tweets: [],
    requests: [],
    enqueue: (...more) => void faults.push(...more),
    enqueueOAuth: (endpoint, ...more) => void oauthFaults[endpoint].push(...more),
    clearFaults: () => {
      faults.length = 0;
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
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const entry: FakeRequest = { method: req.method ?? "", path, status, authorization: req.headers.authorization };
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
  function verify(req: IncomingMessage, url: URL, body: string, tokenSecretFor: (token: string | undefined) => string | null): Auth | string {
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

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", fake.url);
    const body = await readBody(req);
    const route = `${req.method ?? ""} ${url.pathname}`;
    switch (route) {
      case "POST /2/tweets":
        return postTweet(req, res, url, body);
      case "GET /2/users/me": {
        const auth = verify(req, url, body, userToken);
        if (typeof auth === "string") return unauthorized(req, res, url.pathname, auth);
        // The same queue as POST /2/tweets: a test checking credentials enqueues what X answers them.
        if (playAnswerFault(req, res, faults.shift())) return;
        return sendJson(req, res, 200, { data: { id: FAKE_USER.userId, name: "Release Bot", username: fake.username } });
      }
      case "POST /oauth/request_token":
        return requestToken(req, res, url, body);
      case "GET /oauth/authorize":
        return authorize(req, res, url);
      case "POST /oauth/access_token":
        return accessToken(req, res, url, body);
      default:
        return sendJson(req, res, 404, { errors: [{ message: "Sorry, that page does not exist", code: 34 }] });
    }
  }

  function store(text: string, replyTo: string | null): FakeTweet {
    const tweet = { id: String(nextId++), text, replyTo };
    fake.tweets.push(tweet);
    return tweet;
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

  function postTweet(req: IncomingMessage, res: ServerResponse, url: URL, body: string): void {
    const auth = verify(req, url, body, userToken);
    if (typeof auth === "string") return unauthorized(req, res, url.pathname, auth);
    if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
      return sendJson(req, res, 400, { title: "Invalid Request", detail: "Expected a JSON body.", type: "about:blank", status: 400 });
    }
    let payload: { text?: unknown; reply?: { in_reply_to_tweet_id?: unknown } };
    try {
      payload = JSON.parse(body) as typeof payload;
    } catch {
      return sendJson(req, res, 400, { title: "Invalid Request", detail: "Body is not JSON.", type: "about:blank", status: 400 });
    }
    const fault = faults.shift();
    if (playAnswerFault(req, res, fault)) return;
    const after = fault && "kind" in fault ? fault.kind : undefined;
    if (permission === "read") return sendJson(req, res, 403, READ_ONLY_APP);
    if (typeof payload.text !== "string" || payload.text === "") {
      return sendJson(req, res, 400, { title: "Invalid Request", detail: "text is required.", type: "about:blank", status: 400 });
    }
    const replyTo = payload.reply?.in_reply_to_tweet_id;
    if (replyTo !== undefined && (typeof replyTo !== "string" || !fake.tweets.some((t) => t.id === replyTo))) {
      return sendJson(req, res, 400, {
        errors: [{ parameters: { "reply.in_reply_to_tweet_id": [JSON.stringify(replyTo)] }, message: "The reply target does not exist." }],
        title: "Invalid Request",
        detail: "One or more parameters to your request was invalid.",
        type: "https://api.twitter.com/2/problems/invalid-request",
      });
    }
    if (fake.tweets.some((t) => t.text === payload.text)) return sendJson(req, res, 403, DUPLICATE);
    const tweet = store(payload.text, replyTo ?? null);
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

  function requestToken(req: IncomingMessage, res: ServerResponse, url: URL, body: string): void {
    const fault = oauthFaults.request_token.shift();
    if (playAnswerFault(req, res, fault)) return;
    const auth = verify(req, url, body, (token) => (token === undefined ? "" : null));
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

  function accessToken(req: IncomingMessage, res: ServerResponse, url: URL, body: string): void {
    const fault = oauthFaults.access_token.shift();
    if (playAnswerFault(req, res, fault)) return;
    const token = parseAuthorization(req.headers.authorization)?.get("oauth_token");
    const pending = token === undefined ? undefined : requestTokens.get(token);
    if (!pending) {
      return send(req, res, 401, "application/json", JSON.stringify(OAUTH_EXPIRED_TOKEN), {}, "unknown request token");
    }
    const auth = verify(req, url, body, (t) => (t === token ? pending.secret : null));
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
