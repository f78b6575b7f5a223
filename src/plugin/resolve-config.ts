// Resolves the plugin's settings: plugin option, then context.env, then default. Pure; verify.ts judges the values.
import { DEFAULT_MAX_POSTS } from "../core/setting-rules.js";
import { API_BASE_ENV, CREDENTIAL_ENV, DEFAULT_API_BASE_URL } from "../core/types.js";
import type { XCredentials } from "../core/types.js";
import type { Env } from "./context.js";
import { NETWORK_SECRET_ENV, resolveNetworkConfig, type NetworkOptions, type ResolvedNetworkConfig } from "./network-config.js";

export const DEFAULT_MAX_LENGTH = 280;

/** The options a user may set under ["release-tweet", { … }]. Values are unchecked input. */
export interface PluginOptions extends NetworkOptions {
  template?: unknown;
  thread?: unknown;
  maxLength?: unknown;
  maxPosts?: unknown;
  numbering?: unknown;
  apiBaseUrl?: unknown;
  prerelease?: unknown;
  verifyCredentials?: unknown;
  /** The first post's image, relative to semantic-release's working directory. */
  image?: unknown;
  imageAlt?: unknown;
}

export type OptionName = keyof PluginOptions;

export interface ResolvedConfig extends ResolvedNetworkConfig {
  /** undefined: the default post (the project's name, the version, the notes, the link). */
  template: unknown;
  thread: unknown;
  maxLength: unknown;
  maxPosts: unknown;
  numbering: unknown;
  apiBaseUrl: unknown;
  /** Where apiBaseUrl came from, so an error names the place the user has to fix. */
  apiBaseUrlSource: "option" | "env" | "default";
  prerelease: unknown;
  verifyCredentials: unknown;
  /** undefined: no image. */
  image: unknown;
  imageAlt: unknown;
  /** Trimmed; undefined when unset or blank (CI systems pass unset secrets as empty strings). */
  credentials: Record<keyof XCredentials, string | undefined>;
}

export function resolveConfig(options: Readonly<PluginOptions>, env: Env): ResolvedConfig {
  const envBaseUrl = present(env[API_BASE_ENV]);
  const [apiBaseUrl, apiBaseUrlSource] = isSet(options.apiBaseUrl)
    ? [options.apiBaseUrl, "option" as const]
    : envBaseUrl !== undefined
      ? [envBaseUrl, "env" as const]
      : [DEFAULT_API_BASE_URL, "default" as const];
  return {
    ...resolveNetworkConfig(options, env),
    template: isSet(options.template) ? options.template : undefined,
    thread: isSet(options.thread) ? options.thread : false,
    maxLength: isSet(options.maxLength) ? options.maxLength : DEFAULT_MAX_LENGTH,
    maxPosts: isSet(options.maxPosts) ? options.maxPosts : DEFAULT_MAX_POSTS,
    numbering: isSet(options.numbering) ? options.numbering : false,
    apiBaseUrl,
    apiBaseUrlSource,
    prerelease: isSet(options.prerelease) ? options.prerelease : false,
    verifyCredentials: isSet(options.verifyCredentials) ? options.verifyCredentials : false,
    image: isSet(options.image) ? options.image : undefined,
    imageAlt: isSet(options.imageAlt) ? options.imageAlt : undefined,
    credentials: {
      apiKey: present(env[CREDENTIAL_ENV.apiKey]),
      apiSecret: present(env[CREDENTIAL_ENV.apiSecret]),
      accessToken: present(env[CREDENTIAL_ENV.accessToken]),
      accessTokenSecret: present(env[CREDENTIAL_ENV.accessTokenSecret]),
    },
  };
}

/** Every credential value as found in env, raw and trimmed: what no output may contain. */
export function secretValues(env: Env): string[] {
  const values: string[] = [];
  for (const name of [...Object.values(CREDENTIAL_ENV), ...NETWORK_SECRET_ENV]) {
    const value = env[name];
    if (value === undefined) continue;
    values.push(value, value.trim());
  }
  return values;
}

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
