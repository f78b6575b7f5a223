export const id = 781;
export const ids = [781];
export const modules = {

/***/ 178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ NetworkThreadPartialError),
/* harmony export */   JG: () => (/* binding */ defaultSleep),
/* harmony export */   f6: () => (/* binding */ NETWORK_RETRY_POLICY)
/* harmony export */ });
/* unused harmony export NETWORK_LABEL */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
// What every network's thread publisher returns and throws, so the doors treat X, Bluesky and Mastodon alike.

const NETWORK_LABEL = { bluesky: "Bluesky", mastodon: "Mastodon" };
/**
 * The first `posted.length` posts of a thread of `total` exist, the rest do not. On Bluesky and Mastodon a re-run is
 * safe (record keys, idempotency keys): it posts only the missing ones.
 */
const PARTIAL_CODE = { bluesky: "EBLUESKYTHREADPARTIAL", mastodon: "EMASTODONTHREADPARTIAL" };
class NetworkThreadPartialError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseTweetError */ .be {
    network;
    posted;
    total;
    constructor(network, posted, total, reason, fix, cause) {
        const label = NETWORK_LABEL[network];
        const missing = Array.from({ length: total - posted.length }, (_, i) => posted.length + i + 1);
        const exist = posted.length === 0
            ? "none of its posts exist"
            : `post${posted.length === 1 ? "" : "s"} ${posted.map((p, i) => `${i + 1} (${p.url})`).join(", ")} of ${total} exist`;
        super(PARTIAL_CODE[network], `The ${label} thread was only partly posted: ${exist}; post${missing.length === 1 ? "" : "s"} ${missing.join(", ")} did not get posted. ${reason}`, fix, { docs: "troubleshooting", cause });
        this.network = network;
        this.posted = [...posted];
        this.total = total;
    }
    /** Post `index` (0-based) of a thread failed with `error` after `posted` went out; `rerun` says why a re-run is safe. */
    static atPost(network, posted, total, index, error, rerun) {
        const reason = error instanceof Error ? error.message : String(error);
        return new NetworkThreadPartialError(network, posted, total, `Post ${index + 1} failed: ${reason}`, `Fix the cause above, then run the job again. ${rerun}`, error);
    }
}
const NETWORK_RETRY_POLICY = { attempts: 3, delaysMs: [1_000, 3_000] };
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));


/***/ }),

/***/ 781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MASTODON_LIMITS: () => (/* reexport */ mastodon_length/* DEFAULT_MASTODON_LIMITS */.p4),
  MASTODON_ENV: () => (/* reexport */ mastodon_errors/* MASTODON_ENV */.yv),
  MASTODON_INPUT: () => (/* reexport */ mastodon_errors/* MASTODON_INPUT */.Ni),
  MASTODON_SCOPES: () => (/* reexport */ mastodon_errors/* MASTODON_SCOPES */.Me),
  MastodonClient: () => (/* reexport */ MastodonClient),
  OOB_REDIRECT_URI: () => (/* reexport */ OOB_REDIRECT_URI),
  VISIBILITIES: () => (/* reexport */ VISIBILITIES),
  authorizeUrl: () => (/* reexport */ authorizeUrl),
  exchangeCode: () => (/* reexport */ exchangeCode),
  idempotencyKey: () => (/* reexport */ idempotencyKey),
  mastodonLength: () => (/* reexport */ mastodon_length/* mastodonLength */.SL),
  publishMastodonThread: () => (/* reexport */ publishMastodonThread),
  registerApp: () => (/* reexport */ registerApp),
  resolveInstanceUrl: () => (/* reexport */ resolveInstanceUrl),
  verifyToken: () => (/* reexport */ verifyToken)
});

// EXTERNAL MODULE: external "masto"
var external_masto_ = __webpack_require__(816);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(296);
// EXTERNAL MODULE: ./src/core/network-thread.ts
var network_thread = __webpack_require__(178);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(258);
// EXTERNAL MODULE: ./src/core/setting-rules.ts
var setting_rules = __webpack_require__(345);
// EXTERNAL MODULE: ./src/core/http.ts
var http = __webpack_require__(983);
// EXTERNAL MODULE: ./src/mastodon/errors.ts
var mastodon_errors = __webpack_require__(244);
// EXTERNAL MODULE: ./src/mastodon/length.ts
var mastodon_length = __webpack_require__(183);
;// CONCATENATED MODULE: ./src/mastodon/client.ts
// The Mastodon client, on masto: reads the instance's limits and the token's account, posts statuses with an
// Idempotency-Key, reads the account's recent statuses and a thread's replies. Failures become catalogue errors.








const DEFAULT_TIMEOUT_MS = 10_000;
const REPLAY_MIN_AGE_MS = 10_000;
const VISIBILITIES = ["public", "unlisted", "private", "direct"];
/** Parses MASTODON_URL (https, or http on loopback for tests); the instance's root, without a path. */
function resolveInstanceUrl(value) {
    const text = value?.trim() ?? "";
    if (text === "")
        throw (0,mastodon_errors/* mastodonError */.kF)("EMASTODONURL", { request: "", detail: `is not set (${mastodon_errors/* MASTODON_ENV */.yv.url}, ${mastodon_errors/* MASTODON_INPUT */.Ni.url})` });
    const problem = (0,setting_rules/* apiBaseUrlProblem */.wy)(text);
    if (problem !== undefined)
        throw (0,mastodon_errors/* mastodonError */.kF)("EMASTODONURL", { request: "", detail: problem });
    const url = new URL(text);
    return new URL(url.origin);
}
/** masto's client with our transport rules: no redirects followed (the token must not travel on), a deadline. */
function restClient(connection, accessToken) {
    const url = resolveInstanceUrl(connection.url);
    return (0,external_masto_.createRestAPIClient)({
        url: url.origin,
        accessToken,
        timeout: connection.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        requestInit: { redirect: "manual", ...(connection.dispatcher ? { dispatcher: connection.dispatcher } : {}) },
        log: "error",
    });
}
/** HTML of a status → the text the author wrote: paragraphs and line breaks back, tags gone, entities decoded. */
function plainText(html) {
    return html
        .replace(/<br\s*\/?>/gi, "\n")
        .replace(/<\/p>\s*<p[^>]*>/gi, "\n\n")
        .replace(/<[^>]*>/g, "")
        .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (_, entity) => {
        const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
        const lower = entity.toLowerCase();
        if (named[lower] !== undefined)
            return named[lower];
        const code = lower.startsWith("#x") ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    });
}
function summarize(status) {
    return {
        id: status.id,
        url: status.url ?? status.uri,
        accountId: status.account.id,
        inReplyToId: status.inReplyToId ?? null,
        createdAt: status.createdAt,
        text: plainText(status.content),
    };
}
function validateToken(accessToken) {
    const problem = typeof accessToken === "string" ? (0,setting_rules/* credentialProblem */.FL)(accessToken) : "is empty";
    if (problem !== undefined) {
        throw (0,mastodon_errors/* mastodonError */.kF)("EMASTODONCREDENTIALS", { request: "", detail: `${mastodon_errors/* MASTODON_ENV */.yv.accessToken} (${mastodon_errors/* MASTODON_INPUT */.Ni.accessToken}) ${problem}` });
    }
}
/** Any failure of a masto call as a catalogue error. */
function mastodonFailure(request, error, nowMs, secrets, attempts) {
    if (error instanceof errors/* ReleaseTweetError */.be)
        return error;
    if (error instanceof external_masto_.MastoHttpError) {
        const headers = error.cause instanceof Response ? error.cause.headers : undefined;
        return (0,mastodon_errors/* errorForStatus */.U6)(request, { status: error.statusCode, error: error.message, description: error.description, headers }, nowMs, { attempts, secrets });
    }
    if (error instanceof external_masto_.MastoTimeoutError)
        return (0,mastodon_errors/* mastodonError */.kF)("EMASTODONTIMEOUT", { request, detail: "no answer in time", attempts }, secrets);
    const code = (0,http/* networkCode */.e8)(error);
    if (code !== "" || (error instanceof TypeError && error.message === "fetch failed")) {
        return (0,mastodon_errors/* mastodonError */.kF)("EMASTODONNETWORK", { request, detail: code || "the connection failed", attempts }, secrets);
    }
    // masto: a body that is not JSON (an HTML error page, a redirect, a proxy's answer), or JSON it cannot read.
    const name = error instanceof Error ? error.name : "";
    return (0,mastodon_errors/* mastodonError */.kF)("EMASTODONBADRESPONSE", { request, detail: `${name || "unexpected answer"}: not a Mastodon API answer`, attempts }, secrets);
}
const RETRYABLE = new Set(["EMASTODONSERVER", "EMASTODONBADRESPONSE", "EMASTODONNETWORK", "EMASTODONTIMEOUT"]);
class MastodonClient {
    instance;
    #rest;
    #sleep;
    #now;
    #debug;
    #policy;
    #secrets;
    #account;
    constructor(options) {
        validateToken(options.accessToken);
        this.instance = resolveInstanceUrl(options.url);
        this.#rest = restClient(options, options.accessToken);
        this.#secrets = [options.accessToken];
        this.#sleep = options.sleep ?? network_thread/* defaultSleep */.JG;
        this.#now = options.now ?? Date.now;
        this.#policy = { ...network_thread/* NETWORK_RETRY_POLICY */.f6, ...options.retry };
        const debug = options.debug ?? (() => undefined);
        this.#debug = (line) => debug((0,redact/* redact */.E)(line, this.#secrets));
    }
    /** GET /api/v2/instance: the status limit and URL weight, Mastodon's defaults for what it does not say. */
    async instanceLimits() {
        let instance;
        try {
            instance = await this.#call("GET /api/v2/instance", () => this.#rest.v2.instance.fetch());
        }
        catch (error) {
            // Servers before Mastodon 4.0 (and some other Fediverse servers) have no v2 instance: their limits are unknown.
            if (error instanceof errors/* ReleaseTweetError */.be && error.code === "EMASTODONNOTFOUND")
                return { ...mastodon_length/* DEFAULT_MASTODON_LIMITS */.p4 };
            throw error;
        }
        // Any field may be missing on other Fediverse servers that answer this endpoint.
        const statuses = instance.configuration?.statuses;
        const number = (value, fallback) => (typeof value === "number" && Number.isInteger(value) && value > 0 ? value : fallback);
        const limits = {
            maxCharacters: number(statuses?.maxCharacters, mastodon_length/* DEFAULT_MASTODON_LIMITS */.p4.maxCharacters),
            urlWeight: number(statuses?.charactersReservedPerUrl, mastodon_length/* DEFAULT_MASTODON_LIMITS */.p4.urlWeight),
        };
        this.#debug(`Mastodon ${this.instance.host}: max_characters ${limits.maxCharacters}, characters_reserved_per_url ${limits.urlWeight}`);
        return limits;
    }
    /** GET /api/v1/accounts/verify_credentials (needs read:accounts or profile): whose token this is. */
    verifyCredentials() {
        this.#account ??= this.#call("GET /api/v1/accounts/verify_credentials", () => this.#rest.v1.accounts.verifyCredentials()).then((a) => ({
            id: a.id,
            acct: a.acct,
            url: a.url,
        }));
        // A failure is not cached: the next caller asks again.
        this.#account.catch(() => (this.#account = undefined));
        return this.#account;
    }
    /** POST /api/v1/statuses with the Idempotency-Key header; retried on 5xx and transport failures (the key makes it safe). */
    async postStatus(status) {
        const params = {
            status: status.text,
            visibility: status.visibility ?? "public",
            ...(status.inReplyToId ? { inReplyToId: status.inReplyToId } : {}),
            ...(status.language ? { language: status.language } : {}),
            ...(status.mediaIds && status.mediaIds.length > 0 ? { mediaIds: status.mediaIds } : {}),
        };
        const response = await this.#call("POST /api/v1/statuses", () => this.#rest.v1.statuses.create.$raw(params, { requestInit: { headers: { "Idempotency-Key": status.idempotencyKey } } }));
        const summary = summarize(response.data);
        // A replayed key returns the first status as it was: made before this answer's Date (the server's clock, whole
        // seconds). A new status is made within the request; 10 s leaves room for a slow instance.
        const served = Date.parse(response.headers.get("date") ?? "");
        const replayed = Number.isFinite(served) && served - Date.parse(summary.createdAt) > REPLAY_MIN_AGE_MS;
        return { ...summary, replayed };
    }
    /** GET /api/v1/accounts/:id/statuses (needs read:statuses): the account's latest statuses, newest first. */
    async recentStatuses(accountId, limit = 40) {
        // A Paginator is thenable: awaiting it fetches the first page.
        const page = await this.#call("GET /api/v1/accounts/:id/statuses", async () => await this.#rest.v1.accounts.$select(accountId).statuses.list({ limit, excludeReblogs: true }));
        return page.map(summarize);
    }
    /** GET /api/v1/statuses/:id/context: the replies below a status, in thread order. */
    async descendants(statusId) {
        const context = await this.#call("GET /api/v1/statuses/:id/context", () => this.#rest.v1.statuses.$select(statusId).context.fetch());
        return context.descendants.map(summarize);
    }
    async #call(request, call) {
        for (let attempt = 1;; attempt++) {
            try {
                return await call();
            }
            catch (raw) {
                const error = mastodonFailure(request, raw, this.#now(), this.#secrets, attempt);
                if (!RETRYABLE.has(error.code) || attempt >= this.#policy.attempts)
                    throw error;
                const delay = this.#policy.delaysMs[attempt - 1] ?? this.#policy.delaysMs.at(-1) ?? 0;
                this.#debug(`${request} attempt ${attempt}/${this.#policy.attempts}: ${error.code}; retrying in ${delay} ms`);
                await this.#sleep(delay);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/mastodon/authorize.ts
// The steps of `release-tweet authorize --network mastodon`: register an app on the instance, build the page the user
// opens, exchange the code for a token, check the token. Each step is one call with the transport injected, so the CLI
// drives them (prompts, loopback callback, storing secrets) and tests run them against a fake instance.



/** Out-of-band: the instance shows the code for the user to paste. */
const OOB_REDIRECT_URI = "urn:ietf:wg:oauth:2.0:oob";
/** POST /api/v1/apps: an app on this instance for this redirect URI (oob, or a loopback URL for a callback). */
async function registerApp(connection, app = {}) {
    const redirectUri = app.redirectUri ?? OOB_REDIRECT_URI;
    const scopes = app.scopes ?? mastodon_errors/* MASTODON_SCOPES */.Me;
    const request = "POST /api/v1/apps";
    try {
        const created = await restClient(connection).v1.apps.create({
            clientName: app.clientName ?? "release-tweet",
            redirectUris: redirectUri,
            scopes,
            website: app.website ?? "https://www.npmjs.com/package/release-tweet",
        });
        if (!created.clientId || !created.clientSecret) {
            throw (0,mastodon_errors/* mastodonError */.kF)("EMASTODONBADRESPONSE", { request, status: 200, detail: "no client_id and client_secret in the answer" });
        }
        return { clientId: created.clientId, clientSecret: created.clientSecret, redirectUri, scopes };
    }
    catch (error) {
        throw mastodonFailure(request, error, Date.now(), []);
    }
}
/** The page where the user signs in and approves: /oauth/authorize?response_type=code&client_id=…&redirect_uri=…&scope=… */
function authorizeUrl(instance, app, state) {
    const url = new URL("/oauth/authorize", resolveInstanceUrl(instance));
    url.searchParams.set("response_type", "code");
    url.searchParams.set("client_id", app.clientId);
    url.searchParams.set("redirect_uri", app.redirectUri);
    url.searchParams.set("scope", app.scopes);
    if (state !== undefined)
        url.searchParams.set("state", state);
    return url.href;
}
/** POST /oauth/token with grant_type=authorization_code: the user's code for an access token. */
async function exchangeCode(connection, app, code) {
    const request = "POST /oauth/token";
    const secrets = [app.clientSecret, code];
    try {
        const oauth = (0,external_masto_.createOAuthAPIClient)({
            url: resolveInstanceUrl(connection.url).origin,
            timeout: connection.timeoutMs ?? DEFAULT_TIMEOUT_MS,
            requestInit: { redirect: "manual", ...(connection.dispatcher ? { dispatcher: connection.dispatcher } : {}) },
            log: "error",
        });
        const token = await oauth.token.create({
            grantType: "authorization_code",
            code: code.trim(),
            clientId: app.clientId,
            clientSecret: app.clientSecret,
            redirectUri: app.redirectUri,
            scope: app.scopes,
        });
        if (!token.accessToken)
            throw (0,mastodon_errors/* mastodonError */.kF)("EMASTODONBADRESPONSE", { request, status: 200, detail: "no access_token in the answer" });
        return token.accessToken;
    }
    catch (error) {
        throw mastodonFailure(request, error, Date.now(), secrets);
    }
}
/** GET /api/v1/accounts/verify_credentials: the token works, and for whom. */
async function verifyToken(connection, accessToken) {
    return new MastodonClient({ ...connection, accessToken }).verifyCredentials();
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
;// CONCATENATED MODULE: ./src/mastodon/publish-thread.ts
// Posts a composed thread on Mastodon as a chain of replies, each post at most once, and says exactly what exists when
// it stops. Two proofs against posting twice: each post's Idempotency-Key comes from the release and its place in the
// thread (Mastodon returns the first status for a repeated key, for one hour: PostStatusService keeps it in Redis
// with a 3,600 s expiry), and beyond that hour the thread is looked for among the account's recent statuses.





/** The Idempotency-Key of post `index` of the thread announcing `releaseKey`. */
function idempotencyKey(releaseKey, index) {
    if (releaseKey === "")
        throw new RangeError("releaseKey must not be empty");
    const digest = (0,external_node_crypto_.createHash)("sha256").update(`release-tweet mastodon v1\0${releaseKey}\0${index}`).digest("hex");
    return `release-tweet-${digest.slice(0, 40)}`;
}
/** Whitespace-insensitive comparison: Mastodon's HTML loses trailing spaces and the exact kind of line break. */
const normalized = (text) => text.replace(/\s+/g, " ").trim();
/**
 * The statuses of an earlier run's thread, in order: the account's recent top-level status whose text is posts[0],
 * then at each step the account's reply to the status before (the one with the expected text first).
 */
async function findEarlierThread(client, posts) {
    const me = await client.verifyCredentials();
    const recent = await client.recentStatuses(me.id);
    const head = recent.find((s) => s.inReplyToId === null && normalized(s.text) === normalized(posts[0]));
    if (!head)
        return [];
    const chain = [head];
    if (posts.length === 1)
        return chain;
    const below = await client.descendants(head.id);
    while (chain.length < posts.length) {
        const parent = chain.at(-1);
        const replies = below.filter((s) => s.accountId === me.id && s.inReplyToId === parent.id);
        const next = replies.find((s) => normalized(s.text) === normalized(posts[chain.length])) ?? replies[0];
        if (!next)
            break;
        chain.push(next);
    }
    return chain;
}
function validate(posts, options) {
    if (posts.length === 0 || posts.some((p) => p.trim() === "")) {
        throw new errors/* ReleaseTweetError */.be("EMASTODONNOPOSTS", posts.length === 0 ? "There is nothing to post on Mastodon." : "A post of the Mastodon thread is empty.", "Check the template: it produced no text.");
    }
    if (options.visibility !== undefined && !VISIBILITIES.includes(options.visibility)) {
        throw new RangeError(`visibility must be one of ${VISIBILITIES.join(", ")}`);
    }
}
/**
 * Posts posts[0], then each next one as a reply to the one before. Throws NetworkThreadPartialError
 * (EMASTODONTHREADPARTIAL) when it stops after the first post; before that, the cause itself.
 */
async function publishMastodonThread(client, posts, options) {
    validate(posts, options);
    const warnings = [];
    let earlier = [];
    if (options.lookBack !== false) {
        try {
            earlier = await findEarlierThread(client, posts);
        }
        catch (error) {
            if (!(error instanceof errors/* ReleaseTweetError */.be) || error.code !== "EMASTODONSCOPE")
                throw error;
            // A token with write scopes only still posts; a re-run after the Idempotency-Key's hour could then repeat it.
            warnings.push("The Mastodon token cannot read its own account and statuses (scopes read:accounts, read:statuses), so an earlier run's thread is recognized only within an hour (Idempotency-Key). Authorize again to add the scopes.");
        }
    }
    const published = earlier.map((s, i) => ({ id: s.id, url: s.url, text: posts[i], alreadyPosted: true }));
    for (let index = published.length; index < posts.length; index++) {
        try {
            const status = await client.postStatus({
                text: posts[index],
                inReplyToId: published.at(-1)?.id,
                visibility: options.visibility ?? "public",
                language: options.language,
                idempotencyKey: idempotencyKey(options.releaseKey, index),
            });
            published.push({ id: status.id, url: status.url, text: posts[index], alreadyPosted: status.replayed });
        }
        catch (error) {
            if (published.length === 0)
                throw error;
            throw network_thread/* NetworkThreadPartialError */.A9.atPost("mastodon", published, posts.length, index, error, mastodon_errors/* RERUN_IS_SAFE */.Wz);
        }
    }
    return { posts: published, alreadyPosted: published.every((p) => p.alreadyPosted), warnings };
}

;// CONCATENATED MODULE: ./src/mastodon/index.ts
// The Mastodon network as a door loads it: `await import("../mastodon/index.js")` only when Mastodon is configured, so
// an X-only run never loads masto. The composer imports length.ts directly (it needs only twitter-text).







/***/ })

};
