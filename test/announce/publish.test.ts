// The orchestration every door uses, in process against the loopback fake Bluesky and Mastodon and a scripted X:
// X first, each network independent, and each result saying exactly what exists.
import { Agent } from "undici";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { planAnnouncement } from "../../src/announce/plan.js";
import { languageTags, publishAnnouncement, type NetworkResult } from "../../src/announce/publish.js";
import { AnnouncementFailedError, outcomeLine, rerunNote, runFailure } from "../../src/announce/report.js";
import type { AnnounceSettings } from "../../src/announce/settings.js";
import { ReleaseTweetError } from "../../src/core/errors.js";
import type { Release } from "../../src/core/types.js";
import type { PostResult } from "../../src/x/client.js";
import type { OwnPost } from "../../src/x/resume.js";
import { unusedXEndpoints } from "../support/x-client-stubs.js";
import { FAKE_BSKY, startFakeBluesky, type FakeBluesky } from "../support/fake-bluesky.js";
import { FAKE_MASTO, startFakeMastodon, type FakeMastodon } from "../support/fake-mastodon.js";

const RELEASE: Release = {
  version: "3.0.0",
  tag: "v3.0.0",
  name: "v3.0.0",
  repo: "widget",
  owner: "acme",
  url: "https://github.com/acme/widget/releases/tag/v3.0.0",
  notes: Array.from({ length: 12 }, (_, i) => `* Change number ${i + 1} makes the widget better in one more way`).join("\n"),
};
const X_CREDENTIALS = { apiKey: "k-0001", apiSecret: "s-0002", accessToken: "t-0003", accessTokenSecret: "ts-0004" };

let bluesky: FakeBluesky;
let mastodon: FakeMastodon;
const dispatcher = new Agent();
beforeEach(async () => {
  [bluesky, mastodon] = await Promise.all([startFakeBluesky(), startFakeMastodon()]);
});
afterEach(async () => {
  await Promise.all([bluesky.close(), mastodon.close()]);
});
afterAll(async () => {
  await dispatcher.close();
});

function settings(thread = false): AnnounceSettings {
  return {
    x: { credentials: X_CREDENTIALS, apiBaseUrl: "https://api.x.example" },
    bluesky: { identifier: FAKE_BSKY.handle, appPassword: FAKE_BSKY.appPassword, service: bluesky.url },
    mastodon: { url: mastodon.url, accessToken: FAKE_MASTO.token, visibility: "unlisted" },
    compose: { thread },
    templates: {},
  };
}

/**
 * X as a script: each call answers the next step (an error, or a posted id). Posts go on `timeline` (newest last),
 * which a later run's X shares: a text already there is refused as X refuses a duplicate, and the account's posts
 * are read from it, as a re-run reads them on X.
 */
function scriptedX(steps: Array<Error | undefined>, timeline: OwnPost[] = []) {
  const sent: string[] = [];
  let id = 500 + timeline.length;
  return {
    sent,
    timeline,
    createXClient: () => ({
      ...unusedXEndpoints(),
      getMe: () => Promise.resolve({ id: "42", username: "release_tweet" }),
      getOwnPosts: () => Promise.resolve({ posts: [...timeline].reverse(), nextToken: null }),
      postTweet: (text: string, options: { replyTo?: string } = {}): Promise<PostResult> => {
        sent.push(text);
        const step = steps.shift();
        if (step) return Promise.reject(step);
        if (timeline.some((post) => post.text === text)) return Promise.reject(new ReleaseTweetError("EXDUPLICATE", "Duplicate.", ""));
        const next = String(id++);
        timeline.push({ id: next, text, replyTo: options.replyTo ?? null, urls: [] });
        return Promise.resolve({ id: next, url: `https://x.com/i/status/${next}`, alreadyPosted: false });
      },
    }),
  };
}

async function announce(announceSettings: AnnounceSettings, x: ReturnType<typeof scriptedX>, release = RELEASE) {
  const order: string[] = [];
  const plan = await planAnnouncement(release, announceSettings, { dispatcher: () => Promise.resolve(dispatcher) });
  const results = await publishAnnouncement(plan, {
    dispatcher: () => Promise.resolve(dispatcher),
    createXClient: x.createXClient,
    onStart: ({ network }) => order.push(network),
  });
  return { results, order, plan };
}

describe("publishAnnouncement", () => {
  it("posts on X first, then Bluesky, then Mastodon; each result lists its posts", async () => {
    const x = scriptedX([]);
    const { results, order } = await announce(settings(), x);
    expect(order).toEqual(["x", "bluesky", "mastodon"]);
    expect(results.map((result) => [result.network, result.status, result.posts.length])).toEqual([
      ["x", "posted", 1],
      ["bluesky", "posted", 1],
      ["mastodon", "posted", 1],
    ]);
    expect(mastodon.statuses[0]!.visibility).toBe("unlisted");
    // Bluesky's page is addressed by the account's DID: a handle stored as a secret would be masked in logs.
    expect(results[1]!.posts[0]!.url).toBe(`https://bsky.app/profile/${FAKE_BSKY.did}/post/${bluesky.records[0]!.rkey}`);
    expect(runFailure(results)).toBeUndefined();
  });

  it("a network that fails does not stop the others; the run's failure names it and says a re-run is safe", async () => {
    const x = scriptedX([new ReleaseTweetError("EXUNAUTHORIZED", "X did not accept the credentials.", "Check them.")]);
    const { results } = await announce(settings(), x);
    expect(results.map((result) => result.status)).toEqual(["failed", "posted", "posted"]);
    const failure = runFailure(results);
    expect(failure).toBeInstanceOf(AnnouncementFailedError);
    expect((failure as AnnouncementFailedError).summary).toBe("Announced on Bluesky and Mastodon; X failed.");
    expect((failure as AnnouncementFailedError).errors.map((error) => (error as ReleaseTweetError).code)).toEqual(["EXUNAUTHORIZED"]);
  });

  it("with one network, the run's failure is that network's own error, as before there were several", async () => {
    const error = new ReleaseTweetError("EXSERVER", "X had an error.", "Try later.");
    const { results } = await announce({ ...settings(), bluesky: undefined, mastodon: undefined }, scriptedX([error]));
    expect(runFailure(results)).toBe(error);
  });

  it("a thread that breaks off on Bluesky says which posts exist; Mastodon still posts its whole thread", async () => {
    // Post 2 of the Bluesky thread is refused (not retried): post 1 exists.
    bluesky.enqueue("com.atproto.repo.createRecord", { kind: "normal" }, { status: 400, body: { error: "InvalidRequest", message: "Invalid app.bsky.feed.post record" } });
    const x = scriptedX([]);
    const { results } = await announce(settings(true), x);
    const [, sky, masto] = results;
    expect(sky!.status).toBe("partly-posted");
    expect(sky!.posts).toHaveLength(1);
    expect((sky!.error as ReleaseTweetError).code).toBe("EBLUESKYTHREADPARTIAL");
    expect(sky!.composed.length).toBeGreaterThan(1);
    expect(masto!.status).toBe("posted");
    expect(mastodon.statuses).toHaveLength(masto!.composed.length);
    expect(outcomeLine(results)).toBe("Announced on X and Mastodon; the thread on Bluesky was only partly posted.");

    // A second run completes Bluesky's thread and posts nothing twice anywhere.
    bluesky.clearFaults();
    const again = await announce(settings(true), scriptedX([], x.timeline));
    expect(again.results.map((result) => result.status)).toEqual(["already-posted", "posted", "already-posted"]);
    expect(again.results[1]!.posts.map((post) => post.alreadyPosted)).toEqual(sky!.composed.map((_, index) => index === 0));
    expect(bluesky.records).toHaveLength(sky!.composed.length);
    expect(mastodon.statuses).toHaveLength(masto!.composed.length);
  });

  it("a network whose posts cannot be composed fails alone", async () => {
    const long = `${"Bluesky only! ".repeat(30)}{version}`;
    const { results } = await announce({ ...settings(), templates: { bluesky: long } }, scriptedX([]));
    expect(results.map((result) => result.status)).toEqual(["posted", "failed", "posted"]);
    expect((results[1]!.error as ReleaseTweetError).code).toBe("ETEMPLATETOOLONG");
    expect(bluesky.requests).toEqual([]);
  });

  it("refuses Bluesky and Mastodon for a release without a repository: their keys need it", async () => {
    const { results } = await announce(settings(), scriptedX([]), { ...RELEASE, owner: "", repo: "" });
    expect(results.map((result) => result.status)).toEqual(["posted", "failed", "failed"]);
    expect(results.slice(1).map((result) => (result.error as ReleaseTweetError).code)).toEqual(["ERELEASEIDENTITY", "ERELEASEIDENTITY"]);
    expect(bluesky.records).toEqual([]);
    expect(mastodon.statuses).toEqual([]);
  });
});

describe("the words for a run's outcome", () => {
  const result = (network: NetworkResult["network"], status: NetworkResult["status"]): NetworkResult => ({ network, status, composed: [], posts: [], warnings: [] });

  it("name what is done and what failed", () => {
    expect(outcomeLine([result("x", "failed"), result("bluesky", "failed"), result("mastodon", "posted")])).toBe("Announced on Mastodon; X and Bluesky failed.");
    expect(outcomeLine([result("bluesky", "already-posted"), result("mastodon", "partly-posted")])).toBe(
      "Announced on Bluesky; the thread on Mastodon was only partly posted.",
    );
  });

  it("say why a re-run posts nothing twice, for the networks of the run only", () => {
    expect(rerunNote([result("bluesky", "failed")])).toBe("Running it again is safe: nothing is posted twice (Bluesky continues from the posts that exist).");
    expect(rerunNote([result("x", "failed"), result("mastodon", "posted")])).toBe(
      "Running it again is safe: nothing is posted twice (Mastodon continues from the posts that exist; X refuses a second copy of a post it already has).",
    );
  });

  it("tag a post's language only where the composer knows it, never English it may have fallen back to", () => {
    expect(languageTags("ja")).toEqual(["ja"]);
    expect(languageTags("pt")).toEqual(["pt"]);
    expect(languageTags("en")).toEqual([]);
  });
});
