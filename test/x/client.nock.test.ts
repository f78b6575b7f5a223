// HTTP-level unit tests of the X client with nock: X's documented error bodies mapped to the catalogue, and the retry
// policy as it shows on the wire. nock 15 intercepts at the socket (@mswjs/interceptors), so these requests go through
// the real path: undici's request() and the door's dispatcher (an EnvHttpProxyAgent without a proxy).
// nock 15 calls a reply function with the fetch Request it intercepted (its README still shows (uri, body)).
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../src/core/proxy-agent.js";
import { ReleaseTweetError } from "../../src/core/errors.js";
import type { XCredentials } from "../../src/core/types.js";
import { XClient } from "../../src/x/client.js";

const X = "https://api.x.com";
const CREDENTIALS: XCredentials = {
  apiKey: "nock-consumer-key-AAAA",
  apiSecret: "nock-consumer-secret-BBBB",
  accessToken: "77-nock-access-token-CCCC",
  accessTokenSecret: "nock-token-secret-DDDD",
};
const NOW_MS = Date.UTC(2026, 10, 28, 9, 0, 0);

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});

function client(debug: string[] = [], slept: number[] = []): XClient {
  return new XClient({
    credentials: CREDENTIALS,
    dispatcher: createDispatcher({}).dispatcher,
    now: () => NOW_MS,
    random: () => 0.5,
    sleep: (ms) => (slept.push(ms), Promise.resolve()),
    debug: (line) => debug.push(line),
  });
}

async function failure(promise: Promise<unknown>): Promise<ReleaseTweetError> {
  const error = await promise.then(
    () => new Error("expected a failure"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReleaseTweetError);
  const known = error as ReleaseTweetError;
  const text = [known.message, known.fix, JSON.stringify(known)].join("\n");
  for (const value of Object.values(CREDENTIALS)) expect(text).not.toContain(value);
  return known;
}

/** The oauth_nonce of a request's Authorization header. */
function nonceOf(request: Request): string {
  return /oauth_nonce="([^"]+)"/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
}

const problem = (status: number, fields: Record<string, unknown>) => ({ type: "about:blank", status, ...fields });

describe("X's error answers (PLATFORM-FACTS.md) → the catalogue, over the wire", () => {
  const rows: { name: string; status: number; body: unknown; headers?: Record<string, string>; code: string; says: RegExp }[] = [
    { name: "401 Unauthorized", status: 401, body: problem(401, { title: "Unauthorized", detail: "Unauthorized" }), code: "EXUNAUTHORIZED", says: /X did not accept the credentials|Unauthorized|401/ },
    {
      name: "403 duplicate",
      status: 403,
      body: problem(403, { title: "Forbidden", detail: "You are not allowed to create a Tweet with duplicate content." }),
      code: "EXDUPLICATE",
      says: /already posted the same text/,
    },
    {
      name: "403 read-only app",
      status: 403,
      body: {
        title: "Forbidden",
        type: "https://api.twitter.com/2/problems/oauth1-permissions",
        status: 403,
        detail: "Your client app is not configured with the appropriate oauth1 app permissions for this endpoint.",
      },
      code: "EXREADONLYAPP",
      says: /./,
    },
    { name: "403 client not enrolled", status: 403, body: { title: "Client Forbidden", reason: "client-not-enrolled", status: 403 }, code: "EXNOTENROLLED", says: /./ },
    {
      name: "403 code 453 (access level)",
      status: 403,
      body: { errors: [{ code: 453, message: "You currently have access to a subset of X API V2 endpoints" }] },
      code: "EXACCESSLEVEL",
      says: /code 453/,
    },
    {
      name: "usage cap",
      status: 429,
      body: { title: "UsageCapExceeded", type: "https://api.twitter.com/2/problems/usage-capped", status: 429, detail: "Usage cap exceeded: Monthly product cap" },
      code: "EXUSAGECAP",
      says: /post cap/,
    },
    {
      name: "429 far from its reset",
      status: 429,
      body: problem(429, { title: "Too Many Requests", detail: "Too Many Requests" }),
      headers: { "x-rate-limit-limit": "100", "x-rate-limit-remaining": "0", "x-rate-limit-reset": String(NOW_MS / 1000 + 3600) },
      code: "EXRATELIMITED",
      says: /resets at 2026-11-28T10:00:00\.000Z \(in 60 minutes\)/,
    },
    { name: "400 invalid request", status: 400, body: { errors: [{ message: "Invalid reply target" }], title: "Invalid Request" }, code: "EXBADREQUEST", says: /Invalid reply target/ },
  ];

  it.each(rows)("$name → $code, sent once (never retried)", async (row) => {
    const scope = nock(X).post("/2/tweets").reply(row.status, row.body as nock.Body, { "content-type": "application/problem+json", ...row.headers });
    const error = await failure(client().postTweet("release-tweet 2.0.0 is out"));
    expect(error.code).toBe(row.code);
    expect(error.message).toMatch(row.says);
    expect(error.message).toContain(`POST /2/tweets → HTTP ${row.status}`);
    expect(scope.isDone()).toBe(true);
  });

  it("sends the post as JSON, signed with OAuth 1.0a HMAC-SHA1 in the Authorization header", async () => {
    let seen: { authorization: string; contentType: string; body: unknown } | undefined;
    nock(X)
      .post("/2/tweets")
      .reply(async (request: Request) => {
        const { headers } = request;
        seen = { authorization: headers.get("authorization") ?? "", contentType: headers.get("content-type") ?? "", body: await request.json() };
        return [201, { data: { id: "1445880548472328192", text: "hi" } }];
      });
    await expect(client().postTweet("hi")).resolves.toEqual({ id: "1445880548472328192", url: "https://x.com/i/status/1445880548472328192", alreadyPosted: false });
    expect(seen?.contentType).toBe("application/json");
    expect(seen?.body).toEqual({ text: "hi" });
    expect(seen?.authorization).toMatch(/^OAuth /);
    expect(seen?.authorization).toContain('oauth_signature_method="HMAC-SHA1"');
    expect(seen?.authorization).toContain(`oauth_consumer_key="${CREDENTIALS.apiKey}"`);
  });
});

describe("the retry policy on the wire", () => {
  it("retries a 503 and then posts once, each attempt signed with a fresh nonce", async () => {
    const nonces: string[] = [];
    nock(X)
      .post("/2/tweets")
      .reply((request: Request) => {
        nonces.push(nonceOf(request));
        return [503, "<html>Service Unavailable</html>", { "content-type": "text/html" }];
      })
      .post("/2/tweets")
      .reply((request: Request) => {
        nonces.push(nonceOf(request));
        return [201, { data: { id: "7", text: "hi" } }];
      });
    const slept: number[] = [];
    await expect(client([], slept).postTweet("hi")).resolves.toMatchObject({ id: "7" });
    expect(nonces).toHaveLength(2);
    expect(nonces.every((nonce) => nonce.length >= 32)).toBe(true);
    expect(new Set(nonces).size).toBe(2);
    // Full jitter with random 0.5: half of min(cap, 1 s × 2^0).
    expect(slept).toEqual([500]);
  });

  it("gives up after 3 attempts of a 500, saying so", async () => {
    const scope = nock(X).post("/2/tweets").times(3).reply(500, problem(500, { title: "Internal Server Error" }));
    const error = await failure(client().postTweet("hi"));
    expect(error.code).toBe("EXSERVER");
    expect(error.message).toContain("after 3 attempts");
    expect(scope.isDone()).toBe(true);
  });

  it("a retried POST that meets 'duplicate' reports the post as there, once (an earlier attempt landed)", async () => {
    nock(X)
      .post("/2/tweets")
      .replyWithError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }))
      .post("/2/tweets")
      .reply(403, problem(403, { title: "Forbidden", detail: "You are not allowed to create a Tweet with duplicate content." }));
    await expect(client().postTweet("hi")).resolves.toEqual({ id: null, url: null, alreadyPosted: true });
  });

  it("never resends a POST that X refused (4xx): one request, one error", async () => {
    const scope = nock(X).post("/2/tweets").reply(403, problem(403, { title: "Forbidden", detail: "You are not permitted to perform this action." }));
    const second = nock(X).post("/2/tweets").reply(201, { data: { id: "8", text: "hi" } });
    const error = await failure(client().postTweet("hi"));
    expect(error.code).toBe("EXFORBIDDEN");
    expect(scope.isDone()).toBe(true);
    expect(second.isDone()).toBe(false);
  });

  it("waits out one 429 whose reset is near, then posts", async () => {
    nock(X)
      .post("/2/tweets")
      .reply(429, problem(429, { title: "Too Many Requests" }), { "x-rate-limit-remaining": "0", "x-rate-limit-reset": String(NOW_MS / 1000 + 10) })
      .post("/2/tweets")
      .reply(201, { data: { id: "9", text: "hi" } });
    const slept: number[] = [];
    const debug: string[] = [];
    await expect(client(debug, slept).postTweet("hi")).resolves.toMatchObject({ id: "9" });
    expect(slept).toEqual([11_000]);
    expect(debug.join("\n")).toContain("rate limited");
  });
});

describe("media requests on the wire", () => {
  it("an append X answers 204 with no body is its answer, not a proxy's: not retried", async () => {
    const scope = nock(X).post("/2/media/upload/1880028106020515840/append").reply(204);
    await client().appendMediaSegment("1880028106020515840", 0, Buffer.from([1, 2, 3]));
    expect(scope.isDone()).toBe(true);
  });

  it("the one-shot upload sends multipart/form-data with media_category and the file, and reads data.id", async () => {
    let contentType = "";
    let body = "";
    nock(X)
      .post("/2/media/upload")
      .reply(async (request: Request) => {
        contentType = request.headers.get("content-type") ?? "";
        body = await request.text();
        return [200, { data: { id: "1880028106020515841", media_key: "3_1880028106020515841" } }];
      });
    const state = await client().uploadMedia({ bytes: Buffer.from("PNGBYTES"), mediaType: "image/png", category: "tweet_image" });
    expect(state).toEqual({ id: "1880028106020515841" });
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(body).toContain('name="media_category"');
    expect(body).toContain("tweet_image");
    expect(body).toContain('name="media"; filename="media"');
    expect(body).toContain("Content-Type: image/png");
    expect(body).toContain("PNGBYTES");
  });
});

