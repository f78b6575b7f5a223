// HTTP-level unit tests of the GitHub client with nock: what octokit sends (path, headers, sealed body), GitHub's
// answers mapped to our errors, and where redirects may lead. nock 15 intercepts at the socket, so the requests take
// the real path: octokit → the client's fetch (undici's) → the door's dispatcher. The loopback fake GitHub stays the
// end-to-end proof (test/github/releases.test.ts, secrets.test.ts, the doors' e2e tests).
import nock from "nock";
import nacl from "tweetnacl";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { createDispatcher } from "../../src/core/proxy-agent.js";
import { createGitHubClient } from "../../src/github/client.js";
import { findReleaseByTag } from "../../src/github/releases.js";
import { checkRepoAccess, fetchPublicKey, putSecret } from "../../src/github/secrets.js";

const API = "https://api.github.com";
const GHES = "https://ghe.example.com";
const TOKEN = "ghs_nockGitHubToken0123456789";
const RELEASE = { tag_name: "v1.2.0", name: "1.2", body: "Notes", html_url: "https://github.com/acme/widget/releases/tag/v1.2.0", draft: false, prerelease: false };
const NOW_MS = Date.UTC(2026, 10, 28, 9, 0, 0);

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});

const client = (apiUrl = API) => createGitHubClient({ apiUrl, token: TOKEN, dispatcher: createDispatcher({}).dispatcher });
const lookUp = (apiUrl = API, tag = "v1.2.0") => findReleaseByTag(client(apiUrl), { owner: "acme", repo: "widget", tag }, { token: TOKEN, now: () => NOW_MS });

async function failure(promise: Promise<unknown>): Promise<ReleaseTweetError> {
  const error = await promise.then(
    () => new Error("expected a failure"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReleaseTweetError);
  const known = error as ReleaseTweetError;
  expect([known.message, known.fix, JSON.stringify(known)].join("\n")).not.toContain(TOKEN);
  return known;
}

describe("the release lookup by tag", () => {
  it("sends GET /repos/{owner}/{repo}/releases/tags/{tag} with the token, a User-Agent and the API version", async () => {
    const scope = nock(API, {
      reqheaders: {
        authorization: `token ${TOKEN}`,
        "x-github-api-version": "2022-11-28",
        "user-agent": (value: string | null) => value?.startsWith("release-tweet ") === true,
        accept: "application/vnd.github.v3+json",
      },
    })
      .get("/repos/acme/widget/releases/tags/v1.2.0")
      .reply(200, RELEASE);
    await expect(lookUp()).resolves.toEqual(RELEASE);
    expect(scope.isDone()).toBe(true);
  });

  it("uses GITHUB_API_URL's path prefix (GitHub Enterprise Server) and encodes a tag with a slash as one segment", async () => {
    const scope = nock(GHES).get("/api/v3/repos/acme/widget/releases/tags/release%2F2.0").reply(200, RELEASE);
    await expect(lookUp(`${GHES}/api/v3/`, "release/2.0")).resolves.toEqual(RELEASE);
    expect(scope.isDone()).toBe(true);
  });

  it("returns null on 404, and names a rejected token on 401", async () => {
    nock(API).get("/repos/acme/widget/releases/tags/v1.2.0").reply(404, { message: "Not Found" });
    await expect(lookUp()).resolves.toBeNull();
    nock(API).get("/repos/acme/widget/releases/tags/v1.2.0").reply(401, { message: "Bad credentials" });
    expect((await failure(lookUp())).code).toBe("EGITHUBTOKEN");
  });

  it.each([
    ["a primary limit (403, remaining 0)", 403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(NOW_MS / 1000 + 30 * 60) }, "resets at 2026-11-28 09:30 UTC (in 30 minutes)"],
    ["a secondary limit (429, retry-after)", 429, { "retry-after": "60" }, "resets at 2026-11-28 09:01 UTC (in 1 minute)"],
  ])("says when %s resets", async (_label, status, headers, says) => {
    nock(API).get("/repos/acme/widget/releases/tags/v1.2.0").reply(status, { message: "API rate limit exceeded" }, headers);
    const error = await failure(lookUp());
    expect(error.code).toBe("EGITHUBRATELIMITED");
    expect(error.message).toContain(says);
  });

  it("quotes GitHub's own message on one line, with the token blanked out", async () => {
    nock(API)
      .get("/repos/acme/widget/releases/tags/v1.2.0")
      .reply(403, { message: `Resource not accessible\nby integration (${TOKEN})`, documentation_url: "https://docs.github.com/rest" });
    const error = await failure(lookUp());
    expect(error.code).toBe("EGITHUBAPI");
    expect(error.message).toBe(`The GitHub API answered 403 when looking up the release for tag 'v1.2.0' ("Resource not accessible by integration (***)").`);
    expect(error.fix).toContain("contents: read");
  });

  it("retries nothing: a 502 is one request and one error", async () => {
    const scope = nock(API).get("/repos/acme/widget/releases/tags/v1.2.0").reply(502, "<html>bad gateway</html>", { "content-type": "text/html" });
    const again = nock(API).get("/repos/acme/widget/releases/tags/v1.2.0").reply(200, RELEASE);
    const error = await failure(lookUp());
    expect(error.message).toContain("answered 502");
    expect(scope.isDone()).toBe(true);
    expect(again.isDone()).toBe(false);
  });

  it("a network failure says GitHub could not be reached, with the system's code", async () => {
    nock(API).get("/repos/acme/widget/releases/tags/v1.2.0").replyWithError(Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" }));
    const error = await failure(lookUp());
    expect(error.message).toBe(`Could not reach the GitHub API at ${API} to look up tag 'v1.2.0' (ENOTFOUND).`);
  });
});

describe("redirects: the token goes to the API's origin only", () => {
  it("follows GitHub's 301 for a renamed repository on the API host, token and all", async () => {
    const moved = nock(API)
      .get("/repos/acme/widget/releases/tags/v1.2.0")
      .reply(301, { message: "Moved Permanently" }, { location: `${API}/repositories/42/releases/tags/v1.2.0` });
    const there = nock(API, { reqheaders: { authorization: `token ${TOKEN}` } })
      .get("/repositories/42/releases/tags/v1.2.0")
      .reply(200, RELEASE);
    await expect(lookUp()).resolves.toEqual(RELEASE);
    expect(moved.isDone() && there.isDone()).toBe(true);
  });

  it.each([
    ["another host", "https://evil.example"],
    ["the API host over plain http", "http://api.github.com"],
    ["the API host on another port", "https://api.github.com:8443"],
  ])("does not follow a 301 to %s: nothing is sent there, and the error says the repository moved", async (_label, elsewhere) => {
    nock(API).get("/repos/acme/widget/releases/tags/v1.2.0").reply(301, { message: "Moved Permanently" }, { location: `${elsewhere}/repos/acme/gadget/releases/tags/v1.2.0` });
    const other = nock(elsewhere).get(/.*/).reply(200, RELEASE);
    const error = await failure(lookUp());
    expect(error.message).toContain("answered 301");
    expect(error.message).toContain("acme/widget has moved");
    expect(other.isDone()).toBe(false);
  });

  it("stops after 5 redirects on the API host", async () => {
    const loop = nock(API)
      .get(/\/hop\/\d+$|\/releases\/tags\/v1\.2\.0$/)
      .times(6)
      .reply((request: Request) => {
        const hop = Number(/\/hop\/(\d+)$/.exec(new URL(request.url).pathname)?.[1] ?? 0);
        return [302, "", { location: `${API}/hop/${hop + 1}` }];
      });
    const error = await failure(lookUp());
    expect(error.message).toContain("answered 302");
    expect(loop.isDone()).toBe(true);
  });
});

describe("authorize's calls: repository check, public key, sealed secret", () => {
  const target = { repo: "octo/app", tokenName: "GITHUB_TOKEN" };

  it("checks the repository, reads the environment's key and PUTs a sealed value with its key id", async () => {
    const pair = nacl.box.keyPair();
    const key = Buffer.from(pair.publicKey).toString("base64");
    let put: { encrypted_value?: string; key_id?: string } = {};
    const scope = nock(API, { reqheaders: { authorization: `token ${TOKEN}` } })
      .get("/repos/octo/app")
      .reply(200, { full_name: "octo/app", permissions: { admin: false, push: true } }, { "x-oauth-scopes": "repo, workflow" })
      .get("/repos/octo/app/environments/prod%20eu/secrets/public-key")
      .reply(200, { key_id: "kid-1", key })
      .put("/repos/octo/app/environments/prod%20eu/secrets/TWITTER_API_KEY", (body: typeof put) => ((put = body), true))
      .reply(201);
    const github = client();
    await checkRepoAccess(github, target);
    const publicKey = await fetchPublicKey(github, { ...target, environment: "prod eu" });
    expect(publicKey).toEqual({ keyId: "kid-1", key });
    await expect(putSecret(github, { ...target, environment: "prod eu" }, { name: "TWITTER_API_KEY", value: "v-secret" }, publicKey)).resolves.toEqual({
      name: "TWITTER_API_KEY",
      outcome: "created",
    });
    expect(scope.isDone()).toBe(true);
    expect(put.key_id).toBe("kid-1");
    expect(put.encrypted_value).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(JSON.stringify(put)).not.toContain("v-secret");
  });

  it("retries a PUT after a 502 (the same sealed value is idempotent) and reports 204 as updated", async () => {
    const key = Buffer.from(nacl.box.keyPair().publicKey).toString("base64");
    const scope = nock(API).put("/repos/octo/app/actions/secrets/A").reply(502, { message: "Server Error" }).put("/repos/octo/app/actions/secrets/A").reply(204);
    const waits: number[] = [];
    const saved = await putSecret(client(), target, { name: "A", value: "va" }, { keyId: "k", key }, { sleep: (ms) => (waits.push(ms), Promise.resolve()) });
    expect(saved).toEqual({ name: "A", outcome: "updated" });
    expect(waits).toEqual([1_000]);
    expect(scope.isDone()).toBe(true);
  });

  it("a classic token without the 'repo' scope is refused before anything is stored", async () => {
    nock(API).get("/repos/octo/app").reply(200, { full_name: "octo/app", permissions: { admin: true } }, { "x-oauth-scopes": "read:org" });
    const error = await failure(checkRepoAccess(client(), target));
    expect(error.code).toBe("EGITHUBACCESS");
    expect(error.message).toContain("(its scopes: read:org)");
  });
});
