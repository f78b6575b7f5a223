// The fake's own checks: if it accepted bad signatures, every client test against it would prove nothing.
import { request } from "undici";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authorizationHeader, encodeForm } from "../../src/x/oauth.js";
import { FAKE_APP, FAKE_CREDENTIALS, FAKE_USER, REPLY_REFUSED, startFakeX, type FakeX } from "./fake-x.js";

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
    // A nonce is unique per timestamp (RFC 5849 3.3): the same second for both, or a slow machine may cross into the next.
    const at = Date.now();
    const sign = { nonce: () => "same-nonce-twice", now: () => at };
    expect((await post("one", sign)).status).toBe(201);
    expect((await post("two", sign)).status).toBe(401);
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

describe("fake X media endpoints verify signatures like /2/tweets", () => {
  async function upload(sign: { form?: [string, string][]; consumer?: typeof consumer } = {}) {
    const url = `${fake.url}/2/media/upload`;
    const body = new FormData();
    body.append("media_category", "tweet_image");
    body.append("media", new Blob([Buffer.from("89504e470d0a1a0a00", "hex")], { type: "image/png" }), "media");
    const encoded = new Response(body);
    const authorization = authorizationHeader({ method: "POST", url, consumer: sign.consumer ?? consumer, token: user, form: sign.form });
    const res = await request(url, {
      method: "POST",
      headers: { authorization, "content-type": encoded.headers.get("content-type")! },
      body: Buffer.from(await encoded.arrayBuffer()),
    });
    return { status: res.statusCode, body: (await res.body.json()) as Record<string, unknown> };
  }

  it("accepts a multipart upload signed without its parts (RFC 5849 3.4.1.3.1) and stores the bytes", async () => {
    const res = await upload();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ data: { id: fake.media[0]!.id, media_key: `3_${fake.media[0]!.id}` } });
    expect(fake.media[0]!.bytes.toString("hex")).toBe("89504e470d0a1a0a00");
  });

  it("refuses a signature that covered the multipart parts, and one with a wrong secret", async () => {
    expect((await upload({ form: [["media_category", "tweet_image"]] })).status).toBe(401);
    expect((await upload({ consumer: { ...consumer, secret: "nope" } })).status).toBe(401);
    expect(fake.requests.map((r) => r.reason)).toEqual(["bad signature", "bad signature"]);
    expect(fake.media).toEqual([]);
  });

  it("signs STATUS's query: a query changed after signing is refused", async () => {
    await upload();
    const id = fake.media[0]!.id;
    const signedUrl = `${fake.url}/2/media/upload?command=STATUS&media_id=${id}`;
    const authorization = authorizationHeader({ method: "GET", url: signedUrl, consumer, token: user });
    const ok = await request(signedUrl, { headers: { authorization } });
    expect(ok.statusCode).toBe(200);
    await ok.body.dump();
    const other = await request(`${fake.url}/2/media/upload?command=STATUS&media_id=1`, { headers: { authorization: authorizationHeader({ method: "GET", url: signedUrl, consumer, token: user }) } });
    expect(other.statusCode).toBe(401);
    await other.body.dump();
  });
});

describe("fake X reads and replies", () => {
  async function get(path: string) {
    const url = `${fake.url}${path}`;
    const res = await request(url, { headers: { authorization: authorizationHeader({ method: "GET", url, consumer, token: user }) } });
    return { status: res.statusCode, body: (await res.body.json()) as Record<string, unknown> };
  }

  it("lists the account's posts newest first as X shows them: t.co links with entities, &<> escaped, paged", async () => {
    await post("one & <two> https://example.com/a");
    await post("plain");
    const page = await get(`/2/users/${FAKE_USER.userId}/tweets?max_results=5&tweet.fields=entities,referenced_tweets`);
    expect(page.status).toBe(200);
    const data = page.body.data as { text: string; entities?: { urls: { url: string; expanded_url: string }[] } }[];
    expect(data.map((t) => t.text.replace(/t\.co\/\w+/, "t.co/…"))).toEqual(["plain", "one &amp; &lt;two&gt; https://t.co/…"]);
    expect(data[1]!.entities!.urls[0]!.expanded_url).toBe("https://example.com/a");
    expect(data[1]!.text).toContain(data[1]!.entities!.urls[0]!.url);
    for (let i = 0; i < 5; i++) await post(`filler ${i}`);
    const first = await get(`/2/users/${FAKE_USER.userId}/tweets?max_results=5`);
    expect((first.body.meta as { next_token?: string }).next_token).toBeTruthy();
    const second = await get(`/2/users/${FAKE_USER.userId}/tweets?max_results=5&pagination_token=${(first.body.meta as { next_token: string }).next_token}`);
    expect((second.body.data as { text: string }[]).map((t) => t.text)).toEqual(["plain", "one &amp; &lt;two&gt; " + (data[1]!.entities!.urls[0]!.url)]);
  });

  it("answers max_results outside 5..100 with X's invalid-request problem", async () => {
    const res = await get(`/2/users/${FAKE_USER.userId}/tweets?max_results=3`);
    expect(res.status).toBe(400);
    expect(res.body.title).toBe("Invalid Request");
  });

  it("with replies refused, answers any reply with X's 403 for self-serve apps (a first post still goes out)", async () => {
    await fake.close();
    fake = await startFakeX({ replies: "refused" });
    expect((await post("head")).status).toBe(201);
    const url = `${fake.url}/2/tweets`;
    const res = await request(url, {
      method: "POST",
      headers: { authorization: authorizationHeader({ method: "POST", url, consumer, token: user }), "content-type": "application/json" },
      body: JSON.stringify({ text: "tail", reply: { in_reply_to_tweet_id: fake.tweets[0]!.id } }),
    });
    expect(res.statusCode).toBe(403);
    expect(await res.body.json()).toEqual(REPLY_REFUSED);
    expect(fake.tweets).toHaveLength(1);
  });
});
