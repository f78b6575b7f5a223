// Finds the GitHub repository of the working directory from its origin remote (https, ssh and scp-like forms).
import { execFile } from "node:child_process";
import { readRepositoryUrl } from "../github/repository-url.js";

export interface GitHubRemote {
  /** e.g. github.com or a GitHub Enterprise Server host */
  host: string;
  /** "owner/name" */
  repo: string;
}

/** Parses a remote URL; undefined unless it names a host and exactly owner/name. Never returns credentials. */
export function parseGitHubRemote(remote: string): GitHubRemote | undefined {
  const parsed = readRepositoryUrl(remote);
  if (!parsed?.host || parsed.segments.length !== 2) return undefined;
  const [owner = "", name = ""] = parsed.segments;
  return { host: parsed.host, repo: `${owner}/${name}` };
}

/** `git config --get remote.origin.url` in `cwd`; undefined when git, the repository or the remote is missing. */
export function readOriginRemote(cwd: string): Promise<GitHubRemote | undefined> {
  return new Promise((resolve) => {
    execFile("git", ["config", "--get", "remote.origin.url"], { cwd, timeout: 5_000 }, (error, stdout) => {
      resolve(error ? undefined : parseGitHubRemote(stdout));
    });
  });
}
