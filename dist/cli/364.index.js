export const id = 364;
export const ids = [364,983];
export const modules = {

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


/***/ })

};
