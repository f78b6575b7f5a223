// The only reader of `release-tweet authorize` arguments and environment: returns typed settings or one precise error.
import { parseArgs } from "node:util";
import { ReleaseTweetError } from "../core/errors.js";
import { assertRepo } from "../github/secrets.js";
import { apiBaseUrlProblem } from "../core/setting-rules.js";
import { API_BASE_ENV, CREDENTIAL_ENV, DEFAULT_API_BASE_URL, DEFAULT_GITHUB_API_URL, GITHUB_API_ENV } from "../core/types.js";
import { parseCallbackUrl } from "./callback-server.js";
import { argumentProblem } from "./usage.js";

export const AUTHORIZE_HELP = `Usage: release-tweet authorize [options]

Signs your X account in to your X app once (three-legged OAuth 1.0a) and stores the four
credentials as encrypted GitHub Actions secrets: ${Object.values(CREDENTIAL_ENV).join(", ")}.

Options:
  --repo OWNER/NAME   Repository to store the secrets in (default: the 'origin' remote of the
                      current directory; one on a host other than github.com needs
                      ${GITHUB_API_ENV})
  --env NAME          Store them as secrets of this deployment environment instead
  --callback URL      Use callback mode with this exact URL registered in your X app,
                      e.g. http://127.0.0.1:8976/callback (default: PIN mode)
  --timeout SECONDS   How long callback mode waits for X's redirect (default 300)
  --no-browser        Print the authorize URL without trying to open a browser
  -h, --help          Show this help

Environment:
  ${CREDENTIAL_ENV.apiKey}, ${CREDENTIAL_ENV.apiSecret}
                      Your X app's consumer key and secret (asked for when unset; the secret
                      is typed without echo)
  GITHUB_TOKEN, GH_TOKEN
                      GitHub token allowed to write Actions secrets (classic: 'repo' scope;
                      fine-grained: 'Secrets: Read and write'), e.g. for one command:
                      GITHUB_TOKEN=$(gh auth token). Without a token or repository
                      the credentials are printed once, with the 'gh secret set' commands.
  ${GITHUB_API_ENV}      GitHub API (default ${DEFAULT_GITHUB_API_URL}; for GitHub Enterprise Server
                      https://HOST/api/v3)
  ${API_BASE_ENV}
                      X API (default ${DEFAULT_API_BASE_URL})
  BROWSER             Command that opens the authorize URL. Without it a browser is opened
                      only when stdin is a terminal.

Nothing is written to disk. Exit status: 0 done, 1 failed, 2 bad arguments, 130 cancelled.`;

export interface AuthorizeOptions {
  help: boolean;
  repo: string | undefined;
  environment: string | undefined;
  callback: URL | undefined;
  timeoutMs: number;
  openBrowser: boolean;
  xBaseUrl: string;
  /** Set only when GITHUB_API_URL is; otherwise api.github.com, and never guessed from a remote's host. */
  githubApiUrl: string | undefined;
  github: { token: string; name: "GITHUB_TOKEN" | "GH_TOKEN" } | undefined;
  consumer: { apiKey: string | undefined; apiSecret: string | undefined };
}

const DEFAULT_TIMEOUT_S = 300;
const MAX_TIMEOUT_S = 3600;

export function usageError(message: string): ReleaseTweetError {
  return new ReleaseTweetError("EUSAGE", message, "Run 'release-tweet authorize --help' for the options.", {
    docs: "authorize",
  });
}

export function readAuthorizeOptions(argv: string[], env: NodeJS.ProcessEnv): AuthorizeOptions {
  let values: ReturnType<typeof parse>["values"];
  try {
    ({ values } = parse(argv));
  } catch (error) {
    throw usageError(argumentProblem(error));
  }
  // Help must work even when the environment holds a bad value.
  if (values.help) return { ...defaults({}), help: true };
  if (values.repo !== undefined) assertRepo(values.repo);
  if (values.env !== undefined && !/^[^/\s][^/]{0,254}$/.test(values.env)) {
    throw usageError(`Invalid environment name '${values.env}'.`);
  }
  if (values.timeout !== undefined && values.callback === undefined) {
    throw usageError("--timeout only applies to callback mode; add --callback URL.");
  }
  const callback = values.callback === undefined ? undefined : parseCallbackUrl(values.callback);
  let timeoutMs = DEFAULT_TIMEOUT_S * 1000;
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!/^\d+$/.test(values.timeout) || seconds < 1 || seconds > MAX_TIMEOUT_S) {
      throw usageError(`--timeout must be a whole number of seconds from 1 to ${MAX_TIMEOUT_S}, not '${values.timeout}'.`);
    }
    timeoutMs = seconds * 1000;
  }
  return {
    ...defaults(env),
    repo: values.repo,
    environment: values.env,
    callback,
    timeoutMs,
    openBrowser: !values["no-browser"],
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      repo: { type: "string" },
      env: { type: "string" },
      callback: { type: "string" },
      timeout: { type: "string" },
      "no-browser": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

function defaults(env: NodeJS.ProcessEnv): AuthorizeOptions {
  const nonEmpty = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const githubToken = nonEmpty("GITHUB_TOKEN");
  const ghToken = nonEmpty("GH_TOKEN");
  const githubApi = nonEmpty(GITHUB_API_ENV);
  return {
    help: false,
    repo: undefined,
    environment: undefined,
    callback: undefined,
    timeoutMs: DEFAULT_TIMEOUT_S * 1000,
    openBrowser: true,
    xBaseUrl: xApiUrl(nonEmpty(API_BASE_ENV) ?? DEFAULT_API_BASE_URL),
    githubApiUrl: githubApi === undefined ? undefined : githubApiUrl(githubApi),
    github: githubToken
      ? { token: githubToken, name: "GITHUB_TOKEN" }
      : ghToken
        ? { token: ghToken, name: "GH_TOKEN" }
        : undefined,
    consumer: { apiKey: nonEmpty(CREDENTIAL_ENV.apiKey), apiSecret: nonEmpty(CREDENTIAL_ENV.apiSecret) },
  };
}

/**
 * The X API base URL by the rule every door shares (https; plain http only to loopback), checked before anything is
 * sent: otherwise the GitHub access check and the key prompts would run first, and the failure come mid-flow.
 */
function xApiUrl(value: string): string {
  const problem = apiBaseUrlProblem(value);
  if (problem !== undefined) {
    throw new ReleaseTweetError("EURL", `${API_BASE_ENV} ${problem}.`, `Fix or unset ${API_BASE_ENV} (default ${DEFAULT_API_BASE_URL}).`, {
      docs: "authorize",
    });
  }
  return value.replace(/\/+$/, "");
}

/**
 * GITHUB_API_URL by the same rule as the X base URL: the GitHub token goes in every request, so https only, plain
 * http only to loopback (tests), no credentials, query or fragment.
 */
function githubApiUrl(value: string): string {
  const problem = apiBaseUrlProblem(value);
  if (problem !== undefined) {
    throw new ReleaseTweetError(
      "EURL",
      `${GITHUB_API_ENV} ${problem}.`,
      `Fix or unset ${GITHUB_API_ENV} (default ${DEFAULT_GITHUB_API_URL}; on GitHub Enterprise Server https://HOST/api/v3).`,
      { docs: "authorize" },
    );
  }
  return value.replace(/\/+$/, "");
}
