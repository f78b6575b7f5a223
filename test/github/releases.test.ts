// The Action's one GitHub API call (octokit through the GitHub client), against the loopback fake GitHub and one-off
// loopback servers for answers the fake does not give.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { createGitHubClient } from "../../src/github/client.js";
import { findReleaseByTag, type ReleaseLookup } from "../../src/github/releases.js";
import { startFakeGitHub, type FakeGitHub, type FakeRelease } from "../support/fake-github.js";

const TOKEN = "ghs_findReleaseToken0123456789";
const RELEASE: FakeRelease = {
  tag_name: "v1.2.0",
  name: "Widget 1.2",
  body: "Adds the frobnicator.",
  html_url: "https://github.com/acme/widget/releases/tag/v1.2.0",
  draft: false,
  prerelease: false,
};
const SLASHED: FakeRelease = { ...RELEASE, tag_name: "release/2.0", html_url: `${RELEASE.html_url}-slash` };

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub({
    token: TOKEN,
    repos: ["acme/widget"],
    releases: { "acme/widget": [RELEASE, SLASHED] },
    renamed: { "acme/old-widget": "acme/widget" },
  });
});
afterAll(async () => {
  await github.close();
});

interface Query extends ReleaseLookup {
  token: string;
  apiUrl: string;
}

/** The lookup as the Action makes it: one client for the API URL and token, then the call. */
function lookUp(overrides: Partial<Query> = {}, now?: () => number): Promise<unknown> {
  const query: Query = { owner: "acme", repo: "widget", tag: "v1.2.0", token: TOKEN, apiUrl: github.url, ...overrides };
  const client = createGitHubClient({ apiUrl: query.apiUrl, token: query.token });
  return findReleaseByTag(client, query, { token: query.token, now });
}

async function failure(promise: Promise<unknown>): Promise<ReleaseTweetError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ReleaseTweetError);
  const expected = error as ReleaseTweetError;
  expect(JSON.stringify({ ...expected, message: expected.message, fix: expected.fix })).not.toContain(TOKEN);
  return expected;
}

describe("findReleaseByTag through the GitHub client", () => {
  it("returns the release GitHub has for the tag", async () => {
    const found = await lookUp();
    expect(found).toMatchObject({ tag_name: "v1.2.0", html_url: RELEASE.html_url });
    expect(github.requests.at(-1)).toEqual({ method: "GET", path: "/repos/acme/widget/releases/tags/v1.2.0", status: 200 });
  });

  it("encodes a tag with a slash as one path segment, and accepts an API URL with a trailing slash", async () => {
    const found = await lookUp({ tag: "release/2.0", apiUrl: `${github.url}/` });
    expect(found).toMatchObject({ html_url: SLASHED.html_url });
  });

  it("returns null when the tag has no release", async () => {
    expect(await lookUp({ tag: "v9.9.9" })).toBeNull();
  });

  it("says the token was rejected on 401, without the token", async () => {
    const error = await failure(lookUp({ token: "ghs_wrong" }));
    expect(error.code).toBe("EGITHUBTOKEN");
  });

  it("names the status of any other answer", async () => {
    const server = createServer((_req, res) => res.writeHead(403, { "content-type": "application/json" }).end("{}"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const error = await failure(lookUp({ apiUrl: `http://127.0.0.1:${port}` }));
      expect(error.code).toBe("EGITHUBAPI");
      expect(error.message).toContain("answered 403");
      expect(error.fix).toMatch(/contents: read/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("on a rate limit (403, x-ratelimit-remaining: 0) says when it resets, in UTC and minutes, not to add permissions", async () => {
    const now = Date.UTC(2026, 10, 28, 9, 0, 0);
    const reset = String(now / 1000 + 17 * 60);
    const error = await answering(
      403,
      { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset },
      { message: "API rate limit exceeded for installation ID 1.", documentation_url: "https://docs.github.com/rest" },
      (apiUrl) => lookUp({ apiUrl }, () => now),
    );
    expect(error.code).toBe("EGITHUBRATELIMITED");
    expect(error.message).toContain("rate limit is used up");
    expect(error.message).toContain("resets at 2026-11-28 09:17 UTC (in 17 minutes)");
    expect(error.fix).toBe("Re-run the job after the reset.");
    expect(error.fix).not.toMatch(/contents: read/);
  });

  it("on a secondary rate limit (429 with retry-after) says when to re-run", async () => {
    const now = Date.UTC(2026, 10, 28, 9, 0, 0);
    const error = await answering(429, { "retry-after": "120" }, { message: "You have exceeded a secondary rate limit." }, (apiUrl) =>
      lookUp({ apiUrl }, () => now),
    );
    expect(error.code).toBe("EGITHUBRATELIMITED");
    expect(error.message).toContain("resets at 2026-11-28 09:02 UTC (in 2 minutes)");
  });

  // Issue 16: a huge retry-after once ended as "Unexpected error: Invalid time value".
  it.each([
    ["retry-after: 1e20", { "retry-after": "1e20" }],
    ["retry-after of 10^19 seconds", { "retry-after": "10000000000000000000" }],
    ["retry-after of two days", { "retry-after": String(2 * 86_400) }],
    ["retry-after in the year 9999", { "retry-after": "Fri, 31 Dec 9999 23:59:59 GMT" }],
    ["retry-after: -5", { "retry-after": "-5" }],
    ["x-ratelimit-reset: 1e20", { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1e20" }],
    ["x-ratelimit-reset far in the future", { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "99999999999" }],
    ["x-ratelimit-reset: NaN", { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "NaN" }],
    ["x-ratelimit-reset in 1970", { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "60" }],
  ])("an absurd %s is treated as absent: the rate-limit advice stays", async (_name, headers) => {
    const now = Date.UTC(2026, 10, 28, 9, 0, 0);
    const error = await answering(429, headers, { message: "API rate limit exceeded." }, (apiUrl) => lookUp({ apiUrl }, () => now));
    expect(error.code).toBe("EGITHUBRATELIMITED");
    expect(error.message).toBe("The GitHub API answered 429 when looking up the release for tag 'v1.2.0': the GitHub API rate limit is used up.");
    expect(error.fix).toBe("Re-run the job later (GitHub's rate limits reset within an hour).");
  });

  it("an absurd retry-after beside a sensible x-ratelimit-reset: the reset is named", async () => {
    const now = Date.UTC(2026, 10, 28, 9, 0, 0);
    const headers = { "retry-after": "1e20", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(now / 1000 + 30 * 60) };
    const error = await answering(403, headers, { message: "API rate limit exceeded." }, (apiUrl) => lookUp({ apiUrl }, () => now));
    expect(error.message).toContain("resets at 2026-11-28 09:30 UTC (in 30 minutes)");
  });

  it("passes GitHub's own message on, without the token", async () => {
    const error = await answering(
      403,
      { "x-ratelimit-remaining": "4999" },
      { message: `Resource not accessible by integration (${TOKEN})`, documentation_url: "https://docs.github.com/rest" },
      (apiUrl) => lookUp({ apiUrl }),
    );
    expect(error.code).toBe("EGITHUBAPI");
    expect(error.message).toContain('answered 403 when looking up the release for tag \'v1.2.0\' ("Resource not accessible by integration (***)")');
    expect(error.fix).toMatch(/contents: read/);
  });

  it("says GitHub could not be reached when nothing listens", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const error = await failure(lookUp({ apiUrl: `http://127.0.0.1:${port}` }));
    expect(error.code).toBe("EGITHUBAPI");
    expect(error.message).toContain("Could not reach the GitHub API");
  });

  it("follows a renamed repository's redirect on the API host (GitHub's 301 to /repositories/{id}/…)", async () => {
    const found = await lookUp({ repo: "old-widget" });
    expect(found).toMatchObject({ tag_name: "v1.2.0", html_url: RELEASE.html_url });
    expect(github.requests.slice(-2)).toEqual([
      { method: "GET", path: "/repos/acme/old-widget/releases/tags/v1.2.0", status: 301 },
      { method: "GET", path: "/repositories/1/releases/tags/v1.2.0", status: 200 },
    ]);
  });

  it("does not follow a redirect to another host or port: the token goes nowhere but the API", async () => {
    const elsewhere: string[] = [];
    const other = createServer((req, res) => {
      elsewhere.push(req.headers.authorization ?? "no authorization");
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(RELEASE));
    });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    const { port: otherPort } = other.address() as AddressInfo;
    const moved = createServer((req, res) => res.writeHead(301, { location: `http://127.0.0.1:${otherPort}${req.url ?? "/"}` }).end());
    await new Promise<void>((resolve) => moved.listen(0, "127.0.0.1", resolve));
    const { port } = moved.address() as AddressInfo;
    try {
      const error = await failure(lookUp({ apiUrl: `http://127.0.0.1:${port}` }));
      expect(error.code).toBe("EGITHUBAPI");
      expect(error.message).toContain("answered 301");
      expect(error.message).toContain("acme/widget has moved");
      expect(error.fix).toContain("new owner/name");
      expect(elsewhere).toEqual([]);
    } finally {
      await new Promise((resolve) => moved.close(resolve));
      await new Promise((resolve) => other.close(resolve));
    }
  });
});

/** Runs `call` against a one-off loopback server that gives every request the same answer. */
async function answering(
  status: number,
  headers: Record<string, string>,
  body: unknown,
  call: (apiUrl: string) => Promise<unknown>,
): Promise<ReleaseTweetError> {
  const server = createServer((_req, res) =>
    res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body)),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await failure(call(`http://127.0.0.1:${port}`));
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
