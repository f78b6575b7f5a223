// The one GitHub client of every door: octokit from @actions/github's getOctokit, sending through the door's
// proxy-aware undici dispatcher, and the token never sent to any origin but the API's (GITHUB_API_URL).
import { getOctokit } from "@actions/github";
import { Headers, fetch as undiciFetch, type Dispatcher } from "undici";
import { networkCode } from "../core/http.js";
import { githubMessage } from "./error-message.js";

export type Octokit = ReturnType<typeof getOctokit>;

export interface GitHubClient {
  octokit: Octokit;
  /** The API base the token belongs to, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  apiUrl: string;
  /** Kept only to blank it out of GitHub's words before they are quoted (an answer may echo it). */
  token: string;
}

export interface GitHubClientOptions {
  /** GITHUB_API_URL, or the default https://api.github.com. A trailing slash is ignored. */
  apiUrl: string;
  token: string;
  /** The door's dispatcher (src/core/proxy-agent.ts); default undici's global one. */
  dispatcher?: Dispatcher;
}

/** GitHub's answer to one call, or why there was none. Headers lowercased; `data` as octokit parsed it. */
export type GitHubAnswer =
  | { status: number; headers: Record<string, string>; data: unknown }
  /** `why`: a system code (ECONNREFUSED…), "no answer within N s", or "" when nothing more is known. */
  | { unreachable: true; why: string };

const USER_AGENT = "release-tweet";
const API_VERSION = "2022-11-28";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const apiUrl = options.apiUrl.replace(/\/+$/, "");
  const octokit = getOctokit(options.token, {
    baseUrl: apiUrl,
    userAgent: USER_AGENT,
    request: { fetch: apiOriginFetch(new URL(apiUrl).origin, options.dispatcher) },
  });
  octokit.hook.before("request", (request) => {
    request.headers["x-github-api-version"] = API_VERSION;
  });
  return { octokit, apiUrl, token: options.token };
}

type FetchInit = NonNullable<Parameters<typeof undiciFetch>[1]>;

/**
 * undici's fetch through `dispatcher`, following a redirect only when it stays on the API's origin (GitHub answers a
 * renamed repository with a 301 to api.github.com/repositories/ID/…). A redirect anywhere else is handed back to
 * octokit as the 3xx it is, so the Authorization header is never sent to another host, not even stripped of it.
 */
export function apiOriginFetch(apiOrigin: string, dispatcher: Dispatcher | undefined) {
  return async (input: string | URL, init: FetchInit = {}) => {
    let url = new URL(input);
    if (url.origin !== apiOrigin) throw new Error(`release-tweet sends GitHub requests only to ${apiOrigin}, not to ${url.origin}.`);
    let { method = "GET", body } = init;
    let headers = new Headers(init.headers);
    for (let hops = 0; ; hops++) {
      const response = await undiciFetch(url.href, { ...init, method, body, headers, redirect: "manual", dispatcher });
      const location = REDIRECTS.has(response.status) ? response.headers.get("location") : null;
      const next = location === null ? null : URL.parse(location, url.href);
      if (next === null || next.origin !== apiOrigin || hops === MAX_REDIRECTS) return response;
      await response.body?.cancel();
      // Fetch's rule: 303, and 301/302 after a POST, continue as a GET without the body; 307/308 repeat the request.
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST")) {
        method = "GET";
        body = undefined;
        headers = new Headers(headers);
        headers.delete("content-type");
      }
      url = next;
    }
  };
}

/**
 * Runs one octokit call under a deadline and returns what GitHub answered, whatever the status; only a call that got
 * no answer at all comes back as unreachable. Nothing of octokit's error travels on: it holds the request.
 */
export async function callGitHub(
  call: (request: { signal: AbortSignal }) => Promise<{ status: number; headers: object; data: unknown }>,
  timeoutMs: number,
): Promise<GitHubAnswer> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const { status, headers, data } = await call({ signal });
    return { status, headers: stringHeaders(headers), data };
  } catch (error) {
    const response = answerOf(error);
    if (response) return response;
    if (signal.aborted) return { unreachable: true, why: `no answer within ${timeoutMs / 1000} s` };
    const cause = typeof error === "object" && error !== null && "cause" in error ? error.cause : error;
    return { unreachable: true, why: networkCode(cause) };
  }
}

/** GitHub's own words from an answer's body ({ message }), as one line with `secrets` blanked; "" when it has none. */
export function answerMessage(answer: { data: unknown }, secrets: Iterable<string | undefined>): string {
  const { data } = answer;
  return githubMessage(typeof data === "string" ? data : (JSON.stringify(data) ?? ""), secrets);
}

/** The host of the API, for messages: never a path, query or user info. */
export function apiHost(apiUrl: string): string {
  return URL.parse(apiUrl)?.host ?? apiUrl;
}

/** octokit's RequestError for an HTTP answer (status ≥ 400, 304) carries the response; a network failure does not. */
function answerOf(error: unknown): GitHubAnswer | undefined {
  if (typeof error !== "object" || error === null || !("response" in error)) return undefined;
  const response = error.response;
  if (typeof response !== "object" || response === null || !("status" in response) || typeof response.status !== "number") {
    return undefined;
  }
  const headers = "headers" in response && typeof response.headers === "object" && response.headers !== null ? response.headers : {};
  return { status: response.status, headers: stringHeaders(headers), data: "data" in response ? response.data : undefined };
}

function stringHeaders(headers: object): Record<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && value !== null) out.set(name.toLowerCase(), String(value));
  }
  return Object.fromEntries(out);
}
