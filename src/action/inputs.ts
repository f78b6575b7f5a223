// The Action's only reader of its inputs (core.getInput): masks the secrets, validates every input, returns typed
// settings, and says what it resolved for the debug log.
import * as core from "@actions/core";
import { validateTemplate } from "../notes/compose.js";
import { ReleaseTweetError } from "../core/errors.js";
import {
  apiBaseUrlProblem,
  credentialProblem,
  DEFAULT_MAX_POSTS,
  wholeNumberFromText,
  maxLengthProblem,
  maxPostsProblem,
} from "../core/setting-rules.js";
import { CREDENTIAL_ENV, CREDENTIAL_INPUT, DEFAULT_API_BASE_URL, type XCredentials } from "../core/types.js";
import { anyGiven, BLUESKY_INPUT, MASTODON_INPUT, noNetworkError, type BlueskyTarget, type MastodonTarget } from "../announce/settings.js";
import {
  BLUESKY_TEMPLATE_INPUT,
  MASTODON_TEMPLATE_INPUT,
  MASTODON_VISIBILITY_INPUT,
  NETWORK_INPUT_DEFAULTS,
  NETWORK_SECRET_INPUTS,
  readNetworkInputs,
} from "./network-inputs.js";

export interface ActionSettings {
  /** X is configured: any of its four inputs is given. When not, `credentials` holds empty strings. */
  xConfigured: boolean;
  credentials: XCredentials;
  /** Bluesky and Mastodon, when configured (src/action/network-inputs.ts). */
  bluesky: BlueskyTarget | undefined;
  mastodon: MastodonTarget | undefined;
  /** A network's own template; undefined: `template`. */
  blueskyTemplate: string | undefined;
  mastodonTemplate: string | undefined;
  /** undefined: the core's DEFAULT_TEMPLATE. */
  template: string | undefined;
  apiBaseUrl: string;
  dryRun: boolean;
  thread: boolean;
  maxLength: number;
  /** A thread's cap. */
  maxPosts: number;
  numbering: boolean;
  includePrereleases: boolean;
  /** Tag to look up when the event is not a release event; undefined when not given. */
  tag: string | undefined;
  /** undefined when empty; only needed for a lookup by tag. */
  githubToken: string | undefined;
  /** The first post's image, a path in the workspace (checked by src/x/image.ts); undefined when empty. */
  image: string | undefined;
  /** Its alt text; undefined when empty. */
  imageAlt: string | undefined;
}

/** The part of @actions/core that reads inputs and masks values; tests pass a map. */
export interface InputReader {
  /** The input's value, trimmed; "" when unset. */
  getInput(name: string): string;
  setSecret(value: string): void;
}

/**
 * What an empty optional input means; the same as action.yml's defaults (a test checks it). An input given as ""
 * (e.g. `dry-run: ${{ inputs.dry-run }}` with the dispatch input unset) gets these rather than an error.
 */
export const INPUT_DEFAULTS = {
  "api-base-url": DEFAULT_API_BASE_URL,
  "dry-run": "false",
  thread: "false",
  "max-length": "280",
  "max-posts": String(DEFAULT_MAX_POSTS),
  numbering: "false",
  "include-prereleases": "false",
  ...NETWORK_INPUT_DEFAULTS,
} as const;

type DefaultedInput = keyof typeof INPUT_DEFAULTS;

const SECRET_INPUTS = [...Object.values(CREDENTIAL_INPUT), ...NETWORK_SECRET_INPUTS, "github-token"] as const;

// The same strictness as core.getBooleanInput (YAML 1.2 core schema), but collected instead of thrown.
const TRUE_VALUES = ["true", "True", "TRUE"];
const FALSE_VALUES = ["false", "False", "FALSE"];

/**
 * Masks every secret input first, then reads and validates all inputs.
 * Throws one ReleaseTweetError, or an AggregateError of them when several inputs are wrong.
 */
export function readInputs(reader: InputReader = core): ActionSettings {
  // Mask before anything can print: a validation message or a debug line must never show a value. The runner masks
  // line by line, so each line of a multi-line value is registered on its own.
  for (const name of SECRET_INPUTS) {
    for (const line of reader.getInput(name).split(/\r?\n/)) if (line.trim()) reader.setSecret(line);
  }

  const problems: ReleaseTweetError[] = [];
  const networks = readNetworkInputs(reader, problems);
  // X's four inputs are needed once any of them is given, or when no other network is asked for either.
  const xConfigured = anyGiven(Object.values(CREDENTIAL_INPUT).map((input) => reader.getInput(input)));
  const credentials = xConfigured ? readCredentials(reader, problems) : { apiKey: "", apiSecret: "", accessToken: "", accessTokenSecret: "" };
  if (!xConfigured && !networks.asked.bluesky && !networks.asked.mastodon) problems.unshift(noNetwork());
  const booleanInput = (name: DefaultedInput): boolean => readBoolean(reader, name, problems);

  const settings: ActionSettings = {
    xConfigured,
    credentials,
    bluesky: networks.bluesky,
    mastodon: networks.mastodon,
    blueskyTemplate: networks.blueskyTemplate,
    mastodonTemplate: networks.mastodonTemplate,
    template: readTemplate(reader, problems),
    apiBaseUrl: readApiBaseUrl(reader, problems),
    dryRun: booleanInput("dry-run"),
    thread: booleanInput("thread"),
    maxLength: readMaxLength(reader, problems),
    maxPosts: readMaxPosts(reader, problems),
    numbering: booleanInput("numbering"),
    includePrereleases: booleanInput("include-prereleases"),
    tag: readTag(reader),
    githubToken: reader.getInput("github-token") || undefined,
    image: reader.getInput("image") || undefined,
    imageAlt: reader.getInput("image-alt") || undefined,
  };

  const [only] = problems;
  if (only && problems.length === 1) throw only;
  if (problems.length > 1) {
    throw new AggregateError(problems, `${problems.length} inputs of release-tweet are not valid.`);
  }
  return settings;
}

/** One debug line per resolved setting, in action.yml's names; secrets only as "set" or "empty", never a value. */
export function describeSettings(settings: ActionSettings): string[] {
  const secret = (value: string | undefined) => (value ? "set (masked)" : "empty");
  const template = (value: string | undefined, fallback: string) => (value === undefined ? fallback : JSON.stringify(value));
  return [
    ...Object.entries(CREDENTIAL_INPUT).map(([key, input]) => `${input}: ${secret(settings.credentials[key as keyof XCredentials])}`),
    `github-token: ${secret(settings.githubToken)}`,
    `api-base-url: ${settings.apiBaseUrl}`,
    `template: ${template(settings.template, "(the default)")}`,
    ...describeNetworks(settings, template),
    `dry-run: ${settings.dryRun}`,
    `thread: ${settings.thread}`,
    `max-length: ${settings.maxLength}`,
    `max-posts: ${settings.maxPosts}`,
    `numbering: ${settings.numbering}`,
    `include-prereleases: ${settings.includePrereleases}`,
    `tag: ${settings.tag ?? "(none: the release comes from the event or GITHUB_REF)"}`,
    `image: ${settings.image ?? "(none)"}`,
    `image-alt: ${settings.imageAlt === undefined ? "(none)" : JSON.stringify(settings.imageAlt)}`,
  ];
}

/** The networks' lines of describeSettings: which are on, and their settings (the identifier is no secret). */
function describeNetworks(settings: ActionSettings, template: (value: string | undefined, fallback: string) => string): string[] {
  const on = [settings.xConfigured ? "X" : "", settings.bluesky ? "Bluesky" : "", settings.mastodon ? "Mastodon" : ""].filter(Boolean);
  const lines = [`networks: ${on.join(", ")}`];
  if (settings.bluesky) {
    lines.push(
      `${BLUESKY_INPUT.identifier}: ${settings.bluesky.identifier}`,
      `${BLUESKY_INPUT.appPassword}: set (masked)`,
      `${BLUESKY_INPUT.service}: ${settings.bluesky.service}`,
      `${BLUESKY_TEMPLATE_INPUT}: ${template(settings.blueskyTemplate, "(as template)")}`,
    );
  }
  if (settings.mastodon) {
    lines.push(
      `${MASTODON_INPUT.url}: ${settings.mastodon.url}`,
      `${MASTODON_INPUT.accessToken}: set (masked)`,
      `${MASTODON_VISIBILITY_INPUT}: ${settings.mastodon.visibility}`,
      `${MASTODON_TEMPLATE_INPUT}: ${template(settings.mastodonTemplate, "(as template)")}`,
    );
  }
  return lines;
}

/** The values to keep out of every message, for a last redaction pass. */
export function secretValues(settings: ActionSettings): string[] {
  const { apiKey, apiSecret, accessToken, accessTokenSecret } = settings.credentials;
  return [
    apiKey,
    apiSecret,
    accessToken,
    accessTokenSecret,
    settings.bluesky?.appPassword ?? "",
    settings.mastodon?.accessToken ?? "",
    settings.githubToken ?? "",
  ].filter(Boolean);
}

/** ENONETWORK in the Action's words. */
function noNetwork(): ReleaseTweetError {
  const list = (inputs: readonly string[]) => inputs.map((input) => `'${input}'`).join(", ");
  return noNetworkError(
    {
      x: `the inputs ${list(Object.values(CREDENTIAL_INPUT))}`,
      bluesky: `${list([BLUESKY_INPUT.identifier, BLUESKY_INPUT.appPassword])}`,
      mastodon: `${list([MASTODON_INPUT.url, MASTODON_INPUT.accessToken])}`,
    },
    "github-action",
  );
}

function readCredentials(reader: InputReader, problems: ReleaseTweetError[]): XCredentials {
  const read = (key: keyof XCredentials): string => {
    const input = CREDENTIAL_INPUT[key];
    const value = reader.getInput(input);
    if (!value) {
      const secret = CREDENTIAL_ENV[key];
      problems.push(
        new ReleaseTweetError(
          `ENO${secret.replaceAll("_", "")}`,
          `Input '${input}' is required: set it to \${{ secrets.${secret} }}.`,
          `Store the four X credentials as repository secrets (\`npx release-tweet authorize\` does it for you) and pass each one in the step's \`with:\`.`,
          { docs: "authorize" },
        ),
      );
      return value;
    }
    // Checked with the other inputs, so a dry run says it too, before any request.
    const problem = credentialProblem(value);
    if (problem !== undefined) {
      problems.push(
        new ReleaseTweetError(
          "EXCREDENTIALS",
          `Input '${input}' ${problem}.`,
          `Copy the value again from the X developer portal (Keys and tokens) into the ${CREDENTIAL_ENV[key]} secret, whole and nothing else.`,
          { docs: "authorize" },
        ),
      );
    }
    return value;
  };
  return {
    apiKey: read("apiKey"),
    apiSecret: read("apiSecret"),
    accessToken: read("accessToken"),
    accessTokenSecret: read("accessTokenSecret"),
  };
}

function readTemplate(reader: InputReader, problems: ReleaseTweetError[]): string | undefined {
  const template = reader.getInput("template");
  if (!template) return undefined;
  try {
    validateTemplate(template);
  } catch (error) {
    // Only the core's expected template errors are input problems; anything else is a bug to surface as is.
    if (!(error instanceof ReleaseTweetError)) throw error;
    problems.push(error);
  }
  return template;
}

function readApiBaseUrl(reader: InputReader, problems: ReleaseTweetError[]): string {
  const value = readDefaulted(reader, "api-base-url");
  // The same rule as the plugin and the CLI; the value is not repeated, since it may carry a password.
  const problem = apiBaseUrlProblem(value);
  if (problem !== undefined) {
    problems.push(
      new ReleaseTweetError(
        "EINVALIDAPIBASEURL",
        `Input 'api-base-url' ${problem}.`,
        "Remove the input to use https://api.x.com, or set a full https URL such as https://api.x.com.",
        { docs: "github-action" },
      ),
    );
  }
  return value;
}

function readMaxLength(reader: InputReader, problems: ReleaseTweetError[]): number {
  return readWholeNumber(reader, problems, "max-length", maxLengthProblem, "EINVALIDMAXLENGTH", "Use 280 for most accounts, or up to 25000 if the account has X Premium.");
}

function readMaxPosts(reader: InputReader, problems: ReleaseTweetError[]): number {
  const fix = `Use ${DEFAULT_MAX_POSTS} (the default) or any number up to 25: a longer thread ends with a pointer to the full release notes.`;
  return readWholeNumber(reader, problems, "max-posts", maxPostsProblem, "EINVALIDMAXPOSTS", fix);
}

/** A numeric input checked by the rule every door shares for that setting. */
function readWholeNumber(
  reader: InputReader,
  problems: ReleaseTweetError[],
  name: "max-length" | "max-posts",
  problemOf: (value: unknown) => string | undefined,
  code: string,
  fix: string,
): number {
  const value = readDefaulted(reader, name);
  const number = wholeNumberFromText(value);
  const problem = problemOf(number);
  if (problem !== undefined) problems.push(new ReleaseTweetError(code, `Input '${name}' ${problem}, got '${value}'.`, fix, { docs: "github-action" }));
  return number;
}

function readBoolean(reader: InputReader, name: DefaultedInput, problems: ReleaseTweetError[]): boolean {
  const value = readDefaulted(reader, name);
  if (TRUE_VALUES.includes(value)) return true;
  if (FALSE_VALUES.includes(value)) return false;
  problems.push(
    new ReleaseTweetError(
      "EINVALIDBOOLEAN",
      `Input '${name}' must be true or false, got '${value}'.`,
      `Set '${name}' to one of: true, True, TRUE, false, False, FALSE.`,
      { docs: "github-action" },
    ),
  );
  return false;
}

function readDefaulted(reader: InputReader, name: DefaultedInput): string {
  return reader.getInput(name) || INPUT_DEFAULTS[name];
}

function readTag(reader: InputReader): string | undefined {
  // Accept a full ref too (e.g. `tag: ${{ github.ref }}`), since that is what a tag push gives.
  const value = reader.getInput("tag").replace(/^refs\/tags\//, "");
  return value || undefined;
}
