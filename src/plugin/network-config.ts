// The plugin's Bluesky and Mastodon settings: resolved from options and context.env (never process.env), then judged
// with every other problem, before any tag is made. resolve-config.ts and validate-config.ts call in here.
import { ReleaseTweetError } from "../core/errors.js";
import { apiBaseUrlProblem, credentialProblem } from "../core/setting-rules.js";
import type { Release } from "../core/types.js";
import { composePosts } from "../notes/compose.js";
import { checkTemplateOption } from "./template-option.js";
import { blueskyRules } from "../notes/networks.js";
import {
  anyGiven,
  BLUESKY_ENV,
  DEFAULT_BLUESKY_SERVICE,
  DEFAULT_MASTODON_VISIBILITY,
  MASTODON_ENV,
  missingNetworkCredential,
  visibilityProblem,
  type BlueskyTarget,
  type MastodonTarget,
  type NetworkCredentialEnv,
} from "../announce/settings.js";
import type { Visibility } from "../mastodon/client.js";
import type { Env } from "./context.js";
import { invalidOption, PLUGIN_DOCS } from "./errors.js";

/** The options of the other networks; values are unchecked input. */
export interface NetworkOptions {
  blueskyService?: unknown;
  blueskyTemplate?: unknown;
  mastodonTemplate?: unknown;
  mastodonVisibility?: unknown;
}

export interface ResolvedNetworkConfig {
  blueskyService: unknown;
  blueskyServiceSource: "option" | "env" | "default";
  blueskyTemplate: unknown;
  mastodonTemplate: unknown;
  mastodonVisibility: unknown;
  /** Trimmed; undefined when unset or blank. */
  bluesky: { identifier: string | undefined; appPassword: string | undefined };
  mastodon: { url: string | undefined; accessToken: string | undefined };
}

export interface NetworkSettings {
  bluesky: BlueskyTarget | undefined;
  mastodon: MastodonTarget | undefined;
  templates: { bluesky?: string; mastodon?: string };
}

/** The env variables that hold a secret, for the plugin's redaction. */
export const NETWORK_SECRET_ENV = [BLUESKY_ENV.appPassword, MASTODON_ENV.accessToken] as const;

const isSet = (value: unknown) => value !== undefined && value !== null;
const present = (value: string | undefined) => value?.trim() || undefined;

export function resolveNetworkConfig(options: Readonly<NetworkOptions>, env: Env): ResolvedNetworkConfig {
  const envService = present(env[BLUESKY_ENV.service]);
  const [blueskyService, blueskyServiceSource] = isSet(options.blueskyService)
    ? [options.blueskyService, "option" as const]
    : envService !== undefined
      ? [envService, "env" as const]
      : [DEFAULT_BLUESKY_SERVICE, "default" as const];
  return {
    blueskyService,
    blueskyServiceSource,
    blueskyTemplate: isSet(options.blueskyTemplate) ? options.blueskyTemplate : undefined,
    mastodonTemplate: isSet(options.mastodonTemplate) ? options.mastodonTemplate : undefined,
    mastodonVisibility: isSet(options.mastodonVisibility) ? options.mastodonVisibility : DEFAULT_MASTODON_VISIBILITY,
    bluesky: { identifier: present(env[BLUESKY_ENV.identifier]), appPassword: present(env[BLUESKY_ENV.appPassword]) },
    mastodon: { url: present(env[MASTODON_ENV.url]), accessToken: present(env[MASTODON_ENV.accessToken]) },
  };
}

/** Bluesky or Mastodon has a credential: then X's are optional. */
export function networksAsked(config: ResolvedNetworkConfig): { bluesky: boolean; mastodon: boolean } {
  return {
    bluesky: anyGiven([config.bluesky.identifier, config.bluesky.appPassword]),
    mastodon: anyGiven([config.mastodon.url, config.mastodon.accessToken]),
  };
}

/** A plausible release, to prove a template can produce a post at all within its network's limit. */
export const PROBE_RELEASE: Release = {
  version: "1.2.3",
  tag: "v1.2.3",
  name: "v1.2.3",
  repo: "project",
  owner: "owner",
  url: "https://github.com/owner/project/releases/tag/v1.2.3",
  notes: "### Bug Fixes\n\n* fix a bug",
};

/** Judges the networks' settings, adding every problem to `problems`; undefined for a network that is off or wrong. */
export function checkNetworkConfig(config: ResolvedNetworkConfig, sharedTemplate: string | undefined, problems: ReleaseTweetError[]): NetworkSettings {
  const asked = networksAsked(config);
  const templates = {
    bluesky: checkTemplateOption("blueskyTemplate", config.blueskyTemplate, problems, '"template"'),
    mastodon: checkTemplateOption("mastodonTemplate", config.mastodonTemplate, problems, '"template"'),
  };
  const bluesky = asked.bluesky ? checkBluesky(config, problems) : undefined;
  const mastodon = asked.mastodon ? checkMastodon(config, problems) : undefined;
  // Mastodon's limit is the instance's, known only when posting (it may well be above the default 500): not checked.
  if (bluesky && templates.bluesky !== null) checkComposable(templates.bluesky === undefined ? "template" : "blueskyTemplate", templates.bluesky ?? sharedTemplate, problems);
  return {
    bluesky,
    mastodon,
    templates: {
      ...(typeof templates.bluesky === "string" ? { bluesky: templates.bluesky } : {}),
      ...(typeof templates.mastodon === "string" ? { mastodon: templates.mastodon } : {}),
    },
  };
}

function missing(name: NetworkCredentialEnv, other: string): ReleaseTweetError {
  return missingNetworkCredential(name, `The environment variable ${name} is not set (or is blank), but ${other} is.`, PLUGIN_DOCS);
}

function credential(name: string, value: string | undefined, code: string, problems: ReleaseTweetError[]): string | undefined {
  if (value === undefined) return undefined;
  const problem = credentialProblem(value);
  if (problem === undefined) return value;
  problems.push(new ReleaseTweetError(code, `The environment variable ${name} ${problem}.`, `Copy the value of ${name} again, whole and nothing else.`, { docs: PLUGIN_DOCS }));
  return undefined;
}

function checkBluesky(config: ResolvedNetworkConfig, problems: ReleaseTweetError[]): BlueskyTarget | undefined {
  const before = problems.length;
  if (config.bluesky.identifier === undefined) problems.push(missing(BLUESKY_ENV.identifier, BLUESKY_ENV.appPassword));
  if (config.bluesky.appPassword === undefined) problems.push(missing(BLUESKY_ENV.appPassword, BLUESKY_ENV.identifier));
  const identifier = credential(BLUESKY_ENV.identifier, config.bluesky.identifier, "EBLUESKYCREDENTIALS", problems);
  const appPassword = credential(BLUESKY_ENV.appPassword, config.bluesky.appPassword, "EBLUESKYCREDENTIALS", problems);
  const value = config.blueskyService;
  const problem = typeof value === "string" && value.trim() !== "" ? apiBaseUrlProblem(value) : "must be a URL";
  if (problem !== undefined || typeof value !== "string") {
    const subject = config.blueskyServiceSource === "env" ? `The environment variable ${BLUESKY_ENV.service}` : 'The release-tweet option "blueskyService"';
    problems.push(invalidOption("blueskyService", `${problem}.`, `Remove it to use ${DEFAULT_BLUESKY_SERVICE}, or set your PDS's https URL.`, subject));
  }
  if (problems.length > before || identifier === undefined || appPassword === undefined || typeof value !== "string") return undefined;
  return { identifier, appPassword, service: value.trim().replace(/\/+$/, "") };
}

function checkMastodon(config: ResolvedNetworkConfig, problems: ReleaseTweetError[]): MastodonTarget | undefined {
  const before = problems.length;
  const { url, accessToken } = config.mastodon;
  if (url === undefined) problems.push(missing(MASTODON_ENV.url, MASTODON_ENV.accessToken));
  if (accessToken === undefined) problems.push(missing(MASTODON_ENV.accessToken, MASTODON_ENV.url));
  const urlProblem = url === undefined ? undefined : apiBaseUrlProblem(url);
  if (urlProblem !== undefined) {
    problems.push(
      new ReleaseTweetError("EMASTODONURL", `The environment variable ${MASTODON_ENV.url} ${urlProblem}.`, "Set it to the instance's address, e.g. https://mastodon.social.", {
        docs: PLUGIN_DOCS,
      }),
    );
  }
  const token = credential(MASTODON_ENV.accessToken, accessToken, "EMASTODONCREDENTIALS", problems);
  const visibility = config.mastodonVisibility;
  const visibilityIssue = visibilityProblem(visibility);
  if (visibilityIssue !== undefined) {
    problems.push(
      invalidOption(
        "mastodonVisibility",
        `${visibilityIssue}; got ${typeof visibility === "string" ? JSON.stringify(visibility) : typeof visibility}.`,
        'Remove it to post publicly, or set one of the four; "unlisted" keeps the posts off the public timelines.',
      ),
    );
  }
  if (problems.length > before || url === undefined || token === undefined) return undefined;
  return { url: url.replace(/\/+$/, ""), accessToken: token, visibility: visibility as Visibility };
}

function checkComposable(option: "template" | "blueskyTemplate", template: string | undefined, problems: ReleaseTweetError[]): void {
  try {
    composePosts(PROBE_RELEASE, { template }, blueskyRules());
  } catch (error) {
    if (!(error instanceof ReleaseTweetError)) throw error;
    problems.push(
      invalidOption(
        option,
        `cannot produce a Bluesky post (300 characters): ${error.message}`,
        option === "template" ? 'Shorten the fixed text of "template", or give Bluesky a shorter one with "blueskyTemplate".' : 'Shorten the fixed text of "blueskyTemplate".',
      ),
    );
  }
}
