// runAuthorize in process, for the paths that need a seam: origin remote, browser policy, stdin edge cases.
import { execFileSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BrowserCommand } from "../../src/cli/browser.js";
import { readOriginRemote } from "../../src/cli/git-remote.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github.js";
import { FAKE_APP, startFakeX, type FakeX } from "../support/fake-x.js";
import { FOUR_SECRETS, GITHUB_TOKEN, errorLine, expectNoLeaks, runInProcess } from "./authorize-harness.js";

let x: FakeX;
let github: FakeGitHub;
beforeEach(async () => {
  x = await startFakeX();
  github = await startFakeGitHub({ token: GITHUB_TOKEN, repos: ["octo/app"] });
});
afterEach(async () => {
  await Promise.all([x.close(), github.close()]);
});

const env = (extra: Record<string, string> = {}) => ({
  TWITTER_API_BASE_URL: x.url,
  GITHUB_API_URL: github.url,
  TWITTER_API_KEY: FAKE_APP.apiKey,
  TWITTER_API_SECRET: FAKE_APP.apiSecret,
  GITHUB_TOKEN,
  ...extra,
});

describe("runAuthorize", () => {
  it("defaults the repository to the origin remote", async () => {
    const result = await runInProcess({
      args: [],
      env: env(),
      action: { kind: "pin" },
      deps: { readOrigin: () => Promise.resolve({ host: "github.com", repo: "octo/app" }) },
    });
    expect(result.stderr).not.toContain("release-tweet authorize:");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Repository: octo/app (from the origin remote)");
    expect(github.openedSecrets("octo/app")).toEqual(FOUR_SECRETS);
    expectNoLeaks(result, "secrets-hidden");
  });

  it("does not open a browser when stdin is not a terminal and BROWSER is unset", async () => {
    const opened: BrowserCommand[] = [];
    const result = await runInProcess({
      args: ["--repo", "octo/app"],
      env: env(),
      action: { kind: "pin" },
      deps: { openBrowser: (command) => (opened.push(command), Promise.resolve(true)) },
    });
    expect(result.code).toBe(0);
    expect(opened).toEqual([]);
  });

  it("opens BROWSER with the authorize URL as one argument, and carries on when it fails", async () => {
    const opened: BrowserCommand[] = [];
    const result = await runInProcess({
      args: ["--repo", "octo/app"],
      env: env({ BROWSER: "my-browser --new" }),
      action: { kind: "pin" },
      deps: { openBrowser: (command) => (opened.push(command), Promise.resolve(false)) },
    });
    expect(result.code).toBe(0);
    expect(opened).toEqual([{ command: "my-browser", args: ["--new", result.authorizeUrl] }]);
    expect(result.stdout).toContain("Could not open a browser");
  });

  it("--no-browser wins over BROWSER", async () => {
    const opened: BrowserCommand[] = [];
    await runInProcess({
      args: ["--repo", "octo/app", "--no-browser"],
      env: env({ BROWSER: "my-browser" }),
      action: { kind: "pin" },
      deps: { openBrowser: (command) => (opened.push(command), Promise.resolve(true)) },
    });
    expect(opened).toEqual([]);
  });

  it("refuses something that is not a PIN without exchanging it", async () => {
    const result = await runInProcess({ args: ["--repo", "octo/app"], env: env(), action: { kind: "pin", pin: "abc" } });
    expect(result.code).toBe(1);
    expect(errorLine(result)).toContain("That is not a PIN");
    expect(x.requests.map((r) => r.path)).not.toContain("/oauth/access_token");
    expect(github.requests.filter((r) => r.method === "PUT")).toEqual([]);
  });

  it("fails clearly when stdin ends before an answer, before any request to X", async () => {
    const result = await runInProcess({
      args: ["--repo", "octo/app"],
      env: env({ TWITTER_API_SECRET: "" }),
      action: { kind: "nothing" },
      closeStdin: true,
    });
    expect(result.code).toBe(1);
    expect(errorLine(result)).toContain("Input ended before an answer was given");
    expect(x.requests).toEqual([]);
  });
});

describe("readOriginRemote", () => {
  it("reads the origin of a real git repository and nothing from a plain folder", async () => {
    const repo = await mkdtemp(`${tmpdir()}/authorize-origin-`);
    execFileSync("git", ["init", "-q"], { cwd: repo });
    execFileSync("git", ["remote", "add", "origin", "https://x-access-token:ghp_inremote@github.com/octo/app.git"], { cwd: repo });
    expect(await readOriginRemote(repo)).toEqual({ host: "github.com", repo: "octo/app" });
    expect(await readOriginRemote(await mkdtemp(`${tmpdir()}/authorize-plain-`))).toBeUndefined();
  });
});
