// Judges resolved settings: every problem with options and credentials, all at once, before anything is sent.
import { compose } from "../notes/compose.js";
import { ReleaseTweetError } from "../core/errors.js";
import { apiBaseUrlProblem, credentialProblem, maxLengthProblem, maxPostsProblem } from "../core/setting-rules.js";
import { API_BASE_ENV, CREDENTIAL_ENV } from "../core/types.js";
import type { ComposeOptions, XCredentials } from "../core/types.js";
import type { Env } from "./context.js";
import { describeValue, invalidCredential, invalidOption, missingCredential, PLUGIN_DOCS, toSemanticReleaseError } from "./errors.js";
import { resolveConfig, secretValues } from "./resolve-config.js";
import type { PluginOptions, ResolvedConfig } from "./resolve-config.js";
import { checkTemplateOption } from "./template-option.js";
import { checkNetworkConfig, networksAsked, PROBE_RELEASE, type NetworkSettings } from "./network-config.js";
import { anyGiven, noNetworkError, BLUESKY_ENV, MASTODON_ENV } from "../announce/settings.js";

export interface Settings extends NetworkSettings {
  /** Undefined when X is not configured (none of its four variables is set). */
  credentials: XCredentials | undefined;
  compose: Omit<ComposeOptions, "settingNames">;
  /** No trailing slash. */
  apiBaseUrl: string;
  prerelease: boolean;
  verifyCredentials: boolean;
  /** The image's path and alt text as given; the file itself is checked by src/x/image.ts. */
  image: { path: string | undefined; alt: string | undefined };
}

export type CheckResult = { ok: true; settings: Settings } | { ok: false; problems: ReleaseTweetError[] };

export function checkConfig(config: ResolvedConfig): CheckResult {
  const problems: ReleaseTweetError[] = [];

  // X's four variables are needed once any of them is set, or when no other network has a credential either.
  const xConfigured = anyGiven(Object.values(config.credentials));
  const asked = networksAsked(config);
  if (!xConfigured && !asked.bluesky && !asked.mastodon) problems.push(noNetwork());
  const credentials: Partial<XCredentials> = {};
  for (const key of xConfigured ? (Object.keys(CREDENTIAL_ENV) as (keyof XCredentials)[]) : []) {
    const value = config.credentials[key];
    const problem = value === undefined ? undefined : credentialProblem(value);
    if (value === undefined) problems.push(missingCredential(key));
    else if (problem !== undefined) problems.push(invalidCredential(key, problem));
    else credentials[key] = value;
  }

  const template = checkTemplateOption("template", config.template, problems, "the default");
  const thread = checkBoolean("thread", config.thread, problems);
  const numbering = checkBoolean("numbering", config.numbering, problems);
  const maxLength = checkMaxLength(config.maxLength, problems);
  const maxPosts = checkMaxPosts(config.maxPosts, problems);
  const apiBaseUrl = checkApiBaseUrl(config, problems);
  const prerelease = checkBoolean("prerelease", config.prerelease, problems);
  const verifyCredentials = checkBoolean("verifyCredentials", config.verifyCredentials, problems);
  const image = checkText("image", config.image, problems);
  const imageAlt = checkText("imageAlt", config.imageAlt, problems);

  if (xConfigured && template !== null && thread !== undefined && maxLength !== undefined) {
    checkComposable({ template, thread, maxLength }, problems);
  }
  const networks = checkNetworkConfig(config, template ?? undefined, problems);

  if (
    problems.length > 0 ||
    template === null ||
    thread === undefined ||
    numbering === undefined ||
    maxLength === undefined ||
    maxPosts === undefined ||
    apiBaseUrl === undefined ||
    prerelease === undefined ||
    verifyCredentials === undefined
  ) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    settings: {
      ...networks,
      credentials: xConfigured ? (credentials as XCredentials) : undefined,
      compose: { template, thread, maxLength, maxPosts, numbering },
      apiBaseUrl,
      prerelease,
      verifyCredentials,
      image: { path: image, alt: imageAlt },
    },
  };
}

/** A text option (the image's path, its alt text): a string or unset. */
function checkText(option: "image" | "imageAlt", value: unknown, problems: ReleaseTweetError[]): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  const what = option === "image" ? "the path of an image file, relative to the project's root" : "the image's alt text";
  problems.push(invalidOption(option, `must be text; got ${describeValue(value)}.`, `Set "${option}" to ${what}, in quotes.`));
  return undefined;
}

/** ENONETWORK in the plugin's words: the environment variables that turn each network on. */
function noNetwork(): ReleaseTweetError {
  return noNetworkError(
    {
      x: Object.values(CREDENTIAL_ENV).join(", "),
      bluesky: `${BLUESKY_ENV.identifier} and ${BLUESKY_ENV.appPassword}`,
      mastodon: `${MASTODON_ENV.url} and ${MASTODON_ENV.accessToken}`,
    },
    PLUGIN_DOCS,
  );
}

/** Resolves and checks; throws one AggregateError of SemanticReleaseErrors listing every problem. */
export function loadSettings(options: Readonly<PluginOptions>, env: Env): Settings {
  const result = checkConfig(resolveConfig(options, env));
  if (result.ok) return result.settings;
  const secrets = secretValues(env);
  throw new AggregateError(
    result.problems.map((problem) => toSemanticReleaseError(problem, secrets)),
    `release-tweet: ${result.problems.length} configuration problem(s)`,
  );
}

function checkComposable(options: Omit<ComposeOptions, "settingNames">, problems: ReleaseTweetError[]): void {
  try {
    compose(PROBE_RELEASE, options);
  } catch (error) {
    if (!(error instanceof ReleaseTweetError)) throw error;
    problems.push(
      invalidOption(
        "template",
        `cannot produce a post within maxLength ${options.maxLength}: ${error.message}`,
        'Shorten the fixed text of "template", raise "maxLength", or set "thread": true.',
      ),
    );
  }
}

function checkMaxPosts(value: unknown, problems: ReleaseTweetError[]): number | undefined {
  const problem = maxPostsProblem(value);
  if (problem === undefined && typeof value === "number") return value;
  problems.push(
    invalidOption("maxPosts", `${problem}; got ${describeValue(value)}.`, 'Set "maxPosts" to 5 (the default) or any number up to 25; a longer thread ends with a pointer to the full release notes.'),
  );
  return undefined;
}

function checkBoolean(option: "thread" | "numbering" | "prerelease" | "verifyCredentials", value: unknown, problems: ReleaseTweetError[]) {
  if (typeof value === "boolean") return value;
  problems.push(invalidOption(option, `must be true or false; got ${describeValue(value)}.`, `Set "${option}" to true or false (without quotes).`));
  return undefined;
}

function checkMaxLength(value: unknown, problems: ReleaseTweetError[]): number | undefined {
  const problem = maxLengthProblem(value);
  if (problem === undefined && typeof value === "number") return value;
  problems.push(
    invalidOption("maxLength", `${problem}; got ${describeValue(value)}.`, 'Set "maxLength" to 280, or up to 25000 for X Premium accounts.'),
  );
  return undefined;
}

function checkApiBaseUrl(config: ResolvedConfig, problems: ReleaseTweetError[]): string | undefined {
  const value = config.apiBaseUrl;
  const subject =
    config.apiBaseUrlSource === "env" ? `The environment variable ${API_BASE_ENV}` : 'The release-tweet option "apiBaseUrl"';
  const fix = `Remove it to use https://api.x.com, or set an https URL without user, password, query or fragment.`;
  const problem = typeof value === "string" && value.trim() !== "" ? apiBaseUrlProblem(value) : "must be a URL";
  if (problem !== undefined || typeof value !== "string") {
    problems.push(invalidOption("apiBaseUrl", `${problem}.`, fix, subject));
    return undefined;
  }
  const url = new URL(value.trim());
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
