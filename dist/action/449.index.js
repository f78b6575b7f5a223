export const id = 449;
export const ids = [449];
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


/***/ })

};
