// Loopback fake of the GitHub REST endpoints release-tweet uses: a repository, its Actions secrets (repo and
// environment) and releases.
// Sealed secrets are opened with tweetnacl + tweetnacl-sealedbox-js, an implementation independent of the product's libsodium.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import nacl from "tweetnacl";

interface SealedBox {
  open(sealed: Uint8Array, publicKey: Uint8Array, secretKey: Uint8Array): Uint8Array | null;
  seal(message: Uint8Array, publicKey: Uint8Array): Uint8Array;
}
// The package ships CommonJS without types; require keeps it out of Vite's ESM resolution.
const sealedbox = createRequire(import.meta.url)("tweetnacl-sealedbox-js") as SealedBox;

export interface FakeRelease {
  tag_name: string;
  name: string | null;
  body: string | null;
  html_url: string;
  draft: boolean;
  prerelease: boolean;
}

export interface FakeGitHubOptions {
  /** The only accepted token (Authorization: Bearer|token …); anything else → 401 like GitHub. */
  token: string;
  /** "owner/name" that exist (others → 404 like GitHub). */
  repos: string[];
  /** By "owner/name". */
  releases?: Record<string, FakeRelease[]>;
  /** Secrets PUT/public-key → 403 "Resource not accessible by personal access token". */
  readOnlyToken?: boolean;
  /** Environments that exist, by "owner/name"; when omitted every environment name exists. */
  environments?: Record<string, string[]>;
  /** The `permissions` GET /repos/{owner}/{repo} shows for the token's account (default: admin, all true); null omits it. */
  permissions?: RepoPermissions | null;
  /** Sent as `x-oauth-scopes` on answers to a valid token, as GitHub does for classic tokens only (default: not sent). */
  oauthScopes?: string;
  /**
   * Renamed repositories, old "owner/name" → the current one (listed in `repos`). Like GitHub, a request under the
   * old name gets a redirect to /repositories/{id}/… on the API host: 301 for GET, 307 for other methods.
   */
  renamed?: Record<string, string>;
}

export interface RepoPermissions {
  admin: boolean;
  maintain: boolean;
  push: boolean;
  triage: boolean;
  pull: boolean;
}

export interface CannedAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A fault for one secret's PUT: an HTTP status, or "reset" (the connection is dropped without an answer). */
export type PutFault = number | "reset";

export interface FakeGitHub {
  /** "http://127.0.0.1:PORT" — pass as GITHUB_API_URL. */
  url: string;
  /** Secrets as stored, opened with the test's own sealed-box implementation, by "owner/name" or "owner/name/env/ENV". */
  openedSecrets(scope: string): Record<string, string>;
  /** Every request answered; `path` is the pathname, without the query (like the fake X). Status 0: reset. */
  requests: { method: string; path: string; status: number }[];
  /** Make one secret's PUT fail with this fault, from now on or for the next `times` PUTs of it (partial-save tests). */
  failPutFor(name: string, fault: PutFault, times?: number): void;
  /**
   * The next requests (any route, in order) get these answers instead of the real ones: a proxy, or a GitHub error
   * with a hostile message. A body that is not a string is sent as JSON.
   */
  answerNext(...answers: CannedAnswer[]): void;
  close(): Promise<void>;
}

interface StoredSecret {
  encryptedValue: string;
  keyId: string;
}

interface ScopeKeys {
  keyId: string;
  publicKey: Uint8Array;
  secretKey: Uint8Array;
}

const DOCS = "https://docs.github.com/rest";
// GitHub answers errors as {message, documentation_url, status} with the status as a string.
const problem = (status: number, message: string) => ({ message, documentation_url: DOCS, status: String(status) });
const SECRET_NAME = /^(?!GITHUB_)(?![0-9])[A-Za-z0-9_]+$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const repos = new Set(options.repos);
  const keys = new Map<string, ScopeKeys>();
  const secrets = new Map<string, Map<string, StoredSecret>>();
  const failures = new Map<string, { fault: PutFault; remaining: number }>();
  const permissions = options.permissions === undefined ? { admin: true, maintain: true, push: true, triage: true, pull: true } : options.permissions;
  const requests: FakeGitHub["requests"] = [];
  const canned: CannedAnswer[] = [];

  const keysFor = (scope: string): ScopeKeys => {
    let entry = keys.get(scope);
    if (!entry) {
      const pair = nacl.box.keyPair();
      entry = { keyId: `fake-key-${keys.size + 1}`, publicKey: pair.publicKey, secretKey: pair.secretKey };
      keys.set(scope, entry);
    }
    return entry;
  };

  const authorized = (req: IncomingMessage): boolean | "absent" => {
    const header = req.headers.authorization;
    if (header === undefined) return "absent";
    const match = /^(?:Bearer|token) (.+)$/i.exec(header);
    return match?.[1] === options.token;
  };

  const environmentExists = (repo: string, env: string): boolean =>
    options.environments === undefined || (options.environments[repo] ?? []).includes(env);

  // GitHub's stable repository ids, for /repositories/{id}/… (where a renamed repository's redirect leads).
  const repoIds = [...repos];

  const handle = async (
    req: IncomingMessage,
  ): Promise<{ status: number; body?: unknown; reset?: boolean; headers?: Record<string, string> }> => {
    const url = new URL(req.url ?? "/", "http://fake.invalid");
    let parts = url.pathname.split("/").slice(1).map(decodeURIComponent);
    const method = req.method ?? "GET";
    const body = await readBody(req);

    // Real GitHub refuses API requests without a User-Agent.
    if (!req.headers["user-agent"]) {
      return { status: 403, body: problem(403, "Request forbidden by administrative rules. Please make sure your request has a User-Agent header") };
    }
    const auth = authorized(req);
    if (auth === false) return { status: 401, body: problem(401, "Bad credentials") };

    const renamedTo = parts[0] === "repos" ? options.renamed?.[`${parts[1]}/${parts[2]}`] : undefined;
    if (renamedTo !== undefined) {
      const rest = url.pathname.split("/").slice(4).join("/");
      const location = `http://${req.headers.host ?? ""}/repositories/${repoIds.indexOf(renamedTo) + 1}${rest ? `/${rest}` : ""}${url.search}`;
      const status = method === "GET" || method === "HEAD" ? 301 : 307;
      return { status, headers: { location }, body: { message: "Moved Permanently", url: location, documentation_url: DOCS } };
    }
    if (parts[0] === "repositories") {
      const repo = repoIds[Number(parts[1]) - 1];
      if (repo === undefined) return { status: 404, body: problem(404, "Not Found") };
      parts = ["repos", ...repo.split("/"), ...parts.slice(2)];
    }

    if (parts[0] !== "repos" || parts.length < 3) return { status: 404, body: problem(404, "Not Found") };
    const repo = `${parts[1]}/${parts[2]}`;
    const rest = parts.slice(3);

    if (rest.length === 0) {
      // GitHub hides private repositories: no token, or one without access, gets 404.
      if (method !== "GET" || auth !== true || !repos.has(repo)) return { status: 404, body: problem(404, "Not Found") };
      const [owner = "", name = ""] = repo.split("/");
      return {
        status: 200,
        body: { full_name: repo, name, owner: { login: owner }, private: true, ...(permissions === null ? {} : { permissions }) },
      };
    }

    if (rest[0] === "releases") {
      if (!repos.has(repo)) return { status: 404, body: problem(404, "Not Found") };
      const list = (options.releases?.[repo] ?? []).map((release, index) => ({ id: index + 1, ...release }));
      if (method === "GET" && rest.length === 1) {
        const perPage = Number(url.searchParams.get("per_page") ?? 30);
        const page = Number(url.searchParams.get("page") ?? 1);
        // GitHub lists newest first; tests give releases oldest first.
        return { status: 200, body: [...list].reverse().slice((page - 1) * perPage, page * perPage) };
      }
      if (method === "GET" && rest[1] === "tags" && rest.length === 3) {
        // Drafts have no tag yet, so GitHub does not find them by tag.
        const found = list.find((release) => release.tag_name === rest[2] && !release.draft);
        return found ? { status: 200, body: found } : { status: 404, body: problem(404, "Not Found") };
      }
      return { status: 404, body: problem(404, "Not Found") };
    }

    // Secrets: /actions/secrets/… or /environments/{env}/secrets/…
    let scope: string;
    let tail: string[];
    if (rest[0] === "actions" && rest[1] === "secrets") {
      scope = repo;
      tail = rest.slice(2);
    } else if (rest[0] === "environments" && rest[2] === "secrets" && rest[1]) {
      scope = `${repo}/env/${rest[1]}`;
      tail = rest.slice(3);
      if (repos.has(repo) && auth === true && !environmentExists(repo, rest[1])) {
        return { status: 404, body: problem(404, "Not Found") };
      }
    } else {
      return { status: 404, body: problem(404, "Not Found") };
    }
    // Without a valid token, or for a repo that does not exist, GitHub answers 404 (it hides private repos).
    if (auth !== true || !repos.has(repo)) return { status: 404, body: problem(404, "Not Found") };
    if (options.readOnlyToken) return { status: 403, body: problem(403, "Resource not accessible by personal access token") };

    if (method === "GET" && tail.length === 1 && tail[0] === "public-key") {
      const { keyId, publicKey } = keysFor(scope);
      return { status: 200, body: { key_id: keyId, key: Buffer.from(publicKey).toString("base64") } };
    }
    if (method === "PUT" && tail.length === 1 && tail[0] !== undefined) {
      const name = tail[0];
      if (!SECRET_NAME.test(name)) return { status: 422, body: problem(422, "Invalid secret name") };
      const failure = failures.get(name);
      if (failure !== undefined && failure.remaining > 0) {
        failure.remaining -= 1;
        const { fault } = failure;
        if (fault === "reset") return { status: 0, reset: true };
        return { status: fault, body: problem(fault, fault >= 500 ? "Server Error" : "Failed") };
      }
      const parsed = parseJson(body);
      const encryptedValue = parsed?.encrypted_value;
      const keyId = parsed?.key_id;
      if (typeof encryptedValue !== "string" || typeof keyId !== "string" || !BASE64.test(encryptedValue)) {
        return { status: 422, body: problem(422, "Invalid request.\n\nencrypted_value and key_id are required.") };
      }
      const scopeKeys = keysFor(scope);
      if (keyId !== scopeKeys.keyId) return { status: 422, body: problem(422, "Bad request - key_id does not match") };
      // Stricter than GitHub (which cannot tell): a box that does not open is rejected, so bad sealing fails loudly.
      if (sealedbox.open(Buffer.from(encryptedValue, "base64"), scopeKeys.publicKey, scopeKeys.secretKey) === null) {
        return { status: 422, body: problem(422, "Bad request - could not decrypt encrypted_value") };
      }
      let stored = secrets.get(scope);
      if (!stored) {
        stored = new Map();
        secrets.set(scope, stored);
      }
      const existed = stored.has(name);
      stored.set(name, { encryptedValue, keyId });
      return { status: existed ? 204 : 201 };
    }
    return { status: 404, body: problem(404, "Not Found") };
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const answer = canned.shift();
    if (answer !== undefined) {
      requests.push({ method: req.method ?? "GET", path: pathOf(req), status: answer.status });
      const text = answer.body === undefined ? "" : typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
      res.writeHead(answer.status, { "content-type": "application/json; charset=utf-8", ...answer.headers }).end(text);
      return;
    }
    handle(req).then(
      ({ status, body, reset, headers }) => {
        requests.push({ method: req.method ?? "GET", path: pathOf(req), status });
        if (reset) {
          req.socket.destroy();
          return;
        }
        // Like GitHub for a classic token: its scopes on every answer to it.
        const scopes = {
          ...(options.oauthScopes !== undefined && authorized(req) === true ? { "x-oauth-scopes": options.oauthScopes } : {}),
          ...headers,
        };
        if (body === undefined || status === 204) {
          res.writeHead(status, scopes).end();
        } else {
          res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...scopes }).end(JSON.stringify(body));
        }
      },
      (error: unknown) => {
        requests.push({ method: req.method ?? "GET", path: pathOf(req), status: 500 });
        res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    openedSecrets(scope) {
      const scopeKeys = keys.get(scope);
      const result: Record<string, string> = {};
      for (const [name, { encryptedValue }] of secrets.get(scope) ?? []) {
        const opened = scopeKeys && sealedbox.open(Buffer.from(encryptedValue, "base64"), scopeKeys.publicKey, scopeKeys.secretKey);
        if (!opened) throw new Error(`fake GitHub: secret ${name} in ${scope} does not open`);
        result[name] = Buffer.from(opened).toString("utf8");
      }
      return result;
    },
    failPutFor(name, fault, times = Number.POSITIVE_INFINITY) {
      failures.set(name, { fault, remaining: times });
    },
    answerNext: (...answers) => void canned.push(...answers),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? "/", "http://fake.invalid").pathname;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
