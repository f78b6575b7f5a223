// Seeded property test of the client's guarantees: for any short run of faults (then normal service), postTweet posts
// at most once, fails only with a ReleaseTweetError that holds no secret, stays within the time budget, and a re-run
// after any outcome posts nothing new. Real HTTP to the loopback fake X; waits on a fake clock, so it runs fast.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { publishPosts } from "../../src/x/publish-thread.js";
import { RETRY_POLICY, XClient } from "../../src/x/client.js";
import { startFakeX, type Fault } from "../support/fake-x.js";
import { BODIES, CREDENTIALS, deepText, rateLimited, SECRET_VALUES, STACK_LINE } from "./harness.js";

const SEED = 20_260_501;
const RUNS = Math.max(200, Number(process.env.RELEASE_TWEET_FUZZ_RUNS ?? 0) || 0);
const TIMEOUT_MS = 200;
/** Real time spent in loopback round trips and real 200 ms timeouts also counts on the clock. */
const SLACK_MS = 2_000;
const CODES = new Set(["EXSERVER", "EXBADRESPONSE", "EXNETWORK", "EXTIMEOUT", "EXRATELIMITED", "EXUSAGECAP", "EXDUPLICATE", "EXUNAUTHORIZED"]);

/** A fault, built against the clock of the run (rate-limit resets are absolute times). */
type FaultSpec = (nowMs: number) => Fault;

const faultArb: fc.Arbitrary<{ label: string; make: FaultSpec }> = fc.oneof(
  fc.constantFrom(500, 503).map((status) => ({ label: `${status}`, make: () => ({ status, body: BODIES.serverError }) })),
  fc.constant({ label: "502 html", make: (): Fault => ({ status: 502, body: BODIES.badGatewayHtml }) }),
  fc.constant({ label: "504 html", make: (): Fault => ({ status: 504, body: BODIES.gatewayTimeout }) }),
  fc.constant({ label: "200 html (proxy)", make: (): Fault => ({ status: 200, body: "<html>login</html>" }) }),
  fc.integer({ min: -5, max: 45 }).map((s) => ({ label: `429 reset +${s}s`, make: (now: number) => rateLimited(Math.floor(now / 1000) + s) })),
  fc.constant({ label: "429 far", make: (now: number) => rateLimited(Math.floor(now / 1000) + 3600) }),
  fc.constant({ label: "429 no reset", make: (): Fault => ({ status: 429, body: BODIES.tooManyRequests }) }),
  fc.constant({ label: "usage cap", make: (): Fault => ({ status: 429, body: BODIES.usageCap }) }),
  fc.constant({ label: "401", make: (): Fault => ({ status: 401, body: { title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" } }) }),
  fc.constantFrom("reset", "land-then-reset", "hang", "malformed-201").map((kind) => ({ label: kind, make: (): Fault => ({ kind }) })),
);

describe("XClient.postTweet under random faults (seeded)", () => {
  it(`posts at most once, fails clearly, stays in budget, and a re-run adds nothing (${RUNS} runs)`, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(faultArb, { maxLength: 4 }), fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 4, maxLength: 4 }), async (faults, jitter) => {
        run += 1;
        let skew = 0; // virtual time added by sleeps
        const now = () => Date.now() + skew;
        const sleeps: number[] = [];
        const sleep = (ms: number) => {
          sleeps.push(ms);
          skew += ms;
          return Promise.resolve();
        };
        const x = await startFakeX({ now });
        try {
          x.enqueue(...faults.map((f) => f.make(now())));
          // The backoff jitter comes from the seed too, so a failure replays exactly.
          const random = () => jitter[sleeps.length % jitter.length]!;
          const client = new XClient({ credentials: CREDENTIALS, baseUrl: x.url, timeoutMs: TIMEOUT_MS, sleep, now, random });
          const text = `Release ${run}: fuzzed announcement`;
          const started = now();
          const outcome = await client.postTweet(text).then(
            (result) => ({ ok: true as const, result }),
            (error: unknown) => ({ ok: false as const, error }),
          );
          const elapsed = now() - started;
          const posts = x.requests.filter((r) => r.path === "/2/tweets");

          expect(x.tweets.length).toBeLessThanOrEqual(1);
          expect(posts.length).toBeLessThanOrEqual(RETRY_POLICY.attempts + 1); // + one rate-limit wait
          expect(elapsed).toBeLessThanOrEqual(RETRY_POLICY.budgetMs + SLACK_MS);
          expect(sleeps.every((ms) => ms >= 0 && ms <= RETRY_POLICY.rateLimitWaitMaxMs)).toBe(true);
          if (outcome.ok) {
            expect(x.tweets).toHaveLength(1);
            const { result } = outcome;
            if (result.id !== null) expect(result.id).toBe(x.tweets[0]!.id);
            if (result.alreadyPosted) expect(result.id).toBeNull();
          } else {
            expect(outcome.error).toBeInstanceOf(ReleaseTweetError);
            const error = outcome.error as ReleaseTweetError;
            expect(CODES.has(error.code), error.code).toBe(true);
            expect(error.fix.length).toBeGreaterThan(0);
            expect(error.message).not.toMatch(/<html/i);
            expect(error.summary).not.toMatch(STACK_LINE);
            const everything = deepText(error);
            for (const secret of SECRET_VALUES) expect(everything.includes(secret)).toBe(false);
          }

          // A re-run after any outcome (the job run again): the post exists at most once, and exists if it did.
          // (An attempt that timed out may still land after the call gave up, as it can on X: hence no count here.)
          x.clearFaults();
          const again = await publishPosts(client, [{ text, weightedLength: 0 }]);
          expect(x.tweets).toHaveLength(1);
          if (outcome.ok) expect(again).toMatchObject({ alreadyPosted: true, posts: [], sent: { posts: 0 } });
        } finally {
          await x.close();
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);
});
