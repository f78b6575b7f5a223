import { createRequire } from "node:module";
import { createServer as createHttpServer, type ServerResponse } from "node:http";
import { createServer, type AddressInfo, type Socket } from "node:net";
import nacl from "tweetnacl";
import { afterEach, describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import {
  SecretsPartialError,
  assertRepo,
  checkRepoAccess,
  fetchPublicKey,
  putSecret,
  saveSecrets,
  sealSecret,
  type SecretsTarget,
} from "../../src/github/secrets.js";
import { createGitHubClient, type GitHubClient } from "../../src/github/client.js";
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from "../support/fake-github.js";

const sealedbox = createRequire(import.meta.url)("tweetnacl-sealedbox-js") as {
  open(sealed: Uint8Array, publicKey: Uint8Array, secretKey: Uint8Array): Uint8Array | null;
};

const TOKEN = "ghp_secretsUnitToken_0123456789abcdef";
let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHub> {
  fake = await startFakeGitHub({ token: TOKEN, repos: ["octo/app"], environments: { "octo/app": ["prod"] }, ...options });
  return fake;
}

interface Place extends Partial<SecretsTarget> {
  apiUrl?: string;
  token?: string;
}

/** The GitHub client and the target the calls take: the fake's URL and token unless `extra` says otherwise. */
const at = (server: FakeGitHub | string, extra: Place = {}): [GitHubClient, SecretsTarget] => {
  const { apiUrl = typeof server === "string" ? server : server.url, token = TOKEN, ...target } = extra;
  return [createGitHubClient({ apiUrl, token }), { repo: "octo/app", tokenName: "GITHUB_TOKEN", ...target }];
};

async function caught(promise: Promise<unknown>): Promise<ReleaseTweetError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReleaseTweetError);
  return error as ReleaseTweetError;
}

function expectNoSecret(error: ReleaseTweetError, ...secrets: string[]) {
  const text = `${error.message}\n${error.fix}\n${error.details}\n${String(error.cause)}`;
  for (const secret of secrets) expect(text).not.toContain(secret);
}

describe("sealSecret", () => {
  it("produces a libsodium sealed box that tweetnacl opens, in original base64 with padding", async () => {
    const pair = nacl.box.keyPair();
    const value = "fake-token-secret-cdef ✓ é";
    const sealed = await sealSecret(value, Buffer.from(pair.publicKey).toString("base64"));
    expect(sealed).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    const bytes = Buffer.from(sealed, "base64");
    expect(bytes.length).toBe(48 + Buffer.byteLength(value));
    const opened = sealedbox.open(bytes, pair.publicKey, pair.secretKey);
    expect(opened && Buffer.from(opened).toString("utf8")).toBe(value);
  });

  it("uses a fresh ephemeral key each time", async () => {
    const key = Buffer.from(nacl.box.keyPair().publicKey).toString("base64");
    expect(await sealSecret("same", key)).not.toBe(await sealSecret("same", key));
  });

  it("refuses a key that is not 32 bytes", async () => {
    expect((await caught(sealSecret("v", Buffer.alloc(16).toString("base64")))).code).toBe("EGITHUBKEY");
    expect((await caught(sealSecret("v", "%%%"))).code).toBe("EGITHUBKEY");
  });
});

describe("assertRepo", () => {
  it.each(["octo/app", "my-org/my.repo_1"])("accepts %s", (repo) => expect(() => assertRepo(repo)).not.toThrow());
  it.each(["octo", "octo/app/x", "/app", "octo/", "octo/..", "oc to/app", "https://github.com/octo/app"])("rejects %s", (repo) => {
    expect(() => assertRepo(repo)).toThrow(/Expected format \{owner\}\/\{repo\}/);
  });
});

describe("secrets against the fake GitHub", () => {
  it("stores sealed repository secrets: created, then updated", async () => {
    const server = await start();
    const key = await fetchPublicKey(...at(server));
    expect(await putSecret(...at(server), { name: "A", value: "value-a" }, key)).toEqual({ name: "A", outcome: "created" });
    expect(await putSecret(...at(server), { name: "A", value: "value-a2" }, key)).toEqual({ name: "A", outcome: "updated" });
    expect(server.openedSecrets("octo/app")).toEqual({ A: "value-a2" });
  });

  it("stores environment secrets under the environment only", async () => {
    const server = await start();
    const envTarget = at(server, { environment: "prod" });
    const key = await fetchPublicKey(...envTarget);
    await saveSecrets(...envTarget, [{ name: "B", value: "vb" }], key);
    expect(server.openedSecrets("octo/app/env/prod")).toEqual({ B: "vb" });
    expect(server.openedSecrets("octo/app")).toEqual({});
    expect(server.requests.map((r) => r.path)).toEqual([
      "/repos/octo/app/environments/prod/secrets/public-key",
      "/repos/octo/app/environments/prod/secrets/B",
    ]);
  });

  it("says 401 means a bad token, without the token", async () => {
    const server = await start();
    const error = await caught(fetchPublicKey(...at(server, { token: "ghp_wrong_token_value" })));
    expect(error.code).toBe("EGITHUBTOKEN");
    expect(error.message).toContain("GITHUB_TOKEN");
    expect(error.message).toContain("Bad credentials");
    expectNoSecret(error, "ghp_wrong_token_value", TOKEN);
  });

  it.each([
    ["an unknown repository (404)", { repo: "octo/missing" }, {}],
    ["a read-only token (403)", {}, { readOnlyToken: true }],
    ["a missing environment (404)", { environment: "staging" }, {}],
  ])("names all three causes for %s", async (_label, extra, serverOptions) => {
    const server = await start(serverOptions);
    const error = await caught(fetchPublicKey(...at(server, extra)));
    expect(error.code).toBe("EGITHUBACCESS");
    expect(error.fix).toMatch(/does not exist/);
    expect(error.fix).toMatch(/'repo' scope/);
    expect(error.fix).toMatch(/Secrets: Read and write/);
    if ("environment" in extra) expect(error.fix).toContain("environment 'staging'");
    expectNoSecret(error, TOKEN);
  });

  it("reports a network failure with the host and no stack", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, "127.0.0.1", () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
      });
    });
    const error = await caught(
      fetchPublicKey(...at(`http://127.0.0.1:${port}`)),
    );
    expect(error.code).toBe("EGITHUBNETWORK");
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("gives up at the deadline on a server that never answers, with the host and no token", async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const started = Date.now();
      const error = await caught(
        fetchPublicKey(...at(`http://127.0.0.1:${port}`), { timeoutMs: 200 }),
      );
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(error.code).toBe("EGITHUBNETWORK");
      expect(error.message).toBe(`Could not reach the GitHub API at 127.0.0.1:${port} (no answer within 0.2 s).`);
      expectNoSecret(error, TOKEN);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("follows a renamed repository's redirects on the API host: the key (301) and the PUT (307) reach it", async () => {
    const server = await start({ renamed: { "octo/old-app": "octo/app" } });
    const [github, target] = at(server, { repo: "octo/old-app" });
    const key = await fetchPublicKey(github, target);
    expect(await putSecret(github, target, { name: "A", value: "value-a" }, key)).toEqual({ name: "A", outcome: "created" });
    expect(server.openedSecrets("octo/app")).toEqual({ A: "value-a" });
    expect(server.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      "GET /repos/octo/old-app/actions/secrets/public-key 301",
      "GET /repositories/1/actions/secrets/public-key 200",
      "PUT /repos/octo/old-app/actions/secrets/A 307",
      "PUT /repositories/1/actions/secrets/A 201",
    ]);
  });

  it("does not follow a redirect that leaves the API's host and port: EGITHUBHTTP, the token sent nowhere else", async () => {
    const server = await start();
    const moved = createHttpServer((req, res) => res.writeHead(301, { location: `${server.url}${req.url ?? "/"}` }).end());
    await new Promise<void>((resolve) => moved.listen(0, "127.0.0.1", resolve));
    const { port } = moved.address() as AddressInfo;
    try {
      const error = await caught(fetchPublicKey(...at(server, { apiUrl: `http://127.0.0.1:${port}` })));
      expect(error.code).toBe("EGITHUBHTTP");
      expect(error.message).toContain("GitHub answered 301");
      expect(error.message).toContain("the repository has moved");
      expect(error.fix).toContain("--repo");
      expect(server.requests).toEqual([]);
      expectNoSecret(error, TOKEN);
    } finally {
      await new Promise((resolve) => moved.close(resolve));
    }
  });

  it("says exactly which secrets were stored when one PUT still fails after 3 attempts", async () => {
    const server = await start();
    server.failPutFor("THIRD", 500);
    const key = await fetchPublicKey(...at(server));
    const reported: string[] = [];
    const waits: number[] = [];
    const error = await caught(
      saveSecrets(
        ...at(server),
        [
          { name: "FIRST", value: "v1-secret-value" },
          { name: "SECOND", value: "v2-secret-value" },
          { name: "THIRD", value: "v3-secret-value" },
          { name: "FOURTH", value: "v4-secret-value" },
        ],
        key,
        { sleep: (ms) => (waits.push(ms), Promise.resolve()) },
        (saved) => reported.push(`${saved.name}:${saved.outcome}`),
      ),
    );
    expect(error.code).toBe("EGITHUBPARTIAL");
    expect(error).toBeInstanceOf(SecretsPartialError);
    expect(error).toMatchObject({ stored: ["FIRST", "SECOND"], notStored: ["THIRD", "FOURTH"] });
    expect(error.message).toContain('GitHub answered 500 ("Server Error") 3 times when trying to store THIRD in octo/app.');
    expect(error.message).toContain("Stored: FIRST, SECOND. Not stored: THIRD, FOURTH.");
    expect(error.fix).toContain("gh secret set");
    expect(reported).toEqual(["FIRST:created", "SECOND:created"]);
    expect(waits).toEqual([1_000, 2_000]);
    expect(Object.keys(server.openedSecrets("octo/app"))).toEqual(["FIRST", "SECOND"]);
    // THIRD three times, FOURTH never attempted.
    expect(server.requests.filter((r) => r.method === "PUT").map((r) => r.path.split("/").pop())).toEqual([
      "FIRST",
      "SECOND",
      "THIRD",
      "THIRD",
      "THIRD",
    ]);
    expectNoSecret(error, "v1-secret-value", "v2-secret-value", "v3-secret-value", "v4-secret-value", TOKEN);
    expect(JSON.stringify(error)).not.toMatch(/v\d-secret-value|ghp_/);
  });

  it("retries a PUT after a 502 and stores the secret", async () => {
    const server = await start();
    server.failPutFor("A", 502, 1);
    const key = await fetchPublicKey(...at(server));
    const waits: number[] = [];
    const saved = await putSecret(...at(server), { name: "A", value: "va" }, key, { sleep: (ms) => (waits.push(ms), Promise.resolve()) });
    expect(saved).toEqual({ name: "A", outcome: "created" });
    expect(waits).toEqual([1_000]);
    expect(server.requests.filter((r) => r.method === "PUT").map((r) => r.status)).toEqual([502, 201]);
    expect(server.openedSecrets("octo/app")).toEqual({ A: "va" });
  });

  it("retries a PUT after a dropped connection; gives up after 3, saying so", async () => {
    const server = await start();
    const key = await fetchPublicKey(...at(server));
    const noWait = { sleep: () => Promise.resolve() };
    server.failPutFor("A", "reset", 2);
    expect(await putSecret(...at(server), { name: "A", value: "va" }, key, noWait)).toEqual({ name: "A", outcome: "created" });
    server.failPutFor("B", "reset");
    const error = await caught(putSecret(...at(server), { name: "B", value: "vb" }, key, noWait));
    expect(error.code).toBe("EGITHUBNETWORK");
    expect(error.message).toMatch(/^Could not reach the GitHub API at 127\.0\.0\.1:\d+ \(\w+, 3 attempts\)\.$/);
    expect(server.requests.filter((r) => r.method === "PUT").map((r) => `${r.path.split("/").pop()}:${r.status}`)).toEqual([
      "A:0",
      "A:0",
      "A:201",
      "B:0",
      "B:0",
      "B:0",
    ]);
    expectNoSecret(error, "vb", TOKEN);
  });

  it("retries a PUT that gets no answer before the deadline", async () => {
    const held: ServerResponse[] = [];
    const silent = createHttpServer((req, res) => {
      if (req.method === "PUT") held.push(res);
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const key = { keyId: "k", key: Buffer.from(nacl.box.keyPair().publicKey).toString("base64") };
      const error = await caught(
        putSecret(...at(`http://127.0.0.1:${port}`), { name: "A", value: "va" }, key, {
          timeoutMs: 100,
          sleep: () => Promise.resolve(),
        }),
      );
      expect(error.message).toBe(`Could not reach the GitHub API at 127.0.0.1:${port} (no answer within 0.1 s, 3 attempts).`);
      expect(held).toHaveLength(3);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("does not retry an answer that will not change (422), and stops there", async () => {
    const server = await start();
    server.failPutFor("A", 422);
    const key = await fetchPublicKey(...at(server));
    const waits: number[] = [];
    const error = await caught(
      saveSecrets(...at(server), [{ name: "A", value: "va" }, { name: "B", value: "vb" }], key, {
        sleep: (ms) => (waits.push(ms), Promise.resolve()),
      }),
    );
    expect(error).toMatchObject({ code: "EGITHUBPARTIAL", stored: [], notStored: ["A", "B"] });
    expect(error.message).toContain('GitHub answered 422 ("Failed") when trying to store A in octo/app.');
    expect(waits).toEqual([]);
    expect(server.requests.filter((r) => r.method === "PUT")).toHaveLength(1);
  });

  it("joins an API URL with a path prefix (GitHub Enterprise Server) without doubling slashes", async () => {
    const server = await start();
    // The fake serves at the root, so a prefix must reach it verbatim: expect a 404 on the prefixed path.
    const error = await caught(fetchPublicKey(...at(server, { apiUrl: `${server.url}/api/v3/` })));
    expect(error.code).toBe("EGITHUBACCESS");
    expect(server.requests.at(-1)?.path).toBe("/api/v3/repos/octo/app/actions/secrets/public-key");
  });
});

describe("checkRepoAccess (GET /repos/{owner}/{repo}) against the fake GitHub", () => {
  it("passes for an account with admin or write access, fine-grained (no scopes header) or classic with 'repo'", async () => {
    for (const options of [
      {},
      { permissions: { admin: false, maintain: false, push: true, triage: true, pull: true } },
      { oauthScopes: "repo, workflow" },
      { permissions: null },
    ]) {
      const server = await start(options);
      await expect(checkRepoAccess(...at(server))).resolves.toBeUndefined();
      expect(server.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(["GET /repos/octo/app 200"]);
      await server.close();
      fake = undefined;
    }
  });

  it("refuses an account that can only read the repository", async () => {
    const server = await start({ permissions: { admin: false, maintain: false, push: false, triage: false, pull: true } });
    const error = await caught(checkRepoAccess(...at(server)));
    expect(error.code).toBe("EGITHUBACCESS");
    expect(error.message).toBe(
      "The account behind GITHUB_TOKEN can read octo/app but not write to it; storing Actions secrets needs write access to the repository.",
    );
    expectNoSecret(error, TOKEN);
  });

  it("refuses a classic token without the 'repo' scope, naming the scopes it has", async () => {
    const server = await start({ oauthScopes: "read:org, public_repo" });
    const error = await caught(checkRepoAccess(...at(server)));
    expect(error.code).toBe("EGITHUBACCESS");
    expect(error.message).toBe(
      "GITHUB_TOKEN is a classic token without the 'repo' scope (its scopes: read:org, public_repo); writing Actions secrets needs it.",
    );
    expect(error.fix).toContain("gh auth refresh -s repo");
    const none = await caught(checkRepoAccess(...at(await start({ oauthScopes: "" }))));
    expect(none.message).toContain("(its scopes: none)");
  });

  it("says 404 means no such repository or no access, and 401 a bad token, without the token", async () => {
    const server = await start();
    const missing = await caught(checkRepoAccess(...at(server, { repo: "octo/missing" })));
    expect(missing.code).toBe("EGITHUBACCESS");
    expect(missing.message).toBe(
      "GitHub answered 404 when trying to read the repository octo/missing: it does not exist, or GITHUB_TOKEN has no access to it.",
    );
    const bad = await caught(checkRepoAccess(...at(server, { token: "ghp_wrong_token_value" })));
    expect(bad.code).toBe("EGITHUBTOKEN");
    expectNoSecret(missing, TOKEN);
    expectNoSecret(bad, TOKEN, "ghp_wrong_token_value");
  });
});
