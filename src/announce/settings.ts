// Which networks a run announces on, and the rules every door applies to their settings: a network is on when any of
// its credentials is given (then all of them are needed), X's become optional once another network is on, and a run
// with none at all fails with one error that lists what to set. Pure; each door words the messages in its own names.
import { ReleaseTweetError } from "../core/errors.js";
import type { ComposeOptions, XCredentials } from "../core/types.js";
import { BLUESKY_ENV, BLUESKY_INPUT, DEFAULT_BLUESKY_SERVICE } from "../bluesky/errors.js";
import { MASTODON_ENV, MASTODON_INPUT } from "../mastodon/errors.js";
import type { Visibility } from "../mastodon/client.js";
import { NETWORK_NAME, type NetworkId } from "../notes/networks.js";
import type { ImageFile } from "../x/image.js";

export { BLUESKY_ENV, BLUESKY_INPUT, DEFAULT_BLUESKY_SERVICE, MASTODON_ENV, MASTODON_INPUT };

export type Network = NetworkId;

/** The order networks are posted to: X first, so that X keeps every guarantee it had as the only network. */
export const NETWORKS: readonly Network[] = ["x", "bluesky", "mastodon"];

export { NETWORK_NAME };

/** Mastodon's visibilities (the same list as src/mastodon/client.ts, which a door must not load to check a setting). */
export const MASTODON_VISIBILITIES = ["public", "unlisted", "private", "direct"] as const satisfies readonly Visibility[];
export const DEFAULT_MASTODON_VISIBILITY: Visibility = "public";

export interface XTarget {
  credentials: XCredentials;
  /** No trailing slash. */
  apiBaseUrl: string;
}

export interface BlueskyTarget {
  /** A handle or a DID. */
  identifier: string;
  appPassword: string;
  /** The account's PDS or entryway; DEFAULT_BLUESKY_SERVICE unless set. */
  service: string;
}

export interface MastodonTarget {
  /** The instance, e.g. https://mastodon.social. */
  url: string;
  accessToken: string;
  visibility: Visibility;
}

/** An image as a network takes it: its bytes and media type. */
export interface ImageData {
  data: Uint8Array;
  mimeType: string;
}

/** What a run announces, where: a door resolves it from its own world (inputs, options and env, argv). */
export interface AnnounceSettings {
  /** Undefined: X is not configured. */
  x?: XTarget;
  bluesky?: BlueskyTarget;
  mastodon?: MastodonTarget;
  /** The composer's options for every network; `template` is X's and every other network's fallback. */
  compose: ComposeOptions;
  /** A network's own template; undefined: `compose.template`. */
  templates: { bluesky?: string; mastodon?: string };
  /**
   * The image for the first post (the `image` input, option or flag), checked by the door before any request: X
   * attaches it; Bluesky shows it as the thumbnail of the release page's link card when it is small enough.
   */
  image?: ImageFile;
}

/** The networks the settings turn on, in posting order. */
export function configuredNetworks(settings: Pick<AnnounceSettings, Network>): Network[] {
  return NETWORKS.filter((network) => settings[network] !== undefined);
}

/** A network is asked for when any of its credentials holds more than whitespace. */
export function anyGiven(values: ReadonlyArray<string | undefined>): boolean {
  return values.some((value) => value !== undefined && value.trim() !== "");
}

/**
 * The code of a Bluesky or Mastodon credential that is missing while the others of its network are given. Written out
 * (not built from the names), so that the error catalogue's check finds each one.
 */
export const MISSING_CREDENTIAL_CODE = {
  [BLUESKY_ENV.identifier]: "ENOBLUESKYIDENTIFIER",
  [BLUESKY_ENV.appPassword]: "ENOBLUESKYAPPPASSWORD",
  [MASTODON_ENV.url]: "ENOMASTODONURL",
  [MASTODON_ENV.accessToken]: "ENOMASTODONACCESSTOKEN",
} as const;

export type NetworkCredentialEnv = keyof typeof MISSING_CREDENTIAL_CODE;

/** What to do about a missing Bluesky or Mastodon credential, in every door's words. */
export const CREDENTIAL_FIX: Record<"bluesky" | "mastodon", string> = {
  bluesky:
    `Bluesky needs both ${BLUESKY_ENV.identifier} (the handle, e.g. name.bsky.social, or the DID) and ${BLUESKY_ENV.appPassword} ` +
    "(an app password from Settings → Privacy and security → App passwords). `npx release-tweet authorize --network bluesky` " +
    "checks them and stores both as repository secrets. Remove both to announce without Bluesky.",
  mastodon:
    `Mastodon needs both ${MASTODON_ENV.url} (the instance, e.g. https://mastodon.social) and ${MASTODON_ENV.accessToken}. ` +
    "`npx release-tweet authorize --network mastodon --instance URL` gets a token and stores both as repository secrets. " +
    "Remove both to announce without Mastodon.",
};

/** ENOBLUESKYIDENTIFIER…: one credential of a network is missing while another of it is given. */
export function missingNetworkCredential(name: NetworkCredentialEnv, message: string, docs: string): ReleaseTweetError {
  const network = name.startsWith("BLUESKY_") ? "bluesky" : "mastodon";
  return new ReleaseTweetError(MISSING_CREDENTIAL_CODE[name], message, CREDENTIAL_FIX[network], { docs });
}

/**
 * ENONETWORK: no network has any credential. `what` names, in the door's words, what turns each network on
 * (e.g. the four X inputs), so one message says everything there is to set.
 */
export function noNetworkError(what: Record<Network, string>, docs: string): ReleaseTweetError {
  return new ReleaseTweetError(
    "ENONETWORK",
    `No network to announce on: set ${what.x} for X, ${what.bluesky} for Bluesky, or ${what.mastodon} for Mastodon (any of them, or several).`,
    "`npx release-tweet authorize` (with `--network bluesky` or `--network mastodon` for the others) gets the values and stores them as repository secrets.",
    { docs },
  );
}

/** Why `value` is no Mastodon visibility, or undefined when it is one. Never repeats more than a short value. */
export function visibilityProblem(value: unknown): string | undefined {
  if (typeof value === "string" && (MASTODON_VISIBILITIES as readonly string[]).includes(value)) return undefined;
  return `must be one of ${MASTODON_VISIBILITIES.join(", ")}`;
}

/** The template a network's posts are written from: its own, else the shared one, else the composer's default. */
export function templateFor(settings: Pick<AnnounceSettings, "compose" | "templates">, network: Network): string | undefined {
  if (network === "x") return settings.compose.template;
  return settings.templates[network] ?? settings.compose.template;
}
