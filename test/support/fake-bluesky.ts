// A loopback stand-in for a Bluesky PDS: app-password sessions, bearer access tokens, post records checked the way
// the lexicon (and a careful PDS) checks them, the reference PDS's answers and error bodies, and faults on demand.
// Independent of src/bluesky: its own grapheme, byte and TID checks, so a client bug cannot agree with itself.
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const FAKE_BSKY = {
  did: "did:plc:fakereleasebot7x2kq3m4n5p6",
  handle: "release-bot.fake.test",
  appPassword: "abcd-efgh-ijkl-mnop",
  /** The account's main password: with `twoFactor` it meets AuthFactorTokenRequired, as on bsky.social. */
  mainPassword: "main-password-not-for-bots",
};

export interface FakeBlueskyOptions {
  /** How a taken record key is answered: the reference PDS's 500 (default), or the explicit error proposed in atproto#4728. */
  duplicateAnswer?: "internal-error" | "record-already-exists";
  takenDown?: boolean;
  /** Email two-factor on: the main password asks for a code; app passwords sign in. */
  twoFactor?: boolean;
}

export interface FakeRecord {
  rkey: string;
  uri: string;
  cid: string;
  value: Record<string, unknown>;
}

export type BlueskyFault =
  | { status: number; body?: string | object; headers?: Record<string, string> }
  | { kind: "reset" } // drop the socket before doing anything
  | { kind: "land-then-reset" } // do the work, then drop the socket
  | { kind: "land-then-500" } // do the work, then answer 500
  | { kind: "hang" }
  | { kind: "normal" };

export interface FakeBlueskyRequest {
  method: string;
  /** The XRPC method, e.g. com.atproto.repo.createRecord. */
  nsid: string;
  status: number;
  authorization: string | undefined;
  /** Why the fake refused it; absent when served. */
  reason?: string;
  /** The parsed JSON body of a procedure, for assertions. */
  body?: unknown;
}

export interface FakeBluesky {
  url: string;
  records: FakeRecord[];
  blobs: Array<{ cid: string; mimeType: string; size: number }>;
  requests: FakeBlueskyRequest[];
  /** Faults for the next calls of one XRPC method, in order. */
  enqueue(nsid: string, ...faults: BlueskyFault[]): void;
  clearFaults(): void;
  /** Every access token issued so far expires (ExpiredToken); new sessions work. */
  expireSessions(): void;
  close(): Promise<void>;
}

const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
const POST = "app.bsky.feed.post";

const xrpcError = (error: string, message: string) => ({ error, message });
// The reference PDS never details a 500 (xrpc-server XRPCError#payload).
const INTERNAL = xrpcError("InternalServerError", "Internal Server Error");

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString("base64url");
}

/** A CID-looking id from the content: the same record gives the same cid, another record another one. */
function fakeCid(content: unknown): string {
  const hash = createHash("sha256").update(JSON.stringify(content)).digest();
  return `bafyrei${hash.toString("hex").slice(0, 52)}`;
}

function graphemes(text: string): number {
  return [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)].length;
}

function problemOfRecord(value: unknown, records: FakeRecord[], blobs: FakeBluesky["blobs"]): string | undefined {
  if (typeof value !== "object" || value === null) return "record must be an object";
  const record = value as Record<string, unknown>;
  if (record.$type !== POST) return `record/$type must be ${POST}`;
  if (typeof record.text !== "string") return "record/text must be a string";
  if (typeof record.createdAt !== "string" || Number.isNaN(Date.parse(record.createdAt))) return "record/createdAt must be a valid datetime";
  const bytes = Buffer.from(record.text, "utf8");
  if (graphemes(record.text) > 300) return "record/text must not be longer than 300 graphemes";
  if (bytes.length > 3000) return "record/text must not be longer than 3000 characters";
  if (record.facets !== undefined) {
    if (!Array.isArray(record.facets)) return "record/facets must be an array";
    for (const [i, facet] of (record.facets as unknown[]).entries()) {
      const f = facet as { index?: { byteStart?: unknown; byteEnd?: unknown }; features?: unknown };
      const start = f.index?.byteStart;
      const end = f.index?.byteEnd;
      if (typeof start !== "number" || typeof end !== "number" || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
        return `record/facets/${i}/index must have integer byteStart <= byteEnd`;
      }
      if (end > bytes.length) return `record/facets/${i}/index ends past the text (${end} > ${bytes.length} bytes)`;
      // A UTF-8 continuation byte (10xxxxxx) at an edge means the slice cuts a character.
      const cuts = (at: number) => at < bytes.length && (bytes[at]! & 0xc0) === 0x80;
      if (cuts(start) || cuts(end)) return `record/facets/${i}/index is not on a UTF-8 character boundary`;
      if (!Array.isArray(f.features) || f.features.length === 0) return `record/facets/${i}/features must not be empty`;
      for (const feature of f.features as Array<Record<string, unknown>>) {
        if (feature.$type === "app.bsky.richtext.facet#link") {
          if (typeof feature.uri !== "string" || !/^\w+:(?:\/\/)?[^\s/][^\s]*$/.test(feature.uri)) return `record/facets/${i} link uri must be a URI`;
        } else return `record/facets/${i} has an unexpected feature ${String(feature.$type)}`;
      }
    }
  }
  if (record.langs !== undefined && (!Array.isArray(record.langs) || record.langs.length > 3)) return "record/langs must not have more than 3 elements";
  if (record.reply !== undefined) {
    const reply = record.reply as { root?: { uri?: unknown; cid?: unknown }; parent?: { uri?: unknown; cid?: unknown } };
    for (const which of ["root", "parent"] as const) {
      const ref = reply[which];
      const target = records.find((r) => r.uri === ref?.uri);
      if (!target || target.cid !== ref?.cid) return `record/reply/${which} does not point at an existing record (uri and cid)`;
    }
  }
  if (record.embed !== undefined) {
    const embed = record.embed as { $type?: unknown; external?: Record<string, unknown> };
    if (embed.$type !== "app.bsky.embed.external" || typeof embed.external !== "object" || embed.external === null) return "record/embed must be an app.bsky.embed.external";
    const { uri, title, description, thumb } = embed.external;
    if (typeof uri !== "string" || typeof title !== "string" || typeof description !== "string") return "record/embed/external must have uri, title and description";
    if (thumb !== undefined) {
      const blob = thumb as { $type?: unknown; ref?: { $link?: unknown }; mimeType?: unknown; size?: unknown };
      const known = blobs.find((b) => b.cid === blob.ref?.$link);
      if (blob.$type !== "blob" || !known) return "record/embed/external/thumb must be an uploaded blob";
      if (!/^image\//.test(known.mimeType) || known.size > 1_000_000) return "record/embed/external/thumb must be an image of at most 1000000 bytes";
    }
  }
  return undefined;
}

export async function startFakeBluesky(options: FakeBlueskyOptions = {}): Promise<FakeBluesky> {
  const faults = new Map<string, BlueskyFault[]>();
  const sessions = new Map<string, { did: string; expired: boolean }>();
  const hanging = new Set<ServerResponse>();

  const fake: FakeBluesky = {
    url: "",
    records: [],
    blobs: [],
    requests: [],
    enqueue: (nsid, ...more) => void faults.set(nsid, [...(faults.get(nsid) ?? []), ...more]),
    clearFaults: () => faults.clear(),
    expireSessions: () => {
      for (const session of sessions.values()) session.expired = true;
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
        res.end(`fake-bluesky bug: ${String(error)}`);
      }
    });
  });

  function record(req: IncomingMessage, nsid: string, status: number, reason?: string, body?: unknown): void {
    const entry: FakeBlueskyRequest = { method: req.method ?? "", nsid, status, authorization: req.headers.authorization };
    if (reason !== undefined) entry.reason = reason;
    if (body !== undefined) entry.body = body;
    fake.requests.push(entry);
  }

  function sendJson(req: IncomingMessage, res: ServerResponse, nsid: string, status: number, body: object, extra: { reason?: string; input?: unknown; headers?: Record<string, string> } = {}): void {
    record(req, nsid, status, extra.reason, extra.input);
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...extra.headers });
    res.end(JSON.stringify(body));
  }

  /** Plays a fault that replaces the answer; true when it answered (or dropped the request). */
  function playAnswerFault(req: IncomingMessage, res: ServerResponse, nsid: string, fault: BlueskyFault | undefined, input?: unknown): boolean {
    if (fault && "status" in fault) {
      const text = fault.body === undefined ? "" : typeof fault.body === "string" ? fault.body : JSON.stringify(fault.body);
      const type = typeof fault.body === "object" ? "application/json; charset=utf-8" : text.trimStart().startsWith("<") ? "text/html" : "text/plain";
      record(req, nsid, fault.status, "fault", input);
      res.writeHead(fault.status, { "content-type": type, ...fault.headers });
      res.end(text);
      return true;
    }
    if (fault && fault.kind === "reset") {
      record(req, nsid, 0, "fault: reset", input);
      req.socket.destroy();
      return true;
    }
    if (fault && fault.kind === "hang") {
      record(req, nsid, 0, "fault: hang", input);
      hanging.add(res);
      return true;
    }
    return false;
  }

  /** The session behind `Authorization: Bearer …`, or the reference PDS's refusal. */
  function authenticate(req: IncomingMessage): { did: string } | { status: number; body: object; reason: string } {
    const header = req.headers.authorization;
    if (!header) return { status: 401, body: xrpcError("AuthMissing", "Authentication Required"), reason: "no Authorization header" };
    const match = /^Bearer (\S+)$/.exec(header);
    const session = match ? sessions.get(match[1]!) : undefined;
    if (!session) return { status: 400, body: xrpcError("InvalidToken", "Token could not be verified"), reason: "unknown token" };
    if (session.expired) return { status: 400, body: xrpcError("ExpiredToken", "Token has expired"), reason: "expired token" };
    return { did: session.did };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    const raw = await readBody(req);
    const nsid = url.pathname.startsWith("/xrpc/") ? url.pathname.slice(6) : url.pathname;
    const isJson = (req.headers["content-type"] ?? "").startsWith("application/json");
    let input: unknown;
    if (req.method === "POST" && isJson) {
      try {
        input = JSON.parse(raw.toString("utf8"));
      } catch {
        return sendJson(req, res, nsid, 400, xrpcError("InvalidRequest", "Unable to parse request body"), { reason: "bad JSON" });
      }
    }
    const queue = faults.get(nsid);
    const fault = queue?.shift();
    if (playAnswerFault(req, res, nsid, fault, input)) return;
    const after = fault && "kind" in fault ? fault.kind : undefined;

    switch (`${req.method ?? ""} ${nsid}`) {
      case "POST com.atproto.server.createSession":
        return createSession(req, res, nsid, input);
      case "POST com.atproto.repo.createRecord":
        return createRecord(req, res, nsid, input, after);
      case "GET com.atproto.repo.getRecord":
        return getRecord(req, res, nsid, url);
      case "POST com.atproto.repo.uploadBlob":
        return uploadBlob(req, res, nsid, raw);
      default:
        return sendJson(req, res, nsid, 501, xrpcError("MethodNotImplemented", "Method Not Implemented"), { reason: "unknown method" });
    }
  }

  function createSession(req: IncomingMessage, res: ServerResponse, nsid: string, input: unknown): void {
    const { identifier, password } = (input ?? {}) as { identifier?: unknown; password?: unknown };
    const logged = { identifier, password: "(not kept)" };
    const known = typeof identifier === "string" && [FAKE_BSKY.handle, FAKE_BSKY.did].includes(identifier.toLowerCase().replace(/^@/, ""));
    if (known && password === FAKE_BSKY.mainPassword && options.twoFactor) {
      return sendJson(req, res, nsid, 401, xrpcError("AuthFactorTokenRequired", "A sign in code has been sent to your email address"), { reason: "2FA", input: logged });
    }
    if (!known || (password !== FAKE_BSKY.appPassword && password !== FAKE_BSKY.mainPassword)) {
      return sendJson(req, res, nsid, 401, xrpcError("AuthenticationRequired", "Invalid identifier or password"), { reason: "bad credentials", input: logged });
    }
    if (options.takenDown) {
      return sendJson(req, res, nsid, 401, xrpcError("AccountTakedown", "Account has been taken down"), { reason: "takedown", input: logged });
    }
    const appPass = password === FAKE_BSKY.appPassword;
    const payload = { scope: appPass ? "com.atproto.appPass" : "com.atproto.access", sub: FAKE_BSKY.did, exp: Math.floor(Date.now() / 1000) + 7200 };
    const accessJwt = `${base64url(JSON.stringify({ typ: "at+jwt", alg: "ES256K" }))}.${base64url(JSON.stringify(payload))}.${base64url(randomBytes(32))}`;
    const refreshJwt = `${base64url(JSON.stringify({ typ: "refresh+jwt", alg: "ES256K" }))}.${base64url(JSON.stringify({ sub: FAKE_BSKY.did }))}.${base64url(randomBytes(32))}`;
    sessions.set(accessJwt, { did: FAKE_BSKY.did, expired: false });
    sendJson(req, res, nsid, 200, { accessJwt, refreshJwt, did: FAKE_BSKY.did, handle: FAKE_BSKY.handle, active: true }, { input: logged });
  }

  function createRecord(req: IncomingMessage, res: ServerResponse, nsid: string, input: unknown, after: string | undefined): void {
    const auth = authenticate(req);
    if ("status" in auth) return sendJson(req, res, nsid, auth.status, auth.body, { reason: auth.reason, input });
    const body = (input ?? {}) as { repo?: unknown; collection?: unknown; rkey?: unknown; record?: unknown };
    if (body.repo !== auth.did && body.repo !== FAKE_BSKY.handle) {
      return sendJson(req, res, nsid, 401, xrpcError("AuthenticationRequired", "Authentication Required"), { reason: "repo is not the session's", input });
    }
    if (body.collection !== POST) return sendJson(req, res, nsid, 400, xrpcError("InvalidRequest", `Invalid collection`), { reason: "collection", input });
    const rkey = body.rkey ?? undefined;
    if (rkey !== undefined && (typeof rkey !== "string" || !TID.test(rkey))) {
      return sendJson(req, res, nsid, 400, xrpcError("InvalidRequest", `Invalid record key for ${POST}: must be a valid TID`), { reason: "rkey not a TID", input });
    }
    const problem = problemOfRecord(body.record, fake.records, fake.blobs);
    if (problem) return sendJson(req, res, nsid, 400, xrpcError("InvalidRequest", `Invalid ${POST} record: ${problem}`), { reason: problem, input });
    const key = typeof rkey === "string" ? rkey : randomTid();
    if (fake.records.some((r) => r.rkey === key)) {
      // Reference PDS: the MST throws "There is already a value at key", served as a bare 500.
      return options.duplicateAnswer === "record-already-exists"
        ? sendJson(req, res, nsid, 409, xrpcError("RecordAlreadyExists", "Record already exists"), { reason: "taken key", input })
        : sendJson(req, res, nsid, 500, INTERNAL, { reason: "taken key", input });
    }
    const value = body.record as Record<string, unknown>;
    const stored: FakeRecord = { rkey: key, uri: `at://${FAKE_BSKY.did}/${POST}/${key}`, cid: fakeCid(value), value };
    fake.records.push(stored);
    if (after === "land-then-reset") {
      record(req, nsid, 0, "fault: land-then-reset", input);
      req.socket.destroy();
      return;
    }
    if (after === "land-then-500") return sendJson(req, res, nsid, 500, INTERNAL, { reason: "fault: land-then-500", input });
    sendJson(req, res, nsid, 200, { uri: stored.uri, cid: stored.cid, commit: { cid: fakeCid(fake.records.length), rev: randomTid() }, validationStatus: "valid" }, { input });
  }

  function getRecord(req: IncomingMessage, res: ServerResponse, nsid: string, url: URL): void {
    // getRecord is public on a PDS: a token is not needed, but one that is sent must be valid.
    if (req.headers.authorization) {
      const auth = authenticate(req);
      if ("status" in auth) return sendJson(req, res, nsid, auth.status, auth.body, { reason: auth.reason });
    }
    const repo = url.searchParams.get("repo");
    const collection = url.searchParams.get("collection");
    const rkey = url.searchParams.get("rkey");
    const uri = `at://${FAKE_BSKY.did}/${collection ?? ""}/${rkey ?? ""}`;
    const found = (repo === FAKE_BSKY.did || repo === FAKE_BSKY.handle) && collection === POST ? fake.records.find((r) => r.rkey === rkey) : undefined;
    if (!found) return sendJson(req, res, nsid, 400, xrpcError("RecordNotFound", `Could not locate record: ${uri}`), { reason: "no such record" });
    sendJson(req, res, nsid, 200, { uri: found.uri, cid: found.cid, value: found.value });
  }

  function uploadBlob(req: IncomingMessage, res: ServerResponse, nsid: string, raw: Buffer): void {
    const auth = authenticate(req);
    if ("status" in auth) return sendJson(req, res, nsid, auth.status, auth.body, { reason: auth.reason });
    const mimeType = (req.headers["content-type"] ?? "application/octet-stream").split(";")[0]!.trim();
    const cid = `bafkrei${createHash("sha256").update(raw).digest("hex").slice(0, 52)}`;
    fake.blobs.push({ cid, mimeType, size: raw.length });
    sendJson(req, res, nsid, 200, { blob: { $type: "blob", ref: { $link: cid }, mimeType, size: raw.length } });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

/** A fresh TID from the current time, as a PDS makes for records created without a key. */
function randomTid(): string {
  const alphabet = "234567abcdefghijklmnopqrstuvwxyz";
  const micros = BigInt(Date.now()) * 1000n + BigInt(randomBytes(2).readUInt16BE(0) % 1000);
  let value = (micros << 10n) | BigInt(randomBytes(2).readUInt16BE(0) & 1023);
  let out = "";
  for (let i = 0; i < 13; i++) {
    out = alphabet[Number(value & 31n)]! + out;
    value >>= 5n;
  }
  return out;
}
