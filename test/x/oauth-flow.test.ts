import { MockAgent } from "undici";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { accessToken, authorizeUrl, requestToken } from "../../src/x/oauth-flow.js";
import { FAKE_APP, FAKE_USER, startFakeX, type FakeX } from "../support/fake-x.js";

let fake: FakeX;
beforeEach(async () => {
  fake = await startFakeX();
});
afterEach(async () => {
  await fake.close();
});

async function failure(promise: Promise<unknown>): Promise<ReleaseTweetError> {
  const error = await promise.then(() => new Error("expected a failure"), (e: unknown) => e);
  expect(error).toBeInstanceOf(ReleaseTweetError);
  const e = error as ReleaseTweetError;
  for (const secret of [FAKE_APP.apiKey, FAKE_APP.apiSecret]) expect(`${e.message} ${e.fix}`).not.toContain(secret);
  return e;
}

/** Opens the authorize page like a browser would and reads the PIN (or the redirect's verifier). */
async function authorize(token: string): Promise<{ status: number; pin?: string; location?: string }> {
  const res = await fetch(authorizeUrl(fake.url, token), { redirect: "manual" });
  const html = await res.text();
  return { status: res.status, pin: /<code id="pin">(\d+)<\/code>/.exec(html)?.[1], location: res.headers.get("location") ?? undefined };
}

describe("three-legged OAuth against the fake X", () => {
  it("PIN mode: request token → PIN → access token; protocol params only in the header", async () => {
    const request = await requestToken(FAKE_APP, "oob", { baseUrl: fake.url });
    const page = await authorize(request.token);
    expect(page.pin).toMatch(/^\d{7}$/);
    const result = await accessToken(FAKE_APP, { ...request, verifier: page.pin! }, { baseUrl: fake.url });
    expect(result).toEqual({ accessToken: FAKE_USER.accessToken, accessTokenSecret: FAKE_USER.accessTokenSecret, userId: "1111", screenName: "release_bot" });
    const posts = fake.requests.filter((r) => r.method === "POST");
    expect(posts.map((r) => [r.path, r.status])).toEqual([
      ["/oauth/request_token", 200],
      ["/oauth/access_token", 200],
    ]);
    expect(posts[0]!.authorization).toContain('oauth_callback="oob"');
    expect(posts[1]!.authorization).toContain(`oauth_verifier="${page.pin}"`);
  });

  it("redirect mode with an approved callback URL", async () => {
    const callback = "http://127.0.0.1:8123/callback";
    fake.approvedCallbacks.push(callback);
    fake.callbackMode = "redirect";
    const request = await requestToken(FAKE_APP, callback, { baseUrl: `${fake.url}/` });
    const page = await authorize(request.token);
    expect(page.status).toBe(302);
    const back = new URL(page.location!);
    expect(`${back.origin}${back.pathname}`).toBe(callback);
    expect(back.searchParams.get("oauth_token")).toBe(request.token);
    const result = await accessToken(FAKE_APP, { ...request, verifier: back.searchParams.get("oauth_verifier")! }, { baseUrl: fake.url });
    expect(result.screenName).toBe("release_bot");
  });

  it("wrong consumer secret → EXCONSUMERKEYS naming the two values", async () => {
    const error = await failure(requestToken({ ...FAKE_APP, apiSecret: "nope-nope" }, "oob", { baseUrl: fake.url }));
    expect(error.code).toBe("EXCONSUMERKEYS");
    expect(error.fix).toContain("TWITTER_API_KEY");
    expect(error.fix).toContain("TWITTER_API_SECRET");
  });

  it("callback URL not approved → EXCALLBACK with the URL and what to register", async () => {
    const error = await failure(requestToken(FAKE_APP, "http://localhost:9999/cb", { baseUrl: fake.url }));
    expect(error.code).toBe("EXCALLBACK");
    expect(error.message).toContain("http://localhost:9999/cb");
    expect(error.fix).toMatch(/127\.0\.0\.1, not localhost/);
  });

  it("a wrong PIN → EXBADPIN; the right PIN still works once, then a reuse → EXBADPIN", async () => {
    const request = await requestToken(FAKE_APP, "oob", { baseUrl: fake.url });
    const page = await authorize(request.token);
    const wrong = page.pin === "1234567" ? "7654321" : "1234567";
    expect((await failure(accessToken(FAKE_APP, { ...request, verifier: wrong }, { baseUrl: fake.url }))).code).toBe("EXBADPIN");
    await accessToken(FAKE_APP, { ...request, verifier: page.pin! }, { baseUrl: fake.url });
    const reused = await failure(accessToken(FAKE_APP, { ...request, verifier: page.pin! }, { baseUrl: fake.url }));
    expect(reused.code).toBe("EXBADPIN");
    expect(reused.message).toMatch(/already used/);
  });

  it("an unknown or expired request token → EXREQUESTTOKENEXPIRED", async () => {
    const error = await failure(accessToken(FAKE_APP, { token: "req-gone", tokenSecret: "s", verifier: "1234567" }, { baseUrl: fake.url }));
    expect(error.code).toBe("EXREQUESTTOKENEXPIRED");
  });

  it("empty keys or PIN fail before any request", async () => {
    expect((await failure(requestToken({ apiKey: " ", apiSecret: "x" }, "oob", { baseUrl: fake.url }))).code).toBe("EXCREDENTIALS");
    expect((await failure(accessToken(FAKE_APP, { token: "t", tokenSecret: "s", verifier: " " }, { baseUrl: fake.url }))).code).toBe("EXBADPIN");
    expect(fake.requests).toHaveLength(0);
  });

  it("authorizeUrl keeps a base path and encodes the token", () => {
    expect(authorizeUrl("https://api.x.com/", "a b")).toBe("https://api.x.com/oauth/authorize?oauth_token=a+b");
    expect(authorizeUrl("https://proxy.example/x", "T")).toBe("https://proxy.example/x/oauth/authorize?oauth_token=T");
  });
});

describe("answers the fake X does not give (MockAgent)", () => {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const pool = agent.get("https://api.x.com");

  it("oauth_callback_confirmed missing → EXCALLBACKUNCONFIRMED", async () => {
    pool.intercept({ path: "/oauth/request_token", method: "POST" }).reply(200, "oauth_token=t&oauth_token_secret=s&oauth_callback_confirmed=false");
    const error = await failure(requestToken(FAKE_APP, "oob", { dispatcher: agent }));
    expect(error.code).toBe("EXCALLBACKUNCONFIRMED");
  });

  it("a callback refusal sent as 401 is still recognised by its code 415", async () => {
    pool.intercept({ path: "/oauth/request_token", method: "POST" }).reply(401, { errors: [{ code: 415, message: "Callback URL not approved for this client application." }] });
    expect((await failure(requestToken(FAKE_APP, "https://example.com/cb", { dispatcher: agent }))).code).toBe("EXCALLBACK");
  });

  it("a callback refusal sent as XML with HTTP 403 (as field reports show) → EXCALLBACK", async () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?><errors><error code="415">Callback URL not approved for this client application. Approved callback URLs can be adjusted in your application settings</error></errors>';
    pool.intercept({ path: "/oauth/request_token", method: "POST" }).reply(403, xml, { headers: { "content-type": "application/xml" } });
    const error = await failure(requestToken(FAKE_APP, "http://127.0.0.1:18976/callback", { dispatcher: agent }));
    expect(error.code).toBe("EXCALLBACK");
    expect(error.message).toContain("http://127.0.0.1:18976/callback");
  });

  it("access_token: a 401 in plain text is about the request token, not the keys X accepted a moment ago", async () => {
    pool.intercept({ path: "/oauth/access_token", method: "POST" }).reply(401, "Invalid request token.");
    const expired = await failure(accessToken(FAKE_APP, { token: "t", tokenSecret: "s", verifier: "1234567" }, { dispatcher: agent }));
    expect(expired.code).toBe("EXREQUESTTOKENEXPIRED");
    pool.intercept({ path: "/oauth/access_token", method: "POST" }).reply(401, { errors: [{ code: 32, message: "Could not authenticate you." }] });
    const keys = await failure(accessToken(FAKE_APP, { token: "t", tokenSecret: "s", verifier: "1234567" }, { dispatcher: agent }));
    expect(keys.code).toBe("EXCONSUMERKEYS");
  });

  it("errors of the flow never carry the posting advice ('running again cannot post twice')", async () => {
    pool.intercept({ path: "/oauth/request_token", method: "POST" }).reply(502, "<html>Bad gateway</html>");
    const gateway = await failure(requestToken(FAKE_APP, "oob", { dispatcher: agent }));
    expect(gateway.code).toBe("EXSERVER");
    pool.intercept({ path: "/oauth/access_token", method: "POST" }).replyWithError(new Error("socket hang up"));
    const network = await failure(accessToken(FAKE_APP, { token: "t", tokenSecret: "s", verifier: "1" }, { dispatcher: agent }));
    expect(network.code).toBe("EXNETWORK");
    for (const error of [gateway, network]) {
      expect(error.fix).not.toMatch(/post the same text|already posted/);
      expect(error.fix.length).toBeGreaterThan(10);
    }
  });

  it("access_token: a PIN that X echoes in its error is redacted like the tokens", async () => {
    pool.intercept({ path: "/oauth/access_token", method: "POST" }).reply(400, { errors: [{ code: 99, message: "Verifier 7654321 is not valid here." }] });
    const error = await failure(accessToken(FAKE_APP, { token: "t", tokenSecret: "s", verifier: " 7654321 " }, { dispatcher: agent }));
    expect(`${error.message} ${error.fix}`).toContain("is not valid here");
    expect(`${error.message} ${error.fix}`).not.toContain("7654321");
  });

  it("a 200 without the tokens → EXBADRESPONSE", async () => {
    pool.intercept({ path: "/oauth/access_token", method: "POST" }).reply(200, "<html>hello</html>");
    const error = await failure(accessToken(FAKE_APP, { token: "t", tokenSecret: "s", verifier: "1" }, { dispatcher: agent }));
    expect(error.code).toBe("EXBADRESPONSE");
  });
});
