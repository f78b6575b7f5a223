export const id = 838;
export const ids = [838];
export const modules = {

/***/ 105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ configuredNetworks),
/* harmony export */   OB: () => (/* binding */ anyGiven),
/* harmony export */   Of: () => (/* binding */ NETWORKS),
/* harmony export */   R6: () => (/* reexport safe */ _notes_networks_js__WEBPACK_IMPORTED_MODULE_3__.R6),
/* harmony export */   Wy: () => (/* reexport safe */ _bluesky_errors_js__WEBPACK_IMPORTED_MODULE_1__.Wy),
/* harmony export */   Yy: () => (/* reexport safe */ _bluesky_errors_js__WEBPACK_IMPORTED_MODULE_1__.Yy),
/* harmony export */   a3: () => (/* binding */ templateFor),
/* harmony export */   nB: () => (/* binding */ DEFAULT_MASTODON_VISIBILITY),
/* harmony export */   yv: () => (/* reexport safe */ _mastodon_errors_js__WEBPACK_IMPORTED_MODULE_2__.yv)
/* harmony export */ });
/* unused harmony exports MASTODON_VISIBILITIES, MISSING_CREDENTIAL_CODE, CREDENTIAL_FIX, missingNetworkCredential, noNetworkError, visibilityProblem */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _bluesky_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(786);
/* harmony import */ var _mastodon_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(244);
/* harmony import */ var _notes_networks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(238);
// Which networks a run announces on, and the rules every door applies to their settings: a network is on when any of
// its credentials is given (then all of them are needed), X's become optional once another network is on, and a run
// with none at all fails with one error that lists what to set. Pure; each door words the messages in its own names.





/** The order networks are posted to: X first, so that X keeps every guarantee it had as the only network. */
const NETWORKS = ["x", "bluesky", "mastodon"];

/** Mastodon's visibilities (the same list as src/mastodon/client.ts, which a door must not load to check a setting). */
const MASTODON_VISIBILITIES = (/* unused pure expression or super */ null && (["public", "unlisted", "private", "direct"]));
const DEFAULT_MASTODON_VISIBILITY = "public";
/** The networks the settings turn on, in posting order. */
function configuredNetworks(settings) {
    return NETWORKS.filter((network) => settings[network] !== undefined);
}
/** A network is asked for when any of its credentials holds more than whitespace. */
function anyGiven(values) {
    return values.some((value) => value !== undefined && value.trim() !== "");
}
/**
 * The code of a Bluesky or Mastodon credential that is missing while the others of its network are given. Written out
 * (not built from the names), so that the error catalogue's check finds each one.
 */
const MISSING_CREDENTIAL_CODE = {
    [_bluesky_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BLUESKY_ENV */ .Yy.identifier]: "ENOBLUESKYIDENTIFIER",
    [_bluesky_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BLUESKY_ENV */ .Yy.appPassword]: "ENOBLUESKYAPPPASSWORD",
    [_mastodon_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MASTODON_ENV */ .yv.url]: "ENOMASTODONURL",
    [_mastodon_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MASTODON_ENV */ .yv.accessToken]: "ENOMASTODONACCESSTOKEN",
};
/** What to do about a missing Bluesky or Mastodon credential, in every door's words. */
const CREDENTIAL_FIX = {
    bluesky: `Bluesky needs both ${_bluesky_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BLUESKY_ENV */ .Yy.identifier} (the handle, e.g. name.bsky.social, or the DID) and ${_bluesky_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BLUESKY_ENV */ .Yy.appPassword} ` +
        "(an app password from Settings → Privacy and security → App passwords). `npx release-tweet authorize --network bluesky` " +
        "checks them and stores both as repository secrets. Remove both to announce without Bluesky.",
    mastodon: `Mastodon needs both ${_mastodon_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MASTODON_ENV */ .yv.url} (the instance, e.g. https://mastodon.social) and ${_mastodon_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MASTODON_ENV */ .yv.accessToken}. ` +
        "`npx release-tweet authorize --network mastodon --instance URL` gets a token and stores both as repository secrets. " +
        "Remove both to announce without Mastodon.",
};
/** ENOBLUESKYIDENTIFIER…: one credential of a network is missing while another of it is given. */
function missingNetworkCredential(name, message, docs) {
    const network = name.startsWith("BLUESKY_") ? "bluesky" : "mastodon";
    return new ReleaseTweetError(MISSING_CREDENTIAL_CODE[name], message, CREDENTIAL_FIX[network], { docs });
}
/**
 * ENONETWORK: no network has any credential. `what` names, in the door's words, what turns each network on
 * (e.g. the four X inputs), so one message says everything there is to set.
 */
function noNetworkError(what, docs) {
    return new ReleaseTweetError("ENONETWORK", `No network to announce on: set ${what.x} for X, ${what.bluesky} for Bluesky, or ${what.mastodon} for Mastodon (any of them, or several).`, "`npx release-tweet authorize` (with `--network bluesky` or `--network mastodon` for the others) gets the values and stores them as repository secrets.", { docs });
}
/** Why `value` is no Mastodon visibility, or undefined when it is one. Never repeats more than a short value. */
function visibilityProblem(value) {
    if (typeof value === "string" && MASTODON_VISIBILITIES.includes(value))
        return undefined;
    return `must be one of ${MASTODON_VISIBILITIES.join(", ")}`;
}
/** The template a network's posts are written from: its own, else the shared one, else the composer's default. */
function templateFor(settings, network) {
    if (network === "x")
        return settings.compose.template;
    return settings.templates[network] ?? settings.compose.template;
}


/***/ }),

/***/ 786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wy: () => (/* binding */ DEFAULT_BLUESKY_SERVICE),
/* harmony export */   Wz: () => (/* binding */ RERUN_IS_SAFE),
/* harmony export */   Yy: () => (/* binding */ BLUESKY_ENV),
/* harmony export */   d$: () => (/* binding */ errorForXrpc),
/* harmony export */   e_: () => (/* binding */ blueskyError),
/* harmony export */   z$: () => (/* binding */ BLUESKY_INPUT)
/* harmony export */ });
/* unused harmony export phraseRateLimitReset */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _core_reset_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(804);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(258);
/* harmony import */ var _core_server_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(818);
// The catalogue of Bluesky failures: turns an XRPC answer (or a transport failure) into a ReleaseTweetError in the
// user's terms. Pure. Error names and bodies as the reference PDS sends them (atproto packages/pds, xrpc-server):
// {"error": "<Name>", "message": "<text>"}.




const BLUESKY_ENV = {
    identifier: "BLUESKY_IDENTIFIER",
    appPassword: "BLUESKY_APP_PASSWORD",
    service: "BLUESKY_SERVICE",
};
const BLUESKY_INPUT = {
    identifier: "bluesky-identifier",
    appPassword: "bluesky-app-password",
    service: "bluesky-service",
};
const DEFAULT_BLUESKY_SERVICE = "https://bsky.social";
const CREDENTIALS = `${BLUESKY_ENV.identifier} (${BLUESKY_INPUT.identifier}) and ${BLUESKY_ENV.appPassword} (${BLUESKY_INPUT.appPassword})`;
const APP_PASSWORD_HOWTO = "Create an app password in Bluesky under Settings → Privacy and security → App passwords";
const RERUN_IS_SAFE = "Running the job again is safe: each post has a record key made from the release, so Bluesky refuses a second copy and release-tweet continues from what exists.";
const said = (f) => (f.detail ? `: ${f.detail}` : ".");
const CATALOGUE = {
    EBLUESKYCREDENTIALS: {
        what: (f) => `The Bluesky credentials are not usable${said(f)}`,
        fix: `Set ${CREDENTIALS}: your handle (e.g. name.bsky.social) or DID, and an app password. ${APP_PASSWORD_HOWTO}.`,
    },
    EBLUESKYSERVICE: {
        what: (f) => `The Bluesky service URL ${f.detail ?? "is not usable"}.`,
        fix: `Set ${BLUESKY_ENV.service} (${BLUESKY_INPUT.service}) to your PDS, e.g. ${DEFAULT_BLUESKY_SERVICE}, or leave it unset.`,
    },
    EBLUESKYAUTH: {
        what: () => "Bluesky did not accept the identifier and app password (Invalid identifier or password).",
        fix: `Check ${CREDENTIALS}: the handle or DID of the account, and an app password copied whole. If it was revoked, ${APP_PASSWORD_HOWTO.charAt(0).toLowerCase()}${APP_PASSWORD_HOWTO.slice(1)} and update the secret. If the account lives on another server, set ${BLUESKY_ENV.service}.`,
    },
    EBLUESKY2FA: {
        what: () => "Bluesky asked for a sign-in code from email: the password given is the account's main password.",
        fix: `Use an app password instead, which needs no code. ${APP_PASSWORD_HOWTO}, and put it in ${BLUESKY_ENV.appPassword}.`,
    },
    EBLUESKYTAKEDOWN: {
        what: () => "Bluesky refused the sign-in: the account has been taken down.",
        fix: "Contact Bluesky's moderation through the app or support; nothing can be posted until the account is restored.",
    },
    EBLUESKYDEACTIVATED: {
        what: () => "Bluesky refused the request: the account is deactivated.",
        fix: "Sign in to Bluesky in the app to reactivate the account, then run the job again.",
    },
    EBLUESKYSESSION: {
        what: (f) => `Bluesky did not accept the session${f.error ? ` (${f.error})` : ""}${said(f)}`,
        fix: `Run the job again; if it keeps failing, create a new app password and update ${BLUESKY_ENV.appPassword}. ${RERUN_IS_SAFE}`,
    },
    EBLUESKYRATELIMITED: {
        what: (f) => `Bluesky's rate limit is used up; it resets ${f.reset ?? "at a time Bluesky did not say"}.`,
        fix: `Run the job again after the reset. ${RERUN_IS_SAFE}`,
    },
    EBLUESKYREJECTED: {
        what: (f) => `Bluesky refused the post${f.error ? ` (${f.error})` : ""}${said(f)}`,
        fix: "If the message names the text, facets or a reply, this is likely a bug in release-tweet: please report it with this message. Otherwise check the account in the Bluesky app.",
    },
    EBLUESKYIMAGE: {
        what: (f) => `The link card's image cannot be used${said(f)}`,
        fix: "Use a PNG, JPEG, WebP or GIF image of at most 1,000,000 bytes (Bluesky's limit for a link card thumbnail), or no image.",
    },
    EBLUESKYSERVER: {
        what: (f) => `The Bluesky server had an error${f.detail ? ` (${f.detail})` : ""}.`,
        fix: `Bluesky is having trouble; see https://status.bsky.app and try again later. ${RERUN_IS_SAFE}`,
    },
    EBLUESKYBADRESPONSE: {
        what: (f) => `The answer was not what a Bluesky server sends${f.detail ? ` (${f.detail})` : ""}.`,
        fix: `A proxy or gateway may have answered instead of Bluesky: check ${BLUESKY_ENV.service} and any proxy settings, then run again. ${RERUN_IS_SAFE}`,
    },
    EBLUESKYNETWORK: {
        what: (f) => `Could not reach Bluesky${f.detail ? ` (${f.detail})` : ""}.`,
        fix: `Check the network path to Bluesky (DNS, firewall, proxy) and ${BLUESKY_ENV.service}, then run again. ${RERUN_IS_SAFE}`,
    },
    EBLUESKYTIMEOUT: {
        what: (f) => `Bluesky did not answer in time${f.detail ? ` (${f.detail})` : ""}.`,
        fix: `Bluesky or the network is slow; run again later. ${RERUN_IS_SAFE}`,
    },
};
/** Builds the error for a code; `secrets` are blanked out of every word, as a last line of defence. */
function blueskyError(code, failure, secrets = []) {
    const entry = CATALOGUE[code];
    const where = [failure.request, failure.status === undefined ? "" : `HTTP ${failure.status}`].filter(Boolean).join(" → ");
    const tries = failure.attempts && failure.attempts > 1 ? `, after ${failure.attempts} attempts` : "";
    const message = `${entry.what(failure)}${where ? ` (${where}${tries})` : ""}`;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseTweetError */ .be(code, (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E)(message, secrets), (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E)(entry.fix, secrets), { docs: "troubleshooting", cause: failure.cause });
}
/** "at 2026-05-01T12:00:00.000Z (in 12 minutes)" from RateLimit-Reset (epoch seconds), or undefined. */
function phraseRateLimitReset(headers, nowMs) {
    const seconds = Number(headers["ratelimit-reset"]);
    if (!headers["ratelimit-reset"] || !(seconds > 0))
        return undefined;
    const atMs = (0,_core_reset_time_js__WEBPACK_IMPORTED_MODULE_3__/* .plausibleReset */ .vA)(seconds * 1000, nowMs);
    return atMs === undefined ? undefined : (0,_core_reset_time_js__WEBPACK_IMPORTED_MODULE_3__/* .phraseReset */ .jk)(atMs, nowMs);
}
/** Maps a failed XRPC answer to the catalogue. */
function errorForXrpc(request, answer, nowMs, extra = {}) {
    const secrets = extra.secrets ?? [];
    const base = { request, status: answer.status, attempts: extra.attempts, error: answer.error };
    const detail = (0,_core_server_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteServerText */ .h)(answer.message, secrets) || undefined;
    const make = (code, more = {}) => blueskyError(code, { ...base, detail, ...more }, secrets);
    const { status, error } = answer;
    if (status >= 300 && status < 400)
        return make("EBLUESKYBADRESPONSE", { detail: `a redirect to elsewhere, not followed` });
    if (error === undefined) {
        if (status >= 500)
            return make("EBLUESKYSERVER", { detail: `HTTP ${status} without an XRPC error body` });
        return make("EBLUESKYBADRESPONSE", { detail: "a body that is not an XRPC error" });
    }
    if (status === 429 || error === "RateLimitExceeded")
        return make("EBLUESKYRATELIMITED", { reset: phraseRateLimitReset(answer.headers, nowMs) });
    if (error === "AuthFactorTokenRequired")
        return make("EBLUESKY2FA");
    if (error === "AccountTakedown")
        return make("EBLUESKYTAKEDOWN");
    if (error === "AccountDeactivated")
        return make("EBLUESKYDEACTIVATED");
    if (error === "ExpiredToken" || error === "InvalidToken" || error === "AuthMissing")
        return make("EBLUESKYSESSION");
    if (status === 401 || error === "AuthenticationRequired") {
        return request === "com.atproto.server.createSession" ? make("EBLUESKYAUTH") : make("EBLUESKYSESSION");
    }
    if (status >= 500)
        return make("EBLUESKYSERVER");
    return make("EBLUESKYREJECTED");
}


/***/ }),

/***/ 783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bf: () => (/* binding */ graphemeCount),
/* harmony export */   TP: () => (/* binding */ toRichText),
/* harmony export */   mP: () => (/* binding */ fitsBluesky),
/* harmony export */   t5: () => (/* binding */ findLinks),
/* harmony export */   v4: () => (/* binding */ BLUESKY_LIMITS),
/* harmony export */   w0: () => (/* binding */ blueskyLength),
/* harmony export */   wI: () => (/* binding */ utf8Length)
/* harmony export */ });
/* unused harmony exports displayUrl, blueskyByteLength */
// Bluesky's rich text: which parts of a post are links, how a long link is shown, and how Bluesky counts a post.
// Pure and dependency-free: the composer imports it to fit posts, the client to build records.
// Bluesky detects nothing itself: a link exists only as a facet with UTF-8 byte offsets into the text
// (lexicon app.bsky.richtext.facet#byteSlice). Mentions and hashtags are never faceted: a release note must not
// notify strangers or file posts under tags nobody chose.
/** app.bsky.feed.post `text`: maxGraphemes 300, maxLength 3000 (bytes of UTF-8). */
const BLUESKY_LIMITS = { graphemes: 300, bytes: 3000 };
/** A URL of at most this many graphemes is shown as written. */
const SHORT_URL_MAX = 30;
/** A longer URL is shown without its scheme, cut to this many graphemes plus "…". */
const DISPLAY_KEEP = 27;
// The characters a link may hold: RFC 3986's ASCII set, plus letters, marks and digits of scripts written with spaces
// between words (an IRI path such as /wiki/Zürich). Han, kana and Hangul end a link: those languages put no space
// after it ("详见https://example.com/a，谢谢").
const UNSPACED = String.raw `[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]`;
const URL_CHAR = String.raw `(?:[!#$%&'()*+,\-./0-9:;=?@A-Z[\]_a-z~]|(?!${UNSPACED})[\p{L}\p{M}\p{N}])`;
// Only http(s) URLs written with their scheme: a bare domain (release-notes.md, datetime.date) stays text.
// Not glued to a word ("xhttps://", "a@https://"), except in the languages written without spaces.
const URL_PATTERN = new RegExp(String.raw `(?<![_@]|(?!${UNSPACED})[\p{L}\p{N}])https?://${URL_CHAR}+`, "giu");
const TRAILING_PUNCTUATION = new Set([".", ",", ";", ":", "!", "?", "'", "*"]);
const CLOSERS = { ")": "(", "]": "[" };
let segmenter;
/** Created on first use: loading ICU's segmentation data costs start-up time a run without Bluesky never needs. */
function graphemes(text) {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
    return Array.from(segmenter.segment(text), (s) => s.segment);
}
/** Extended grapheme clusters (UAX #29), as Bluesky counts maxGraphemes. */
function graphemeCount(text) {
    let count = 0;
    segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
    for (const _ of segmenter.segment(text))
        count++;
    return count;
}
/** Bytes of the UTF-8 encoding (a lone surrogate is sent as U+FFFD, 3 bytes, as TextEncoder does). */
function utf8Length(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit < 0x80)
            bytes += 1;
        else if (unit < 0x800)
            bytes += 2;
        else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            bytes += 4;
            i++;
        }
        else
            bytes += 3;
    }
    return bytes;
}
/**
 * How a URL is shown in a post: as written when short (≤ 30 graphemes); otherwise without "http(s)://", and when
 * still longer than 28 graphemes, its first 27 graphemes and "…". The facet keeps the full URL, so the link works.
 */
function displayUrl(url) {
    const all = graphemes(url);
    if (all.length <= SHORT_URL_MAX)
        return url;
    const bare = graphemes(url.replace(/^https?:\/\//i, ""));
    if (bare.length <= DISPLAY_KEEP + 1)
        return bare.join("");
    return `${bare.slice(0, DISPLAY_KEEP).join("")}…`;
}
/** Drops what usually ends a sentence rather than a URL: trailing punctuation, an unbalanced closing bracket. */
function trimUrl(candidate) {
    let url = candidate;
    for (;;) {
        const last = url.at(-1) ?? "";
        const opener = CLOSERS[last];
        if (TRAILING_PUNCTUATION.has(last))
            url = url.slice(0, -1);
        else if (opener !== undefined && count(url, opener) < count(url, last))
            url = url.slice(0, -1);
        else
            return url;
    }
}
function count(text, char) {
    return text.split(char).length - 1;
}
/** The http(s) links of a text, as UTF-16 [start, end) ranges and the URL written there. */
function findLinks(text) {
    const links = [];
    for (const match of text.matchAll(URL_PATTERN)) {
        const url = trimUrl(match[0]);
        const parsed = URL.parse(url);
        // "https://" followed by nothing usable is text, not a link.
        if (parsed === null || parsed.hostname === "" || !/^https?:\/\/[^/?#]/i.test(url))
            continue;
        links.push({ start: match.index, end: match.index + url.length, url });
    }
    return links;
}
/**
 * The post as Bluesky receives it: each http(s) URL shown as displayUrl(url) in the text, and a link facet whose byte
 * range covers exactly that shown text and whose uri is the full URL. Everything else is copied unchanged.
 */
function toRichText(text) {
    let out = "";
    let bytes = 0;
    let from = 0;
    const facets = [];
    for (const link of findLinks(text)) {
        const before = text.slice(from, link.start);
        out += before;
        bytes += utf8Length(before);
        const shown = displayUrl(link.url);
        const byteStart = bytes;
        out += shown;
        bytes += utf8Length(shown);
        facets.push({ index: { byteStart, byteEnd: bytes }, features: [{ $type: "app.bsky.richtext.facet#link", uri: link.url }] });
        from = link.end;
    }
    out += text.slice(from);
    return { text: out, facets };
}
/** A post's length as Bluesky counts it: graphemes of the text as shown (long URLs shortened). Limit 300. */
function blueskyLength(text) {
    return graphemeCount(toRichText(text).text);
}
/** UTF-8 bytes of the text as shown. Limit 3,000. */
function blueskyByteLength(text) {
    return utf8Length(toRichText(text).text);
}
/** Whether the post, as shown, fits both of Bluesky's limits. */
function fitsBluesky(text) {
    const shown = toRichText(text).text;
    return graphemeCount(shown) <= BLUESKY_LIMITS.graphemes && utf8Length(shown) <= BLUESKY_LIMITS.bytes;
}


/***/ }),

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

/***/ 804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jk: () => (/* binding */ phraseReset),
/* harmony export */   vA: () => (/* binding */ plausibleReset)
/* harmony export */ });
/* unused harmony export RESET_HORIZON_MS */
// When a rate limit resets, as every network's message says it: "at 2026-05-01T12:00:00.000Z (in 12 minutes)".
// A server's reset header is outside text: a time no rate limit would send (1e20, a year ago) is treated as absent,
// so the message keeps its advice instead of failing on a date that cannot be printed (issue 16).
/** The longest window of X, Bluesky and Mastodon is a day; 15 minutes more for two clocks that disagree. */
const RESET_HORIZON_MS = 24 * 60 * 60_000 + 15 * 60_000;
/** `atMs` when it is a time within RESET_HORIZON_MS of now, else undefined. */
function plausibleReset(atMs, nowMs) {
    return Number.isFinite(atMs) && Math.abs(atMs - nowMs) <= RESET_HORIZON_MS ? atMs : undefined;
}
/** "at 2026-05-01T12:00:00.000Z (in 12 minutes)" for a plausible reset. */
function phraseReset(atMs, nowMs) {
    const minutes = Math.max(1, Math.ceil((atMs - nowMs) / 60_000));
    return `at ${new Date(atMs).toISOString()} (in ${minutes} minute${minutes === 1 ? "" : "s"})`;
}


/***/ }),

/***/ 818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ quoteServerText)
/* harmony export */ });
/* harmony import */ var _outside_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(673);
// Quoting what a server said (an error message, a reason) inside our own messages: one line, bounded, no controls.
// A server's words are data: they may be long, hold line breaks or control characters that would forge log lines.

const MAX_CHARS = 300;
/**
 * The server's text as one safe line in quotes, cut to ~300 characters; "" when there is nothing to quote. The same
 * order as every other quote of outside text (quoteOutside): secrets blanked first, cut last.
 */
function quoteServerText(text, secrets = []) {
    if (typeof text !== "string")
        return "";
    const line = (0,_outside_text_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteOutside */ .Y)(text, secrets, { maxLength: MAX_CHARS });
    return line === "" ? "" : `"${line.replaceAll('"', "'")}"`;
}


/***/ }),

/***/ 345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ maxLengthProblem),
/* harmony export */   FL: () => (/* binding */ credentialProblem),
/* harmony export */   Pw: () => (/* binding */ DEFAULT_MAX_POSTS),
/* harmony export */   Rt: () => (/* binding */ maxPostsProblem),
/* harmony export */   c: () => (/* binding */ MAX_LENGTH_LIMIT),
/* harmony export */   mf: () => (/* binding */ wholeNumberFromText),
/* harmony export */   mg: () => (/* binding */ DEFAULT_MAX_LENGTH),
/* harmony export */   tw: () => (/* binding */ MAX_POSTS_LIMIT),
/* harmony export */   wy: () => (/* binding */ apiBaseUrlProblem)
/* harmony export */ });
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
/** A whole number written as text (an Action input, a CLI flag): digits only, spaces around ignored; else NaN. */
function wholeNumberFromText(text) {
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

/***/ 244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ MASTODON_SCOPES),
/* harmony export */   Ni: () => (/* binding */ MASTODON_INPUT),
/* harmony export */   U6: () => (/* binding */ errorForStatus),
/* harmony export */   Wz: () => (/* binding */ RERUN_IS_SAFE),
/* harmony export */   kF: () => (/* binding */ mastodonError),
/* harmony export */   yv: () => (/* binding */ MASTODON_ENV)
/* harmony export */ });
/* unused harmony export phraseResetHeader */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _core_reset_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(804);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(258);
/* harmony import */ var _core_server_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(818);
// The catalogue of Mastodon failures: turns an API answer (or a transport failure) into a ReleaseTweetError in the
// user's terms. Pure. Mastodon's error bodies are {"error": "<text>"} (Api::BaseController; Doorkeeper for 401/403),
// OAuth's {"error": "<code>", "error_description": "<text>"}.




const MASTODON_ENV = { url: "MASTODON_URL", accessToken: "MASTODON_ACCESS_TOKEN" };
const MASTODON_INPUT = { url: "mastodon-url", accessToken: "mastodon-access-token" };
/** What release-tweet asks for: post statuses and media, read its own account and recent statuses (re-run check). */
const MASTODON_SCOPES = "read:accounts read:statuses write:statuses write:media";
const RERUN_IS_SAFE = "Running the job again is safe: each post carries an Idempotency-Key made from the release, and release-tweet looks for the thread among the account's recent posts, so it posts only what is missing.";
const TOKEN = `${MASTODON_ENV.accessToken} (${MASTODON_INPUT.accessToken})`;
const REAUTHORIZE = `Run \`release-tweet authorize --network mastodon --instance URL\` again, or create a token under Preferences → Development → New application with the scopes ${MASTODON_SCOPES}, and update ${TOKEN}.`;
const said = (f) => (f.detail ? `: ${f.detail}` : ".");
const CATALOGUE = {
    EMASTODONCREDENTIALS: {
        what: (f) => `The Mastodon settings are not usable${said(f)}`,
        fix: `Set ${MASTODON_ENV.url} (${MASTODON_INPUT.url}) to your instance, e.g. https://mastodon.social, and ${TOKEN} to an access token of the account.`,
    },
    EMASTODONURL: {
        what: (f) => `The Mastodon instance URL ${f.detail ?? "is not usable"}.`,
        fix: `Set ${MASTODON_ENV.url} (${MASTODON_INPUT.url}) to the instance's address, e.g. https://mastodon.social.`,
    },
    EMASTODONAUTH: {
        what: (f) => `The Mastodon instance did not accept the access token${said(f)}`,
        fix: `The token was revoked, expired, or belongs to another instance than ${MASTODON_ENV.url}. ${REAUTHORIZE}`,
    },
    EMASTODONSCOPE: {
        what: (f) => `The access token may not do this${said(f)}`,
        fix: `The token lacks a scope (posting needs write:statuses). ${REAUTHORIZE}`,
    },
    EMASTODONREJECTED: {
        what: (f) => `Mastodon refused the post${said(f)}`,
        fix: "If it names the character limit, the instance counts differently than it said in /api/v2/instance: please report it with this message. Otherwise change what the message names (visibility, language) and run again.",
    },
    EMASTODONNOTFOUND: {
        what: (f) => `Mastodon could not find what the request names${said(f)}`,
        fix: "A post of the thread was deleted while it was being posted, or the account changed; post the rest by hand or delete the thread and run again.",
    },
    EMASTODONRATELIMITED: {
        what: (f) => `The Mastodon instance's rate limit is used up; it resets ${f.reset ?? "at a time it did not say"}.`,
        fix: `Run the job again after the reset. ${RERUN_IS_SAFE}`,
    },
    EMASTODONOAUTH: {
        what: (f) => `The Mastodon instance refused the authorization${said(f)}`,
        fix: "Authorization codes work once and only for the app that asked: run `release-tweet authorize --network mastodon` again and paste the new code.",
    },
    EMASTODONSERVER: {
        what: (f) => `The Mastodon instance had an error${f.detail ? ` (${f.detail})` : ""}.`,
        fix: `The instance is having trouble; try again later. ${RERUN_IS_SAFE}`,
    },
    EMASTODONBADRESPONSE: {
        what: (f) => `The answer was not what a Mastodon instance sends${f.detail ? ` (${f.detail})` : ""}.`,
        fix: `Check ${MASTODON_ENV.url}: it must be the instance itself (no redirect, not a login page), and any proxy settings. ${RERUN_IS_SAFE}`,
    },
    EMASTODONNETWORK: {
        what: (f) => `Could not reach the Mastodon instance${f.detail ? ` (${f.detail})` : ""}.`,
        fix: `Check the network path to the instance (DNS, firewall, proxy) and ${MASTODON_ENV.url}, then run again. ${RERUN_IS_SAFE}`,
    },
    EMASTODONTIMEOUT: {
        what: (f) => `The Mastodon instance did not answer in time${f.detail ? ` (${f.detail})` : ""}.`,
        fix: `The instance or the network is slow; run again later. ${RERUN_IS_SAFE}`,
    },
};
function mastodonError(code, failure, secrets = []) {
    const entry = CATALOGUE[code];
    const where = [failure.request, failure.status === undefined ? "" : `HTTP ${failure.status}`].filter(Boolean).join(" → ");
    const tries = failure.attempts && failure.attempts > 1 ? `, after ${failure.attempts} attempts` : "";
    const message = `${entry.what(failure)}${where ? ` (${where}${tries})` : ""}`;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseTweetError */ .be(code, (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E)(message, secrets), (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E)(entry.fix, secrets), { docs: "troubleshooting", cause: failure.cause });
}
/** "at … (in N minutes)" from X-RateLimit-Reset (Mastodon sends an ISO 8601 time), or undefined. */
function phraseResetHeader(value, nowMs) {
    const atMs = (0,_core_reset_time_js__WEBPACK_IMPORTED_MODULE_3__/* .plausibleReset */ .vA)(value ? Date.parse(value) : Number.NaN, nowMs);
    return atMs === undefined ? undefined : (0,_core_reset_time_js__WEBPACK_IMPORTED_MODULE_3__/* .phraseReset */ .jk)(atMs, nowMs);
}
/** Maps an HTTP error answer (status, the body's error text, headers) to the catalogue. */
function errorForStatus(request, answer, nowMs, extra = {}) {
    const secrets = extra.secrets ?? [];
    const words = [answer.error, answer.description].filter((w) => typeof w === "string" && w !== "").join(" — ");
    const detail = (0,_core_server_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteServerText */ .h)(words, secrets) || undefined;
    const make = (code, more = {}) => mastodonError(code, { request, status: answer.status, detail, attempts: extra.attempts, ...more }, secrets);
    const { status } = answer;
    if (request.startsWith("POST /oauth/token") && (status === 400 || status === 401))
        return make("EMASTODONOAUTH");
    if (status === 401)
        return make("EMASTODONAUTH");
    if (status === 403)
        return /outside the authorized scopes/i.test(words) ? make("EMASTODONSCOPE") : make("EMASTODONREJECTED");
    if (status === 404)
        return make("EMASTODONNOTFOUND");
    if (status === 429)
        return make("EMASTODONRATELIMITED", { reset: phraseResetHeader(answer.headers?.get("x-ratelimit-reset"), nowMs) });
    if (status >= 500)
        return make("EMASTODONSERVER");
    if (status >= 300 && status < 400)
        return make("EMASTODONBADRESPONSE", { detail: "a redirect, not followed" });
    return make("EMASTODONREJECTED");
}


/***/ }),

/***/ 183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SL: () => (/* binding */ mastodonLength),
/* harmony export */   p4: () => (/* binding */ DEFAULT_MASTODON_LIMITS)
/* harmony export */ });
/* unused harmony export countableText */
/* harmony import */ var twitter_text_dist_extractUrlsWithIndices_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(138);
// How Mastodon counts a status, for the composer: its StatusLengthValidator, in the instance's numbers.
// Mastodon (app/validators/status_length_validator.rb, 4.x): the length is the number of grapheme clusters of
// spoiler_text + countable_text(text), where countable_text replaces every URL that twitter-text's Extractor finds
// with `extract_url_without_protocol: false` (http(s) URLs written with their scheme) by 23 ("x" * URL_PLACEHOLDER_CHARS),
// and every mention "@user@domain" by "@user" (Account::MENTION_RE). Overlapping entities: the first one wins.
// Mastodon uses the twitter-text gem for URLs; this uses the same library's JavaScript port with the same option.

const DEFAULT_MASTODON_LIMITS = { maxCharacters: 500, urlWeight: 23 };
// Account::MENTION_RE: not after "=", "/" or a word character; a username of [a-z0-9_] runs joined by . or -, and an
// optional @domain. Extractor.extract_mentions_or_lists_with_indices skips a match followed by "@" or "://"
// (twitter-text's end_mention_match).
const MENTION = /(?<![=/\p{L}\p{M}\p{N}_])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@[\p{L}\p{M}\p{N}_]+(?:[.-]+[\p{L}\p{M}\p{N}_]+)*)?/giu;
const MENTION_END = /^(?:[@＠]|:\/\/)/u;
let segmenter;
function graphemes(text) {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
    let count = 0;
    for (const _ of segmenter.segment(text))
        count++;
    return count;
}
/** The text Mastodon measures: URLs as `urlWeight` placeholder characters, mentions without their domain. */
function countableText(text, urlWeight = DEFAULT_MASTODON_LIMITS.urlWeight) {
    if (text.trim() === "")
        return "";
    const placeholder = "x".repeat(urlWeight);
    const entities = (0,twitter_text_dist_extractUrlsWithIndices_js__WEBPACK_IMPORTED_MODULE_0__["default"])(text, { extractUrlsWithoutProtocol: false }).map((u) => ({
        start: u.indices[0],
        end: u.indices[1],
        replacement: placeholder,
    }));
    for (const match of text.matchAll(MENTION)) {
        const end = match.index + match[0].length;
        if (MENTION_END.test(text.slice(end)))
            continue;
        entities.push({ start: match.index, end, replacement: `@${match[1]}` });
    }
    // Extractor.remove_overlapping_entities: sorted by start, an entity overlapping the one before is dropped.
    entities.sort((a, b) => a.start - b.start);
    let out = "";
    let from = 0;
    for (const entity of entities) {
        if (entity.start < from)
            continue;
        out += text.slice(from, entity.start) + entity.replacement;
        from = entity.end;
    }
    return out + text.slice(from);
}
/** A status's length as Mastodon counts it (grapheme clusters, URLs as `urlWeight`, mentions without domain). */
function mastodonLength(text, options = {}) {
    return graphemes(`${options.spoilerText ?? ""}${countableText(text, options.urlWeight)}`);
}


/***/ }),

/***/ 238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ blueskyRules),
/* harmony export */   R6: () => (/* binding */ NETWORK_NAME),
/* harmony export */   WN: () => (/* binding */ xRules),
/* harmony export */   rj: () => (/* binding */ mastodonRules)
/* harmony export */ });
/* harmony import */ var _bluesky_rich_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(783);
/* harmony import */ var _mastodon_length_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(183);
/* harmony import */ var _text_x_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(417);
// A network's counting rules, the one thing the composer needs to know about where a post goes: how it counts
// text, its limit, which tokens it turns into links, and whether @handles in the notes would notify someone.



/** Each network's name as people write it. */
const NETWORK_NAME = { x: "X", bluesky: "Bluesky", mastodon: "Mastodon" };
/** X: twitter-text's weighted length (URLs 23, CJK and emoji 2), any valid post up to `maxLength`. */
function xRules(maxLength = 280) {
    return {
        network: "x",
        maxLength,
        length: _text_x_text_js__WEBPACK_IMPORTED_MODULE_2__/* .weightedLength */ .SC,
        fits: (text) => (0,_text_x_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidPost */ .NB)(text, maxLength),
        links: _text_x_text_js__WEBPACK_IMPORTED_MODULE_2__/* .urlRanges */ .Q9,
        mentionsNotify: true,
        linksBareDomains: true,
        linksTags: true,
    };
}
/**
 * Bluesky: graphemes of the text as shown (a long URL is shown shortened, its link facet keeps it whole), at most 300
 * and 3,000 bytes. Links exist only as facets, which are made for http(s) URLs alone: neither a handle nor a file
 * name in the notes can become a mention or a link.
 */
function blueskyRules() {
    return {
        network: "bluesky",
        maxLength: _bluesky_rich_text_js__WEBPACK_IMPORTED_MODULE_0__/* .BLUESKY_LIMITS */ .v4.graphemes,
        length: _bluesky_rich_text_js__WEBPACK_IMPORTED_MODULE_0__/* .blueskyLength */ .w0,
        fits: (text) => text.trim() !== "" && (0,_bluesky_rich_text_js__WEBPACK_IMPORTED_MODULE_0__/* .fitsBluesky */ .mP)(text),
        links: (text) => (0,_bluesky_rich_text_js__WEBPACK_IMPORTED_MODULE_0__/* .findLinks */ .t5)(text).map((link) => [link.start, link.end]),
        mentionsNotify: false,
        linksBareDomains: false,
        // Tags become links only as facets, and the client makes none for them.
        linksTags: false,
    };
}
/**
 * Mastodon: as the instance counts (grapheme clusters, each URL as `urlWeight`, a mention without its domain) up to
 * the instance's limit. It links only URLs with a scheme, but an @handle would notify an account of that name.
 */
function mastodonRules(limits = _mastodon_length_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MASTODON_LIMITS */ .p4) {
    const length = (text) => (0,_mastodon_length_js__WEBPACK_IMPORTED_MODULE_1__/* .mastodonLength */ .SL)(text, { urlWeight: limits.urlWeight });
    return {
        network: "mastodon",
        maxLength: limits.maxCharacters,
        length,
        fits: (text) => text.trim() !== "" && length(text) <= limits.maxCharacters,
        links: _text_x_text_js__WEBPACK_IMPORTED_MODULE_2__/* .urlRanges */ .Q9,
        mentionsNotify: true,
        linksBareDomains: false,
        linksTags: true,
    };
}


/***/ }),

/***/ 417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ mentionOffsets),
/* harmony export */   NB: () => (/* binding */ isValidPost),
/* harmony export */   Q9: () => (/* binding */ urlRanges),
/* harmony export */   SC: () => (/* binding */ weightedLength),
/* harmony export */   dK: () => (/* binding */ tagOffsets)
/* harmony export */ });
/* harmony import */ var twitter_text_dist_parseTweet_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(974);
/* harmony import */ var twitter_text_dist_configs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(549);
/* harmony import */ var twitter_text_dist_extractUrlsWithIndices_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(138);
/* harmony import */ var twitter_text_dist_extractMentionsOrListsWithIndices_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31);
/* harmony import */ var twitter_text_dist_extractHashtagsWithIndices_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(737);
/* harmony import */ var twitter_text_dist_extractCashtagsWithIndices_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(978);
// X's weighted length, through twitter-text. The only module that imports twitter-text.
// Imports the files it needs rather than the package root: the same code with identical results, about 40% less
// load time and half the heap.






/** X's weighted length (config v3: URL = 23, CJK/emoji = 2, text NFC-normalized first). */
function weightedLength(text) {
    return (0,twitter_text_dist_parseTweet_js__WEBPACK_IMPORTED_MODULE_0__["default"])(text).weightedLength;
}
/** Whether X accepts this text as one post under `maxLength` (no invalid characters, not empty, not too long). */
function isValidPost(text, maxLength) {
    return (0,twitter_text_dist_parseTweet_js__WEBPACK_IMPORTED_MODULE_0__["default"])(text, { ...twitter_text_dist_configs_js__WEBPACK_IMPORTED_MODULE_1__["default"].defaults, maxWeightedTweetLength: maxLength }).valid;
}
/** The URLs twitter-text sees in the text (each counts 23), as UTF-16 [start, end) ranges. */
function urlRanges(text) {
    return (0,twitter_text_dist_extractUrlsWithIndices_js__WEBPACK_IMPORTED_MODULE_2__["default"])(text).map((entity) => entity.indices);
}
/** Where X would see an @mention (outside URLs), as UTF-16 offsets of the "@". */
function mentionOffsets(text) {
    const urls = urlRanges(text);
    return (0,twitter_text_dist_extractMentionsOrListsWithIndices_js__WEBPACK_IMPORTED_MODULE_3__["default"])(text)
        .map((entity) => entity.indices[0])
        .filter((at) => !urls.some(([start, end]) => at >= start && at < end));
}
/** Where X would see a #hashtag or a $cashtag ("$TERM" links to a stock ticker), as UTF-16 offsets of the sigil. */
function tagOffsets(text) {
    if (!text.includes("#") && !text.includes("$") && !text.includes("\uFF03"))
        return [];
    return [...(0,twitter_text_dist_extractHashtagsWithIndices_js__WEBPACK_IMPORTED_MODULE_4__["default"])(text), ...(0,twitter_text_dist_extractCashtagsWithIndices_js__WEBPACK_IMPORTED_MODULE_5__["default"])(text)].map((entity) => entity.indices[0]).sort((a, b) => a - b);
}


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
/* unused harmony exports THREAD_OFF, REPLIES_RESTRICTED, quoteX, describeBody, rateLimitReset */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _core_reset_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(804);
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
/** An epoch-seconds header as epoch ms, or undefined when it is not whole seconds of a plausible reset. */
function resetHeader(value, nowMs) {
    const text = value?.trim() ?? "";
    if (!/^\d{1,12}$/.test(text))
        return undefined;
    const atMs = Number(text) * 1000;
    return (0,_core_reset_time_js__WEBPACK_IMPORTED_MODULE_4__/* .plausibleReset */ .vA)(atMs, nowMs);
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
        return make("EXRATELIMITED", reset ? { reset: (0,_core_reset_time_js__WEBPACK_IMPORTED_MODULE_4__/* .phraseReset */ .jk)(reset.atMs, nowMs), limit: reset.limit } : {});
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
