// Edge cases the loopback fake X cannot produce, on undici's MockAgent.
import { MockAgent } from "undici";
import { describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { XClient } from "../../src/core/x-client.js";
import type { XCredentials } from "../../src/core/types.js";

const CREDENTIALS: XCredentials = {
  apiKey: "edge-consumer-key-AAAA",
  apiSecret: "edge-consumer-secret-BBBB",
  accessToken: "42-edge-access-token-CCCC",
  accessTokenSecret: "edge-token-secret-DDDD",
};

function setup() {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const debug: string[] = [];
  const client = new XClient({ credentials: CREDENTIALS, dispatcher: agent, sleep: () => Promise.resolve(), debug: (l) => debug.push(l) });
  return { pool: agent.get("https://api.x.com"), client, debug };
}

async function failure(promise: Promise<unknown>): Promise<ReleaseTweetError> {
  const error = await promise.then(() => new Error("expected a failure"), (e: unknown) => e);
  expect(error).toBeInstanceOf(ReleaseTweetError);
  return error as ReleaseTweetError;
}

describe("XClient edge cases (MockAgent)", () => {
  it("a transport error that quotes the request's headers is redacted in message, cause and debug", async () => {
    const { pool, client, debug } = setup();
    let seenAuthorization = "";
    pool
      .intercept({ path: "/2/tweets", method: "POST" })
      .replyWithError(new Error(`socket hang up while sending authorization: OAuth oauth_token="${CREDENTIALS.accessToken}" with ${CREDENTIALS.apiSecret}`))
      .times(3);
    pool.intercept({ path: "/2/users/me", method: "GET" }).reply((opts) => {
      seenAuthorization = String((opts.headers as Record<string, string>).authorization);
      return { statusCode: 200, data: { data: { id: "42", username: "edge" } } };
    });
    const error = await failure(client.postTweet("hi"));
    expect(error.code).toBe("EXNETWORK");
    const all = [error.message, error.fix, String((error.cause as Error).message), JSON.stringify(error), debug.join("\n")].join("\n");
    for (const value of Object.values(CREDENTIALS)) expect(all).not.toContain(value);
    expect(all).toContain("***");
    await client.getMe();
    expect(seenAuthorization).toMatch(/^OAuth /);
    expect(all).not.toContain(seenAuthorization);
  });

  it("getMe retries a 503 (GET is safe to repeat) and then reads the account", async () => {
    const { pool, client } = setup();
    pool.intercept({ path: "/2/users/me", method: "GET" }).reply(503, "<html>busy</html>");
    pool.intercept({ path: "/2/users/me", method: "GET" }).reply(200, { data: { id: "42", name: "E", username: "edge" } });
    await expect(client.getMe()).resolves.toEqual({ id: "42", username: "edge" });
  });

  it("getMe with a 200 that lacks the account → EXBADRESPONSE", async () => {
    const { pool, client } = setup();
    pool.intercept({ path: "/2/users/me", method: "GET" }).reply(200, { data: {} });
    expect((await failure(client.getMe())).code).toBe("EXBADRESPONSE");
  });

  it("a 201 whose id is not a post id is treated as posted with an unknown id", async () => {
    const { pool, client } = setup();
    pool.intercept({ path: "/2/tweets", method: "POST" }).reply(201, { data: { id: 12345, text: "hi" } });
    await expect(client.postTweet("hi")).resolves.toEqual({ id: null, url: null, alreadyPosted: false });
  });

  it("an unknown 4xx is reported with X's words and not retried", async () => {
    const { pool, client } = setup();
    pool.intercept({ path: "/2/tweets", method: "POST" }).reply(413, { title: "Payload Too Large", detail: "Request too large.", type: "about:blank", status: 413 });
    const error = await failure(client.postTweet("hi"));
    expect(error.code).toBe("EXREJECTED");
    expect(error.message).toContain("Request too large.");
    expect(error.message).toContain("HTTP 413");
  });

  it("a base URL path prefix is kept (API gateways)", async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent.get("https://gw.example").intercept({ path: "/x-api/2/tweets", method: "POST" }).reply(201, { data: { id: "7", text: "hi" } });
    const client = new XClient({ credentials: CREDENTIALS, dispatcher: agent, baseUrl: "https://gw.example/x-api/" });
    await expect(client.postTweet("hi")).resolves.toEqual({ id: "7", url: "https://x.com/i/status/7", alreadyPosted: false });
  });
});
