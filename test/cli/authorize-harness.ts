// Test harness for `release-tweet authorize`: runs the real command (spawned) or runAuthorize (in process)
// and plays the user: reads the authorize URL from stdout, opens it on the fake X, enters the PIN or follows the redirect.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { expect } from "vitest";
import { runAuthorize, type AuthorizeDeps } from "../../src/cli/authorize.js";
import { FAKE_APP, FAKE_USER } from "../support/fake-x.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const CLI = join(ROOT, "dist", "cli", "index.js");
export const GITHUB_TOKEN = "ghp_e2eFakeGitHubToken_0123456789abcdef";

/** What the user does once the authorize URL is printed. */
export type UserAction =
  | { kind: "pin"; pin?: string } // open the page, type the PIN shown (or this wrong one)
  | { kind: "follow-redirect" } // open the page; the browser follows X's redirect to the CLI
  | { kind: "visit"; url: (authorizeUrl: string) => string } // the browser lands on some other URL
  | { kind: "forge-then-follow"; forged: (authorizeUrl: string) => string[] } // someone else's redirects, then the real one
  | { kind: "nothing" }; // never comes back

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The authorize URL the CLI printed, if any. */
  authorizeUrl: string | undefined;
}

// X's page (?oauth_token=…) or a Mastodon instance's (?response_type=code&client_id=…&redirect_uri=…).
const AUTHORIZE_URL = /(https?:\/\/\S+\/oauth\/authorize\?(?:oauth_token=[^\s&]+|response_type=code&\S+))/;

/** Does what a person at the browser would do; returns text to type into stdin (the PIN line), if any. */
async function play(action: UserAction, authorizeUrl: string): Promise<string | undefined> {
  switch (action.kind) {
    case "pin": {
      const page = await (await fetch(authorizeUrl)).text();
      // X shows a PIN; a Mastodon instance shows an authorization code to copy.
      const pin = /<code id="pin">(\d+)<\/code>/.exec(page)?.[1] ?? /class="oauth-code" readonly value="([^"]+)"/.exec(page)?.[1];
      expect(pin, `no PIN or code on the authorize page: ${page}`).toBeDefined();
      return `${action.pin ?? pin}\n`;
    }
    case "follow-redirect": {
      const response = await fetch(authorizeUrl, { redirect: "follow" });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("close this tab");
      return undefined;
    }
    case "visit":
      await fetch(action.url(authorizeUrl)).then((r) => r.text());
      return undefined;
    case "forge-then-follow": {
      for (const url of action.forged(authorizeUrl)) await fetch(url).then((r) => r.text());
      return play({ kind: "follow-redirect" }, authorizeUrl);
    }
    case "nothing":
      return undefined;
  }
}

export interface SpawnOptions {
  args: string[];
  env: Record<string, string>;
  action: UserAction;
  /** Lines written to stdin before anything else (answers to the key/secret prompts). */
  stdinLines?: string[];
  cwd?: string;
  /** Run through `npm run --silent authorize --`, as the issue documents, instead of node dist/cli/index.js. */
  viaNpm?: boolean;
  /** End stdin after stdinLines: a flow with no page to visit (Bluesky) reads only those. */
  endStdin?: boolean;
}

/** A clean environment: nothing of the developer's (no GITHUB_TOKEN, no X keys) leaks into the child. */
export function baseEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/tmp",
    // The suite's temp folder (test/global-setup.ts), so anything the child leaves there is found.
    TMPDIR: tmpdir(),
    BROWSER: "true",
    NO_COLOR: "1",
  };
  return { ...env, ...extra };
}

export function spawnAuthorize(options: SpawnOptions): Promise<RunResult> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build -- cli`);
  const npmCli = process.env.npm_execpath;
  const [command, args] = options.viaNpm
    ? npmCli
      ? [process.execPath, [npmCli, "run", "--silent", "authorize", "--", ...options.args]]
      : ["npm", ["run", "--silent", "authorize", "--", ...options.args]]
    : [process.execPath, [CLI, "authorize", ...options.args]];
  const child = spawn(command, args, {
    cwd: options.cwd ?? ROOT,
    env: options.env,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let authorizeUrl: string | undefined;
  let playing: Promise<void> = Promise.resolve();
  for (const line of options.stdinLines ?? []) child.stdin.write(`${line}\n`);
  if (options.endStdin) child.stdin.end();
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    const found = authorizeUrl === undefined ? AUTHORIZE_URL.exec(stdout)?.[1] : undefined;
    if (found) {
      authorizeUrl = found;
      playing = play(options.action, found).then((typed) => {
        if (typed !== undefined) child.stdin.end(typed);
      });
    }
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  child.stdin.on("error", () => undefined); // the CLI may exit before reading everything
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      playing.then(() => resolve({ code, stdout, stderr, authorizeUrl }), reject);
    });
  });
}

export interface InProcessOptions {
  args: string[];
  env: Record<string, string>;
  action: UserAction;
  stdinLines?: string[];
  deps?: AuthorizeDeps;
  cwd?: string;
  /** End stdin right after stdinLines: the user's input runs out. */
  closeStdin?: boolean;
}

/** The same, calling runAuthorize directly: for cases that need a seam (origin remote, browser spy). */
export async function runInProcess(options: InProcessOptions): Promise<RunResult> {
  const stdin = new PassThrough();
  let stdout = "";
  let stderr = "";
  let authorizeUrl: string | undefined;
  let playing: Promise<void> = Promise.resolve();
  for (const line of options.stdinLines ?? []) stdin.write(`${line}\n`);
  if (options.closeStdin) stdin.end();
  const code = await runAuthorize(
    options.args,
    {
      out: (text) => {
        stdout += `${text}\n`;
        const found = authorizeUrl === undefined ? AUTHORIZE_URL.exec(stdout)?.[1] : undefined;
        if (found) {
          authorizeUrl = found;
          playing = play(options.action, found).then((typed) => {
            if (typed !== undefined) stdin.end(typed);
          });
        }
      },
      err: (text) => (stderr += `${text}\n`),
      stdin,
      env: options.env,
      cwd: options.cwd ?? ROOT,
    },
    { readOrigin: () => Promise.resolve(undefined), ...options.deps },
  );
  await playing;
  return { code, stdout, stderr, authorizeUrl };
}

export const FOUR_SECRETS = {
  TWITTER_API_KEY: FAKE_APP.apiKey,
  TWITTER_API_SECRET: FAKE_APP.apiSecret,
  TWITTER_ACCESS_TOKEN: FAKE_USER.accessToken,
  TWITTER_ACCESS_TOKEN_SECRET: FAKE_USER.accessTokenSecret,
};

/**
 * The secret-leak check. The GitHub token never appears. The X credentials appear only in the no-repo mode,
 * and there exactly once each, on their own NAME=value line on stdout.
 */
export function expectNoLeaks(result: RunResult, mode: "secrets-hidden" | "prints-values"): void {
  const all = `${result.stdout}\n${result.stderr}`;
  expect(all).not.toContain(GITHUB_TOKEN);
  for (const [name, value] of Object.entries(FOUR_SECRETS)) {
    const count = all.split(value).length - 1;
    if (mode === "secrets-hidden") {
      expect(count, `${name} leaked`).toBe(0);
    } else {
      expect(count, `${name} printed ${count} times`).toBe(1);
      expect(result.stdout).toContain(`\n${name}=${value}\n`);
      expect(result.stderr).not.toContain(value);
    }
  }
}

/** The last line on stderr: where the CLI reports an error. It must be one line, without a stack trace. */
export function errorLine(result: RunResult): string {
  const lines = result.stderr.trim().split("\n");
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  return lines.at(-1) ?? "";
}
