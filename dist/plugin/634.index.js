export const id = 634;
export const ids = [634];
export const modules = {

/***/ 634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RETRY_POLICY: () => (/* binding */ RETRY_POLICY),
  XClient: () => (/* binding */ XClient),
  statusUrl: () => (/* binding */ statusUrl)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(296);
// EXTERNAL MODULE: external "undici"
var external_undici_ = __webpack_require__(706);
;// CONCATENATED MODULE: ./src/core/http.ts
// How the core sends a request of its own (X's signed calls): undici's request() through the door's dispatcher, the
// whole answer read as text, redirects never followed. GitHub's calls go through octokit instead (src/github/client.ts).

/**
 * Sends one request and reads the whole answer. Redirects are returned, never followed (undici's request() follows
 * none): a signed request must not be replayed to another address. Rejects with undici's or the system's error;
 * `networkCode` reads its code.
 */
async function requestText(url, req) {
    const response = await (0,external_undici_.request)(url, {
        method: req.method,
        headers: req.headers,
        body: req.body,
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: external "oauth-1.0a"
var external_oauth_1_0a_ = __webpack_require__(912);
;// CONCATENATED MODULE: ./src/x/oauth.ts
// OAuth 1.0a request signing (HMAC-SHA1): the only module that touches the oauth-1.0a package.
// That package is unmaintained since 2019 and has sharp defaults (PLAINTEXT, Math.random nonces, mutated
// inputs), so it is used here only for its base-string and header code, fed with fresh objects each call.


/** RFC 3986 percent-encoding as RFC 5849 3.6 requires: only A-Z a-z 0-9 - . _ ~ stay as they are. */
function percentEncode(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** Encodes a form body with the same rules the signature uses, so server and signer see identical values. */
function encodeForm(params) {
    return [...params].map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join("&");
}
function hmacSha1(baseString, key) {
    return (0,external_node_crypto_.createHmac)("sha1", key).update(baseString).digest("base64");
}
function cryptoNonce() {
    return (0,external_node_crypto_.randomBytes)(16).toString("hex");
}
/** RFC 5849 3.4.1.2: lowercase scheme and host, no default port, no query or fragment. */
function baseUri(url) {
    return `${url.protocol}//${url.host}${url.pathname}`;
}
/** Returns the value of the Authorization header for one request. Call once per attempt: each has its own nonce and timestamp. */
function authorizationHeader(request, options = {}) {
    const url = new URL(request.url);
    // Query and form parameters, grouped by name as oauth-1.0a expects repeated names.
    const data = {};
    for (const [key, value] of [...url.searchParams, ...(request.form ?? [])]) {
        // RFC 5849 3.5: protocol parameters belong in one place, the header.
        if (key.startsWith("oauth_"))
            throw new Error(`OAuth protocol parameter ${key} must not be sent in the query or body`);
        const existing = data[key];
        data[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
    const oauthData = {
        oauth_consumer_key: request.consumer.key,
        oauth_nonce: (options.nonce ?? cryptoNonce)(),
        oauth_signature_method: "HMAC-SHA1",
        oauth_timestamp: String(Math.floor((options.now ?? Date.now)() / 1000)),
    };
    if (options.version !== null)
        oauthData.oauth_version = "1.0";
    if (request.token)
        oauthData.oauth_token = request.token.key;
    const { oauth_callback: callback, oauth_verifier: verifier } = request.protocolParams ?? {};
    if (callback !== undefined)
        oauthData.oauth_callback = callback;
    if (verifier !== undefined)
        oauthData.oauth_verifier = verifier;
    // The package's default method is PLAINTEXT (the secret itself as the signature); name HMAC-SHA1 explicitly.
    const signer = new external_oauth_1_0a_["default"]({
        consumer: { key: request.consumer.key, secret: request.consumer.secret },
        signature_method: "HMAC-SHA1",
        hash_function: hmacSha1,
    });
    // getSignature merges the data into the oauth object it is given, so it gets copies; the URL it sees has no
    // query because the query is already in `data`, normalized by WHATWG URL (its own parser ignores `+`).
    const signature = signer.getSignature({ method: request.method.toUpperCase(), url: baseUri(url), data: { ...data } }, request.token?.secret ?? "", 
    // The package types oauth_timestamp as a number; it only ever percent-encodes it as text.
    { ...oauthData });
    return signer.toHeader({ ...oauthData, oauth_signature: signature }).Authorization;
}

// EXTERNAL MODULE: ./src/core/outside-text.ts
var outside_text = __webpack_require__(354);
// EXTERNAL MODULE: ./src/core/setting-rules.ts
var setting_rules = __webpack_require__(345);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(54);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(258);
;// CONCATENATED MODULE: ./src/x/errors.ts
// The catalogue of X failures: turns an HTTP answer (or a transport failure) into a ReleaseTweetError in the user's terms.
// Pure: no I/O. Every entry shares one shape — what happened, what to do — and only the words vary.




const FOUR_VALUES = Object.keys(types/* CREDENTIAL_ENV */.c$)
    .map((k) => `${types/* CREDENTIAL_ENV */.c$[k]} (${types/* CREDENTIAL_INPUT */.z0[k]})`)
    .join(", ");
const RERUN_IS_SAFE = "Running the job again is safe: X refuses to post the same text twice, and release-tweet reports that as already posted.";
const CATALOGUE = {
    EXUNAUTHORIZED: {
        what: (f) => f.detail === "Invalid or expired token."
            ? "X says the access token is invalid or was revoked."
            : "X did not accept the credentials.",
        fix: `Check the four values ${FOUR_VALUES}: all four must come from the same X app and be copied whole, without spaces or line breaks. ` +
            "If anyone regenerated the keys or revoked the app's access, generate a new access token and secret and update the secrets. " +
            "Also check the clock of the machine: X refuses signatures more than a few minutes off.",
    },
    EXDUPLICATE: {
        what: () => "X refused the post because the account already posted the same text.",
        fix: "If this release was announced already, nothing needs doing. Otherwise change the template so the text differs.",
    },
    EXREADONLYAPP: {
        what: () => "X refused to post: the X app only has Read permission.",
        fix: "In the X developer portal, open the app's User authentication settings and set App permissions to \"Read and write\". " +
            `Then regenerate the Access Token and Secret (old tokens keep the old, read-only rights) and update ${types/* CREDENTIAL_ENV */.c$.accessToken} and ${types/* CREDENTIAL_ENV */.c$.accessTokenSecret}.`,
    },
    EXNOTENROLLED: {
        what: () => "X refused the request: the X app is not attached to a Project.",
        fix: "In the X developer portal, add the app to a Project (Projects & Apps), then use that app's keys and tokens.",
    },
    EXACCESSLEVEL: {
        what: () => "X refused the request: the app's API access level does not include this endpoint (code 453).",
        fix: "Check the app's access level in the X developer portal, and that TWITTER_API_BASE_URL points to the X API (release-tweet only uses POST /2/tweets and GET /2/users/me).",
    },
    EXFORBIDDEN: {
        what: (f) => `X refused the request${f.detail ? `: ${f.detail}` : "."}`,
        fix: "Check in the X developer portal and on x.com that the app and the account are in good standing (not suspended, locked or restricted).",
    },
    EXBADREQUEST: {
        what: (f) => `X rejected the request as invalid${f.detail ? `: ${f.detail}` : "."}`,
        fix: "If the message names a reply target, the post it answers was deleted. Otherwise this is likely a bug in release-tweet; please report it with this message.",
    },
    EXRATELIMITED: {
        what: (f) => `X's rate limit${f.limit ? ` (${f.limit})` : ""} is used up; it resets ${f.reset ?? "at a time X did not say"}.`,
        fix: `Run the job again after the reset. ${RERUN_IS_SAFE}`,
    },
    EXUSAGECAP: {
        what: (f) => `The X app has used up its post cap for the billing period${f.detail ? ` (${f.detail})` : ""}.`,
        fix: "Wait for the next billing period or raise the plan in the X developer portal.",
    },
    EXSERVER: {
        what: (f) => `X had a server error${f.detail ? ` (${f.detail})` : ""}.`,
        fix: `X is having trouble; see https://docs.x.com/status and try again later. ${RERUN_IS_SAFE}`,
    },
    EXBADRESPONSE: {
        what: (f) => `X's answer was not what the X API sends${f.detail ? ` (${f.detail})` : ""}.`,
        fix: `A proxy or gateway may have answered instead of X: check TWITTER_API_BASE_URL and any proxy settings, then run again. ${RERUN_IS_SAFE}`,
    },
    EXREJECTED: {
        what: (f) => `X refused the request${f.detail ? `: ${f.detail}` : "."}`,
        fix: "Check the app's settings in the X developer portal; if the message does not explain it, please report it.",
    },
    EXNETWORK: {
        what: (f) => `Could not reach X${f.detail ? ` (${f.detail})` : ""}.`,
        fix: `Check the network path to X (DNS, firewall, proxy) and TWITTER_API_BASE_URL, then run again. ${RERUN_IS_SAFE}`,
    },
    EXTIMEOUT: {
        what: (f) => `X did not answer in time${f.detail ? ` (${f.detail})` : ""}.`,
        fix: `X or the network is slow; run again later. ${RERUN_IS_SAFE}`,
    },
};
/** The same error without the note that running again cannot post twice: for requests that never post (authorize). */
function withoutRerunNote(error) {
    if (!(error instanceof ReleaseTweetError) || !error.fix.includes(RERUN_IS_SAFE))
        return error;
    const fix = error.fix.replace(RERUN_IS_SAFE, "").trim();
    return new ReleaseTweetError(error.code, error.message, fix, { docs: error.docs, cause: error.cause });
}
/** Builds the error for a code. `secrets` are blanked out of every word, as a last line of defence. */
function xError(code, failure, secrets = []) {
    const entry = CATALOGUE[code];
    const where = [failure.request, failure.status === undefined ? "" : `HTTP ${failure.status}`]
        .filter(Boolean)
        .join(" → ");
    const tries = failure.attempts && failure.attempts > 1 ? `, after ${failure.attempts} attempts` : "";
    const message = `${entry.what(failure)} (${where}${tries})`;
    const fix = typeof entry.fix === "string" ? entry.fix : entry.fix(failure);
    return new errors/* ReleaseTweetError */.be(code, (0,redact/* redact */.E)(message, secrets), (0,redact/* redact */.E)(fix, secrets), {
        docs: "troubleshooting",
        cause: failure.cause,
    });
}
/** Reads an X error body (problem+json or v1.1 `errors`); null when it is not JSON (an HTML gateway page, say). */
function parseErrorBody(body) {
    let value;
    try {
        value = JSON.parse(body);
    }
    catch {
        return null;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return null;
    const record = value;
    const text = (key) => (typeof record[key] === "string" ? record[key] : undefined);
    const errors = Array.isArray(record.errors)
        ? record.errors
            .filter((e) => typeof e === "object" && e !== null)
            .map((e) => ({
            code: typeof e.code === "number" ? e.code : undefined,
            message: typeof e.message === "string" ? e.message : undefined,
        }))
        : [];
    return { title: text("title"), detail: text("detail"), type: text("type"), reason: text("reason"), errors };
}
/** The longest quote of X's own words (or a gateway's) in a message, in characters. */
const X_DETAIL_MAX_LENGTH = 300;
/** X's words (or a proxy's posing as X's) as a message may quote them: secrets blanked, then cleaned, then cut. */
function quoteX(text, secrets = []) {
    return (0,outside_text/* quoteOutside */.Y)(text, secrets, { maxLength: X_DETAIL_MAX_LENGTH });
}
/** Short description of a body that is not JSON, without echoing it (it may be a whole HTML page). */
function describeBody(response, secrets = []) {
    const type = response.headers["content-type"]?.split(";")[0]?.trim();
    if (response.body === "")
        return "an empty body";
    if (/^\s*</.test(response.body) || type === "text/html")
        return "an HTML page, likely from a gateway or proxy";
    return `a ${type ? (0,outside_text/* quoteOutside */.Y)(type, secrets, { maxLength: 60 }) : "non-JSON"} body`;
}
const LIMITS = [
    { reset: "x-user-limit-24hour-reset", remaining: "x-user-limit-24hour-remaining", name: "the account's 24-hour post limit" },
    { reset: "x-app-limit-24hour-reset", remaining: "x-app-limit-24hour-remaining", name: "the app's 24-hour post limit" },
    { reset: "x-rate-limit-reset", remaining: "x-rate-limit-remaining", name: "the 15-minute window" },
];
/**
 * How far from now a reset may be and still be one X sends: its longest window is 24 hours, plus 15 minutes for two
 * clocks that disagree. Anything else (1e20, a negative or a year-old time) is treated as absent, so the message
 * keeps its advice instead of failing on a date that cannot be printed (issue 16).
 */
const RESET_HORIZON_MS = 24 * 60 * 60_000 + 15 * 60_000;
/** An epoch-seconds header as epoch ms, or undefined when it is not whole seconds within RESET_HORIZON_MS of now. */
function resetHeader(value, nowMs) {
    const text = value?.trim() ?? "";
    if (!/^\d{1,12}$/.test(text))
        return undefined;
    const atMs = Number(text) * 1000;
    return Math.abs(atMs - nowMs) <= RESET_HORIZON_MS ? atMs : undefined;
}
/** Which limit a 429 hit and when it resets (epoch ms); the exhausted one wins, the latest if several are. */
function rateLimitReset(headers, nowMs) {
    const known = LIMITS.flatMap((l) => {
        const atMs = resetHeader(headers[l.reset], nowMs);
        return atMs === undefined ? [] : [{ atMs, limit: l.name, exhausted: headers[l.remaining] === "0" }];
    });
    const exhausted = known.filter((k) => k.exhausted);
    const pool = exhausted.length > 0 ? exhausted : known;
    const latest = pool.reduce((best, k) => (best === null || k.atMs > best.atMs ? k : best), null);
    return latest && { atMs: latest.atMs, limit: latest.limit };
}
/** "at 2026-05-01T12:00:00.000Z (in 12 minutes)". */
function phraseReset(atMs, nowMs) {
    const minutes = Math.max(1, Math.ceil((atMs - nowMs) / 60_000));
    return `at ${new Date(atMs).toISOString()} (in ${minutes} minute${minutes === 1 ? "" : "s"})`;
}
/** Maps a non-success answer to the catalogue. `nowMs` phrases rate-limit resets. */
function errorForResponse(request, response, nowMs, extra = {}) {
    const base = { request, status: response.status, attempts: extra.attempts };
    const secrets = extra.secrets ?? [];
    const make = (code, more = {}) => xError(code, { ...base, ...more }, secrets);
    const parsed = parseErrorBody(response.body);
    // v1.1-style `errors` carry the specific reason (e.g. which parameter); problem+json the general one.
    const specific = parsed?.errors.flatMap((e) => (e.message ? [e.message] : [])).join("; ");
    const said = parsed && (specific || parsed.detail || parsed.title);
    const words = said ? quoteX(said, secrets) : undefined;
    if (response.status >= 500)
        return make("EXSERVER", { detail: parsed ? words : describeBody(response, secrets) });
    if (!parsed)
        return make("EXBADRESPONSE", { detail: describeBody(response, secrets) });
    const codes = parsed.errors.map((e) => e.code);
    if (parsed.title === "UsageCapExceeded" || parsed.type?.endsWith("/usage-capped")) {
        return make("EXUSAGECAP", { detail: parsed.detail ? quoteX(parsed.detail, secrets) : undefined });
    }
    if (response.status === 429) {
        const reset = rateLimitReset(response.headers, nowMs);
        return make("EXRATELIMITED", reset ? { reset: phraseReset(reset.atMs, nowMs), limit: reset.limit } : {});
    }
    if (response.status === 401)
        return make("EXUNAUTHORIZED", { detail: codes.includes(89) ? "Invalid or expired token." : undefined });
    if (response.status === 403) {
        if (/duplicate content/i.test(parsed.detail ?? ""))
            return make("EXDUPLICATE");
        if (parsed.type?.endsWith("/oauth1-permissions"))
            return make("EXREADONLYAPP");
        if (parsed.reason === "client-not-enrolled")
            return make("EXNOTENROLLED");
        if (codes.includes(453))
            return make("EXACCESSLEVEL");
        return make("EXFORBIDDEN", { detail: words });
    }
    if (response.status === 400)
        return make("EXBADREQUEST", { detail: words });
    return make("EXREJECTED", { detail: words });
}

;// CONCATENATED MODULE: ./src/x/signed-request.ts







const DEFAULT_TIMEOUT_MS = 10_000;
/** Parses TWITTER_API_BASE_URL / apiBaseUrl by the rule every door shares; a trailing slash tolerated, a path prefix kept. */
function resolveBaseUrl(value) {
    const text = value?.trim() || types/* DEFAULT_API_BASE_URL */.Ri;
    const problem = (0,setting_rules/* apiBaseUrlProblem */.wy)(text);
    if (problem !== undefined) {
        throw new errors/* ReleaseTweetError */.be("EXBASEURL", `The X API base URL ${problem}.`, `Set TWITTER_API_BASE_URL (Action input api-base-url, plugin option apiBaseUrl) to a URL such as ${types/* DEFAULT_API_BASE_URL */.Ri}, or leave it unset.`);
    }
    return new URL(text);
}
function endpointUrl(base, path, query = {}) {
    const url = new URL(base.href);
    // URL keeps at least "/" as the path, so the prefix is trimmed here rather than stored trimmed.
    url.pathname = `${base.pathname.replace(/\/+$/, "")}${path}`;
    for (const [key, value] of Object.entries(query))
        url.searchParams.append(key, value);
    return url;
}
/**
 * A plain Error with only the name, code and message of a transport failure, secrets blanked.
 * undici errors can hold the request options (headers included) and sockets; none of that may travel on.
 * A wrapper that says nothing (fetch's TypeError "fetch failed") is skipped for the error it wraps.
 */
function safeCause(failure, secrets) {
    const error = networkCause(failure);
    const describe = (e) => {
        if (!(e instanceof Error))
            return String(e);
        const code = e.code;
        return `${e.name}${typeof code === "string" ? ` [${code}]` : ""}: ${e.message}`;
    };
    const inner = error instanceof Error && error.cause !== undefined ? ` (${describe(error.cause)})` : "";
    return new Error((0,outside_text/* quoteOutside */.Y)(`${describe(error)}${inner}`, secrets, { maxLength: X_DETAIL_MAX_LENGTH }));
}
/** Every credential value this request carries, plus its Authorization header, for redaction. */
function secretsOf(req, header) {
    const values = [req.consumer.key, req.consumer.secret, req.token?.key, req.token?.secret, req.protocolParams?.oauth_verifier, header];
    return values.filter((v) => typeof v === "string");
}
/** One attempt. Resolves with any HTTP answer; rejects with EXTIMEOUT or EXNETWORK (no answer at all). */
async function sendSigned(options, req) {
    const url = endpointUrl(options.baseUrl, req.path, req.query);
    const authorization = authorizationHeader({ method: req.method, url: url.href, form: req.form, consumer: req.consumer, token: req.token, protocolParams: req.protocolParams }, { now: options.now, nonce: options.nonce });
    const headers = { authorization, "user-agent": "release-tweet", accept: "application/json" };
    let body;
    if (req.json !== undefined) {
        headers["content-type"] = "application/json";
        body = JSON.stringify(req.json);
    }
    else if (req.form !== undefined) {
        headers["content-type"] = "application/x-www-form-urlencoded";
        body = encodeForm(req.form);
    }
    const label = `${req.method} ${req.path}`;
    const signal = AbortSignal.timeout(req.timeoutMs);
    try {
        // Never redirected (requestText): a signed request replayed elsewhere would hand its signature to that host.
        return await requestText(url, { method: req.method, headers, body, signal, dispatcher: options.dispatcher });
    }
    catch (error) {
        const secrets = secretsOf(req, authorization);
        const cause = safeCause(error, secrets);
        if (signal.aborted) {
            throw xError("EXTIMEOUT", { request: label, detail: `no answer within ${req.timeoutMs} ms`, cause }, secrets);
        }
        throw xError("EXNETWORK", { request: label, detail: cause.message, cause }, secrets);
    }
}

;// CONCATENATED MODULE: ./src/x/client.ts






/** The documented policy (README "Guarantees"): worst case 3 × 10 s timeouts + ≤ 3 s backoff stays under the 40 s budget. */
const RETRY_POLICY = {
    attempts: 3,
    baseMs: 1_000,
    capMs: 8_000,
    rateLimitWaitMaxMs: 30_000,
    budgetMs: 40_000,
};
/** The shortest attempt worth starting when the budget runs low. */
const MIN_ATTEMPT_MS = 1_000;
const RETRYABLE = new Set(["EXSERVER", "EXBADRESPONSE", "EXNETWORK", "EXTIMEOUT"]);
function statusUrl(id) {
    return `https://x.com/i/status/${id}`;
}
function validateCredentials(credentials) {
    const problems = Object.keys(types/* CREDENTIAL_ENV */.c$).flatMap((key) => {
        const value = credentials[key];
        const name = `${types/* CREDENTIAL_ENV */.c$[key]} (${types/* CREDENTIAL_INPUT */.z0[key]})`;
        const problem = typeof value === "string" ? (0,setting_rules/* credentialProblem */.FL)(value) : "is empty";
        return problem === undefined ? [] : [`${name} ${problem}`];
    });
    if (problems.length > 0) {
        throw new errors/* ReleaseTweetError */.be("EXCREDENTIALS", `The X credentials are not usable: ${problems.join("; ")}.`, "Copy each value again from the X developer portal (Keys and tokens), whole and without surrounding spaces.");
    }
}
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class XClient {
    #credentials;
    #http;
    #timeoutMs;
    #sleep;
    #now;
    #debug;
    #random;
    #policy;
    #secrets;
    constructor(options) {
        validateCredentials(options.credentials);
        // A private copy: callers may reuse or change their object, and we must never echo it.
        this.#credentials = { ...options.credentials };
        this.#now = options.now ?? Date.now;
        this.#http = { baseUrl: resolveBaseUrl(options.baseUrl), dispatcher: options.dispatcher, now: this.#now };
        this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        if (!(this.#timeoutMs > 0))
            throw new RangeError("timeoutMs must be positive");
        this.#sleep = options.sleep ?? defaultSleep;
        this.#random = options.random ?? Math.random;
        this.#policy = { ...RETRY_POLICY, ...options.retry };
        const { apiKey, apiSecret, accessToken, accessTokenSecret } = this.#credentials;
        this.#secrets = [apiKey, apiSecret, accessToken, accessTokenSecret];
        const debug = options.debug ?? (() => undefined);
        this.#debug = (line) => debug((0,redact/* redact */.E)(line, this.#secrets));
    }
    /** POST /2/tweets. Throws ReleaseTweetError with an actionable message on every failure. */
    async postTweet(text, options = {}) {
        if (text.trim() === "") {
            throw new errors/* ReleaseTweetError */.be("EXEMPTYPOST", "The post is empty.", "Check the template: it produced no text.");
        }
        if (options.replyTo !== undefined && !/^\d{1,25}$/.test(options.replyTo)) {
            throw new errors/* ReleaseTweetError */.be("EXREPLYTO", `"${options.replyTo}" is not a post id.`, "Pass the numeric id of the post to reply to.");
        }
        const json = options.replyTo === undefined ? { text } : { text, reply: { in_reply_to_tweet_id: options.replyTo } };
        const label = "POST /2/tweets";
        const outcome = await this.#call(label, { method: "POST", path: "/2/tweets", json });
        const { response, attempts } = outcome;
        if (response.status === 201) {
            const id = readId(response.body);
            if (id !== null)
                return { id, url: statusUrl(id), alreadyPosted: false };
            // The post exists; retrying would only meet "duplicate". Report success with an unknown id.
            this.#debug(`${label} → 201 with ${describeBody(response)} and no post id; the post exists, its id is unknown`);
            return { id: null, url: null, alreadyPosted: false };
        }
        const error = errorForResponse(label, response, this.#now(), { attempts, secrets: this.#secrets });
        if (error.code === "EXDUPLICATE" && outcome.mayHaveLanded) {
            // Our own earlier attempt landed before its answer was lost: the post is there, once.
            this.#debug(`${label} → duplicate after a retry: an earlier attempt was stored by X`);
            return { id: null, url: null, alreadyPosted: true };
        }
        throw error;
    }
    /** GET /2/users/me: checks the credentials (costs quota). */
    async getMe() {
        const label = "GET /2/users/me";
        const { response, attempts } = await this.#call(label, { method: "GET", path: "/2/users/me" });
        if (response.status !== 200)
            throw errorForResponse(label, response, this.#now(), { attempts, secrets: this.#secrets });
        const data = readData(response.body);
        if (typeof data?.id !== "string" || typeof data.username !== "string") {
            throw xError("EXBADRESPONSE", { request: label, status: 200, detail: `${describeBody(response, this.#secrets)} without data.id and data.username` });
        }
        return { id: data.id, username: data.username };
    }
    /**
     * Sends with the retry policy and returns the last answer, or throws when no answer came.
     * Retried: 5xx, non-JSON answers, connection failures and timeouts (backoff with full jitter), and one 429 whose
     * reset is near. Never retried: other 4xx, a 201. Each attempt is signed afresh (new nonce and timestamp).
     */
    async #call(label, req) {
        const policy = this.#policy;
        const deadline = this.#now() + policy.budgetMs;
        const signed = {
            ...req,
            consumer: { key: this.#credentials.apiKey, secret: this.#credentials.apiSecret },
            token: { key: this.#credentials.accessToken, secret: this.#credentials.accessTokenSecret },
        };
        let mayHaveLanded = false;
        let waitedForRateLimit = false;
        for (let attempt = 1;; attempt++) {
            const remaining = deadline - this.#now();
            const timeoutMs = Math.min(this.#timeoutMs, remaining);
            let response;
            try {
                response = await sendSigned(this.#http, { ...signed, timeoutMs });
            }
            catch (error) {
                if (!(error instanceof errors/* ReleaseTweetError */.be) || !RETRYABLE.has(error.code))
                    throw error;
                this.#debug(`${label} attempt ${attempt}/${policy.attempts}: ${error.code}`);
                mayHaveLanded = true;
                await this.#backoff(attempt, deadline, () => error);
                continue;
            }
            this.#debug(`${label} attempt ${attempt}/${policy.attempts} → HTTP ${response.status}`);
            const retryable = response.status >= 500 || (response.status !== 201 && isNotJson(response.body));
            if (retryable) {
                mayHaveLanded = true;
                await this.#backoff(attempt, deadline, () => errorForResponse(label, response, this.#now(), { attempts: attempt, secrets: this.#secrets }));
                continue;
            }
            if (response.status === 429 && !waitedForRateLimit && attempt < policy.attempts) {
                const reset = rateLimitReset(response.headers, this.#now());
                // +1 s: the reset header has second precision and X's clock is not ours.
                const waitMs = reset ? Math.max(0, reset.atMs - this.#now()) + 1_000 : Infinity;
                if (waitMs <= policy.rateLimitWaitMaxMs && this.#now() + waitMs + MIN_ATTEMPT_MS <= deadline) {
                    this.#debug(`${label}: rate limited, resets ${phraseReset(reset.atMs, this.#now())}; waiting ${waitMs} ms once`);
                    waitedForRateLimit = true;
                    await this.#sleep(waitMs);
                    continue;
                }
            }
            return { response, attempts: attempt, mayHaveLanded };
        }
    }
    /** Waits before the next attempt, or throws the failure when attempts or time are used up. */
    async #backoff(attempt, deadline, failure) {
        const policy = this.#policy;
        const delay = Math.floor(this.#random() * Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1)));
        if (attempt >= policy.attempts || this.#now() + delay + MIN_ATTEMPT_MS > deadline) {
            const error = failure();
            this.#debug(`giving up after ${attempt} attempt${attempt === 1 ? "" : "s"}: ${error.code}`);
            throw withAttempts(error, attempt);
        }
        this.#debug(`retrying in ${delay} ms`);
        await this.#sleep(delay);
    }
}
/** Transport errors are built per attempt; the final one should say how many attempts were made. */
function withAttempts(error, attempts) {
    if (attempts <= 1 || error.message.includes("attempts)"))
        return error;
    return new errors/* ReleaseTweetError */.be(error.code, error.message.replace(/\)$/, `, after ${attempts} attempts)`), error.fix, {
        docs: error.docs,
        cause: error.cause,
    });
}
function isNotJson(body) {
    try {
        JSON.parse(body);
        return false;
    }
    catch {
        return true;
    }
}
function readData(body) {
    try {
        const value = JSON.parse(body);
        if (typeof value !== "object" || value === null)
            return null;
        const data = value.data;
        return typeof data === "object" && data !== null ? data : null;
    }
    catch {
        return null;
    }
}
function readId(body) {
    const id = readData(body)?.id;
    return typeof id === "string" && /^\d+$/.test(id) ? id : null;
}


/***/ })

};
