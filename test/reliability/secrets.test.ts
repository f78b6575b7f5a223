// No credential value anywhere a user could see it: every door, every mode, everything printed or thrown, inspected deeply.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XClient } from "../../src/x/client.js";
import * as plugin from "../../src/plugin/index.js";
import * as steps from "../../src/plugin/steps.js";
import { baseEnv, GITHUB_TOKEN as CLI_GITHUB_TOKEN, spawnAuthorize } from "../cli/authorize-harness.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github.js";
import { FAKE_USER, startFakeX, type Fault } from "../support/fake-x.js";
import {
  BODIES,
  CREDENTIALS,
  deepText,
  expectActionClean,
  expectNoSecret,
  FAKE_APP,
  GITHUB_TOKEN,
  pluginContext,
  rateLimited,
  RELEASE,
  runAction,
  SECRET_VALUES,
  settle,
  times,
} from "./harness.js";

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub({ token: GITHUB_TOKEN, repos: ["acme/gadget"], releases: { "acme/gadget": [RELEASE] } });
});
afterAll(async () => {
  await github.close();
});

it("the canary values are distinct and appear in no fixture text", () => {
  expect(new Set(SECRET_VALUES).size).toBe(SECRET_VALUES.length);
  const fixtures = JSON.stringify([RELEASE, BODIES]);
  for (const secret of SECRET_VALUES) {
    expect(fixtures).not.toContain(secret);
    for (const other of SECRET_VALUES) if (other !== secret) expect(other).not.toContain(secret);
  }
});

const dispatch = { event: "workflow_dispatch", payload: { inputs: { tag: RELEASE.tag_name } } };
const debugEnv = { RUNNER_DEBUG: "1", ACTIONS_STEP_DEBUG: "true" };

describe.concurrent("the Action: stdout, stderr, job summary and GITHUB_OUTPUT, outside ::add-mask:: lines", () => {
  const modes: { name: string; faults: Fault[]; inputs?: Record<string, string>; env?: Record<string, string>; byTag?: boolean; status: number }[] = [
    { name: "normal", faults: [], status: 0 },
    { name: "dry run", faults: [], inputs: { "dry-run": "true" }, status: 0 },
    { name: "failure: 500 ×3", faults: times(3, { status: 500, body: BODIES.serverError }), status: 1 },
    { name: "failure: 401 from X", faults: [{ status: 401, body: { title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" } }], status: 1 },
    { name: "failure: rate limited", faults: [rateLimited(Math.floor(Date.now() / 1000) + 3600)], status: 1 },
    { name: "RUNNER_DEBUG=1, by tag through the GitHub API, lands then reset", faults: [{ kind: "land-then-reset" }], env: debugEnv, byTag: true, status: 0 },
    { name: "RUNNER_DEBUG=1, failure after retries (reset ×3)", faults: times(3, { kind: "reset" }), env: debugEnv, byTag: true, status: 1 },
    { name: "RUNNER_DEBUG=1, dry run by tag", faults: [], inputs: { "dry-run": "true" }, env: debugEnv, byTag: true, status: 0 },
    { name: "RUNNER_DEBUG=1, bad input (max-length, fails before any debug line)", faults: [], inputs: { "max-length": "lots" }, env: { ...debugEnv, QUIET: "1" }, status: 1 },
  ];
  it.each(modes)("$name", async (mode) => {
    const x = await startFakeX();
    try {
      x.enqueue(...mode.faults);
      const result = await runAction({
        x,
        githubUrl: github.url,
        inputs: { ...mode.inputs, ...(mode.byTag ? { tag: RELEASE.tag_name } : {}) },
        env: mode.env,
        ...(mode.byTag ? dispatch : {}),
      });
      expect(result.status).toBe(mode.status);
      if (mode.env && !mode.env.QUIET) expect(result.stdout).toContain("::debug::");
      expectActionClean(result);
    } finally {
      await x.close();
    }
  });
});

describe.concurrent("the plugin: logger calls and thrown errors (causes, details, every property)", () => {
  type Mode = { name: string; faults?: Fault[]; run: (ctx: ReturnType<typeof pluginContext>, debug: (line: string) => void) => Promise<unknown>; ok: boolean; env?: Record<string, string> };
  const withDebug = (debug: (line: string) => void): steps.Deps => ({
    ...steps.defaultDeps,
    createClient: (options) => new XClient({ ...options, timeoutMs: 500, debug }),
  });
  const modes: Mode[] = [
    { name: "verifyConditions, credentials checked against X", run: ({ context }) => plugin.verifyConditions({ verifyCredentials: true }, context), ok: true },
    {
      name: "verifyConditions, X refuses the credentials",
      env: { TWITTER_ACCESS_TOKEN_SECRET: `${FAKE_USER.accessTokenSecret}-stale` },
      run: ({ context }) => plugin.verifyConditions({ verifyCredentials: true }, context),
      ok: false,
    },
    { name: "verifyConditions, every option wrong", run: ({ context }) => plugin.verifyConditions({ template: "{nope}", maxLength: "x", apiBaseUrl: "ftp://h", thread: "yes" }, context), ok: false },
    { name: "success, normal", run: ({ context }) => plugin.success({}, context), ok: true },
    { name: "generateNotes, dry run", run: ({ context }) => plugin.generateNotes({}, { ...context, options: { ...context.options, dryRun: true } }), ok: true },
    { name: "success, failure (500 ×3)", faults: times(3, { status: 500, body: BODIES.serverError }), run: ({ context }) => plugin.success({}, context), ok: false },
    { name: "success, debug client, lands then reset", faults: [{ kind: "land-then-reset" }], run: ({ context }, debug) => steps.success({}, context, withDebug(debug)), ok: true },
    { name: "success, debug client, timeouts ×3", faults: times(3, { kind: "hang" }), run: ({ context }, debug) => steps.success({}, context, withDebug(debug)), ok: false },
    { name: "success, debug client, thread partly posted", faults: [{ kind: "normal" }, ...times(3, { kind: "reset" })], run: ({ context }, debug) => steps.success({ thread: true }, { ...context, nextRelease: { ...context.nextRelease, notes: Array.from({ length: 12 }, (_, i) => `- line ${i + 1} of notes, long enough to need a reply`).join("\n") } }, withDebug(debug)), ok: false },
  ];
  it.each(modes)("$name", async (mode) => {
    const x = await startFakeX();
    try {
      x.enqueue(...(mode.faults ?? []));
      const ctx = pluginContext(x, { env: mode.env });
      const debugLines: string[] = [];
      const settled = await settle(mode.run(ctx, (line) => debugLines.push(line)));
      expect(settled.ok).toBe(mode.ok);
      const visible = [
        ...ctx.logger.lines.map((line) => line.text),
        ...debugLines,
        settled.ok ? "" : deepText(settled.error),
        settled.ok ? "" : String((settled.error as Error).stack),
      ].join("\n");
      expectNoSecret(mode.name, visible);
      if (mode.env) expect(visible).not.toContain(mode.env.TWITTER_ACCESS_TOKEN_SECRET);
      if (mode.run.toString().includes("withDebug")) expect(debugLines.length).toBeGreaterThan(0);
    } finally {
      await x.close();
    }
  });
});

describe.concurrent("the core client: every failure's error object, inspected deeply, and its debug lines", () => {
  const faults: [string, Fault[]][] = [
    ["500 ×3", times(3, { status: 500, body: BODIES.serverError })],
    ["HTML 502 ×3", times(3, { status: 502, body: BODIES.badGatewayHtml })],
    ["reset ×3", times(3, { kind: "reset" })],
    ["timeout ×3", times(3, { kind: "hang" })],
    ["401", [{ status: 401, body: { title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" } }]],
    ["usage cap", [{ status: 429, body: BODIES.usageCap }]],
    ["403 echoing the request's Authorization", [{ status: 403, body: { title: "Forbidden", detail: "echo" } }]],
  ];
  it.each(faults)("%s", async (_name, list) => {
    const x = await startFakeX();
    try {
      x.enqueue(...list);
      const debug: string[] = [];
      // A short timeout only where the fault is a hang: on a busy machine 300 ms can pass before a 401 arrives, and
      // the retry would then meet a normal answer.
      const hangs = list.some((fault) => "kind" in fault && fault.kind === "hang");
      const client = new XClient({ credentials: CREDENTIALS, baseUrl: x.url, timeoutMs: hangs ? 300 : 10_000, sleep: () => Promise.resolve(), debug: (line) => debug.push(line) });
      const settled = await settle(client.postTweet("a post that fails"));
      expect(settled.ok).toBe(false);
      const error = settled.ok ? undefined : settled.error;
      expectNoSecret("error", `${deepText(error)}\n${String((error as Error).stack)}\n${JSON.stringify(error)}`);
      expectNoSecret("debug", debug.join("\n"));
      // The check can fail: the Authorization header X received carries two of the values.
      expect(x.requests[0]?.authorization).toContain(CREDENTIALS.apiKey);
    } finally {
      await x.close();
    }
  });
});

describe.concurrent("the CLI: `release-tweet authorize` stdout and stderr", () => {
  const env = (xUrl: string, githubUrl: string, extra: Record<string, string> = {}) =>
    baseEnv({ TWITTER_API_BASE_URL: xUrl, GITHUB_API_URL: githubUrl, TWITTER_API_KEY: FAKE_APP.apiKey, TWITTER_API_SECRET: FAKE_APP.apiSecret, GITHUB_TOKEN: CLI_GITHUB_TOKEN, ...extra });
  const modes: { name: string; setup?: (x: Awaited<ReturnType<typeof startFakeX>>) => void; extra?: Record<string, string>; stdinLines?: string[]; args?: string[]; pin?: string; code: number; printsValues?: boolean }[] = [
    { name: "saves to GitHub", code: 0 },
    { name: "keys typed on stdin (hidden prompt)", extra: { TWITTER_API_KEY: "", TWITTER_API_SECRET: "" }, stdinLines: [FAKE_APP.apiKey, FAKE_APP.apiSecret], code: 0 },
    { name: "failure at request_token (500)", setup: (x) => x.enqueueOAuth("request_token", { status: 500, body: BODIES.serverError }), code: 1 },
    { name: "failure at access_token (reset after X issued the tokens)", setup: (x) => x.enqueueOAuth("access_token", { kind: "land-then-reset" }), code: 1 },
    { name: "wrong PIN", pin: "0000000", code: 1 },
    { name: "no GitHub token: prints the values once", extra: { GITHUB_TOKEN: "" }, code: 0, printsValues: true },
  ];
  it("the PIN, echoed back in X's access_token error, is redacted", async () => {
    const x = await startFakeX();
    const gh = await startFakeGitHub({ token: CLI_GITHUB_TOKEN, repos: ["octo/app"] });
    try {
      x.enqueueOAuth("access_token", { status: 400, body: { errors: [{ code: 99, message: "Verifier 7654321 was not accepted." }] } });
      const result = await spawnAuthorize({ args: ["--repo", "octo/app", "--no-browser"], env: env(x.url, gh.url), action: { kind: "pin", pin: "7654321" } });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("Verifier *** was not accepted.");
      expect(`${result.stdout}\n${result.stderr}`).not.toContain("7654321");
      expectNoSecret("PIN echoed", `${result.stdout}\n${result.stderr}`);
    } finally {
      await Promise.all([x.close(), gh.close()]);
    }
  });
  it.each(modes)("$name", async (mode) => {
    const x = await startFakeX();
    const gh = await startFakeGitHub({ token: CLI_GITHUB_TOKEN, repos: ["octo/app"] });
    try {
      mode.setup?.(x);
      const result = await spawnAuthorize({
        args: ["--repo", "octo/app", "--no-browser"],
        env: env(x.url, gh.url, mode.extra),
        stdinLines: mode.stdinLines,
        action: { kind: "pin", pin: mode.pin },
      });
      expect(result.code).toBe(mode.code);
      const all = `${result.stdout}\n${result.stderr}`;
      expect(all).not.toContain(CLI_GITHUB_TOKEN);
      if (!mode.printsValues) {
        expectNoSecret(mode.name, all);
        return;
      }
      // The one mode that must show them: each exactly once, on its own NAME=value line, never on stderr.
      for (const [name, value] of Object.entries({ TWITTER_API_KEY: CREDENTIALS.apiKey, TWITTER_API_SECRET: CREDENTIALS.apiSecret, TWITTER_ACCESS_TOKEN: CREDENTIALS.accessToken, TWITTER_ACCESS_TOKEN_SECRET: CREDENTIALS.accessTokenSecret })) {
        expect(all.split(value).length - 1, name).toBe(1);
        expect(result.stdout).toContain(`\n${name}=${value}\n`);
      }
    } finally {
      await Promise.all([x.close(), gh.close()]);
    }
  });
});
