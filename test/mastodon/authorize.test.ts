import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { OOB_REDIRECT_URI, authorizeUrl, exchangeCode, registerApp, verifyToken } from "../../src/mastodon/authorize.js";
import { MASTODON_SCOPES } from "../../src/mastodon/errors.js";
import { publishMastodonThread } from "../../src/mastodon/publish-thread.js";
import { MastodonClient } from "../../src/mastodon/client.js";
import { FAKE_MASTO, startFakeMastodon, type FakeMastodon } from "../support/fake-mastodon.js";

let fake: FakeMastodon;
beforeEach(async () => {
  fake = await startFakeMastodon();
});
afterEach(async () => {
  await fake.close();
});

/** What the user does in the browser: open the page, approve, and read the code (oob) or follow the redirect. */
async function approve(url: string): Promise<string> {
  const res = await fetch(url, { redirect: "manual" });
  const location = res.headers.get("location");
  if (location) return new URL(location).searchParams.get("code")!;
  return /value="([^"]+)"/.exec(await res.text())![1]!;
}

describe("Mastodon authorize steps against the fake instance", () => {
  it("register (oob) → authorize URL → code → token that posts and reads its account", async () => {
    const app = await registerApp({ url: fake.url });
    expect(app).toMatchObject({ redirectUri: OOB_REDIRECT_URI, scopes: MASTODON_SCOPES });
    expect(fake.apps[0]!.scopes).toEqual(MASTODON_SCOPES.split(" "));
    const url = authorizeUrl(fake.url, app);
    expect(new URL(url).pathname).toBe("/oauth/authorize");
    expect(Object.fromEntries(new URL(url).searchParams)).toEqual({ response_type: "code", client_id: app.clientId, redirect_uri: OOB_REDIRECT_URI, scope: MASTODON_SCOPES });
    const token = await exchangeCode({ url: fake.url }, app, ` ${await approve(url)}\n`);
    expect(await verifyToken({ url: fake.url }, token)).toEqual({ id: FAKE_MASTO.accountId, acct: "release_bot", url: `${fake.url}/@release_bot` });
    const posted = await publishMastodonThread(new MastodonClient({ url: fake.url, accessToken: token }), ["hello"], { releaseKey: "a/b@v1" });
    expect(posted.posts).toHaveLength(1);
  });

  it("works with a loopback redirect URI and a state", async () => {
    const app = await registerApp({ url: fake.url }, { redirectUri: "http://127.0.0.1:53682/callback" });
    const url = authorizeUrl(fake.url, app, "state-123");
    expect(new URL(url).searchParams.get("state")).toBe("state-123");
    const token = await exchangeCode({ url: fake.url }, app, await approve(url));
    expect((await verifyToken({ url: fake.url }, token)).id).toBe(FAKE_MASTO.accountId);
  });

  it("a used or wrong code is EMASTODONOAUTH, without the client secret or the code in the message", async () => {
    const app = await registerApp({ url: fake.url });
    const code = await approve(authorizeUrl(fake.url, app));
    await exchangeCode({ url: fake.url }, app, code);
    const error = await exchangeCode({ url: fake.url }, app, code).then(() => new Error("no"), (e: unknown) => e);
    expect(error).toBeInstanceOf(ReleaseTweetError);
    const e = error as ReleaseTweetError;
    expect(e.code).toBe("EMASTODONOAUTH");
    expect(e.message).toContain("invalid_grant");
    expect(`${e.message} ${e.fix}`).not.toContain(app.clientSecret);
    expect(`${e.message} ${e.fix}`).not.toContain(code);
  });

  it("a token that does not work is EMASTODONAUTH at verify", async () => {
    const error = await verifyToken({ url: fake.url }, "not-a-token").then(() => new Error("no"), (e: unknown) => e);
    expect((error as ReleaseTweetError).code).toBe("EMASTODONAUTH");
  });
});
