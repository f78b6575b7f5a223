// GitHub Actions secrets: fetch a repository's (or environment's) public key, seal values with libsodium, PUT them.
import sodium from "libsodium-wrappers";
import type { Dispatcher } from "undici";
import { ReleaseTweetError } from "./errors.js";
import { fetchText, networkCode } from "./fetch.js";

export const DEFAULT_GITHUB_API_URL = "https://api.github.com";
export const GITHUB_API_ENV = "GITHUB_API_URL";

/** Where secrets go and with which token. `environment` switches to environment secrets. */
export interface SecretsTarget {
  /** e.g. https://api.github.com or https://ghe.example.com/api/v3 */
  apiUrl: string;
  /** "owner/name" */
  repo: string;
  environment?: string;
  token: string;
  /** How messages name the token to the user, e.g. "GITHUB_TOKEN". Never its value. */
  tokenName?: string;
}

export interface SecretsClientOptions {
  dispatcher?: Dispatcher;
  /** Deadline of each request, connect to last body byte. Default 30 s. */
  timeoutMs?: number;
}

export interface PublicKey {
  keyId: string;
  /** base64 Curve25519 public key */
  key: string;
}

export interface SecretToSave {
  name: string;
  value: string;
}

export interface SavedSecret {
  name: string;
  outcome: "created" | "updated";
}

const REPO_PATTERN = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const SECRET_NAME_PATTERN = /^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]*$/i;
const USER_AGENT = "release-tweet";
const DEFAULT_TIMEOUT_MS = 30_000;

/** Throws EREPO unless `repo` looks like owner/name. Pure, so the CLI checks it before any request. */
export function assertRepo(repo: string): void {
  if (!REPO_PATTERN.test(repo) || repo.endsWith("/.") || repo.endsWith("/..")) {
    throw new ReleaseTweetError(
      "EREPO",
      `Invalid repository '${repo}'. Expected format {owner}/{repo}.`,
      "Pass --repo owner/name, e.g. --repo octocat/hello-world.",
      { docs: "authorize" },
    );
  }
}

/** libsodium crypto_box_seal of `value` to the base64 public key, as base64 (original variant with padding), which GitHub expects. */
export async function sealSecret(value: string, publicKeyBase64: string): Promise<string> {
  await sodium.ready;
  let publicKey: Uint8Array;
  try {
    publicKey = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
  } catch {
    publicKey = new Uint8Array(0);
  }
  if (publicKey.length !== sodium.crypto_box_PUBLICKEYBYTES) {
    throw new ReleaseTweetError(
      "EGITHUBKEY",
      "GitHub returned a public key that is not a 32-byte Curve25519 key.",
      "Check that GITHUB_API_URL points at the GitHub REST API.",
      { docs: "authorize" },
    );
  }
  const sealed = sodium.crypto_box_seal(sodium.from_string(value), publicKey);
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}

/** GET …/secrets/public-key. Doubles as the access check: it needs the same permission as writing a secret. */
export async function fetchPublicKey(target: SecretsTarget, options: SecretsClientOptions = {}): Promise<PublicKey> {
  assertRepo(target.repo);
  const { status, body } = await call(target, "GET", "public-key", undefined, options);
  if (status !== 200) throw httpError(target, status, body, `read the secrets public key of ${describeScope(target)}`);
  const parsed = parseJson(body);
  const keyId = parsed?.key_id;
  const key = parsed?.key;
  if (typeof keyId !== "string" || typeof key !== "string") {
    throw new ReleaseTweetError(
      "EGITHUBKEY",
      "GitHub's answer for the secrets public key has no key_id and key.",
      "Check that GITHUB_API_URL points at the GitHub REST API.",
      { docs: "authorize" },
    );
  }
  return { keyId, key };
}

/** PUT one sealed secret; GitHub answers 201 when it created it and 204 when it replaced it. */
export async function putSecret(
  target: SecretsTarget,
  secret: SecretToSave,
  publicKey: PublicKey,
  options: SecretsClientOptions = {},
): Promise<SavedSecret> {
  if (!SECRET_NAME_PATTERN.test(secret.name)) throw new Error(`Invalid secret name '${secret.name}'`);
  const encrypted = await sealSecret(secret.value, publicKey.key);
  const payload = JSON.stringify({ encrypted_value: encrypted, key_id: publicKey.keyId });
  const { status, body } = await call(target, "PUT", encodeURIComponent(secret.name), payload, options);
  if (status === 201) return { name: secret.name, outcome: "created" };
  if (status === 204) return { name: secret.name, outcome: "updated" };
  throw httpError(target, status, body, `store ${secret.name} in ${describeScope(target)}`);
}

/**
 * Stores the secrets in order, stopping at the first failure: a later PUT would most likely fail the same way.
 * On failure the error says exactly which secrets were stored and which were not.
 */
export async function saveSecrets(
  target: SecretsTarget,
  secrets: readonly SecretToSave[],
  publicKey: PublicKey,
  options: SecretsClientOptions = {},
  onSaved: (saved: SavedSecret) => void = () => undefined,
): Promise<SavedSecret[]> {
  const saved: SavedSecret[] = [];
  for (const [index, secret] of secrets.entries()) {
    try {
      const result = await putSecret(target, secret, publicKey, options);
      saved.push(result);
      onSaved(result);
    } catch (error) {
      const stored = saved.map((s) => s.name);
      const notStored = secrets.slice(index).map((s) => s.name);
      const reason = error instanceof ReleaseTweetError ? error.message : "an unexpected error";
      const fix = error instanceof ReleaseTweetError ? `${error.fix} ` : "";
      throw new ReleaseTweetError(
        "EGITHUBPARTIAL",
        `Saving secrets to ${describeScope(target)} stopped: ${reason} Stored: ${stored.join(", ") || "none"}. Not stored: ${notStored.join(", ")}.`,
        `${fix}Then run release-tweet authorize again; it replaces the secrets already stored.`,
        { docs: "authorize", cause: error },
      );
    }
  }
  return saved;
}

export function describeScope(target: Pick<SecretsTarget, "repo" | "environment">): string {
  return target.environment ? `environment '${target.environment}' of ${target.repo}` : target.repo;
}

function secretsUrl(target: SecretsTarget, tail: string): string {
  const [owner = "", name = ""] = target.repo.split("/");
  const base = `${target.apiUrl.replace(/\/+$/, "")}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`;
  const scope = target.environment ? `environments/${encodeURIComponent(target.environment)}/secrets` : "actions/secrets";
  return `${base}/${scope}/${tail}`;
}

async function call(
  target: SecretsTarget,
  method: "GET" | "PUT",
  tail: string,
  payload: string | undefined,
  options: SecretsClientOptions,
): Promise<{ status: number; body: string }> {
  const url = secretsUrl(target, tail);
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeout);
  try {
    // Redirects come back as answers (fetchText), as with undici's request before: a 3xx (GitHub's 301 for a renamed
    // repository) ends as EGITHUBHTTP naming the status, so --repo is fixed rather than silently followed.
    const { status, body } = await fetchText(url, {
      method,
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${target.token}`,
        "user-agent": USER_AGENT,
        "x-github-api-version": "2022-11-28",
        ...(payload === undefined ? {} : { "content-type": "application/json" }),
      },
      body: payload,
      signal,
      dispatcher: options.dispatcher,
    });
    return { status, body };
  } catch (error) {
    const host = safeHost(target.apiUrl);
    // Only the code travels on (ECONNREFUSED, ENOTFOUND…): the error itself may hold the request and its token.
    const code = signal.aborted ? "" : networkCode(error);
    const why = signal.aborted ? `no answer within ${timeout / 1000} s` : code;
    throw new ReleaseTweetError(
      "EGITHUBNETWORK",
      `Could not reach the GitHub API at ${host}${why ? ` (${why})` : ""}.`,
      "Check your network connection, and GITHUB_API_URL if you use GitHub Enterprise Server.",
      { docs: "authorize", cause: code || undefined },
    );
  }
}

function httpError(target: SecretsTarget, status: number, body: string, action: string): ReleaseTweetError {
  const tokenName = target.tokenName ?? "the GitHub token";
  const githubMessage = sanitize(parseJson(body)?.message);
  const said = githubMessage ? ` ("${githubMessage}")` : "";
  if (status === 401) {
    return new ReleaseTweetError(
      "EGITHUBTOKEN",
      `GitHub rejected ${tokenName}: 401${said} when trying to ${action}.`,
      `Create a new token (classic with the 'repo' scope, or fine-grained with 'Secrets: Read and write' on ${target.repo}) and put it in GITHUB_TOKEN or GH_TOKEN.`,
      { docs: "authorize" },
    );
  }
  if (status === 403 || status === 404) {
    const environment = target.environment
      ? `, or the environment '${target.environment}' does not exist (create it under Settings → Environments)`
      : "";
    return new ReleaseTweetError(
      "EGITHUBACCESS",
      `GitHub answered ${status}${said} when trying to ${action}.`,
      `Either the repository ${target.repo} does not exist (check --repo), or ${tokenName} lacks the 'repo' scope (classic token), or it lacks the 'Secrets: Read and write' permission on this repository (fine-grained token)${environment}.`,
      { docs: "authorize" },
    );
  }
  return new ReleaseTweetError(
    "EGITHUBHTTP",
    `GitHub answered ${status}${said} when trying to ${action}.`,
    status >= 500 ? "GitHub had a problem; try again in a few minutes." : "Check the repository and token, then try again.",
    { docs: "authorize" },
  );
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** GitHub's own message, shortened to one line; it never holds the token. */
function sanitize(message: unknown): string {
  if (typeof message !== "string") return "";
  const line = message.split("\n")[0]?.trim() ?? "";
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
