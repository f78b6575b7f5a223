// End to end: `release-tweet authorize --network bluesky` and `--network mastodon`, the built CLI against the loopback
// fake Bluesky PDS, fake Mastodon instance and fake GitHub (which opens every sealed box with tweetnacl). The secrets
// stored are then used as the Action would use them, proving they work; no secret is ever printed, but in print mode.
import { createServer } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BlueskyClient } from "../../src/bluesky/client.js";
import { MastodonClient } from "../../src/mastodon/client.js";
import { startConnectProxy } from "../support/connect-proxy.js";
import { startFakeBluesky, FAKE_BSKY, type FakeBluesky } from "../support/fake-bluesky.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github.js";
import { startFakeMastodon, FAKE_MASTO, type FakeMastodon } from "../support/fake-mastodon.js";
import { GITHUB_TOKEN, baseEnv, errorLine, spawnAuthorize, type RunResult } from "./authorize-harness.js";

let github: FakeGitHub;
let bluesky: FakeBluesky;
let mastodon: FakeMastodon;

beforeEach(async () => {
  [github, bluesky, mastodon] = await Promise.all([
    startFakeGitHub({ token: GITHUB_TOKEN, repos: ["octo/app"], environments: { "octo/app": ["production"] } }),
    startFakeBluesky(),
    startFakeMastodon(),
  ]);
});
afterEach(async () => {
  await Promise.all([github.close(), bluesky.close(), mastodon.close()]);
});

const env = (extra: Record<string, string> = {}) => baseEnv({ GITHUB_API_URL: github.url, GITHUB_TOKEN, ...extra });
const puts = () => github.requests.filter((r) => r.method === "PUT");

/** Each value appears exactly `times` times in everything the command printed (0: never). */
function expectPrinted(result: RunResult, values: Record<string, string>, times: number): void {
  const all = `${result.stdout}\n${result.stderr}`;
  expect(all).not.toContain(GITHUB_TOKEN);
  for (const [name, value] of Object.entries(values)) expect(all.split(value).length - 1, `${name} printed`).toBe(times);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

describe("release-tweet authorize --network bluesky (end to end)", () => {
  it("asks for the handle and app password, signs in once, and stores working sealed secrets", async () => {
    const result = await spawnAuthorize({
      args: ["--network", "bluesky", "--repo", "octo/app"],
      env: env({ BLUESKY_SERVICE: bluesky.url }),
      stdinLines: [`@${FAKE_BSKY.handle}`, FAKE_BSKY.appPassword],
      endStdin: true,
      action: { kind: "nothing" },
    });
    expect(result.stderr).not.toContain("release-tweet authorize:");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Signed in to Bluesky as @${FAKE_BSKY.handle}.`);
    const stored = github.openedSecrets("octo/app");
    // A server other than bsky.social is stored too, so the Action signs in where the account lives.
    expect(stored).toEqual({ BLUESKY_IDENTIFIER: FAKE_BSKY.handle, BLUESKY_APP_PASSWORD: FAKE_BSKY.appPassword, BLUESKY_SERVICE: bluesky.url });
    for (const name of Object.keys(stored)) expect(result.stdout).toContain(`${name}: created`);
    expect(bluesky.requests.map((r) => `${r.nsid} ${r.status}`)).toEqual(["com.atproto.server.createSession 200"]);
    expectPrinted(result, { BLUESKY_APP_PASSWORD: FAKE_BSKY.appPassword }, 0);
    // The stored values work: the Action's client signs in with them.
    const client = await BlueskyClient.signIn({ identifier: stored.BLUESKY_IDENTIFIER!, appPassword: stored.BLUESKY_APP_PASSWORD!, service: stored.BLUESKY_SERVICE! });
    expect(client.did).toBe(FAKE_BSKY.did);
  });

  it("a wrong app password fails with Bluesky's reason before any secret is written", async () => {
    const result = await spawnAuthorize({
      args: ["--network", "bluesky", "--repo", "octo/app"],
      env: env({ BLUESKY_SERVICE: bluesky.url }),
      stdinLines: [FAKE_BSKY.handle, "zzzz-zzzz-zzzz-zzzz"],
      endStdin: true,
      action: { kind: "nothing" },
    });
    expect(result.code).toBe(1);
    expect(errorLine(result)).toMatch(/^release-tweet authorize: Bluesky did not accept the identifier and app password/);
    expect(puts()).toEqual([]);
    expectPrinted(result, { wrong: "zzzz-zzzz-zzzz-zzzz" }, 0);
  });

  it("without a GitHub token prints each value once with the `gh secret set` commands, for an environment too", async () => {
    const result = await spawnAuthorize({
      args: ["--network", "bluesky", "--repo", "octo/app", "--env", "production"],
      env: env({ GITHUB_TOKEN: "", BLUESKY_SERVICE: bluesky.url, BLUESKY_IDENTIFIER: FAKE_BSKY.handle, BLUESKY_APP_PASSWORD: FAKE_BSKY.appPassword }),
      endStdin: true,
      action: { kind: "nothing" },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`\nBLUESKY_APP_PASSWORD=${FAKE_BSKY.appPassword}\n`);
    expect(result.stdout).toContain("gh secret set BLUESKY_APP_PASSWORD --repo octo/app --env production");
    expect(result.stdout).toContain("gh secret set BLUESKY_IDENTIFIER --repo octo/app --env production");
    expectPrinted(result, { BLUESKY_APP_PASSWORD: FAKE_BSKY.appPassword }, 1);
    expect(result.stderr).not.toContain(FAKE_BSKY.appPassword);
    expect(puts()).toEqual([]);
  });

  it("--callback is refused for Bluesky, which has no page to authorize", async () => {
    const result = await spawnAuthorize({ args: ["--network", "bluesky", "--callback", "http://127.0.0.1:8976/cb"], env: env(), endStdin: true, action: { kind: "nothing" } });
    expect(result.code).toBe(2);
    expect(errorLine(result)).toContain("--callback does not apply to Bluesky");
  });
});

describe("release-tweet authorize --network mastodon (end to end)", () => {
  const mastodonSecrets = (stored: Record<string, string>) => ({ url: stored.MASTODON_URL!, token: stored.MASTODON_ACCESS_TOKEN! });

  async function expectWorkingToken(stored: Record<string, string>): Promise<void> {
    const { url, token } = mastodonSecrets(stored);
    expect(url).toBe(mastodon.url);
    const client = new MastodonClient({ url, accessToken: token });
    expect((await client.verifyCredentials()).id).toBe(FAKE_MASTO.accountId);
    // It can post, and read back its posts (the scopes a re-run's check needs).
    const status = await client.postStatus({ text: "token check", idempotencyKey: "authorize-e2e" });
    expect(mastodon.statuses.map((s) => s.id)).toEqual([status.id]);
    expect((await client.recentStatuses(FAKE_MASTO.accountId)).map((s) => s.id)).toEqual([status.id]);
  }

  it("registers an app, takes the pasted code, checks the token and stores MASTODON_URL and MASTODON_ACCESS_TOKEN", async () => {
    const result = await spawnAuthorize({
      args: ["--network", "mastodon", "--instance", `${mastodon.url}/`, "--repo", "octo/app"],
      env: env(),
      action: { kind: "pin" },
    });
    expect(result.stderr).not.toContain("release-tweet authorize:");
    expect(result.code).toBe(0);
    expect(result.authorizeUrl).toMatch(new RegExp(`^${mastodon.url}/oauth/authorize\\?response_type=code&client_id=`));
    expect(mastodon.apps).toHaveLength(1);
    expect(mastodon.apps[0]!.redirectUri).toBe("urn:ietf:wg:oauth:2.0:oob");
    expect(mastodon.apps[0]!.scopes).toEqual(["read:accounts", "read:statuses", "write:statuses", "write:media"]);
    expect(result.stdout).toContain(`Authorized as @${FAKE_MASTO.username}@${new URL(mastodon.url).host}.`);
    const stored = github.openedSecrets("octo/app");
    expect(Object.keys(stored)).toEqual(["MASTODON_URL", "MASTODON_ACCESS_TOKEN"]);
    expect(result.stdout).toContain("MASTODON_ACCESS_TOKEN: created");
    expectPrinted(result, { MASTODON_ACCESS_TOKEN: stored.MASTODON_ACCESS_TOKEN!, client_secret: mastodon.apps[0]!.clientSecret }, 0);
    await expectWorkingToken(stored);
  });

  it("callback mode: the instance redirects to the CLI's loopback server with the code and our state", async () => {
    const callback = `http://127.0.0.1:${await freePort()}/callback`;
    const result = await spawnAuthorize({
      args: ["--network", "mastodon", "--instance", mastodon.url, "--repo", "octo/app", "--callback", callback, "--timeout", "20"],
      env: env(),
      action: { kind: "follow-redirect" },
    });
    expect(result.stderr).not.toContain("release-tweet authorize:");
    expect(result.code).toBe(0);
    expect(mastodon.apps[0]!.redirectUri).toBe(callback);
    expect(result.authorizeUrl).toContain("&state=");
    const stored = github.openedSecrets("octo/app");
    expectPrinted(result, { MASTODON_ACCESS_TOKEN: stored.MASTODON_ACCESS_TOKEN! }, 0);
    await expectWorkingToken(stored);
  });

  it("with HTTP_PROXY set, reaches the instance and GitHub through the proxy (Bluesky alike)", async () => {
    const proxy = await startConnectProxy();
    try {
      const result = await spawnAuthorize({
        args: ["--network", "mastodon", "--instance", mastodon.url, "--repo", "octo/app"],
        env: env({ HTTP_PROXY: proxy.url }),
        action: { kind: "pin" },
      });
      expect(result.stderr).not.toMatch(/release-tweet authorize:|Warning/);
      expect(result.code).toBe(0);
      expect(new Set(proxy.tunnels)).toEqual(new Set([new URL(mastodon.url).host, new URL(github.url).host]));
      const bsky = await spawnAuthorize({
        args: ["--network", "bluesky", "--repo", "octo/app"],
        env: env({ HTTP_PROXY: proxy.url, BLUESKY_SERVICE: bluesky.url, BLUESKY_IDENTIFIER: FAKE_BSKY.handle, BLUESKY_APP_PASSWORD: FAKE_BSKY.appPassword }),
        endStdin: true,
        action: { kind: "nothing" },
      });
      expect(bsky.code).toBe(0);
      expect(new Set(proxy.tunnels)).toContain(new URL(bluesky.url).host);
      expect(Object.keys(github.openedSecrets("octo/app")).sort()).toEqual(["BLUESKY_APP_PASSWORD", "BLUESKY_IDENTIFIER", "BLUESKY_SERVICE", "MASTODON_ACCESS_TOKEN", "MASTODON_URL"]);
    } finally {
      await proxy.close();
    }
  });

  it("a code the instance refuses fails with its reason; nothing is stored", async () => {
    const result = await spawnAuthorize({
      args: ["--network", "mastodon", "--instance", mastodon.url, "--repo", "octo/app"],
      env: env(),
      action: { kind: "pin", pin: "not-the-code-0123456789" },
    });
    expect(result.code).toBe(1);
    expect(errorLine(result)).toMatch(/^release-tweet authorize: The Mastodon instance refused the authorization/);
    expect(puts()).toEqual([]);
    expectPrinted(result, { code: "not-the-code-0123456789" }, 0);
  });

  it("needs the instance: without --instance or MASTODON_URL it stops before any request", async () => {
    const result = await spawnAuthorize({ args: ["--network", "mastodon", "--repo", "octo/app"], env: env(), endStdin: true, action: { kind: "nothing" } });
    expect(result.code).toBe(2);
    expect(errorLine(result)).toContain("--network mastodon needs the instance");
    expect(github.requests).toEqual([]);
    expect(mastodon.requests).toEqual([]);
  });
});
