// Translates semantic-release's view of a release (nextRelease, releases[], repository URL, branch) into the core's Release. Pure.
import { readRepositoryUrl } from "../github/repository-url.js";
import type { Release } from "../core/types.js";
import type { Branch, NextRelease, PublishedRelease, StepContext } from "./context.js";

/** Owner and name: the last two path segments (GitLab subgroups, file:// remotes in tests); "" when unknown. */
export function parseRepositoryUrl(repositoryUrl: string | undefined): { owner: string; repo: string } {
  const segments = readRepositoryUrl(repositoryUrl)?.segments ?? [];
  return { owner: segments.at(-2) ?? "", repo: segments.at(-1) ?? "" };
}

// The forge's release page is what {url} promises; @semantic-release/npm also returns a URL (the package page),
// and it is usually listed first.
const FORGE_PLUGIN = /(?:^|[/-])(?:github|gitlab|gitea|forgejo|bitbucket)$/i;

/** The release page: the URL the GitHub (or GitLab…) plugin returned, else the first URL any plugin returned. */
export function releaseUrl(releases: readonly PublishedRelease[] | undefined): string {
  const withUrl = (releases ?? []).filter((release) => typeof release.url === "string" && release.url.trim() !== "");
  const forge = withUrl.find((release) => FORGE_PLUGIN.test(release.pluginName ?? ""));
  return (forge ?? withUrl[0])?.url?.trim() ?? "";
}

/** Why this release is not on the default channel, or null when it is. */
export function prereleaseReason(nextRelease: NextRelease | undefined, branch: Branch | undefined): string | null {
  if (nextRelease?.channel) return `it was released on the "${nextRelease.channel}" channel, not the default one`;
  if (branch?.prerelease || branch?.type === "prerelease") {
    return `it comes from the prerelease branch "${branch.name ?? "?"}"`;
  }
  if (nextRelease?.version?.includes("-")) return `${nextRelease.version} is a prerelease version`;
  return null;
}

/** The core's release; `project` is the package name when known (see package-name.ts). */
export function toRelease(context: Pick<StepContext, "nextRelease" | "releases" | "options">, project?: string): Release {
  const next = context.nextRelease ?? {};
  // By the success step options.repositoryUrl may hold push credentials; the original URL does not.
  const { owner, repo } = parseRepositoryUrl(context.options?.originalRepositoryURL ?? context.options?.repositoryUrl);
  return {
    version: next.version ?? "",
    tag: next.gitTag ?? "",
    name: next.name ?? next.gitTag ?? "",
    repo,
    owner,
    url: releaseUrl(context.releases),
    notes: next.notes ?? null,
    ...(project ? { project } : {}),
  };
}

/** "v1.2.3" for messages. */
export function releaseLabel(nextRelease: NextRelease | undefined): string {
  return nextRelease?.gitTag || nextRelease?.version || "The release";
}
