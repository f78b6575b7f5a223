// Edge cases the loopback fake X cannot produce, on undici's MockAgent: odd errors, and answers that take simulated time.
import { MockAgent } from "undici";
import { describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { RETRY_POLICY, XClient } from "../../src/x/client.js";
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

/**
 * The client on a simulated clock: waits and slow answers move it at once, real time (a hang until its timeout) also
 * counts. Each answer is played when its request arrives: `after` simulated ms later, or never (`hang`), so the real
 * AbortSignal.timeout ends the attempt. The clock starts on a whole second, so waiting out a reset "29 s away" (+ 1 s)
 * brings it to 30 s whatever real time went before.
 */
function simulated() {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const pool = agent.get("https://api.x.com");
  const started = 1_800_000_000_000;
  const real = performance.now();
  let skew = 0;
  const now = () => started + skew + Math.round(performance.now() - real);
  const slept: number[] = [];
  const client = new XClient({
    credentials: CREDENTIALS,
    dispatcher: agent,
    now,
    sleep: (ms) => {
      slept.push(ms);
      skew += ms;
      return Promise.resolve();
    },
    random: () => 0.5, // backoffs of 500 ms, then 1000 ms
  });
  const serverError = { title: "Service Unavailable", type: "about:blank", status: 503 };
  const answer = (after: number, statusCode: number, data: object, headers: (nowS: number) => Record<string, string> = () => ({})) =>
    pool.intercept({ path: "/2/tweets", method: "POST" }).reply(() => {
      skew += after;
      return { statusCode, data, responseOptions: { headers: headers(Math.floor(now() / 1000)) } };
    });
  return {
    client,
    slept,
    elapsed: () => now() - started,
    slow503: (after: number) => answer(after, 503, serverError),
    rateLimited: (after: number, resetInS: number) =>
      answer(after, 429, { title: "Too Many Requests", type: "about:blank", status: 429 }, (nowS) => ({
        "x-rate-limit-remaining": "0",
        "x-rate-limit-reset": String(nowS + resetInS),
      })),
    // Answered far later than any timeout: the attempt ends by its own deadline (an abort cancels the delayed answer).
    hang: () => pool.intercept({ path: "/2/tweets", method: "POST" }).reply(503, serverError).delay(60_000),
  };
}

/** A timer may fire a little late on a loaded machine; the budget itself is checked to the millisecond by the client. */
const LATE_TIMER_MS = 1_000;

describe("XClient: the 40 s budget on a simulated clock", () => {
  it("a 429 waited out near the end of the budget: the last attempt gets only what is left, and the call ends in budget", async () => {
    const sim = simulated();
    sim.rateLimited(0, 29); // waited out until 30 s
    sim.slow503(6_000); // a gateway that took 6 s; a 1 s backoff then leaves under 3 s, less the real time so far
    sim.hang();
    const error = await failure(sim.client.postTweet("late in the budget"));
    expect(error.code).toBe("EXTIMEOUT");
    expect(error.message).toContain("after 3 attempts");
    expect(sim.slept).toHaveLength(2);
    expect(sim.slept[0]).toBeGreaterThan(29_000);
    expect(sim.slept[0]).toBeLessThanOrEqual(30_000);
    expect(sim.slept[1]).toBe(1_000);
    const cut = Number(/no answer within (\d+) ms/.exec(error.message)?.[1]);
    // Cut from the 10 s timeout to what was left, and still at least the shortest attempt worth starting.
    expect(cut).toBeGreaterThanOrEqual(1_000);
    // What the budget left after the two waits and the slow gateway: under 3 s, or 3 s and the milliseconds the
    // 429's whole-second reset left off the first wait.
    expect(cut).toBeLessThanOrEqual(RETRY_POLICY.budgetMs - sim.slept[0]! - 6_000 - sim.slept[1]!);
    expect(sim.elapsed()).toBeLessThanOrEqual(RETRY_POLICY.budgetMs + LATE_TIMER_MS);
  });

  it("a near 429 whose wait would not fit in what is left of the budget is not waited: EXRATELIMITED at once", async () => {
    const sim = simulated();
    sim.slow503(12_000);
    sim.rateLimited(5_000, 22); // at 17.5 s: a 22.5 s wait and a 1 s attempt would end at 41 s, past the budget
    const error = await failure(sim.client.postTweet("no time to wait"));
    expect(error.code).toBe("EXRATELIMITED");
    expect(sim.slept).toEqual([500]);
    expect(sim.elapsed()).toBeLessThan(20_000); // 17.5 s and real time; a wait would have added 22 s
  });

  it("a near 429 on the last attempt is not waited out", async () => {
    const sim = simulated();
    sim.slow503(0);
    sim.slow503(0);
    sim.rateLimited(0, 5);
    const error = await failure(sim.client.postTweet("third time"));
    expect(error.code).toBe("EXRATELIMITED");
    expect(sim.slept).toEqual([500, 1_000]);
  });
});
