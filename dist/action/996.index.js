export const id = 996;
export const ids = [996,449];
export const modules = {

/***/ 1983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T9: () => (/* binding */ requestText),
/* harmony export */   e8: () => (/* binding */ networkCode),
/* harmony export */   u6: () => (/* binding */ networkCause)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6752);
// How the core sends a request of its own (X's signed calls): undici's request() through the door's dispatcher, the
// whole answer read as text, redirects never followed. GitHub's calls go through octokit instead (src/github/client.ts).

/**
 * Sends one request and reads the whole answer. Redirects are returned, never followed (undici's request() follows
 * none): a signed request must not be replayed to another address. Rejects with undici's or the system's error;
 * `networkCode` reads its code.
 */
async function requestText(url, req) {
    let sentHeaders = req.headers;
    let sent;
    if (typeof req.body === "string")
        sent = req.body;
    else if (req.body !== undefined) {
        // Encoded to bytes first with undici's own multipart encoder (its Response): a FormData body given to request()
        // is recognised only by the undici copy that made the FormData class, while the default dispatcher may be Node's
        // built-in copy; bytes go through any dispatcher, and every retry sends the same ones.
        const encoded = new undici__WEBPACK_IMPORTED_MODULE_0__.Response(req.body);
        sentHeaders = { ...sentHeaders, "content-type": encoded.headers.get("content-type") ?? "multipart/form-data" };
        sent = Buffer.from(await encoded.arrayBuffer());
    }
    const response = await (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em)(url, {
        method: req.method,
        headers: sentHeaders,
        body: sent,
        signal: req.signal,
        dispatcher: req.dispatcher,
    });
    const body = await response.body.text();
    // A Map, then fromEntries: a header named like an Object property ("constructor", "__proto__") stays an ordinary
    // own entry. Repeated headers (Set-Cookie) come as arrays.
    const headers = new Map();
    for (const [name, value] of Object.entries(response.headers)) {
        if (value === undefined)
            continue;
        headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(", ") : value);
    }
    return { status: response.statusCode, headers: Object.fromEntries(headers), body };
}
/**
 * The failure under a wrapper: fetch (octokit's path) rejects with TypeError("fetch failed") and puts the socket, DNS
 * or undici error (ECONNREFUSED, UND_ERR_SOCKET…) in `cause`. Anything else is returned as it is.
 */
function networkCause(error) {
    return error instanceof TypeError && error.cause instanceof Error ? error.cause : error;
}
/** The system or undici code of a network failure (ECONNREFUSED, UND_ERR_SOCKET…), or "" when it has none. */
function networkCode(error) {
    const cause = networkCause(error);
    const code = typeof cause === "object" && cause !== null && "code" in cause ? cause.code : undefined;
    return typeof code === "string" ? code : "";
}


/***/ }),

/***/ 9449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  answerMessage: () => (/* binding */ answerMessage),
  apiHost: () => (/* binding */ apiHost),
  apiOriginFetch: () => (/* binding */ apiOriginFetch),
  callGitHub: () => (/* binding */ callGitHub),
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(1217);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/core/http.ts
var http = __webpack_require__(1983);
// EXTERNAL MODULE: ./src/core/outside-text.ts
var outside_text = __webpack_require__(9354);
;// CONCATENATED MODULE: ./src/github/error-message.ts
// GitHub's own words from a REST error body ({ message, documentation_url }), for the Action's and authorize's errors.

/** The longest quote of GitHub's message, in characters. */
const GITHUB_MESSAGE_MAX_LENGTH = 200;
/**
 * The body's `message` as one short line ("" when there is none), with `secrets` (the token the request carried)
 * blanked before it is shortened: a cut inside an echoed token would leave most of it for no mask to match.
 */
function githubMessage(body, secrets) {
    let message;
    try {
        message = JSON.parse(body)?.message;
    }
    catch {
        return "";
    }
    if (typeof message !== "string")
        return "";
    return (0,outside_text/* quoteOutside */.Y)(message, secrets, { maxLength: GITHUB_MESSAGE_MAX_LENGTH });
}

;// CONCATENATED MODULE: ./src/github/client.ts
// The one GitHub client of every door: octokit from @actions/github's getOctokit, sending through the door's
// proxy-aware undici dispatcher, and the token never sent to any origin but the API's (GITHUB_API_URL).




const USER_AGENT = "release-tweet";
const API_VERSION = "2022-11-28";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
function createGitHubClient(options) {
    const apiUrl = options.apiUrl.replace(/\/+$/, "");
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: apiUrl,
        userAgent: USER_AGENT,
        request: { fetch: apiOriginFetch(new URL(apiUrl).origin, options.dispatcher) },
    });
    octokit.hook.before("request", (request) => {
        request.headers["x-github-api-version"] = API_VERSION;
    });
    return { octokit, apiUrl, token: options.token };
}
/**
 * undici's fetch through `dispatcher`, following a redirect only when it stays on the API's origin (GitHub answers a
 * renamed repository with a 301 to api.github.com/repositories/ID/…). A redirect anywhere else is handed back to
 * octokit as the 3xx it is, so the Authorization header is never sent to another host, not even stripped of it.
 */
function apiOriginFetch(apiOrigin, dispatcher) {
    return async (input, init = {}) => {
        let url = new URL(input);
        if (url.origin !== apiOrigin)
            throw new Error(`release-tweet sends GitHub requests only to ${apiOrigin}, not to ${url.origin}.`);
        let { method = "GET", body } = init;
        let headers = new undici.Headers(init.headers);
        for (let hops = 0;; hops++) {
            const response = await (0,undici/* fetch */.hd)(url.href, { ...init, method, body, headers, redirect: "manual", dispatcher });
            const location = REDIRECTS.has(response.status) ? response.headers.get("location") : null;
            const next = location === null ? null : URL.parse(location, url.href);
            if (next === null || next.origin !== apiOrigin || hops === MAX_REDIRECTS)
                return response;
            await response.body?.cancel();
            // Fetch's rule: 303, and 301/302 after a POST, continue as a GET without the body; 307/308 repeat the request.
            if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST")) {
                method = "GET";
                body = undefined;
                headers = new undici.Headers(headers);
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
async function callGitHub(call, timeoutMs) {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
        const { status, headers, data } = await call({ signal });
        return { status, headers: stringHeaders(headers), data };
    }
    catch (error) {
        const response = answerOf(error);
        if (response)
            return response;
        if (signal.aborted)
            return { unreachable: true, why: `no answer within ${timeoutMs / 1000} s` };
        const cause = typeof error === "object" && error !== null && "cause" in error ? error.cause : error;
        return { unreachable: true, why: (0,http/* networkCode */.e8)(cause) };
    }
}
/** GitHub's own words from an answer's body ({ message }), as one line with `secrets` blanked; "" when it has none. */
function answerMessage(answer, secrets) {
    const { data } = answer;
    return githubMessage(typeof data === "string" ? data : (JSON.stringify(data) ?? ""), secrets);
}
/** The host of the API, for messages: never a path, query or user info. */
function apiHost(apiUrl) {
    return URL.parse(apiUrl)?.host ?? apiUrl;
}
/** octokit's RequestError for an HTTP answer (status ≥ 400, 304) carries the response; a network failure does not. */
function answerOf(error) {
    if (typeof error !== "object" || error === null || !("response" in error))
        return undefined;
    const response = error.response;
    if (typeof response !== "object" || response === null || !("status" in response) || typeof response.status !== "number") {
        return undefined;
    }
    const headers = "headers" in response && typeof response.headers === "object" && response.headers !== null ? response.headers : {};
    return { status: response.status, headers: stringHeaders(headers), data: "data" in response ? response.data : undefined };
}
function stringHeaders(headers) {
    const out = new Map();
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined && value !== null)
            out.set(name.toLowerCase(), String(value));
    }
    return Object.fromEntries(out);
}


/***/ }),

/***/ 3996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  findReleaseByTag: () => (/* binding */ findReleaseByTag)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var client = __webpack_require__(9449);
;// CONCATENATED MODULE: ./src/github/rate-limit.ts
// When a GitHub rate limit resets, read from the answer's headers; a value no rate limit would send counts as absent.
/**
 * The furthest a reset may be from now: GitHub's primary limits reset within the hour and a secondary limit's
 * retry-after is seconds to minutes, so a day is generous. Beyond it (retry-after: 1e20, a year-old date) the header
 * is ignored and the message keeps its advice instead of failing on a date that cannot be printed (issue 16).
 */
const GITHUB_RESET_HORIZON_MS = 24 * 60 * 60_000;
/**
 * The reset as epoch ms, from retry-after (whole seconds, or an HTTP date) or else x-ratelimit-reset (epoch seconds);
 * undefined when neither holds a time within GITHUB_RESET_HORIZON_MS of `nowMs`.
 */
function githubRateLimitReset(headers, nowMs) {
    const retryAfter = headers["retry-after"]?.trim() ?? "";
    const epoch = headers["x-ratelimit-reset"]?.trim() ?? "";
    const candidates = [
        /^\d{1,12}$/.test(retryAfter) ? nowMs + Number(retryAfter) * 1000 : undefined,
        /^\d{1,12}$/.test(retryAfter) ? undefined : Date.parse(retryAfter),
        /^\d{1,12}$/.test(epoch) ? Number(epoch) * 1000 : undefined,
    ];
    return candidates.find((atMs) => atMs !== undefined && Number.isFinite(atMs) && Math.abs(atMs - nowMs) <= GITHUB_RESET_HORIZON_MS);
}
/** The reset as "2026-11-28 09:17" (UTC) and whole minutes from now, for a message; undefined as above. */
function describeGitHubReset(headers, nowMs) {
    const resetMs = githubRateLimitReset(headers, nowMs);
    if (resetMs === undefined)
        return undefined;
    const at = new Date(resetMs).toISOString().slice(0, 16).replace("T", " ");
    return { at, minutes: Math.max(0, Math.ceil((resetMs - nowMs) / 60_000)) };
}

;// CONCATENATED MODULE: ./src/github/releases.ts
// Looks a release up by its tag (GET /repos/{owner}/{repo}/releases/tags/{tag}) and says in the user's terms why not.



/** How long the lookup may take in all (connect, headers and body). */
const LOOKUP_TIMEOUT_MS = 10_000;
const RETRY_FIX = "Re-run the job; if it keeps failing, check https://www.githubstatus.com and the GITHUB_API_URL variable.";
/**
 * The release GitHub has for the tag, as GitHub sent it (the caller checks its fields), or null when the tag has
 * none. `token` is only for blanking it out of GitHub's words. Every other answer is a ReleaseTweetError.
 */
async function findReleaseByTag(github, lookup, options = {}) {
    const { owner, repo, tag } = lookup;
    const answer = await (0,client.callGitHub)((request) => github.octokit.rest.repos.getReleaseByTag({ owner, repo, tag, request }), options.timeoutMs ?? LOOKUP_TIMEOUT_MS);
    if ("unreachable" in answer) {
        throw new errors/* ReleaseTweetError */.be("EGITHUBAPI", `Could not reach the GitHub API at ${github.apiUrl} to look up tag '${tag}'${answer.why ? ` (${answer.why})` : ""}.`, RETRY_FIX, { docs: "github-action" });
    }
    const { status, headers } = answer;
    if (status === 200) {
        // octokit hands back the text when a 200's body does not parse as JSON.
        if (typeof answer.data === "object" && answer.data !== null)
            return answer.data;
        throw new errors/* ReleaseTweetError */.be("EGITHUBAPI", `The GitHub API answered tag '${tag}' with a body that is not JSON.`, RETRY_FIX, { docs: "github-action" });
    }
    if (status === 404)
        return null;
    if (status === 401) {
        throw new errors/* ReleaseTweetError */.be("EGITHUBTOKEN", `GitHub rejected the token used to look up tag '${tag}' (401 Bad credentials).`, "Remove the `github-token` input to use the workflow's token, or pass a valid token.", { docs: "github-action" });
    }
    const answered = `The GitHub API answered ${status} when looking up the release for tag '${tag}'`;
    // GitHub docs "Rate limits for the REST API": a primary limit is 403/429 with x-ratelimit-remaining: 0 (reset in
    // x-ratelimit-reset, epoch seconds); a secondary limit sends retry-after (seconds).
    if ((status === 403 || status === 429) && (headers["x-ratelimit-remaining"] === "0" || headers["retry-after"] !== undefined)) {
        const now = (options.now ?? Date.now)();
        const reset = describeGitHubReset(headers, now);
        throw new errors/* ReleaseTweetError */.be("EGITHUBRATELIMITED", `${answered}: the GitHub API rate limit is used up` +
            (reset ? `; it resets at ${reset.at} UTC (in ${reset.minutes} minute${reset.minutes === 1 ? "" : "s"}).` : "."), reset ? "Re-run the job after the reset." : "Re-run the job later (GitHub's rate limits reset within an hour).", { docs: "github-action" });
    }
    // A redirect that stays on the API host was followed (src/github/client.ts); one that leads elsewhere ends here,
    // so the token never leaves the API host it was given to.
    if (status >= 300 && status < 400) {
        throw new errors/* ReleaseTweetError */.be("EGITHUBAPI", `${answered}: the repository ${owner}/${repo} has moved (renamed or transferred), and the redirect to another host is not followed.`, "Run the workflow in the repository under its new owner/name, and update any `uses:` or links that still name the old one.", { docs: "github-action" });
    }
    const said = (0,client.answerMessage)(answer, [options.token]);
    throw new errors/* ReleaseTweetError */.be("EGITHUBAPI", `${answered}${said ? ` ("${said}")` : ""}.`, status === 403
        ? "Give the workflow `permissions: contents: read` (or pass a token that can read the repository)."
        : RETRY_FIX, { docs: "github-action" });
}


/***/ })

};
