// The only reader of `release-tweet authorize` arguments and environment: returns typed settings or one precise error.
import { parseArgs } from "node:util";
import { ReleaseTweetError } from "../core/errors.js";
import { assertRepo } from "../github/secrets.js";
import { apiBaseUrlProblem } from "../core/setting-rules.js";
import { API_BASE_ENV, CREDENTIAL_ENV, DEFAULT_API_BASE_URL, DEFAULT_GITHUB_API_URL, GITHUB_API_ENV } from "../core/types.js";
import { BLUESKY_ENV, DEFAULT_BLUESKY_SERVICE, MASTODON_ENV, NETWORKS, type Network } from "../announce/settings.js";
import { parseCallbackUrl } from "./callback-server.js";
import { argumentProblem } from "./usage.js";

export const AUTHORIZE_HELP = `Usage: release-tweet authorize [options]

Signs your X account in to your X app once (three-legged OAuth 1.0a) and stores the four
credentials as encrypted GitHub Actions secrets: ${Object.values(CREDENTIAL_ENV).join(", ")}.
With --network bluesky: asks for the account and an app password, checks them by signing in,
and stores ${BLUESKY_ENV.identifier} and ${BLUESKY_ENV.appPassword} (and ${BLUESKY_ENV.service} when set).
With --network mastodon --instance URL: registers an app on the instance, has you authorize it
(OAuth 2.0: paste the code it shows, or --callback), checks the token, and stores
${MASTODON_ENV.url} and ${MASTODON_ENV.accessToken}.

Options:
  --network NAME      x (default), bluesky or mastodon
  --instance URL      The Mastodon instance, e.g. https://mastodon.social (default: ${MASTODON_ENV.url})
  --repo OWNER/NAME   Repository to store the secrets in (default: the 'origin' remote of the
                      current directory; one on a host other than github.com needs
                      ${GITHUB_API_ENV})
  --env NAME          Store them as secrets of this deployment environment instead
  --callback URL      Use callback mode with this exact URL registered in your X app,
                      e.g. http://127.0.0.1:8976/callback (default: PIN mode); for Mastodon
                      any such URL (the app is registered with it), instead of pasting a code
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
  ${BLUESKY_ENV.identifier}, ${BLUESKY_ENV.appPassword}
                      Bluesky's handle (or DID) and app password (asked for when unset; the
                      password is typed without echo)
  ${BLUESKY_ENV.service}     The account's Bluesky server (default ${DEFAULT_BLUESKY_SERVICE})
  ${MASTODON_ENV.url}        The Mastodon instance when --instance is not given
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY
                      A proxy for every request (X, GitHub, Bluesky, Mastodon), and the
                      hosts reached without it
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
  /** Which network's credentials to get: X unless --network says otherwise. */
  network: Network;
  /** Mastodon: the instance's origin (--instance, else MASTODON_URL). */
  instance: string | undefined;
  bluesky: { identifier: string | undefined; appPassword: string | undefined; service: string };
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
  const network = values.network ?? "x";
  if (!(NETWORKS as readonly string[]).includes(network)) {
    throw usageError(`--network must be one of ${NETWORKS.join(", ")}, not '${network}'.`);
  }
  if (values.instance !== undefined && network !== "mastodon") throw usageError("--instance only applies to --network mastodon.");
  if (values.callback !== undefined && network === "bluesky") {
    throw usageError("--callback does not apply to Bluesky: it signs in with an app password, with no page to authorize.");
  }
  const base = defaults(env);
  const instance = network === "mastodon" ? mastodonInstance(values.instance ?? base.instance) : undefined;
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
    ...base,
    network: network as Network,
    instance,
    bluesky: network === "bluesky" ? { ...base.bluesky, service: serviceUrl(base.bluesky.service) } : base.bluesky,
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
      network: { type: "string" },
      instance: { type: "string" },
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
    network: "x",
    instance: nonEmpty(MASTODON_ENV.url),
    bluesky: {
      identifier: nonEmpty(BLUESKY_ENV.identifier),
      appPassword: nonEmpty(BLUESKY_ENV.appPassword),
      service: nonEmpty(BLUESKY_ENV.service) ?? DEFAULT_BLUESKY_SERVICE,
    },
  };
}

/** The Mastodon instance by the rule of every URL here (https; http only to loopback), as its origin. */
function mastodonInstance(value: string | undefined): string {
  if (value === undefined) {
    throw usageError(`--network mastodon needs the instance: pass --instance URL (e.g. https://mastodon.social) or set ${MASTODON_ENV.url}.`);
  }
  const problem = apiBaseUrlProblem(value);
  if (problem !== undefined) {
    throw new ReleaseTweetError("EMASTODONURL", `The Mastodon instance URL ${problem}.`, "Pass --instance with the instance's address, e.g. https://mastodon.social.", {
      docs: "authorize",
    });
  }
  return new URL(value.trim()).origin;
}

/** BLUESKY_SERVICE by the same rule, checked before anything is asked or sent. */
function serviceUrl(value: string): string {
  const problem = apiBaseUrlProblem(value);
  if (problem !== undefined) {
    throw new ReleaseTweetError("EINVALIDBLUESKYSERVICE", `${BLUESKY_ENV.service} ${problem}.`, `Fix or unset ${BLUESKY_ENV.service} (default ${DEFAULT_BLUESKY_SERVICE}).`, {
      docs: "authorize",
    });
  }
  return value.replace(/\/+$/, "");
}

/**
 * The X API base URL by the rule every door shares (https; plain http only to loopback), checked before anything is
 * sent: otherwise the GitHub access check and the key prompts would run first, and the failure come mid-flow.
 */
function xApiUrl(value: string): string {
  const problem = apiBaseUrlProblem(value);
  if (problem !== undefined) {
    throw new ReleaseTweetError("EINVALIDAPIBASEURL", `${API_BASE_ENV} ${problem}.`, `Fix or unset ${API_BASE_ENV} (default ${DEFAULT_API_BASE_URL}).`, {
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
