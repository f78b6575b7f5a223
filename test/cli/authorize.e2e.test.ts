// End-to-end: the built CLI (dist/cli/index.js, rebuilt by test/global-setup.ts when src/ is newer) against the
// loopback fake X and fake GitHub. The fake GitHub opens every sealed box with tweetnacl, not the product's libsodium.
import { createServer } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeTempDir } from "../support/temp-dir.js";
import { startConnectProxy } from "../support/connect-proxy.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github.js";
import { FAKE_APP, startFakeX, type FakeX } from "../support/fake-x.js";
import {
  FOUR_SECRETS,
  GITHUB_TOKEN,
  baseEnv,
  errorLine,
  expectNoLeaks,
  spawnAuthorize,
} from "./authorize-harness.js";

let x: FakeX;
let github: FakeGitHub;

beforeEach(async () => {
  x = await startFakeX();
  github = await startFakeGitHub({ token: GITHUB_TOKEN, repos: ["octo/app"], environments: { "octo/app": ["production"] } });
});
afterEach(async () => {
  await Promise.all([x.close(), github.close()]);
});

const env = (extra: Record<string, string> = {}) =>
  baseEnv({
    TWITTER_API_BASE_URL: x.url,
    GITHUB_API_URL: github.url,
    TWITTER_API_KEY: FAKE_APP.apiKey,
    TWITTER_API_SECRET: FAKE_APP.apiSecret,
    GITHUB_TOKEN,
    ...extra,
  });

const puts = () => github.requests.filter((r) => r.method === "PUT");

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

describe("release-tweet authorize (end to end)", () => {
  it("PIN mode via `npm run authorize`: stores the four sealed secrets", async () => {
    const result = await spawnAuthorize({ args: ["--repo", "octo/app"], env: env(), action: { kind: "pin" }, viaNpm: true });
    expect(result.stderr).not.toContain("release-tweet authorize:");
    expect(result.code).toBe(0);
    expect(result.authorizeUrl).toMatch(new RegExp(`^${x.url}/oauth/authorize\\?oauth_token=req-`));
    expect(result.stdout).toContain("Authorized as @release_bot");
    expect(github.openedSecrets("octo/app")).toEqual(FOUR_SECRETS);
    for (const name of Object.keys(FOUR_SECRETS)) expect(result.stdout).toContain(`${name}: created`);
    expectNoLeaks(result, "secrets-hidden");
  });

  it("with HTTP_PROXY set, reaches X and GitHub (both plain-http loopback fakes) through the proxy", async () => {
    const proxy = await startConnectProxy();
    try {
      const result = await spawnAuthorize({ args: ["--repo", "octo/app"], env: env({ HTTP_PROXY: proxy.url }), action: { kind: "pin" } });
      expect(result.stderr).not.toMatch(/release-tweet authorize:|Warning/);
      expect(result.code).toBe(0);
      expect(github.openedSecrets("octo/app")).toEqual(FOUR_SECRETS);
      expect(new Set(proxy.tunnels)).toEqual(new Set([new URL(x.url).host, new URL(github.url).host]));
      expectNoLeaks(result, "secrets-hidden");
    } finally {
      await proxy.close();
    }
  });

  it("with their host in NO_PROXY, reaches X and GitHub directly: nothing goes through the proxy", async () => {
    const proxy = await startConnectProxy();
    try {
      const result = await spawnAuthorize({
        args: ["--repo", "octo/app"],
        env: env({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: "127.0.0.1" }),
        action: { kind: "pin" },
      });
      expect(result.code).toBe(0);
      expect(github.openedSecrets("octo/app")).toEqual(FOUR_SECRETS);
      expect(proxy.tunnels).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it("reports 'updated' when the secrets already exist", async () => {
    await spawnAuthorize({ args: ["--repo", "octo/app"], env: env(), action: { kind: "pin" } });
    const again = await spawnAuthorize({ args: ["--repo", "octo/app"], env: env(), action: { kind: "pin" } });
    expect(again.code).toBe(0);
    for (const name of Object.keys(FOUR_SECRETS)) expect(again.stdout).toContain(`${name}: updated`);
    expect(github.openedSecrets("octo/app")).toEqual(FOUR_SECRETS);
  });

  it("reads the consumer key and secret from piped stdin when they are not in the environment", async () => {
    const result = await spawnAuthorize({
      args: ["--repo", "octo/app"],
      env: env({ TWITTER_API_KEY: "", TWITTER_API_SECRET: "" }),
      stdinLines: [FAKE_APP.apiKey, FAKE_APP.apiSecret],
      action: { kind: "pin" },
    });
    expect(result.code).toBe(0);
    expect(github.openedSecrets("octo/app")).toEqual(FOUR_SECRETS);
    expectNoLeaks(result, "secrets-hidden");
  });

  it("callback mode: the browser follows X's redirect to the CLI's one-shot server", async () => {
    const callback = `http://127.0.0.1:${await freePort()}/callback`;
    x.callbackMode = "redirect";
    x.approvedCallbacks.push(callback);
    const result = await spawnAuthorize({
      args: ["--repo", "octo/app", "--callback", callback, "--timeout", "20"],
      env: env(),
      action: { kind: "follow-redirect" },
    });
    expect(result.stderr).not.toContain("release-tweet authorize:");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Authorized as @release_bot");
    expect(github.openedSecrets("octo/app")).toEqual(FOUR_SECRETS);
    expectNoLeaks(result, "secrets-hidden");
  });

  it("callback mode: a callback URL the app does not list fails before the user is sent anywhere", async () => {
    const callback = `http://127.0.0.1:${await freePort()}/callback`;
    const result = await spawnAuthorize({
      args: ["--repo", "octo/app", "--callback", callback],
      env: env(),
      action: { kind: "nothing" },
    });
    expect(result.code).toBe(1);
    expect(result.authorizeUrl).toBeUndefined();
    expect(errorLine(result)).toMatch(/callback/i);
    expect(puts()).toEqual([]);
    expectNoLeaks(result, "secrets-hidden");
  });

  it("callback mode: a 'cancelled' redirect (the user clicked Cancel, or someone forged it) is reported, and at the timeout: denied or timed out", async () => {
    const callback = `http://127.0.0.1:${await freePort()}/cb`;
    x.approvedCallbacks.push(callback);
    const result = await spawnAuthorize({
      args: ["--repo", "octo/app", "--callback", callback, "--timeout", "2"],
      env: env(),
      action: { kind: "visit", url: (u) => `${callback}?denied=${new URL(u).searchParams.get("oauth_token") ?? ""}` },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("A redirect arrived saying the authorization was cancelled (1 so far). If you clicked Cancel, stop with Ctrl+C;");
    expect(errorLine(result)).toContain(
      "Authorization was denied or timed out: 1 redirect said it was cancelled on X, and no redirect that X accepts arrived within 2 seconds.",
    );
    expect(puts()).toEqual([]);
  });

  it("callback mode: forged redirects (a 'denied' and a made-up verifier) cannot end the flow; the real one authorizes", async () => {
    const callback = `http://127.0.0.1:${await freePort()}/cb`;
    x.callbackMode = "redirect";
    x.approvedCallbacks.push(callback);
    const token = (u: string) => new URL(u).searchParams.get("oauth_token") ?? "";
    const result = await spawnAuthorize({
      args: ["--repo", "octo/app", "--callback", callback, "--timeout", "20"],
      env: env(),
      action: {
        kind: "forge-then-follow",
        forged: (u) => [`${callback}?denied=${token(u)}`, `${callback}?oauth_token=${token(u)}&oauth_verifier=forged-7654321`],
      },
    });
    expect(result.stderr).not.toContain("release-tweet authorize:");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("A redirect arrived with a verifier that X refused (1 so far)");
    expect(result.stdout).toContain("Note: 1 redirect with a verifier X refused and 1 'cancelled' redirect also arrived while waiting; X accepted only yours.");
    expect(result.stdout).toContain("Authorized as @release_bot");
    expect(`${result.stdout}${result.stderr}`).not.toContain("forged-7654321");
    expect(github.openedSecrets("octo/app")).toEqual(FOUR_SECRETS);
    // X was asked twice: the forged verifier (refused), then the real one.
    expect(x.requests.filter((r) => r.path === "/oauth/access_token").map((r) => r.status)).toEqual([401, 200]);
    expectNoLeaks(result, "secrets-hidden");
  });

  it("callback mode: gives up after --timeout", async () => {
    const callback = `http://127.0.0.1:${await freePort()}/cb`;
    x.approvedCallbacks.push(callback);
    const started = Date.now();
    const result = await spawnAuthorize({
      args: ["--repo", "octo/app", "--callback", callback, "--timeout", "1"],
      env: env(),
      action: { kind: "nothing" },
    });
    expect(result.code).toBe(1);
    expect(errorLine(result)).toContain(`X did not redirect to ${callback} within 1 seconds`);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("a wrong PIN stores nothing and says what to do", async () => {
    const result = await spawnAuthorize({ args: ["--repo", "octo/app"], env: env(), action: { kind: "pin", pin: "0000000" } });
    expect(result.code).toBe(1);
    const line = errorLine(result);
    expect(line).toMatch(/PIN|verifier/i);
    expect(line).toMatch(/again/i);
    expect(puts()).toEqual([]);
    expect(github.openedSecrets("octo/app")).toEqual({});
    expectNoLeaks(result, "secrets-hidden");
  });

  it("an error message from X with terminal escapes (OSC 8 link, clear screen) reaches stderr without them", async () => {
    x.enqueueOAuth("access_token", {
      status: 400,
      body: { errors: [{ code: 99, message: "\u001b]8;;https://evil.example/\u0007Click here\u001b]8;;\u0007 \u001b[2Jnow" }] },
    });
    const result = await spawnAuthorize({ args: ["--repo", "octo/app"], env: env(), action: { kind: "pin" } });
    expect(result.code).toBe(1);
    expect(errorLine(result)).toContain("]8;;https://evil.example/Click here]8;; [2Jnow");
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expectNoLeaks(result, "secrets-hidden");
  });

  it("a bad GitHub token (401) fails before the OAuth dance and stores nothing", async () => {
    const result = await spawnAuthorize({
      args: ["--repo", "octo/app"],
      env: env({ GITHUB_TOKEN: "ghp_wrong_token_9876543210" }),
      action: { kind: "pin" },
    });
    expect(result.code).toBe(1);
    expect(result.authorizeUrl).toBeUndefined();
    expect(x.requests).toEqual([]);
    const line = errorLine(result);
    expect(line).toContain("GitHub rejected GITHUB_TOKEN");
    expect(line).not.toContain("ghp_wrong_token_9876543210");
    expect(puts()).toEqual([]);
    expectNoLeaks(result, "secrets-hidden");
  });

  it("a repository the token cannot reach names all three causes, before the OAuth dance", async () => {
    const result = await spawnAuthorize({ args: ["--repo", "octo/nope"], env: env(), action: { kind: "pin" } });
    expect(result.code).toBe(1);
    expect(x.requests).toEqual([]);
    expect(errorLine(result)).toMatch(/does not exist.*'repo' scope.*Secrets: Read and write/);
  });

  it("a save that fails part-way (after 3 attempts) lists what was stored and prints only the values that were not", async () => {
    github.failPutFor("TWITTER_ACCESS_TOKEN", 500);
    const result = await spawnAuthorize({ args: ["--repo", "octo/app"], env: env(), action: { kind: "pin" } });
    expect(result.code).toBe(1);
    expect(errorLine(result)).toContain(
      "Stored: TWITTER_API_KEY, TWITTER_API_SECRET. Not stored: TWITTER_ACCESS_TOKEN, TWITTER_ACCESS_TOKEN_SECRET.",
    );
    expect(puts().map((r) => `${r.path.split("/").pop()}:${r.status}`)).toEqual([
      "TWITTER_API_KEY:201",
      "TWITTER_API_SECRET:201",
      "TWITTER_ACCESS_TOKEN:500",
      "TWITTER_ACCESS_TOKEN:500",
      "TWITTER_ACCESS_TOKEN:500",
    ]);
    expect(github.openedSecrets("octo/app")).toEqual({
      TWITTER_API_KEY: FOUR_SECRETS.TWITTER_API_KEY,
      TWITTER_API_SECRET: FOUR_SECRETS.TWITTER_API_SECRET,
    });
    expect(result.stdout).toContain("gh secret set TWITTER_ACCESS_TOKEN_SECRET --repo octo/app\n");
    const all = `${result.stdout}\n${result.stderr}`;
    expect(all).not.toContain(GITHUB_TOKEN);
    expect(all).not.toContain(FOUR_SECRETS.TWITTER_API_KEY);
    expect(all).not.toContain(FOUR_SECRETS.TWITTER_API_SECRET);
    for (const name of ["TWITTER_ACCESS_TOKEN", "TWITTER_ACCESS_TOKEN_SECRET"] as const) {
      expect(all.split(FOUR_SECRETS[name]).length - 1, name).toBe(1);
      expect(result.stdout).toContain(`\n${name}=${FOUR_SECRETS[name]}\n`);
    }
  });

  it("without a token: prints the four values once, under a warning, with the gh commands", async () => {
    const result = await spawnAuthorize({
      args: ["--repo", "octo/app"],
      env: env({ GITHUB_TOKEN: "" }),
      action: { kind: "pin" },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("WARNING: the 4 values below are secrets");
    for (const name of Object.keys(FOUR_SECRETS)) expect(result.stdout).toContain(`gh secret set ${name} --repo octo/app\n`);
    expect(github.requests).toEqual([]);
    expectNoLeaks(result, "prints-values");
  });

  it("without a repository (no --repo, no origin remote): prints values with a placeholder --repo", async () => {
    const cwd = makeTempDir("authorize-no-repo");
    const result = await spawnAuthorize({ args: ["--env", "production"], env: env(), action: { kind: "pin" }, cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Not saving to GitHub: no repository");
    expect(result.stdout).toContain("gh secret set TWITTER_ACCESS_TOKEN_SECRET --repo OWNER/NAME --env production");
    expect(github.requests).toEqual([]);
    expectNoLeaks(result, "prints-values");
  });

  it("--env stores environment secrets, not repository secrets", async () => {
    const result = await spawnAuthorize({
      args: ["--repo", "octo/app", "--env", "production"],
      env: env(),
      action: { kind: "pin" },
    });
    expect(result.code).toBe(0);
    expect(github.openedSecrets("octo/app/env/production")).toEqual(FOUR_SECRETS);
    expect(github.openedSecrets("octo/app")).toEqual({});
    expect(result.stdout).toContain("environment 'production' of octo/app");
    expectNoLeaks(result, "secrets-hidden");
  });

  it("wrong consumer credentials fail at the first request to X with a clear line", async () => {
    const result = await spawnAuthorize({
      args: ["--repo", "octo/app"],
      env: env({ TWITTER_API_SECRET: "wrong-consumer-secret-value" }),
      action: { kind: "pin" },
    });
    expect(result.code).toBe(1);
    expect(result.authorizeUrl).toBeUndefined();
    const line = errorLine(result);
    expect(line).toMatch(/API Key|consumer|authenticate/i);
    expect(line).not.toContain("wrong-consumer-secret-value");
    expect(puts()).toEqual([]);
  });

  it("network errors: an unreachable GitHub API fails before the OAuth dance, naming the host", async () => {
    const port = await freePort();
    const result = await spawnAuthorize({
      args: ["--repo", "octo/app"],
      env: env({ GITHUB_API_URL: `http://127.0.0.1:${port}` }),
      action: { kind: "pin" },
    });
    expect(result.code).toBe(1);
    expect(errorLine(result)).toContain(`Could not reach the GitHub API at 127.0.0.1:${port}`);
    expect(x.requests).toEqual([]);
    expectNoLeaks(result, "secrets-hidden");
  });

  it("network errors: an unreachable X API fails with one line and no stack", async () => {
    const port = await freePort();
    const result = await spawnAuthorize({
      args: ["--repo", "octo/app"],
      env: env({ TWITTER_API_BASE_URL: `http://127.0.0.1:${port}` }),
      action: { kind: "pin" },
    });
    expect(result.code).toBe(1);
    expect(result.authorizeUrl).toBeUndefined();
    expect(errorLine(result)).toMatch(/^release-tweet authorize: /);
    expect(puts()).toEqual([]);
    expectNoLeaks(result, "secrets-hidden");
  });

  it("--help documents every option and exits 0", async () => {
    const result = await spawnAuthorize({ args: ["--help"], env: baseEnv({}), action: { kind: "nothing" } });
    expect(result.code).toBe(0);
    for (const option of ["--repo", "--env", "--callback", "--timeout", "--no-browser", "GITHUB_TOKEN", "GH_TOKEN", "GITHUB_API_URL", "TWITTER_API_BASE_URL", "BROWSER"]) {
      expect(result.stdout).toContain(option);
    }
  });

  it("a GITHUB_API_URL over plain http to a non-loopback host is refused before any request (the token would travel in the clear)", async () => {
    const result = await spawnAuthorize({
      args: ["--repo", "octo/app"],
      env: env({ GITHUB_API_URL: "http://ghe.example.com/api/v3" }),
      action: { kind: "pin" },
    });
    expect(result.code).toBe(2);
    expect(errorLine(result)).toBe(
      "release-tweet authorize: GITHUB_API_URL must be an https URL (plain http is accepted only for 127.0.0.1, localhost and [::1], for testing). " +
        "Fix or unset GITHUB_API_URL (default https://api.github.com; on GitHub Enterprise Server https://HOST/api/v3).",
    );
    expect(x.requests).toEqual([]);
    expect(github.requests).toEqual([]);
    expectNoLeaks(result, "secrets-hidden");
  });

  it("bad arguments exit 2 before any request", async () => {
    const result = await spawnAuthorize({ args: ["--callback", "http://example.com:80/cb"], env: env(), action: { kind: "nothing" } });
    expect(result.code).toBe(2);
    expect(errorLine(result)).toContain("127.0.0.1");
    expect(x.requests).toEqual([]);
    expect(github.requests).toEqual([]);
  });
});
