export const id = 405;
export const ids = [405];
export const modules = {

/***/ 485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rs: () => (/* binding */ argumentProblem),
/* harmony export */   em: () => (/* binding */ sentence),
/* harmony export */   x5: () => (/* binding */ USAGE_STATUS)
/* harmony export */ });
// What every subcommand shares about usage errors: they exit with status 2, and Node's argument parser speaks in
// our words (one sentence, ending with a full stop).
/** The exit status of a command line that is wrong (unknown flag, missing value, bad value), as other CLIs use it. */
const USAGE_STATUS = 2;
/** `text` ending with a full stop (or the "?", "!", "…" or ")" it already ends with). */
function sentence(text) {
    const trimmed = text.trim();
    return /[.?!…)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
/**
 * node:util parseArgs's message, first sentence only, as a sentence: "Unknown option '--x'. To specify a positional
 * argument…" becomes "Unknown option '--x'.", "Option '--notes <value>' argument missing" gets its full stop.
 */
function argumentProblem(error) {
    const message = error instanceof Error ? error.message : String(error);
    const [first = ""] = message.split("\n");
    return sentence(first.split(/(?<=\.) /)[0] ?? first);
}


/***/ }),

/***/ 296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   be: () => (/* binding */ ReleaseTweetError),
/* harmony export */   fs: () => (/* binding */ docsUrl)
/* harmony export */ });
/* unused harmony exports DOCS_URL, errorDocsUrl */
// The one error type the core throws for expected failures: what went wrong, what to do, where to read more.
// Doors print `message` and `fix`; semantic-release shows `details` (Markdown). Nothing here may hold a secret.
// The reference docs live in the repository's docs/ folder; GitHub renders every heading with an anchor (its slug).
const DOCS_URL = "https://github.com/release-tweet/release-tweet/blob/main/docs/";
/** A link to a docs page, or to one of its headings: docsUrl("errors", "exduplicate"). */
function docsUrl(page, anchor) {
    return `${DOCS_URL}${page}.md${anchor ? `#${anchor}` : ""}`;
}
/** Each error code is a heading of docs/errors.md (test/troubleshooting.test.ts checks it), so its anchor is the code. */
function errorDocsUrl(code) {
    return docsUrl("errors", code.toLowerCase());
}
class ReleaseTweetError extends Error {
    name = "ReleaseTweetError";
    /** `E` + noun, e.g. ENOTWITTERAPIKEY, EXDUPLICATE. */
    code;
    /** What the user should do, in their terms. */
    fix;
    docs;
    constructor(code, message, fix, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.code = code;
        this.fix = fix;
        this.docs = options.docs ?? "troubleshooting";
    }
    /** Markdown for semantic-release's error report and the job summary: what to do, then the code's docs entry. */
    get details() {
        const link = `See [${this.code}](${errorDocsUrl(this.code)}).`;
        return this.fix ? `${this.fix}\n\n${link}` : link;
    }
    /** The one-paragraph form the CLI and the Action print. */
    get summary() {
        return this.fix ? `${this.message} ${this.fix}` : this.message;
    }
}
/** A human line for any thrown value; unexpected errors keep their message but never their stack. */
function describeError(error) {
    if (error instanceof ReleaseTweetError)
        return error.summary;
    if (error instanceof AggregateError)
        return error.errors.map(describeError).join("\n");
    if (error instanceof Error)
        return `Unexpected error: ${error.message}`;
    return `Unexpected error: ${String(error)}`;
}


/***/ }),

/***/ 345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ maxLengthProblem),
/* harmony export */   Kx: () => (/* binding */ maxLengthFromText),
/* harmony export */   Pw: () => (/* binding */ DEFAULT_MAX_POSTS),
/* harmony export */   Rt: () => (/* binding */ maxPostsProblem),
/* harmony export */   c: () => (/* binding */ MAX_LENGTH_LIMIT),
/* harmony export */   mg: () => (/* binding */ DEFAULT_MAX_LENGTH),
/* harmony export */   tw: () => (/* binding */ MAX_POSTS_LIMIT),
/* harmony export */   wy: () => (/* binding */ apiBaseUrlProblem)
/* harmony export */ });
/* unused harmony export credentialProblem */
// The rules for the settings every door shares (the X API base URL, the maximum post length), so the Action, the
// plugin and the CLI accept exactly the same values. Each door words the error in its own terms (input, option, env).
/** X's limit for X Premium accounts; 280 for everyone else. */
const MAX_LENGTH_LIMIT = 25_000;
const DEFAULT_MAX_LENGTH = 280;
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);
/**
 * Why `value` cannot be the X API base URL, or undefined when it can. The phrase completes "<name> …" and never
 * repeats the value, which may carry a password.
 */
function apiBaseUrlProblem(value) {
    const url = URL.parse(value.trim());
    if (url === null)
        return "is not a URL";
    if (url.username || url.password)
        return "must not contain a user name or password";
    if (url.search || url.hash)
        return "must not have a query or fragment";
    if (url.protocol === "https:")
        return undefined;
    // Over plain http every signed request, access token included, would cross the network in the clear.
    if (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname))
        return undefined;
    return "must be an https URL (plain http is accepted only for 127.0.0.1, localhost and [::1], for testing)";
}
/** A maximum length written as text (an Action input, a CLI flag): digits only, spaces around ignored; else NaN. */
function maxLengthFromText(text) {
    const digits = text.trim();
    return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}
/** Why `value` cannot be the maximum post length, or undefined when it can. */
function maxLengthProblem(value) {
    if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_LENGTH_LIMIT)
        return undefined;
    return `must be a whole number from 1 to ${MAX_LENGTH_LIMIT}`;
}
/** Why a credential value cannot be one, or undefined: X's keys and tokens never hold whitespace. Never repeats it. */
function credentialProblem(value) {
    if (value === "")
        return "is empty";
    return /\s/.test(value) ? "contains spaces or line breaks" : undefined;
}
/** A thread stops at this many posts by default (the first post and four replies) and at most at the limit. */
const DEFAULT_MAX_POSTS = 5;
const MAX_POSTS_LIMIT = 25;
/** Why `value` cannot be the thread's cap, or undefined when it can. */
function maxPostsProblem(value) {
    if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_POSTS_LIMIT)
        return undefined;
    return `must be a whole number from 1 to ${MAX_POSTS_LIMIT}`;
}


/***/ }),

/***/ 54:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ GITHUB_API_ENV),
/* harmony export */   Ri: () => (/* binding */ DEFAULT_API_BASE_URL),
/* harmony export */   c$: () => (/* binding */ CREDENTIAL_ENV),
/* harmony export */   jR: () => (/* binding */ API_BASE_ENV),
/* harmony export */   xw: () => (/* binding */ DEFAULT_GITHUB_API_URL),
/* harmony export */   z0: () => (/* binding */ CREDENTIAL_INPUT)
/* harmony export */ });
// Shared shapes that cross the core's boundary: releases in, posts out, credentials.
/** The names users see for each credential, the same in every door. */
const CREDENTIAL_ENV = {
    apiKey: "TWITTER_API_KEY",
    apiSecret: "TWITTER_API_SECRET",
    accessToken: "TWITTER_ACCESS_TOKEN",
    accessTokenSecret: "TWITTER_ACCESS_TOKEN_SECRET",
};
const CREDENTIAL_INPUT = {
    apiKey: "api-key",
    apiSecret: "api-secret",
    accessToken: "access-token",
    accessTokenSecret: "access-token-secret",
};
const DEFAULT_API_BASE_URL = "https://api.x.com";
const API_BASE_ENV = "TWITTER_API_BASE_URL";
/** GitHub's REST API; GitHub Enterprise Server sets GITHUB_API_URL to its own (https://HOST/api/v3). */
const DEFAULT_GITHUB_API_URL = "https://api.github.com";
const GITHUB_API_ENV = "GITHUB_API_URL";


/***/ }),

/***/ 689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FP: () => (/* binding */ xError),
/* harmony export */   kW: () => (/* binding */ parseErrorBody),
/* harmony export */   l1: () => (/* binding */ withoutRerunNote),
/* harmony export */   nn: () => (/* binding */ X_DETAIL_MAX_LENGTH),
/* harmony export */   vw: () => (/* binding */ errorForResponse)
/* harmony export */ });
/* unused harmony exports THREAD_OFF, REPLIES_RESTRICTED, quoteX, describeBody, RESET_HORIZON_MS, rateLimitReset, phraseReset */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _core_outside_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(673);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(258);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54);
// The catalogue of X failures: turns an HTTP answer (or a transport failure) into a ReleaseTweetError in the user's terms.
// Pure: no I/O. Every entry shares one shape — what happened, what to do — and only the words vary.




const FOUR_VALUES = Object.keys(_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .CREDENTIAL_ENV */ .c$)
    .map((k) => `${_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .CREDENTIAL_ENV */ .c$[k]} (${_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .CREDENTIAL_INPUT */ .z0[k]})`)
    .join(", ");
/** Where a user turns replies off, in every door's words (issue 13: refused replies). */
const THREAD_OFF = "`thread` to false (the Action input `thread`, the plugin option `thread`; `release-tweet preview` without `--thread` shows that post)";
/** Since when X refuses most replies from self-serve apps (X's changelog, 2026-02-23). */
const REPLIES_RESTRICTED = "since 2026-02-23 X lets apps on its self-serve (pay-per-use) plans reply only where the author of the post replied to mentioned or quoted the replying account";
const RERUN_IS_SAFE = "Running the job again is safe: X refuses to post the same text twice, and release-tweet finds what an earlier run posted and posts only what is missing.";
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
            `Then regenerate the Access Token and Secret (old tokens keep the old, read-only rights) and update ${_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .CREDENTIAL_ENV */ .c$.accessToken} and ${_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .CREDENTIAL_ENV */ .c$.accessTokenSecret}.`,
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
    EXREPLYREFUSED: {
        what: (f) => `X refused a reply: ${REPLIES_RESTRICTED}${f.detail ? ` (X said: ${f.detail})` : ""}.`,
        fix: `Set ${THREAD_OFF} to announce each release in one post, without replies.`,
    },
    EXMEDIAFAILED: {
        what: (f) => `X could not process the image${f.detail ? `: ${f.detail}` : "."}`,
        fix: "Check that the file opens in an image viewer and is not damaged; save it again as PNG or JPEG, or remove the image setting.",
    },
};
/** The same error without the note that running again cannot post twice: for requests that never post (authorize). */
function withoutRerunNote(error) {
    if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseTweetError */ .be) || !error.fix.includes(RERUN_IS_SAFE))
        return error;
    const fix = error.fix.replace(RERUN_IS_SAFE, "").trim();
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseTweetError */ .be(error.code, error.message, fix, { docs: error.docs, cause: error.cause });
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
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseTweetError */ .be(code, (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(message, secrets), (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(fix, secrets), {
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
    return (0,_core_outside_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteOutside */ .Y)(text, secrets, { maxLength: X_DETAIL_MAX_LENGTH });
}
/** Short description of a body that is not JSON, without echoing it (it may be a whole HTML page). */
function describeBody(response, secrets = []) {
    const type = response.headers["content-type"]?.split(";")[0]?.trim();
    if (response.body === "")
        return "an empty body";
    if (/^\s*</.test(response.body) || type === "text/html")
        return "an HTML page, likely from a gateway or proxy";
    return `a ${type ? (0,_core_outside_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteOutside */ .Y)(type, secrets, { maxLength: 60 }) : "non-JSON"} body`;
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
        // Since 2026-02-23 a reply of a self-serve app is refused unless its target summoned the account; X does not say
        // whether one's own post counts, and its words vary, so any other 403 on a reply is that refusal (issue 13) —
        // but a reply to a deleted post is not.
        if (extra.reply && !/deleted|not visible/i.test(said ?? ""))
            return make("EXREPLYREFUSED", { detail: words });
        return make("EXFORBIDDEN", { detail: words });
    }
    if (response.status === 400)
        return make("EXBADREQUEST", { detail: words });
    return make("EXREJECTED", { detail: words });
}


/***/ })

};
