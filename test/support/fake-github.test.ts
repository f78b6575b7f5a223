import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from "./fake-github.js";

const sealedbox = createRequire(import.meta.url)("tweetnacl-sealedbox-js") as {
  seal(message: Uint8Array, publicKey: Uint8Array): Uint8Array;
};

const TOKEN = "ghp_fakeGitHubToken0123456789";
let fake: FakeGitHub | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHub> {
  fake = await startFakeGitHub({ token: TOKEN, repos: ["octo/app"], ...options });
  return fake;
}

function call(server: FakeGitHub, method: string, path: string, body?: unknown, token: string | null = TOKEN) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  return fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function putSealed(server: FakeGitHub, base: string, name: string, value: string) {
  const keyResponse = await call(server, "GET", `${base}/public-key`);
  const { key_id, key } = (await keyResponse.json()) as { key_id: string; key: string };
  const sealed = sealedbox.seal(Buffer.from(value), Buffer.from(key, "base64"));
  return call(server, "PUT", `${base}/${name}`, { encrypted_value: Buffer.from(sealed).toString("base64"), key_id });
}

describe("fake GitHub secrets", () => {
  it("stores a sealed secret (201), updates it (204) and opens it for the test", async () => {
    const server = await start();
    expect((await putSealed(server, "/repos/octo/app/actions/secrets", "MY_SECRET", "first")).status).toBe(201);
    expect((await putSealed(server, "/repos/octo/app/actions/secrets", "MY_SECRET", "sécond ✓")).status).toBe(204);
    expect(server.openedSecrets("octo/app")).toEqual({ MY_SECRET: "sécond ✓" });
    expect(server.requests.map((r) => `${r.method} ${r.status}`)).toEqual(["GET 200", "PUT 201", "GET 200", "PUT 204"]);
  });

  it("keeps environment secrets apart from repository secrets", async () => {
    const server = await start({ environments: { "octo/app": ["production"] } });
    expect((await putSealed(server, "/repos/octo/app/environments/production/secrets", "S", "env")).status).toBe(201);
    expect(server.openedSecrets("octo/app/env/production")).toEqual({ S: "env" });
    expect(server.openedSecrets("octo/app")).toEqual({});
    expect((await call(server, "GET", "/repos/octo/app/environments/staging/secrets/public-key")).status).toBe(404);
  });

  it("answers 401 for a wrong token and 404 for a missing token or an unknown repo", async () => {
    const server = await start();
    const bad = await call(server, "GET", "/repos/octo/app/actions/secrets/public-key", undefined, "nope");
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ message: "Bad credentials" });
    expect((await call(server, "GET", "/repos/octo/app/actions/secrets/public-key", undefined, null)).status).toBe(404);
    expect((await call(server, "GET", "/repos/octo/other/actions/secrets/public-key")).status).toBe(404);
  });

  it("answers 403 for a read-only token", async () => {
    const server = await start({ readOnlyToken: true });
    const response = await call(server, "GET", "/repos/octo/app/actions/secrets/public-key");
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ message: "Resource not accessible by personal access token" });
  });

  it("rejects a stale key_id, a non-base64 value and a box that does not open", async () => {
    const server = await start();
    await call(server, "GET", "/repos/octo/app/actions/secrets/public-key");
    const put = (body: unknown) => call(server, "PUT", "/repos/octo/app/actions/secrets/X", body);
    expect((await put({ encrypted_value: "AAAA", key_id: "other" })).status).toBe(422);
    expect((await put({ encrypted_value: "not base64!", key_id: "fake-key-1" })).status).toBe(422);
    expect((await put({ encrypted_value: Buffer.alloc(64).toString("base64"), key_id: "fake-key-1" })).status).toBe(422);
    expect(server.openedSecrets("octo/app")).toEqual({});
  });

  it("fails the PUT of one named secret on request", async () => {
    const server = await start();
    server.failPutFor("B", 500);
    expect((await putSealed(server, "/repos/octo/app/actions/secrets", "A", "a")).status).toBe(201);
    expect((await putSealed(server, "/repos/octo/app/actions/secrets", "B", "b")).status).toBe(500);
    expect(server.openedSecrets("octo/app")).toEqual({ A: "a" });
  });

  it("refuses requests without a User-Agent like GitHub", async () => {
    const server = await start();
    const { request } = await import("node:http");
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/repos/octo/app/releases`, { headers: { authorization: `Bearer ${TOKEN}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});

describe("fake GitHub releases", () => {
  const release = (tag: string, draft = false) => ({
    tag_name: tag,
    name: `Release ${tag}`,
    body: null,
    html_url: `https://github.com/octo/app/releases/tag/${tag}`,
    draft,
    prerelease: false,
  });

  it("finds a published release by tag and 404s a missing or draft one", async () => {
    const server = await start({ releases: { "octo/app": [release("v1.0.0"), release("v2.0.0", true)] } });
    const found = await call(server, "GET", "/repos/octo/app/releases/tags/v1.0.0");
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ tag_name: "v1.0.0", body: null });
    const missing = await call(server, "GET", "/repos/octo/app/releases/tags/v9.9.9");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ message: "Not Found" });
    expect((await call(server, "GET", "/repos/octo/app/releases/tags/v2.0.0")).status).toBe(404);
  });

  it("lists releases newest first with paging, without a token for a public repo", async () => {
    const server = await start({ releases: { "octo/app": [release("v1"), release("v2"), release("v3")] } });
    const page = await call(server, "GET", "/repos/octo/app/releases?per_page=2&page=1", undefined, null);
    expect(((await page.json()) as { tag_name: string }[]).map((r) => r.tag_name)).toEqual(["v3", "v2"]);
    const next = await call(server, "GET", "/repos/octo/app/releases?per_page=2&page=2");
    expect(((await next.json()) as { tag_name: string }[]).map((r) => r.tag_name)).toEqual(["v1"]);
  });
});
