// Decides which GitHub release the Action announces: from the release event, or by tag (the lookup itself is
// src/github/releases.ts, reached through the FindRelease seam).
import { ReleaseTweetError } from "../core/errors.js";
import { DEFAULT_GITHUB_API_URL, type Release } from "../core/types.js";
import { versionOfTag } from "../core/tag-version.js";

/** The fields of a GitHub release we use, as the event payload and the REST API both give them. */
export interface GitHubRelease {
  tag_name: string;
  name: string | null;
  body: string | null;
  html_url: string;
  draft: boolean;
  prerelease: boolean;
}

/** What the runner tells us about the run (from GITHUB_* variables and the event file). */
export interface RunContext {
  eventName: string;
  /** The parsed event file; undefined when there is none. */
  payload: unknown;
  /** GITHUB_REF, e.g. refs/tags/v1.2.3 on a tag push. */
  ref: string | undefined;
  /** GITHUB_REPOSITORY, "owner/name". */
  repository: string | undefined;
  /** GITHUB_API_URL; GitHub Enterprise Server sets its own. */
  apiUrl: string;
}

export interface ReleaseQuery {
  owner: string;
  repo: string;
  tag: string;
  token: string;
  apiUrl: string;
}

/** Returns the release for a tag, or null when the tag has none. */
export type FindRelease = (query: ReleaseQuery) => Promise<unknown>;

export interface ReleaseOptions {
  tag: string | undefined;
  githubToken: string | undefined;
  includePrereleases: boolean;
}

export type Resolution =
  | { kind: "announce"; release: Release }
  /** Not an error: the run succeeds with a notice saying why nothing was posted. */
  | { kind: "skip"; reason: string };

/**
 * The subscription the docs give: `released` fires once per full release (a direct publish, or a prerelease promoted);
 * `prereleased` is added by those who announce prereleases (include-prereleases). One run per release (issue 13).
 */
const SUBSCRIBE = "on: release: types: [released]";
const SUBSCRIBE_PRERELEASES = "types: [released, prereleased]";

/** The release actions announced; `published` still is, for workflows that subscribed to it before. */
const ANNOUNCED_ACTIONS = new Set(["released", "prereleased", "published"]);

export function readRunContext(env: NodeJS.ProcessEnv, payload: unknown): RunContext {
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload,
    ref: env.GITHUB_REF,
    repository: env.GITHUB_REPOSITORY,
    apiUrl: env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL,
  };
}

export async function resolveRelease(options: ReleaseOptions, context: RunContext, findRelease: FindRelease): Promise<Resolution> {
  const { owner, repo } = repositoryOf(context);

  let source: GitHubRelease;
  if (context.eventName === "release") {
    const payload = isRecord(context.payload) ? context.payload : {};
    const action = typeof payload.action === "string" ? payload.action : "";
    // `released` fires when a release becomes a full release: on publishing one, and on promoting a prerelease;
    // `prereleased` when a prerelease is published (announced only with include-prereleases). A workflow still on
    // `published` gets a direct publish twice (with `released`); X refuses the second post as a duplicate, which the
    // run reports as already posted.
    if (!ANNOUNCED_ACTIONS.has(action)) {
      return {
        kind: "skip",
        reason:
          `Nothing to announce: this run is for a release '${action || "unknown"}' event. ` +
          `Subscribe the workflow to \`${SUBSCRIBE}\` (\`${SUBSCRIBE_PRERELEASES}\` to announce prereleases too): each release then starts one run.`,
      };
    }
    source = parseRelease(payload.release, "the release event");
  } else {
    const tag = options.tag ?? tagFromRef(context.ref);
    if (!tag) {
      throw new ReleaseTweetError(
        "ENOTAG",
        `No release to announce: the '${context.eventName || "unknown"}' event is not a release event and no tag was given.`,
        `Run the workflow \`${SUBSCRIBE}\`, or set the \`tag\` input (e.g. \`tag: \${{ inputs.tag }}\`).`,
        { docs: "github-action" },
      );
    }
    if (!options.githubToken) {
      throw new ReleaseTweetError(
        "ENOGITHUBTOKEN",
        `Input 'github-token' is empty, so the release for tag '${tag}' cannot be looked up.`,
        "Remove the input to use the workflow's token (with `permissions: contents: read`), or pass a token that can read the repository.",
        { docs: "github-action" },
      );
    }
    const found = await findRelease({ owner, repo, tag, token: options.githubToken, apiUrl: context.apiUrl });
    if (found === null) {
      throw new ReleaseTweetError(
        "ENORELEASE",
        `There is no GitHub release for tag '${tag}' in ${owner}/${repo}.`,
        "Publish a release for that tag first, or check the `tag` input. For a private repository the token also needs `contents: read`.",
        { docs: "github-action" },
      );
    }
    source = parseRelease(found, `the GitHub API's answer for tag '${tag}'`);
  }

  if (source.draft) {
    return { kind: "skip", reason: `Release ${source.tag_name} is a draft; drafts are never announced.` };
  }
  if (source.prerelease && !options.includePrereleases) {
    return {
      kind: "skip",
      reason: `Release ${source.tag_name} is a prerelease; set \`include-prereleases: true\` to announce prereleases.`,
    };
  }
  return { kind: "announce", release: toRelease(source, owner, repo, aboutOf(context.payload)) };
}

/** The core's view of a GitHub release. */
export function toRelease(source: GitHubRelease, owner: string, repo: string, about?: string): Release {
  const tag = source.tag_name;
  return {
    version: versionOfTag(tag),
    tag,
    // GitHub shows the tag as the title of a release without a name.
    name: source.name?.trim() || tag,
    repo,
    owner,
    url: source.html_url,
    notes: source.body,
    ...(about ? { about } : {}),
  };
}

/** The repository's description, which every event's payload carries: it often spells the project's name. */
function aboutOf(payload: unknown): string | undefined {
  const repository = isRecord(payload) ? payload.repository : undefined;
  const description = isRecord(repository) ? repository.description : undefined;
  return typeof description === "string" && description.trim() ? description.trim() : undefined;
}

function tagFromRef(ref: string | undefined): string | undefined {
  return ref?.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) || undefined : undefined;
}

function repositoryOf(context: RunContext): { owner: string; repo: string } {
  const [owner, repo, ...rest] = (context.repository ?? "").split("/");
  if (owner && repo && rest.length === 0) return { owner, repo };
  // Outside the runner GITHUB_REPOSITORY may be missing; the event still names the repository.
  const repository = isRecord(context.payload) ? context.payload.repository : undefined;
  if (isRecord(repository) && typeof repository.name === "string" && isRecord(repository.owner)) {
    const login = repository.owner.login;
    if (typeof login === "string" && login && repository.name) return { owner: login, repo: repository.name };
  }
  throw new ReleaseTweetError(
    "ENOREPOSITORY",
    "The repository is unknown: GITHUB_REPOSITORY is not set to owner/name.",
    "Run release-tweet as a step of a GitHub Actions workflow, which sets GITHUB_REPOSITORY.",
    { docs: "github-action" },
  );
}

function parseRelease(value: unknown, where: string): GitHubRelease {
  const ok =
    isRecord(value) &&
    typeof value.tag_name === "string" &&
    value.tag_name !== "" &&
    typeof value.html_url === "string" &&
    (value.name === null || value.name === undefined || typeof value.name === "string") &&
    (value.body === null || value.body === undefined || typeof value.body === "string") &&
    (value.draft === undefined || typeof value.draft === "boolean") &&
    (value.prerelease === undefined || typeof value.prerelease === "boolean");
  if (!ok) {
    throw new ReleaseTweetError(
      "EINVALIDRELEASE",
      `The release in ${where} is missing its tag_name or html_url.`,
      "Check that the workflow runs on a GitHub release (not a custom event payload).",
      { docs: "github-action" },
    );
  }
  return {
    tag_name: value.tag_name as string,
    name: (value.name as string | null | undefined) ?? null,
    body: (value.body as string | null | undefined) ?? null,
    html_url: value.html_url as string,
    draft: value.draft === true,
    prerelease: value.prerelease === true,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
