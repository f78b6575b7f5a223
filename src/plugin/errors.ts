// The plugin's error catalogue: one shape per kind of problem, and its SemanticReleaseError form for semantic-release.
import SemanticReleaseError from "@semantic-release/error";
import { errorDocsUrl, ReleaseTweetError } from "../core/errors.js";
import { quoteOutside } from "../core/outside-text.js";
import { redact } from "../core/redact.js";
import { CREDENTIAL_ENV } from "../core/types.js";
import type { XCredentials } from "../core/types.js";
import type { OptionName } from "./resolve-config.js";
import type { NetworkResult } from "../announce/publish.js";
import { isFailure, outcomeLine } from "../announce/report.js";
import { NETWORK_NAME } from "../announce/settings.js";

/** README anchor of the "semantic-release plugin" section. */
export const PLUGIN_DOCS = "semantic-release-plugin";

/** Used when something that is not a ReleaseTweetError stops the announcement. */
export const ANNOUNCEMENT_FAILED = "EANNOUNCEMENT";

const CREDENTIAL_LABEL: Record<keyof XCredentials, string> = {
  apiKey: "API Key (consumer key)",
  apiSecret: "API Key Secret (consumer secret)",
  accessToken: "Access Token",
  accessTokenSecret: "Access Token Secret",
};

/** ENOTWITTERAPIKEY, ENOTWITTERAPISECRET, ENOTWITTERACCESSTOKEN, ENOTWITTERACCESSTOKENSECRET. */
export function missingCredential(key: keyof XCredentials): ReleaseTweetError {
  const name = CREDENTIAL_ENV[key];
  return new ReleaseTweetError(
    `ENO${name.replaceAll("_", "")}`,
    `The environment variable ${name} is not set (or is blank).`,
    `Set ${name} to the ${CREDENTIAL_LABEL[key]} of the X account that posts, in the environment of the ` +
      "semantic-release step (from a CI secret). `npx release-tweet authorize` gets all four values and can store " +
      "them as repository secrets.",
    { docs: PLUGIN_DOCS },
  );
}

/** EXCREDENTIALS: a credential that cannot be one (spaces or line breaks inside); its value is never repeated. */
export function invalidCredential(key: keyof XCredentials, problem: string): ReleaseTweetError {
  const name = CREDENTIAL_ENV[key];
  return new ReleaseTweetError(
    "EXCREDENTIALS",
    `The environment variable ${name} ${problem}.`,
    `Copy the ${CREDENTIAL_LABEL[key]} again from the X developer portal (Keys and tokens) into ${name}, whole and nothing else.`,
    { docs: PLUGIN_DOCS },
  );
}

/**
 * EINVALIDTEMPLATE, EINVALIDTHREAD, EINVALIDMAXLENGTH, EINVALIDAPIBASEURL, EINVALIDPRERELEASE, EINVALIDVERIFYCREDENTIALS,
 * EINVALIDIMAGE, EINVALIDIMAGEALT.
 */
export function invalidOption(
  option: OptionName,
  problem: string,
  fix: string,
  subject = `The release-tweet option "${option}"`,
): ReleaseTweetError {
  return new ReleaseTweetError(`EINVALID${option.toUpperCase()}`, `${subject} ${problem}`, fix, { docs: PLUGIN_DOCS });
}

/** semantic-release prints `code message`, then `details` as Markdown. Secrets are cut from both. */
export function toSemanticReleaseError(error: ReleaseTweetError, secrets: readonly string[]): SemanticReleaseError {
  return new SemanticReleaseError(redact(error.message, secrets), error.code, redact(error.details, secrets));
}

/**
 * For failures after the release exists: the message leads with the fact that the release succeeded, then why the
 * announcement did not. The original error is not attached as `cause`: semantic-release prints causes in full.
 */
export function announcementFailed(error: unknown, releaseName: string, secrets: readonly string[], network = "X", more = ""): SemanticReleaseError {
  const lead = `${releaseName} was released successfully; only its announcement on ${network} failed:`;
  const keep = `The release itself (tag, notes, published packages) is complete; do not revert it.${more ? ` ${more}` : ""}`;
  if (error instanceof ReleaseTweetError) {
    return new SemanticReleaseError(
      redact(`${lead} ${error.message}`, secrets),
      error.code,
      redact(`${keep} ${error.details}`, secrets),
    );
  }
  const why = quoteOutside(error instanceof Error ? error.message : String(error), secrets, { maxLength: 300 });
  return new SemanticReleaseError(
    redact(`${lead} unexpected error: ${why}`, secrets),
    ANNOUNCEMENT_FAILED,
    redact(
      `${keep} Post the announcement by hand, and please report this error.\n\n` +
        `See [${ANNOUNCEMENT_FAILED}](${errorDocsUrl(ANNOUNCEMENT_FAILED)}).`,
      secrets,
    ),
  );
}

/**
 * The failure of a run that announced on several networks, some of which failed: one SemanticReleaseError per failed
 * network, each saying the release succeeded, what happened on every network, and how to post what is missing
 * (semantic-release announces a release once: a second run of it will not). Undefined when nothing failed; with one
 * network, announcementFailed() as before.
 */
export function announcementFailures(results: readonly NetworkResult[], releaseName: string, secrets: readonly string[]): SemanticReleaseError | AggregateError | undefined {
  const failed = results.filter(isFailure);
  if (failed.length === 0) return undefined;
  if (results.length === 1) return announcementFailed(failed[0]!.error, releaseName, secrets, NETWORK_NAME[failed[0]!.network]);
  const outcome = outcomeLine(results);
  const errors = failed.map((result) => {
    const name = NETWORK_NAME[result.network];
    const missing =
      `semantic-release announces a release only once: to post what is missing on ${name}, run the release-tweet Action ` +
      `for this tag (input \`tag\`) with only ${name}'s credentials, which continues from the posts that exist, or post it by hand.`;
    return announcementFailed(result.error, releaseName, secrets, name, `${outcome} ${result.network === "x" ? "" : missing}`.trim());
  });
  return new AggregateError(errors, `release-tweet: ${outcome}`);
}

/** How an option's wrong value reads in a message: strings quoted, lists and objects named, never dumped. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || typeof value !== "object") return String(value);
  return Array.isArray(value) ? "a list" : "an object";
}
