import { Agent, type Dispatcher } from "undici";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { NetworkThreadPartialError } from "../../src/core/network-thread.js";
import { MastodonClient, plainText, type MastodonClientOptions } from "../../src/mastodon/client.js";
import { idempotencyKey, publishMastodonThread } from "../../src/mastodon/publish-thread.js";
import { FAKE_MASTO, startFakeMastodon, type FakeMastodon } from "../support/fake-mastodon.js";

const KEY = "octo/widget@v1.2.0";
const THREAD = ["widget v1.2.0 is out! https://github.com/octo/widget/releases/tag/v1.2.0", "• faster frobs\n• fewer bugs", "Thanks to everyone 🎉"];

let fake: FakeMastodon;
beforeEach(async () => {
  fake = await startFakeMastodon();
});
afterEach(async () => {
  await fake.close();
});

const client = (more: Partial<MastodonClientOptions> = {}) => new MastodonClient({ url: fake.url, accessToken: FAKE_MASTO.token, sleep: () => Promise.resolve(), ...more });
const posts = () => fake.requests.filter((r) => r.method === "POST" && r.path === "/api/v1/statuses");

async function failure(promise: Promise<unknown>): Promise<ReleaseTweetError> {
  const error = await promise.then(() => new Error("expected a failure"), (e: unknown) => e);
  expect(error).toBeInstanceOf(ReleaseTweetError);
  return error as ReleaseTweetError;
}

describe("publishMastodonThread against the fake instance", () => {
  it("posts a thread as a chain of replies, each with the release's Idempotency-Key for its place", async () => {
    const result = await publishMastodonThread(client(), THREAD, { releaseKey: KEY, language: "en" });
    expect(fake.statuses.map((s) => [s.text, s.inReplyToId, s.visibility, s.language])).toEqual([
      [THREAD[0], null, "public", "en"],
      [THREAD[1], fake.statuses[0]!.id, "public", "en"],
      [THREAD[2], fake.statuses[1]!.id, "public", "en"],
    ]);
    expect(posts().map((r) => r.idempotencyKey)).toEqual([0, 1, 2].map((i) => idempotencyKey(KEY, i)));
    expect(result).toEqual({
      posts: fake.statuses.map((s, i) => ({ id: s.id, url: `${fake.url}/@release_bot/${s.id}`, text: THREAD[i], alreadyPosted: false })),
      alreadyPosted: false,
      warnings: [],
    });
  });

  it("uses the visibility asked for", async () => {
    await publishMastodonThread(client(), ["one"], { releaseKey: KEY, visibility: "unlisted" });
    expect(fake.statuses[0]!.visibility).toBe("unlisted");
    await expect(publishMastodonThread(client(), ["one"], { releaseKey: KEY, visibility: "loud" as never })).rejects.toThrow(RangeError);
  });

  it("a re-run after success posts nothing, within the Idempotency-Key's hour and after it", async () => {
    const first = await publishMastodonThread(client(), THREAD, { releaseKey: KEY });
    const soon = await publishMastodonThread(client(), THREAD, { releaseKey: KEY });
    fake.advance(3 * 3_600_000);
    const later = await publishMastodonThread(client(), THREAD, { releaseKey: KEY });
    expect(fake.statuses).toHaveLength(3);
    for (const again of [soon, later]) {
      expect(again.alreadyPosted).toBe(true);
      expect(again.posts.map((p) => p.id)).toEqual(first.posts.map((p) => p.id));
    }
    expect(posts()).toHaveLength(3);
  });

  it("a re-run within the hour without read scopes is still kept from posting twice by the Idempotency-Key", async () => {
    const token = fake.issueToken(["write:statuses"]);
    await publishMastodonThread(client({ accessToken: token }), THREAD, { releaseKey: KEY });
    fake.advance(10 * 60_000);
    const again = await publishMastodonThread(client({ accessToken: token }), THREAD, { releaseKey: KEY });
    expect(fake.statuses).toHaveLength(3);
    expect(again.posts.every((p) => p.alreadyPosted)).toBe(true);
    expect(again.warnings[0]).toContain("read:accounts, read:statuses");
  });

  it("after a failure mid-thread, a re-run (even hours later) posts only the missing posts, replying to the last one", async () => {
    const down = { status: 503, body: "<html>Service Unavailable</html>" };
    fake.enqueue("POST /api/v1/statuses", { kind: "normal" }, down, down, down);
    const error = await failure(publishMastodonThread(client(), THREAD, { releaseKey: KEY }));
    expect(error).toBeInstanceOf(NetworkThreadPartialError);
    expect(error.code).toBe("EMASTODONTHREADPARTIAL");
    expect(error.message).toContain(`post 1 (${fake.url}/@release_bot/${fake.statuses[0]!.id}) of 3 exist`);
    expect(error.message).toContain("posts 2, 3 did not get posted");
    expect(error.message).toContain("after 3 attempts");
    expect(error.fix).toContain("Running the job again is safe");
    fake.advance(5 * 3_600_000);
    // Someone else's reply inside the thread must not be taken for ours.
    fake.insertStatus({ accountId: FAKE_MASTO.otherAccountId, text: THREAD[1]!, inReplyToId: fake.statuses[0]!.id });
    const rerun = await publishMastodonThread(client(), THREAD, { releaseKey: KEY });
    const mine = fake.statuses.filter((s) => s.accountId === FAKE_MASTO.accountId);
    expect(mine.map((s) => s.text)).toEqual(THREAD);
    expect(mine[1]!.inReplyToId).toBe(mine[0]!.id);
    expect(mine[2]!.inReplyToId).toBe(mine[1]!.id);
    expect(rerun.posts.map((p) => p.alreadyPosted)).toEqual([true, false, false]);
  });

  it("a post whose answer was lost is not posted twice: the retry carries the same key", async () => {
    // post 2 lands and its socket drops; its retry meets the key; post 3 lands and gets an HTML 500; its retry too.
    fake.enqueue("POST /api/v1/statuses", { kind: "normal" }, { kind: "land-then-reset" }, { kind: "normal" }, { kind: "land-then-500" });
    const result = await publishMastodonThread(client(), THREAD, { releaseKey: KEY });
    expect(fake.statuses.map((s) => s.text)).toEqual(THREAD);
    expect(result.posts.map((p) => p.id)).toEqual(fake.statuses.map((s) => s.id));
    expect(posts().map((r) => r.idempotencyKey)).toEqual([0, 1, 1, 2, 2].map((i) => idempotencyKey(KEY, i)));
  });

  it("finds the earlier thread by its text despite Mastodon's HTML (links, line breaks, entities)", () => {
    expect(plainText('<p>a &lt;b&gt; &amp; <a href="https://x.example/a"><span class="invisible">https://</span><span class="">x.example/a</span><span class="invisible"></span></a></p><p>line<br />two &#39;q&#39; &#x1F389;</p>')).toBe(
      "a <b> & https://x.example/a\n\nline\ntwo 'q' 🎉",
    );
  });
});

describe("Mastodon errors in the user's terms, without secrets", () => {
  const all = (e: ReleaseTweetError) => `${e.message} ${e.fix}`;

  it("an invalid token is EMASTODONAUTH; a token without write:statuses EMASTODONSCOPE", async () => {
    const invalid = await failure(publishMastodonThread(client({ accessToken: "revoked-token-1234" }), ["x"], { releaseKey: KEY, lookBack: false }));
    expect(invalid.code).toBe("EMASTODONAUTH");
    expect(invalid.message).toContain('"The access token is invalid"');
    expect(all(invalid)).not.toContain("revoked-token-1234");
    const readOnly = fake.issueToken(["read:accounts", "read:statuses"]);
    const scope = await failure(publishMastodonThread(client({ accessToken: readOnly }), ["x"], { releaseKey: KEY }));
    expect(scope.code).toBe("EMASTODONSCOPE");
    expect(scope.fix).toContain("write:statuses");
    expect(all(scope)).not.toContain(readOnly);
  });

  it("a 422 quotes the server's reason on one line; a 429 says when the limit resets", async () => {
    const rejected = await failure(publishMastodonThread(client(), ["a".repeat(501)], { releaseKey: KEY }));
    expect(rejected.code).toBe("EMASTODONREJECTED");
    expect(rejected.message).toContain('"Validation failed: Text character limit of 500 exceeded"');
    fake.enqueue("POST /api/v1/statuses", { status: 429, body: { error: "Too many requests" }, headers: { "x-ratelimit-reset": "2026-05-01T12:30:00.000Z", "x-ratelimit-remaining": "0" } });
    const limited = await failure(publishMastodonThread(client({ now: () => Date.UTC(2026, 4, 1, 12, 0) }), ["b"], { releaseKey: "octo/widget@v2", lookBack: false }));
    expect(limited.code).toBe("EMASTODONRATELIMITED");
    expect(limited.message).toContain("resets at 2026-05-01T12:30:00.000Z (in 30 minutes)");
  });

  it("an unreachable instance is EMASTODONNETWORK; a redirect is not followed; a bad URL is EMASTODONURL", async () => {
    const port = new URL(fake.url).port;
    await fake.close();
    const network = await failure(client({ url: `http://127.0.0.1:${port}` }).instanceLimits());
    expect(network.code).toBe("EMASTODONNETWORK");
    expect(network.message).toContain("ECONNREFUSED");
    fake = await startFakeMastodon();
    fake.enqueue("GET /api/v2/instance", { status: 301, body: "<html>moved</html>", headers: { location: "https://elsewhere.example/api/v2/instance" } }, { status: 301, body: "<html>moved</html>", headers: { location: "https://elsewhere.example/" } }, { status: 301, body: "<html>moved</html>", headers: { location: "https://elsewhere.example/" } });
    expect((await failure(client().instanceLimits())).code).toBe("EMASTODONBADRESPONSE");
    expect(() => client({ url: "http://mastodon.example" })).toThrow(/https URL/);
    expect(() => client({ accessToken: "has space" })).toThrow(/contains spaces/);
  });
});

describe("instance limits and transport", () => {
  it("reads max_characters and characters_reserved_per_url, and falls back to 500 / 23", async () => {
    await fake.close();
    fake = await startFakeMastodon({ statusesConfig: { max_characters: 11000, characters_reserved_per_url: 30 } });
    expect(await client().instanceLimits()).toEqual({ maxCharacters: 11000, urlWeight: 30 });
    await fake.close();
    fake = await startFakeMastodon({ statusesConfig: null });
    expect(await client().instanceLimits()).toEqual({ maxCharacters: 500, urlWeight: 23 });
    await fake.close();
    fake = await startFakeMastodon({ noInstanceV2: true });
    expect(await client().instanceLimits()).toEqual({ maxCharacters: 500, urlWeight: 23 });
  });

  it("sends every request through an injected dispatcher", async () => {
    let dispatched = 0;
    class Spy extends Agent {
      override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
        dispatched++;
        return super.dispatch(options, handler);
      }
    }
    const dispatcher = new Spy();
    await publishMastodonThread(client({ dispatcher }), ["one", "two"], { releaseKey: KEY });
    expect(dispatched).toBe(fake.requests.length);
    expect(dispatched).toBeGreaterThanOrEqual(4);
    await dispatcher.close();
  });
});
