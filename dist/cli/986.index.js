export const id = 986;
export const ids = [986,519];
export const modules = {

/***/ 986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ghSecretSetCommand: () => (/* binding */ ghSecretSetCommand),
  runAuthorize: () => (/* binding */ runAuthorize)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(296);
// EXTERNAL MODULE: ./src/core/proxy-agent.ts
var proxy_agent = __webpack_require__(519);
// EXTERNAL MODULE: external "@actions/github"
var github_ = __webpack_require__(37);
// EXTERNAL MODULE: external "undici"
var external_undici_ = __webpack_require__(706);
// EXTERNAL MODULE: ./src/core/http.ts
var http = __webpack_require__(983);
// EXTERNAL MODULE: ./src/core/outside-text.ts + 1 modules
var outside_text = __webpack_require__(673);
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
    const octokit = (0,github_.getOctokit)(options.token, {
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
        let headers = new external_undici_.Headers(init.headers);
        for (let hops = 0;; hops++) {
            const response = await (0,external_undici_.fetch)(url.href, { ...init, method, body, headers, redirect: "manual", dispatcher });
            const location = REDIRECTS.has(response.status) ? response.headers.get("location") : null;
            const next = location === null ? null : URL.parse(location, url.href);
            if (next === null || next.origin !== apiOrigin || hops === MAX_REDIRECTS)
                return response;
            await response.body?.cancel();
            // Fetch's rule: 303, and 301/302 after a POST, continue as a GET without the body; 307/308 repeat the request.
            if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST")) {
                method = "GET";
                body = undefined;
                headers = new external_undici_.Headers(headers);
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

// EXTERNAL MODULE: external "libsodium-wrappers"
var external_libsodium_wrappers_ = __webpack_require__(657);
;// CONCATENATED MODULE: ./src/github/secrets.ts
// GitHub Actions secrets: fetch a repository's (or environment's) public key, seal values with libsodium, PUT them,
// all through the one GitHub client (src/github/client.ts).



const REPO_PATTERN = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const SECRET_NAME_PATTERN = /^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]*$/i;
const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * Waits before the 2nd and 3rd attempt of a PUT. A PUT of the same sealed value is idempotent, so a 5xx, a network
 * error or a timeout (which may have landed) is simply sent again; the OAuth run behind it is costly to repeat.
 */
const PUT_RETRY_DELAYS_MS = [1_000, 2_000];
/**
 * EGITHUBPARTIAL: saving stopped part-way. Names only, never values: errors get logged. The CLI, which holds the
 * values, prints those not stored so the user need not authorize again.
 */
class SecretsPartialError extends errors/* ReleaseTweetError */.be {
    stored;
    notStored;
    constructor(message, fix, stored, notStored, cause) {
        super("EGITHUBPARTIAL", message, fix, { docs: "authorize", cause });
        this.stored = stored;
        this.notStored = notStored;
    }
}
/** Throws EREPO unless `repo` looks like owner/name. Pure, so the CLI checks it before any request. */
function assertRepo(repo) {
    if (!REPO_PATTERN.test(repo) || repo.endsWith("/.") || repo.endsWith("/..")) {
        throw new errors/* ReleaseTweetError */.be("EREPO", `Invalid repository '${repo}'. Expected format {owner}/{repo}.`, "Pass --repo owner/name, e.g. --repo octocat/hello-world.", { docs: "authorize" });
    }
}
/** libsodium crypto_box_seal of `value` to the base64 public key, as base64 (original variant with padding), which GitHub expects. */
async function sealSecret(value, publicKeyBase64) {
    await external_libsodium_wrappers_["default"].ready;
    let publicKey;
    try {
        publicKey = external_libsodium_wrappers_["default"].from_base64(publicKeyBase64, external_libsodium_wrappers_["default"].base64_variants.ORIGINAL);
    }
    catch {
        publicKey = new Uint8Array(0);
    }
    if (publicKey.length !== external_libsodium_wrappers_["default"].crypto_box_PUBLICKEYBYTES) {
        throw new errors/* ReleaseTweetError */.be("EGITHUBKEY", "GitHub returned a public key that is not a 32-byte Curve25519 key.", "Check that GITHUB_API_URL points at the GitHub REST API.", { docs: "authorize" });
    }
    const sealed = external_libsodium_wrappers_["default"].crypto_box_seal(external_libsodium_wrappers_["default"].from_string(value), publicKey);
    return external_libsodium_wrappers_["default"].to_base64(sealed, external_libsodium_wrappers_["default"].base64_variants.ORIGINAL);
}
/** GET …/secrets/public-key. Needs only read access to the secrets: checkRepoAccess says what is known about writing. */
async function fetchPublicKey(github, target, options = {}) {
    assertRepo(target.repo);
    const { owner, repo } = ownerAndRepo(target);
    const { rest } = github.octokit;
    const answer = await call(github, options, (request) => target.environment
        ? rest.actions.getEnvironmentPublicKey({ owner, repo, environment_name: target.environment, request })
        : rest.actions.getRepoPublicKey({ owner, repo, request }));
    if (answer.status !== 200)
        throw httpError(github, target, answer, `read the secrets public key of ${describeScope(target)}`);
    const parsed = asRecord(answer.data);
    const keyId = parsed?.key_id;
    const key = parsed?.key;
    if (typeof keyId !== "string" || typeof key !== "string") {
        throw new errors/* ReleaseTweetError */.be("EGITHUBKEY", "GitHub's answer for the secrets public key has no key_id and key.", "Check that GITHUB_API_URL points at the GitHub REST API.", { docs: "authorize" });
    }
    return { keyId, key };
}
/**
 * GET /repos/{owner}/{repo}: what can be known about write access before the OAuth run. Reading the secrets public
 * key needs only read access, so on its own it proves nothing about writing. Checked here: the repository exists for
 * this token; the account has write access (GitHub: "To create a repository secret, you must have write access");
 * a classic token, the only kind GitHub lists scopes for (x-oauth-scopes), has the 'repo' scope. A fine-grained
 * token's 'Secrets' permission cannot be read in advance: the first PUT checks it.
 */
async function checkRepoAccess(github, target, options = {}) {
    assertRepo(target.repo);
    const tokenName = target.tokenName ?? "the GitHub token";
    const answer = await call(github, options, (request) => github.octokit.rest.repos.get({ ...ownerAndRepo(target), request }));
    const { status, headers } = answer;
    if (status === 404) {
        throw new errors/* ReleaseTweetError */.be("EGITHUBACCESS", `GitHub answered 404 when trying to read the repository ${target.repo}: it does not exist, or ${tokenName} has no access to it.`, `Check --repo. A classic token needs the 'repo' scope; a fine-grained token must list ${target.repo} under Repository access, with 'Secrets: Read and write'.`, { docs: "authorize" });
    }
    if (status !== 200)
        throw httpError(github, target, answer, `read the repository ${target.repo}`);
    const repository = asRecord(answer.data);
    if (repository === undefined) {
        throw new errors/* ReleaseTweetError */.be("EGITHUBHTTP", `GitHub's answer for the repository ${target.repo} is not a repository.`, "Check that GITHUB_API_URL points at the GitHub REST API.", { docs: "authorize" });
    }
    const scopesHeader = headers["x-oauth-scopes"];
    if (scopesHeader !== undefined) {
        const scopes = scopesHeader.split(",").map((scope) => scope.trim()).filter(Boolean);
        if (!scopes.includes("repo")) {
            throw new errors/* ReleaseTweetError */.be("EGITHUBACCESS", `${tokenName} is a classic token without the 'repo' scope (its scopes: ${scopes.join(", ") || "none"}); writing Actions secrets needs it.`, "Give the token the 'repo' scope (for a token from 'gh auth token': gh auth refresh -s repo), or use a fine-grained token with 'Secrets: Read and write'. Nothing was stored.", { docs: "authorize" });
        }
    }
    const permissions = repository.permissions;
    if (typeof permissions === "object" && permissions !== null) {
        const { admin, push } = permissions;
        if (admin !== true && push !== true) {
            throw new errors/* ReleaseTweetError */.be("EGITHUBACCESS", `The account behind ${tokenName} can read ${target.repo} but not write to it; storing Actions secrets needs write access to the repository.`, "Ask a repository admin for write access, or use a token of an account that has it. Nothing was stored.", { docs: "authorize" });
        }
    }
}
/**
 * PUT one sealed secret; GitHub answers 201 when it created it and 204 when it replaced it. Up to 3 attempts on a
 * 5xx, a network error or a timeout; any other answer is final.
 */
async function putSecret(github, target, secret, publicKey, options = {}) {
    if (!SECRET_NAME_PATTERN.test(secret.name))
        throw new Error(`Invalid secret name '${secret.name}'`);
    const sealed = { encrypted_value: await sealSecret(secret.value, publicKey.key), key_id: publicKey.keyId, secret_name: secret.name };
    const { owner, repo } = ownerAndRepo(target);
    const { rest } = github.octokit;
    const action = `store ${secret.name} in ${describeScope(target)}`;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const attempts = PUT_RETRY_DELAYS_MS.length + 1;
    for (let attempt = 1;; attempt++) {
        const answer = await callGitHub((request) => target.environment
            ? rest.actions.createOrUpdateEnvironmentSecret({ owner, repo, environment_name: target.environment, ...sealed, request })
            : rest.actions.createOrUpdateRepoSecret({ owner, repo, ...sealed, request }), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
        const last = attempt === attempts;
        if ("unreachable" in answer) {
            if (last)
                throw unreachableError(github, answer.why, attempts);
        }
        else if (answer.status === 201) {
            return { name: secret.name, outcome: "created" };
        }
        else if (answer.status === 204) {
            return { name: secret.name, outcome: "updated" };
        }
        else if (answer.status < 500 || last) {
            throw httpError(github, target, answer, action, attempt);
        }
        await sleep(PUT_RETRY_DELAYS_MS[attempt - 1] ?? 0);
    }
}
/**
 * Stores the secrets in order, stopping at the first failure (after putSecret's retries): a later PUT would most
 * likely fail the same way. On failure a SecretsPartialError says exactly which secrets were stored and which were not.
 */
async function saveSecrets(github, target, secrets, publicKey, options = {}, onSaved = () => undefined) {
    const saved = [];
    for (const [index, secret] of secrets.entries()) {
        try {
            const result = await putSecret(github, target, secret, publicKey, options);
            saved.push(result);
            onSaved(result);
        }
        catch (error) {
            const stored = saved.map((s) => s.name);
            const notStored = secrets.slice(index).map((s) => s.name);
            const reason = error instanceof errors/* ReleaseTweetError */.be ? error.message : "an unexpected error";
            const fix = error instanceof errors/* ReleaseTweetError */.be ? `${error.fix} ` : "";
            throw new SecretsPartialError(`Saving secrets to ${describeScope(target)} stopped: ${reason} Stored: ${stored.join(", ") || "none"}. Not stored: ${notStored.join(", ")}.`, `${fix}Then store the ones not stored with 'gh secret set NAME', or run release-tweet authorize again (it replaces the secrets already stored).`, stored, notStored, error);
        }
    }
    return saved;
}
function describeScope(target) {
    return target.environment ? `environment '${target.environment}' of ${target.repo}` : target.repo;
}
function ownerAndRepo(target) {
    const [owner = "", repo = ""] = target.repo.split("/");
    return { owner, repo };
}
/** One call; GitHub's answer whatever its status, or EGITHUBNETWORK when there was none. */
async function call(github, options, send) {
    const answer = await callGitHub(send, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    if ("unreachable" in answer)
        throw unreachableError(github, answer.why, 1);
    return answer;
}
function unreachableError(github, why, attempts) {
    const parts = [why, attempts > 1 ? `${attempts} attempts` : ""].filter(Boolean);
    const detail = parts.length > 0 ? ` (${parts.join(", ")})` : "";
    return new errors/* ReleaseTweetError */.be("EGITHUBNETWORK", `Could not reach the GitHub API at ${apiHost(github.apiUrl)}${detail}.`, "Check your network connection, and GITHUB_API_URL if you use GitHub Enterprise Server.", { docs: "authorize" });
}
function httpError(github, target, answer, action, attempts = 1) {
    const { status } = answer;
    const tokenName = target.tokenName ?? "the GitHub token";
    const message = answerMessage(answer, [github.token]);
    const said = `${message ? ` ("${message}")` : ""}${attempts > 1 ? ` ${attempts} times` : ""}`;
    // Redirects on the API host were followed (src/github/client.ts); this one leads elsewhere.
    if (status >= 300 && status < 400) {
        return new errors/* ReleaseTweetError */.be("EGITHUBHTTP", `GitHub answered ${status} when trying to ${action}: the repository has moved (renamed or transferred) and the redirect leads away from ${apiHost(github.apiUrl)}, so it is not followed and the token stays there.`, "Pass the repository's new owner/name with --repo.", { docs: "authorize" });
    }
    if (status === 401) {
        return new errors/* ReleaseTweetError */.be("EGITHUBTOKEN", `GitHub rejected ${tokenName}: 401${said} when trying to ${action}.`, `Create a new token (classic with the 'repo' scope, or fine-grained with 'Secrets: Read and write' on ${target.repo}) and put it in GITHUB_TOKEN or GH_TOKEN.`, { docs: "authorize" });
    }
    if (status === 403 || status === 404) {
        const environment = target.environment
            ? `, or the environment '${target.environment}' does not exist (create it under Settings → Environments)`
            : "";
        return new errors/* ReleaseTweetError */.be("EGITHUBACCESS", `GitHub answered ${status}${said} when trying to ${action}.`, `Either the repository ${target.repo} does not exist (check --repo), or ${tokenName} lacks the 'repo' scope (classic token), or it lacks the 'Secrets: Read and write' permission on this repository (fine-grained token)${environment}.`, { docs: "authorize" });
    }
    return new errors/* ReleaseTweetError */.be("EGITHUBHTTP", `GitHub answered ${status}${said} when trying to ${action}.`, status >= 500 ? "GitHub had a problem; try again in a few minutes." : "Check the repository and token, then try again.", { docs: "authorize" });
}
function asRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : undefined;
}

// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(258);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(54);
;// CONCATENATED MODULE: ./src/x/handle.ts
// X account names as messages print them: "@handle" only for a name X's rules allow, so a hostile answer prints nothing raw.
// X's rule for a handle: 1 to 15 letters, digits or underscores.
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
/** "@name" when `name` is a valid X handle; undefined otherwise, and the caller words it without the name. */
function xHandle(name) {
    return HANDLE.test(name) ? `@${name}` : undefined;
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

// EXTERNAL MODULE: ./src/core/setting-rules.ts
var setting_rules = __webpack_require__(345);
// EXTERNAL MODULE: ./src/x/errors.ts
var x_errors = __webpack_require__(689);
;// CONCATENATED MODULE: ./src/x/signed-request.ts







const signed_request_DEFAULT_TIMEOUT_MS = 10_000;
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
    const error = (0,http/* networkCause */.u6)(failure);
    const describe = (e) => {
        if (!(e instanceof Error))
            return String(e);
        const code = e.code;
        return `${e.name}${typeof code === "string" ? ` [${code}]` : ""}: ${e.message}`;
    };
    const inner = error instanceof Error && error.cause !== undefined ? ` (${describe(error.cause)})` : "";
    return new Error((0,outside_text/* quoteOutside */.Y)(`${describe(error)}${inner}`, secrets, { maxLength: x_errors/* X_DETAIL_MAX_LENGTH */.nn }));
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
    else if (req.multipart !== undefined) {
        // undici writes the content-type with its boundary; the parts are not in the signature base string.
        body = req.multipart;
    }
    const label = `${req.method} ${req.path}`;
    const signal = AbortSignal.timeout(req.timeoutMs);
    try {
        // Never redirected (requestText): a signed request replayed elsewhere would hand its signature to that host.
        return await (0,http/* requestText */.T9)(url, { method: req.method, headers, body, signal, dispatcher: options.dispatcher });
    }
    catch (error) {
        const secrets = secretsOf(req, authorization);
        const cause = safeCause(error, secrets);
        if (signal.aborted) {
            throw (0,x_errors/* xError */.FP)("EXTIMEOUT", { request: label, detail: `no answer within ${req.timeoutMs} ms`, cause }, secrets);
        }
        throw (0,x_errors/* xError */.FP)("EXNETWORK", { request: label, detail: cause.message, cause }, secrets);
    }
}

;// CONCATENATED MODULE: ./src/x/oauth-flow.ts





const KEYS_FIX = `Check ${types/* CREDENTIAL_ENV */.c$.apiKey} and ${types/* CREDENTIAL_ENV */.c$.apiSecret}: they are the app's "API Key and Secret" (Consumer Keys) ` +
    "from the X developer portal, copied whole. If they were regenerated, use the new pair. Also check this machine's clock.";
function flowError(code, message, fix, secrets) {
    return new errors/* ReleaseTweetError */.be(code, (0,redact/* redact */.E)(message, secrets), (0,redact/* redact */.E)(fix, secrets), { docs: "troubleshooting" });
}
function requireConsumer(consumer) {
    const missing = [];
    if (consumer.apiKey.trim() === "")
        missing.push(types/* CREDENTIAL_ENV */.c$.apiKey);
    if (consumer.apiSecret.trim() === "")
        missing.push(types/* CREDENTIAL_ENV */.c$.apiSecret);
    if (missing.length > 0) {
        throw new errors/* ReleaseTweetError */.be("EXCREDENTIALS", `${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} empty.`, KEYS_FIX);
    }
}
async function send(consumer, options, req) {
    try {
        return await sendSigned({ baseUrl: resolveBaseUrl(options.baseUrl), dispatcher: options.dispatcher, now: options.now }, { ...req, consumer: { key: consumer.apiKey, secret: consumer.apiSecret }, timeoutMs: options.timeoutMs ?? signed_request_DEFAULT_TIMEOUT_MS });
    }
    catch (error) {
        throw (0,x_errors/* withoutRerunNote */.l1)(error);
    }
}
/** X answers these endpoints with a form-encoded body (and a text/html content type). */
function readForm(response, fields) {
    const form = new URLSearchParams(response.body);
    const out = {};
    for (const field of fields) {
        const value = form.get(field);
        if (!value)
            return null;
        out[field] = value;
    }
    return out;
}
function errorCodes(response) {
    return (0,x_errors/* parseErrorBody */.kW)(response.body)?.errors.map((e) => e.code) ?? [];
}
// X answers an unapproved callback with code 415, as JSON or (seen in the field) as XML: <error code="415">.
function isCallbackRefused(response) {
    return errorCodes(response).includes(415) || /\bcode="415"|callback url not approved/i.test(response.body);
}
/** An answer the flow has no special words for, without the posting advice that does not apply here. */
function flowResponseError(label, response, secrets) {
    return (0,x_errors/* withoutRerunNote */.l1)((0,x_errors/* errorForResponse */.vw)(label, response, Date.now(), { secrets }));
}
/** POST /oauth/request_token with oauth_callback ("oob" for PIN mode, or the registered callback URL). Checks oauth_callback_confirmed. */
async function requestToken(consumer, callback, options = {}) {
    requireConsumer(consumer);
    const label = "POST /oauth/request_token";
    const secrets = [consumer.apiKey, consumer.apiSecret];
    // RFC 5849 3.5: oauth_callback travels in the Authorization header only.
    const response = await send(consumer, options, { method: "POST", path: "/oauth/request_token", protocolParams: { oauth_callback: callback } });
    if (response.status !== 200) {
        if (isCallbackRefused(response)) {
            throw flowError("EXCALLBACK", `X refused the callback URL ${callback}: it is not one of the app's approved callback URLs (code 415).`, "In the X developer portal, open the app's User authentication settings and add this exact URL (same port and trailing slash) " +
                "under Callback URI / Redirect URL. X wants 127.0.0.1, not localhost.", secrets);
        }
        if (response.status === 401) {
            throw flowError("EXCONSUMERKEYS", "X did not accept the app's API key and secret (code 32).", KEYS_FIX, secrets);
        }
        throw flowResponseError(label, response, secrets);
    }
    const form = readForm(response, ["oauth_token", "oauth_token_secret"]);
    if (!form)
        throw (0,x_errors/* xError */.FP)("EXBADRESPONSE", { request: label, status: 200, detail: "no oauth_token in the answer" }, secrets);
    if (new URLSearchParams(response.body).get("oauth_callback_confirmed") !== "true") {
        throw flowError("EXCALLBACKUNCONFIRMED", "X did not confirm the callback (oauth_callback_confirmed is not \"true\"), so the authorization cannot be trusted.", "Run the authorization again; if it keeps happening, check TWITTER_API_BASE_URL points to the X API and not a proxy.", secrets);
    }
    return { token: form.oauth_token, tokenSecret: form.oauth_token_secret };
}
/** The page the user opens: {base}/oauth/authorize?oauth_token=… */
function authorizeUrl(baseUrl, token) {
    const base = resolveBaseUrl(baseUrl);
    const url = new URL(base.href);
    url.pathname = `${base.pathname.replace(/\/+$/, "")}/oauth/authorize`;
    url.searchParams.set("oauth_token", token);
    return url.href;
}
/** POST /oauth/access_token with the request token and the PIN or oauth_verifier. */
async function accessToken(consumer, request, options = {}) {
    requireConsumer(consumer);
    const verifier = request.verifier.trim();
    if (verifier === "") {
        throw new errors/* ReleaseTweetError */.be("EXBADPIN", "The PIN is empty.", "Enter the PIN X showed after you authorized the app.");
    }
    const label = "POST /oauth/access_token";
    // The verifier is single-use but, until used, as good as the tokens: X may echo it back in an error.
    const secrets = [consumer.apiKey, consumer.apiSecret, request.token, request.tokenSecret, verifier];
    const response = await send(consumer, options, {
        method: "POST",
        path: "/oauth/access_token",
        token: { key: request.token, secret: request.tokenSecret },
        protocolParams: { oauth_verifier: verifier },
    });
    if (response.status !== 200) {
        if (/invalid oauth_verifier/i.test(response.body)) {
            throw flowError("EXBADPIN", "X did not accept the PIN: it is wrong, or it was already used.", "Run the authorization again and enter the new PIN exactly as shown; each PIN works once.", secrets);
        }
        // The keys were accepted a moment ago at request_token; a 401 now is about the request token, unless X says 32.
        if (errorCodes(response).includes(32)) {
            throw flowError("EXCONSUMERKEYS", "X did not accept the app's API key and secret (code 32).", KEYS_FIX, secrets);
        }
        if (response.status === 401 || errorCodes(response).includes(89) || /invalid request token/i.test(response.body)) {
            throw flowError("EXREQUESTTOKENEXPIRED", "X did not accept the authorization request: it expired or was already used.", "Run the authorization again and enter the PIN within a few minutes.", secrets);
        }
        throw flowResponseError(label, response, secrets);
    }
    const form = readForm(response, ["oauth_token", "oauth_token_secret", "user_id", "screen_name"]);
    if (!form)
        throw (0,x_errors/* xError */.FP)("EXBADRESPONSE", { request: label, status: 200, detail: "no access token in the answer" }, secrets);
    return {
        accessToken: form.oauth_token,
        accessTokenSecret: form.oauth_token_secret,
        userId: form.user_id,
        screenName: form.screen_name,
    };
}

// EXTERNAL MODULE: ./src/announce/settings.ts
var settings = __webpack_require__(105);
// EXTERNAL MODULE: ./src/bluesky/errors.ts
var bluesky_errors = __webpack_require__(786);
;// CONCATENATED MODULE: ./src/cli/authorize-bluesky.ts
// `release-tweet authorize --network bluesky`: asks for the account and an app password (never echoed), proves them by
// signing in once, and hands back the secrets to store. The Bluesky client is loaded only here.


// A handle is a domain name; anything else Bluesky answers is not printed as one.
const authorize_bluesky_HANDLE = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)+$/i;
async function authorizeBluesky(context) {
    const { options, io, prompter, known, dispatcher } = context;
    const given = options.bluesky;
    const identifier = (given.identifier ?? (await prompter.ask(`Your Bluesky handle or DID (${settings/* BLUESKY_ENV */.Yy.identifier}), e.g. name.bsky.social:`)))
        .trim()
        .replace(/^@/, "");
    const appPassword = (given.appPassword ??
        (await prompter.ask(`An app password of that account (${settings/* BLUESKY_ENV */.Yy.appPassword}, not shown; create one in Bluesky under Settings → Privacy and security → App passwords):`, { hidden: true }))).trim();
    if (appPassword)
        known.push(appPassword);
    if (!identifier || !appPassword) {
        throw (0,bluesky_errors/* blueskyError */.e_)("EBLUESKYCREDENTIALS", { request: "", detail: "the handle (or DID) and an app password are both needed" });
    }
    const { checkBlueskyCredentials } = await __webpack_require__.e(/* import() */ 901).then(__webpack_require__.bind(__webpack_require__, 901));
    const account = await checkBlueskyCredentials({ identifier, appPassword, service: given.service, dispatcher });
    const name = authorize_bluesky_HANDLE.test(account.handle) ? `@${account.handle}` : "the Bluesky account you signed in with";
    io.out(`Signed in to Bluesky as ${name}.`);
    if (!account.looksLikeAppPassword) {
        io.err("Warning: that password does not look like an app password (xxxx-xxxx-xxxx-xxxx). If it is the account's main password, " +
            "create an app password under Settings → Privacy and security → App passwords and run this again: an app password can be revoked alone and cannot change the account.");
    }
    const secrets = [
        { name: settings/* BLUESKY_ENV */.Yy.identifier, value: identifier },
        { name: settings/* BLUESKY_ENV */.Yy.appPassword, value: appPassword },
    ];
    // The default server needs no secret: only an account hosted elsewhere stores its service.
    if (given.service !== settings/* DEFAULT_BLUESKY_SERVICE */.Wy)
        secrets.push({ name: settings/* BLUESKY_ENV */.Yy.service, value: given.service });
    return { secrets, account: name };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(421);
;// CONCATENATED MODULE: ./src/cli/browser.ts
// Opens a URL in the user's browser, best effort: never throws, never waits for the browser.

/**
 * The command that opens `url`: $BROWSER when set (its `%s` replaced by the URL, else the URL appended),
 * else the platform's opener. The URL is always one argv element; no shell ever parses it.
 */
function browserCommand(url, env, platform) {
    const browser = env.BROWSER?.trim();
    if (browser) {
        // Like xdg-open and Python's webbrowser: BROWSER may list several commands separated by ':'; use the first.
        const [first = ""] = browser.split(":");
        const words = first.trim().split(/\s+/).filter(Boolean);
        const [command, ...rest] = words;
        if (!command)
            return undefined;
        const args = rest.some((word) => word.includes("%s")) ? rest.map((word) => word.replaceAll("%s", url)) : [...rest, url];
        return { command, args };
    }
    switch (platform) {
        case "darwin":
            return { command: "open", args: [url] };
        case "win32":
            // `start` is a cmd built-in that would parse & in the URL; rundll32 takes it verbatim.
            return { command: "rundll32", args: ["url.dll,FileProtocolHandler", url] };
        default:
            return { command: "xdg-open", args: [url] };
    }
}
/** Starts the browser detached; resolves false when the command could not be started. */
function openBrowser(command) {
    return new Promise((resolve) => {
        try {
            const child = (0,external_node_child_process_.spawn)(command.command, command.args, { detached: true, stdio: "ignore" });
            child.once("error", () => resolve(false));
            child.once("spawn", () => {
                child.unref();
                resolve(true);
            });
        }
        catch {
            resolve(false);
        }
    });
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(67);
;// CONCATENATED MODULE: ./src/cli/callback-server.ts
// Loopback HTTP server that receives X's redirect (oauth_token + oauth_verifier) in callback mode, or a Mastodon
// instance's (state + code), and waits for one whose verifier the provider accepts: a forged redirect (anyone who saw
// the request token or state can send one) cannot end the flow.


/** X's OAuth 1.0a redirect: ?oauth_token=…&oauth_verifier=…, or ?denied=TOKEN on Cancel. */
const X_CALLBACK = {
    provider: "X",
    tokenParam: "oauth_token",
    verifierParam: "oauth_verifier",
    deniedToken: (url) => url.searchParams.get("denied"),
};
/** An OAuth 2.0 authorization-code redirect (RFC 6749 §4.1.2): ?code=…&state=…, or ?error=access_denied&state=…. */
function oauth2Callback(provider) {
    return {
        provider,
        tokenParam: "state",
        verifierParam: "code",
        deniedToken: (url) => (url.searchParams.has("error") ? url.searchParams.get("state") : null),
    };
}
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "[::1]"]);
/** Checks a --callback value: http, a loopback IP literal, an explicit port. Returns the parsed URL. */
function parseCallbackUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw callbackError(`'${value}' is not a URL.`);
    }
    if (url.protocol !== "http:") {
        throw callbackError(`The callback URL must use http:// (the CLI serves it on this computer), not ${url.protocol}//.`);
    }
    if (!LOOPBACK_HOSTS.has(url.hostname)) {
        const hint = url.hostname === "localhost" ? " X recommends 127.0.0.1 over localhost, which may resolve to ::1." : "";
        throw callbackError(`The callback host must be 127.0.0.1 or [::1], so X redirects back to this computer only.${hint}`);
    }
    if (url.port === "")
        throw callbackError("The callback URL needs an explicit port, e.g. http://127.0.0.1:8976/callback.");
    if (url.username || url.password || url.search || url.hash) {
        throw callbackError("The callback URL must not carry credentials, a query or a fragment.");
    }
    return url;
}
function callbackError(message) {
    return new errors/* ReleaseTweetError */.be("ECALLBACKURL", message, "Pass --callback with the exact URL registered in your X app, e.g. --callback http://127.0.0.1:8976/callback.", { docs: "authorize" });
}
const PAGE = (title, text) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head>` +
    `<body style="font-family:sans-serif;margin:3em"><h1>${title}</h1><p>${text}</p></body></html>`;
/** An oauth_verifier worth sending to X: printable ASCII without spaces, of a sane length. Others are refused here. */
const VERIFIER = /^[\x21-\x7E]{1,256}$/;
/** Redirects waiting for their exchange; beyond this a flood is answered at once (the browser can reload). */
const MAX_QUEUED = 8;
/** Binds before any request to X, so a busy port fails before the user authorizes anything. */
async function startCallbackServer(callback, protocol = X_CALLBACK) {
    const provider = protocol.provider;
    let waiting;
    const handle = (req, res) => {
        const url = new URL(req.url ?? "/", callback);
        if (req.method !== "GET" || url.pathname !== callback.pathname) {
            answer(res, 404, "Not found", "This is release-tweet's one-time authorization address.");
            return;
        }
        const token = url.searchParams.get(protocol.tokenParam);
        const verifier = url.searchParams.get(protocol.verifierParam);
        const denied = protocol.deniedToken(url);
        // Only redirects for our own request token count; anything else (a stale tab, another page) is turned away.
        if (waiting && denied !== null && denied === waiting.token) {
            waiting.deny(res);
            return;
        }
        if (waiting && token === waiting.token && verifier) {
            waiting.take(verifier, res);
            return;
        }
        answer(res, 400, "Unexpected request", "This link does not belong to the authorization release-tweet is waiting for.");
    };
    const server = (0,external_node_http_.createServer)(handle);
    const host = callback.hostname.replace(/^\[|\]$/g, "");
    await new Promise((resolve, reject) => {
        server.once("error", (error) => {
            const reason = error.code === "EADDRINUSE"
                ? `Port ${callback.port} on ${host} is already in use.`
                : error.code === "EACCES"
                    ? `Not allowed to listen on port ${callback.port}.`
                    : `Could not listen on ${host}:${callback.port} (${error.code ?? error.message}).`;
            reject(new errors/* ReleaseTweetError */.be("ECALLBACKPORT", reason, "Stop the program using it, or register another http://127.0.0.1:PORT/... callback in your X app and pass it with --callback.", { docs: "authorize" }));
        });
        server.listen(Number(callback.port), host, () => resolve());
    });
    return {
        waitForAuthorization(requestToken, timeoutMs, redeem, notice = () => undefined) {
            return new Promise((resolve, reject) => {
                const queue = [];
                let busy = false;
                let expired = false;
                let done = false;
                let refused = 0;
                let denied = 0;
                const finish = (outcome) => {
                    done = true;
                    waiting = undefined;
                    clearTimeout(timer);
                    for (const item of queue.splice(0))
                        answer(item.res, 409, "Not needed", CLOSED_TEXT);
                    outcome();
                };
                const timeUp = () => finish(() => reject(timeoutError(callback, timeoutMs, refused, denied, provider)));
                const timer = setTimeout(() => {
                    // An exchange under way may still succeed: it decides, then the wait ends.
                    expired = true;
                    if (!busy)
                        timeUp();
                }, timeoutMs);
                const refuse = (res, text) => {
                    refused++;
                    answer(res, 400, "Not accepted", text);
                    notice({ kind: "refused", refused });
                };
                const next = async () => {
                    const item = queue.shift();
                    if (item === undefined || done)
                        return;
                    busy = true;
                    let redemption;
                    try {
                        redemption = await redeem(item.verifier);
                    }
                    catch (error) {
                        busy = false;
                        answer(item.res, 500, "Authorization failed", "release-tweet could not finish the authorization; see the terminal.");
                        finish(() => reject(error instanceof Error ? error : new Error(String(error))));
                        return;
                    }
                    busy = false;
                    if (redemption.accepted) {
                        answer(item.res, 200, "release-tweet is authorized", "You can close this tab and return to the terminal.");
                        const value = redemption.value;
                        finish(() => resolve({ value, refused, denied }));
                        return;
                    }
                    refuse(item.res, `${provider} did not accept this link: it did not come from your authorization, or it was used already.`);
                    if (expired)
                        timeUp();
                    else
                        await next();
                };
                waiting = {
                    token: requestToken,
                    take(verifier, res) {
                        if (!VERIFIER.test(verifier))
                            return refuse(res, `This link does not carry a verifier ${provider} could have issued.`);
                        if (queue.length >= MAX_QUEUED)
                            return refuse(res, "Too many links arrived at once; reload this page to try again.");
                        queue.push({ verifier, res });
                        if (!busy)
                            void next();
                    },
                    deny(res) {
                        denied++;
                        answer(res, 200, "Authorization cancelled", `${provider} reported that the authorization was cancelled. If you clicked Cancel, stop release-tweet in the terminal ` +
                            "(Ctrl+C); otherwise go back to the authorize page. release-tweet keeps waiting until its time is up.");
                        notice({ kind: "denied", denied });
                    },
                };
            });
        },
        close: () => new Promise((resolve) => {
            waiting = undefined;
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
const CLOSED_TEXT = "release-tweet is no longer waiting for this authorization; you can close this tab.";
function answer(res, status, title, text) {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8", connection: "close", "cache-control": "no-store" });
    res.end(PAGE(title, text));
}
/**
 * When the time is up: EXDENIED if X (or someone) said "denied" — the only sign of a real Cancel — else
 * ECALLBACKTIMEOUT. Both say how many redirects X refused, never what they held.
 */
function timeoutError(callback, timeoutMs, refused, denied, provider) {
    const seconds = Math.round(timeoutMs / 1000);
    const X = provider;
    const others = refused > 0 ? ` ${plural(refused, "redirect")} carried a verifier that ${X} refused: they did not come from your authorization.` : "";
    if (denied > 0) {
        return new errors/* ReleaseTweetError */.be("EXDENIED", `Authorization was denied or timed out: ${plural(denied, "redirect")} said it was cancelled on ${X}, and no redirect that ${X} accepts arrived within ${seconds} seconds.${others}`, `Run release-tweet authorize again and click 'Authorize app'. A 'cancelled' redirect can be sent by anyone who sees the authorize URL, so release-tweet waits for one that ${X} accepts rather than stopping at it.`, { docs: "authorize" });
    }
    return new errors/* ReleaseTweetError */.be("ECALLBACKTIMEOUT", `${X} did not redirect to ${callback.href} within ${seconds} seconds.${others}`, "Open the authorize URL and click 'Authorize app' sooner, pass a longer --timeout, or run without --callback to use a PIN.", { docs: "authorize" });
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

;// CONCATENATED MODULE: ./src/cli/authorize-flow.ts



async function maybeOpenBrowser(url, context) {
    const { options, io, deps } = context;
    // Without a terminal (CI, ssh with a pipe) an unasked-for browser would surprise; an explicit BROWSER is a request.
    if (!options.openBrowser || (!io.stdin.isTTY && !io.env.BROWSER?.trim()))
        return;
    const command = browserCommand(url, io.env, deps.platform ?? process.platform);
    if (!command)
        return;
    const opened = await (deps.openBrowser ?? openBrowser)(command);
    if (!opened)
        io.out("(Could not open a browser; open the page above yourself.)");
}
/**
 * Callback mode: exchanges each redirect's verifier until the provider accepts one or the time is up (issue 16). A
 * verifier it refuses and a "denied" redirect do not end the wait, since anyone who saw the request token (or state)
 * can send them; the user hears how many arrived, never what they held.
 */
async function waitForRedirect(server, exchange, token, context, provider) {
    const { options, io } = context;
    const name = provider.name;
    io.out(`Waiting up to ${Math.round(options.timeoutMs / 1000)} seconds for ${name} to redirect to ${options.callback?.href ?? ""} …`);
    const result = await server.waitForAuthorization(token, options.timeoutMs, async (verifier) => {
        try {
            return { accepted: true, value: await exchange(verifier) };
        }
        catch (error) {
            if (error instanceof errors/* ReleaseTweetError */.be && error.code === provider.refusedCode)
                return { accepted: false };
            throw error;
        }
    }, (notice) => io.out(notice.kind === "refused"
        ? `A redirect arrived with a verifier that ${name} refused (${notice.refused} so far): it did not come from your authorization. Still waiting.`
        : `A redirect arrived saying the authorization was cancelled (${notice.denied} so far). If you clicked Cancel, stop with Ctrl+C; ` +
            `anyone who saw the authorize URL can send this, so release-tweet keeps waiting for an authorization ${name} accepts.`));
    const forged = [
        result.refused > 0 ? `${plural(result.refused, "redirect")} with a verifier ${name} refused` : "",
        result.denied > 0 ? `${plural(result.denied, "'cancelled' redirect")}` : "",
    ].filter(Boolean);
    if (forged.length > 0) {
        io.out(`Note: ${forged.join(" and ")} also arrived while waiting; ${name} accepted only yours. ` +
            "Someone who saw the authorize URL may have sent them.");
    }
    return result.value;
}

;// CONCATENATED MODULE: ./src/cli/authorize-mastodon.ts
// `release-tweet authorize --network mastodon --instance URL`: registers an app on the instance, has the user authorize
// it (OAuth 2.0 authorization code: pasted from the instance's page, or received on the loopback callback), checks the
// token, and hands back the secrets to store. The Mastodon client (masto) is loaded only here.




const MASTODON_PROVIDER = { name: "the Mastodon instance", refusedCode: "EMASTODONOAUTH" };
// A username with its domain; anything else the instance answers is not printed as one.
const ACCT = /^[a-z0-9_]{1,64}(?:@[a-z0-9](?:[a-z0-9.-]{0,250}[a-z0-9])?)?$/i;
// Authorization codes are printable ASCII without spaces (Doorkeeper's are base64url).
const CODE = /^[\x21-\x7E]{8,512}$/;
async function authorizeMastodon(context) {
    const { options, io, prompter, known, server, dispatcher } = context;
    const instance = options.instance;
    const mastodon = await __webpack_require__.e(/* import() */ 781).then(__webpack_require__.bind(__webpack_require__, 781));
    const connection = { url: instance, dispatcher };
    const app = await mastodon.registerApp(connection, { redirectUri: options.callback?.href ?? mastodon.OOB_REDIRECT_URI });
    known.push(app.clientSecret);
    io.out(`Registered the app "release-tweet" on ${new URL(instance).host}.`);
    // The state ties the redirect to this request: a redirect without it is not ours (RFC 6749 §10.12).
    const state = server ? (0,external_node_crypto_.randomBytes)(18).toString("base64url") : undefined;
    const url = mastodon.authorizeUrl(instance, app, state);
    io.out("Open this page, sign in as the account that should post, and click 'Authorize':");
    io.out(`  ${url}`);
    await maybeOpenBrowser(url, context);
    let accessToken;
    if (server && state) {
        accessToken = await waitForRedirect(server, (code) => mastodon.exchangeCode(connection, app, code), state, context, MASTODON_PROVIDER);
    }
    else {
        const code = (await prompter.ask("Paste the authorization code the instance shows:")).trim();
        if (!CODE.test(code)) {
            throw new errors/* ReleaseTweetError */.be("EMASTODONCODE", "That is not an authorization code: the instance shows a long code of letters and digits after you click 'Authorize'.", "Run release-tweet authorize --network mastodon again and paste the whole code.", { docs: "authorize" });
        }
        known.push(code);
        accessToken = await mastodon.exchangeCode(connection, app, code);
    }
    known.push(accessToken);
    const me = await mastodon.verifyToken(connection, accessToken);
    const host = new URL(instance).host;
    const account = ACCT.test(me.acct) ? `@${me.acct.includes("@") ? me.acct : `${me.acct}@${host}`}` : `the account you signed in with on ${host}`;
    io.out(`Authorized as ${account}.`);
    return {
        secrets: [
            { name: settings/* MASTODON_ENV */.yv.url, value: instance },
            { name: settings/* MASTODON_ENV */.yv.accessToken, value: accessToken },
        ],
        account,
    };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(975);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(485);
;// CONCATENATED MODULE: ./src/cli/authorize-options.ts
// The only reader of `release-tweet authorize` arguments and environment: returns typed settings or one precise error.








const AUTHORIZE_HELP = `Usage: release-tweet authorize [options]

Signs your X account in to your X app once (three-legged OAuth 1.0a) and stores the four
credentials as encrypted GitHub Actions secrets: ${Object.values(types/* CREDENTIAL_ENV */.c$).join(", ")}.
With --network bluesky: asks for the account and an app password, checks them by signing in,
and stores ${settings/* BLUESKY_ENV */.Yy.identifier} and ${settings/* BLUESKY_ENV */.Yy.appPassword} (and ${settings/* BLUESKY_ENV */.Yy.service} when set).
With --network mastodon --instance URL: registers an app on the instance, has you authorize it
(OAuth 2.0: paste the code it shows, or --callback), checks the token, and stores
${settings/* MASTODON_ENV */.yv.url} and ${settings/* MASTODON_ENV */.yv.accessToken}.

Options:
  --network NAME      x (default), bluesky or mastodon
  --instance URL      The Mastodon instance, e.g. https://mastodon.social (default: ${settings/* MASTODON_ENV */.yv.url})
  --repo OWNER/NAME   Repository to store the secrets in (default: the 'origin' remote of the
                      current directory; one on a host other than github.com needs
                      ${types/* GITHUB_API_ENV */.Cc})
  --env NAME          Store them as secrets of this deployment environment instead
  --callback URL      Use callback mode with this exact URL registered in your X app,
                      e.g. http://127.0.0.1:8976/callback (default: PIN mode); for Mastodon
                      any such URL (the app is registered with it), instead of pasting a code
  --timeout SECONDS   How long callback mode waits for X's redirect (default 300)
  --no-browser        Print the authorize URL without trying to open a browser
  -h, --help          Show this help

Environment:
  ${types/* CREDENTIAL_ENV */.c$.apiKey}, ${types/* CREDENTIAL_ENV */.c$.apiSecret}
                      Your X app's consumer key and secret (asked for when unset; the secret
                      is typed without echo)
  GITHUB_TOKEN, GH_TOKEN
                      GitHub token allowed to write Actions secrets (classic: 'repo' scope;
                      fine-grained: 'Secrets: Read and write'), e.g. for one command:
                      GITHUB_TOKEN=$(gh auth token). Without a token or repository
                      the credentials are printed once, with the 'gh secret set' commands.
  ${types/* GITHUB_API_ENV */.Cc}      GitHub API (default ${types/* DEFAULT_GITHUB_API_URL */.xw}; for GitHub Enterprise Server
                      https://HOST/api/v3)
  ${types/* API_BASE_ENV */.jR}
                      X API (default ${types/* DEFAULT_API_BASE_URL */.Ri})
  ${settings/* BLUESKY_ENV */.Yy.identifier}, ${settings/* BLUESKY_ENV */.Yy.appPassword}
                      Bluesky's handle (or DID) and app password (asked for when unset; the
                      password is typed without echo)
  ${settings/* BLUESKY_ENV */.Yy.service}     The account's Bluesky server (default ${settings/* DEFAULT_BLUESKY_SERVICE */.Wy})
  ${settings/* MASTODON_ENV */.yv.url}        The Mastodon instance when --instance is not given
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY
                      A proxy for every request (X, GitHub, Bluesky, Mastodon), and the
                      hosts reached without it
  BROWSER             Command that opens the authorize URL. Without it a browser is opened
                      only when stdin is a terminal.

Nothing is written to disk. Exit status: 0 done, 1 failed, 2 bad arguments, 130 cancelled.`;
const DEFAULT_TIMEOUT_S = 300;
const MAX_TIMEOUT_S = 3600;
function usageError(message) {
    return new errors/* ReleaseTweetError */.be("EUSAGE", message, "Run 'release-tweet authorize --help' for the options.", {
        docs: "authorize",
    });
}
function readAuthorizeOptions(argv, env) {
    let values;
    try {
        ({ values } = parse(argv));
    }
    catch (error) {
        throw usageError((0,usage/* argumentProblem */.Rs)(error));
    }
    // Help must work even when the environment holds a bad value.
    if (values.help)
        return { ...defaults({}), help: true };
    if (values.repo !== undefined)
        assertRepo(values.repo);
    if (values.env !== undefined && !/^[^/\s][^/]{0,254}$/.test(values.env)) {
        throw usageError(`Invalid environment name '${values.env}'.`);
    }
    if (values.timeout !== undefined && values.callback === undefined) {
        throw usageError("--timeout only applies to callback mode; add --callback URL.");
    }
    const network = values.network ?? "x";
    if (!settings/* NETWORKS */.Of.includes(network)) {
        throw usageError(`--network must be one of ${settings/* NETWORKS */.Of.join(", ")}, not '${network}'.`);
    }
    if (values.instance !== undefined && network !== "mastodon")
        throw usageError("--instance only applies to --network mastodon.");
    if (values.callback !== undefined && network === "bluesky") {
        throw usageError("--callback does not apply to Bluesky: it signs in with an app password, with no page to authorize.");
    }
    const base = defaults(env);
    const instance = network === "mastodon" ? mastodonInstance(values.instance ?? base.instance) : undefined;
    const callback = values.callback === undefined ? undefined : parseCallbackUrl(values.callback);
    let timeoutMs = DEFAULT_TIMEOUT_S * 1000;
    if (values.timeout !== undefined) {
        const seconds = Number(values.timeout);
        if (!/^\d+$/.test(values.timeout) || seconds < 1 || seconds > MAX_TIMEOUT_S) {
            throw usageError(`--timeout must be a whole number of seconds from 1 to ${MAX_TIMEOUT_S}, not '${values.timeout}'.`);
        }
        timeoutMs = seconds * 1000;
    }
    return {
        ...base,
        network: network,
        instance,
        bluesky: network === "bluesky" ? { ...base.bluesky, service: serviceUrl(base.bluesky.service) } : base.bluesky,
        repo: values.repo,
        environment: values.env,
        callback,
        timeoutMs,
        openBrowser: !values["no-browser"],
    };
}
function parse(argv) {
    return (0,external_node_util_.parseArgs)({
        args: argv,
        strict: true,
        allowPositionals: false,
        options: {
            repo: { type: "string" },
            env: { type: "string" },
            callback: { type: "string" },
            timeout: { type: "string" },
            network: { type: "string" },
            instance: { type: "string" },
            "no-browser": { type: "boolean" },
            help: { type: "boolean", short: "h" },
        },
    });
}
function defaults(env) {
    const nonEmpty = (name) => {
        const value = env[name]?.trim();
        return value ? value : undefined;
    };
    const githubToken = nonEmpty("GITHUB_TOKEN");
    const ghToken = nonEmpty("GH_TOKEN");
    const githubApi = nonEmpty(types/* GITHUB_API_ENV */.Cc);
    return {
        help: false,
        repo: undefined,
        environment: undefined,
        callback: undefined,
        timeoutMs: DEFAULT_TIMEOUT_S * 1000,
        openBrowser: true,
        xBaseUrl: xApiUrl(nonEmpty(types/* API_BASE_ENV */.jR) ?? types/* DEFAULT_API_BASE_URL */.Ri),
        githubApiUrl: githubApi === undefined ? undefined : githubApiUrl(githubApi),
        github: githubToken
            ? { token: githubToken, name: "GITHUB_TOKEN" }
            : ghToken
                ? { token: ghToken, name: "GH_TOKEN" }
                : undefined,
        consumer: { apiKey: nonEmpty(types/* CREDENTIAL_ENV */.c$.apiKey), apiSecret: nonEmpty(types/* CREDENTIAL_ENV */.c$.apiSecret) },
        network: "x",
        instance: nonEmpty(settings/* MASTODON_ENV */.yv.url),
        bluesky: {
            identifier: nonEmpty(settings/* BLUESKY_ENV */.Yy.identifier),
            appPassword: nonEmpty(settings/* BLUESKY_ENV */.Yy.appPassword),
            service: nonEmpty(settings/* BLUESKY_ENV */.Yy.service) ?? settings/* DEFAULT_BLUESKY_SERVICE */.Wy,
        },
    };
}
/** The Mastodon instance by the rule of every URL here (https; http only to loopback), as its origin. */
function mastodonInstance(value) {
    if (value === undefined) {
        throw usageError(`--network mastodon needs the instance: pass --instance URL (e.g. https://mastodon.social) or set ${settings/* MASTODON_ENV */.yv.url}.`);
    }
    const problem = (0,setting_rules/* apiBaseUrlProblem */.wy)(value);
    if (problem !== undefined) {
        throw new errors/* ReleaseTweetError */.be("EMASTODONURL", `The Mastodon instance URL ${problem}.`, "Pass --instance with the instance's address, e.g. https://mastodon.social.", {
            docs: "authorize",
        });
    }
    return new URL(value.trim()).origin;
}
/** BLUESKY_SERVICE by the same rule, checked before anything is asked or sent. */
function serviceUrl(value) {
    const problem = (0,setting_rules/* apiBaseUrlProblem */.wy)(value);
    if (problem !== undefined) {
        throw new errors/* ReleaseTweetError */.be("EINVALIDBLUESKYSERVICE", `${settings/* BLUESKY_ENV */.Yy.service} ${problem}.`, `Fix or unset ${settings/* BLUESKY_ENV */.Yy.service} (default ${settings/* DEFAULT_BLUESKY_SERVICE */.Wy}).`, {
            docs: "authorize",
        });
    }
    return value.replace(/\/+$/, "");
}
/**
 * The X API base URL by the rule every door shares (https; plain http only to loopback), checked before anything is
 * sent: otherwise the GitHub access check and the key prompts would run first, and the failure come mid-flow.
 */
function xApiUrl(value) {
    const problem = (0,setting_rules/* apiBaseUrlProblem */.wy)(value);
    if (problem !== undefined) {
        throw new errors/* ReleaseTweetError */.be("EINVALIDAPIBASEURL", `${types/* API_BASE_ENV */.jR} ${problem}.`, `Fix or unset ${types/* API_BASE_ENV */.jR} (default ${types/* DEFAULT_API_BASE_URL */.Ri}).`, {
            docs: "authorize",
        });
    }
    return value.replace(/\/+$/, "");
}
/**
 * GITHUB_API_URL by the same rule as the X base URL: the GitHub token goes in every request, so https only, plain
 * http only to loopback (tests), no credentials, query or fragment.
 */
function githubApiUrl(value) {
    const problem = (0,setting_rules/* apiBaseUrlProblem */.wy)(value);
    if (problem !== undefined) {
        throw new errors/* ReleaseTweetError */.be("EURL", `${types/* GITHUB_API_ENV */.Cc} ${problem}.`, `Fix or unset ${types/* GITHUB_API_ENV */.Cc} (default ${types/* DEFAULT_GITHUB_API_URL */.xw}; on GitHub Enterprise Server https://HOST/api/v3).`, { docs: "authorize" });
    }
    return value.replace(/\/+$/, "");
}

;// CONCATENATED MODULE: ./src/github/repository-url.ts
// Reads a git remote or repository URL into its host and path segments: https, git+https, ssh, git+ssh, file and the
// scp-like user@host:owner/name form. Pure; user info (tokens in push URLs) never comes out.
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const SCP_LIKE = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)\/?(.+)$/;
function readRepositoryUrl(text) {
    const value = text?.trim() ?? "";
    let host;
    let path;
    if (SCHEME.test(value)) {
        const url = URL.parse(value);
        if (url === null)
            return undefined;
        host = url.hostname;
        path = url.pathname;
    }
    else {
        const scp = SCP_LIKE.exec(value);
        if (scp === null)
            return undefined;
        host = scp[1] ?? "";
        path = scp[2] ?? "";
    }
    const segments = path
        .replace(/\/+$/, "")
        .replace(/\.git$/, "")
        .split("/")
        .filter(Boolean)
        .map(safeDecode);
    return { host: host.toLowerCase(), segments };
}
// A malformed %-escape stays as written rather than throwing.
function safeDecode(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
}

;// CONCATENATED MODULE: ./src/cli/git-remote.ts
// Finds the GitHub repository of the working directory from its origin remote (https, ssh and scp-like forms).


/** Parses a remote URL; undefined unless it names a host and exactly owner/name. Never returns credentials. */
function parseGitHubRemote(remote) {
    const parsed = readRepositoryUrl(remote);
    if (!parsed?.host || parsed.segments.length !== 2)
        return undefined;
    const [owner = "", name = ""] = parsed.segments;
    return { host: parsed.host, repo: `${owner}/${name}` };
}
/** `git config --get remote.origin.url` in `cwd`; undefined when git, the repository or the remote is missing. */
function readOriginRemote(cwd) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)("git", ["config", "--get", "remote.origin.url"], { cwd, timeout: 5_000 }, (error, stdout) => {
            resolve(error ? undefined : parseGitHubRemote(stdout));
        });
    });
}

;// CONCATENATED MODULE: ./src/cli/prompt.ts
// Reads answers from stdin: lines from a pipe, or typed input on a terminal (unechoed for secrets).

const CTRL_C = "\u0003";
const CTRL_D = "\u0004";
const BACKSPACE = new Set(["\u007f", "\b"]);
/**
 * One reader per run, because a pipe delivers all lines at once: the key, the secret and the PIN may
 * arrive in a single chunk, and each ask() takes the next one.
 */
function createPrompter(io) {
    const stdin = io.stdin;
    let buffer = "";
    let ended = false;
    let waiter;
    const wake = () => {
        const current = waiter;
        waiter = undefined;
        current?.();
    };
    const onData = (chunk) => {
        buffer += typeof chunk === "string" ? chunk : chunk.toString("utf8");
        wake();
    };
    const onEnd = () => {
        ended = true;
        wake();
    };
    let listening = false;
    const listen = () => {
        if (listening)
            return;
        listening = true;
        stdin.on("data", onData);
        stdin.once("end", onEnd);
        stdin.once("close", onEnd);
    };
    const next = () => new Promise((resolve) => {
        waiter = resolve;
        stdin.resume();
    });
    const readLine = async () => {
        listen();
        for (;;) {
            const newline = buffer.search(/\r?\n/);
            if (newline >= 0) {
                const line = buffer.slice(0, newline);
                buffer = buffer.slice(buffer[newline] === "\r" ? newline + 2 : newline + 1);
                stdin.pause();
                return line;
            }
            if (ended) {
                if (buffer.length > 0) {
                    const line = buffer;
                    buffer = "";
                    return line;
                }
                throw new errors/* ReleaseTweetError */.be("ENOINPUT", "Input ended before an answer was given.", "Run the command in a terminal, or pipe one answer per line.", { docs: "authorize" });
            }
            await next();
        }
    };
    const readHidden = async () => {
        listen();
        stdin.setRawMode?.(true);
        try {
            let typed = "";
            for (;;) {
                while (buffer.length > 0) {
                    const char = buffer[0] ?? "";
                    buffer = buffer.slice(1);
                    if (char === "\r" || char === "\n")
                        return typed;
                    if (char === CTRL_C) {
                        throw new errors/* ReleaseTweetError */.be("ECANCELLED", "Cancelled.", "", { docs: "authorize" });
                    }
                    if (char === CTRL_D)
                        return typed;
                    if (BACKSPACE.has(char))
                        typed = typed.slice(0, -1);
                    else
                        typed += char;
                }
                if (ended)
                    return typed;
                await next();
            }
        }
        finally {
            stdin.setRawMode?.(false);
            stdin.pause();
            io.err("");
        }
    };
    return {
        async ask(question, options = {}) {
            io.err(question);
            return options.hidden && stdin.isTTY ? readHidden() : readLine();
        },
        close() {
            stdin.off("data", onData);
            stdin.off("end", onEnd);
            stdin.off("close", onEnd);
            stdin.pause();
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/authorize.ts

















const PIN_PATTERN = /^\d{4,10}$/;
/** Errors in the command line itself (and its URL settings, as the README says) exit 2, like other CLIs; else 1. */
// The codes of settings refused before anything is asked or sent: the same codes the other doors give them.
const USAGE_CODES = new Set(["EUSAGE", "EREPO", "ECALLBACKURL", "EURL", "EINVALIDAPIBASEURL", "EINVALIDBLUESKYSERVICE", "EMASTODONURL"]);
const X_PROVIDER = { name: "X", refusedCode: "EXBADPIN" };
/** Remote hosts whose API is api.github.com; any other host's API is unknown until GITHUB_API_URL says. */
const GITHUB_COM_HOSTS = new Set(["github.com", "www.github.com", "ssh.github.com"]);
async function runAuthorize(argv, io, deps = {}) {
    // Every credential seen so far: the last line of defence redacts them from any error line.
    const known = [];
    let prompter;
    let server;
    try {
        const options = readAuthorizeOptions(argv, io.env);
        if (options.help) {
            io.out(AUTHORIZE_HELP);
            return 0;
        }
        if (options.github)
            known.push(options.github.token);
        const dispatcher = deps.dispatcher ?? proxyDispatcher(io);
        // Everything that can fail without the user's help is checked before they authorize anything.
        const destination = await chooseDestination(options, io, dispatcher, deps.readOrigin);
        if (options.callback) {
            server = await startCallbackServer(options.callback, options.network === "mastodon" ? oauth2Callback(MASTODON_PROVIDER.name) : X_CALLBACK);
        }
        prompter = createPrompter(io);
        const context = { options, io, deps, dispatcher, prompter, known, server };
        const { secrets, account } = options.network === "bluesky"
            ? await authorizeBluesky(context)
            : options.network === "mastodon"
                ? await authorizeMastodon(context)
                : await authorizeX(context);
        if (destination.kind === "github")
            await store(destination, secrets, account, io, deps);
        else
            printCredentials(destination, secrets, account, io);
        return 0;
    }
    catch (error) {
        io.err((0,redact/* redact */.E)(`release-tweet authorize: ${(0,usage/* sentence */.em)((0,errors/* describeError */.Uc)(error))}`, known));
        if (error instanceof errors/* ReleaseTweetError */.be && USAGE_CODES.has(error.code))
            return usage/* USAGE_STATUS */.x5;
        if (error instanceof errors/* ReleaseTweetError */.be && error.code === "ECANCELLED")
            return 130;
        return 1;
    }
    finally {
        prompter?.close();
        await server?.close();
    }
}
/** X's three-legged OAuth 1.0a flow: the app's keys, the user's authorization (PIN or callback), the user's tokens. */
async function authorizeX(context) {
    const { options, io, dispatcher, prompter, known, server } = context;
    const consumer = await readConsumer(options, prompter);
    known.push(consumer.apiKey, consumer.apiSecret);
    const flow = { baseUrl: options.xBaseUrl, dispatcher };
    const request = await requestToken(consumer, options.callback?.href ?? "oob", flow);
    known.push(request.token, request.tokenSecret);
    const url = authorizeUrl(options.xBaseUrl, request.token);
    io.out("Open this page, sign in as the account that should post, and click 'Authorize app':");
    io.out(`  ${url}`);
    await maybeOpenBrowser(url, context);
    let user;
    if (server) {
        user = await waitForRedirect(server, (verifier) => accessToken(consumer, { ...request, verifier }, flow), request.token, context, X_PROVIDER);
    }
    else {
        const verifier = await readPin(prompter);
        known.push(verifier);
        user = await accessToken(consumer, { ...request, verifier }, flow);
    }
    known.push(user.accessToken, user.accessTokenSecret);
    const account = accountName(user.screenName);
    io.out(`Authorized as ${account}.`);
    const credentials = { ...consumer, accessToken: user.accessToken, accessTokenSecret: user.accessTokenSecret };
    return { secrets: secretList(credentials), account };
}
/** The dispatcher for every network and GitHub alike, through HTTPS_PROXY/HTTP_PROXY unless NO_PROXY says otherwise. */
function proxyDispatcher(io) {
    const { dispatcher, warning } = (0,proxy_agent.createDispatcher)(io.env);
    if (warning)
        io.err(`Warning: ${warning}`);
    return dispatcher;
}
async function chooseDestination(options, io, dispatcher, readOrigin) {
    let repo = options.repo;
    const apiUrl = options.githubApiUrl ?? types/* DEFAULT_GITHUB_API_URL */.xw;
    if (repo === undefined) {
        const origin = await (readOrigin ?? readOriginRemote)(io.cwd);
        // The same rule as --repo: a remote whose path is no GitHub owner/name is no GitHub origin remote.
        if (origin && !isRepo(origin.repo)) {
            io.out("The origin remote does not name a GitHub repository (owner/name); not using it.");
        }
        else if (origin) {
            repo = origin.repo;
            const onGitHubCom = GITHUB_COM_HOSTS.has(origin.host);
            // Never guess an API from the host (https://HOST/api/v3): an SSH alias or another forge would get the token.
            if (!onGitHubCom && options.githubApiUrl === undefined && options.github !== undefined) {
                throw unknownHostError(origin.host, options.github.name);
            }
            const api = onGitHubCom
                ? ""
                : options.githubApiUrl === undefined
                    ? `; on ${(0,outside_text/* quoteOutside */.Y)(origin.host, [], { maxLength: 100 })}, not github.com`
                    : `; GitHub API ${apiUrl} from ${types/* GITHUB_API_ENV */.Cc}`;
            io.out(`Repository: ${repo} (from the origin remote${api})`);
        }
    }
    if (repo === undefined || options.github === undefined) {
        const missing = repo === undefined && options.github === undefined
            ? "no repository (--repo, or a GitHub origin remote) and no token in GITHUB_TOKEN or GH_TOKEN"
            : repo === undefined
                ? "no repository (pass --repo OWNER/NAME or run inside a clone with a GitHub origin remote)"
                : "no token in GITHUB_TOKEN or GH_TOKEN";
        io.out(`Not saving to GitHub: ${missing}. The credentials will be printed once at the end.`);
        return { kind: "print", repo, environment: options.environment };
    }
    const target = { repo, environment: options.environment, tokenName: options.github.name };
    const github = createGitHubClient({ apiUrl, token: options.github.token, dispatcher });
    await checkRepoAccess(github, target);
    const publicKey = await fetchPublicKey(github, target);
    // Honest about what was checked: a fine-grained token's Secrets permission shows only when a secret is written.
    io.out(`GitHub access checked: ${options.github.name} can reach ${repo} and read the secrets key of ${describeScope(target)}; writing is checked on the first secret.`);
    return { kind: "github", github, target, publicKey };
}
function isRepo(repo) {
    try {
        assertRepo(repo);
        return true;
    }
    catch {
        return false;
    }
}
/** "@handle" when X's answer holds a valid handle; else words that promise nothing about the name. */
function accountName(screenName) {
    return xHandle(screenName) ?? "the X account you signed in with";
}
function unknownHostError(remoteHost, tokenName) {
    // The host is whatever the git config says: quoted like any text from outside.
    const host = (0,outside_text/* quoteOutside */.Y)(remoteHost, [], { maxLength: 100 });
    return new errors/* ReleaseTweetError */.be("EGITHUBHOST", `The origin remote is on ${host}, not github.com, and ${types/* GITHUB_API_ENV */.Cc} is not set, so ${tokenName} was sent nowhere.`, `For GitHub Enterprise Server set ${types/* GITHUB_API_ENV */.Cc} to its API (e.g. https://${host}/api/v3); for a repository on github.com (an SSH host alias, a mirror) pass --repo OWNER/NAME.`, { docs: "authorize" });
}
async function readConsumer(options, prompter) {
    const apiKey = options.consumer.apiKey ?? (await prompter.ask(`Your X app's API Key (${types/* CREDENTIAL_ENV */.c$.apiKey}):`)).trim();
    const apiSecret = options.consumer.apiSecret ??
        (await prompter.ask(`Your X app's API Key Secret (${types/* CREDENTIAL_ENV */.c$.apiSecret}, not shown):`, { hidden: true })).trim();
    if (!apiKey || !apiSecret) {
        throw new errors/* ReleaseTweetError */.be("ENOCONSUMER", "The X app's API Key and API Key Secret are both needed.", `Copy them from your app's 'Keys and tokens' page in the X developer portal, or set ${types/* CREDENTIAL_ENV */.c$.apiKey} and ${types/* CREDENTIAL_ENV */.c$.apiSecret}.`, { docs: "authorize" });
    }
    return { apiKey, apiSecret };
}
async function readPin(prompter) {
    const pin = (await prompter.ask("Enter the PIN that X shows after you authorize:")).replace(/\s+/g, "");
    if (!PIN_PATTERN.test(pin)) {
        throw new errors/* ReleaseTweetError */.be("EPIN", "That is not a PIN: X shows a number of about 7 digits after you click 'Authorize app'.", "Run release-tweet authorize again and enter the digits shown on the page.", { docs: "authorize" });
    }
    return pin;
}
function secretList(credentials) {
    return Object.keys(types/* CREDENTIAL_ENV */.c$).map((key) => ({
        name: types/* CREDENTIAL_ENV */.c$[key],
        value: credentials[key],
    }));
}
async function store(destination, secrets, account, io, deps) {
    const { github, target, publicKey } = destination;
    io.out(`Saving secrets to ${describeScope(target)}:`);
    try {
        await saveSecrets(github, target, secrets, publicKey, { sleep: deps.sleep }, (saved) => io.out(`  ${saved.name}: ${saved.outcome}`));
    }
    catch (error) {
        if (error instanceof SecretsPartialError) {
            // The tokens exist nowhere else: show the missing values (never in the error, which may be logged).
            const unsaved = secrets.filter(({ name }) => error.notStored.includes(name));
            io.out("");
            io.out(`Not stored in GitHub: ${error.notStored.join(", ")}. Their values follow, so you need not authorize again.`);
            printSecrets(unsaved, target, account, io);
        }
        throw error;
    }
    io.out(`Done. Workflows of ${target.repo} can now read them as \${{ secrets.${secrets[0]?.name ?? types/* CREDENTIAL_ENV */.c$.apiKey} }} and so on.`);
    if (target.environment !== undefined)
        io.out(environmentNote(target.environment));
}
/** Environment secrets are easy to store and then miss: a job without `environment:` sees none of them. */
function environmentNote(environment) {
    return `These are secrets of the environment '${environment}': they reach only jobs that declare \`environment: ${environment}\`.`;
}
function printCredentials(destination, secrets, account, io) {
    io.out("");
    printSecrets(secrets, destination, account, io);
}
/** The values under a warning, then the `gh secret set` commands that store them. The only place values are shown. */
function printSecrets(secrets, place, account, io) {
    const what = secrets.length === 1 ? "value below is a secret" : `${secrets.length} values below are secrets`;
    io.out(`WARNING: the ${what}. Anyone who has them can post as ${account}.`);
    io.out("Store them now, then clear this terminal's scrollback. Never paste them into issues, chats or logs.");
    io.out("");
    for (const { name, value } of secrets)
        io.out(`${name}=${value}`);
    io.out("");
    io.out("To store them as GitHub Actions secrets, run each command and paste its value when asked:");
    for (const { name } of secrets)
        io.out(`  ${ghSecretSetCommand(name, place)}`);
    if (place.environment !== undefined)
        io.out(environmentNote(place.environment));
}
/** The shell command that stores one secret; every value in it quoted, as it is meant to be pasted into a shell. */
function ghSecretSetCommand(name, place) {
    // Quoted although the repository was validated: defence in depth for a line the user runs.
    const repoFlag = `--repo ${place.repo === undefined ? "OWNER/NAME" : shellQuote(place.repo)}`;
    const envFlag = place.environment === undefined ? "" : ` --env ${shellQuote(place.environment)}`;
    return `gh secret set ${name} ${repoFlag}${envFlag}`;
}
function shellQuote(value) {
    return /^[A-Za-z0-9._/-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}


/***/ }),

/***/ 983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T9: () => (/* binding */ requestText),
/* harmony export */   e8: () => (/* binding */ networkCode),
/* harmony export */   u6: () => (/* binding */ networkCause)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(706);
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
    const response = await (0,undici__WEBPACK_IMPORTED_MODULE_0__.request)(url, {
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

/***/ 519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDispatcher: () => (/* binding */ createDispatcher),
/* harmony export */   readProxySettings: () => (/* binding */ readProxySettings)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(706);
// The one HTTP dispatcher of every door: undici's EnvHttpProxyAgent over the door's own environment, so HTTPS_PROXY,
// HTTP_PROXY and NO_PROXY mean the same in the Action, the plugin and the CLI on every Node version they run on.

// curl's order: the lower-case name first (it is the one curl reads for http://), then the upper-case one.
const HTTP_PROXY = ["http_proxy", "HTTP_PROXY"];
const HTTPS_PROXY = ["https_proxy", "HTTPS_PROXY"];
const NO_PROXY = ["no_proxy", "NO_PROXY"];
function first(env, names) {
    for (const name of names) {
        const value = env[name]?.trim();
        if (value)
            return { name, value };
    }
    return undefined;
}
/**
 * Reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case) from `env`. Pure. "proxy.corp:3128" without a scheme is
 * read as http://, as curl and @actions/http-client do. A value that is not an http(s) URL with a host makes all
 * requests go direct, with a warning that names the variable, never its value.
 */
function readProxySettings(env) {
    const found = { http: first(env, HTTP_PROXY), https: first(env, HTTPS_PROXY) };
    const noProxy = first(env, NO_PROXY)?.value ?? "";
    const urls = { http: undefined, https: undefined };
    for (const scheme of ["http", "https"]) {
        const variable = found[scheme];
        if (variable === undefined)
            continue;
        const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(variable.value) ? variable.value : `http://${variable.value}`;
        const url = URL.parse(withScheme);
        if (url === null || (url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") {
            return {
                httpProxy: "",
                httpsProxy: "",
                noProxy: "",
                warning: `${variable.name} is not a proxy URL release-tweet can use (expected http://host:port); connecting directly.`,
                route: "direct (a proxy variable is not usable)",
            };
        }
        urls[scheme] = url;
    }
    // As undici does: without HTTPS_PROXY, https:// goes through HTTP_PROXY too.
    const https = urls.https ?? urls.http;
    const via = (url, name) => (url ? `via ${url.host} (${name})` : "direct");
    const route = `http:// ${via(urls.http, found.http?.name)}, https:// ${via(https, (found.https ?? found.http)?.name)}` +
        (noProxy && (urls.http || https) ? `; direct for NO_PROXY hosts (${noProxy})` : "");
    return { httpProxy: urls.http?.href ?? "", httpsProxy: https?.href ?? "", noProxy, warning: undefined, route };
}
/**
 * The dispatcher every request of one door goes through. The settings are passed explicitly ("" for unset), so the
 * door's environment decides (the plugin's context.env), not whatever process.env holds.
 */
function createDispatcher(env) {
    const settings = readProxySettings(env);
    try {
        const dispatcher = new undici__WEBPACK_IMPORTED_MODULE_0__.EnvHttpProxyAgent({
            httpProxy: settings.httpProxy,
            httpsProxy: settings.httpsProxy,
            noProxy: settings.noProxy,
        });
        return { dispatcher, warning: settings.warning, route: settings.route };
    }
    catch {
        // undici refused a proxy URL; its message may quote the URL, password included, so only the names are said.
        const names = [...HTTPS_PROXY, ...HTTP_PROXY].filter((name) => env[name]?.trim()).join(", ");
        return {
            dispatcher: new undici__WEBPACK_IMPORTED_MODULE_0__.EnvHttpProxyAgent({ httpProxy: "", httpsProxy: "", noProxy: "" }),
            warning: `${names} could not be used as a proxy (expected http://host:port); connecting directly.`,
            route: "direct (a proxy variable is not usable)",
        };
    }
}


/***/ })

};
