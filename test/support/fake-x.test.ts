// The fake's own checks: if it accepted bad signatures, every client test against it would prove nothing.
import { request } from "undici";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authorizationHeader, encodeForm } from "../../src/x/oauth.js";
import { FAKE_APP, FAKE_CREDENTIALS, FAKE_USER, startFakeX, type FakeX } from "./fake-x.js";

let fake: FakeX;
beforeEach(async () => {
  fake = await startFakeX();
});
afterEach(async () => {
  await fake.close();
});

const consumer = { key: FAKE_APP.apiKey, secret: FAKE_APP.apiSecret };
const user = { key: FAKE_USER.accessToken, secret: FAKE_USER.accessTokenSecret };

async function post(text: string, sign: { consumer?: typeof consumer; token?: typeof user; now?: () => number; nonce?: () => string; query?: string } = {}) {
  const url = `${fake.url}/2/tweets${sign.query ?? ""}`;
  const authorization = authorizationHeader({ method: "POST", url, consumer: sign.consumer ?? consumer, token: sign.token ?? user }, { now: sign.now, nonce: sign.nonce });
  const res = await request(url, { method: "POST", headers: { authorization, "content-type": "application/json" }, body: JSON.stringify({ text }) });
  return { status: res.statusCode, body: (await res.body.json()) as Record<string, unknown> };
}

describe("fake X verifies every signature", () => {
  it("accepts a correct signature and stores the post", async () => {
    const res = await post("hello");
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ data: { id: fake.tweets[0]!.id, text: "hello" } });
  });

  it.each([
    ["a wrong consumer secret", { consumer: { ...consumer, secret: "x" } }, "bad signature"],
    ["a wrong token secret", { token: { ...user, secret: "x" } }, "bad signature"],
    ["an unknown token", { token: { key: "2222-other", secret: FAKE_USER.accessTokenSecret } }, "unknown token"],
    ["an unknown consumer", { consumer: { ...consumer, key: "other" } }, "unknown consumer key"],
    ["a timestamp 6 minutes old", { now: () => Date.now() - 6 * 60_000 }, "stale timestamp"],
  ])("refuses %s with X's 401 problem", async (_name, sign, reason) => {
    const res = await post("nope", sign);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" });
    expect(fake.requests[0]!.reason).toBe(reason);
    expect(fake.tweets).toHaveLength(0);
  });

  it("refuses a repeated nonce", async () => {
    const nonce = () => "same-nonce-twice";
    expect((await post("one", { nonce })).status).toBe(201);
    expect((await post("two", { nonce })).status).toBe(401);
    expect(fake.requests[1]!.reason).toBe("repeated nonce");
  });

  it("refuses a signature that covered a JSON body (JSON bodies are not signed)", async () => {
    const url = `${fake.url}/2/tweets`;
    const body = JSON.stringify({ text: "signed json" });
    // Pretend the body were a form parameter: the signature then covers it and no longer matches.
    const authorization = authorizationHeader({ method: "POST", url, consumer, token: user, form: [[body, ""]] });
    const res = await request(url, { method: "POST", headers: { authorization, "content-type": "application/json" }, body });
    expect(res.statusCode).toBe(401);
    await res.body.dump();
  });

  it("refuses oauth_* parameters outside the Authorization header", async () => {
    const url = `${fake.url}/oauth/request_token`;
    const authorization = authorizationHeader({ method: "POST", url, consumer, protocolParams: { oauth_callback: "oob" } });
    const res = await request(`${url}?oauth_callback=oob`, { method: "POST", headers: { authorization } });
    expect(res.statusCode).toBe(401);
    expect(await res.body.json()).toEqual({ errors: [{ code: 32, message: "Could not authenticate you." }] });
    expect(fake.requests[0]!.reason).toMatch(/in the query/);
    const form = await request(url, {
      method: "POST",
      headers: { authorization: authorizationHeader({ method: "POST", url, consumer, protocolParams: { oauth_callback: "oob" } }), "content-type": "application/x-www-form-urlencoded" },
      body: encodeForm([["oauth_callback", "oob"]]),
    });
    expect(form.statusCode).toBe(401);
    await form.body.dump();
    expect(fake.requests[1]!.reason).toMatch(/in the body/);
  });

  it("signs and verifies form bodies (x_auth_access_type)", async () => {
    const url = `${fake.url}/oauth/request_token`;
    const form: [string, string][] = [["x_auth_access_type", "write"]];
    const ok = await request(url, {
      method: "POST",
      headers: { authorization: authorizationHeader({ method: "POST", url, consumer, form, protocolParams: { oauth_callback: "oob" } }), "content-type": "application/x-www-form-urlencoded" },
      body: encodeForm(form),
    });
    expect(ok.statusCode).toBe(200);
    expect(await ok.body.text()).toMatch(/oauth_callback_confirmed=true$/);
    // the same header with a different body no longer matches
    const tampered = await request(url, {
      method: "POST",
      headers: { authorization: authorizationHeader({ method: "POST", url, consumer, form, protocolParams: { oauth_callback: "oob" } }), "content-type": "application/x-www-form-urlencoded" },
      body: encodeForm([["x_auth_access_type", "read"]]),
    });
    expect(tampered.statusCode).toBe(401);
    await tampered.body.dump();
  });
});

describe("fake X posts", () => {
  it("answers a repeated text with X's duplicate problem", async () => {
    await post("same");
    const dup = await post("same");
    expect(dup.status).toBe(403);
    expect(dup.body.detail).toBe("You are not allowed to create a Tweet with duplicate content.");
  });

  it("plays faults in order, then serves normally", async () => {
    fake.enqueue({ status: 503, body: "down" }, { kind: "malformed-201" });
    expect((await request(`${fake.url}/2/tweets`, { method: "POST", headers: { authorization: authorizationHeader({ method: "POST", url: `${fake.url}/2/tweets`, consumer, token: user }), "content-type": "application/json" }, body: '{"text":"a"}' })).statusCode).toBe(503);
    const malformed = await request(`${fake.url}/2/tweets`, { method: "POST", headers: { authorization: authorizationHeader({ method: "POST", url: `${fake.url}/2/tweets`, consumer, token: user }), "content-type": "application/json" }, body: '{"text":"a"}' });
    expect(malformed.statusCode).toBe(201);
    await expect(malformed.body.json()).rejects.toThrow();
    expect((await post("b")).status).toBe(201);
    expect(fake.tweets.map((t) => t.text)).toEqual(["a", "b"]);
  });

  it("exports credentials that match FAKE_APP and FAKE_USER", () => {
    expect(FAKE_CREDENTIALS).toEqual({ apiKey: FAKE_APP.apiKey, apiSecret: FAKE_APP.apiSecret, accessToken: FAKE_USER.accessToken, accessTokenSecret: FAKE_USER.accessTokenSecret });
  });
});
