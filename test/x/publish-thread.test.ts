import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { publishPosts } from "../../src/x/publish-thread.js";
import type { Post } from "../../src/core/types.js";
import { XClient } from "../../src/x/client.js";
import { FAKE_CREDENTIALS, startFakeX, type FakeX } from "../support/fake-x.js";

const thread = (...texts: string[]): Post[] => texts.map((text) => ({ text, weightedLength: text.length }));

let fake: FakeX;
const client = () => new XClient({ credentials: FAKE_CREDENTIALS, baseUrl: fake.url, sleep: () => Promise.resolve() });

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

  it("a re-run (first post is a duplicate) posts nothing and says alreadyPosted", async () => {
    await publishPosts(client(), thread("head", "tail"));
    const result = await publishPosts(client(), thread("head", "tail"));
    expect(result).toEqual({ alreadyPosted: true, posts: [] });
    expect(fake.tweets).toHaveLength(2);
    // the re-run sent only the first post
    expect(fake.requests.filter((r) => r.path === "/2/tweets")).toHaveLength(3);
  });

  it("a failure in the middle reports which posts exist (with URLs) and which did not get posted", async () => {
    const c = client();
    const first = await c.postTweet("warm-up"); // unrelated post, so ids below are not the first ones
    expect(first.id).not.toBeNull();
    const posts = thread("1/4", "2/4", "3/4", "4/4");
    // posts 1 and 2 go through; post 3 meets a read-only app answer (never retried)
    const realPost = c.postTweet.bind(c);
    let calls = 0;
    const flaky = {
      postTweet: (text: string, options?: { replyTo?: string }) => {
        calls++;
        if (calls === 3) fake.enqueue({ status: 403, body: { title: "Forbidden", detail: "Your client app is not configured with the appropriate oauth1 app permissions for this endpoint.", type: "https://api.twitter.com/2/problems/oauth1-permissions", status: 403 } });
        return realPost(text, options);
      },
    };
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

  it("a reply that fails after retries gives its cause, not its 'running again is safe' advice, which a thread no longer has", async () => {
    const serverError = { status: 500, body: { title: "Internal Server Error", detail: "Something went wrong.", status: 500 } };
    fake.enqueue({ kind: "normal" }, serverError, serverError, serverError);
    const error = await failure(publishPosts(client(), thread("head", "tail")));
    expect(error.code).toBe("EXTHREADPARTIAL");
    expect(error.message).toMatch(/Post 2 failed: X had a server error/);
    expect(`${error.message} ${error.fix}`).not.toMatch(/running the job again is safe/i);
    expect(error.fix).toMatch(/post the rest of the thread by hand/);
    expect(fake.tweets.map((t) => t.text)).toEqual(["head"]);
  });

  it("stops when a parent's id is unknown (duplicate after retry) instead of posting an unattached reply", async () => {
    fake.enqueue({ kind: "land-then-reset" });
    const error = await failure(publishPosts(client(), thread("head", "tail")));
    expect(error.code).toBe("EXTHREADPARTIAL");
    expect(error.message).toContain("1 (exists, id unknown)");
    expect(error.message).toContain("post 2 did not get posted");
    expect(error.message).toMatch(/did not tell us the id of post 1/);
    expect(fake.tweets.map((t) => t.text)).toEqual(["head"]);
  });

  it("a single post whose id is unknown is still a success", async () => {
    fake.enqueue({ kind: "malformed-201" });
    const result = await publishPosts(client(), thread("only"));
    expect(result).toEqual({ alreadyPosted: false, posts: [{ id: null, url: null, text: "only", alreadyPosted: false }] });
  });

  it("a first-post failure other than duplicate is thrown as is, nothing posted", async () => {
    await fake.close();
    fake = await startFakeX({ permission: "read" });
    const error = await failure(publishPosts(client(), thread("a", "b")));
    expect(error.code).toBe("EXREADONLYAPP");
    expect(fake.tweets).toHaveLength(0);
  });

  it("retries inside a thread never post a reply twice", async () => {
    const c = client();
    const order: string[] = [];
    const wrapped = {
      postTweet: (text: string, options?: { replyTo?: string }) => {
        order.push(text);
        if (text === "2/2") fake.enqueue({ kind: "reset" }, { status: 503, body: "" });
        return c.postTweet(text, options);
      },
    };
    const result = await publishPosts(wrapped, thread("1/2", "2/2"));
    expect(order).toEqual(["1/2", "2/2"]);
    expect(fake.tweets.map((t) => t.text)).toEqual(["1/2", "2/2"]);
    expect(result.posts[1]!.id).toBe(fake.tweets[1]!.id);
  });

  it("refuses an empty list", async () => {
    expect((await failure(publishPosts(client(), []))).code).toBe("EXNOPOSTS");
  });
});
