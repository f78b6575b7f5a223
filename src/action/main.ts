// The Action's run: inputs → release → compose → post (or dry run) → outputs and job summary.
import { readFileSync } from "node:fs";
import { composePosts } from "../notes/compose.js";
import { describeError, ReleaseTweetError } from "../core/errors.js";
import { publishPosts, ThreadPartialError, type PublishResult } from "../x/publish-thread.js";
import { withoutTerminalControls } from "../core/outside-text.js";
import { redact } from "../core/redact.js";
import type { PostedTweet } from "../core/types.js";
import type { XClient, XClientOptions } from "../x/client.js";
import { readInputs, runnerInputReader, secretValues, type ActionSettings, type InputReader } from "./inputs.js";
import { findReleaseByTag, readRunContext, resolveRelease, type FindRelease } from "./release.js";
import { routeThroughProxy } from "./proxy.js";
import { createRunner } from "./runner.js";
import { buildSummary, formatDryRun, type SummaryOutcome } from "./summary.js";

/** What the run writes to the workflow log and step outputs. */
export interface ActionLog {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
}

/** Everything the run touches outside itself; tests replace any of it. */
export interface ActionDeps {
  inputs: InputReader;
  env: NodeJS.ProcessEnv;
  log: ActionLog;
  readTextFile(path: string): Promise<string>;
  findRelease: FindRelease;
  /** May resolve later: the real client (and its HTTP stack) is loaded only when a run posts. */
  createClient(options: XClientOptions): Pick<XClient, "postTweet"> | Promise<Pick<XClient, "postTweet">>;
  writeSummary(markdown: string): Promise<void>;
  /** Sends later requests through the runner's proxy, if one is set; returns a warning when that is impossible. */
  routeThroughProxy(): string | undefined;
}

export function defaultDeps(): ActionDeps {
  const runner = createRunner();
  return {
    inputs: runnerInputReader(runner),
    env: process.env,
    log: {
      info: (message) => runner.info(message),
      notice: (message) => runner.notice(message),
      warning: (message) => runner.warning(message),
      debug: (message) => runner.debug(message),
      setOutput: (name, value) => runner.output(name, value),
      setFailed: (message) => runner.fail(message),
    },
    // A sync read of one small file (the event JSON): node:fs/promises would load readline and more at start-up.
    // A throw (no such file) still becomes a rejection.
    readTextFile: (path) => new Promise<string>((resolve) => resolve(readFileSync(path, "utf8"))),
    findRelease: findReleaseByTag,
    // The X client and the OAuth code are a separate chunk of the bundle: a dry run never loads (or even parses) them.
    createClient: async (options) => {
      const { XClient } = await import("../x/client.js");
      return new XClient(options);
    },
    routeThroughProxy: () => routeThroughProxy(process.env),
    // A throw (no summary file) becomes a rejection, which the run turns into a warning.
    writeSummary: (markdown) => new Promise<void>((resolve) => resolve(runner.summary(markdown))),
  };
}

export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  const deps = { ...defaultDeps(), ...overrides };
  // Filled once the inputs are read; every line we print passes through redact() as a last defence.
  const secrets: string[] = [];
  const log = redactingLog(deps.log, secrets);
  const writeSummary = (markdown: string): Promise<void> => deps.writeSummary(redact(markdown, secrets));
  try {
    const settings = readInputs(deps.inputs);
    secrets.push(...secretValues(settings));
    const proxyWarning = deps.routeThroughProxy();
    if (proxyWarning) log.warning(proxyWarning);
    await announce(settings, { ...deps, log, writeSummary });
  } catch (error) {
    log.setFailed(failureMessage(error));
    // Expected failures are explained by their message (and their code, for the README's tables); only surprises
    // get a stack, and only in debug logs.
    if (isExpected(error)) log.debug(`Error code: ${errorCodes(error).join(", ")} (see "Troubleshooting" in the README).`);
    else if (error instanceof Error && error.stack) log.debug(error.stack);
  }
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
  if (!(error instanceof AggregateError) || !isExpected(error)) return describeError(error);
  const problems = error.errors as ReleaseTweetError[];
  const fixes = [...new Set(problems.map((problem) => problem.fix).filter(Boolean))];
  return [...problems.map((problem) => problem.message), ...fixes].join("\n");
}

async function announce(settings: ActionSettings, deps: ActionDeps): Promise<void> {
  const { log } = deps;
  const context = readRunContext(deps.env, await readEventPayload(deps));
  log.debug(`Event '${context.eventName}', repository '${context.repository ?? ""}'.`);

  const resolution = await resolveRelease(settings, context, deps.findRelease);
  if (resolution.kind === "skip") {
    log.notice(resolution.reason);
    return;
  }
  const { release } = resolution;
  log.info(`Announcing ${release.owner}/${release.repo} ${release.tag} (${release.url}).`);

  const composition = composePosts(release, {
    template: settings.template,
    maxLength: settings.maxLength,
    thread: settings.thread,
    maxPosts: settings.maxPosts,
    numbering: settings.numbering,
    settingNames: { maxLength: "max-length", thread: "thread", maxPosts: "max-posts", numbering: "numbering" },
  });
  for (const notice of composition.notices) log.info(notice);
  const { posts } = composition;
  const setTextOutputs = (): void => {
    log.setOutput("text", posts.map((post) => post.text).join("\n\n"));
    // A post may hold blank lines itself: the array is what tells a thread's posts apart.
    log.setOutput("texts", JSON.stringify(posts.map((post) => post.text)));
  };

  const setTweetOutputs = (posted: readonly PostedTweet[]): void => {
    const first = posted[0];
    log.setOutput("tweet-id", first?.id ?? "");
    log.setOutput("tweet-url", first?.url ?? "");
    log.setOutput("tweet-ids", JSON.stringify(posted.map((post) => post.id).filter((id): id is string => id !== null)));
  };

  if (settings.dryRun) {
    log.info(formatDryRun(posts, settings.maxLength));
    setTextOutputs();
    await writeJobSummary(deps, { kind: "dry-run", posts: posts.map((post) => ({ text: post.text, url: null })) });
    return;
  }

  const client = await deps.createClient({
    credentials: settings.credentials,
    baseUrl: settings.apiBaseUrl,
    debug: (message) => log.debug(message),
  });
  let result: PublishResult;
  try {
    result = await publishPosts(client, posts);
  } catch (error) {
    if (error instanceof ThreadPartialError) {
      // Part of the thread exists: say which (outputs and summary), post nothing more, then fail as before.
      setTextOutputs();
      setTweetOutputs(error.posted);
      await writeJobSummary(deps, {
        kind: "partly-posted",
        posted: error.posted.length,
        posts: posts.map((post, index) => ({ text: post.text, url: error.posted[index]?.url ?? null })),
      });
    }
    throw error;
  }
  setTextOutputs();

  if (result.alreadyPosted) {
    log.notice(
      `${release.tag} was already posted to X (X refused a duplicate of the first post); nothing new was posted.`,
    );
    await writeJobSummary(deps, { kind: "already-posted", posts: posts.map((post) => ({ text: post.text, url: null })) });
    return;
  }

  setTweetOutputs(result.posts);
  const first = result.posts[0];
  // A null id means X confirmed the post exists (e.g. a retry met "duplicate") without telling us which it is.
  const where = first?.url ?? "X confirmed the post exists but did not return its id";
  log.info(result.posts.length > 1 ? `Posted a thread of ${result.posts.length} posts: ${where}` : `Posted: ${where}`);
  await writeJobSummary(deps, { kind: "posted", posts: result.posts });
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
async function writeJobSummary(deps: ActionDeps, outcome: SummaryOutcome): Promise<void> {
  try {
    await deps.writeSummary(buildSummary(outcome));
  } catch (error) {
    deps.log.warning(`Could not write the job summary: ${describeError(error)}`);
  }
}

function redactingLog(log: ActionLog, secrets: readonly string[]): ActionLog {
  // Control characters too: an unexpected error's message is printed as it is, and ESC or BEL must not reach the log.
  const clean = (text: string): string => withoutTerminalControls(redact(text, secrets));
  return {
    info: (message) => log.info(clean(message)),
    notice: (message) => log.notice(clean(message)),
    warning: (message) => log.warning(clean(message)),
    debug: (message) => log.debug(clean(message)),
    setOutput: (name, value) => log.setOutput(name, clean(value)),
    setFailed: (message) => log.setFailed(clean(message)),
  };
}
