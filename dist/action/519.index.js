export const id = 519;
export const ids = [519];
export const modules = {

/***/ 9519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDispatcher: () => (/* binding */ createDispatcher),
/* harmony export */   readProxySettings: () => (/* binding */ readProxySettings)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6752);
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
        const dispatcher = new undici__WEBPACK_IMPORTED_MODULE_0__/* .EnvHttpProxyAgent */ .J2({
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
            dispatcher: new undici__WEBPACK_IMPORTED_MODULE_0__/* .EnvHttpProxyAgent */ .J2({ httpProxy: "", httpsProxy: "", noProxy: "" }),
            warning: `${names} could not be used as a proxy (expected http://host:port); connecting directly.`,
            route: "direct (a proxy variable is not usable)",
        };
    }
}


/***/ })

};
