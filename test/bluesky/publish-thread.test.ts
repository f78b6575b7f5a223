import { Agent, type Dispatcher } from "undici";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkBlueskyCredentials } from "../../src/bluesky/authorize.js";
import { BlueskyClient, type BlueskyClientOptions } from "../../src/bluesky/client.js";
import { publishBlueskyThread } from "../../src/bluesky/publish-thread.js";
import { threadRecordKey } from "../../src/bluesky/record-key.js";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { NetworkThreadPartialError } from "../../src/core/network-thread.js";
import { FAKE_BSKY, startFakeBluesky, type FakeBluesky } from "../support/fake-bluesky.js";

const KEY = "octo/widget@v1.2.0";
const RELEASE_URL = "https://github.com/octo/widget/releases/tag/v1.2.0";
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

let fake: FakeBluesky;
beforeEach(async () => {
  fake = await startFakeBluesky();
});
afterEach(async () => {
  await fake.close();
});

const options = (more: Partial<BlueskyClientOptions> = {}): BlueskyClientOptions => ({
  identifier: FAKE_BSKY.handle,
  appPassword: FAKE_BSKY.appPassword,
  service: fake.url,
  sleep: () => Promise.resolve(),
  ...more,
});
const signIn = (more: Partial<BlueskyClientOptions> = {}) => BlueskyClient.signIn(options(more));

async function failure(promise: Promise<unknown>): Promise<ReleaseTweetError> {
  const error = await promise.then(() => new Error("expected a failure"), (e: unknown) => e);
  expect(error).toBeInstanceOf(ReleaseTweetError);
  return error as ReleaseTweetError;
}

const creates = () => fake.requests.filter((r) => r.nsid === "com.atproto.repo.createRecord");
const byteSlice = (text: string, start: number, end: number) => Buffer.from(text).subarray(start, end).toString("utf8");

describe("publishBlueskyThread against the fake PDS", () => {
  it("posts a thread as replies chained to the first (root) and the one before (parent), under the release's keys", async () => {
    const result = await publishBlueskyThread(await signIn(), ["1/3 head", "2/3 middle", "3/3 tail"], { releaseKey: KEY, langs: ["en"] });
    const [one, two, three] = fake.records;
    expect(fake.records.map((r) => r.rkey)).toEqual([0, 1, 2].map((i) => threadRecordKey(KEY, i)));
    expect(one!.value.reply).toBeUndefined();
    expect(two!.value.reply).toEqual({ root: { uri: one!.uri, cid: one!.cid }, parent: { uri: one!.uri, cid: one!.cid } });
    expect(three!.value.reply).toEqual({ root: { uri: one!.uri, cid: one!.cid }, parent: { uri: two!.uri, cid: two!.cid } });
    expect(fake.records.every((r) => JSON.stringify(r.value.langs) === '["en"]')).toBe(true);
    expect(result.alreadyPosted).toBe(false);
    expect(result.posts).toEqual(
      fake.records.map((r, i) => ({
        id: r.uri,
        url: `https://bsky.app/profile/${FAKE_BSKY.handle}/post/${threadRecordKey(KEY, i)}`,
        text: ["1/3 head", "2/3 middle", "3/3 tail"][i],
        alreadyPosted: false,
      })),
    );
  });

  it("puts the link card with its uploaded thumbnail on the first post only", async () => {
    const card = { uri: RELEASE_URL, title: "widget v1.2.0", description: "Faster frobs", image: { data: PNG, mimeType: "image/png" } };
    await publishBlueskyThread(await signIn(), ["head", "tail"], { releaseKey: KEY, card });
    expect(fake.blobs).toEqual([{ cid: expect.any(String), mimeType: "image/png", size: PNG.length }]);
    expect(fake.records[0]!.value.embed).toEqual({
      $type: "app.bsky.embed.external",
      external: { uri: RELEASE_URL, title: "widget v1.2.0", description: "Faster frobs", thumb: { $type: "blob", ref: { $link: fake.blobs[0]!.cid }, mimeType: "image/png", size: PNG.length } },
    });
    expect(fake.records[1]!.value.embed).toBeUndefined();
  });

  it("links with facets at the right byte offsets when emoji and CJK come before the link", async () => {
    const text = `🎉👨‍👩‍👧 新しいリリース v1.2.0 — ${RELEASE_URL} ✨ and https://x.example/b`;
    await publishBlueskyThread(await signIn(), [text], { releaseKey: KEY });
    const stored = fake.records[0]!.value as { text: string; facets: Array<{ index: { byteStart: number; byteEnd: number }; features: Array<{ uri: string }> }> };
    expect(stored.text).toBe("🎉👨‍👩‍👧 新しいリリース v1.2.0 — github.com/octo/widget/rele… ✨ and https://x.example/b");
    expect(stored.facets.map((f) => byteSlice(stored.text, f.index.byteStart, f.index.byteEnd))).toEqual(["github.com/octo/widget/rele…", "https://x.example/b"]);
    expect(stored.facets.map((f) => f.features[0]!.uri)).toEqual([RELEASE_URL, "https://x.example/b"]);
  });

  it("a re-run after success posts nothing: the server refuses every key and the thread is read back", async () => {
    const card = { uri: RELEASE_URL, title: "t", description: "d", image: { data: PNG, mimeType: "image/png" } };
    const first = await publishBlueskyThread(await signIn(), ["head", "middle", "tail"], { releaseKey: KEY, card });
    const again = await publishBlueskyThread(await signIn(), ["head", "middle", "tail"], { releaseKey: KEY, card });
    expect(fake.records).toHaveLength(3);
    expect(fake.blobs).toHaveLength(1);
    expect(again.alreadyPosted).toBe(true);
    expect(again.posts.map((p) => [p.id, p.url])).toEqual(first.posts.map((p) => [p.id, p.url]));
    expect(creates().filter((r) => r.status === 500)).toHaveLength(3);
  });

  it("after a failure mid-thread, a re-run posts only the missing posts, as replies to the ones that exist", async () => {
    const down = { status: 503, body: { error: "NotEnoughResources", message: "Not Enough Resources" } };
    fake.enqueue("com.atproto.repo.createRecord", { kind: "normal" }, down, down, down);
    const error = await failure(publishBlueskyThread(await signIn(), ["head", "middle", "tail"], { releaseKey: KEY }));
    expect(error).toBeInstanceOf(NetworkThreadPartialError);
    expect(error.code).toBe("EBLUESKYTHREADPARTIAL");
    expect(error.message).toContain(`post 1 (https://bsky.app/profile/${FAKE_BSKY.handle}/post/${threadRecordKey(KEY, 0)}) of 3 exist`);
    expect(error.message).toContain("posts 2, 3 did not get posted");
    expect(error.message).toContain("after 3 attempts");
    expect(error.fix).toContain("Running the job again is safe");
    expect(fake.records).toHaveLength(1);

    const rerun = await publishBlueskyThread(await signIn(), ["head", "middle", "tail"], { releaseKey: KEY });
    expect(fake.records.map((r) => r.value.text)).toEqual(["head", "middle", "tail"]);
    expect(rerun.posts.map((p) => p.alreadyPosted)).toEqual([true, false, false]);
    expect(rerun.alreadyPosted).toBe(false);
    const [one, two, three] = fake.records;
    expect(three!.value.reply).toEqual({ root: { uri: one!.uri, cid: one!.cid }, parent: { uri: two!.uri, cid: two!.cid } });
  });

  it("a post whose answer was lost (stored, then the socket dropped) is found by its key, not posted twice", async () => {
    fake.enqueue("com.atproto.repo.createRecord", { kind: "normal" }, { kind: "land-then-reset" });
    const result = await publishBlueskyThread(await signIn(), ["head", "middle", "tail"], { releaseKey: KEY });
    expect(fake.records.map((r) => r.value.text)).toEqual(["head", "middle", "tail"]);
    expect(result.posts).toHaveLength(3);
  });

  it("works the same when the PDS answers a taken key with an explicit RecordAlreadyExists", async () => {
    await fake.close();
    fake = await startFakeBluesky({ duplicateAnswer: "record-already-exists" });
    await publishBlueskyThread(await signIn(), ["head", "tail"], { releaseKey: KEY });
    const again = await publishBlueskyThread(await signIn(), ["head", "tail"], { releaseKey: KEY });
    expect(again.alreadyPosted).toBe(true);
    expect(fake.records).toHaveLength(2);
  });

  it("checks every post before sending any: one over 300 graphemes leaves nothing half-posted", async () => {
    await expect(publishBlueskyThread(await signIn(), ["ok", "a".repeat(301)], { releaseKey: KEY })).rejects.toThrow(/301 graphemes/);
    expect(creates()).toHaveLength(0);
    expect((await failure(publishBlueskyThread(await signIn(), [], { releaseKey: KEY }))).code).toBe("EBLUESKYNOPOSTS");
  });

  it("signs in again once when the access token expires mid-thread", async () => {
    const client = await signIn();
    await publishBlueskyThread(client, ["head"], { releaseKey: "octo/widget@v1.1.0" });
    fake.expireSessions();
    const result = await publishBlueskyThread(client, ["head", "tail"], { releaseKey: KEY });
    expect(result.posts).toHaveLength(2);
    expect(fake.requests.filter((r) => r.nsid === "com.atproto.server.createSession")).toHaveLength(2);
  });
});

describe("Bluesky errors in the user's terms, without secrets", () => {
  const secretsIn = (error: ReleaseTweetError) => `${error.message} ${error.fix} ${error.cause instanceof Error ? error.cause.message : ""}`;

  it("a wrong app password is EBLUESKYAUTH and never echoed", async () => {
    const error = await failure(signIn({ appPassword: "wxyz-wxyz-wxyz-wxyz" }));
    expect(error.code).toBe("EBLUESKYAUTH");
    expect(error.message).toContain("Invalid identifier or password");
    expect(error.fix).toContain("BLUESKY_APP_PASSWORD");
    expect(secretsIn(error)).not.toContain("wxyz-wxyz-wxyz-wxyz");
  });

  it("the main password with email two-factor is EBLUESKY2FA; a taken-down account EBLUESKYTAKEDOWN", async () => {
    await fake.close();
    fake = await startFakeBluesky({ twoFactor: true });
    const twoFactor = await failure(signIn({ appPassword: FAKE_BSKY.mainPassword }));
    expect(twoFactor.code).toBe("EBLUESKY2FA");
    expect(secretsIn(twoFactor)).not.toContain(FAKE_BSKY.mainPassword);
    await fake.close();
    fake = await startFakeBluesky({ takenDown: true });
    expect((await failure(signIn())).code).toBe("EBLUESKYTAKEDOWN");
  });

  it("a rate limit says when it resets; a server that keeps failing is EBLUESKYSERVER after 3 attempts", async () => {
    const reset = Math.floor(Date.UTC(2026, 4, 1, 12, 30) / 1000);
    fake.enqueue("com.atproto.server.createSession", { status: 429, body: { error: "RateLimitExceeded", message: "Rate Limit Exceeded" }, headers: { "ratelimit-reset": String(reset), "ratelimit-remaining": "0" } });
    const limited = await failure(signIn({ now: () => Date.UTC(2026, 4, 1, 12, 0) }));
    expect(limited.code).toBe("EBLUESKYRATELIMITED");
    expect(limited.message).toContain("resets at 2026-05-01T12:30:00.000Z (in 30 minutes)");
    const page = { status: 502, body: "<html><body>Bad gateway</body></html>" };
    fake.enqueue("com.atproto.server.createSession", page, page, page);
    const server = await failure(signIn());
    expect(server.code).toBe("EBLUESKYSERVER");
    expect(server.message).toContain("HTTP 502");
    expect(server.message).not.toContain("<html>");
  });

  it("an unreachable service is EBLUESKYNETWORK; a bad service URL EBLUESKYSERVICE; a redirect is not followed", async () => {
    const port = new URL(fake.url).port;
    await fake.close();
    const network = await failure(signIn({ service: `http://127.0.0.1:${port}` }));
    expect(network.code).toBe("EBLUESKYNETWORK");
    expect(network.message).toContain("ECONNREFUSED");
    fake = await startFakeBluesky();
    expect((await failure(signIn({ service: "http://bsky.example" }))).code).toBe("EBLUESKYSERVICE");
    fake.enqueue("com.atproto.server.createSession", { status: 302, headers: { location: "https://elsewhere.example/xrpc/com.atproto.server.createSession" } });
    expect((await failure(signIn())).code).toBe("EBLUESKYBADRESPONSE");
    expect(fake.requests.filter((r) => r.nsid === "com.atproto.server.createSession")).toHaveLength(1);
  });

  it("a post Bluesky refuses quotes its reason on one line; the session tokens are never in the message", async () => {
    const client = await signIn();
    fake.enqueue("com.atproto.repo.createRecord", { status: 400, body: { error: "InvalidRequest", message: "Invalid app.bsky.feed.post record:\nrecord/text is\u0007 bad" } });
    const error = await failure(publishBlueskyThread(client, ["head"], { releaseKey: KEY }));
    expect(error.code).toBe("EBLUESKYREJECTED");
    expect(error.message).toContain('"Invalid app.bsky.feed.post record: record/text is bad"');
    const tokens = fake.requests.flatMap((r) => (r.authorization ? [r.authorization.slice(7)] : []));
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) expect(secretsIn(error)).not.toContain(token);
  });

  it("credentials with spaces are refused before any request", async () => {
    const error = await failure(signIn({ appPassword: "abcd efgh" }));
    expect(error.code).toBe("EBLUESKYCREDENTIALS");
    expect(error.message).toContain("BLUESKY_APP_PASSWORD (bluesky-app-password) contains spaces");
    expect(fake.requests).toHaveLength(0);
  });
});

describe("transport and authorize helper", () => {
  it("sends every request through an injected dispatcher, or an injected fetch", async () => {
    let dispatched = 0;
    class Spy extends Agent {
      override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
        dispatched++;
        return super.dispatch(options, handler);
      }
    }
    const dispatcher = new Spy();
    await publishBlueskyThread(await signIn({ dispatcher }), ["head"], { releaseKey: KEY });
    expect(dispatched).toBe(fake.requests.length);
    await dispatcher.close();
    let fetched = 0;
    const counting: typeof fetch = (input, init) => {
      fetched++;
      return fetch(input, init);
    };
    await signIn({ fetch: counting });
    expect(fetched).toBe(1);
  });

  it("checkBlueskyCredentials returns the account and whether the password has an app password's form", async () => {
    expect(await checkBlueskyCredentials(options())).toEqual({ did: FAKE_BSKY.did, handle: FAKE_BSKY.handle, looksLikeAppPassword: true });
    expect(await checkBlueskyCredentials(options({ identifier: FAKE_BSKY.did, appPassword: FAKE_BSKY.mainPassword }))).toEqual({ did: FAKE_BSKY.did, handle: FAKE_BSKY.handle, looksLikeAppPassword: false });
  });
});
