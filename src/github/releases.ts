// Looks a release up by its tag (GET /repos/{owner}/{repo}/releases/tags/{tag}) and says in the user's terms why not.
import { ReleaseTweetError } from "../core/errors.js";
import { answerMessage, callGitHub, type GitHubClient } from "./client.js";
import { describeGitHubReset } from "./rate-limit.js";

export interface ReleaseLookup {
  owner: string;
  repo: string;
  tag: string;
}

/** How long the lookup may take in all (connect, headers and body). */
const LOOKUP_TIMEOUT_MS = 10_000;
const RETRY_FIX = "Re-run the job; if it keeps failing, check https://www.githubstatus.com and the GITHUB_API_URL variable.";

/**
 * The release GitHub has for the tag, as GitHub sent it (the caller checks its fields), or null when the tag has
 * none. `token` is only for blanking it out of GitHub's words. Every other answer is a ReleaseTweetError.
 */
export async function findReleaseByTag(
  github: GitHubClient,
  lookup: ReleaseLookup,
  options: { token?: string; now?: () => number; timeoutMs?: number } = {},
): Promise<unknown> {
  const { owner, repo, tag } = lookup;
  const answer = await callGitHub(
    (request) => github.octokit.rest.repos.getReleaseByTag({ owner, repo, tag, request }),
    options.timeoutMs ?? LOOKUP_TIMEOUT_MS,
  );
  if ("unreachable" in answer) {
    throw new ReleaseTweetError(
      "EGITHUBAPI",
      `Could not reach the GitHub API at ${github.apiUrl} to look up tag '${tag}'${answer.why ? ` (${answer.why})` : ""}.`,
      RETRY_FIX,
      { docs: "github-action" },
    );
  }
  const { status, headers } = answer;
  if (status === 200) {
    // octokit hands back the text when a 200's body does not parse as JSON.
    if (typeof answer.data === "object" && answer.data !== null) return answer.data;
    throw new ReleaseTweetError(
      "EGITHUBAPI",
      `The GitHub API answered tag '${tag}' with a body that is not JSON.`,
      RETRY_FIX,
      { docs: "github-action" },
    );
  }
  if (status === 404) return null;
  if (status === 401) {
    throw new ReleaseTweetError(
      "EGITHUBTOKEN",
      `GitHub rejected the token used to look up tag '${tag}' (401 Bad credentials).`,
      "Remove the `github-token` input to use the workflow's token, or pass a valid token.",
      { docs: "github-action" },
    );
  }
  const answered = `The GitHub API answered ${status} when looking up the release for tag '${tag}'`;
  // GitHub docs "Rate limits for the REST API": a primary limit is 403/429 with x-ratelimit-remaining: 0 (reset in
  // x-ratelimit-reset, epoch seconds); a secondary limit sends retry-after (seconds).
  if ((status === 403 || status === 429) && (headers["x-ratelimit-remaining"] === "0" || headers["retry-after"] !== undefined)) {
    const now = (options.now ?? Date.now)();
    const reset = describeGitHubReset(headers, now);
    throw new ReleaseTweetError(
      "EGITHUBRATELIMITED",
      `${answered}: the GitHub API rate limit is used up` +
        (reset ? `; it resets at ${reset.at} UTC (in ${reset.minutes} minute${reset.minutes === 1 ? "" : "s"}).` : "."),
      reset ? "Re-run the job after the reset." : "Re-run the job later (GitHub's rate limits reset within an hour).",
      { docs: "github-action" },
    );
  }
  // A redirect that stays on the API host was followed (src/github/client.ts); one that leads elsewhere ends here,
  // so the token never leaves the API host it was given to.
  if (status >= 300 && status < 400) {
    throw new ReleaseTweetError(
      "EGITHUBAPI",
      `${answered}: the repository ${owner}/${repo} has moved (renamed or transferred), and the redirect to another host is not followed.`,
      "Run the workflow in the repository under its new owner/name, and update any `uses:` or links that still name the old one.",
      { docs: "github-action" },
    );
  }
  const said = answerMessage(answer, [options.token]);
  throw new ReleaseTweetError(
    "EGITHUBAPI",
    `${answered}${said ? ` ("${said}")` : ""}.`,
    status === 403
      ? "Give the workflow `permissions: contents: read` (or pass a token that can read the repository)."
      : RETRY_FIX,
    { docs: "github-action" },
  );
}
