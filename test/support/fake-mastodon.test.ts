// The fake instance's own checks: tokens and scopes, the Idempotency-Key's hour, the length rule, the OAuth code.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FAKE_MASTO, startFakeMastodon, type FakeMastodon } from "./fake-mastodon.js";

let fake: FakeMastodon;
beforeEach(async () => {
  fake = await startFakeMastodon();
});
afterEach(async () => {
  await fake.close();
});

async function api(method: string, path: string, init: { token?: string; json?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let body: string | undefined;
  if (init.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(init.json);
  } else if (init.form) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(init.form).toString();
  }
  const res = await fetch(new URL(path, fake.url), { method, headers, body, redirect: "manual" });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text.startsWith("{") || text.startsWith("[") ? (JSON.parse(text) as Record<string, unknown>) : text };
}

describe("fake Mastodon authentication", () => {
  it("answers Doorkeeper's 401 for a missing or unknown token and 403 for a missing scope", async () => {
    expect(await api("POST", "/api/v1/statuses", { json: { status: "x" } })).toMatchObject({ status: 401, body: { error: "The access token is invalid" } });
    expect(await api("POST", "/api/v1/statuses", { token: "forged", json: { status: "x" } })).toMatchObject({ status: 401 });
    const readOnly = fake.issueToken(["read:accounts"]);
    expect(await api("POST", "/api/v1/statuses", { token: readOnly, json: { status: "x" } })).toMatchObject({ status: 403, body: { error: "This action is outside the authorized scopes" } });
    const writeOnly = fake.issueToken(["write:statuses"]);
    expect((await api("GET", "/api/v1/accounts/verify_credentials", { token: writeOnly })).status).toBe(403);
    expect(await api("GET", "/api/v1/accounts/verify_credentials", { token: readOnly })).toMatchObject({ status: 200, body: { id: FAKE_MASTO.accountId } });
    expect(fake.statuses).toHaveLength(0);
  });

  it("registers an app, shows an oob code once, and exchanges it for a working token", async () => {
    const app = await api("POST", "/api/v1/apps", { form: { client_name: "t", redirect_uris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read:accounts write:statuses" } });
    const { client_id, client_secret } = app.body as { client_id: string; client_secret: string };
    const page = await api("GET", `/oauth/authorize?response_type=code&client_id=${client_id}&redirect_uri=urn:ietf:wg:oauth:2.0:oob&scope=read:accounts+write:statuses`);
    const code = /value="([^"]+)"/.exec(page.body as string)![1]!;
    const form = { grant_type: "authorization_code", code, client_id, client_secret, redirect_uri: "urn:ietf:wg:oauth:2.0:oob" };
    expect((await api("POST", "/oauth/token", { form: { ...form, client_secret: "wrong" } })).body).toMatchObject({ error: "invalid_client" });
    const token = await api("POST", "/oauth/token", { form });
    expect(token.body).toMatchObject({ token_type: "Bearer", scope: "read:accounts write:statuses" });
    expect((await api("POST", "/oauth/token", { form })).body).toMatchObject({ error: "invalid_grant" });
    const access = (token.body as { access_token: string }).access_token;
    expect((await api("GET", "/api/v1/accounts/verify_credentials", { token: access })).status).toBe(200);
  });

  it("redirects to a loopback redirect URI with the code and state", async () => {
    const app = await api("POST", "/api/v1/apps", { json: { client_name: "t", redirect_uris: "http://127.0.0.1:9/cb", scopes: "write:statuses" } });
    const { client_id } = app.body as { client_id: string };
    const page = await api("GET", `/oauth/authorize?response_type=code&client_id=${client_id}&redirect_uri=${encodeURIComponent("http://127.0.0.1:9/cb")}&scope=write:statuses&state=s1`);
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toMatch(/^http:\/\/127\.0\.0\.1:9\/cb\?code=[\w-]+&state=s1$/);
  });
});

describe("fake Mastodon statuses", () => {
  it("replays a status for a repeated Idempotency-Key within the hour, posts anew after it", async () => {
    const post = (status: string) => api("POST", "/api/v1/statuses", { token: FAKE_MASTO.token, json: { status }, headers: { "idempotency-key": "k1" } });
    const first = await post("hello");
    const again = await post("hello, changed");
    expect((again.body as { id: string }).id).toBe((first.body as { id: string }).id);
    expect(fake.statuses).toHaveLength(1);
    fake.advance(3_600_001);
    await post("hello");
    expect(fake.statuses).toHaveLength(2);
  });

  it("counts as Mastodon does: a URL is 23, graphemes not code units; over the limit is Mastodon's 422", async () => {
    const url = `https://example.com/${"a".repeat(200)}`;
    const fits = `${"👨‍👩‍👧".repeat(476)} ${url}`; // 476 + 1 + 23 = 500
    expect((await api("POST", "/api/v1/statuses", { token: FAKE_MASTO.token, json: { status: fits } })).status).toBe(200);
    const over = await api("POST", "/api/v1/statuses", { token: FAKE_MASTO.token, json: { status: `${fits}!` } });
    expect(over).toMatchObject({ status: 422, body: { error: "Validation failed: Text character limit of 500 exceeded" } });
  });

  it("refuses a reply to a status that does not exist with 404 Record not found, and renders HTML content", async () => {
    expect(await api("POST", "/api/v1/statuses", { token: FAKE_MASTO.token, json: { status: "r", in_reply_to_id: "1" } })).toMatchObject({ status: 404, body: { error: "Record not found" } });
    const made = await api("POST", "/api/v1/statuses", { token: FAKE_MASTO.token, form: { status: "a <b> & https://example.com/x\n\nnext" } });
    expect((made.body as { content: string }).content).toBe(
      '<p>a &lt;b&gt; &amp; <a href="https://example.com/x" target="_blank" rel="nofollow noopener"><span class="invisible">https://</span><span class="">example.com/x</span><span class="invisible"></span></a></p><p>next</p>',
    );
  });

  it("serves the limits it was given, or leaves them out", async () => {
    expect((await api("GET", "/api/v2/instance")).body).toMatchObject({ configuration: { statuses: { max_characters: 500, characters_reserved_per_url: 23 } } });
    await fake.close();
    fake = await startFakeMastodon({ statusesConfig: null });
    expect(((await api("GET", "/api/v2/instance")).body as { configuration: object }).configuration).not.toHaveProperty("statuses");
  });
});
