// The semantic-release steps: translate the plugin context into core calls and their results into log lines and errors.
import type SemanticReleaseError from "@semantic-release/error";
import createDebug from "debug";
import type { Dispatcher } from "undici";
import { planAnnouncement } from "../announce/plan.js";
import { publishAnnouncement, type NetworkResult } from "../announce/publish.js";
import { configuredNetworks, NETWORK_NAME, type AnnounceSettings } from "../announce/settings.js";
import { checkAccounts } from "../announce/verify.js";
import { ReleaseTweetError } from "../core/errors.js";
import type { HttpDispatcher } from "../core/proxy-agent.js";
import type { XClient, XClientOptions } from "../x/client.js";
import type { ThreadClient } from "../x/publish-thread.js";
import { describeCost, planCost, runCost } from "../x/cost.js";
import { describeImage, readImage, type ImageFile } from "../x/image.js";
import { describePlan, planUpload, type MediaClient, type UploadPlan } from "../x/media.js";
import type { Env, StepContext } from "./context.js";
import { commandPause } from "../core/workflow-commands.js";
import { quoteOutside } from "../core/outside-text.js";
import { xHandle } from "../x/handle.js";
import { ANNOUNCEMENT_FAILED, announcementFailed, announcementFailures, PLUGIN_DOCS, toSemanticReleaseError } from "./errors.js";
import { safeLogger } from "./log.js";
import type { LineLogger } from "./log.js";
import { packageName } from "./package-name.js";
import { prereleaseReason, releaseLabel, toRelease } from "./release.js";
import { secretValues } from "./resolve-config.js";
import type { PluginOptions } from "./resolve-config.js";
import { loadSettings } from "./validate-config.js";
import type { Settings } from "./validate-config.js";

export type Client = Pick<XClient, "getMe"> & ThreadClient & MediaClient;

/** The transport, injectable so tests need no monkey-patching. */
export interface Deps {
  /** The step's dispatcher, from context.env's HTTPS_PROXY / HTTP_PROXY / NO_PROXY. */
  createDispatcher: (env: Env) => HttpDispatcher | Promise<HttpDispatcher>;
  createClient: (options: XClientOptions) => Client | Promise<Client>;
}

// undici, the OAuth code and the X client are loaded only by a step that sends: a dry run's preview never does.
export const defaultDeps: Deps = {
  createDispatcher: async (env) => (await import("../core/proxy-agent.js")).createDispatcher(env),
  createClient: async (options) => new (await import("../x/client.js")).XClient(options),
};

/** What every step starts from, recomputed each time (no state between steps): settings, and a logger that redacts. */
function begin(pluginConfig: Readonly<PluginOptions>, context: StepContext) {
  const secrets = secretValues(context.env);
  return { secrets, log: safeLogger(context.logger, secrets), settings: loadSettings(pluginConfig, context.env) };
}

export async function verifyConditions(
  pluginConfig: Readonly<PluginOptions>,
  context: StepContext,
  deps: Deps = defaultDeps,
): Promise<void> {
  const { secrets, log, settings } = begin(pluginConfig, context);
  // The image is checked here, before any tag is made (it is read again when the post goes out).
  await imageOf(settings, context).catch((error: unknown) => {
    throw asSemanticReleaseErrors(error, secrets);
  });
  const networks = configuredNetworks(announceSettings(settings, null)).map((network) => NETWORK_NAME[network]);
  if (!settings.verifyCredentials) {
    log.log(
      networks.length === 1 && settings.credentials
        ? "X credentials are set (not checked against X; set verifyCredentials: true to check them)."
        : `Announcing on ${networks.join(", ")}: the credentials are set (not checked; set verifyCredentials: true to check them).`,
    );
    return;
  }
  const failures: unknown[] = [];
  if (settings.credentials) {
    try {
      const me = await (await clientFor(settings, deps, context.env, log)).getMe();
      // The name is X's answer: printed only when it is a handle, else quoted (never raw into the log).
      const account =
        xHandle(me.username) ??
        `the account of these credentials (X gave its name as "${quoteOutside(me.username, secrets, { maxLength: 40 })}", which is no valid handle)`;
      log.success(`X credentials work: release-tweet will post as ${account}.`);
    } catch (error) {
      failures.push(error);
    }
  }
  for (const check of await checkAccounts(settings, { dispatcher: stepDispatcher(deps, context.env, log), debug: debugLine })) {
    if (check.error !== undefined) failures.push(check.error);
    else log.success(`${NETWORK_NAME[check.network]} credentials work: release-tweet will post as ${check.account ?? "their account"}.`);
    if (check.warning) log.warn(check.warning);
  }
  if (failures.length > 0) throw asSemanticReleaseErrors(failures, secrets);
}

/** Dry runs only: shows the exact posts for every network. Returns nothing, so the release notes stay as they are. */
export async function generateNotes(pluginConfig: Readonly<PluginOptions>, context: StepContext, deps: Deps = defaultDeps): Promise<void> {
  // A real run composes in `success`, once the release URL is known; nothing here may stop a release.
  if (!context.options?.dryRun) return;
  const { secrets, log, settings } = begin(pluginConfig, context);
  const label = releaseLabel(context.nextRelease);
  const skip = skipReason(settings, context);
  const networks = configuredNetworks(announceSettings(settings, null));
  const where = networks.map((network) => NETWORK_NAME[network]).join(", ");
  if (skip) {
    log.log(`Dry run: ${label} would not be announced on ${where}: ${skip}.`);
    return;
  }
  const release = toRelease(context, packageName(context.cwd));
  if (!release.notes?.trim()) {
    log.warn("No release notes yet: list release-tweet after @semantic-release/release-notes-generator.");
  }
  let image: ImageFile | null;
  try {
    image = await imageOf(settings, context);
  } catch (error) {
    throw asSemanticReleaseErrors(error, secrets);
  }
  const plan = await planAnnouncement(release, announceSettings(settings, image), { dispatcher: stepDispatcher(deps, context.env, log), debug: debugLine });
  for (const warning of plan.warnings) log.warn(warning);
  // In a dry run a failure here is the preview's answer: the real run would fail to announce there.
  const failed = plan.networks.filter((network) => network.composition === undefined).map((network) => network.error);
  if (failed.length > 0) throw asSemanticReleaseErrors(failed, secrets);
  // On a GitHub runner, commands in the notes ("::set-output …", "##[…]") must not be obeyed as the log prints them.
  const texts = plan.networks.flatMap((network) => network.composition?.posts.map((post) => post.text) ?? []);
  const pause = context.env["GITHUB_ACTIONS"] === "true" ? commandPause(texts.join("\n")) : null;
  if (pause) context.stdout?.write(`${pause.before}\n`);
  for (const { network, composition, limit } of plan.networks) {
    const posts = composition?.posts ?? [];
    const count = posts.length === 1 ? "1 post" : `${posts.length} posts (a thread)`;
    log.log(`Dry run: release-tweet would post ${count} on ${NETWORK_NAME[network]} for ${label}:`);
    posts.forEach((post, index) => {
      log.log(`Post ${index + 1}/${posts.length}, ${post.weightedLength}/${limit}:\n${post.text}`);
    });
  }
  if (pause) context.stdout?.write(`${pause.after}\n`);
  const urlToCome = (settings.compose.template ?? "{url}").includes("{url}");
  if (urlToCome) {
    log.log(
      settings.credentials
        ? "The release URL is not known in a dry run; the real post adds it (a URL counts 23)."
        : "The release URL is not known in a dry run; the real posts add it.",
    );
  }
  const xPosts = plan.networks.find((network) => network.network === "x")?.composition?.posts;
  if (!xPosts) return;
  const upload = image ? planUpload(image) : null;
  if (image && upload) log.log(`Image on post 1: ${describeImage(image)}; ${describePlan(upload)}.`);
  log.log(describeCost(planCost(xPosts, upload, urlToCome && !release.url)));
}

/** The image of the first post, checked (null when none is set); names the options as the plugin calls them. */
function imageOf(settings: Settings, context: StepContext): Promise<ImageFile | null> {
  return readImage(
    { ...settings.image, baseDir: context.cwd ?? process.cwd(), baseName: "semantic-release's working directory" },
    { image: 'The release-tweet option "image"', imageAlt: 'The release-tweet option "imageAlt"' },
  );
}

export async function success(
  pluginConfig: Readonly<PluginOptions>,
  context: StepContext,
  deps: Deps = defaultDeps,
): Promise<void> {
  const { secrets, log, settings } = begin(pluginConfig, context);
  const label = releaseLabel(context.nextRelease);
  const skip = skipReason(settings, context);
  if (skip) {
    const where = configuredNetworks(announceSettings(settings, null)).map((network) => NETWORK_NAME[network]).join(", ");
    log.log(`Not announcing ${label} on ${where}: ${skip} (set the option prerelease: true to announce it).`);
    return;
  }
  let failure: Error | undefined;
  try {
    const image = await imageOf(settings, context);
    const dispatcher = stepDispatcher(deps, context.env, log);
    const plan = await planAnnouncement(toRelease(context, packageName(context.cwd)), announceSettings(settings, image), { dispatcher, debug: debugLine });
    for (const warning of plan.warnings) log.warn(warning);
    const xPosts = plan.networks.find((network) => network.network === "x")?.composition?.posts;
    const upload = image ? planUpload(image) : null;
    if (xPosts) {
      if (image && upload) log.log(`Image on post 1: ${describeImage(image)}; ${describePlan(upload)}.`);
      log.log(describeCost(planCost(xPosts, upload)));
    }
    const results = await publishAnnouncement(plan, { dispatcher, createXClient: deps.createClient, debug: debugLine });
    for (const result of results) reportResult(log, label, result, upload);
    failure = announcementFailures(results, label, secrets);
  } catch (error) {
    failure = announcementFailed(error, label, secrets);
  }
  if (failure === undefined) return;
  // semantic-release announces a version added to another channel before it makes this run's new release, and
  // a throw there would stop that release: the failure is reported, and the run goes on.
  if (isChannelPromotion(context)) {
    const each = failure instanceof AggregateError ? (failure.errors as SemanticReleaseError[]) : [failure as SemanticReleaseError];
    for (const error of each) log.error(`${error.message}\n${error.details ?? ""}`);
    return;
  }
  throw failure;
}

/** The plugin's settings as the core's view of what to announce where, with the checked image. */
function announceSettings(settings: Settings, image: ImageFile | null): AnnounceSettings {
  return {
    ...(settings.credentials ? { x: { credentials: settings.credentials, apiBaseUrl: settings.apiBaseUrl } } : {}),
    ...(settings.bluesky ? { bluesky: settings.bluesky } : {}),
    ...(settings.mastodon ? { mastodon: settings.mastodon } : {}),
    compose: settings.compose,
    templates: settings.templates,
    ...(image ? { image } : {}),
  };
}

/**
 * One network's lines: the posts' URLs, or that the announcement already existed; for X also the posts an earlier run
 * made and what this run cost. Failures are thrown at the end.
 */
function reportResult(log: LineLogger, label: string, result: NetworkResult, upload: UploadPlan | null): void {
  for (const warning of result.warnings) log.warn(warning);
  const name = NETWORK_NAME[result.network];
  if (result.status === "already-posted") {
    log.warn(
      result.network === "x"
        ? `X says the announcement of ${label} already exists (a re-run?); nothing new was posted.`
        : `The announcement of ${label} already exists on ${name} (a re-run?); nothing new was posted: ${result.posts[0]?.url ?? ""}`,
    );
    return;
  }
  if (result.status !== "posted") return;
  const kept = result.posts.filter((post) => post.alreadyPosted).length;
  if (kept > 0) log.log(`${kept} of the ${result.composed.length} posts${result.network === "x" ? "" : ` on ${name}`} existed already (an earlier run); only the missing ones were posted.`);
  // A null URL: X confirmed after a retry that the post exists, without saying its id.
  reportPosted(log, label, name, result.posts.map((post) => post.url ?? "posted (X confirmed it exists but did not return its id)"));
  if (result.sent) {
    const { sent, composed } = result;
    const posts = sent.postIndexes.map((index) => ({ text: composed[index]!.text, number: index + 1 }));
    log.log(describeCost(runCost({ posts, upload: sent.media > 0 ? upload : null, readRequests: sent.reads }), "did"));
  }
}

/**
 * True when `success` announces an existing version added to another channel (a `next` release merged into
 * `main`): semantic-release pushes that version's tag into branch.tags before the call, while a new release's tag is
 * made during the run, after branch.tags was read (semantic-release 24 and 25 alike).
 */
function isChannelPromotion(context: StepContext): boolean {
  const tag = context.nextRelease?.gitTag;
  return tag !== undefined && (context.branch?.tags ?? []).some((known) => known.gitTag === tag);
}

function reportPosted(log: LineLogger, label: string, network: string, where: string[]): void {
  if (where.length === 1) {
    log.success(`Announced ${label} on ${network}: ${where[0]}`);
    return;
  }
  log.success(`Announced ${label} on ${network} in a thread of ${where.length} posts:`);
  where.forEach((url, index) => log.log(`Post ${index + 1}/${where.length}: ${url}`));
}

function skipReason(settings: Settings, context: StepContext): string | null {
  if (settings.prerelease) return null;
  return prereleaseReason(context.nextRelease, context.branch);
}

// `semantic-release --debug` enables every "semantic-release:*" namespace, so the client's retry lines show there.
// They are redacted by the client itself (no credential, no Authorization header).
const debugLine = createDebug("semantic-release:release-tweet");

/** The step's one dispatcher, made on first use: every network's client shares it. */
function stepDispatcher(deps: Deps, env: Env, log: LineLogger): () => Promise<Dispatcher> {
  let made: Promise<Dispatcher> | undefined;
  return () =>
    (made ??= Promise.resolve(deps.createDispatcher(env)).then(({ dispatcher, warning, route }) => {
      debugLine(`HTTP: ${route}`);
      if (warning) log.warn(warning);
      return dispatcher;
    }));
}

async function clientFor(settings: Settings, deps: Deps, env: Env, log: LineLogger): Promise<Client> {
  const { dispatcher, warning, route } = await deps.createDispatcher(env);
  debugLine(`HTTP: ${route}`);
  if (warning) log.warn(warning);
  return deps.createClient({
    credentials: settings.credentials!,
    baseUrl: settings.apiBaseUrl,
    dispatcher,
    debug: (line) => debugLine(line),
  });
}

/** Errors of a step that runs before the release exists; the original error is not attached (no secrets in causes). */
function asSemanticReleaseErrors(errors: unknown, secrets: readonly string[]): AggregateError {
  const list = errors instanceof AggregateError ? errors.errors : Array.isArray(errors) ? errors : [errors];
  const known = list.map((error: unknown) =>
    error instanceof ReleaseTweetError
      ? error
      : new ReleaseTweetError(
          ANNOUNCEMENT_FAILED,
          `release-tweet failed unexpectedly: ${quoteOutside(error instanceof Error ? error.message : String(error), secrets, { maxLength: 300 })}`,
          "Please report this error.",
          { docs: PLUGIN_DOCS },
        ),
  );
  return new AggregateError(
    known.map((error) => toSemanticReleaseError(error, secrets)),
    `release-tweet: ${known.map((error) => error.code).join(", ")}`,
  );
}
