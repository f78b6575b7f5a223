// Bad input gets a clear error before any request and changes nothing; odd but legitimate input is handled, not refused.
import { PassThrough } from "node:stream";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runPreview } from "../../src/cli/preview.js";
import * as plugin from "../../src/plugin/index.js";
import { runInProcess } from "../cli/authorize-harness.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github.js";
import { startFakeX, type FakeX } from "../support/fake-x.js";
import {
  actionError,
  CREDENTIAL_INPUTS,
  expectActionClean,
  FAKE_APP,
  firstError,
  GITHUB_TOKEN,
  pluginContext,
  RELEASE,
  releaseEvent,
  runAction,
  SECRET_VALUES,
  settle,
  STACK_LINE,
} from "./harness.js";

let x: FakeX;
let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub({ token: GITHUB_TOKEN, repos: ["acme/gadget"], releases: { "acme/gadget": [RELEASE] } });
});
afterAll(async () => {
  await github.close();
});
beforeEach(async () => {
  x = await startFakeX();
});
afterEach(async () => {
  await x.close();
});

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

describe.concurrent("the Action: a clear error, exit 1, and no request to X", () => {
  const rows: [string, Record<string, string>, RegExp][] = [
    ["empty api-key", { "api-key": "" }, /Input 'api-key' is required/],
    ["whitespace access-token-secret", { "access-token-secret": " \t " }, /Input 'access-token-secret' is required/],
    ["unknown placeholder", { template: "{repo} {versoin} is out" }, /unknown placeholder \{versoin\}/],
    ["unclosed placeholder", { template: "{repo {version} is out" }, /unclosed '\{'/],
    ["api-base-url over plain http to a non-loopback host", { "api-base-url": "http://api.x.com" }, /must be an https URL/],
    ["api-base-url ftp:", { "api-base-url": "ftp://api.x.com" }, /api-base-url.*http/],
    ["api-base-url garbage", { "api-base-url": "not a url at all" }, /api-base-url.*http/],
    ["max-length not a number", { "max-length": "lots" }, /'max-length' must be a whole number from 1 to 25000/],
    ["max-length 0", { "max-length": "0" }, /'max-length' must be a whole number/],
    ["max-length above 25000", { "max-length": "25001" }, /'max-length' must be a whole number/],
    ["max-length not whole", { "max-length": "280.5" }, /'max-length' must be a whole number/],
  ];
  it.each(rows)("%s", async (_name, inputs, says) => {
    const fake = await startFakeX();
    try {
      const result = await runAction({ x: fake, inputs });
      expect(result.status).toBe(1);
      expect(actionError(result)).toMatch(says);
      expect(result.stdout).not.toMatch(STACK_LINE);
      expect(fake.requests).toEqual([]);
      expect(result.outputs).toEqual({});
      // Every credential still given is masked; none appears anywhere else.
      const replaced = Object.keys(inputs).map((name) => CREDENTIAL_INPUTS[name as keyof typeof CREDENTIAL_INPUTS]);
      expectActionClean(result, SECRET_VALUES.filter((value) => !replaced.includes(value)));
    } finally {
      await fake.close();
    }
  });

  it("a tag with no release", async () => {
    const result = await runAction({ x, githubUrl: github.url, event: "workflow_dispatch", payload: {}, inputs: { tag: "v9.9.9" } });
    expect(result.status).toBe(1);
    expect(actionError(result)).toMatch(/There is no GitHub release for tag 'v9\.9\.9' in acme\/gadget\. Publish a release/);
    expect(x.requests).toEqual([]);
  });

  // Checked with the inputs (the core's apiBaseUrlProblem), not only when the client is built: a dry run says so too.
  it("a dry run refuses api-base-url over plain http to a non-loopback host", async () => {
    const result = await runAction({ x, inputs: { "api-base-url": "http://api.x.com", "dry-run": "true" } });
    expect(result.status).toBe(1);
    expect(actionError(result)).toMatch(/'api-base-url' must be an https URL/);
    expect(x.requests).toEqual([]);
  });

  it("a dry run refuses a credential with a space inside, before looking anything up", async () => {
    const result = await runAction({ x, githubUrl: github.url, inputs: { "api-key": "fake consumer-key", "dry-run": "true" } });
    expect(result.status).toBe(1);
    expect(actionError(result)).toMatch(/Input 'api-key' contains spaces or line breaks\./);
    expect(x.requests).toEqual([]);
    expectActionClean(result, ["fake consumer-key"]);
    const visible = result.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::")).join("\n");
    expect(visible).not.toContain("consumer-key");
  });
});

describe.concurrent("the plugin: verifyConditions throws every problem at once, before any request", () => {
  const rows: [string, Record<string, unknown>, Record<string, string>, string[]][] = [
    ["empty TWITTER_API_KEY", {}, { TWITTER_API_KEY: "" }, ["ENOTWITTERAPIKEY"]],
    ["whitespace TWITTER_ACCESS_TOKEN", {}, { TWITTER_ACCESS_TOKEN: "  \n" }, ["ENOTWITTERACCESSTOKEN"]],
    ["a space inside TWITTER_API_SECRET", {}, { TWITTER_API_SECRET: "fake-consumer secret" }, ["EXCREDENTIALS"]],
    ["unknown placeholder", { template: "{repo} {versoin}" }, {}, ["EINVALIDTEMPLATE"]],
    ["unclosed placeholder", { template: "{repo {version}" }, {}, ["EINVALIDTEMPLATE"]],
    ["apiBaseUrl over plain http to a non-loopback host", { apiBaseUrl: "http://api.x.com" }, {}, ["EINVALIDAPIBASEURL"]],
    ["TWITTER_API_BASE_URL over plain http to a non-loopback host", {}, { TWITTER_API_BASE_URL: "http://api.x.com" }, ["EINVALIDAPIBASEURL"]],
    ["apiBaseUrl ftp:", { apiBaseUrl: "ftp://api.x.com" }, {}, ["EINVALIDAPIBASEURL"]],
    ["apiBaseUrl garbage", { apiBaseUrl: "::::" }, {}, ["EINVALIDAPIBASEURL"]],
    ["maxLength as a string", { maxLength: "280" }, {}, ["EINVALIDMAXLENGTH"]],
    ["maxLength out of range", { maxLength: 25_001 }, {}, ["EINVALIDMAXLENGTH"]],
    ["all of them", { template: "{nope", maxLength: 0, apiBaseUrl: "ftp://h" }, { TWITTER_API_SECRET: "" }, ["ENOTWITTERAPISECRET", "EINVALIDTEMPLATE", "EINVALIDMAXLENGTH", "EINVALIDAPIBASEURL"]],
  ];
  it.each(rows)("%s", async (_name, options, env, codes) => {
    const fake = await startFakeX();
    try {
      const { context } = pluginContext(fake, { env });
      // verifyCredentials: true would call X if the configuration passed.
      const settled = await settle(plugin.verifyConditions({ verifyCredentials: true, ...options }, context));
      expect(settled.ok).toBe(false);
      const error = settled.ok ? undefined : settled.error;
      expect(error).toBeInstanceOf(AggregateError);
      const errors = (error as AggregateError).errors as { code: string; message: string; details: string }[];
      expect(errors.map((e) => e.code).sort()).toEqual([...codes].sort());
      for (const e of errors) {
        expect(e.details).toMatch(/See \[/);
        expect(`${e.message}\n${e.details}`).not.toMatch(STACK_LINE);
      }
      expect(fake.requests).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it("success refuses a thread cap out of range before posting any", async () => {
    const { context } = pluginContext(x, { notes: "- one change" });
    const settled = await settle(plugin.success({ thread: true, maxPosts: 0 }, context));
    expect(firstError(settled.ok ? undefined : settled.error).code).toBe("EINVALIDMAXPOSTS");
    expect(x.requests).toEqual([]);
  });
});

describe.concurrent("the CLI: a clear error before any request", () => {
  const envFor = (fake: FakeX, extra: Record<string, string>) => ({
    TWITTER_API_BASE_URL: fake.url,
    GITHUB_API_URL: github.url,
    TWITTER_API_KEY: FAKE_APP.apiKey,
    TWITTER_API_SECRET: FAKE_APP.apiSecret,
    ...extra,
  });
  const rows: [string, Record<string, string>, RegExp][] = [
    ["whitespace TWITTER_API_KEY (and nothing typed)", { TWITTER_API_KEY: "   " }, /Input ended before an answer was given/],
    ["TWITTER_API_BASE_URL over plain http to a non-loopback host", { TWITTER_API_BASE_URL: "http://api.x.com" }, /TWITTER_API_BASE_URL must be an https URL/],
    ["TWITTER_API_BASE_URL ftp:", { TWITTER_API_BASE_URL: "ftp://api.x.com" }, /TWITTER_API_BASE_URL must be an https URL/],
    ["TWITTER_API_BASE_URL garbage", { TWITTER_API_BASE_URL: "garbage" }, /TWITTER_API_BASE_URL is not a URL/],
  ];
  it.each(rows)("authorize: %s", async (_name, extra) => {
    const fake = await startFakeX();
    const before = github.requests.length;
    try {
      const result = await runInProcess({ args: ["--repo", "acme/gadget", "--no-browser"], env: envFor(fake, extra), action: { kind: "nothing" }, closeStdin: true });
      expect(result.code).not.toBe(0);
      const line = result.stderr.trim().split("\n").at(-1) ?? "";
      expect(line).toMatch(/^release-tweet authorize: /);
      expect(line).toMatch(rows.find((row) => row[1] === extra)![2]);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(fake.requests).toEqual([]);
      // Checked before the GitHub access check too, except the key prompt (which needs that check first).
      if (extra.TWITTER_API_BASE_URL) expect(github.requests.length).toBe(before);
    } finally {
      await fake.close();
    }
  });

  it.each([
    [["--max-length", "lots"], /--max-length must be a whole number/],
    [["--max-length", "25001"], /--max-length must be a whole number from 1 to 25000/],
    [["--template", "{repo} {nope}"], /unknown placeholder \{nope\}/],
    [["--template", "{repo"], /unclosed/],
  ])("preview %j", async (argv, says) => {
    let err = "";
    const code = await runPreview(argv, { out: () => undefined, err: (text) => (err += text), stdin: new PassThrough(), env: {}, cwd: process.cwd() });
    expect(code).not.toBe(0);
    expect(err).toMatch(says);
    expect(err).not.toMatch(STACK_LINE);
  });
});

describe("odd but legitimate input is handled, not refused", () => {
  it("Action: a draft and a prerelease are skipped with a notice, successfully", async () => {
    const draft = await runAction({ x, ...releaseEvent({ ...RELEASE, draft: true }) });
    const pre = await runAction({ x, ...releaseEvent({ ...RELEASE, tag_name: "v4.0.0-rc.1", prerelease: true }) });
    for (const result of [draft, pre]) {
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/::notice::Release v\S+ is a (draft|prerelease)/);
    }
    expect(x.requests).toEqual([]);
  });

  it("plugin: a prerelease channel is skipped with a log line", async () => {
    const { context, logger } = pluginContext(x, { version: "4.0.0-beta.1" });
    const settled = await settle(plugin.success({}, { ...context, branch: { name: "beta", prerelease: "beta", type: "prerelease" }, nextRelease: { ...context.nextRelease, channel: "beta" } }));
    expect(settled.ok).toBe(true);
    expect(logger.lines.map((line) => line.text).join("\n")).toMatch(/Not announcing v4\.0\.0-beta\.1 on X: .*channel/);
    expect(x.requests).toEqual([]);
  });

  const FIVE_MB = `## What's new\n\n${"- A change with `code`, a [link](https://example.com/x) and **bold** words in it.\n".repeat(65_000)}`.slice(0, 5 * 1024 * 1024);

  // How long this takes is not asserted (speed is for the bench); npm run bench measures compose() up to 1 MiB.
  it("Action: a 5 MB release body composes and posts one post", async () => {
    expect(FIVE_MB.length).toBe(5 * 1024 * 1024);
    const result = await runAction({ x, ...releaseEvent({ ...RELEASE, body: FIVE_MB }) });
    expect(result.status).toBe(0);
    expect(x.tweets).toHaveLength(1);
    expect(x.tweets[0]!.text).toContain("A change with");
  });

  it("plugin: a 5 MB release body composes and posts one post", async () => {
    const { context } = pluginContext(x, { notes: FIVE_MB });
    const settled = await settle(plugin.success({}, context));
    expect(settled.ok).toBe(true);
    expect(x.tweets).toHaveLength(1);
    expect(x.tweets[0]!.text).toContain("A change with");
  });

  const HOSTILE = "Fixes\u0000 the\u0007 crash\u001B[31m in \u202Ereversed\u202C and \u2066isolated\u2069 text\u0085.\u007F\uFEFF";

  it("Action: NUL, control characters and bidi overrides never reach X", async () => {
    const result = await runAction({ x, ...releaseEvent({ ...RELEASE, name: `Gadget\u0000 3.1\u202E`, body: HOSTILE }) });
    expect(result.status).toBe(0);
    const stored = x.tweets[0]!.text;
    expect(stored).not.toMatch(CONTROLS);
    expect(stored).not.toContain("\uFEFF");
    expect(stored).toContain("Fixes the crash[31m in reversed and isolated text.");
  });

  it("plugin: NUL, control characters and bidi overrides never reach X", async () => {
    const { context } = pluginContext(x, { notes: HOSTILE });
    const settled = await settle(plugin.success({ template: "{name}: {notes}" }, { ...context, nextRelease: { ...context.nextRelease, name: "v3.1.0\u0000\u202E" } }));
    expect(settled.ok).toBe(true);
    const stored = x.tweets[0]!.text;
    expect(stored).not.toMatch(CONTROLS);
    expect(stored).toBe("v3.1.0: Fixes the crash[31m in reversed and isolated text.");
  });
});
