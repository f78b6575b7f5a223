// Fault injection across the doors: the same X failures, played by the loopback fake X, against the bundled Action,
// the plugin's exported steps and the CLI's OAuth flow. Each row: posts stored, outcome, human message, time.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { compose } from "../../src/notes/compose.js";
import { RETRY_POLICY, XClient } from "../../src/x/client.js";
import * as plugin from "../../src/plugin/index.js";
import * as steps from "../../src/plugin/steps.js";
import { baseEnv, GITHUB_TOKEN as CLI_GITHUB_TOKEN, spawnAuthorize } from "../cli/authorize-harness.js";
import { startFakeGitHub } from "../support/fake-github.js";
import { startFakeX, type Fault, type FakeX } from "../support/fake-x.js";
import {
  actionError,
  BODIES,
  expectActionClean,
  expectNoSecret,
  deepText,
  FAKE_APP,
  firstError,
  pluginContext,
  rateLimited,
  RELEASE,
  releaseEvent,
  runAction,
  settle,
  STACK_LINE,
  times,
} from "./harness.js";

type Outcome =
  | { kind: "posted"; id: "known" | "unknown" }
  | { kind: "failed"; code: string; says: RegExp; fix: RegExp };

interface Row {
  name: string;
  faults: () => Fault[];
  stored: number;
  outcome: Outcome;
  /** The policy's worst case for this row's waits (backoff, rate-limit wait, timeouts); the bound adds a slack. */
  waitsMs: number;
}

/**
 * Slack over a row's waits. A spawned door pays process start and bundle load while up to ~10 processes share 2 cores
 * (rows run concurrently; measured up to 2.5 s with no waits). The bound still proves the call ends far short of a
 * hang and of the 30 s test timeout; the request counts, not the clock, prove what was retried.
 */
const SPAWN_SLACK_MS = 15_000;
/** The plugin's steps run in this process: signing and loopback round trips only. */
const IN_PROCESS_SLACK_MS = 5_000;
const BACKOFF_2 = RETRY_POLICY.baseMs; // the wait before attempt 2 is below this
const BACKOFF_3 = RETRY_POLICY.baseMs * 3; // before attempts 2 and 3 together
const nowS = () => Math.floor(Date.now() / 1000);
const RERUN = /run(ning)? (the job )?again/i;
const serverFailed = (what: RegExp): Outcome => ({ kind: "failed", code: "EXSERVER", says: what, fix: /docs\.x\.com\/status/ });

const ROWS: Row[] = [
  { name: "500 ×3", faults: () => times(3, { status: 500, body: BODIES.serverError }), stored: 0, outcome: serverFailed(/server error.*HTTP 500, after 3 attempts/), waitsMs: BACKOFF_3 },
  { name: "500 once, then served", faults: () => [{ status: 500, body: BODIES.serverError }], stored: 1, outcome: { kind: "posted", id: "known" }, waitsMs: BACKOFF_2 },
  { name: "502 HTML page ×3", faults: () => times(3, { status: 502, body: BODIES.badGatewayHtml }), stored: 0, outcome: serverFailed(/an HTML page, likely from a gateway or proxy.*HTTP 502/), waitsMs: BACKOFF_3 },
  { name: "503 ×3", faults: () => times(3, { status: 503, body: BODIES.serviceUnavailable }), stored: 0, outcome: serverFailed(/Service Unavailable.*HTTP 503/), waitsMs: BACKOFF_3 },
  { name: "504 ×3", faults: () => times(3, { status: 504, body: BODIES.gatewayTimeout }), stored: 0, outcome: serverFailed(/HTTP 504/), waitsMs: BACKOFF_3 },
  { name: "connection reset ×3", faults: () => times(3, { kind: "reset" }), stored: 0, outcome: { kind: "failed", code: "EXNETWORK", says: /Could not reach X/, fix: RERUN }, waitsMs: BACKOFF_3 },
  { name: "connection reset once, then served", faults: () => [{ kind: "reset" }], stored: 1, outcome: { kind: "posted", id: "known" }, waitsMs: BACKOFF_2 },
  { name: "no answer once (timeout), then served", faults: () => [{ kind: "hang" }], stored: 1, outcome: { kind: "posted", id: "known" }, waitsMs: 10_000 + BACKOFF_2 },
  { name: "429 with a near reset", faults: () => [rateLimited(nowS() + 1)], stored: 1, outcome: { kind: "posted", id: "known" }, waitsMs: 3_000 },
  {
    name: "429 with a far reset (15 min)",
    faults: () => [rateLimited(nowS() + 15 * 60)],
    stored: 0,
    outcome: { kind: "failed", code: "EXRATELIMITED", says: /rate limit.*resets at \d{4}-\d\d-\d\dT.*\(in 1[45] minutes\)/, fix: /after the reset/ },
    waitsMs: 0,
  },
  {
    name: "usage cap exceeded",
    faults: () => [{ status: 429, body: BODIES.usageCap }],
    stored: 0,
    outcome: { kind: "failed", code: "EXUSAGECAP", says: /post cap/, fix: /billing period/ },
    waitsMs: 0,
  },
  { name: "lands, then reset (retry meets 403 duplicate)", faults: () => [{ kind: "land-then-reset" }], stored: 1, outcome: { kind: "posted", id: "unknown" }, waitsMs: BACKOFF_2 },
  { name: "201 with a malformed body", faults: () => [{ kind: "malformed-201" }], stored: 1, outcome: { kind: "posted", id: "unknown" }, waitsMs: 0 },
];

/** Rows × doors, printed at the end (the report's matrix). */
const matrix: string[] = [];
const note = (door: string, row: string, stored: number, outcome: string, ms: number) =>
  matrix.push(`| ${row} | ${door} | ${stored} | ${outcome} | ${Math.round(ms)} ms |`);

let x: FakeX;
beforeEach(async () => {
  x = await startFakeX();
});
afterEach(async () => {
  await x.close();
});
afterAll(() => {
  console.log(["| row | door | posts stored | outcome | time |", "| --- | --- | --- | --- | --- |", ...matrix].join("\n"));
});

const postAttempts = () => x.requests.filter((r) => r.method === "POST" && r.path === "/2/tweets");

describe.concurrent("the bundled Action (dist/action/index.js, spawned with the runner's environment)", () => {
  it.each(ROWS)("$name", async (row) => {
    const fake = await startFakeX();
    try {
      fake.enqueue(...row.faults());
      const result = await runAction({ x: fake });
      expect(fake.tweets).toHaveLength(row.stored);
      expect(result.ms).toBeLessThan(row.waitsMs + SPAWN_SLACK_MS);
      expectActionClean(result);
      expect(result.stdout).not.toMatch(STACK_LINE);
      if (row.outcome.kind === "posted") {
        expect(result.status).toBe(0);
        expect(actionError(result)).toBe("");
        expect(result.outputs["tweet-id"]).toBe(row.outcome.id === "known" ? fake.tweets[0]!.id : "");
        expect(result.outputs.text).toBe(fake.tweets[0]!.text);
      } else {
        expect(result.status).toBe(1);
        const error = actionError(result);
        expect(error).toMatch(row.outcome.says);
        expect(error).toMatch(row.outcome.fix);
        expect(error).not.toMatch(/<html|<body/i);
        expect(result.outputs).toEqual({});
      }
      note("Action", row.name, fake.tweets.length, `exit ${result.status}`, result.ms);
    } finally {
      await fake.close();
    }
  });
});

const hangs = (row: Row): boolean => row.faults().some((fault) => "kind" in fault && fault.kind === "hang");

/** A client with a short per-attempt timeout, for the rows where the real 10 s would only slow the suite. */
const shortTimeouts: steps.Deps = { ...steps.defaultDeps, createClient: (options) => new XClient({ ...options, timeoutMs: 400 }) };

describe.concurrent("the semantic-release plugin (exported success step, env TWITTER_API_BASE_URL at the fake)", () => {
  const pluginRows: Row[] = [
    ...ROWS.map((row) => (hangs(row) ? { ...row, waitsMs: 400 + BACKOFF_2 } : row)),
    { name: "no answer ×3 (timeout)", faults: () => times(3, { kind: "hang" }), stored: 0, outcome: { kind: "failed", code: "EXTIMEOUT", says: /did not answer in time.*after 3 attempts/, fix: RERUN }, waitsMs: 3 * 400 + BACKOFF_3 },
  ];
  it.each(pluginRows)("$name", async (row) => {
    const fake = await startFakeX();
    try {
      fake.enqueue(...row.faults());
      const { context, logger } = pluginContext(fake);
      const usesHang = hangs(row);
      const started = performance.now();
      // The exported step as semantic-release calls it; the hang rows inject a short timeout through the step's seam.
      const settled = await settle(usesHang ? steps.success({}, context, shortTimeouts) : plugin.success({}, context));
      const ms = performance.now() - started;
      expect(fake.tweets).toHaveLength(row.stored);
      expect(ms).toBeLessThan(row.waitsMs + IN_PROCESS_SLACK_MS);
      const logged = logger.lines.map((line) => line.text).join("\n");
      expectNoSecret("plugin log", logged);
      if (row.outcome.kind === "posted") {
        expect(settled.ok).toBe(true);
        const success = logger.lines.find((line) => line.level === "success")?.text ?? "";
        expect(success).toContain(row.outcome.id === "known" ? `https://x.com/i/status/${fake.tweets[0]!.id}` : "X confirmed it exists");
        note("plugin", row.name, fake.tweets.length, "resolved", ms);
      } else {
        expect(settled.ok).toBe(false);
        const error = settled.ok ? undefined : settled.error;
        expectNoSecret("plugin error", deepText(error));
        const shown = firstError(error);
        expect(shown.code).toBe(row.outcome.code);
        expect(shown.message).toMatch(/^v3\.1\.0 was released successfully; only its announcement on X failed:/);
        expect(shown.message).toMatch(row.outcome.says);
        expect(shown.details).toMatch(row.outcome.fix);
        expect(`${shown.message}\n${shown.details ?? ""}`).not.toMatch(STACK_LINE);
        note("plugin", row.name, fake.tweets.length, `throws ${shown.code}`, ms);
      }
    } finally {
      await fake.close();
    }
  });
});

describe("threads: post 2 of 3 fails (500 ×3)", () => {
  // Enough short items that the default template makes exactly three posts.
  const body = Array.from({ length: 9 }, (_, i) => `- Improvement ${i + 1}: the gadget now handles case ${i + 1} more gracefully than before.`).join("\n");
  const release = { ...RELEASE, body };
  const twoFails = (): Fault[] => [{ kind: "normal" }, ...times(3, { status: 500, body: BODIES.serverError })];

  it("the composed thread really has three posts", () => {
    const posts = compose(
      { version: "3.1.0", tag: release.tag_name, name: release.name ?? "", repo: "gadget", owner: "acme", url: release.html_url, notes: body },
      { thread: true },
    );
    expect(posts).toHaveLength(3);
  });

  it("Action: reports the post that exists, and a re-run posts exactly the missing ones", async () => {
    x.enqueue(...twoFails());
    const first = await runAction({ x, ...releaseEvent(release), inputs: { thread: "true" } });
    expect(first.status).toBe(1);
    expect(x.tweets).toHaveLength(1);
    const error = actionError(first);
    expect(error).toContain(`post 1 (https://x.com/i/status/${x.tweets[0]!.id}) of 3 exists; posts 2, 3 did not get posted`);
    expect(error).toMatch(/run the job again: release-tweet finds the posts that exist and posts only the missing ones/i);
    expectActionClean(first);

    const again = await runAction({ x, ...releaseEvent(release), inputs: { thread: "true" } });
    expect(again.status).toBe(0);
    expect(x.tweets).toHaveLength(3);
    x.tweets.forEach((tweet, index) => expect(tweet.replyTo).toBe(index === 0 ? null : x.tweets[index - 1]!.id));
    // X's duplicate answer to post 1, then posts 2 and 3: nothing sent twice.
    expect(postAttempts().slice(-3).map((attempt) => attempt.status)).toEqual([403, 201, 201]);
    expectActionClean(again);
    note("Action", "thread: post 2/3 500 ×3, then re-run", x.tweets.length, "exit 1, re-run exit 0", first.ms + again.ms);
  });

  it("plugin: reports the post that exists, and a re-run posts exactly the missing ones", async () => {
    x.enqueue(...twoFails());
    const notes = body;
    const run = async () => {
      const { context, logger } = pluginContext(x, { notes });
      const settled = await settle(plugin.success({ thread: true }, context));
      return { settled, logger };
    };
    const first = await run();
    expect(first.settled.ok).toBe(false);
    expect(x.tweets).toHaveLength(1);
    const shown = firstError(first.settled.ok ? undefined : first.settled.error);
    expect(shown.code).toBe("EXTHREADPARTIAL");
    expect(shown.message).toContain(`https://x.com/i/status/${x.tweets[0]!.id}`);
    const again = await run();
    expect(again.settled.ok).toBe(true);
    // The plugin's thread has n posts (its project name differs from the Action's): all exist now, once each.
    const total = x.tweets.length;
    expect(total).toBeGreaterThanOrEqual(3);
    x.tweets.forEach((tweet, index) => expect(tweet.replyTo).toBe(index === 0 ? null : x.tweets[index - 1]!.id));
    expect(again.logger.lines.some((line) => line.text === `1 of the ${total} posts existed already (an earlier run); only the missing ones were posted.`)).toBe(true);
    const third = await run();
    expect(third.settled.ok).toBe(true);
    expect(x.tweets).toHaveLength(total);
    expect(third.logger.lines.some((line) => line.level === "warn" && /already exists/.test(line.text))).toBe(true);
    note("plugin", "thread: post 2/n 500 ×3, then re-run", x.tweets.length, "throws EXTHREADPARTIAL, re-run resolves", 0);
  });
});

// ---------------------------------------------------------------- CLI: authorize's two calls to X

interface CliRow {
  name: string;
  fault: () => Fault;
  says: RegExp;
  fix: RegExp;
  waitsMs: number;
}

const CLI_ROWS: CliRow[] = [
  { name: "500", fault: () => ({ status: 500, body: BODIES.serverError }), says: /server error.*HTTP 500/, fix: /try again later/, waitsMs: 0 },
  { name: "502 HTML page", fault: () => ({ status: 502, body: BODIES.badGatewayHtml }), says: /an HTML page, likely from a gateway or proxy/, fix: /try again later/, waitsMs: 0 },
  { name: "503", fault: () => ({ status: 503, body: BODIES.serviceUnavailable }), says: /HTTP 503/, fix: /try again later/, waitsMs: 0 },
  { name: "504", fault: () => ({ status: 504, body: BODIES.gatewayTimeout }), says: /HTTP 504/, fix: /try again later/, waitsMs: 0 },
  { name: "connection reset", fault: () => ({ kind: "reset" }), says: /Could not reach X/, fix: /network path/, waitsMs: 0 },
  { name: "no answer (timeout)", fault: () => ({ kind: "hang" }), says: /did not answer in time \(no answer within 10000 ms\)/, fix: /run again later/, waitsMs: 10_000 },
  { name: "429 with a near reset", fault: () => rateLimited(nowS() + 1), says: /rate limit.*resets at/, fix: /after the reset/, waitsMs: 0 },
  { name: "429 with a far reset", fault: () => rateLimited(nowS() + 15 * 60), says: /rate limit.*\(in 1[45] minutes\)/, fix: /after the reset/, waitsMs: 0 },
  { name: "usage cap exceeded", fault: () => ({ status: 429, body: BODIES.usageCap }), says: /post cap/, fix: /billing period/, waitsMs: 0 },
  { name: "answer lost after X did the work", fault: () => ({ kind: "land-then-reset" }), says: /Could not reach X/, fix: /run again/, waitsMs: 0 },
  { name: "200 with a malformed body", fault: () => ({ kind: "malformed-201" }), says: /not what the X API sends/, fix: /proxy/, waitsMs: 0 },
];

describe.concurrent.each(["request_token", "access_token"] as const)("the CLI: `release-tweet authorize` (built, spawned), fault on /oauth/%s", (endpoint) => {
  it.each(CLI_ROWS)("$name", async (row) => {
    const fake = await startFakeX();
    const github = await startFakeGitHub({ token: CLI_GITHUB_TOKEN, repos: ["octo/app"] });
    try {
      fake.enqueueOAuth(endpoint, row.fault());
      const started = performance.now();
      const result = await spawnAuthorize({
        args: ["--repo", "octo/app", "--no-browser"],
        env: baseEnv({ TWITTER_API_BASE_URL: fake.url, GITHUB_API_URL: github.url, TWITTER_API_KEY: FAKE_APP.apiKey, TWITTER_API_SECRET: FAKE_APP.apiSecret, GITHUB_TOKEN: CLI_GITHUB_TOKEN }),
        action: { kind: "pin" },
      });
      const ms = performance.now() - started;
      expect(result.code).toBe(1);
      // Not retried (a request token or PIN is single-use): exactly one request to the failing endpoint.
      expect(fake.requests.filter((r) => r.path === `/oauth/${endpoint}`)).toHaveLength(1);
      expect(fake.requests.filter((r) => r.path === "/oauth/access_token")).toHaveLength(endpoint === "access_token" ? 1 : 0);
      expect(github.requests.filter((r) => r.method === "PUT")).toEqual([]);
      expect(fake.tweets).toEqual([]);
      // stderr holds the prompts, then one error line.
      const errors = result.stderr.split("\n").filter((line) => line.startsWith("release-tweet authorize: "));
      expect(errors).toHaveLength(1);
      expect(result.stderr.trim().split("\n").at(-1)).toBe(errors[0]);
      expect(errors[0]).toMatch(row.says);
      expect(errors[0]).toMatch(row.fix);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(errors[0]).not.toMatch(/<html|<body/i);
      expectNoSecret("CLI output", `${result.stdout}\n${result.stderr}`);
      expect(`${result.stdout}\n${result.stderr}`).not.toContain(CLI_GITHUB_TOKEN);
      expect(ms).toBeLessThan(row.waitsMs + SPAWN_SLACK_MS);
      note(`CLI ${endpoint}`, row.name, 0, `exit ${result.code}`, ms);
    } finally {
      await Promise.all([fake.close(), github.close()]);
    }
  });
});
