// `release-tweet authorize`: gets a network's credentials once (X: the three-legged OAuth flow; Bluesky and Mastodon in
// authorize-bluesky.ts and authorize-mastodon.ts), then stores them as encrypted GitHub secrets, or prints them.
import type { Dispatcher } from "undici";
import { ReleaseTweetError, describeError } from "../core/errors.js";
import { createDispatcher } from "../core/proxy-agent.js";
import { createGitHubClient, type GitHubClient } from "../github/client.js";
import {
  SecretsPartialError,
  assertRepo,
  checkRepoAccess,
  describeScope,
  fetchPublicKey,
  saveSecrets,
  type PublicKey,
  type SecretToSave,
  type SecretsTarget,
} from "../github/secrets.js";
import { quoteOutside } from "../core/outside-text.js";
import { redact } from "../core/redact.js";
import { CREDENTIAL_ENV, DEFAULT_GITHUB_API_URL, GITHUB_API_ENV, type XCredentials } from "../core/types.js";
import { xHandle } from "../x/handle.js";
import { accessToken, authorizeUrl, requestToken, type ConsumerCredentials } from "../x/oauth-flow.js";
import { authorizeBluesky } from "./authorize-bluesky.js";
import { maybeOpenBrowser, waitForRedirect, type AuthorizeContext, type AuthorizeDeps, type Authorized } from "./authorize-flow.js";
import { authorizeMastodon, MASTODON_PROVIDER } from "./authorize-mastodon.js";
import { AUTHORIZE_HELP, readAuthorizeOptions, type AuthorizeOptions } from "./authorize-options.js";
import { oauth2Callback, startCallbackServer, X_CALLBACK, type CallbackServer } from "./callback-server.js";
import { readOriginRemote } from "./git-remote.js";
import type { CliIo } from "./io.js";
import { createPrompter, type Prompter } from "./prompt.js";
import { sentence, USAGE_STATUS } from "./usage.js";

export type { AuthorizeDeps } from "./authorize-flow.js";

/** Where the credentials go: GitHub secrets (with the public key already fetched), or the terminal. */
type Destination =
  | { kind: "github"; github: GitHubClient; target: SecretsTarget; publicKey: PublicKey }
  | { kind: "print"; repo: string | undefined; environment: string | undefined };

const PIN_PATTERN = /^\d{4,10}$/;
/** Errors in the command line itself (and its URL settings, as the README says) exit 2, like other CLIs; else 1. */
// The codes of settings refused before anything is asked or sent: the same codes the other doors give them.
const USAGE_CODES = new Set(["EUSAGE", "EREPO", "ECALLBACKURL", "EURL", "EINVALIDAPIBASEURL", "EINVALIDBLUESKYSERVICE", "EMASTODONURL"]);
const X_PROVIDER = { name: "X", refusedCode: "EXBADPIN" };
/** Remote hosts whose API is api.github.com; any other host's API is unknown until GITHUB_API_URL says. */
const GITHUB_COM_HOSTS = new Set(["github.com", "www.github.com", "ssh.github.com"]);

export async function runAuthorize(argv: string[], io: CliIo, deps: AuthorizeDeps = {}): Promise<number> {
  // Every credential seen so far: the last line of defence redacts them from any error line.
  const known: string[] = [];
  let prompter: Prompter | undefined;
  let server: CallbackServer | undefined;
  try {
    const options = readAuthorizeOptions(argv, io.env);
    if (options.help) {
      io.out(AUTHORIZE_HELP);
      return 0;
    }
    if (options.github) known.push(options.github.token);
    const dispatcher = deps.dispatcher ?? proxyDispatcher(io);

    // Everything that can fail without the user's help is checked before they authorize anything.
    const destination = await chooseDestination(options, io, dispatcher, deps.readOrigin);
    if (options.callback) {
      server = await startCallbackServer(options.callback, options.network === "mastodon" ? oauth2Callback(MASTODON_PROVIDER.name) : X_CALLBACK);
    }

    prompter = createPrompter(io);
    const context: AuthorizeContext = { options, io, deps, dispatcher, prompter, known, server };
    const { secrets, account } =
      options.network === "bluesky"
        ? await authorizeBluesky(context)
        : options.network === "mastodon"
          ? await authorizeMastodon(context)
          : await authorizeX(context);
    if (destination.kind === "github") await store(destination, secrets, account, io, deps);
    else printCredentials(destination, secrets, account, io);
    return 0;
  } catch (error) {
    io.err(redact(`release-tweet authorize: ${sentence(describeError(error))}`, known));
    if (error instanceof ReleaseTweetError && USAGE_CODES.has(error.code)) return USAGE_STATUS;
    if (error instanceof ReleaseTweetError && error.code === "ECANCELLED") return 130;
    return 1;
  } finally {
    prompter?.close();
    await server?.close();
  }
}

/** X's three-legged OAuth 1.0a flow: the app's keys, the user's authorization (PIN or callback), the user's tokens. */
async function authorizeX(context: AuthorizeContext): Promise<Authorized> {
  const { options, io, dispatcher, prompter, known, server } = context;
  const consumer = await readConsumer(options, prompter);
  known.push(consumer.apiKey, consumer.apiSecret);

  const flow = { baseUrl: options.xBaseUrl, dispatcher };
  const request = await requestToken(consumer, options.callback?.href ?? "oob", flow);
  known.push(request.token, request.tokenSecret);

  const url = authorizeUrl(options.xBaseUrl, request.token);
  io.out("Open this page, sign in as the account that should post, and click 'Authorize app':");
  io.out(`  ${url}`);
  await maybeOpenBrowser(url, context);

  let user: Awaited<ReturnType<typeof accessToken>>;
  if (server) {
    user = await waitForRedirect(server, (verifier) => accessToken(consumer, { ...request, verifier }, flow), request.token, context, X_PROVIDER);
  } else {
    const verifier = await readPin(prompter);
    known.push(verifier);
    user = await accessToken(consumer, { ...request, verifier }, flow);
  }
  known.push(user.accessToken, user.accessTokenSecret);
  const account = accountName(user.screenName);
  io.out(`Authorized as ${account}.`);
  const credentials: XCredentials = { ...consumer, accessToken: user.accessToken, accessTokenSecret: user.accessTokenSecret };
  return { secrets: secretList(credentials), account };
}

/** The dispatcher for every network and GitHub alike, through HTTPS_PROXY/HTTP_PROXY unless NO_PROXY says otherwise. */
function proxyDispatcher(io: CliIo): Dispatcher {
  const { dispatcher, warning } = createDispatcher(io.env);
  if (warning) io.err(`Warning: ${warning}`);
  return dispatcher;
}

async function chooseDestination(
  options: AuthorizeOptions,
  io: CliIo,
  dispatcher: Dispatcher,
  readOrigin: AuthorizeDeps["readOrigin"],
): Promise<Destination> {
  let repo = options.repo;
  const apiUrl = options.githubApiUrl ?? DEFAULT_GITHUB_API_URL;
  if (repo === undefined) {
    const origin = await (readOrigin ?? readOriginRemote)(io.cwd);
    // The same rule as --repo: a remote whose path is no GitHub owner/name is no GitHub origin remote.
    if (origin && !isRepo(origin.repo)) {
      io.out("The origin remote does not name a GitHub repository (owner/name); not using it.");
    } else if (origin) {
      repo = origin.repo;
      const onGitHubCom = GITHUB_COM_HOSTS.has(origin.host);
      // Never guess an API from the host (https://HOST/api/v3): an SSH alias or another forge would get the token.
      if (!onGitHubCom && options.githubApiUrl === undefined && options.github !== undefined) {
        throw unknownHostError(origin.host, options.github.name);
      }
      const api = onGitHubCom
        ? ""
        : options.githubApiUrl === undefined
          ? `; on ${quoteOutside(origin.host, [], { maxLength: 100 })}, not github.com`
          : `; GitHub API ${apiUrl} from ${GITHUB_API_ENV}`;
      io.out(`Repository: ${repo} (from the origin remote${api})`);
    }
  }
  if (repo === undefined || options.github === undefined) {
    const missing =
      repo === undefined && options.github === undefined
        ? "no repository (--repo, or a GitHub origin remote) and no token in GITHUB_TOKEN or GH_TOKEN"
        : repo === undefined
          ? "no repository (pass --repo OWNER/NAME or run inside a clone with a GitHub origin remote)"
          : "no token in GITHUB_TOKEN or GH_TOKEN";
    io.out(`Not saving to GitHub: ${missing}. The credentials will be printed once at the end.`);
    return { kind: "print", repo, environment: options.environment };
  }
  const target: SecretsTarget = { repo, environment: options.environment, tokenName: options.github.name };
  const github = createGitHubClient({ apiUrl, token: options.github.token, dispatcher });
  await checkRepoAccess(github, target);
  const publicKey = await fetchPublicKey(github, target);
  // Honest about what was checked: a fine-grained token's Secrets permission shows only when a secret is written.
  io.out(
    `GitHub access checked: ${options.github.name} can reach ${repo} and read the secrets key of ${describeScope(target)}; writing is checked on the first secret.`,
  );
  return { kind: "github", github, target, publicKey };
}

function isRepo(repo: string): boolean {
  try {
    assertRepo(repo);
    return true;
  } catch {
    return false;
  }
}

/** "@handle" when X's answer holds a valid handle; else words that promise nothing about the name. */
function accountName(screenName: string): string {
  return xHandle(screenName) ?? "the X account you signed in with";
}

function unknownHostError(remoteHost: string, tokenName: string): ReleaseTweetError {
  // The host is whatever the git config says: quoted like any text from outside.
  const host = quoteOutside(remoteHost, [], { maxLength: 100 });
  return new ReleaseTweetError(
    "EGITHUBHOST",
    `The origin remote is on ${host}, not github.com, and ${GITHUB_API_ENV} is not set, so ${tokenName} was sent nowhere.`,
    `For GitHub Enterprise Server set ${GITHUB_API_ENV} to its API (e.g. https://${host}/api/v3); for a repository on github.com (an SSH host alias, a mirror) pass --repo OWNER/NAME.`,
    { docs: "authorize" },
  );
}

async function readConsumer(options: AuthorizeOptions, prompter: Prompter): Promise<ConsumerCredentials> {
  const apiKey =
    options.consumer.apiKey ?? (await prompter.ask(`Your X app's API Key (${CREDENTIAL_ENV.apiKey}):`)).trim();
  const apiSecret =
    options.consumer.apiSecret ??
    (await prompter.ask(`Your X app's API Key Secret (${CREDENTIAL_ENV.apiSecret}, not shown):`, { hidden: true })).trim();
  if (!apiKey || !apiSecret) {
    throw new ReleaseTweetError(
      "ENOCONSUMER",
      "The X app's API Key and API Key Secret are both needed.",
      `Copy them from your app's 'Keys and tokens' page in the X developer portal, or set ${CREDENTIAL_ENV.apiKey} and ${CREDENTIAL_ENV.apiSecret}.`,
      { docs: "authorize" },
    );
  }
  return { apiKey, apiSecret };
}

async function readPin(prompter: Prompter): Promise<string> {
  const pin = (await prompter.ask("Enter the PIN that X shows after you authorize:")).replace(/\s+/g, "");
  if (!PIN_PATTERN.test(pin)) {
    throw new ReleaseTweetError(
      "EPIN",
      "That is not a PIN: X shows a number of about 7 digits after you click 'Authorize app'.",
      "Run release-tweet authorize again and enter the digits shown on the page.",
      { docs: "authorize" },
    );
  }
  return pin;
}

function secretList(credentials: XCredentials): SecretToSave[] {
  return (Object.keys(CREDENTIAL_ENV) as (keyof XCredentials)[]).map((key) => ({
    name: CREDENTIAL_ENV[key],
    value: credentials[key],
  }));
}

async function store(
  destination: Extract<Destination, { kind: "github" }>,
  secrets: readonly SecretToSave[],
  account: string,
  io: CliIo,
  deps: AuthorizeDeps,
): Promise<void> {
  const { github, target, publicKey } = destination;
  io.out(`Saving secrets to ${describeScope(target)}:`);
  try {
    await saveSecrets(github, target, secrets, publicKey, { sleep: deps.sleep }, (saved) => io.out(`  ${saved.name}: ${saved.outcome}`));
  } catch (error) {
    if (error instanceof SecretsPartialError) {
      // The tokens exist nowhere else: show the missing values (never in the error, which may be logged).
      const unsaved = secrets.filter(({ name }) => error.notStored.includes(name));
      io.out("");
      io.out(`Not stored in GitHub: ${error.notStored.join(", ")}. Their values follow, so you need not authorize again.`);
      printSecrets(unsaved, target, account, io);
    }
    throw error;
  }
  io.out(`Done. Workflows of ${target.repo} can now read them as \${{ secrets.${secrets[0]?.name ?? CREDENTIAL_ENV.apiKey} }} and so on.`);
  if (target.environment !== undefined) io.out(environmentNote(target.environment));
}

/** Environment secrets are easy to store and then miss: a job without `environment:` sees none of them. */
function environmentNote(environment: string): string {
  return `These are secrets of the environment '${environment}': they reach only jobs that declare \`environment: ${environment}\`.`;
}

function printCredentials(
  destination: Extract<Destination, { kind: "print" }>,
  secrets: readonly SecretToSave[],
  account: string,
  io: CliIo,
): void {
  io.out("");
  printSecrets(secrets, destination, account, io);
}

/** The values under a warning, then the `gh secret set` commands that store them. The only place values are shown. */
function printSecrets(
  secrets: readonly SecretToSave[],
  place: { repo: string | undefined; environment?: string | undefined },
  account: string,
  io: CliIo,
): void {
  const what = secrets.length === 1 ? "value below is a secret" : `${secrets.length} values below are secrets`;
  io.out(`WARNING: the ${what}. Anyone who has them can post as ${account}.`);
  io.out("Store them now, then clear this terminal's scrollback. Never paste them into issues, chats or logs.");
  io.out("");
  for (const { name, value } of secrets) io.out(`${name}=${value}`);
  io.out("");
  io.out("To store them as GitHub Actions secrets, run each command and paste its value when asked:");
  for (const { name } of secrets) io.out(`  ${ghSecretSetCommand(name, place)}`);
  if (place.environment !== undefined) io.out(environmentNote(place.environment));
}

/** The shell command that stores one secret; every value in it quoted, as it is meant to be pasted into a shell. */
export function ghSecretSetCommand(name: string, place: { repo: string | undefined; environment?: string | undefined }): string {
  // Quoted although the repository was validated: defence in depth for a line the user runs.
  const repoFlag = `--repo ${place.repo === undefined ? "OWNER/NAME" : shellQuote(place.repo)}`;
  const envFlag = place.environment === undefined ? "" : ` --env ${shellQuote(place.environment)}`;
  return `gh secret set ${name} ${repoFlag}${envFlag}`;
}

function shellQuote(value: string): string {
  return /^[A-Za-z0-9._/-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}
