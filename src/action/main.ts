// The Action's run: inputs → release → compose for each network → post (or dry run) → outputs and job summary, spoken
// to the runner through @actions/core. GitHub (octokit), X (undici), Bluesky and Mastodon are loaded only when the run
// needs them (src/announce/ does the networks' part for every door).
import * as core from "@actions/core";
import { readFileSync } from "node:fs";
import type { Dispatcher } from "undici";
import { planAnnouncement, type NetworkPlan } from "../announce/plan.js";
import { publishAnnouncement, type NetworkPost, type NetworkResult, type XPostingClient } from "../announce/publish.js";
import { AnnouncementFailedError, isFailure, runFailure } from "../announce/report.js";
import { NETWORK_NAME, type AnnounceSettings } from "../announce/settings.js";
import { describeError, DOCS_URL, ReleaseTweetError } from "../core/errors.js";
import type { HttpDispatcher } from "../core/proxy-agent.js";
import { describeCost, planCost, runCost } from "../x/cost.js";
import { describeImage, readImage, type ImageFile } from "../x/image.js";
import { describePlan, planUpload } from "../x/media.js";
import { withoutTerminalControls } from "../core/outside-text.js";
import { redact } from "../core/redact.js";
import type { Post, Release } from "../core/types.js";
import { commandPause } from "../core/workflow-commands.js";
import type { XClientOptions } from "../x/client.js";
import { describeSettings, readInputs, secretValues, type ActionSettings, type InputReader } from "./inputs.js";
import { formatNetworkDryRun, networkDryRunSummary, networkSummary } from "./network-summary.js";
import { readRunContext, resolveRelease, type ReleaseQuery } from "./release.js";
import { buildSummary, formatDryRun } from "./summary.js";

/** The part of @actions/core the run uses; the module itself by default, a recording fake in tests. */
export interface ActionCore extends InputReader {
  setOutput(name: string, value: string): void;
  info(message: string): void;
  debug(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  setFailed(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  /** The job summary (GITHUB_STEP_SUMMARY): addRaw(markdown, true).write() appends one block. */
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } };
}

/** Everything the run touches outside itself; tests replace any of it. */
export interface ActionDeps {
  core: ActionCore;
  env: NodeJS.ProcessEnv;
  readTextFile(path: string): Promise<string>;
  /** The one proxy-aware dispatcher for GitHub and X; asked for only when the run first sends (it loads undici). */
  createDispatcher(env: NodeJS.ProcessEnv): Promise<HttpDispatcher>;
  /** The release GitHub has for the tag, or null (src/github/releases.ts). */
  findRelease(query: ReleaseQuery, dispatcher: Dispatcher): Promise<unknown>;
  createClient(options: XClientOptions): ActionXClient | Promise<ActionXClient>;
}

/** What the run asks of X: posts, reads of its own posts (re-runs), media uploads. */
export type ActionXClient = XPostingClient;

export function defaultDeps(): ActionDeps {
  return {
    core,
    env: process.env,
    // A sync read of one small file (the event JSON); a throw (no such file) still becomes a rejection.
    readTextFile: (path) => new Promise<string>((resolve) => resolve(readFileSync(path, "utf8"))),
    createDispatcher: async (env) => (await import("../core/proxy-agent.js")).createDispatcher(env),
    // octokit and the GitHub client are a separate chunk of the bundle: only a lookup by tag loads them.
    findRelease: async (query, dispatcher) => {
      const [{ createGitHubClient }, { findReleaseByTag }] = await Promise.all([
        import("../github/client.js"),
        import("../github/releases.js"),
      ]);
      const github = createGitHubClient({ apiUrl: query.apiUrl, token: query.token, dispatcher });
      return findReleaseByTag(github, query, { token: query.token });
    },
    // So are the X client and the OAuth code: a dry run never loads (or even parses) them.
    createClient: async (options) => {
      const { XClient } = await import("../x/client.js");
      return new XClient(options);
    },
  };
}

/** What the run writes to the log and the step's outputs: every line redacted, outside text never read as a command. */
interface RunLog {
  info(message: string): void;
  /** A titled, folded block of the log, e.g. the composed posts. */
  group(title: string, message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
}

export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  const deps = { ...defaultDeps(), ...overrides };
  // Filled once the inputs are read; every line we print passes through redact() as a last defence.
  const secrets: string[] = [];
  const log = runLog(deps.core, secrets);
  const writeSummary = async (markdown: string): Promise<void> => {
    await deps.core.summary.addRaw(redact(markdown, secrets), true).write();
  };
  try {
    const settings = readInputs(deps.core);
    secrets.push(...secretValues(settings));
    for (const line of describeSettings(settings)) log.debug(line);
    await announce(settings, { deps, log, writeSummary, dispatcher: sharedDispatcher(deps, log) });
  } catch (error) {
    log.setFailed(failureMessage(error));
    // Expected failures are explained by their message (and their code, for docs/errors.md); only surprises
    // get a stack, and only in debug logs.
    if (isExpected(error)) log.debug(`Error code: ${errorCodes(error).join(", ")} (what each means and what to do: ${DOCS_URL}errors.md).`);
    else if (error instanceof Error && error.stack) log.debug(error.stack);
  }
}

/** The run's one dispatcher, made on first use: GitHub and X share it, and a run that sends nothing never loads it. */
function sharedDispatcher(deps: ActionDeps, log: RunLog): () => Promise<Dispatcher> {
  let made: Promise<Dispatcher> | undefined;
  return () =>
    (made ??= deps.createDispatcher(deps.env).then(({ dispatcher, warning, route }) => {
      log.debug(`HTTP: ${route}`);
      if (warning) log.warning(warning);
      return dispatcher;
    }));
}

function errorCodes(error: unknown): string[] {
  if (error instanceof AggregateError) return error.errors.flatMap(errorCodes);
  return error instanceof ReleaseTweetError ? [error.code] : [];
}

function isExpected(error: unknown): boolean {
  return (
    error instanceof ReleaseTweetError ||
    (error instanceof AggregateError && error.errors.every((inner) => inner instanceof ReleaseTweetError))
  );
}

/** One line per problem; a fix shared by several problems (e.g. missing credentials) is said once, after them. */
export function failureMessage(error: unknown): string {
  // Several networks, some failed: the outcome first, then each failure, the fixes, and what a re-run does.
  if (error instanceof AnnouncementFailedError) {
    const known = error.errors.filter((inner): inner is ReleaseTweetError => inner instanceof ReleaseTweetError);
    const fixes = [...new Set(known.map((problem) => problem.fix).filter(Boolean))];
    const lines = error.errors.map((inner: unknown) => (inner instanceof ReleaseTweetError ? inner.message : describeError(inner)));
    return [error.summary, ...lines, ...fixes, error.rerun].join("\n");
  }
  if (!(error instanceof AggregateError) || !isExpected(error)) return describeError(error);
  const problems = error.errors as ReleaseTweetError[];
  const fixes = [...new Set(problems.map((problem) => problem.fix).filter(Boolean))];
  return [...problems.map((problem) => problem.message), ...fixes].join("\n");
}

interface Run {
  deps: ActionDeps;
  log: RunLog;
  writeSummary(markdown: string): Promise<void>;
  dispatcher(): Promise<Dispatcher>;
}

async function announce(settings: ActionSettings, run: Run): Promise<void> {
  const { deps, log } = run;
  const context = readRunContext(deps.env, await readEventPayload(deps));
  log.debug(`Event '${context.eventName}', repository '${context.repository ?? ""}'.`);

  // The image is checked before any request (GitHub's too), as every other input is.
  const workspace = deps.env.GITHUB_WORKSPACE || process.cwd();
  const image = await readImage(
    { path: settings.image, alt: settings.imageAlt, baseDir: workspace, baseName: "the workspace (GITHUB_WORKSPACE)", confineTo: workspace },
    { image: "Input 'image'", imageAlt: "Input 'image-alt'" },
  );
  const findRelease = async (query: ReleaseQuery) => deps.findRelease(query, await run.dispatcher());
  const resolution = await resolveRelease(settings, context, findRelease);
  if (resolution.kind === "skip") {
    log.notice(resolution.reason);
    return;
  }
  const { release } = resolution;
  log.info(`Announcing ${release.owner}/${release.repo} ${release.tag} (${release.url}).`);

  const dispatcher = () => run.dispatcher();
  const plan = await planAnnouncement(release, announceSettings(settings, image), { dispatcher, debug: (message) => log.debug(message) });
  for (const warning of plan.warnings) log.warning(warning);
  const composed = plan.networks.filter((network) => network.composition !== undefined);
  // Nothing can be posted anywhere: fail as one network alone always did, before any output.
  if (composed.length === 0) throw compositionFailure(plan.networks);
  // The notes are read once for every network: what they say about the reading is said once.
  for (const notice of composed[0]!.composition!.notices) log.info(notice);

  // What X will be sent, and what it costs, said before anything is sent (and in the dry run and the summary).
  const xPosts = plan.networks.find((network) => network.network === "x")?.composition?.posts;
  const notes = xPosts ? costNotes(xPosts, image) : [];
  if (settings.dryRun) {
    await dryRun(plan.networks, settings, run, notes);
    return;
  }

  const results = await publishAnnouncement(plan, {
    dispatcher,
    createXClient: (options) => deps.createClient(options),
    debug: (message) => log.debug(message),
    onStart: ({ network, composition: { posts } }) => {
      const count = posts.length === 1 ? "1 post" : `${posts.length} posts (a thread)`;
      log.group(`Posting ${count} to ${NETWORK_NAME[network]}`, posts.map((post) => post.text).join("\n\n"));
      if (network === "x") for (const note of notes) log.info(note);
    },
  });
  const sections = results.map((result) =>
    result.network === "x" ? reportX(result, release, log, { notes, image }) : reportNetwork(result, release, log),
  );
  // Like X's outputs, unset when nothing exists: a step that failed everywhere leaves no output to misread.
  const made = postsOutput(results);
  if (made.length > 0) log.setOutput("posts", JSON.stringify(made));
  await writeJobSummary(run, sections.join("\n"));
  if (results.some(isFailure)) throw runFailure(results);
}

/** The core's view of the Action's settings: which networks, the image, and the composer's options in the Action's names. */
function announceSettings(settings: ActionSettings, image: ImageFile | null): AnnounceSettings {
  return {
    ...(settings.xConfigured ? { x: { credentials: settings.credentials, apiBaseUrl: settings.apiBaseUrl } } : {}),
    ...(settings.bluesky ? { bluesky: settings.bluesky } : {}),
    ...(settings.mastodon ? { mastodon: settings.mastodon } : {}),
    compose: {
      template: settings.template,
      maxLength: settings.maxLength,
      thread: settings.thread,
      maxPosts: settings.maxPosts,
      numbering: settings.numbering,
      settingNames: { maxLength: "max-length", thread: "thread", maxPosts: "max-posts", numbering: "numbering" },
    },
    templates: { bluesky: settings.blueskyTemplate, mastodon: settings.mastodonTemplate },
    ...(image ? { image } : {}),
  };
}

/** What the dry run, the log and the job summary say before X is posted to: the image to attach, and the cost. */
function costNotes(posts: readonly { text: string }[], image: ImageFile | null): string[] {
  const plan = image ? planUpload(image) : null;
  const attach = image && plan ? [`Image on post 1: ${describeImage(image)}; ${describePlan(plan)}.`] : [];
  return [...attach, describeCost(planCost(posts, plan))];
}

function compositionFailure(plans: readonly NetworkPlan[]): unknown {
  const errors = plans.map((plan) => plan.error);
  return errors.length === 1 ? errors[0] : new AggregateError(errors, "No network's posts could be composed.");
}

/** X's text outputs: the posts as composed (a thread's posts joined by a blank line, and as a JSON array). */
function setTextOutputs(log: RunLog, posts: readonly Post[]): void {
  log.setOutput("text", posts.map((post) => post.text).join("\n\n"));
  // A post may hold blank lines itself: the array is what tells a thread's posts apart.
  log.setOutput("texts", JSON.stringify(posts.map((post) => post.text)));
}

function setTweetOutputs(log: RunLog, posted: readonly NetworkPost[]): void {
  const first = posted[0];
  log.setOutput("tweet-id", first?.id ?? "");
  log.setOutput("tweet-url", first?.url ?? "");
  log.setOutput("tweet-ids", JSON.stringify(posted.map((post) => post.id).filter((id): id is string => id !== null)));
}

/** Prints each network's posts and lengths, sets X's text outputs, writes the summary; fails when any could not be composed. */
async function dryRun(plans: readonly NetworkPlan[], settings: ActionSettings, run: Run, notes: readonly string[]): Promise<void> {
  const sections: string[] = [];
  for (const { network, composition, limit } of plans) {
    if (composition === undefined) continue;
    const { posts } = composition;
    if (network === "x") {
      const { title, body } = formatDryRun(posts, settings.maxLength);
      run.log.group(title, body);
      for (const note of notes) run.log.info(note);
      setTextOutputs(run.log, posts);
      sections.push(buildSummary({ kind: "dry-run", posts: posts.map((post) => ({ text: post.text, url: null })), notes: [...notes] }));
    } else {
      const { title, body } = formatNetworkDryRun(network, posts, limit);
      run.log.group(title, body);
      sections.push(networkDryRunSummary(network, posts));
    }
  }
  await writeJobSummary(run, sections.join("\n"));
  const failed = plans.filter((plan) => plan.composition === undefined);
  if (failed.length > 0) throw compositionFailure(failed);
}

/** X's outputs, log lines and summary section, as they were when X was the only network. */
function reportX(result: NetworkResult, release: Release, log: RunLog, plan: { notes: readonly string[]; image: ImageFile | null }): string {
  const posts = result.composed;
  const notes = [...plan.notes];
  switch (result.status) {
    case "partly-posted":
      // Part of the thread exists: say which (outputs and summary), post nothing more, then fail as before.
      setTextOutputs(log, posts);
      setTweetOutputs(log, result.posts);
      return buildSummary({
        kind: "partly-posted",
        posted: result.posts.length,
        replyRefused: result.error instanceof ReleaseTweetError && result.error.code === "EXREPLYREFUSED",
        posts: posts.map((post, index) => ({ text: post.text, url: result.posts[index]?.url ?? null })),
        notes,
      });
    case "failed":
      return networkSummary(result);
    case "already-posted":
      setTextOutputs(log, posts);
      log.notice(`${release.tag} was already posted to X (X refused a duplicate of the first post); nothing new was posted.`);
      // A thread was read back (its posts' links are known); a single post was not (no read needed).
      if (result.posts.length > 0) setTweetOutputs(log, result.posts);
      return buildSummary({
        kind: "already-posted",
        posts: posts.map((post, index) => ({ text: post.text, url: result.posts[index]?.url ?? null })),
        notes,
      });
    case "posted": {
      setTextOutputs(log, posts);
      setTweetOutputs(log, result.posts);
      const kept = result.posts.filter((post) => post.alreadyPosted).length;
      if (kept > 0) log.info(`${kept} of the ${posts.length} posts existed already (an earlier run); only the missing ones were posted.`);
      const first = result.posts[0];
      // A null id means X confirmed the post exists (e.g. a retry met "duplicate") without telling us which it is.
      const where = first?.url ?? "X confirmed the post exists but did not return its id";
      log.info(result.posts.length > 1 ? `Posted a thread of ${result.posts.length} posts: ${where}` : `Posted: ${where}`);
      const sent = result.sent;
      const did = sent
        ? describeCost(
            runCost({
              posts: sent.postIndexes.map((index) => ({ text: posts[index]?.text ?? "", number: index + 1 })),
              upload: sent.media > 0 && plan.image ? planUpload(plan.image) : null,
              readRequests: sent.reads,
            }),
            "did",
          )
        : null;
      return buildSummary({ kind: "posted", posts: result.posts.map((post) => ({ text: post.text, url: post.url })), notes: did ? [...notes, did] : notes });
    }
  }
}

/** Bluesky's or Mastodon's output (the first post's URL), log lines and summary section. */
function reportNetwork(result: NetworkResult, release: Release, log: RunLog): string {
  const name = NETWORK_NAME[result.network];
  const first = result.posts[0];
  if (first?.url) log.setOutput(`${result.network}-url`, first.url);
  for (const warning of result.warnings) log.warning(warning);
  if (result.status === "already-posted") {
    log.notice(`${release.tag} was already posted on ${name} (an earlier run's posts are there); nothing new was posted.`);
  } else if (result.status === "posted") {
    const earlier = result.posts.filter((post) => post.alreadyPosted).length;
    const completed = earlier > 0 ? ` (${earlier} of them from an earlier run)` : "";
    log.info(result.posts.length > 1 ? `Posted a thread of ${result.posts.length} posts on ${name}${completed}: ${first?.url ?? ""}` : `Posted on ${name}: ${first?.url ?? ""}`);
  }
  return networkSummary(result);
}

/** The `posts` output: every post of the announcement that exists and whose id is known, network by network. */
function postsOutput(results: readonly NetworkResult[]): Array<{ network: string; id: string; url: string | null }> {
  return results.flatMap((result) =>
    result.posts.flatMap((post) => (post.id === null ? [] : [{ network: result.network, id: post.id, url: post.url }])),
  );
}

async function readEventPayload(deps: ActionDeps): Promise<unknown> {
  const path = deps.env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  try {
    return JSON.parse(await deps.readTextFile(path)) as unknown;
  } catch (error) {
    throw new ReleaseTweetError(
      "EEVENTFILE",
      `The workflow event file (GITHUB_EVENT_PATH) could not be read as JSON.`,
      "Run release-tweet as a step of a GitHub Actions workflow, which writes that file.",
      { docs: "github-action", cause: error },
    );
  }
}

// The post already exists by now: a summary that cannot be written must not fail the step (a re-run would be a no-op).
async function writeJobSummary(run: Run, markdown: string): Promise<void> {
  if (markdown === "") return;
  try {
    await run.writeSummary(markdown);
  } catch (error) {
    run.log.warning(`Could not write the job summary: ${describeError(error)}`);
  }
}

function runLog(actions: ActionCore, secrets: readonly string[]): RunLog {
  // Control characters too: an unexpected error's message is printed as it is, and ESC or BEL must not reach the log.
  const clean = (text: string): string => withoutTerminalControls(redact(text, secrets));
  // core.info prints as it is, and release notes reach the log (the posts): commands in them are paused.
  // Annotations, debug lines and outputs are escaped by @actions/core itself.
  const info = (message: string): void => {
    const text = clean(message);
    const pause = commandPause(text);
    if (pause) actions.info(pause.before);
    actions.info(text);
    if (pause) actions.info(pause.after);
  };
  return {
    info,
    group: (title, message) => {
      actions.startGroup(clean(title));
      info(message);
      actions.endGroup();
    },
    notice: (message) => actions.notice(clean(message)),
    warning: (message) => actions.warning(clean(message)),
    debug: (message) => actions.debug(clean(message)),
    setOutput: (name, value) => actions.setOutput(name, clean(value)),
    setFailed: (message) => actions.setFailed(clean(message)),
  };
}
