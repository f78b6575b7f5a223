// Shared harness of the reliability suite: runs each door (the bundled Action as the runner does, the plugin's exported
// steps in process, the built CLI) against the loopback fakes, and captures everything a user could ever see.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { format, inspect } from "node:util";
import { expect } from "vitest";
import { parse } from "yaml";
import type { Logger, StepContext } from "../../src/plugin/context.js";
import { FAKE_APP, FAKE_CREDENTIALS, type Fault, type FakeX } from "../support/fake-x.js";
import { makeTempDir, removeTempDir } from "../support/temp-dir.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const ACTION_ENTRY = join(ROOT, "dist", "action", "index.js");

/** Distinctive, unreserved characters only (so percent-encoding, JSON or HTML escaping would not disguise a leak). */
export const GITHUB_TOKEN = "ghs_reliabilityCanaryGitHubToken9q7w";
export const CREDENTIALS = FAKE_CREDENTIALS;
export const SECRET_VALUES: readonly string[] = [...Object.values(FAKE_CREDENTIALS), GITHUB_TOKEN];

/** Fails naming the first credential found in `text` (by its start only, so the report itself does not leak it). */
export function expectNoSecret(where: string, text: string): void {
  for (const secret of SECRET_VALUES) {
    const at = text.indexOf(secret);
    expect(at === -1, `${where}: a credential (${secret.slice(0, 8)}…) appears in: …${text.slice(Math.max(0, at - 80), at)}[HERE]`).toBe(true);
  }
}

/** Every property of a thrown value, its getters (details, summary), causes and sub-errors. */
export function deepText(value: unknown): string {
  return inspect(value, { depth: Infinity, showHidden: true, getters: true, maxArrayLength: Infinity, maxStringLength: Infinity });
}

/** A stack trace line, raw or as a workflow command escapes it. */
export const STACK_LINE = /(?:\n|%0A)\s+at \S+.*:\d+:\d+/;

// ---------------------------------------------------------------- the Action, as the runner runs it

export interface ActionRelease {
  tag_name: string;
  name: string | null;
  body: string | null;
  html_url: string;
  draft: boolean;
  prerelease: boolean;
}

export const RELEASE: ActionRelease = {
  tag_name: "v3.1.0",
  name: "Gadget 3.1",
  body: "Adds the thingamajig.",
  html_url: "https://github.com/acme/gadget/releases/tag/v3.1.0",
  draft: false,
  prerelease: false,
};

export interface ActionResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputsFile: string;
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as ActionYml;
  const values: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    if (input.default !== undefined) values[name] = input.default.replace("${{ github.token }}", GITHUB_TOKEN);
  }
  Object.assign(values, inputs);
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [`INPUT_${name.replace(/ /g, "_").toUpperCase()}`, value]));
}

export const CREDENTIAL_INPUTS = {
  "api-key": CREDENTIALS.apiKey,
  "api-secret": CREDENTIALS.apiSecret,
  "access-token": CREDENTIALS.accessToken,
  "access-token-secret": CREDENTIALS.accessTokenSecret,
};

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!;
  return outputs;
}

export interface ActionRun {
  x: FakeX;
  githubUrl?: string;
  inputs?: Record<string, string>;
  /** Default: a published release event for RELEASE. */
  event?: string;
  payload?: unknown;
  env?: Record<string, string>;
}

export function releaseEvent(release: ActionRelease, action = "published"): { event: string; payload: unknown } {
  return { event: "release", payload: { action, release, repository: { name: "gadget", owner: { login: "acme" } } } };
}

/** Spawns dist/action/index.js with the runner's environment; the fakes keep answering (async spawn). */
export async function runAction(run: ActionRun): Promise<ActionResult> {
  const dir = makeTempDir("action-run");
  const paths = { event: join(dir, "event.json"), output: join(dir, "output.txt"), summary: join(dir, "summary.md") };
  const { event, payload } = run.event === undefined ? releaseEvent(RELEASE) : { event: run.event, payload: run.payload };
  writeFileSync(paths.event, JSON.stringify(payload));
  writeFileSync(paths.output, "");
  writeFileSync(paths.summary, "");
  const env = {
    PATH: process.env.PATH ?? "",
    // The suite's temp folder (test/global-setup.ts), so anything the child leaves there is found.
    TMPDIR: tmpdir(),
    ...inputEnv({ ...CREDENTIAL_INPUTS, "api-base-url": run.x.url, ...run.inputs }),
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_OUTPUT: paths.output,
    GITHUB_STEP_SUMMARY: paths.summary,
    GITHUB_REPOSITORY: "acme/gadget",
    GITHUB_REF: event === "release" ? `refs/tags/${RELEASE.tag_name}` : "refs/heads/main",
    GITHUB_API_URL: run.githubUrl ?? "http://127.0.0.1:9",
    RUNNER_TEMP: dir,
    ...run.env,
  };
  const started = performance.now();
  const child = spawn(process.execPath, [ACTION_ENTRY], { env, cwd: dir });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on("close", (code, sig) => resolve([code, sig])),
  );
  const ms = performance.now() - started;
  // A crash is never an outcome a test expects: say so, with what the process printed, instead of a bare null status.
  if (signal !== null) {
    removeTempDir(dir);
    throw new Error(`The Action's process was ended by ${signal}.\nstderr:\n${stderr.slice(-2000)}\nstdout (end):\n${stdout.slice(-2000)}`);
  }
  try {
    const outputsFile = readFileSync(paths.output, "utf8");
    return { status, stdout, stderr, outputsFile, outputs: parseOutputs(outputsFile), summary: readFileSync(paths.summary, "utf8"), ms };
  } finally {
    // A suite runs the Action dozens of times: each run's files go as soon as they are read.
    removeTempDir(dir);
  }
}

/** The step's error annotation (the first ::error:: line), unescaped. */
export function actionError(result: ActionResult): string {
  const line = result.stdout.split("\n").find((l) => l.startsWith("::error::")) ?? "";
  return line.slice("::error::".length).replaceAll("%0A", "\n").replaceAll("%0D", "\r").replaceAll("%25", "%");
}

/** Everything the Action made visible, masks excluded; every secret must also have been masked. */
export function expectActionClean(result: ActionResult, masked: readonly string[] = SECRET_VALUES): void {
  const lines = result.stdout.split("\n");
  const maskLines = lines.filter((line) => line.startsWith("::add-mask::"));
  for (const secret of masked) expect(maskLines, "every credential is masked").toContain(`::add-mask::${secret}`);
  // Node's DEP0040 (twitter-text's punycode require in the bundle) is the only stderr allowed.
  const stderr = result.stderr
    .split("\n")
    .filter((line) => line !== "" && !/\[DEP0040\]/.test(line) && !line.startsWith("(Use `node --trace-deprecation"));
  expect(stderr, "nothing else on stderr").toEqual([]);
  const visible = [...lines.filter((line) => !line.startsWith("::add-mask::")), result.stderr, result.outputsFile, result.summary].join("\n");
  expectNoSecret("Action output", visible);
}

// ---------------------------------------------------------------- the semantic-release plugin, in process

export interface RecordingLogger extends Logger {
  lines: { level: keyof Logger; text: string }[];
}

export function recordingLogger(): RecordingLogger {
  const lines: RecordingLogger["lines"] = [];
  const record = (level: keyof Logger) => (message: string, ...args: unknown[]) => void lines.push({ level, text: format(message, ...args) });
  return { lines, log: record("log"), warn: record("warn"), error: record("error"), success: record("success") };
}

export const PLUGIN_ENV = {
  TWITTER_API_KEY: CREDENTIALS.apiKey,
  TWITTER_API_SECRET: CREDENTIALS.apiSecret,
  TWITTER_ACCESS_TOKEN: CREDENTIALS.accessToken,
  TWITTER_ACCESS_TOKEN_SECRET: CREDENTIALS.accessTokenSecret,
  GITHUB_TOKEN,
  CI: "true",
};

/** The context semantic-release 25 hands to `success` (the fields it always sets), with the X base URL in env. */
export function pluginContext(x: FakeX, overrides: { notes?: string; version?: string; dryRun?: boolean; env?: Record<string, string> } = {}) {
  const version = overrides.version ?? "3.1.0";
  const repositoryUrl = `https://x-access-token:${GITHUB_TOKEN}@github.com/acme/gadget.git`;
  const logger = recordingLogger();
  const context = {
    cwd: ROOT,
    env: { ...PLUGIN_ENV, TWITTER_API_BASE_URL: x.url, ...overrides.env },
    envCi: { isCi: true, branch: "main", commit: "0123abcd" },
    logger,
    // By `success`, semantic-release has put push credentials into repositoryUrl (they must never be printed).
    options: { dryRun: overrides.dryRun ?? false, repositoryUrl, originalRepositoryURL: "https://github.com/acme/gadget.git", branches: ["main"] },
    branch: { name: "main", type: "release", channel: undefined, main: true },
    lastRelease: { version: "3.0.0", gitTag: "v3.0.0", channels: [null] },
    nextRelease: {
      type: "minor",
      version,
      gitTag: `v${version}`,
      name: `v${version}`,
      channel: null,
      notes: overrides.notes ?? "## 3.1.0\n\n### Features\n\n* adds the thingamajig",
    },
    commits: [{ hash: "0123abcd", message: "feat: adds the thingamajig" }],
    releases: [{ name: "GitHub release", url: `https://github.com/acme/gadget/releases/tag/v${version}`, pluginName: "@semantic-release/github", type: "minor", version, gitTag: `v${version}`, channel: null }],
  };
  const typed: StepContext = context;
  return { context, logger, typed };
}

export async function settle(promise: Promise<unknown>): Promise<{ ok: true } | { ok: false; error: unknown }> {
  try {
    await promise;
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The one error semantic-release would print: the step's SemanticReleaseError, or the first of an AggregateError. */
export function firstError(error: unknown): { code?: string; message: string; details?: string } {
  const inner = error instanceof AggregateError ? error.errors[0] : error;
  return inner as { code?: string; message: string; details?: string };
}

// ---------------------------------------------------------------- faults

/** X's real bodies (PLATFORM-FACTS.md). */
export const BODIES = {
  serverError: { title: "Internal Server Error", type: "about:blank", status: 500, detail: "Internal Server Error" },
  badGatewayHtml: "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>",
  serviceUnavailable: { title: "Service Unavailable", type: "about:blank", status: 503, detail: "Service Unavailable" },
  gatewayTimeout: "<html><body><h1>504 Gateway Time-out</h1></body></html>",
  tooManyRequests: { title: "Too Many Requests", type: "about:blank", status: 429, detail: "Too Many Requests" },
  usageCap: {
    title: "UsageCapExceeded",
    type: "https://api.twitter.com/2/problems/usage-capped",
    status: 429,
    detail: "Usage cap exceeded: Monthly product cap",
  },
};

export function rateLimited(resetEpochS: number): Fault {
  return {
    status: 429,
    body: BODIES.tooManyRequests,
    headers: { "x-rate-limit-limit": "100", "x-rate-limit-remaining": "0", "x-rate-limit-reset": String(resetEpochS) },
  };
}

export const times = (n: number, fault: Fault): Fault[] => Array.from({ length: n }, () => fault);

export { FAKE_APP };
