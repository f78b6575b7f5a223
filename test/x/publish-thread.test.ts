import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { publishPosts, ReplyRefusedError, ThreadPartialError, type ThreadClient } from "../../src/x/publish-thread.js";
import type { Post } from "../../src/core/types.js";
import { XClient, type RetryPolicy } from "../../src/x/client.js";
import { FAKE_CREDENTIALS, startFakeX, type FakeX } from "../support/fake-x.js";

const thread = (...texts: string[]): Post[] => texts.map((text) => ({ text, weightedLength: text.length }));

let fake: FakeX;
const client = (retry: Partial<RetryPolicy> = {}) =>
  new XClient({ credentials: FAKE_CREDENTIALS, baseUrl: fake.url, sleep: () => Promise.resolve(), retry });

/** A client whose postTweet runs `before` first (to enqueue a fault for one particular post). */
function withHook(c: XClient, before: (text: string) => void): ThreadClient {
  return {
    postTweet: (text, options) => {
      before(text);
      return c.postTweet(text, options);
    },
    getMe: () => c.getMe(),
    getOwnPosts: (id, options) => c.getOwnPosts(id, options),
  };
}

/** Each stored post with the text of the post it replies to: the chain as a reader sees it. */
const chain = () => fake.tweets.map((t) => [t.text, fake.tweets.find((p) => p.id === t.replyTo)?.text ?? null]);
const requestLine = () => fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`);
const serverError = { status: 500, body: { title: "Internal Server Error", detail: "Something went wrong.", status: 500 } };

async function failure(promise: Promise<unknown>): Promise<ReleaseTweetError> {
  const error = await promise.then(() => new Error("expected a failure"), (e: unknown) => e);
  expect(error).toBeInstanceOf(ReleaseTweetError);
  return error as ReleaseTweetError;
}

beforeEach(async () => {
  fake = await startFakeX();
});
afterEach(async () => {
  await fake.close();
});

describe("publishPosts against the fake X", () => {
  it("posts a thread as a chain of replies, each once", async () => {
    const result = await publishPosts(client(), thread("1/3 head", "2/3 middle", "3/3 tail"));
    expect(result.alreadyPosted).toBe(false);
    expect(fake.tweets.map((t) => [t.text, t.replyTo])).toEqual([
      ["1/3 head", null],
      ["2/3 middle", fake.tweets[0]!.id],
      ["3/3 tail", fake.tweets[1]!.id],
    ]);
    expect(result.posts.map((p) => p.id)).toEqual(fake.tweets.map((t) => t.id));
    expect(result.posts[2]).toEqual({ id: fake.tweets[2]!.id, url: `https://x.com/i/status/${fake.tweets[2]!.id}`, text: "3/3 tail", alreadyPosted: false });
    expect(fake.requests.filter((r) => r.path === "/2/tweets")).toHaveLength(3);
  });

  it("a re-run of a one-post announcement (a duplicate) posts nothing, reads nothing and says alreadyPosted", async () => {
    await publishPosts(client(), thread("only"));
    const result = await publishPosts(client(), thread("only"));
    expect(result).toEqual({ alreadyPosted: true, posts: [], sent: { posts: 0, postIndexes: [], media: 0, reads: 0 } });
    expect(requestLine()).toEqual(["POST /2/tweets 201", "POST /2/tweets 403"]);
  });

  it("a re-run of a complete thread posts nothing: one refused first post, then a read finds every post", async () => {
    const first = await publishPosts(client(), thread("head", "middle", "tail"));
    fake.requests.length = 0;
    const result = await publishPosts(client(), thread("head", "middle", "tail"));
    expect(result.alreadyPosted).toBe(true);
    expect(result.posts.map((p) => [p.id, p.alreadyPosted])).toEqual(first.posts.map((p) => [p.id, true]));
    expect(result.posts[2]!.url).toBe(`https://x.com/i/status/${fake.tweets[2]!.id}`);
    expect(fake.tweets).toHaveLength(3);
    expect(requestLine()).toEqual(["POST /2/tweets 403", "GET /2/users/me 200", "GET /2/users/1111/tweets 200"]);
    expect(result.sent).toEqual({ posts: 0, postIndexes: [], media: 0, reads: 2 });
  });

  it("a failure in the middle reports which posts exist (with URLs) and which did not get posted", async () => {
    const c = client();
    const first = await c.postTweet("warm-up"); // unrelated post, so ids below are not the first ones
    expect(first.id).not.toBeNull();
    const posts = thread("1/4", "2/4", "3/4", "4/4");
    // posts 1 and 2 go through; post 3 meets a read-only app answer (never retried)
    const flaky = withHook(c, (text) => {
      if (text === "3/4") fake.enqueue({ status: 403, body: { title: "Forbidden", detail: "Your client app is not configured with the appropriate oauth1 app permissions for this endpoint.", type: "https://api.twitter.com/2/problems/oauth1-permissions", status: 403 } });
    });
    const error = await failure(publishPosts(flaky, posts));
    expect(error.code).toBe("EXTHREADPARTIAL");
    const [one, two] = fake.tweets.slice(1);
    expect(error.message).toContain(`1 (https://x.com/i/status/${one!.id})`);
    expect(error.message).toContain(`2 (https://x.com/i/status/${two!.id})`);
    expect(error.message).toContain("of 4 exist");
    expect(error.message).toContain("posts 3, 4 did not get posted");
    expect(error.message).toContain("Read permission");
    expect((error.cause as ReleaseTweetError).code).toBe("EXREADONLYAPP");
    expect(fake.tweets.map((t) => t.text)).toEqual(["warm-up", "1/4", "2/4"]);
  });

  it("a reply that fails after retries gives its cause, and says a re-run posts only what is missing", async () => {
    fake.enqueue({ kind: "normal" }, serverError, serverError, serverError);
    const error = await failure(publishPosts(client(), thread("head", "tail")));
    expect(error.code).toBe("EXTHREADPARTIAL");
    expect(error.message).toMatch(/Post 2 failed: X had a server error/);
    expect(error.fix).toMatch(/run the job again: release-tweet finds the posts that exist and posts only the missing ones/);
    expect(fake.tweets.map((t) => t.text)).toEqual(["head"]);
  });

  it("a thread whose third reply fails (5xx, then the run dies) is completed by a re-run with exactly the missing posts", async () => {
    const posts = thread("1/5 head", "2/5", "3/5", "4/5", "5/5 tail");
    fake.enqueueFor("POST /2/tweets", { kind: "normal" }, { kind: "normal" }, { kind: "normal" }, serverError, serverError, serverError);
    const error = await failure(publishPosts(client(), posts));
    expect(error).toBeInstanceOf(ThreadPartialError);
    expect(error.message).toContain("posts 1 (https://x.com/i/status/");
    expect(error.message).toContain("of 5 exist; posts 4, 5 did not get posted");
    expect(fake.tweets.map((t) => t.text)).toEqual(["1/5 head", "2/5", "3/5"]);
    const ids = fake.tweets.map((t) => t.id);

    fake.requests.length = 0;
    const result = await publishPosts(client(), posts);
    expect(chain()).toEqual([
      ["1/5 head", null],
      ["2/5", "1/5 head"],
      ["3/5", "2/5"],
      ["4/5", "3/5"],
      ["5/5 tail", "4/5"],
    ]);
    expect(requestLine()).toEqual([
      "POST /2/tweets 403", // the first post exists: the only request X refuses
      "GET /2/users/me 200",
      "GET /2/users/1111/tweets 200",
      "POST /2/tweets 201",
      "POST /2/tweets 201",
    ]);
    expect(result.alreadyPosted).toBe(false);
    expect(result.posts.map((p) => p.alreadyPosted)).toEqual([true, true, true, false, false]);
    expect(result.posts.map((p) => p.id)).toEqual([...ids, fake.tweets[3]!.id, fake.tweets[4]!.id]);
    expect(result.sent).toEqual({ posts: 2, postIndexes: [3, 4], media: 0, reads: 2 });
  });

  it("a run that died after X stored a reply but before its answer came: the re-run finds that reply and posts only the rest", async () => {
    const posts = thread("1/4 head", "2/4", "3/4", "4/4 tail");
    // No retry (the run dies with the connection): post 3 lands, its answer is lost.
    fake.enqueueFor("POST /2/tweets", { kind: "normal" }, { kind: "normal" }, { kind: "land-then-reset" });
    const error = await failure(publishPosts(client({ attempts: 1 }), posts));
    expect(error.code).toBe("EXTHREADPARTIAL");
    expect(error.message).toContain("posts 3, 4 did not get posted");
    expect(fake.tweets.map((t) => t.text)).toEqual(["1/4 head", "2/4", "3/4"]);

    fake.requests.length = 0;
    await publishPosts(client(), posts);
    expect(fake.tweets.map((t) => t.text)).toEqual(["1/4 head", "2/4", "3/4", "4/4 tail"]);
    expect(chain().at(-1)).toEqual(["4/4 tail", "3/4"]);
    // Post 3 is not sent again: the read shows it, so only post 4 goes out.
    expect(requestLine().filter((line) => line.startsWith("POST"))).toEqual(["POST /2/tweets 403", "POST /2/tweets 201"]);
  });

  it("when X stores a post but its answer is lost mid-run, the retry's duplicate is looked up and the thread goes on", async () => {
    fake.enqueueFor("POST /2/tweets", { kind: "land-then-reset" });
    const result = await publishPosts(client(), thread("head", "middle", "tail"));
    expect(chain()).toEqual([
      ["head", null],
      ["middle", "head"],
      ["tail", "middle"],
    ]);
    expect(result.posts.map((p) => p.id)).toEqual(fake.tweets.map((t) => t.id));
    expect(result.posts.every((p) => !p.alreadyPosted)).toBe(true);
    expect(requestLine()).toEqual([
      "POST /2/tweets 0",
      "POST /2/tweets 403",
      "GET /2/users/me 200",
      "GET /2/users/1111/tweets 200",
      "POST /2/tweets 201",
      "POST /2/tweets 201",
    ]);
  });

  it("an unreadable 201 in the middle: the post's id is read back, then its reply is attached to it", async () => {
    fake.enqueueFor("POST /2/tweets", { kind: "normal" }, { kind: "malformed-201" });
    const result = await publishPosts(client(), thread("a", "b", "c"));
    expect(chain()).toEqual([
      ["a", null],
      ["b", "a"],
      ["c", "b"],
    ]);
    expect(result.posts[1]!.id).toBe(fake.tweets[1]!.id);
  });

  it("a post whose id X did not give and that the read does not show yet: the thread stops, saying a later re-run finds it", async () => {
    fake.enqueueFor("POST /2/tweets", { kind: "normal" }, { kind: "malformed-201" });
    fake.enqueueFor("GET /2/users/:id/tweets", { status: 200, body: { meta: { result_count: 0 } } });
    const error = await failure(publishPosts(client(), thread("a", "b", "c")));
    expect(error.code).toBe("EXTHREADPARTIAL");
    expect(error.message).toContain("X did not tell us the id of post 2, and it is not among the account's recent posts yet");
    expect(error.fix).toMatch(/^Run the job again in a few minutes/);
    expect(fake.tweets.map((t) => t.text)).toEqual(["a", "b"]);
    // ...and it does: the re-run finds both and posts the third.
    await publishPosts(client(), thread("a", "b", "c"));
    expect(chain()).toEqual([
      ["a", null],
      ["b", "a"],
      ["c", "b"],
    ]);
  });

  it("finds posts X shows differently: t.co links, &amp; escapes, an image's link, a long post's note_tweet", async () => {
    const long = `2/3 ${"word ".repeat(80)}see https://example.com/changelog?x=1&y=2`;
    const posts = thread("1/3 Widget <3 & friends: https://github.com/acme/widget/releases/tag/v1.0.0", long, "3/3 bye");
    const c = client();
    const media = await c.uploadMedia({ bytes: Buffer.from("89504e470d0a1a0a0000", "hex"), mediaType: "image/png", category: "tweet_image" });
    await publishPosts(c, posts.slice(0, 2), { media: () => Promise.resolve({ mediaIds: [media.id], requests: 1 }) });
    expect(fake.tweets[0]!.mediaIds).toEqual([media.id]);
    const again = await publishPosts(client(), posts);
    expect(again.posts.map((p) => p.alreadyPosted)).toEqual([true, true, false]);
    expect(chain().at(-1)).toEqual(["3/3 bye", long]);
  });

  it("a failed read after a duplicate first post → EXTHREADLOOKUP, nothing posted", async () => {
    await publishPosts(client(), thread("head", "tail"));
    fake.enqueueFor("GET /2/users/:id/tweets", { status: 403, body: { title: "Forbidden", detail: "Not allowed to read.", type: "about:blank", status: 403 } });
    const error = await failure(publishPosts(client(), thread("head", "tail")));
    expect(error.code).toBe("EXTHREADLOOKUP");
    expect(error.message).toMatch(/first post of this thread exists already.*reading the account's recent posts.*Not allowed to read/);
    expect(fake.tweets).toHaveLength(2);
  });

  it("a duplicate first post that the recent posts do not show → EXTHREADLOOKUP, nothing posted", async () => {
    await publishPosts(client(), thread("head", "tail"));
    fake.tweets.splice(0, 2, ...fake.tweets.slice(0, 2).map((t) => ({ ...t, text: `${t.text} (edited)` })));
    // The fake's duplicate rule sees the text no more: make X refuse it all the same.
    fake.enqueueFor("POST /2/tweets", { status: 403, body: { detail: "You are not allowed to create a Tweet with duplicate content.", type: "about:blank", title: "Forbidden", status: 403 } });
    const error = await failure(publishPosts(client(), thread("head", "tail")));
    expect(error.code).toBe("EXTHREADLOOKUP");
    expect(error.message).toMatch(/not among the account's recent posts/);
    expect(fake.tweets).toHaveLength(2);
  });

  it("a single post whose id is unknown is still a success, without a read", async () => {
    fake.enqueue({ kind: "malformed-201" });
    const result = await publishPosts(client(), thread("only"));
    expect(result).toEqual({
      alreadyPosted: false,
      posts: [{ id: null, url: null, text: "only", alreadyPosted: false }],
      sent: { posts: 1, postIndexes: [0], media: 0, reads: 0 },
    });
    expect(requestLine()).toEqual(["POST /2/tweets 201"]);
  });

  it("a first-post failure other than duplicate is thrown as is, nothing posted", async () => {
    await fake.close();
    fake = await startFakeX({ permission: "read" });
    const error = await failure(publishPosts(client(), thread("a", "b")));
    expect(error.code).toBe("EXREADONLYAPP");
    expect(fake.tweets).toHaveLength(0);
  });

  it("retries inside a thread never post a reply twice", async () => {
    const order: string[] = [];
    const wrapped = withHook(client(), (text) => {
      order.push(text);
      if (text === "2/2") fake.enqueue({ kind: "reset" }, { status: 503, body: "" });
    });
    const result = await publishPosts(wrapped, thread("1/2", "2/2"));
    expect(order).toEqual(["1/2", "2/2"]);
    expect(fake.tweets.map((t) => t.text)).toEqual(["1/2", "2/2"]);
    expect(result.posts[1]!.id).toBe(fake.tweets[1]!.id);
  });

  it("refuses an empty list", async () => {
    expect((await failure(publishPosts(client(), []))).code).toBe("EXNOPOSTS");
  });
});

describe("replies X refuses (self-serve apps, since 2026-02-23)", () => {
  beforeEach(async () => {
    await fake.close();
    fake = await startFakeX({ replies: "refused" });
  });

  it("→ EXREPLYREFUSED with the link of the post that exists, the text of the others, and thread: false as the way out", async () => {
    const error = await failure(publishPosts(client(), thread("1/3 widget 2.0 is out", "2/3 • faster builds", "3/3 • fewer bugs")));
    expect(error).toBeInstanceOf(ReplyRefusedError);
    expect(error.code).toBe("EXREPLYREFUSED");
    const [head] = fake.tweets;
    expect(fake.tweets).toHaveLength(1);
    expect((error as ReplyRefusedError).posted.map((p) => p.url)).toEqual([`https://x.com/i/status/${head!.id}`]);
    expect(error.message).toContain("since 2026-02-23 X lets apps on its self-serve (pay-per-use) plans reply only where the author");
    expect(error.message).toContain("Reply to this conversation is not allowed because you have not been mentioned");
    expect(error.message).toContain(`post 1 (https://x.com/i/status/${head!.id}) of 3 exists; posts 2, 3 did not get posted.`);
    expect(error.message).toContain("── post 2 of 3 ──\n2/3 • faster builds\n── post 3 of 3 ──\n3/3 • fewer bugs");
    expect(error.fix).toMatch(/^Set `thread` to false \(the Action input `thread`, the plugin option `thread`/);
    expect(error.fix).toMatch(/Running the job again meets the same refusal/);
    // Only one reply was tried: a refusal is never retried.
    expect(requestLine()).toEqual(["POST /2/tweets 201", "POST /2/tweets 403"]);
  });

  it("a one-post announcement needs no reply, and goes out", async () => {
    const result = await publishPosts(client(), thread("widget 2.0 is out"));
    expect(result.posts).toHaveLength(1);
    expect(fake.tweets).toHaveLength(1);
  });
});
