// GitHub Actions secrets: fetch a repository's (or environment's) public key, seal values with libsodium, PUT them,
// all through the one GitHub client (src/github/client.ts).
import sodium from "libsodium-wrappers";
import { ReleaseTweetError } from "../core/errors.js";
import { answerMessage, apiHost, callGitHub, type GitHubAnswer, type GitHubClient } from "./client.js";

/** Where secrets go (the token is the GitHub client's). `environment` switches to environment secrets. */
export interface SecretsTarget {
  /** "owner/name" */
  repo: string;
  environment?: string;
  /** How messages name the token to the user, e.g. "GITHUB_TOKEN". Never its value. */
  tokenName?: string;
}

export interface SecretsClientOptions {
  /** Deadline of each request, connect to last body byte. Default 30 s. */
  timeoutMs?: number;
  /** Waits between attempts of a PUT (default setTimeout); tests pass one that returns at once. */
  sleep?: (ms: number) => Promise<void>;
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
const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * Waits before the 2nd and 3rd attempt of a PUT. A PUT of the same sealed value is idempotent, so a 5xx, a network
 * error or a timeout (which may have landed) is simply sent again; the OAuth run behind it is costly to repeat.
 */
const PUT_RETRY_DELAYS_MS = [1_000, 2_000] as const;

/**
 * EGITHUBPARTIAL: saving stopped part-way. Names only, never values: errors get logged. The CLI, which holds the
 * values, prints those not stored so the user need not authorize again.
 */
export class SecretsPartialError extends ReleaseTweetError {
  readonly stored: readonly string[];
  readonly notStored: readonly string[];

  constructor(message: string, fix: string, stored: string[], notStored: string[], cause: unknown) {
    super("EGITHUBPARTIAL", message, fix, { docs: "authorize", cause });
    this.stored = stored;
    this.notStored = notStored;
  }
}

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

/** GET …/secrets/public-key. Needs only read access to the secrets: checkRepoAccess says what is known about writing. */
export async function fetchPublicKey(github: GitHubClient, target: SecretsTarget, options: SecretsClientOptions = {}): Promise<PublicKey> {
  assertRepo(target.repo);
  const { owner, repo } = ownerAndRepo(target);
  const { rest } = github.octokit;
  const answer = await call(github, options, (request) =>
    target.environment
      ? rest.actions.getEnvironmentPublicKey({ owner, repo, environment_name: target.environment, request })
      : rest.actions.getRepoPublicKey({ owner, repo, request }),
  );
  if (answer.status !== 200) throw httpError(github, target, answer, `read the secrets public key of ${describeScope(target)}`);
  const parsed = asRecord(answer.data);
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

/**
 * GET /repos/{owner}/{repo}: what can be known about write access before the OAuth run. Reading the secrets public
 * key needs only read access, so on its own it proves nothing about writing. Checked here: the repository exists for
 * this token; the account has write access (GitHub: "To create a repository secret, you must have write access");
 * a classic token, the only kind GitHub lists scopes for (x-oauth-scopes), has the 'repo' scope. A fine-grained
 * token's 'Secrets' permission cannot be read in advance: the first PUT checks it.
 */
export async function checkRepoAccess(github: GitHubClient, target: SecretsTarget, options: SecretsClientOptions = {}): Promise<void> {
  assertRepo(target.repo);
  const tokenName = target.tokenName ?? "the GitHub token";
  const answer = await call(github, options, (request) => github.octokit.rest.repos.get({ ...ownerAndRepo(target), request }));
  const { status, headers } = answer;
  if (status === 404) {
    throw new ReleaseTweetError(
      "EGITHUBACCESS",
      `GitHub answered 404 when trying to read the repository ${target.repo}: it does not exist, or ${tokenName} has no access to it.`,
      `Check --repo. A classic token needs the 'repo' scope; a fine-grained token must list ${target.repo} under Repository access, with 'Secrets: Read and write'.`,
      { docs: "authorize" },
    );
  }
  if (status !== 200) throw httpError(github, target, answer, `read the repository ${target.repo}`);
  const repository = asRecord(answer.data);
  if (repository === undefined) {
    throw new ReleaseTweetError(
      "EGITHUBHTTP",
      `GitHub's answer for the repository ${target.repo} is not a repository.`,
      "Check that GITHUB_API_URL points at the GitHub REST API.",
      { docs: "authorize" },
    );
  }
  const scopesHeader = headers["x-oauth-scopes"];
  if (scopesHeader !== undefined) {
    const scopes = scopesHeader.split(",").map((scope) => scope.trim()).filter(Boolean);
    if (!scopes.includes("repo")) {
      throw new ReleaseTweetError(
        "EGITHUBACCESS",
        `${tokenName} is a classic token without the 'repo' scope (its scopes: ${scopes.join(", ") || "none"}); writing Actions secrets needs it.`,
        "Give the token the 'repo' scope (for a token from 'gh auth token': gh auth refresh -s repo), or use a fine-grained token with 'Secrets: Read and write'. Nothing was stored.",
        { docs: "authorize" },
      );
    }
  }
  const permissions = repository.permissions;
  if (typeof permissions === "object" && permissions !== null) {
    const { admin, push } = permissions as Record<string, unknown>;
    if (admin !== true && push !== true) {
      throw new ReleaseTweetError(
        "EGITHUBACCESS",
        `The account behind ${tokenName} can read ${target.repo} but not write to it; storing Actions secrets needs write access to the repository.`,
        "Ask a repository admin for write access, or use a token of an account that has it. Nothing was stored.",
        { docs: "authorize" },
      );
    }
  }
}

/**
 * PUT one sealed secret; GitHub answers 201 when it created it and 204 when it replaced it. Up to 3 attempts on a
 * 5xx, a network error or a timeout; any other answer is final.
 */
export async function putSecret(
  github: GitHubClient,
  target: SecretsTarget,
  secret: SecretToSave,
  publicKey: PublicKey,
  options: SecretsClientOptions = {},
): Promise<SavedSecret> {
  if (!SECRET_NAME_PATTERN.test(secret.name)) throw new Error(`Invalid secret name '${secret.name}'`);
  const sealed = { encrypted_value: await sealSecret(secret.value, publicKey.key), key_id: publicKey.keyId, secret_name: secret.name };
  const { owner, repo } = ownerAndRepo(target);
  const { rest } = github.octokit;
  const action = `store ${secret.name} in ${describeScope(target)}`;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const attempts = PUT_RETRY_DELAYS_MS.length + 1;
  for (let attempt = 1; ; attempt++) {
    const answer = await callGitHub(
      (request) =>
        target.environment
          ? rest.actions.createOrUpdateEnvironmentSecret({ owner, repo, environment_name: target.environment, ...sealed, request })
          : rest.actions.createOrUpdateRepoSecret({ owner, repo, ...sealed, request }),
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
    const last = attempt === attempts;
    if ("unreachable" in answer) {
      if (last) throw unreachableError(github, answer.why, attempts);
    } else if (answer.status === 201) {
      return { name: secret.name, outcome: "created" };
    } else if (answer.status === 204) {
      return { name: secret.name, outcome: "updated" };
    } else if (answer.status < 500 || last) {
      throw httpError(github, target, answer, action, attempt);
    }
    await sleep(PUT_RETRY_DELAYS_MS[attempt - 1] ?? 0);
  }
}

/**
 * Stores the secrets in order, stopping at the first failure (after putSecret's retries): a later PUT would most
 * likely fail the same way. On failure a SecretsPartialError says exactly which secrets were stored and which were not.
 */
export async function saveSecrets(
  github: GitHubClient,
  target: SecretsTarget,
  secrets: readonly SecretToSave[],
  publicKey: PublicKey,
  options: SecretsClientOptions = {},
  onSaved: (saved: SavedSecret) => void = () => undefined,
): Promise<SavedSecret[]> {
  const saved: SavedSecret[] = [];
  for (const [index, secret] of secrets.entries()) {
    try {
      const result = await putSecret(github, target, secret, publicKey, options);
      saved.push(result);
      onSaved(result);
    } catch (error) {
      const stored = saved.map((s) => s.name);
      const notStored = secrets.slice(index).map((s) => s.name);
      const reason = error instanceof ReleaseTweetError ? error.message : "an unexpected error";
      const fix = error instanceof ReleaseTweetError ? `${error.fix} ` : "";
      throw new SecretsPartialError(
        `Saving secrets to ${describeScope(target)} stopped: ${reason} Stored: ${stored.join(", ") || "none"}. Not stored: ${notStored.join(", ")}.`,
        `${fix}Then store the ones not stored with 'gh secret set NAME', or run release-tweet authorize again (it replaces the secrets already stored).`,
        stored,
        notStored,
        error,
      );
    }
  }
  return saved;
}

export function describeScope(target: Pick<SecretsTarget, "repo" | "environment">): string {
  return target.environment ? `environment '${target.environment}' of ${target.repo}` : target.repo;
}

function ownerAndRepo(target: SecretsTarget): { owner: string; repo: string } {
  const [owner = "", repo = ""] = target.repo.split("/");
  return { owner, repo };
}

/** One call; GitHub's answer whatever its status, or EGITHUBNETWORK when there was none. */
async function call(
  github: GitHubClient,
  options: SecretsClientOptions,
  send: Parameters<typeof callGitHub>[0],
): Promise<Extract<GitHubAnswer, { status: number }>> {
  const answer = await callGitHub(send, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  if ("unreachable" in answer) throw unreachableError(github, answer.why, 1);
  return answer;
}

function unreachableError(github: GitHubClient, why: string, attempts: number): ReleaseTweetError {
  const parts = [why, attempts > 1 ? `${attempts} attempts` : ""].filter(Boolean);
  const detail = parts.length > 0 ? ` (${parts.join(", ")})` : "";
  return new ReleaseTweetError(
    "EGITHUBNETWORK",
    `Could not reach the GitHub API at ${apiHost(github.apiUrl)}${detail}.`,
    "Check your network connection, and GITHUB_API_URL if you use GitHub Enterprise Server.",
    { docs: "authorize" },
  );
}

function httpError(
  github: GitHubClient,
  target: SecretsTarget,
  answer: { status: number; data: unknown },
  action: string,
  attempts = 1,
): ReleaseTweetError {
  const { status } = answer;
  const tokenName = target.tokenName ?? "the GitHub token";
  const message = answerMessage(answer, [github.token]);
  const said = `${message ? ` ("${message}")` : ""}${attempts > 1 ? ` ${attempts} times` : ""}`;
  // Redirects on the API host were followed (src/github/client.ts); this one leads elsewhere.
  if (status >= 300 && status < 400) {
    return new ReleaseTweetError(
      "EGITHUBHTTP",
      `GitHub answered ${status} when trying to ${action}: the repository has moved (renamed or transferred) and the redirect leads away from ${apiHost(github.apiUrl)}, so it is not followed and the token stays there.`,
      "Pass the repository's new owner/name with --repo.",
      { docs: "authorize" },
    );
  }
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

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
