export const id = 901;
export const ids = [901];
export const modules = {

/***/ 901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BLUESKY_ENV: () => (/* reexport */ bluesky_errors/* BLUESKY_ENV */.Yy),
  BLUESKY_INPUT: () => (/* reexport */ bluesky_errors/* BLUESKY_INPUT */.z$),
  BlueskyClient: () => (/* reexport */ BlueskyClient),
  DEFAULT_BLUESKY_SERVICE: () => (/* reexport */ bluesky_errors/* DEFAULT_BLUESKY_SERVICE */.Wy),
  MAX_THUMB_BYTES: () => (/* reexport */ MAX_THUMB_BYTES),
  checkBlueskyCredentials: () => (/* reexport */ checkBlueskyCredentials),
  postUrl: () => (/* reexport */ postUrl),
  publishBlueskyThread: () => (/* reexport */ publishBlueskyThread),
  resolveService: () => (/* reexport */ resolveService)
});

// EXTERNAL MODULE: external "@atcute/client"
var client_ = __webpack_require__(382);
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
;// CONCATENATED MODULE: ./src/bluesky/record-key.ts
// Record keys for a release's thread: the same release and place in the thread always give the same key, so a re-run
// meets the records of the earlier run instead of posting again. Pure.

// app.bsky.feed.post declares `"key": "tid"`, and the PDS checks record keys against it (atproto
// packages/pds/src/repo/prepare.ts, keySchema): a post's key must be a TID, 13 characters of base32-sortable,
// a 64-bit number whose top bit is 0, 53 bits of microseconds since 1970 and 10 bits of clock id
// (https://atproto.com/specs/tid). Any other key, however valid as a generic record key, is refused.
const ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
const TID_PATTERN = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
/** 2023-01-01T00:00:00Z in microseconds: keys fall in the 407 days after it, never in the future. */
const BASE_US = BigInt(Date.UTC(2023, 0, 1)) * 1000n;
/** 45 bits of the release's hash pick the microsecond: two releases share keys with odds of 1 in 3.5e13. */
const SPREAD_BITS = 45n;
/** The clock id holds the post's place: 10 bits. */
const MAX_THREAD_POSTS = 1024;
/** Whether `key` has TID syntax. */
function isTid(key) {
    return TID_PATTERN.test(key);
}
/** The microsecond a release's keys share: BASE + 45 bits of SHA-256("release-tweet bluesky v1" NUL releaseKey). */
function releaseMicros(releaseKey) {
    const digest = (0,external_node_crypto_.createHash)("sha256").update(`release-tweet bluesky v1\0${releaseKey}`).digest();
    return BASE_US + (digest.readBigUInt64BE(0) & ((1n << SPREAD_BITS) - 1n));
}
/** The TID record key of post `index` (0 = the first) of the thread announcing `releaseKey`. */
function threadRecordKey(releaseKey, index) {
    if (releaseKey === "")
        throw new RangeError("releaseKey must not be empty");
    if (!Number.isInteger(index) || index < 0 || index >= MAX_THREAD_POSTS) {
        throw new RangeError(`index must be a whole number from 0 to ${MAX_THREAD_POSTS - 1}`);
    }
    let value = (releaseMicros(releaseKey) << 10n) | BigInt(index);
    let key = "";
    for (let i = 0; i < 13; i++) {
        key = ALPHABET[Number(value & 31n)] + key;
        value >>= 5n;
    }
    return key;
}

// EXTERNAL MODULE: ./src/bluesky/errors.ts
var bluesky_errors = __webpack_require__(786);
;// CONCATENATED MODULE: ./src/bluesky/client.ts
// The Bluesky client: signs in with an app password, writes post records under given record keys at most once,
// reads them back, uploads a link card's image. Every failure becomes a catalogue error; no secret leaves it.








const POST_COLLECTION = "app.bsky.feed.post";
const DEFAULT_TIMEOUT_MS = 10_000;
/** app.bsky.embed.external#external thumb: accept image/*, maxSize 1,000,000. */
const MAX_THUMB_BYTES = 1_000_000;
/** Parses BLUESKY_SERVICE by the rule every door shares (https, or http on loopback for tests). */
function resolveService(value) {
    const text = value?.trim() || bluesky_errors/* DEFAULT_BLUESKY_SERVICE */.Wy;
    const problem = (0,setting_rules/* apiBaseUrlProblem */.wy)(text);
    if (problem !== undefined)
        throw (0,bluesky_errors/* blueskyError */.e_)("EBLUESKYSERVICE", { request: "", detail: problem });
    return new URL(text);
}
function validateCredentials(credentials) {
    const problems = [
        ["identifier", credentials.identifier],
        ["appPassword", credentials.appPassword],
    ].flatMap(([key, value]) => {
        const name = `${bluesky_errors/* BLUESKY_ENV */.Yy[key]} (${bluesky_errors/* BLUESKY_INPUT */.z$[key]})`;
        const problem = typeof value === "string" ? (0,setting_rules/* credentialProblem */.FL)(value) : "is empty";
        return problem === undefined ? [] : [`${name} ${problem}`];
    });
    if (problems.length > 0)
        throw (0,bluesky_errors/* blueskyError */.e_)("EBLUESKYCREDENTIALS", { request: "", detail: problems.join("; ") });
}
/** The web page of a post: https://bsky.app/profile/{handle or DID}/post/{rkey}. */
function postUrl(actor, uri) {
    const rkey = uri.slice(uri.lastIndexOf("/") + 1);
    return `https://bsky.app/profile/${encodeURIComponent(actor)}/post/${encodeURIComponent(rkey)}`;
}
function readStrongRef(data) {
    if (typeof data !== "object" || data === null)
        return null;
    const { uri, cid } = data;
    return typeof uri === "string" && uri.startsWith("at://") && typeof cid === "string" && cid !== "" ? { uri, cid } : null;
}
class BlueskyClient {
    did;
    handle;
    #rpc;
    #credentials;
    #timeoutMs;
    #sleep;
    #now;
    #debug;
    #policy;
    #secrets;
    #accessJwt;
    constructor(rpc, session, parts) {
        this.#rpc = rpc;
        this.did = session.did;
        this.handle = session.handle;
        this.#accessJwt = session.accessJwt;
        this.#credentials = parts.credentials;
        this.#timeoutMs = parts.timeoutMs;
        this.#sleep = parts.sleep;
        this.#now = parts.now;
        this.#debug = parts.debug;
        this.#policy = parts.policy;
        this.#secrets = parts.secrets;
    }
    /** com.atproto.server.createSession with the identifier and app password. Throws EBLUESKYAUTH & co. */
    static async signIn(options) {
        validateCredentials(options);
        const service = resolveService(options.service);
        const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        if (!(timeoutMs > 0))
            throw new RangeError("timeoutMs must be positive");
        const fetchImpl = options.fetch ?? fetch;
        const dispatcher = options.dispatcher;
        const rpc = new client_.Client({
            // Redirects are answers, never followed: the Authorization header must not travel to another host.
            handler: (pathname, init) => fetchImpl(new URL(pathname, service), { ...init, redirect: "manual", ...(dispatcher ? { dispatcher } : {}) }),
        });
        const credentials = { identifier: options.identifier.trim(), appPassword: options.appPassword };
        const secrets = [credentials.appPassword];
        const debug = options.debug ?? (() => undefined);
        const parts = {
            credentials,
            timeoutMs,
            sleep: options.sleep ?? network_thread/* defaultSleep */.JG,
            now: options.now ?? Date.now,
            debug: (line) => debug((0,redact/* redact */.E)(line, secrets)),
            policy: { ...network_thread/* NETWORK_RETRY_POLICY */.f6, ...options.retry },
            secrets,
        };
        const session = await createSession(rpc, credentials, parts);
        parts.debug(`Bluesky: signed in as ${session.handle} (${session.did}) on ${service.host}`);
        return new BlueskyClient(rpc, session, parts);
    }
    /**
     * com.atproto.repo.createRecord of a post under `rkey`, at most once. A key already taken (a re-run, or an earlier
     * attempt whose answer was lost) is no error: the record there is read and returned with `existed: true`.
     * The reference PDS answers a taken key with HTTP 500 InternalServerError (bluesky-social/atproto#3718; an
     * explicit error is proposed in #4728), so any refusal that is not about the request itself is checked by reading.
     */
    async createPost(rkey, record) {
        if (!isTid(rkey))
            throw new RangeError(`record key ${rkey} is not a TID`);
        const request = "com.atproto.repo.createRecord";
        const input = { repo: this.did, collection: POST_COLLECTION, rkey, record: { $type: POST_COLLECTION, ...record } };
        let landedMaybe = false;
        for (let attempt = 1;; attempt++) {
            let outcome;
            try {
                outcome = await this.#send(request, (signal) => this.#rpc.post(request, { input: input, headers: this.#auth(), signal }));
            }
            catch (error) {
                if (!isRetryable(error))
                    throw error;
                landedMaybe = true;
                const existing = await this.getPost(rkey).catch(() => null);
                // Our attempt landed before its answer was lost (or an earlier run's did): either way the post is there, once.
                if (existing)
                    return { ...existing, existed: false };
                await this.#backoff(request, attempt, error);
                continue;
            }
            if (outcome.ok) {
                const ref = readStrongRef(outcome.data);
                if (ref)
                    return { ...ref, existed: false };
                // The record exists now but the answer lost its address: read it back.
                const existing = await this.getPost(rkey);
                if (existing)
                    return { ...existing, existed: false };
                throw (0,bluesky_errors/* blueskyError */.e_)("EBLUESKYBADRESPONSE", { request, status: 200, detail: "no uri and cid in the answer" }, this.#secrets);
            }
            const { failure } = outcome;
            if (await this.#renewIfExpired(failure)) {
                attempt--;
                continue;
            }
            const error = (0,bluesky_errors/* errorForXrpc */.d$)(request, failure, this.#now(), { attempts: attempt, secrets: this.#secrets });
            if (!mayMeanTaken(failure))
                throw error;
            const existing = await this.getPost(rkey);
            if (existing) {
                this.#debug(`${request} ${rkey}: the key is taken; continuing from the record there`);
                return { ...existing, existed: !landedMaybe };
            }
            if (failure.status < 500)
                throw error;
            await this.#backoff(request, attempt, error);
        }
    }
    /** com.atproto.repo.getRecord of this account's post `rkey`; null when there is none (RecordNotFound). */
    async getPost(rkey) {
        const request = "com.atproto.repo.getRecord";
        const params = { repo: this.did, collection: POST_COLLECTION, rkey };
        const data = await this.#query(request, (signal) => this.#rpc.get(request, { params: params, headers: this.#auth(), signal }), (failure) => failure.error === "RecordNotFound" || (failure.status === 400 && /could not locate record/i.test(failure.message ?? "")));
        if (data === null)
            return null;
        const ref = readStrongRef(data);
        if (!ref)
            throw (0,bluesky_errors/* blueskyError */.e_)("EBLUESKYBADRESPONSE", { request, status: 200, detail: "no uri and cid in the answer" }, this.#secrets);
        return { ...ref, value: data.value };
    }
    /** com.atproto.repo.uploadBlob of a link card image (image/*, ≤ 1,000,000 bytes). */
    async uploadImage(data, mimeType) {
        if (!/^image\/[a-z0-9.+-]+$/i.test(mimeType)) {
            throw (0,bluesky_errors/* blueskyError */.e_)("EBLUESKYIMAGE", { request: "", detail: `its type ${JSON.stringify(mimeType)} is not an image type` });
        }
        if (data.byteLength === 0 || data.byteLength > MAX_THUMB_BYTES) {
            throw (0,bluesky_errors/* blueskyError */.e_)("EBLUESKYIMAGE", { request: "", detail: `it has ${data.byteLength} bytes` });
        }
        const request = "com.atproto.repo.uploadBlob";
        const answer = await this.#query(request, (signal) => this.#rpc.post(request, { input: data, headers: { ...this.#auth(), "content-type": mimeType }, signal }));
        const blob = answer?.blob;
        if (!blob || blob.$type !== "blob" || typeof blob.ref?.$link !== "string") {
            throw (0,bluesky_errors/* blueskyError */.e_)("EBLUESKYBADRESPONSE", { request, status: 200, detail: "no blob in the answer" }, this.#secrets);
        }
        return blob;
    }
    #auth() {
        return { authorization: `Bearer ${this.#accessJwt}` };
    }
    /** Sends a call that is safe to repeat (a read, an upload); retries 5xx and transport failures. */
    async #query(request, call, absent) {
        for (let attempt = 1;; attempt++) {
            let outcome;
            try {
                outcome = await this.#send(request, call);
            }
            catch (error) {
                if (!isRetryable(error))
                    throw error;
                await this.#backoff(request, attempt, error);
                continue;
            }
            if (outcome.ok)
                return outcome.data;
            const { failure } = outcome;
            if (absent?.(failure))
                return null;
            if (await this.#renewIfExpired(failure)) {
                attempt--;
                continue;
            }
            const error = (0,bluesky_errors/* errorForXrpc */.d$)(request, failure, this.#now(), { attempts: attempt, secrets: this.#secrets });
            if (failure.status < 500)
                throw error;
            await this.#backoff(request, attempt, error);
        }
    }
    #renewed = false;
    /** An access token that expired mid-run is replaced once by a new session (app passwords allow it). */
    async #renewIfExpired(failure) {
        if (failure.error !== "ExpiredToken" || this.#renewed)
            return false;
        this.#renewed = true;
        this.#debug("Bluesky: the access token expired; signing in again");
        const session = await createSession(this.#rpc, this.#credentials, {
            timeoutMs: this.#timeoutMs,
            sleep: this.#sleep,
            now: this.#now,
            debug: this.#debug,
            policy: this.#policy,
            secrets: this.#secrets,
        });
        this.#accessJwt = session.accessJwt;
        return true;
    }
    async #send(request, call) {
        return send(request, call, this.#timeoutMs, this.#secrets);
    }
    async #backoff(request, attempt, error) {
        if (attempt >= this.#policy.attempts)
            throw withAttempts(error, attempt);
        const delay = this.#policy.delaysMs[attempt - 1] ?? this.#policy.delaysMs.at(-1) ?? 0;
        this.#debug(`${request} attempt ${attempt}/${this.#policy.attempts} failed (${error instanceof errors/* ReleaseTweetError */.be ? error.code : "error"}); retrying in ${delay} ms`);
        await this.#sleep(delay);
    }
}
async function createSession(rpc, credentials, parts) {
    const request = "com.atproto.server.createSession";
    for (let attempt = 1;; attempt++) {
        let outcome;
        try {
            outcome = await send(request, (signal) => rpc.post(request, { input: { identifier: credentials.identifier, password: credentials.appPassword }, signal }), parts.timeoutMs, parts.secrets);
        }
        catch (error) {
            if (!isRetryable(error) || attempt >= parts.policy.attempts)
                throw withAttempts(error, attempt);
            await parts.sleep(parts.policy.delaysMs[attempt - 1] ?? 0);
            continue;
        }
        if (outcome.ok) {
            const { did, handle, accessJwt, refreshJwt } = (outcome.data ?? {});
            if (typeof did !== "string" || !did.startsWith("did:") || typeof accessJwt !== "string" || accessJwt === "") {
                throw (0,bluesky_errors/* blueskyError */.e_)("EBLUESKYBADRESPONSE", { request, status: 200, detail: "no did and accessJwt in the answer" }, parts.secrets);
            }
            // Every token we hold is blanked from messages from now on.
            parts.secrets.push(accessJwt, ...(typeof refreshJwt === "string" ? [refreshJwt] : []));
            return { did, handle: typeof handle === "string" && handle !== "handle.invalid" ? handle : did, accessJwt };
        }
        const error = (0,bluesky_errors/* errorForXrpc */.d$)(request, outcome.failure, parts.now(), { attempts: attempt, secrets: parts.secrets });
        if (outcome.failure.status < 500 || attempt >= parts.policy.attempts)
            throw error;
        await parts.sleep(parts.policy.delaysMs[attempt - 1] ?? 0);
    }
}
/** One request with its own deadline. Resolves with any XRPC answer; rejects with a catalogue error when none came. */
async function send(request, call, timeoutMs, secrets) {
    const signal = AbortSignal.timeout(timeoutMs);
    let response;
    try {
        response = await call(signal);
    }
    catch (error) {
        if (signal.aborted) {
            throw (0,bluesky_errors/* blueskyError */.e_)("EBLUESKYTIMEOUT", { request, detail: `no answer within ${timeoutMs} ms` }, secrets);
        }
        // @atcute/client throws a TypeError for a 200 that is not JSON, and response.json() a SyntaxError for bad JSON.
        if ((error instanceof TypeError && /content-type/i.test(error.message)) || error instanceof SyntaxError) {
            throw (0,bluesky_errors/* blueskyError */.e_)("EBLUESKYBADRESPONSE", { request, status: 200, detail: "a success answer that is not JSON" }, secrets);
        }
        throw (0,bluesky_errors/* blueskyError */.e_)("EBLUESKYNETWORK", { request, detail: describeNetworkFailure(error, secrets) }, secrets);
    }
    if (response.ok)
        return { ok: true, data: response.data };
    const headers = {};
    response.headers.forEach((value, name) => {
        headers[name] = value;
    });
    const payload = response.data;
    // @atcute/client puts "UnknownXRPCError" where the body was not an XRPC error (an HTML page, an empty body).
    const error = typeof payload.error === "string" && payload.error !== "UnknownXRPCError" ? payload.error : undefined;
    const message = error !== undefined && typeof payload.message === "string" ? payload.message : undefined;
    return { ok: false, failure: { status: response.status, headers, error, message } };
}
function describeNetworkFailure(error, secrets) {
    const code = (0,http/* networkCode */.e8)(error);
    const cause = (0,http/* networkCause */.u6)(error);
    const text = cause instanceof Error ? cause.message : String(cause);
    return (0,redact/* redact */.E)(code ? `${code}: ${text}` : text, secrets).slice(0, 200);
}
function isRetryable(error) {
    return error instanceof errors/* ReleaseTweetError */.be && ["EBLUESKYNETWORK", "EBLUESKYTIMEOUT", "EBLUESKYSERVER", "EBLUESKYBADRESPONSE"].includes(error.code);
}
/** A refusal that may mean "that key is taken": a 5xx (today's PDS), 409, or an error naming it. */
function mayMeanTaken(failure) {
    if (failure.status >= 500 || failure.status === 409)
        return true;
    return /already ?exists/i.test(`${failure.error ?? ""} ${failure.message ?? ""}`);
}
function withAttempts(error, attempts) {
    if (!(error instanceof errors/* ReleaseTweetError */.be) || attempts <= 1 || error.message.includes("attempts)"))
        return error;
    const message = error.message.endsWith(")") ? error.message.replace(/\)$/, `, after ${attempts} attempts)`) : `${error.message} (after ${attempts} attempts)`;
    return new errors/* ReleaseTweetError */.be(error.code, message, error.fix, { docs: error.docs, cause: error.cause });
}

;// CONCATENATED MODULE: ./src/bluesky/authorize.ts
// What `release-tweet authorize --network bluesky` needs from Bluesky: proof that an identifier and app password sign
// in, and whose account they are. The CLI asks for the values and stores them; this module never prints anything.

const APP_PASSWORD_FORM = /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/;
/** Signs in once (com.atproto.server.createSession). Throws EBLUESKYAUTH, EBLUESKY2FA… with what to do. */
async function checkBlueskyCredentials(options) {
    const client = await BlueskyClient.signIn(options);
    return { did: client.did, handle: client.handle, looksLikeAppPassword: APP_PASSWORD_FORM.test(options.appPassword) };
}

// EXTERNAL MODULE: ./src/bluesky/rich-text.ts
var rich_text = __webpack_require__(783);
;// CONCATENATED MODULE: ./src/bluesky/publish-thread.ts
// Posts a composed thread on Bluesky as a chain of replies, each post at most once, and says exactly what exists when
// it stops. Each post's record key comes from the release and its place in the thread, so a re-run after a partial
// (or complete) thread posts only what is missing.






const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
/** The record of one post (without $type, added by the client). Throws RangeError for a post Bluesky would refuse. */
function postRecord(text, options) {
    const rich = (0,rich_text/* toRichText */.TP)(text);
    const graphemes = (0,rich_text/* graphemeCount */.Bf)(rich.text);
    const bytes = (0,rich_text/* utf8Length */.wI)(rich.text);
    if (graphemes > rich_text/* BLUESKY_LIMITS */.v4.graphemes || bytes > rich_text/* BLUESKY_LIMITS */.v4.bytes) {
        throw new RangeError(`post has ${graphemes} graphemes and ${bytes} bytes; Bluesky allows ${rich_text/* BLUESKY_LIMITS */.v4.graphemes} and ${rich_text/* BLUESKY_LIMITS */.v4.bytes}`);
    }
    const record = { text: rich.text, createdAt: options.createdAt };
    if (rich.facets.length > 0)
        record.facets = rich.facets;
    if (options.langs && options.langs.length > 0)
        record.langs = options.langs;
    if (options.reply)
        record.reply = { root: { ...options.reply.root }, parent: { ...options.reply.parent } };
    if (options.embed)
        record.embed = options.embed;
    return record;
}
function validate(posts, options) {
    if (posts.length === 0 || posts.some((p) => p.trim() === "")) {
        throw new errors/* ReleaseTweetError */.be("EBLUESKYNOPOSTS", posts.length === 0 ? "There is nothing to post on Bluesky." : "A post of the Bluesky thread is empty.", "Check the template: it produced no text.");
    }
    if (posts.length > MAX_THREAD_POSTS)
        throw new RangeError(`a Bluesky thread has at most ${MAX_THREAD_POSTS} posts`);
    const langs = options.langs ?? [];
    if (langs.length > 3 || langs.some((tag) => !LANG_TAG.test(tag))) {
        throw new RangeError("langs must be at most 3 language tags such as en or pt-BR");
    }
    // Every post is checked before the first is sent: a post Bluesky would refuse must not leave half a thread.
    for (const text of posts)
        postRecord(text, { createdAt: "" });
}
/**
 * Posts posts[0] (with the link card), then each next one as a reply to the one before, root = the first.
 * Throws NetworkThreadPartialError (EBLUESKYTHREADPARTIAL) when it stops after the first post; before that, the
 * cause itself. Every error says whether running again is safe (it is: keys make it so).
 */
async function publishBlueskyThread(client, posts, options) {
    validate(posts, options);
    const now = options.now ?? (() => new Date());
    const published = [];
    const refs = [];
    for (const [index, text] of posts.entries()) {
        const rkey = threadRecordKey(options.releaseKey, index);
        try {
            const root = refs[0];
            const parent = refs.at(-1);
            const embed = index === 0 && options.card ? await cardEmbed(client, rkey, options.card) : undefined;
            const record = postRecord(text, {
                createdAt: now().toISOString(),
                langs: options.langs,
                reply: root && parent ? { root, parent } : undefined,
                embed,
            });
            const created = await client.createPost(rkey, record);
            refs.push({ uri: created.uri, cid: created.cid });
            published.push({ id: created.uri, url: postUrl(client.handle, created.uri), text, alreadyPosted: created.existed });
        }
        catch (error) {
            if (index === 0)
                throw error;
            throw network_thread/* NetworkThreadPartialError */.A9.atPost("bluesky", published, posts.length, index, error, bluesky_errors/* RERUN_IS_SAFE */.Wz);
        }
    }
    return { posts: published, alreadyPosted: published.every((p) => p.alreadyPosted) };
}
/** The external embed; the image is uploaded only when the first post does not exist yet (a re-run skips it). */
async function cardEmbed(client, rkey, card) {
    const external = {
        uri: card.uri,
        title: card.title,
        description: card.description,
    };
    if (card.image && (await client.getPost(rkey)) === null) {
        external.thumb = await client.uploadImage(card.image.data, card.image.mimeType);
    }
    return { $type: "app.bsky.embed.external", external };
}

;// CONCATENATED MODULE: ./src/bluesky/index.ts
// The Bluesky network as a door loads it: `await import("../bluesky/index.js")` only when Bluesky is configured, so an
// X-only run never loads @atcute/client. The composer imports rich-text.ts directly (pure, no dependency).






/***/ }),

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


/***/ })

};
