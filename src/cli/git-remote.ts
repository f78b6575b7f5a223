// Finds the GitHub repository of the working directory from its origin remote (https, ssh and scp-like forms).
import { execFile } from "node:child_process";

export interface GitHubRemote {
  /** e.g. github.com or a GitHub Enterprise Server host */
  host: string;
  /** "owner/name" */
  repo: string;
}

const SCP_LIKE = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)\/?([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/;

/** Parses a remote URL; undefined when it does not name an owner/name repository. Never returns credentials. */
export function parseGitHubRemote(remote: string): GitHubRemote | undefined {
  const text = remote.trim();
  if (/^(?:https?|ssh|git|git\+ssh):\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return undefined;
    }
    const parts = url.pathname.replace(/^\/+|\/+$/g, "").split("/");
    if (parts.length !== 2) return undefined;
    const [owner = "", name = ""] = parts;
    return build(url.hostname, owner, name);
  }
  const scp = SCP_LIKE.exec(text);
  if (scp) return build(scp[1] ?? "", scp[2] ?? "", scp[3] ?? "");
  return undefined;
}

function build(host: string, owner: string, rawName: string): GitHubRemote | undefined {
  const name = rawName.replace(/\.git$/, "");
  if (!host || !owner || !name) return undefined;
  return { host: host.toLowerCase(), repo: `${decodeURIComponent(owner)}/${decodeURIComponent(name)}` };
}

/** `git config --get remote.origin.url` in `cwd`; undefined when git, the repository or the remote is missing. */
export function readOriginRemote(cwd: string): Promise<GitHubRemote | undefined> {
  return new Promise((resolve) => {
    execFile("git", ["config", "--get", "remote.origin.url"], { cwd, timeout: 5_000 }, (error, stdout) => {
      resolve(error ? undefined : parseGitHubRemote(stdout));
    });
  });
}
