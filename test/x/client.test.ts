import { ProxyAgent } from "undici";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { RETRY_POLICY, XClient, type XClientOptions } from "../../src/x/client.js";
import { startConnectProxy } from "../support/connect-proxy.js";
import { FAKE_CREDENTIALS, startFakeX, type FakeX } from "../support/fake-x.js";

const SECRET_VALUES = Object.values(FAKE_CREDENTIALS);

/** Walks message, fix, details, own properties and the whole cause chain, as text. */
function everythingIn(error: unknown, seen = new Set<unknown>()): string {
  if (error === null || error === undefined || seen.has(error)) return "";
  seen.add(error);
  if (typeof error === "string") return error;
  if (typeof error !== "object") return ""; // numbers and booleans cannot carry a credential
  const parts: string[] = [];
  if (error instanceof Error) parts.push(error.name, error.message, error.stack ?? "");
  if (error instanceof ReleaseTweetError) parts.push(error.fix, error.details, error.summary);
  for (const key of Reflect.ownKeys(error)) {
    const value = (error as Record<PropertyKey, unknown>)[key];
    parts.push(everythingIn(value, seen));
  }
  if (error instanceof Error) parts.push(everythingIn(error.cause, seen));
  return parts.join("\n");
}

function expectNoSecrets(text: string, fake?: FakeX): void {
  for (const secret of SECRET_VALUES) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/oauth_signature|OAuth oauth_/);
  for (const r of fake?.requests ?? []) if (r.authorization) expect(text).not.toContain(r.authorization);
}

async function failure(promise: Promise<unknown>): Promise<ReleaseTweetError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReleaseTweetError);
  return error as ReleaseTweetError;
}

let fake: FakeX;
let slept: number[];
let debug: string[];

function client(options: Partial<XClientOptions> = {}): XClient {
  return new XClient({
    credentials: FAKE_CREDENTIALS,
    baseUrl: fake.url,
    sleep: (ms) => {
      slept.push(ms);
      return Promise.resolve();
    },
    debug: (line) => debug.push(line),
    ...options,
  });
}

const posts = () => fake.requests.filter((r) => r.method === "POST" && r.path === "/2/tweets");
const nowS = () => Math.floor(Date.now() / 1000);

beforeEach(async () => {
  fake = await startFakeX();
  slept = [];
  debug = [];
});
afterEach(async () => {
  expectNoSecrets(debug.join("\n"), fake);
  await fake.close();
});

describe("XClient against the fake X: success", () => {
  it("posts, returns the id and the x.com URL, and X stored exactly that text", async () => {
    const result = await client().postTweet("release-tweet 1.2.3 is out 🎉");
    expect(fake.tweets).toHaveLength(1);
    expect(result).toEqual({ id: fake.tweets[0]!.id, url: `https://x.com/i/status/${fake.tweets[0]!.id}`, alreadyPosted: false });
    expect(fake.tweets[0]).toMatchObject({ text: "release-tweet 1.2.3 is out 🎉", replyTo: null });
    expect(posts().map((r) => r.status)).toEqual([201]);
  });

  it("replies to a post", async () => {
    const c = client();
    const first = await c.postTweet("one");
    const second = await c.postTweet("two", { replyTo: first.id! });
    expect(fake.tweets[1]).toMatchObject({ id: second.id, text: "two", replyTo: first.id });
  });

  it("reads the account with GET /2/users/me", async () => {
    await expect(client().getMe()).resolves.toEqual({ id: "1111", username: "release_bot" });
  });

  it("attaches media to a post with media.media_ids", async () => {
    const c = client();
    const media = await c.uploadMedia({ bytes: Buffer.from("89504e470d0a1a0a00", "hex"), mediaType: "image/png", category: "tweet_image" });
    await c.postTweet("with an image", { mediaIds: [media.id] });
    expect(fake.tweets[0]).toMatchObject({ text: "with an image", mediaIds: [media.id] });
  });

  it("reads the account's own posts, newest first, with the reply target and t.co entities", async () => {
    const c = client();
    const first = await c.postTweet("head https://example.com/release");
    await c.postTweet("tail", { replyTo: first.id! });
    const page = await c.getOwnPosts("1111", { maxResults: 3 });
    expect(page.posts.map((p) => [p.id, p.replyTo])).toEqual([
      [fake.tweets[1]!.id, first.id],
      [first.id, null],
    ]);
    expect(page.posts[1]!.urls).toEqual([{ url: expect.stringMatching(/^https:\/\/t\.co\//) as string, expandedUrl: "https://example.com/release", media: false }]);
    // max_results below X's 5 is raised to 5, and the fields a match needs are asked for.
    const read = fake.requests.at(-1)!;
    expect(new URLSearchParams(read.query).get("max_results")).toBe("5");
    expect(new URLSearchParams(read.query).get("tweet.fields")).toContain("note_tweet");
    expect(new URLSearchParams(read.query).get("exclude")).toBe("retweets");
  });

  it("tolerates a trailing slash in the base URL", async () => {
    await client({ baseUrl: `${fake.url}/` }).postTweet("slash");
    expect(posts()[0]!.status).toBe(201);
  });

  it("signs each attempt afresh (the fake refuses a repeated nonce)", async () => {
    fake.enqueue({ status: 503, body: "" });
    await client().postTweet("second attempt needs a new nonce");
    expect(posts().map((r) => r.status)).toEqual([503, 201]);
  });
});

describe("XClient: X's refusals, in the user's terms, never retried", () => {
  it("401 with wrong keys → EXUNAUTHORIZED naming the four values, one request", async () => {
    const bad = { ...FAKE_CREDENTIALS, apiSecret: "wrong-consumer-secret-9999" };
    const error = await failure(client({ credentials: bad }).postTweet("hi"));
    expect(error.code).toBe("EXUNAUTHORIZED");
    expect(error.message).toContain("HTTP 401");
    for (const name of ["TWITTER_API_KEY", "TWITTER_API_SECRET", "TWITTER_ACCESS_TOKEN", "TWITTER_ACCESS_TOKEN_SECRET"]) {
      expect(error.fix).toContain(name);
    }
    expect(posts()).toHaveLength(1);
    expect(fake.tweets).toHaveLength(0);
    expectNoSecrets(everythingIn(error), fake);
    expect(everythingIn(error)).not.toContain("wrong-consumer-secret-9999");
  });

  it("401 from a clock far off → EXUNAUTHORIZED whose fix mentions the clock", async () => {
    const error = await failure(client({ now: () => Date.now() - 10 * 60_000 }).postTweet("late"));
    expect(error.code).toBe("EXUNAUTHORIZED");
    expect(error.fix).toMatch(/clock/);
    expect(fake.requests[0]!.reason).toBe("stale timestamp");
  });

  it("401 code 89 → says the token is invalid or revoked", async () => {
    fake.enqueue({ status: 401, body: { errors: [{ code: 89, message: "Invalid or expired token." }] } });
    const error = await failure(client().postTweet("hi"));
    expect(error.code).toBe("EXUNAUTHORIZED");
    expect(error.message).toMatch(/invalid or was revoked/);
  });

  it("403 duplicate on the first attempt → EXDUPLICATE (the doors decide it means already posted)", async () => {
    const c = client();
    await c.postTweet("same text");
    const error = await failure(c.postTweet("same text"));
    expect(error.code).toBe("EXDUPLICATE");
    expect(posts()).toHaveLength(2);
    expect(fake.tweets).toHaveLength(1);
  });

  it("403 oauth1-permissions → EXREADONLYAPP: switch to Read and write, then regenerate the tokens", async () => {
    await fake.close();
    fake = await startFakeX({ permission: "read" });
    const error = await failure(client().postTweet("hi"));
    expect(error.code).toBe("EXREADONLYAPP");
    expect(error.fix).toContain('"Read and write"');
    expect(error.fix).toMatch(/regenerate the Access Token and Secret/);
    expect(error.fix).toMatch(/old tokens keep/);
    expect(posts()).toHaveLength(1);
  });

  it("403 client-not-enrolled → EXNOTENROLLED", async () => {
    fake.enqueue({
      status: 403,
      body: {
        client_id: "12345",
        detail: "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.",
        title: "Client Forbidden",
        reason: "client-not-enrolled",
        type: "https://api.twitter.com/2/problems/client-forbidden",
      },
    });
    const error = await failure(client().postTweet("hi"));
    expect(error.code).toBe("EXNOTENROLLED");
    expect(error.fix).toMatch(/Project/);
    expect(posts()).toHaveLength(1);
  });

  it("403 code 453 → EXACCESSLEVEL", async () => {
    fake.enqueue({
      status: 403,
      body: { errors: [{ message: "You currently have access to a subset of X API V2 endpoints and limited v1.1 endpoints (e.g. media post, oauth) only.", code: 453 }] },
    });
    const error = await failure(client().postTweet("hi"));
    expect(error.code).toBe("EXACCESSLEVEL");
    expect(error.message).toContain("453");
  });

  it("403 on a reply from an app X does not let reply (since 2026-02-23) → EXREPLYREFUSED with X's words, never retried", async () => {
    await fake.close();
    fake = await startFakeX({ replies: "refused" });
    const c = client();
    const head = await c.postTweet("head");
    const error = await failure(c.postTweet("tail", { replyTo: head.id! }));
    expect(error.code).toBe("EXREPLYREFUSED");
    expect(error.message).toBe(
      "X refused a reply: since 2026-02-23 X lets apps on its self-serve (pay-per-use) plans reply only where the author of the post replied to mentioned or quoted the replying account " +
        "(X said: Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.). (POST /2/tweets → HTTP 403)",
    );
    expect(error.fix).toMatch(/^Set `thread` to false/);
    expect(posts().map((r) => r.status)).toEqual([201, 403]);
  });

  it("a 403 that is not about replies stays what it is, on a reply too (duplicate, deleted target)", async () => {
    const c = client();
    const head = await c.postTweet("head");
    await c.postTweet("tail", { replyTo: head.id! });
    expect((await failure(c.postTweet("tail", { replyTo: head.id! }))).code).toBe("EXDUPLICATE");
    fake.enqueue({ status: 403, body: { title: "Forbidden", detail: "You attempted to reply to a Tweet that is deleted or not visible to you.", type: "about:blank", status: 403 } });
    expect((await failure(c.postTweet("other", { replyTo: head.id! }))).code).toBe("EXFORBIDDEN");
    // On a first post, any other 403 is not a refused reply.
    fake.enqueue({ status: 403, body: { title: "Forbidden", detail: "Forbidden", type: "about:blank", status: 403 } });
    expect((await failure(c.postTweet("first"))).code).toBe("EXFORBIDDEN");
  });

  it("400 for an unknown reply target → EXBADREQUEST with X's reason", async () => {
    const error = await failure(client().postTweet("orphan", { replyTo: "42" }));
    expect(error.code).toBe("EXBADREQUEST");
    expect(error.message).toMatch(/reply target/);
    expect(posts()).toHaveLength(1);
  });

  it("usage cap → EXUSAGECAP, not retried", async () => {
    fake.enqueue({
      status: 429,
      body: { title: "UsageCapExceeded", detail: "Usage cap exceeded: Monthly product cap", type: "https://api.twitter.com/2/problems/usage-capped", period: "Monthly", scope: "Product" },
    });
    const error = await failure(client().postTweet("hi"));
    expect(error.code).toBe("EXUSAGECAP");
    expect(error.message).toMatch(/Monthly product cap/);
    expect(posts()).toHaveLength(1);
    expect(slept).toEqual([]);
  });
});

describe("XClient: rate limits", () => {
  const tooMany = (headers: Record<string, string>) => ({
    status: 429,
    body: { title: "Too Many Requests", detail: "Too Many Requests", type: "about:blank", status: 429 },
    headers,
  });

  it("a far reset fails at once, saying when in UTC and in minutes", async () => {
    const reset = nowS() + 15 * 60;
    fake.enqueue(tooMany({ "x-rate-limit-limit": "100", "x-rate-limit-remaining": "0", "x-rate-limit-reset": String(reset) }));
    const error = await failure(client().postTweet("hi"));
    expect(error.code).toBe("EXRATELIMITED");
    expect(error.message).toContain(new Date(reset * 1000).toISOString());
    expect(error.message).toMatch(/in 1[45] minutes/);
    expect(error.message).toContain("15-minute window");
    expect(posts()).toHaveLength(1);
    expect(slept).toEqual([]);
  });

  it("names the 24-hour user limit when that is the exhausted one", async () => {
    const reset = nowS() + 5 * 3600;
    fake.enqueue(
      tooMany({
        "x-rate-limit-remaining": "99",
        "x-rate-limit-reset": String(nowS() + 60),
        "x-user-limit-24hour-limit": "17",
        "x-user-limit-24hour-remaining": "0",
        "x-user-limit-24hour-reset": String(reset),
      }),
    );
    const error = await failure(client().postTweet("hi"));
    expect(error.message).toContain("the account's 24-hour post limit");
    expect(error.message).toContain(new Date(reset * 1000).toISOString());
    expect(error.message).toMatch(/in (299|300) minutes/);
  });

  it("names the app's 24-hour limit when that is the exhausted one", async () => {
    const reset = nowS() + 3600;
    fake.enqueue(tooMany({ "x-app-limit-24hour-remaining": "0", "x-app-limit-24hour-reset": String(reset) }));
    const error = await failure(client().postTweet("hi"));
    expect(error.message).toContain("the app's 24-hour post limit");
  });

  it("a near reset is waited out once, then the post goes through", async () => {
    fake.enqueue(tooMany({ "x-rate-limit-remaining": "0", "x-rate-limit-reset": String(nowS() + 10) }));
    const result = await client().postTweet("after the wait");
    expect(result.id).toBe(fake.tweets[0]!.id);
    expect(slept).toHaveLength(1);
    expect(slept[0]).toBeGreaterThan(9_000);
    expect(slept[0]).toBeLessThanOrEqual(12_000);
    expect(posts().map((r) => r.status)).toEqual([429, 201]);
  });

  it("a near reset is waited out only once", async () => {
    const near = tooMany({ "x-rate-limit-remaining": "0", "x-rate-limit-reset": String(nowS() + 5) });
    fake.enqueue(near, near);
    const error = await failure(client().postTweet("hi"));
    expect(error.code).toBe("EXRATELIMITED");
    expect(slept).toHaveLength(1);
    expect(posts()).toHaveLength(2);
  });

  it("a 429 without reset headers fails at once", async () => {
    fake.enqueue(tooMany({}));
    const error = await failure(client().postTweet("hi"));
    expect(error.code).toBe("EXRATELIMITED");
    expect(error.message).toMatch(/X did not say/);
    expect(slept).toEqual([]);
  });

  // Issue 16: x-rate-limit-reset: 1e20 once ended as "Unexpected error: Invalid time value".
  it.each([
    ["1e20", () => "1e20"],
    ["a reset 10^19 seconds away", () => "10000000000000000000"],
    ["negative", () => "-60"],
    ["not a number", () => "NaN"],
    ["hexadecimal", () => "0x7fffffff"],
    ["more than a day away", () => String(nowS() + 26 * 3600)],
    ["a year ago", () => String(nowS() - 365 * 86_400)],
  ])("an absurd reset (%s) is treated as absent: the rate-limit advice stays", async (_name, value) => {
    fake.enqueue(tooMany({ "x-rate-limit-remaining": "0", "x-rate-limit-reset": value(), "x-user-limit-24hour-reset": value() }));
    const error = await failure(client().postTweet("hi"));
    expect(error.code).toBe("EXRATELIMITED");
    expect(error.message).toMatch(/^X's rate limit is used up; it resets at a time X did not say\. \(POST \/2\/tweets → HTTP 429\)$/);
    expect(error.fix).toMatch(/^Run the job again after the reset\./);
    expect(slept).toEqual([]);
  });

  it("an absurd reset beside a sensible one: the sensible one is named", async () => {
    const reset = nowS() + 2 * 3600;
    fake.enqueue(
      tooMany({
        "x-rate-limit-remaining": "0",
        "x-rate-limit-reset": "1e20",
        "x-app-limit-24hour-remaining": "5",
        "x-app-limit-24hour-reset": String(reset),
      }),
    );
    const error = await failure(client().postTweet("hi"));
    expect(error.message).toContain(new Date(reset * 1000).toISOString());
  });

  it("a duplicate after a 429 is a real duplicate (a 429 stores nothing)", async () => {
    const c = client();
    await c.postTweet("posted by an earlier run");
    fake.enqueue(tooMany({ "x-rate-limit-remaining": "0", "x-rate-limit-reset": String(nowS() + 2) }));
    const error = await failure(c.postTweet("posted by an earlier run"));
    expect(error.code).toBe("EXDUPLICATE");
  });
});

describe("XClient: retries that never post twice", () => {
  it("500 then success: one post, one jittered wait within the first backoff step", async () => {
    fake.enqueue({ status: 500, body: { title: "Internal Server Error", type: "about:blank", status: 500 } });
    const result = await client().postTweet("retry me");
    expect(result.alreadyPosted).toBe(false);
    expect(fake.tweets).toHaveLength(1);
    expect(posts().map((r) => r.status)).toEqual([500, 201]);
    expect(slept).toHaveLength(1);
    expect(slept[0]).toBeGreaterThanOrEqual(0);
    expect(slept[0]).toBeLessThan(RETRY_POLICY.baseMs);
  });

  it("502 HTML gateway page, 503, 504: EXSERVER after 3 attempts and nothing posted", async () => {
    fake.enqueue(
      { status: 502, body: "<html><body><h1>502 Bad Gateway</h1></body></html>" },
      { status: 503, body: { title: "Service Unavailable", type: "about:blank", status: 503 } },
      { status: 504, body: "<html>Gateway Timeout</html>" },
    );
    const error = await failure(client({ random: () => 0.999 }).postTweet("hi"));
    expect(error.code).toBe("EXSERVER");
    expect(error.message).toContain("HTTP 504");
    expect(error.message).toContain("after 3 attempts");
    expect(error.message).toContain("HTML page");
    expect(error.message).not.toContain("<html");
    expect(posts()).toHaveLength(3);
    expect(fake.tweets).toHaveLength(0);
    // full jitter under 1 s, then under 2 s
    expect(slept).toEqual([999, 1998]);
  });

  it("a 200 HTML page (a captive proxy) is retried, then reported as EXBADRESPONSE", async () => {
    const page = { status: 200, body: "<!doctype html><title>Sign in to Wi-Fi</title>" };
    fake.enqueue(page, page, page);
    const error = await failure(client().postTweet("hi"));
    expect(error.code).toBe("EXBADRESPONSE");
    expect(error.message).toMatch(/HTML page/);
    expect(posts()).toHaveLength(3);
  });

  it("502 HTML then success", async () => {
    fake.enqueue({ status: 502, body: "<html>Bad Gateway</html>" });
    const result = await client().postTweet("through the gateway");
    expect(result.id).toBe(fake.tweets[0]!.id);
    expect(fake.tweets).toHaveLength(1);
  });

  it("connection reset before the post landed: retried, one post", async () => {
    fake.enqueue({ kind: "reset" });
    const result = await client().postTweet("reset first");
    expect(result.id).toBe(fake.tweets[0]!.id);
    expect(fake.tweets).toHaveLength(1);
    expect(posts().map((r) => r.status)).toEqual([0, 201]);
  });

  it("connection reset AFTER the post landed: the retry meets 'duplicate' → alreadyPosted with unknown id, one post", async () => {
    fake.enqueue({ kind: "land-then-reset" });
    const result = await client().postTweet("landed then lost");
    expect(result).toEqual({ id: null, url: null, alreadyPosted: true });
    expect(fake.tweets).toHaveLength(1);
    expect(posts().map((r) => r.status)).toEqual([0, 403]);
    expect(debug.join("\n")).toMatch(/duplicate after a retry/);
  });

  it("a 503 after landing (X stored it, then failed) also ends as alreadyPosted", async () => {
    // The fake cannot store-then-503, so the first post stands in for the landed attempt.
    const c = client();
    await c.postTweet("stored");
    fake.enqueue({ status: 503, body: "" });
    const result = await c.postTweet("stored");
    expect(result).toEqual({ id: null, url: null, alreadyPosted: true });
    expect(fake.tweets).toHaveLength(1);
  });

  it("malformed 201: the post exists, so no retry; returns an unknown id, not alreadyPosted", async () => {
    fake.enqueue({ kind: "malformed-201" });
    const result = await client().postTweet("odd answer");
    expect(result).toEqual({ id: null, url: null, alreadyPosted: false });
    expect(fake.tweets).toHaveLength(1);
    expect(posts()).toHaveLength(1);
    expect(debug.join("\n")).toMatch(/its id is unknown/);
  });

  it("connection refused: EXNETWORK after 3 attempts, with a plain cause", async () => {
    const url = fake.url;
    await fake.close();
    const c = client({ baseUrl: url });
    const error = await failure(c.postTweet("nobody home"));
    expect(error.code).toBe("EXNETWORK");
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(error.message).toContain("after 3 attempts");
    expect(error.cause).toBeInstanceOf(Error);
    expect(Object.keys(error.cause as object)).toEqual([]);
    expectNoSecrets(everythingIn(error));
    fake = await startFakeX(); // for afterEach
  });

  it("hangs are cut by the per-request timeout (real timers, real sleep), then the post goes through once", async () => {
    fake.enqueue({ kind: "hang" }, { kind: "hang" });
    const started = Date.now();
    // 500 ms: long enough that the third, answered attempt never times out on a loaded machine.
    const result = await client({ timeoutMs: 500, sleep: undefined, retry: { baseMs: 20, capMs: 40 } }).postTweet("slow X");
    const elapsed = Date.now() - started;
    expect(result.id).toBe(fake.tweets[0]!.id);
    expect(fake.tweets).toHaveLength(1);
    // Two 500 ms timeouts; timers may fire a millisecond early and Date.now() rounds, and the backoff may be 0.
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(8_000);
  });

  it("hang on every attempt → EXTIMEOUT after 3 attempts, nothing posted", async () => {
    fake.enqueue({ kind: "hang" }, { kind: "hang" }, { kind: "hang" });
    const error = await failure(client({ timeoutMs: 100 }).postTweet("never answered"));
    expect(error.code).toBe("EXTIMEOUT");
    expect(error.message).toContain("after 3 attempts");
    expect(fake.tweets).toHaveLength(0);
    expectNoSecrets(everythingIn(error), fake);
  });

  it("the whole call stays inside the time budget even with many attempts allowed", async () => {
    let clock = Date.now();
    const steps: number[] = [];
    fake.enqueue(...Array.from({ length: 20 }, () => ({ status: 503, body: "" })));
    const c = client({
      now: () => clock,
      random: () => 0.999,
      retry: { attempts: 20 },
      sleep: (ms) => {
        steps.push(ms);
        clock += ms;
        return Promise.resolve();
      },
    });
    const error = await failure(c.postTweet("budget"));
    expect(error.code).toBe("EXSERVER");
    const waited = steps.reduce((a, b) => a + b, 0);
    expect(waited).toBeLessThan(RETRY_POLICY.budgetMs);
    expect(posts().length).toBeLessThan(20);
    expect(posts().length).toBe(steps.length + 1);
  });

  it("no secret in any error, cause chain or debug line across every failure kind", async () => {
    const kinds = [
      { status: 500, body: "" },
      { kind: "reset" as const },
      { status: 502, body: "<html/>" },
    ];
    fake.enqueue(...kinds);
    const error = await failure(client({ timeoutMs: 200 }).postTweet("x"));
    expectNoSecrets(everythingIn(error), fake);
    expectNoSecrets(debug.join("\n"), fake);
    expect(debug.length).toBeGreaterThan(3);
  });
});

describe("XClient: transport", () => {
  it("never follows a redirect with a signed request: X's answer is reported, the other host sees nothing", async () => {
    const elsewhere = await startFakeX();
    try {
      // An empty 3xx is an odd answer, so retried like any other, but always at X's address, never at Location.
      const redirect = { status: 307, body: "", headers: { location: `${elsewhere.url}/2/tweets` } };
      fake.enqueue(redirect, redirect, redirect);
      const error = await failure(client().postTweet("moved"));
      expect(error.code).toBe("EXBADRESPONSE");
      expect(error.message).toContain("307");
      expect(posts()).toHaveLength(3);
      expect(elsewhere.requests).toEqual([]);
      expect(fake.tweets).toHaveLength(0);
      expectNoSecrets(everythingIn(error), fake);
    } finally {
      await elsewhere.close();
    }
  });

  it("goes through the dispatcher it is given (a proxy agent), for every attempt", async () => {
    const proxy = await startConnectProxy();
    const dispatcher = new ProxyAgent(proxy.url);
    try {
      fake.enqueue({ status: 503, body: "" });
      const result = await client({ dispatcher }).postTweet("via the proxy");
      expect(result.id).toBe(fake.tweets[0]!.id);
      expect(posts()).toHaveLength(2);
      // One tunnel per connection; undici keeps the tunnel open between attempts.
      expect(proxy.tunnels.length).toBeGreaterThanOrEqual(1);
      expect(new Set(proxy.tunnels)).toEqual(new Set([new URL(fake.url).host]));
    } finally {
      await dispatcher.close();
      await proxy.close();
    }
  });
});

describe("XClient: bad input fails before any request", () => {
  it("empty or padded credentials → EXCREDENTIALS naming each, without values", () => {
    let error: unknown;
    try {
      client({ credentials: { ...FAKE_CREDENTIALS, apiKey: "", accessTokenSecret: `${FAKE_CREDENTIALS.accessTokenSecret}\n` } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReleaseTweetError);
    const e = error as ReleaseTweetError;
    expect(e.code).toBe("EXCREDENTIALS");
    expect(e.message).toContain("TWITTER_API_KEY (api-key) is empty");
    expect(e.message).toContain("TWITTER_ACCESS_TOKEN_SECRET (access-token-secret) contains spaces or line breaks");
    expectNoSecrets(everythingIn(e));
    expect(fake.requests).toHaveLength(0);
  });

  it("a bad base URL → EXBASEURL", () => {
    expect(() => client({ baseUrl: "api.x.com" })).toThrow(expect.objectContaining({ code: "EXBASEURL" }));
    expect(() => client({ baseUrl: "ftp://api.x.com" })).toThrow(expect.objectContaining({ code: "EXBASEURL" }));
  });

  it("empty text or a non-numeric reply id → error, no request", async () => {
    expect((await failure(client().postTweet("  "))).code).toBe("EXEMPTYPOST");
    expect((await failure(client().postTweet("a", { replyTo: "../1" }))).code).toBe("EXREPLYTO");
    expect(fake.requests).toHaveLength(0);
  });

  it("does not change the caller's credentials object", async () => {
    const credentials = { ...FAKE_CREDENTIALS };
    await client({ credentials }).postTweet("hands off");
    expect(credentials).toEqual(FAKE_CREDENTIALS);
  });
});
