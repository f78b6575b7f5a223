// The fake PDS's own checks: if it accepted a wrong password, a stale token or a facet cutting a character, every
// client test against it would prove nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FAKE_BSKY, startFakeBluesky, type FakeBluesky } from "./fake-bluesky.js";

let fake: FakeBluesky;
beforeEach(async () => {
  fake = await startFakeBluesky();
});
afterEach(async () => {
  await fake.close();
});

async function xrpc(nsid: string, init: { method?: "GET" | "POST"; body?: unknown; token?: string; query?: Record<string, string> } = {}) {
  const url = new URL(`/xrpc/${nsid}`, fake.url);
  for (const [k, v] of Object.entries(init.query ?? {})) url.searchParams.set(k, v);
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const res = await fetch(url, { method: init.method ?? "POST", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function session(): Promise<string> {
  const res = await xrpc("com.atproto.server.createSession", { body: { identifier: FAKE_BSKY.handle, password: FAKE_BSKY.appPassword } });
  expect(res.status).toBe(200);
  return res.body.accessJwt as string;
}

const TID0 = "3jzfcijpj2z2a";
const post = (text: string, extra: Record<string, unknown> = {}) => ({ $type: "app.bsky.feed.post", text, createdAt: "2026-05-01T12:00:00.000Z", ...extra });

describe("fake Bluesky sessions", () => {
  it("gives tokens for the identifier (handle or DID) and app password, with did and handle", async () => {
    for (const identifier of [FAKE_BSKY.handle, FAKE_BSKY.did]) {
      const res = await xrpc("com.atproto.server.createSession", { body: { identifier, password: FAKE_BSKY.appPassword } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ did: FAKE_BSKY.did, handle: FAKE_BSKY.handle });
      expect(typeof res.body.accessJwt).toBe("string");
    }
  });

  it("refuses a wrong password with the PDS's 401 AuthenticationRequired and never keeps the password", async () => {
    const res = await xrpc("com.atproto.server.createSession", { body: { identifier: FAKE_BSKY.handle, password: "wrong-pass-word" } });
    expect(res).toEqual({ status: 401, body: { error: "AuthenticationRequired", message: "Invalid identifier or password" } });
    expect(JSON.stringify(fake.requests)).not.toContain("wrong-pass-word");
  });

  it("answers AuthFactorTokenRequired for the main password when two-factor is on, and AccountTakedown", async () => {
    await fake.close();
    fake = await startFakeBluesky({ twoFactor: true });
    const main = await xrpc("com.atproto.server.createSession", { body: { identifier: FAKE_BSKY.handle, password: FAKE_BSKY.mainPassword } });
    expect(main.body.error).toBe("AuthFactorTokenRequired");
    await fake.close();
    fake = await startFakeBluesky({ takenDown: true });
    const down = await xrpc("com.atproto.server.createSession", { body: { identifier: FAKE_BSKY.handle, password: FAKE_BSKY.appPassword } });
    expect(down).toEqual({ status: 401, body: { error: "AccountTakedown", message: "Account has been taken down" } });
  });

  it("requires the bearer token: missing 401 AuthMissing, unknown 400 InvalidToken, expired 400 ExpiredToken", async () => {
    const input = { repo: FAKE_BSKY.did, collection: "app.bsky.feed.post", rkey: TID0, record: post("hi") };
    expect(await xrpc("com.atproto.repo.createRecord", { body: input })).toEqual({ status: 401, body: { error: "AuthMissing", message: "Authentication Required" } });
    expect(await xrpc("com.atproto.repo.createRecord", { body: input, token: "forged" })).toEqual({ status: 400, body: { error: "InvalidToken", message: "Token could not be verified" } });
    const token = await session();
    fake.expireSessions();
    expect(await xrpc("com.atproto.repo.createRecord", { body: input, token })).toEqual({ status: 400, body: { error: "ExpiredToken", message: "Token has expired" } });
    expect(fake.records).toHaveLength(0);
    const fresh = await session();
    expect((await xrpc("com.atproto.repo.createRecord", { body: input, token: fresh })).status).toBe(200);
  });
});

describe("fake Bluesky records", () => {
  it("stores a post under its key and reads it back; a missing one is RecordNotFound", async () => {
    const token = await session();
    const created = await xrpc("com.atproto.repo.createRecord", { token, body: { repo: FAKE_BSKY.did, collection: "app.bsky.feed.post", rkey: TID0, record: post("hi") } });
    expect(created.status).toBe(200);
    expect(created.body.uri).toBe(`at://${FAKE_BSKY.did}/app.bsky.feed.post/${TID0}`);
    const read = await xrpc("com.atproto.repo.getRecord", { method: "GET", query: { repo: FAKE_BSKY.did, collection: "app.bsky.feed.post", rkey: TID0 } });
    expect(read.body).toMatchObject({ uri: created.body.uri, cid: created.body.cid, value: { text: "hi" } });
    const missing = await xrpc("com.atproto.repo.getRecord", { method: "GET", query: { repo: FAKE_BSKY.did, collection: "app.bsky.feed.post", rkey: "3jzfcijpj2z2b" } });
    expect(missing).toEqual({ status: 400, body: { error: "RecordNotFound", message: `Could not locate record: at://${FAKE_BSKY.did}/app.bsky.feed.post/3jzfcijpj2z2b` } });
  });

  it("refuses a taken key like the reference PDS (a bare 500), or with RecordAlreadyExists when told", async () => {
    const token = await session();
    const input = { repo: FAKE_BSKY.did, collection: "app.bsky.feed.post", rkey: TID0, record: post("once") };
    await xrpc("com.atproto.repo.createRecord", { token, body: input });
    expect(await xrpc("com.atproto.repo.createRecord", { token, body: input })).toEqual({ status: 500, body: { error: "InternalServerError", message: "Internal Server Error" } });
    expect(fake.records).toHaveLength(1);
    await fake.close();
    fake = await startFakeBluesky({ duplicateAnswer: "record-already-exists" });
    const again = await session();
    await xrpc("com.atproto.repo.createRecord", { token: again, body: input });
    expect((await xrpc("com.atproto.repo.createRecord", { token: again, body: input })).body.error).toBe("RecordAlreadyExists");
  });

  it.each([
    ["a key that is not a TID", { rkey: "release-v1" }, /Invalid record key/],
    ["301 graphemes", { record: post("a".repeat(301)) }, /300 graphemes/],
    ["3025 bytes in 121 graphemes", { record: post("👨‍👩‍👧‍👦".repeat(121)) }, /3000/],
    ["a facet past the end", { record: post("abc", { facets: [{ index: { byteStart: 0, byteEnd: 4 }, features: [{ $type: "app.bsky.richtext.facet#link", uri: "https://a.example" }] }] }) }, /past the text/],
    ["a facet cutting an emoji", { record: post("🎉x", { facets: [{ index: { byteStart: 2, byteEnd: 5 }, features: [{ $type: "app.bsky.richtext.facet#link", uri: "https://a.example" }] }] }) }, /boundary/],
    ["a mention facet", { record: post("@x", { facets: [{ index: { byteStart: 0, byteEnd: 2 }, features: [{ $type: "app.bsky.richtext.facet#mention", did: "did:plc:x" }] }] }) }, /unexpected feature/],
    ["a reply to nothing", { record: post("r", { reply: { root: { uri: "at://x/app.bsky.feed.post/3jzfcijpj2z2b", cid: "bafy" }, parent: { uri: "at://x/app.bsky.feed.post/3jzfcijpj2z2b", cid: "bafy" } } }) }, /reply\/root/],
    ["a thumb that was never uploaded", { record: post("c", { embed: { $type: "app.bsky.embed.external", external: { uri: "https://a.example", title: "t", description: "d", thumb: { $type: "blob", ref: { $link: "bafkreinope" }, mimeType: "image/png", size: 3 } } } }) }, /uploaded blob/],
  ])("refuses %s with 400 InvalidRequest", async (_name, change, message) => {
    const token = await session();
    const res = await xrpc("com.atproto.repo.createRecord", { token, body: { repo: FAKE_BSKY.did, collection: "app.bsky.feed.post", rkey: TID0, record: post("ok"), ...change } });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("InvalidRequest");
    expect(res.body.message).toMatch(message);
    expect(fake.records).toHaveLength(0);
  });

  it("accepts a facet on character boundaries and a reply with the right uri and cid", async () => {
    const token = await session();
    const text = "日本 🎉 https://x.example";
    const start = Buffer.byteLength("日本 🎉 ");
    const head = await xrpc("com.atproto.repo.createRecord", { token, body: { repo: FAKE_BSKY.did, collection: "app.bsky.feed.post", rkey: TID0, record: post(text, { facets: [{ index: { byteStart: start, byteEnd: Buffer.byteLength(text) }, features: [{ $type: "app.bsky.richtext.facet#link", uri: "https://x.example" }] }] }) } });
    expect(head.status).toBe(200);
    const ref = { uri: head.body.uri, cid: head.body.cid };
    const wrongCid = await xrpc("com.atproto.repo.createRecord", { token, body: { repo: FAKE_BSKY.did, collection: "app.bsky.feed.post", rkey: "3jzfcijpj2z2c", record: post("r", { reply: { root: { ...ref, cid: "bafyother" }, parent: ref } }) } });
    expect(wrongCid.status).toBe(400);
    const reply = await xrpc("com.atproto.repo.createRecord", { token, body: { repo: FAKE_BSKY.did, collection: "app.bsky.feed.post", rkey: "3jzfcijpj2z2c", record: post("r", { reply: { root: ref, parent: ref } }) } });
    expect(reply.status).toBe(200);
  });

  it("plays faults in order: a status, land-then-500 (stored, answer lost), then serves normally", async () => {
    const token = await session();
    fake.enqueue("com.atproto.repo.createRecord", { status: 503, body: "<html>down</html>" }, { kind: "land-then-500" });
    const input = (rkey: string) => ({ repo: FAKE_BSKY.did, collection: "app.bsky.feed.post", rkey, record: post(rkey) });
    const down = await fetch(new URL("/xrpc/com.atproto.repo.createRecord", fake.url), { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(input(TID0)) });
    expect(down.status).toBe(503);
    expect(await down.text()).toBe("<html>down</html>");
    expect((await xrpc("com.atproto.repo.createRecord", { token, body: input(TID0) })).status).toBe(500);
    expect(fake.records.map((r) => r.rkey)).toEqual([TID0]);
    expect((await xrpc("com.atproto.repo.createRecord", { token, body: input("3jzfcijpj2z2c") })).status).toBe(200);
  });
});
