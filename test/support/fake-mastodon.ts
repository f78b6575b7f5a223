// A loopback stand-in for a Mastodon instance: bearer tokens with scopes (Doorkeeper's 401/403 bodies), app
// registration and the authorization-code flow, /api/v2/instance, statuses counted and refused as Mastodon does, the
// Idempotency-Key (per account, one hour, on a clock the test can move), HTML content, and faults on demand.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import extractUrlsWithIndices from "twitter-text/dist/extractUrlsWithIndices.js";

export const FAKE_MASTO = {
  accountId: "109876543210000001",
  username: "release_bot",
  /** A token with every scope release-tweet asks for. */
  token: "fake-mastodon-token-0123456789abcdef",
  otherAccountId: "109876543210000002",
};
export const FULL_SCOPES = ["read:accounts", "read:statuses", "write:statuses", "write:media"];

export interface FakeMastodonOptions {
  /** configuration.statuses; `null` leaves the statuses block out (an instance that does not say). Default 500 / 23. */
  statusesConfig?: { max_characters: number; characters_reserved_per_url: number } | null;
  /** GET /api/v2/instance answers 404 (Mastodon before 4.0). */
  noInstanceV2?: boolean;
  /** Epoch ms for created_at, Date and the Idempotency-Key's hour. Default Date.now plus `advance()`. */
  now?: () => number;
}

export interface FakeStatus {
  id: string;
  accountId: string;
  text: string;
  inReplyToId: string | null;
  visibility: string;
  language: string | null;
  createdAt: number;
}

export type MastodonFault =
  | { status: number; body?: string | object; headers?: Record<string, string> }
  | { kind: "reset" }
  | { kind: "land-then-reset" }
  | { kind: "land-then-500" }
  | { kind: "hang" }
  | { kind: "normal" };

export interface FakeMastodonRequest {
  method: string;
  path: string;
  status: number;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  reason?: string;
}

export interface FakeMastodon {
  url: string;
  statuses: FakeStatus[];
  apps: Array<{ clientId: string; clientSecret: string; redirectUri: string; scopes: string[] }>;
  requests: FakeMastodonRequest[];
  /** Faults for the next requests to "METHOD /path" (e.g. "POST /api/v1/statuses"), in order. */
  enqueue(route: string, ...faults: MastodonFault[]): void;
  /** A token of the bot's account with these scopes. */
  issueToken(scopes: string[]): string;
  /** Moves the clock on (e.g. past the Idempotency-Key's hour). */
  advance(ms: number): void;
  /** A status written by someone, e.g. another account's reply inside the bot's thread. */
  insertStatus(status: Omit<FakeStatus, "id" | "createdAt" | "visibility" | "language">): FakeStatus;
  close(): Promise<void>;
}

const UNAUTHORIZED = { error: "The access token is invalid" };
const FORBIDDEN = { error: "This action is outside the authorized scopes" };
const NOT_FOUND = { error: "Record not found" };
const INVALID_GRANT = {
  error: "invalid_grant",
  error_description:
    "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.",
};
const INVALID_CLIENT = {
  error: "invalid_client",
  error_description: "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.",
};
const IDEMPOTENCY_TTL_MS = 3_600_000;
const KNOWN_SCOPES = new Set(["read", "write", "profile", "read:accounts", "read:statuses", "write:statuses", "write:media", "follow", "push"]);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** JSON, form or multipart bodies into one flat map (arrays for repeated or [] keys). */
function readParams(req: IncomingMessage, body: string): Record<string, string | string[]> {
  const type = req.headers["content-type"] ?? "";
  if (type.startsWith("application/json")) {
    const value = JSON.parse(body) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v)]));
  }
  if (type.startsWith("multipart/form-data")) {
    const boundary = /boundary=(.+)$/.exec(type)?.[1] ?? "";
    const out: Record<string, string | string[]> = {};
    for (const part of body.split(`--${boundary}`)) {
      const match = /name="([^"]+)"\r\n\r\n([\s\S]*)\r\n$/.exec(part);
      if (match) out[match[1]!] = match[2]!;
    }
    return out;
  }
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    if (key.endsWith("[]")) out[key.slice(0, -2)] = [...((out[key.slice(0, -2)] as string[] | undefined) ?? []), value];
    else out[key] = value;
  }
  return out;
}

/** Mastodon's countable length: graphemes, URLs (twitter-text, scheme required) as `urlWeight`, @user@domain as @user. */
function countableLength(text: string, urlWeight: number): number {
  let rest = text;
  for (const url of extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false }).reverse()) {
    rest = rest.slice(0, url.indices[0]) + "x".repeat(urlWeight) + rest.slice(url.indices[1]);
  }
  rest = rest.replace(/(?<![=/\w])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)@[\w.-]+\w/gi, "@$1");
  return [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(rest)].length;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" }[c]};`);

/** Roughly Mastodon's TextFormatter: escaped text, linked URLs with invisible scheme spans, <p> and <br />. */
function renderContent(text: string): string {
  let html = "";
  let from = 0;
  for (const url of extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })) {
    const [start, end] = url.indices;
    html += escapeHtml(text.slice(from, start));
    const prefix = /^https?:\/\/(?:www\.)?/.exec(url.url)?.[0] ?? "";
    const shown = url.url.slice(prefix.length, prefix.length + 30);
    const hidden = url.url.slice(prefix.length + 30);
    const cut = hidden !== "" ? "ellipsis" : "";
    html += `<a href="${escapeHtml(url.url)}" target="_blank" rel="nofollow noopener"><span class="invisible">${escapeHtml(prefix)}</span><span class="${cut}">${escapeHtml(shown)}</span><span class="invisible">${escapeHtml(hidden)}</span></a>`;
    from = end;
  }
  html += escapeHtml(text.slice(from));
  return html
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, "<br />")}</p>`)
    .join("");
}

export async function startFakeMastodon(options: FakeMastodonOptions = {}): Promise<FakeMastodon> {
  let offset = 0;
  const now = () => (options.now ?? Date.now)() + offset;
  const faults = new Map<string, MastodonFault[]>();
  const tokens = new Map<string, { accountId: string; scopes: Set<string> }>([[FAKE_MASTO.token, { accountId: FAKE_MASTO.accountId, scopes: new Set(FULL_SCOPES) }]]);
  const codes = new Map<string, { clientId: string; redirectUri: string; scopes: string[] }>();
  const idempotency = new Map<string, { statusId: string; at: number }>();
  const hanging = new Set<ServerResponse>();
  let nextId = 110000000000000000n;
  const config = options.statusesConfig === undefined ? { max_characters: 500, characters_reserved_per_url: 23 } : options.statusesConfig;

  const fake: FakeMastodon = {
    url: "",
    statuses: [],
    apps: [],
    requests: [],
    enqueue: (route, ...more) => void faults.set(route, [...(faults.get(route) ?? []), ...more]),
    issueToken: (scopes) => {
      const token = `fake-mastodon-${randomBytes(12).toString("hex")}`;
      tokens.set(token, { accountId: FAKE_MASTO.accountId, scopes: new Set(scopes) });
      return token;
    },
    advance: (ms) => void (offset += ms),
    insertStatus: (status) => {
      const stored: FakeStatus = { ...status, id: String(nextId++), createdAt: now(), visibility: "public", language: null };
      fake.statuses.push(stored);
      return stored;
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(`fake-mastodon bug: ${String(error)}`);
      }
    });
  });

  function log(req: IncomingMessage, path: string, status: number, reason?: string): void {
    const key = req.headers["idempotency-key"];
    const entry: FakeMastodonRequest = { method: req.method ?? "", path, status, authorization: req.headers.authorization, idempotencyKey: typeof key === "string" ? key : undefined };
    if (reason !== undefined) entry.reason = reason;
    fake.requests.push(entry);
  }

  function send(req: IncomingMessage, res: ServerResponse, path: string, status: number, body: unknown, extra: { reason?: string; headers?: Record<string, string>; type?: string } = {}): void {
    log(req, path, status, extra.reason);
    res.writeHead(status, { "content-type": extra.type ?? "application/json; charset=utf-8", date: new Date(now()).toUTCString(), ...extra.headers });
    res.end(typeof body === "string" ? body : JSON.stringify(body));
  }

  function accountJson(id: string) {
    const username = id === FAKE_MASTO.accountId ? FAKE_MASTO.username : "someone_else";
    return { id, username, acct: username, display_name: username, url: `${fake.url}/@${username}`, bot: true };
  }

  function statusJson(s: FakeStatus) {
    const account = accountJson(s.accountId);
    return {
      id: s.id,
      created_at: new Date(s.createdAt).toISOString(),
      in_reply_to_id: s.inReplyToId,
      in_reply_to_account_id: s.inReplyToId ? (fake.statuses.find((p) => p.id === s.inReplyToId)?.accountId ?? null) : null,
      sensitive: false,
      spoiler_text: "",
      visibility: s.visibility,
      language: s.language,
      uri: `${fake.url}/users/${account.username}/statuses/${s.id}`,
      url: `${fake.url}/@${account.username}/${s.id}`,
      replies_count: fake.statuses.filter((p) => p.inReplyToId === s.id).length,
      reblogs_count: 0,
      favourites_count: 0,
      content: renderContent(s.text),
      reblog: null,
      application: { name: "release-tweet", website: null },
      account,
      media_attachments: [],
      mentions: [],
      tags: [],
      emojis: [],
      card: null,
      poll: null,
    };
  }

  /** Doorkeeper: the token's account when it has one of `scopes`; else the 401 or 403 answer. */
  function authorize(req: IncomingMessage, scopes: string[], optional = false): { accountId: string } | { status: number; body: object; reason: string } | null {
    const header = req.headers.authorization;
    if (!header) return optional ? null : { status: 401, body: UNAUTHORIZED, reason: "no token" };
    const token = /^Bearer (\S+)$/.exec(header)?.[1];
    const grant = token ? tokens.get(token) : undefined;
    if (!grant) return { status: 401, body: UNAUTHORIZED, reason: "unknown token" };
    if (!scopes.some((scope) => grant.scopes.has(scope))) return { status: 403, body: FORBIDDEN, reason: `needs one of ${scopes.join(" ")}` };
    return { accountId: grant.accountId };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    const body = await readBody(req);
    const path = url.pathname;
    const route = `${req.method ?? ""} ${path.replace(/\/\d+(?=\/|$)/g, "/:id")}`;
    const fault = faults.get(route)?.shift();
    if (fault && "status" in fault) {
      const text = fault.body === undefined ? "" : typeof fault.body === "string" ? fault.body : JSON.stringify(fault.body);
      const type = typeof fault.body === "object" ? "application/json; charset=utf-8" : "text/html; charset=utf-8";
      return send(req, res, path, fault.status, text, { reason: "fault", headers: fault.headers, type });
    }
    if (fault && fault.kind === "reset") {
      log(req, path, 0, "fault: reset");
      req.socket.destroy();
      return;
    }
    if (fault && fault.kind === "hang") {
      log(req, path, 0, "fault: hang");
      hanging.add(res);
      return;
    }
    const after = fault && "kind" in fault ? fault.kind : undefined;
    let params: Record<string, string | string[]>;
    try {
      params = req.method === "POST" ? readParams(req, body) : Object.fromEntries(url.searchParams);
    } catch {
      return send(req, res, path, 400, { error: "Malformed JSON" }, { reason: "bad body" });
    }

    switch (route) {
      case "GET /api/v2/instance":
        if (options.noInstanceV2) return send(req, res, path, 404, { error: "Not Found" }, { reason: "no v2" });
        return send(req, res, path, 200, {
          domain: new URL(fake.url).host,
          title: "Fake Mastodon",
          version: "4.3.0",
          configuration: { urls: { streaming: fake.url.replace(/^http/, "ws") }, ...(config ? { statuses: { ...config, max_media_attachments: 4 } } : {}) },
        });
      case "POST /api/v1/apps":
        return createApp(req, res, path, params);
      case "GET /oauth/authorize":
        return authorizePage(req, res, path, url);
      case "POST /oauth/token":
        return token(req, res, path, params);
      case "GET /api/v1/accounts/verify_credentials": {
        const auth = authorize(req, ["profile", "read", "read:accounts"]);
        if (!auth || "status" in auth) return send(req, res, path, auth?.status ?? 401, auth?.body ?? UNAUTHORIZED, { reason: auth?.reason });
        return send(req, res, path, 200, accountJson(auth.accountId));
      }
      case "POST /api/v1/statuses":
        return createStatus(req, res, path, params, after);
      case "GET /api/v1/accounts/:id/statuses": {
        const auth = authorize(req, ["read", "read:statuses"], true);
        if (auth && "status" in auth) return send(req, res, path, auth.status, auth.body, { reason: auth.reason });
        const id = path.split("/")[4];
        const limit = Math.min(Number(params.limit ?? 20) || 20, 40);
        const own = fake.statuses.filter((s) => s.accountId === id).reverse().slice(0, limit);
        return send(req, res, path, 200, own.map(statusJson));
      }
      case "GET /api/v1/statuses/:id/context": {
        const auth = authorize(req, ["read", "read:statuses"], true);
        if (auth && "status" in auth) return send(req, res, path, auth.status, auth.body, { reason: auth.reason });
        const id = path.split("/")[4]!;
        if (!fake.statuses.some((s) => s.id === id)) return send(req, res, path, 404, NOT_FOUND);
        const descendants: FakeStatus[] = [];
        const walk = (parent: string) => {
          for (const child of fake.statuses.filter((s) => s.inReplyToId === parent)) {
            descendants.push(child);
            walk(child.id);
          }
        };
        walk(id);
        return send(req, res, path, 200, { ancestors: [], descendants: descendants.map(statusJson) });
      }
      default:
        return send(req, res, path, 404, { error: "Not Found" }, { reason: "unknown route" });
    }
  }

  function createApp(req: IncomingMessage, res: ServerResponse, path: string, params: Record<string, string | string[]>): void {
    const name = String(params.client_name ?? "");
    const redirectUri = String(params.redirect_uris ?? "");
    const scopes = String(params.scopes ?? "read").split(/\s+/).filter(Boolean);
    if (name === "") return send(req, res, path, 422, { error: "Validation failed: Application name can't be blank" });
    if (redirectUri !== "urn:ietf:wg:oauth:2.0:oob" && !/^https?:\/\/[^/]+/.test(redirectUri)) {
      return send(req, res, path, 422, { error: "Validation failed: Redirect URI must be an absolute URI." });
    }
    if (scopes.some((s) => !KNOWN_SCOPES.has(s))) return send(req, res, path, 422, { error: "Validation failed: Scopes are invalid" });
    const app = { clientId: randomBytes(16).toString("base64url"), clientSecret: randomBytes(24).toString("base64url"), redirectUri, scopes };
    fake.apps.push(app);
    send(req, res, path, 200, {
      id: String(fake.apps.length),
      name,
      website: params.website ?? null,
      scopes,
      redirect_uri: redirectUri,
      redirect_uris: [redirectUri],
      client_id: app.clientId,
      client_secret: app.clientSecret,
      vapid_key: "BFake",
    });
  }

  /** The user signs in and clicks Authorize: the code is shown (oob) or sent to the redirect URI. */
  function authorizePage(req: IncomingMessage, res: ServerResponse, path: string, url: URL): void {
    const app = fake.apps.find((a) => a.clientId === url.searchParams.get("client_id"));
    const redirectUri = url.searchParams.get("redirect_uri") ?? "";
    const scopes = (url.searchParams.get("scope") ?? "read").split(/\s+/).filter(Boolean);
    if (!app || app.redirectUri !== redirectUri || url.searchParams.get("response_type") !== "code" || scopes.some((s) => !app.scopes.includes(s))) {
      return send(req, res, path, 400, "<html><body>The requested redirect uri is malformed or doesn't match client redirect URI.</body></html>", { type: "text/html" });
    }
    const code = randomBytes(20).toString("base64url");
    codes.set(code, { clientId: app.clientId, redirectUri, scopes });
    if (redirectUri === "urn:ietf:wg:oauth:2.0:oob") {
      return send(req, res, path, 200, `<html><body><p>Copy this authorization code and paste it to the application.</p><input class="oauth-code" readonly value="${code}"></body></html>`, { type: "text/html" });
    }
    const target = new URL(redirectUri);
    target.searchParams.set("code", code);
    const state = url.searchParams.get("state");
    if (state !== null) target.searchParams.set("state", state);
    send(req, res, path, 302, "", { type: "text/html", headers: { location: target.href } });
  }

  function token(req: IncomingMessage, res: ServerResponse, path: string, params: Record<string, string | string[]>): void {
    const app = fake.apps.find((a) => a.clientId === params.client_id && a.clientSecret === params.client_secret);
    if (!app) return send(req, res, path, 401, INVALID_CLIENT, { reason: "bad client" });
    if (params.grant_type !== "authorization_code") return send(req, res, path, 400, { error: "unsupported_grant_type", error_description: "The authorization grant type is not supported by the authorization server." });
    const grant = codes.get(String(params.code ?? ""));
    if (!grant || grant.clientId !== app.clientId || grant.redirectUri !== params.redirect_uri) return send(req, res, path, 400, INVALID_GRANT, { reason: "bad code" });
    codes.delete(String(params.code));
    const accessToken = fake.issueToken(grant.scopes);
    send(req, res, path, 200, { access_token: accessToken, token_type: "Bearer", scope: grant.scopes.join(" "), created_at: Math.floor(now() / 1000) });
  }

  function createStatus(req: IncomingMessage, res: ServerResponse, path: string, params: Record<string, string | string[]>, after: string | undefined): void {
    const auth = authorize(req, ["write", "write:statuses"]);
    if (!auth || "status" in auth) return send(req, res, path, auth?.status ?? 401, auth?.body ?? UNAUTHORIZED, { reason: auth?.reason });
    const key = req.headers["idempotency-key"];
    const slot = typeof key === "string" && key !== "" ? `${auth.accountId}:${key}` : undefined;
    const earlier = slot ? idempotency.get(slot) : undefined;
    if (earlier && now() - earlier.at < IDEMPOTENCY_TTL_MS) {
      const status = fake.statuses.find((s) => s.id === earlier.statusId)!;
      return send(req, res, path, 200, statusJson(status), { reason: "idempotent replay" });
    }
    const text = typeof params.status === "string" ? params.status : "";
    if (text.trim() === "") return send(req, res, path, 422, { error: "Validation failed: Text can't be blank" });
    const max = config?.max_characters ?? 500;
    if (countableLength(text, config?.characters_reserved_per_url ?? 23) > max) {
      return send(req, res, path, 422, { error: `Validation failed: Text character limit of ${max} exceeded` }, { reason: "too long" });
    }
    const visibility = typeof params.visibility === "string" ? params.visibility : "public";
    if (!["public", "unlisted", "private", "direct"].includes(visibility)) return send(req, res, path, 422, { error: "Validation failed: Visibility is not included in the list" });
    const inReplyToId = typeof params.in_reply_to_id === "string" && params.in_reply_to_id !== "" ? params.in_reply_to_id : null;
    if (inReplyToId !== null && !fake.statuses.some((s) => s.id === inReplyToId)) return send(req, res, path, 404, NOT_FOUND, { reason: "reply target" });
    const status: FakeStatus = {
      id: String(nextId++),
      accountId: auth.accountId,
      text,
      inReplyToId,
      visibility,
      language: typeof params.language === "string" ? params.language : null,
      createdAt: now(),
    };
    fake.statuses.push(status);
    if (slot) idempotency.set(slot, { statusId: status.id, at: now() });
    if (after === "land-then-reset") {
      log(req, path, 0, "fault: land-then-reset");
      req.socket.destroy();
      return;
    }
    if (after === "land-then-500") return send(req, res, path, 500, "<html><body>We're sorry, but something went wrong.</body></html>", { type: "text/html", reason: "fault: land-then-500" });
    send(req, res, path, 200, statusJson(status));
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
