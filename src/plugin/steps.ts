// The semantic-release steps: translate the plugin context into core calls and their results into log lines and errors.
import createDebug from "debug";
import { compose } from "../notes/compose.js";
import { ReleaseTweetError } from "../core/errors.js";
import type { HttpDispatcher } from "../core/proxy-agent.js";
import { publishPosts, type ThreadClient } from "../x/publish-thread.js";
import type { Post } from "../core/types.js";
import type { XClient, XClientOptions } from "../x/client.js";
import { describeCost, planCost, runCost } from "../x/cost.js";
import { describeImage, readImage, type ImageFile } from "../x/image.js";
import { describePlan, planUpload, uploadImage, type MediaClient } from "../x/media.js";
import type { Env, StepContext } from "./context.js";
import { commandPause } from "../core/workflow-commands.js";
import { quoteOutside } from "../core/outside-text.js";
import { xHandle } from "../x/handle.js";
import { ANNOUNCEMENT_FAILED, announcementFailed, PLUGIN_DOCS, toSemanticReleaseError } from "./errors.js";
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
  if (!settings.verifyCredentials) {
    log.log("X credentials are set (not checked against X; set verifyCredentials: true to check them).");
    return;
  }
  try {
    const me = await (await clientFor(settings, deps, context.env, log)).getMe();
    // The name is X's answer: printed only when it is a handle, else quoted (never raw into the log).
    const account =
      xHandle(me.username) ??
      `the account of these credentials (X gave its name as "${quoteOutside(me.username, secrets, { maxLength: 40 })}", which is no valid handle)`;
    log.success(`X credentials work: release-tweet will post as ${account}.`);
  } catch (error) {
    throw asSemanticReleaseErrors(error, secrets);
  }
}

/** Dry runs only: shows the exact posts. Returns nothing, so the release notes stay as they are. */
export async function generateNotes(pluginConfig: Readonly<PluginOptions>, context: StepContext): Promise<void> {
  await previewInDryRun(pluginConfig, context);
}

async function previewInDryRun(pluginConfig: Readonly<PluginOptions>, context: StepContext): Promise<void> {
  // A real run composes in `success`, once the release URL is known; nothing here may stop a release.
  if (!context.options?.dryRun) return;
  const { secrets, log, settings } = begin(pluginConfig, context);
  const label = releaseLabel(context.nextRelease);
  const skip = skipReason(settings, context);
  if (skip) {
    log.log(`Dry run: ${label} would not be announced on X: ${skip}.`);
    return;
  }
  const release = toRelease(context, packageName(context.cwd));
  if (!release.notes?.trim()) {
    log.warn("No release notes yet: list release-tweet after @semantic-release/release-notes-generator.");
  }
  let posts: Post[];
  try {
    posts = compose(release, settings.compose);
  } catch (error) {
    // In a dry run a failure here is the preview's answer: the real run would fail to announce.
    throw asSemanticReleaseErrors(error, secrets);
  }
  const count = posts.length === 1 ? "1 post" : `${posts.length} posts (a thread)`;
  log.log(`Dry run: release-tweet would post ${count} on X for ${label}:`);
  // On a GitHub runner, commands in the notes ("::set-output …", "##[…]") must not be obeyed as the log prints them.
  const pause = context.env["GITHUB_ACTIONS"] === "true" ? commandPause(posts.map((post) => post.text).join("\n")) : null;
  if (pause) context.stdout?.write(`${pause.before}\n`);
  posts.forEach((post, index) => {
    log.log(`Post ${index + 1}/${posts.length}, ${post.weightedLength}/${settings.compose.maxLength}:\n${post.text}`);
  });
  if (pause) context.stdout?.write(`${pause.after}\n`);
  const urlToCome = (settings.compose.template ?? "{url}").includes("{url}");
  if (urlToCome) {
    log.log("The release URL is not known in a dry run; the real post adds it (a URL counts 23).");
  }
  let image: ImageFile | null;
  try {
    image = await imageOf(settings, context);
  } catch (error) {
    throw asSemanticReleaseErrors(error, secrets);
  }
  const plan = image ? planUpload(image) : null;
  if (image && plan) log.log(`Image on post 1: ${describeImage(image)}; ${describePlan(plan)}.`);
  log.log(describeCost(planCost(posts, plan, urlToCome && !release.url)));
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
    log.log(`Not announcing ${label} on X: ${skip} (set the option prerelease: true to announce it).`);
    return;
  }
  try {
    const posts = compose(toRelease(context, packageName(context.cwd)), settings.compose);
    const image = await imageOf(settings, context);
    const plan = image ? planUpload(image) : null;
    if (image && plan) log.log(`Image on post 1: ${describeImage(image)}; ${describePlan(plan)}.`);
    log.log(describeCost(planCost(posts, plan)));
    const client = await clientFor(settings, deps, context.env, log);
    const debug = (line: string): void => debugLine(line);
    const media = image ? () => uploadImage(client, image, { debug }) : undefined;
    const result = await publishPosts(client, posts, { debug, ...(media ? { media } : {}) });
    if (result.alreadyPosted) {
      log.warn(`X says the announcement of ${label} already exists (a re-run?); nothing new was posted.`);
      return;
    }
    const kept = result.posts.filter((post) => post.alreadyPosted).length;
    if (kept > 0) log.log(`${kept} of the ${posts.length} posts existed already (an earlier run); only the missing ones were posted.`);
    // A null URL: X confirmed after a retry that the post exists, without saying its id.
    reportPosted(log, label, result.posts.map((post) => post.url ?? "posted (X confirmed it exists but did not return its id)"));
    const sent = runCost({
      posts: result.sent.postIndexes.map((index) => ({ text: posts[index]!.text, number: index + 1 })),
      upload: result.sent.media > 0 ? plan : null,
      readRequests: result.sent.reads,
    });
    log.log(describeCost(sent, "did"));
  } catch (error) {
    const failure = announcementFailed(error, label, secrets);
    // semantic-release announces a version added to another channel before it makes this run's new release, and
    // a throw there would stop that release: the failure is reported, and the run goes on.
    if (isChannelPromotion(context)) {
      log.error(`${failure.message}\n${failure.details ?? ""}`);
      return;
    }
    throw failure;
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

function reportPosted(log: LineLogger, label: string, where: string[]): void {
  if (where.length === 1) {
    log.success(`Announced ${label} on X: ${where[0]}`);
    return;
  }
  log.success(`Announced ${label} on X in a thread of ${where.length} posts:`);
  where.forEach((url, index) => log.log(`Post ${index + 1}/${where.length}: ${url}`));
}

function skipReason(settings: Settings, context: StepContext): string | null {
  if (settings.prerelease) return null;
  return prereleaseReason(context.nextRelease, context.branch);
}

// `semantic-release --debug` enables every "semantic-release:*" namespace, so the client's retry lines show there.
// They are redacted by the client itself (no credential, no Authorization header).
const debugLine = createDebug("semantic-release:release-tweet");

async function clientFor(settings: Settings, deps: Deps, env: Env, log: LineLogger): Promise<Client> {
  const { dispatcher, warning, route } = await deps.createDispatcher(env);
  debugLine(`HTTP: ${route}`);
  if (warning) log.warn(warning);
  return deps.createClient({
    credentials: settings.credentials,
    baseUrl: settings.apiBaseUrl,
    dispatcher,
    debug: (line) => debugLine(line),
  });
}

/** Errors of a step that runs before the release exists; the original error is not attached (no secrets in causes). */
function asSemanticReleaseErrors(error: unknown, secrets: readonly string[]): AggregateError {
  if (error instanceof AggregateError && error.errors.every((inner) => inner instanceof ReleaseTweetError)) {
    const errors = error.errors;
    return new AggregateError(errors.map((inner) => toSemanticReleaseError(inner, secrets)), `release-tweet: ${errors.map((inner) => inner.code).join(", ")}`);
  }
  const known =
    error instanceof ReleaseTweetError
      ? error
      : new ReleaseTweetError(
          ANNOUNCEMENT_FAILED,
          `release-tweet failed unexpectedly: ${quoteOutside(error instanceof Error ? error.message : String(error), secrets, { maxLength: 300 })}`,
          "Please report this error.",
          { docs: PLUGIN_DOCS },
        );
  return new AggregateError([toSemanticReleaseError(known, secrets)], `release-tweet: ${known.code}`);
}
