// The Action's Bluesky and Mastodon inputs, read for inputs.ts (still the only caller of core.getInput): each network
// is on when any of its credential inputs is given, and then needs all of them; every problem is collected.
import { ReleaseTweetError } from "../core/errors.js";
import { apiBaseUrlProblem, credentialProblem } from "../core/setting-rules.js";
import { validateTemplate } from "../notes/compose.js";
import {
  anyGiven,
  BLUESKY_ENV,
  BLUESKY_INPUT,
  DEFAULT_BLUESKY_SERVICE,
  DEFAULT_MASTODON_VISIBILITY,
  MASTODON_ENV,
  MASTODON_INPUT,
  missingNetworkCredential,
  visibilityProblem,
  type BlueskyTarget,
  type MastodonTarget,
  type NetworkCredentialEnv,
} from "../announce/settings.js";
import type { Visibility } from "../mastodon/client.js";

export const BLUESKY_TEMPLATE_INPUT = "bluesky-template";
export const MASTODON_TEMPLATE_INPUT = "mastodon-template";
export const MASTODON_VISIBILITY_INPUT = "mastodon-visibility";

/** The inputs that hold a secret, masked before anything is read. */
export const NETWORK_SECRET_INPUTS = [BLUESKY_INPUT.appPassword, MASTODON_INPUT.accessToken] as const;

/** Empty optional inputs mean these, as action.yml's defaults say (a test checks they agree). */
export const NETWORK_INPUT_DEFAULTS = {
  [BLUESKY_INPUT.service]: DEFAULT_BLUESKY_SERVICE,
  [MASTODON_VISIBILITY_INPUT]: DEFAULT_MASTODON_VISIBILITY,
} as const;

export interface NetworkInputs {
  /** Undefined when Bluesky is not configured, or wrongly (then a problem says why). */
  bluesky: BlueskyTarget | undefined;
  mastodon: MastodonTarget | undefined;
  /** A credential input of the network was given, valid or not: X's credentials are then optional. */
  asked: { bluesky: boolean; mastodon: boolean };
  blueskyTemplate: string | undefined;
  mastodonTemplate: string | undefined;
}

interface Reader {
  getInput(name: string): string;
}

const DOCS = "github-action";

function required(input: string, other: string, env: NetworkCredentialEnv): ReleaseTweetError {
  return missingNetworkCredential(env, `Input '${input}' is required when '${other}' is set: set it to \${{ secrets.${env} }}.`, DOCS);
}

export function readNetworkInputs(reader: Reader, problems: ReleaseTweetError[]): NetworkInputs {
  const asked = {
    bluesky: anyGiven([reader.getInput(BLUESKY_INPUT.identifier), reader.getInput(BLUESKY_INPUT.appPassword)]),
    mastodon: anyGiven([reader.getInput(MASTODON_INPUT.url), reader.getInput(MASTODON_INPUT.accessToken)]),
  };
  return {
    bluesky: asked.bluesky ? readBluesky(reader, problems) : undefined,
    mastodon: asked.mastodon ? readMastodon(reader, problems) : undefined,
    asked,
    blueskyTemplate: readNetworkTemplate(reader, BLUESKY_TEMPLATE_INPUT, problems),
    mastodonTemplate: readNetworkTemplate(reader, MASTODON_TEMPLATE_INPUT, problems),
  };
}

function credential(reader: Reader, input: string, problems: ReleaseTweetError[], code: string, fix: string): string | undefined {
  const value = reader.getInput(input);
  if (value === "") return undefined;
  const problem = credentialProblem(value);
  if (problem === undefined) return value;
  problems.push(new ReleaseTweetError(code, `Input '${input}' ${problem}.`, fix, { docs: DOCS }));
  return undefined;
}

function readBluesky(reader: Reader, problems: ReleaseTweetError[]): BlueskyTarget | undefined {
  const before = problems.length;
  const fix = `Copy the value again, whole and nothing else, into the ${BLUESKY_ENV.identifier} or ${BLUESKY_ENV.appPassword} secret.`;
  const identifier = credential(reader, BLUESKY_INPUT.identifier, problems, "EBLUESKYCREDENTIALS", fix);
  const appPassword = credential(reader, BLUESKY_INPUT.appPassword, problems, "EBLUESKYCREDENTIALS", fix);
  if (!reader.getInput(BLUESKY_INPUT.identifier)) problems.push(required(BLUESKY_INPUT.identifier, BLUESKY_INPUT.appPassword, BLUESKY_ENV.identifier));
  if (!reader.getInput(BLUESKY_INPUT.appPassword)) problems.push(required(BLUESKY_INPUT.appPassword, BLUESKY_INPUT.identifier, BLUESKY_ENV.appPassword));
  const service = reader.getInput(BLUESKY_INPUT.service) || DEFAULT_BLUESKY_SERVICE;
  const problem = apiBaseUrlProblem(service);
  if (problem !== undefined) {
    problems.push(
      new ReleaseTweetError(
        "EINVALIDBLUESKYSERVICE",
        `Input '${BLUESKY_INPUT.service}' ${problem}.`,
        `Remove the input to use ${DEFAULT_BLUESKY_SERVICE}, or set your PDS's https URL.`,
        { docs: DOCS },
      ),
    );
  }
  if (problems.length > before || identifier === undefined || appPassword === undefined) return undefined;
  return { identifier, appPassword, service: service.replace(/\/+$/, "") };
}

function readMastodon(reader: Reader, problems: ReleaseTweetError[]): MastodonTarget | undefined {
  const before = problems.length;
  const url = reader.getInput(MASTODON_INPUT.url);
  if (!url) problems.push(required(MASTODON_INPUT.url, MASTODON_INPUT.accessToken, MASTODON_ENV.url));
  else {
    const problem = apiBaseUrlProblem(url);
    if (problem !== undefined) {
      problems.push(
        new ReleaseTweetError("EMASTODONURL", `Input '${MASTODON_INPUT.url}' ${problem}.`, "Set it to the instance's address, e.g. https://mastodon.social.", {
          docs: DOCS,
        }),
      );
    }
  }
  const accessToken = credential(
    reader,
    MASTODON_INPUT.accessToken,
    problems,
    "EMASTODONCREDENTIALS",
    `Copy the token again, whole and nothing else, into the ${MASTODON_ENV.accessToken} secret.`,
  );
  if (!reader.getInput(MASTODON_INPUT.accessToken)) problems.push(required(MASTODON_INPUT.accessToken, MASTODON_INPUT.url, MASTODON_ENV.accessToken));
  const visibility = reader.getInput(MASTODON_VISIBILITY_INPUT) || DEFAULT_MASTODON_VISIBILITY;
  const problem = visibilityProblem(visibility);
  if (problem !== undefined) {
    problems.push(
      new ReleaseTweetError(
        "EINVALIDMASTODONVISIBILITY",
        `Input '${MASTODON_VISIBILITY_INPUT}' ${problem}, got '${visibility}'.`,
        `Remove it to post publicly, or set one of the four; 'unlisted' keeps the posts off the public timelines.`,
        { docs: DOCS },
      ),
    );
  }
  if (problems.length > before || accessToken === undefined) return undefined;
  return { url: url.replace(/\/+$/, ""), accessToken, visibility: visibility as Visibility };
}

function readNetworkTemplate(reader: Reader, input: string, problems: ReleaseTweetError[]): string | undefined {
  const template = reader.getInput(input);
  if (!template) return undefined;
  try {
    validateTemplate(template);
  } catch (error) {
    if (!(error instanceof ReleaseTweetError)) throw error;
    problems.push(new ReleaseTweetError(error.code, `Input '${input}': ${error.message}`, error.fix, { docs: error.docs }));
  }
  return template;
}
