export const id = 794;
export const ids = [794];
export const modules = {

/***/ 6470:
/***/ ((module) => {

if (true) {
    module.exports = OAuth;
}

/**
 * Constructor
 * @param {Object} opts consumer key and secret
 */
function OAuth(opts) {
    if(!(this instanceof OAuth)) {
        return new OAuth(opts);
    }

    if(!opts) {
        opts = {};
    }

    if(!opts.consumer) {
        throw new Error('consumer option is required');
    }

    this.consumer            = opts.consumer;
    this.nonce_length        = opts.nonce_length || 32;
    this.version             = opts.version || '1.0';
    this.parameter_seperator = opts.parameter_seperator || ', ';
    this.realm               = opts.realm;

    if(typeof opts.last_ampersand === 'undefined') {
        this.last_ampersand = true;
    } else {
        this.last_ampersand = opts.last_ampersand;
    }

    // default signature_method is 'PLAINTEXT'
    this.signature_method = opts.signature_method || 'PLAINTEXT';

    if(this.signature_method == 'PLAINTEXT' && !opts.hash_function) {
        opts.hash_function = function(base_string, key) {
            return key;
        }
    }

    if(!opts.hash_function) {
        throw new Error('hash_function option is required');
    }

    this.hash_function = opts.hash_function;
    this.body_hash_function = opts.body_hash_function || this.hash_function;
}

/**
 * OAuth request authorize
 * @param  {Object} request data
 * {
 *     method,
 *     url,
 *     data
 * }
 * @param  {Object} key and secret token
 * @return {Object} OAuth Authorized data
 */
OAuth.prototype.authorize = function(request, token) {
    var oauth_data = {
        oauth_consumer_key: this.consumer.key,
        oauth_nonce: this.getNonce(),
        oauth_signature_method: this.signature_method,
        oauth_timestamp: this.getTimeStamp(),
        oauth_version: this.version
    };

    if(!token) {
        token = {};
    }

    if(token.key !== undefined) {
        oauth_data.oauth_token = token.key;
    }

    if(!request.data) {
        request.data = {};
    }

    if(request.includeBodyHash) {
      oauth_data.oauth_body_hash = this.getBodyHash(request, token.secret)
    }

    oauth_data.oauth_signature = this.getSignature(request, token.secret, oauth_data);

    return oauth_data;
};

/**
 * Create a OAuth Signature
 * @param  {Object} request data
 * @param  {Object} token_secret key and secret token
 * @param  {Object} oauth_data   OAuth data
 * @return {String} Signature
 */
OAuth.prototype.getSignature = function(request, token_secret, oauth_data) {
    return this.hash_function(this.getBaseString(request, oauth_data), this.getSigningKey(token_secret));
};

/**
 * Create a OAuth Body Hash
 * @param {Object} request data
 */
OAuth.prototype.getBodyHash = function(request, token_secret) {
  var body = typeof request.data === 'string' ? request.data : JSON.stringify(request.data)

  if (!this.body_hash_function) {
    throw new Error('body_hash_function option is required');
  }

  return this.body_hash_function(body, this.getSigningKey(token_secret))
};

/**
 * Base String = Method + Base Url + ParameterString
 * @param  {Object} request data
 * @param  {Object} OAuth data
 * @return {String} Base String
 */
OAuth.prototype.getBaseString = function(request, oauth_data) {
    return request.method.toUpperCase() + '&' + this.percentEncode(this.getBaseUrl(request.url)) + '&' + this.percentEncode(this.getParameterString(request, oauth_data));
};

/**
 * Get data from url
 * -> merge with oauth data
 * -> percent encode key & value
 * -> sort
 *
 * @param  {Object} request data
 * @param  {Object} OAuth data
 * @return {Object} Parameter string data
 */
OAuth.prototype.getParameterString = function(request, oauth_data) {
    var base_string_data;
    if (oauth_data.oauth_body_hash) {
        base_string_data = this.sortObject(this.percentEncodeData(this.mergeObject(oauth_data, this.deParamUrl(request.url))));
    } else {
        base_string_data = this.sortObject(this.percentEncodeData(this.mergeObject(oauth_data, this.mergeObject(request.data, this.deParamUrl(request.url)))));
    }

    var data_str = '';

    //base_string_data to string
    for(var i = 0; i < base_string_data.length; i++) {
        var key = base_string_data[i].key;
        var value = base_string_data[i].value;
        // check if the value is an array
        // this means that this key has multiple values
        if (value && Array.isArray(value)){
          // sort the array first
          value.sort();

          var valString = "";
          // serialize all values for this key: e.g. formkey=formvalue1&formkey=formvalue2
          value.forEach((function(item, i){
            valString += key + '=' + item;
            if (i < value.length){
              valString += "&";
            }
          }).bind(this));
          data_str += valString;
        } else {
          data_str += key + '=' + value + '&';
        }
    }

    //remove the last character
    data_str = data_str.substr(0, data_str.length - 1);
    return data_str;
};

/**
 * Create a Signing Key
 * @param  {String} token_secret Secret Token
 * @return {String} Signing Key
 */
OAuth.prototype.getSigningKey = function(token_secret) {
    token_secret = token_secret || '';

    if(!this.last_ampersand && !token_secret) {
        return this.percentEncode(this.consumer.secret);
    }

    return this.percentEncode(this.consumer.secret) + '&' + this.percentEncode(token_secret);
};

/**
 * Get base url
 * @param  {String} url
 * @return {String}
 */
OAuth.prototype.getBaseUrl = function(url) {
    return url.split('?')[0];
};

/**
 * Get data from String
 * @param  {String} string
 * @return {Object}
 */
OAuth.prototype.deParam = function(string) {
    var arr = string.split('&');
    var data = {};

    for(var i = 0; i < arr.length; i++) {
        var item = arr[i].split('=');

        // '' value
        item[1] = item[1] || '';

        // check if the key already exists
        // this can occur if the QS part of the url contains duplicate keys like this: ?formkey=formvalue1&formkey=formvalue2
        if (data[item[0]]){
          // the key exists already
          if (!Array.isArray(data[item[0]])) {
            // replace the value with an array containing the already present value
            data[item[0]] = [data[item[0]]];
          }
          // and add the new found value to it
          data[item[0]].push(decodeURIComponent(item[1]));
        } else {
          // it doesn't exist, just put the found value in the data object
          data[item[0]] = decodeURIComponent(item[1]);
        }
    }

    return data;
};

/**
 * Get data from url
 * @param  {String} url
 * @return {Object}
 */
OAuth.prototype.deParamUrl = function(url) {
    var tmp = url.split('?');

    if (tmp.length === 1)
        return {};

    return this.deParam(tmp[1]);
};

/**
 * Percent Encode
 * @param  {String} str
 * @return {String} percent encoded string
 */
OAuth.prototype.percentEncode = function(str) {
    return encodeURIComponent(str)
        .replace(/\!/g, "%21")
        .replace(/\*/g, "%2A")
        .replace(/\'/g, "%27")
        .replace(/\(/g, "%28")
        .replace(/\)/g, "%29");
};

/**
 * Percent Encode Object
 * @param  {Object} data
 * @return {Object} percent encoded data
 */
OAuth.prototype.percentEncodeData = function(data) {
    var result = {};

    for(var key in data) {
        var value = data[key];
        // check if the value is an array
        if (value && Array.isArray(value)){
          var newValue = [];
          // percentEncode every value
          value.forEach((function(val){
            newValue.push(this.percentEncode(val));
          }).bind(this));
          value = newValue;
        } else {
          value = this.percentEncode(value);
        }
        result[this.percentEncode(key)] = value;
    }

    return result;
};

/**
 * Get OAuth data as Header
 * @param  {Object} oauth_data
 * @return {String} Header data key - value
 */
OAuth.prototype.toHeader = function(oauth_data) {
    var sorted = this.sortObject(oauth_data);

    var header_value = 'OAuth ';

    if (this.realm) {
        header_value += 'realm="' + this.realm + '"' + this.parameter_seperator;
    }

    for(var i = 0; i < sorted.length; i++) {
        if (sorted[i].key.indexOf('oauth_') !== 0)
            continue;

        header_value += this.percentEncode(sorted[i].key) + '="' + this.percentEncode(sorted[i].value) + '"' + this.parameter_seperator;
    }

    return {
        Authorization: header_value.substr(0, header_value.length - this.parameter_seperator.length) //cut the last chars
    };
};

/**
 * Create a random word characters string with input length
 * @return {String} a random word characters string
 */
OAuth.prototype.getNonce = function() {
    var word_characters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    var result = '';

    for(var i = 0; i < this.nonce_length; i++) {
        result += word_characters[parseInt(Math.random() * word_characters.length, 10)];
    }

    return result;
};

/**
 * Get Current Unix TimeStamp
 * @return {Int} current unix timestamp
 */
OAuth.prototype.getTimeStamp = function() {
    return parseInt(new Date().getTime()/1000, 10);
};

////////////////////// HELPER FUNCTIONS //////////////////////

/**
 * Merge object
 * @param  {Object} obj1
 * @param  {Object} obj2
 * @return {Object}
 */
OAuth.prototype.mergeObject = function(obj1, obj2) {
    obj1 = obj1 || {};
    obj2 = obj2 || {};

    var merged_obj = obj1;
    for(var key in obj2) {
        merged_obj[key] = obj2[key];
    }
    return merged_obj;
};

/**
 * Sort object by key
 * @param  {Object} data
 * @return {Array} sorted array
 */
OAuth.prototype.sortObject = function(data) {
    var keys = Object.keys(data);
    var result = [];

    keys.sort();

    for(var i = 0; i < keys.length; i++) {
        var key = keys[i];
        result.push({
            key: key,
            value: data[key],
        });
    }

    return result;
};


/***/ }),

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

/***/ 7794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XClient: () => (/* binding */ XClient)
});

// UNUSED EXPORTS: MEDIA_LIMITS, RETRY_POLICY, statusUrl

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/http.ts
var http = __webpack_require__(1983);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/oauth-1.0a/oauth-1.0a.js
var oauth_1_0a = __webpack_require__(6470);
var oauth_1_0a_default = /*#__PURE__*/__webpack_require__.n(oauth_1_0a);
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
    const signer = new (oauth_1_0a_default())({
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
var outside_text = __webpack_require__(9354);
// EXTERNAL MODULE: ./src/core/setting-rules.ts
var setting_rules = __webpack_require__(1345);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/x/errors.ts
var x_errors = __webpack_require__(5689);
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

// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/core/reset-time.ts
var reset_time = __webpack_require__(9804);
// EXTERNAL MODULE: ./src/x/resume.ts
var resume = __webpack_require__(5721);
// EXTERNAL MODULE: ./src/x/status-url.ts
var status_url = __webpack_require__(2240);
;// CONCATENATED MODULE: ./src/x/client.ts
// The X API v2 client: posts, uploads media and reads the account's own posts, with a bounded retry policy that never
// posts a text twice.











/** The documented policy (README "Guarantees"): worst case 3 × 10 s timeouts + ≤ 3 s backoff stays under the 40 s budget. */
const RETRY_POLICY = {
    attempts: 3,
    baseMs: 1_000,
    capMs: 8_000,
    rateLimitWaitMaxMs: 30_000,
    budgetMs: 40_000,
};
/**
 * Media requests carry up to 1 MiB (src/x/media.ts) and X processes them before answering: each attempt gets 30 s,
 * enough for 1 MiB at 300 kbit/s, and the call 90 s, three such attempts.
 */
const MEDIA_LIMITS = { timeoutMs: 30_000, budgetMs: 90_000 };
/** The shortest attempt worth starting when the budget runs low. */
const MIN_ATTEMPT_MS = 1_000;
const RETRYABLE = new Set(["EXSERVER", "EXBADRESPONSE", "EXNETWORK", "EXTIMEOUT"]);
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
    /**
     * POST /2/tweets, as a reply when `replyTo` is given and with `mediaIds` attached. Throws ReleaseTweetError with an
     * actionable message on every failure; a reply X refuses is EXREPLYREFUSED.
     */
    async postTweet(text, options = {}) {
        if (text.trim() === "") {
            throw new errors/* ReleaseTweetError */.be("EXEMPTYPOST", "The post is empty.", "Check the template: it produced no text.");
        }
        if (options.replyTo !== undefined && !/^\d{1,25}$/.test(options.replyTo)) {
            throw new errors/* ReleaseTweetError */.be("EXREPLYTO", `"${options.replyTo}" is not a post id.`, "Pass the numeric id of the post to reply to.");
        }
        const mediaIds = options.mediaIds ?? [];
        for (const id of mediaIds)
            assertId(id, "media");
        const json = {
            text,
            ...(options.replyTo === undefined ? {} : { reply: { in_reply_to_tweet_id: options.replyTo } }),
            ...(mediaIds.length === 0 ? {} : { media: { media_ids: [...mediaIds] } }),
        };
        const label = "POST /2/tweets";
        const outcome = await this.#call(label, { method: "POST", path: "/2/tweets", json });
        const { response, attempts } = outcome;
        if (response.status === 201) {
            const id = readId(response.body);
            if (id !== null)
                return { id, url: (0,status_url/* statusUrl */.Y)(id), alreadyPosted: false };
            // The post exists; retrying would only meet "duplicate". Report success with an unknown id.
            this.#debug(`${label} → 201 with ${(0,x_errors/* describeBody */.MP)(response)} and no post id; the post exists, its id is unknown`);
            return { id: null, url: null, alreadyPosted: false };
        }
        const reply = options.replyTo !== undefined;
        const error = (0,x_errors/* errorForResponse */.vw)(label, response, this.#now(), { attempts, secrets: this.#secrets, reply });
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
            throw (0,x_errors/* errorForResponse */.vw)(label, response, this.#now(), { attempts, secrets: this.#secrets });
        const data = readData(response.body);
        if (typeof data?.id !== "string" || typeof data.username !== "string") {
            throw (0,x_errors/* xError */.FP)("EXBADRESPONSE", { request: label, status: 200, detail: `${(0,x_errors/* describeBody */.MP)(response, this.#secrets)} without data.id and data.username` });
        }
        return { id: data.id, username: data.username };
    }
    /**
     * GET /2/users/:id/tweets: one page of the account's own posts, newest first (owned reads, billed per post read).
     * Asks for what finding a thread needs: the reply target, URL entities (X shows every link as t.co) and the whole
     * text of long posts (note_tweet). Retweets are left out.
     */
    async getOwnPosts(userId, options) {
        assertId(userId, "user");
        const label = "GET /2/users/:id/tweets";
        const query = {
            max_results: String(Math.min(100, Math.max(5, Math.floor(options.maxResults)))),
            "tweet.fields": "conversation_id,in_reply_to_user_id,referenced_tweets,created_at,entities,note_tweet",
            exclude: "retweets",
        };
        if (options.paginationToken)
            query.pagination_token = options.paginationToken;
        const { response, attempts } = await this.#call(label, { method: "GET", path: `/2/users/${userId}/tweets`, query });
        if (response.status !== 200)
            throw (0,x_errors/* errorForResponse */.vw)(label, response, this.#now(), { attempts, secrets: this.#secrets });
        const page = (0,resume/* parseTimelinePage */.Sy)(response.body);
        if (page === null)
            throw (0,x_errors/* xError */.FP)("EXBADRESPONSE", { request: label, status: 200, detail: "no list of posts in the answer" }, this.#secrets);
        return page;
    }
    /** POST /2/media/upload: the whole file in one multipart request. */
    async uploadMedia(media) {
        const form = new undici.FormData();
        form.append("media_category", media.category);
        form.append("media", new Blob([media.bytes], { type: media.mediaType }), "media");
        return this.#mediaState("POST /2/media/upload", { method: "POST", path: "/2/media/upload", multipart: form });
    }
    /** POST /2/media/upload/initialize: opens a chunked upload. */
    async initializeMediaUpload(media) {
        const json = { total_bytes: media.totalBytes, media_type: media.mediaType, media_category: media.category };
        return this.#mediaState("POST /2/media/upload/initialize", { method: "POST", path: "/2/media/upload/initialize", json });
    }
    /** POST /2/media/upload/:id/append: one segment (multipart `media`, `segment_index`). Repeating it is harmless. */
    async appendMediaSegment(mediaId, segmentIndex, bytes) {
        assertId(mediaId, "media");
        const label = "POST /2/media/upload/:id/append";
        const form = new undici.FormData();
        form.append("segment_index", String(segmentIndex));
        form.append("media", new Blob([bytes], { type: "application/octet-stream" }), "media");
        const request = { method: "POST", path: `/2/media/upload/${mediaId}/append`, multipart: form };
        // X answers an append with no body (204): an empty 2xx is its answer, not a proxy's.
        const { response, attempts } = await this.#call(label, request, { limits: MEDIA_LIMITS, emptyOk: true });
        if (response.status < 200 || response.status > 299) {
            throw (0,x_errors/* errorForResponse */.vw)(label, response, this.#now(), { attempts, secrets: this.#secrets });
        }
    }
    /** POST /2/media/upload/:id/finalize: closes a chunked upload; X may go on processing it (processing_info). */
    async finalizeMediaUpload(mediaId) {
        assertId(mediaId, "media");
        return this.#mediaState("POST /2/media/upload/:id/finalize", { method: "POST", path: `/2/media/upload/${mediaId}/finalize` });
    }
    /** GET /2/media/upload?command=STATUS: how far X got processing an upload. */
    async getMediaStatus(mediaId) {
        assertId(mediaId, "media");
        return this.#mediaState("GET /2/media/upload (STATUS)", {
            method: "GET",
            path: "/2/media/upload",
            query: { command: "STATUS", media_id: mediaId },
        }, mediaId);
    }
    /** POST /2/media/metadata: the image's alt text. */
    async setMediaAltText(mediaId, text) {
        assertId(mediaId, "media");
        const label = "POST /2/media/metadata";
        const json = { id: mediaId, metadata: { alt_text: { text } } };
        const { response, attempts } = await this.#call(label, { method: "POST", path: "/2/media/metadata", json }, { limits: MEDIA_LIMITS });
        if (response.status < 200 || response.status > 299) {
            throw (0,x_errors/* errorForResponse */.vw)(label, response, this.#now(), { attempts, secrets: this.#secrets });
        }
    }
    /** One media request whose answer is `{"data": {"id", "processing_info"?}}`. */
    async #mediaState(label, request, knownId) {
        const { response, attempts } = await this.#call(label, request, { limits: MEDIA_LIMITS });
        if (response.status < 200 || response.status > 299) {
            throw (0,x_errors/* errorForResponse */.vw)(label, response, this.#now(), { attempts, secrets: this.#secrets });
        }
        const state = readMediaState(response.body, knownId);
        if (state === null) {
            throw (0,x_errors/* xError */.FP)("EXBADRESPONSE", { request: label, status: response.status, detail: `${(0,x_errors/* describeBody */.MP)(response, this.#secrets)} without data.id` }, this.#secrets);
        }
        return state;
    }
    /**
     * Sends with the retry policy and returns the last answer, or throws when no answer came.
     * Retried: 5xx, non-JSON answers, connection failures and timeouts (backoff with full jitter), and one 429 whose
     * reset is near. Never retried: other 4xx, a 201. Each attempt is signed afresh (new nonce and timestamp).
     */
    async #call(label, req, options = {}) {
        const policy = this.#policy;
        const limits = options.limits ?? { timeoutMs: this.#timeoutMs, budgetMs: policy.budgetMs };
        const deadline = this.#now() + limits.budgetMs;
        const signed = {
            ...req,
            consumer: { key: this.#credentials.apiKey, secret: this.#credentials.apiSecret },
            token: { key: this.#credentials.accessToken, secret: this.#credentials.accessTokenSecret },
        };
        let mayHaveLanded = false;
        let waitedForRateLimit = false;
        for (let attempt = 1;; attempt++) {
            const remaining = deadline - this.#now();
            const timeoutMs = Math.min(limits.timeoutMs, remaining);
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
            const emptyAnswer = options.emptyOk === true && response.status >= 200 && response.status <= 299 && response.body.trim() === "";
            const retryable = response.status >= 500 || (response.status !== 201 && !emptyAnswer && isNotJson(response.body));
            if (retryable) {
                mayHaveLanded = true;
                await this.#backoff(attempt, deadline, () => (0,x_errors/* errorForResponse */.vw)(label, response, this.#now(), { attempts: attempt, secrets: this.#secrets }));
                continue;
            }
            if (response.status === 429 && !waitedForRateLimit && attempt < policy.attempts) {
                const reset = (0,x_errors/* rateLimitReset */.xm)(response.headers, this.#now());
                // +1 s: the reset header has second precision and X's clock is not ours.
                const waitMs = reset ? Math.max(0, reset.atMs - this.#now()) + 1_000 : Infinity;
                if (waitMs <= policy.rateLimitWaitMaxMs && this.#now() + waitMs + MIN_ATTEMPT_MS <= deadline) {
                    this.#debug(`${label}: rate limited, resets ${(0,reset_time/* phraseReset */.jk)(reset.atMs, this.#now())}; waiting ${waitMs} ms once`);
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
/** Ids come from X's own answers, already checked as digits: anything else is a bug, not a user's mistake. */
function assertId(id, what) {
    if (!/^\d{1,25}$/.test(id))
        throw new RangeError(`not a ${what} id: ${JSON.stringify(id.slice(0, 30))}`);
}
/** `{"data": {"id", "processing_info"?}}`; a STATUS answer may leave the id out, then `knownId` is it. */
function readMediaState(body, knownId) {
    const data = readData(body);
    const id = data?.id ?? data?.media_id_string ?? knownId;
    if (typeof id !== "string" || !/^\d+$/.test(id))
        return null;
    const info = data?.processing_info;
    if (typeof info !== "object" || info === null)
        return { id };
    const record = info;
    const state = record.state;
    if (state !== "pending" && state !== "in_progress" && state !== "succeeded" && state !== "failed")
        return { id };
    const after = typeof record.check_after_secs === "number" && record.check_after_secs >= 0 ? record.check_after_secs : 1;
    const error = record.error;
    const words = typeof error?.message === "string" ? error.message : typeof error?.name === "string" ? error.name : undefined;
    return { id, processing: { state, checkAfterSecs: after, ...(words === undefined ? {} : { error: words }) } };
}
function readId(body) {
    const id = readData(body)?.id;
    return typeof id === "string" && /^\d+$/.test(id) ? id : null;
}


/***/ })

};
