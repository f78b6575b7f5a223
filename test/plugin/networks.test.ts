// The plugin on Bluesky and Mastodon: settings from options and context.env, all problems at once, each network's
// result in the log, and a failure that says the release succeeded. In process, against the loopback fakes.
import { Agent } from "undici";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { resolveConfig, secretValues } from "../../src/plugin/resolve-config.js";
import { success, verifyConditions } from "../../src/plugin/steps.js";
import { checkConfig } from "../../src/plugin/validate-config.js";
import { FAKE_BSKY, startFakeBluesky, type FakeBluesky } from "../support/fake-bluesky.js";
import { FAKE_MASTO, startFakeMastodon, type FakeMastodon } from "../support/fake-mastodon.js";
import { expectNoSecret, fakeClient, fakeContext, rejection, SECRETS, visibleText } from "./helpers.js";

interface SRError {
  code: string;
  message: string;
  details: string;
}

let bluesky: FakeBluesky;
let mastodon: FakeMastodon;
const agent = new Agent();
beforeEach(async () => {
  [bluesky, mastodon] = await Promise.all([startFakeBluesky(), startFakeMastodon()]);
});
afterEach(async () => {
  await Promise.all([bluesky.close(), mastodon.close()]);
});
afterAll(async () => {
  await agent.close();
});

const networkEnv = () => ({
  BLUESKY_IDENTIFIER: FAKE_BSKY.handle,
  BLUESKY_APP_PASSWORD: FAKE_BSKY.appPassword,
  BLUESKY_SERVICE: bluesky.url,
  MASTODON_URL: mastodon.url,
  MASTODON_ACCESS_TOKEN: FAKE_MASTO.token,
});

/** The fake X client, with a real dispatcher for the Bluesky and Mastodon fakes. */
function deps(script: Parameters<typeof fakeClient>[0] = []) {
  const fake = fakeClient(script);
  return { ...fake, deps: { ...fake.deps, createDispatcher: () => ({ dispatcher: agent, warning: undefined, route: "direct" }) } };
}

function problems(options: Record<string, unknown>, env: Record<string, string>): string[] {
  const result = checkConfig(resolveConfig(options, env));
  return result.ok ? [] : result.problems.map((problem) => problem.code);
}

describe("the plugin's network settings", () => {
  it("no network at all: one error naming every variable to set", () => {
    const result = checkConfig(resolveConfig({}, {}));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.code)).toEqual(["ENONETWORK"]);
    for (const name of ["TWITTER_API_KEY", "TWITTER_ACCESS_TOKEN_SECRET", "BLUESKY_IDENTIFIER", "BLUESKY_APP_PASSWORD", "MASTODON_URL", "MASTODON_ACCESS_TOKEN"]) {
      expect(result.problems[0]!.message).toContain(name);
    }
  });

  it("Bluesky alone: X's variables are not needed; the service comes from the option, else BLUESKY_SERVICE", () => {
    const env = { BLUESKY_IDENTIFIER: "bot.bsky.social", BLUESKY_APP_PASSWORD: "abcd-efgh-ijkl-mnop", BLUESKY_SERVICE: "https://pds.example/" };
    const result = checkConfig(resolveConfig({}, env));
    expect(result.ok && result.settings.credentials).toBeUndefined();
    expect(result.ok && result.settings.bluesky).toEqual({ identifier: "bot.bsky.social", appPassword: "abcd-efgh-ijkl-mnop", service: "https://pds.example" });
    const optioned = checkConfig(resolveConfig({ blueskyService: "https://other.example" }, env));
    expect(optioned.ok && optioned.settings.bluesky?.service).toBe("https://other.example");
  });

  it("reports every network problem at once, in the plugin's names", () => {
    expect(
      problems(
        { mastodonVisibility: "everyone", blueskyTemplate: "{nope}", mastodonTemplate: 42 },
        { BLUESKY_IDENTIFIER: "bot.bsky.social", BLUESKY_SERVICE: "http://pds.example", MASTODON_URL: "ftp://m.example" },
      ),
    ).toEqual([
      "EINVALIDBLUESKYTEMPLATE",
      "EINVALIDMASTODONTEMPLATE",
      "ENOBLUESKYAPPPASSWORD",
      "EINVALIDBLUESKYSERVICE",
      "ENOMASTODONACCESSTOKEN",
      "EMASTODONURL",
      "EINVALIDMASTODONVISIBILITY",
    ]);
    const result = checkConfig(resolveConfig({}, { BLUESKY_IDENTIFIER: "x.bsky.social", BLUESKY_APP_PASSWORD: "abcd-efgh-ijkl-mnop", BLUESKY_SERVICE: "nope" }));
    expect(!result.ok && result.problems[0]!.message).toContain("The environment variable BLUESKY_SERVICE");
  });

  it("a network template that is not text says what it got and that removing it falls back to \"template\"", () => {
    const result = checkConfig(resolveConfig({ mastodonTemplate: 42 }, networkEnv()));
    const problem = !result.ok ? result.problems.find((entry) => entry.code === "EINVALIDMASTODONTEMPLATE") : undefined;
    expect(problem?.message).toBe('The release-tweet option "mastodonTemplate" must be a non-empty string; got 42.');
    expect(problem?.fix).toContain('or remove it to use "template".');
  });

  it("a template that cannot fit Bluesky's 300 is refused before the release, when Bluesky is on", () => {
    const template = `${"Big news for everyone! ".repeat(15)}{version}`;
    expect(problems({ template, maxLength: 1000 }, networkEnv())).toEqual(["EINVALIDTEMPLATE"]);
    expect(problems({ template, maxLength: 1000, blueskyTemplate: "{repo} {version}" }, networkEnv())).toEqual([]);
  });

  it("keeps the app password and the token out of every line", () => {
    const values = secretValues({ ...networkEnv(), BLUESKY_APP_PASSWORD: " abcd-efgh-ijkl-mnop " });
    expect(values).toContain(FAKE_MASTO.token);
    expect(values).toContain("abcd-efgh-ijkl-mnop");
    expect(values).not.toContain(FAKE_BSKY.handle);
  });
});

describe("the plugin's steps on every network", () => {
  it("verifyCredentials checks each network's account without posting", async () => {
    const context = fakeContext({ env: { ...SECRETS, ...networkEnv() } });
    const fake = deps();
    await verifyConditions({ verifyCredentials: true }, context, fake.deps);
    const lines = context.logger.lines.map((line) => line.text);
    expect(lines).toContain("X credentials work: release-tweet will post as @rocket_releases.");
    expect(lines).toContain(`Bluesky credentials work: release-tweet will post as @${FAKE_BSKY.handle}.`);
    expect(lines).toContain(`Mastodon credentials work: release-tweet will post as @${FAKE_MASTO.username} on ${new URL(mastodon.url).host}.`);
    expect(bluesky.records).toEqual([]);
    expect(mastodon.statuses).toEqual([]);
  });

  it("verifyCredentials reports a network that refuses, with its code, before any tag", async () => {
    const context = fakeContext({ env: { ...SECRETS, ...networkEnv(), BLUESKY_APP_PASSWORD: "wxyz-wxyz-wxyz-wxyz" } });
    const error = await rejection(verifyConditions({ verifyCredentials: true }, context, deps().deps));
    expect(((error as AggregateError).errors as SRError[]).map((e) => e.code)).toEqual(["EBLUESKYAUTH"]);
    expectNoSecret(visibleText(context.logger.lines, error));
    expect(visibleText(context.logger.lines, error)).not.toContain("wxyz-wxyz");
  });

  it("success posts on all three and logs each network's posts", async () => {
    const context = fakeContext({ env: { ...SECRETS, ...networkEnv() } });
    const fake = deps();
    await success({}, context, fake.deps);
    expect(fake.sent).toHaveLength(1);
    expect(bluesky.records).toHaveLength(1);
    expect(mastodon.statuses).toHaveLength(1);
    const successes = context.logger.lines.filter((line) => line.level === "success").map((line) => line.text);
    expect(successes).toEqual([
      "Announced v1.4.0 on X: https://x.com/i/status/1000",
      `Announced v1.4.0 on Bluesky: https://bsky.app/profile/${FAKE_BSKY.did}/post/${bluesky.records[0]!.rkey}`,
      `Announced v1.4.0 on Mastodon: ${mastodon.url}/@${FAKE_MASTO.username}/${mastodon.statuses[0]!.id}`,
    ]);
  });

  it("a failed network fails the step after the others posted; calling success again posts only what is missing", async () => {
    const down = { status: 503, body: { error: "Service Unavailable" } };
    mastodon.enqueue("POST /api/v1/statuses", down, down, down);
    const context = fakeContext({ env: { ...SECRETS, ...networkEnv() } });
    const first = deps();
    const error = await rejection(success({}, context, first.deps));
    const errors = (error as AggregateError).errors as SRError[];
    expect(errors.map((e) => e.code)).toEqual(["EMASTODONSERVER"]);
    expect(errors[0]!.message).toMatch(/^v1\.4\.0 was released successfully; only its announcement on Mastodon failed: /);
    expect(errors[0]!.details).toContain("Announced on X and Bluesky; Mastodon failed.");
    expect([first.sent.length, bluesky.records.length, mastodon.statuses.length]).toEqual([1, 1, 0]);
    expectNoSecret(visibleText(context.logger.lines, error));

    // Again (X refuses its duplicate): only Mastodon gets a post.
    const again = deps([new ReleaseTweetError("EXDUPLICATE", "You are not allowed to create a Tweet with duplicate content.", "")]);
    const retry = fakeContext({ env: { ...SECRETS, ...networkEnv() } });
    await success({}, retry, again.deps);
    expect([bluesky.records.length, mastodon.statuses.length]).toEqual([1, 1]);
    const lines = retry.logger.lines.map((line) => line.text);
    expect(lines).toContain("X says the announcement of v1.4.0 already exists (a re-run?); nothing new was posted.");
    expect(lines.some((line) => line.startsWith("The announcement of v1.4.0 already exists on Bluesky"))).toBe(true);
    expect(lines.some((line) => line.startsWith("Announced v1.4.0 on Mastodon"))).toBe(true);
  }, 20_000);
});
