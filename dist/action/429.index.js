export const id = 429;
export const ids = [429];
export const modules = {

/***/ 8229:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;
function fixProto(target, prototype) {
  var setPrototypeOf = Object.setPrototypeOf;
  setPrototypeOf ? setPrototypeOf(target, prototype) : target.__proto__ = prototype;
}
function fixStack(target, fn) {
  if (fn === void 0) {
    fn = target.constructor;
  }

  var captureStackTrace = Error.captureStackTrace;
  captureStackTrace && captureStackTrace(target, fn);
}

var __extends =  false || function () {
  var _extendStatics = function extendStatics(d, b) {
    _extendStatics = Object.setPrototypeOf || {
      __proto__: []
    } instanceof Array && function (d, b) {
      d.__proto__ = b;
    } || function (d, b) {
      for (var p in b) {
        if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p];
      }
    };

    return _extendStatics(d, b);
  };

  return function (d, b) {
    if (typeof b !== "function" && b !== null) throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");

    _extendStatics(d, b);

    function __() {
      this.constructor = d;
    }

    d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
  };
}();

var CustomError = function (_super) {
  __extends(CustomError, _super);

  function CustomError(message, options) {
    var _newTarget = this.constructor;

    var _this = _super.call(this, message, options) || this;

    Object.defineProperty(_this, 'name', {
      value: _newTarget.name,
      enumerable: false,
      configurable: true
    });
    fixProto(_this, _newTarget.prototype);
    fixStack(_this);
    return _this;
  }

  return CustomError;
}(Error);

var __spreadArray =  false || function (to, from, pack) {
  if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
    if (ar || !(i in from)) {
      if (!ar) ar = Array.prototype.slice.call(from, 0, i);
      ar[i] = from[i];
    }
  }
  return to.concat(ar || Array.prototype.slice.call(from));
};
function customErrorFactory(fn, parent) {
  if (parent === void 0) {
    parent = Error;
  }

  function CustomError() {
    var args = [];

    for (var _i = 0; _i < arguments.length; _i++) {
      args[_i] = arguments[_i];
    }

    if (!(this instanceof CustomError)) return new (CustomError.bind.apply(CustomError, __spreadArray([void 0], args, false)))();
    parent.apply(this, args);
    Object.defineProperty(this, 'name', {
      value: fn.name || parent.name,
      enumerable: false,
      configurable: true
    });
    fn.apply(this, args);
    fixStack(this, CustomError);
  }

  return Object.defineProperties(CustomError, {
    prototype: {
      value: Object.create(parent.prototype, {
        constructor: {
          value: CustomError,
          writable: true,
          configurable: true
        }
      })
    }
  });
}

exports.e = CustomError;
__webpack_unused_export__ = customErrorFactory;
//# sourceMappingURL=custom-error.js.map


/***/ }),

/***/ 5810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jq: () => (/* binding */ createOAuthAPIClient),
  S9: () => (/* binding */ createRestAPIClient)
});

// UNUSED EXPORTS: createStreamingAPIClient

;// CONCATENATED MODULE: ./node_modules/change-case/dist/index.js
// Regexps involved with splitting words in various case formats.
const SPLIT_LOWER_UPPER_RE = /([\p{Ll}\d])(\p{Lu})/gu;
const SPLIT_UPPER_UPPER_RE = /(\p{Lu})([\p{Lu}][\p{Ll}])/gu;
// Used to iterate over the initial split result and separate numbers.
const SPLIT_SEPARATE_NUMBER_RE = /(\d)\p{Ll}|(\p{L})\d/u;
// Regexp involved with stripping non-word characters from the result.
const DEFAULT_STRIP_REGEXP = /[^\p{L}\d]+/giu;
// The replacement value for splits.
const SPLIT_REPLACE_VALUE = "$1\0$2";
// The default characters to keep after transforming case.
const DEFAULT_PREFIX_SUFFIX_CHARACTERS = "";
/**
 * Split any cased input strings into an array of words.
 */
function split(value) {
    let result = value.trim();
    result = result
        .replace(SPLIT_LOWER_UPPER_RE, SPLIT_REPLACE_VALUE)
        .replace(SPLIT_UPPER_UPPER_RE, SPLIT_REPLACE_VALUE);
    result = result.replace(DEFAULT_STRIP_REGEXP, "\0");
    let start = 0;
    let end = result.length;
    // Trim the delimiter from around the output string.
    while (result.charAt(start) === "\0")
        start++;
    if (start === end)
        return [];
    while (result.charAt(end - 1) === "\0")
        end--;
    return result.slice(start, end).split(/\0/g);
}
/**
 * Split the input string into an array of words, separating numbers.
 */
function splitSeparateNumbers(value) {
    const words = split(value);
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const match = SPLIT_SEPARATE_NUMBER_RE.exec(word);
        if (match) {
            const offset = match.index + (match[1] ?? match[2]).length;
            words.splice(i, 1, word.slice(0, offset), word.slice(offset));
        }
    }
    return words;
}
/**
 * Convert a string to space separated lower case (`foo bar`).
 */
function noCase(input, options) {
    const [prefix, words, suffix] = splitPrefixSuffix(input, options);
    return (prefix +
        words.map(lowerFactory(options?.locale)).join(options?.delimiter ?? " ") +
        suffix);
}
/**
 * Convert a string to camel case (`fooBar`).
 */
function camelCase(input, options) {
    const [prefix, words, suffix] = splitPrefixSuffix(input, options);
    const lower = lowerFactory(options?.locale);
    const upper = upperFactory(options?.locale);
    const transform = options?.mergeAmbiguousCharacters
        ? capitalCaseTransformFactory(lower, upper)
        : pascalCaseTransformFactory(lower, upper);
    return (prefix +
        words
            .map((word, index) => {
            if (index === 0)
                return lower(word);
            return transform(word, index);
        })
            .join(options?.delimiter ?? "") +
        suffix);
}
/**
 * Convert a string to pascal case (`FooBar`).
 */
function pascalCase(input, options) {
    const [prefix, words, suffix] = splitPrefixSuffix(input, options);
    const lower = lowerFactory(options?.locale);
    const upper = upperFactory(options?.locale);
    const transform = options?.mergeAmbiguousCharacters
        ? capitalCaseTransformFactory(lower, upper)
        : pascalCaseTransformFactory(lower, upper);
    return prefix + words.map(transform).join(options?.delimiter ?? "") + suffix;
}
/**
 * Convert a string to pascal snake case (`Foo_Bar`).
 */
function pascalSnakeCase(input, options) {
    return capitalCase(input, { delimiter: "_", ...options });
}
/**
 * Convert a string to capital case (`Foo Bar`).
 */
function capitalCase(input, options) {
    const [prefix, words, suffix] = splitPrefixSuffix(input, options);
    const lower = lowerFactory(options?.locale);
    const upper = upperFactory(options?.locale);
    return (prefix +
        words
            .map(capitalCaseTransformFactory(lower, upper))
            .join(options?.delimiter ?? " ") +
        suffix);
}
/**
 * Convert a string to constant case (`FOO_BAR`).
 */
function constantCase(input, options) {
    const [prefix, words, suffix] = splitPrefixSuffix(input, options);
    return (prefix +
        words.map(upperFactory(options?.locale)).join(options?.delimiter ?? "_") +
        suffix);
}
/**
 * Convert a string to dot case (`foo.bar`).
 */
function dotCase(input, options) {
    return noCase(input, { delimiter: ".", ...options });
}
/**
 * Convert a string to kebab case (`foo-bar`).
 */
function kebabCase(input, options) {
    return noCase(input, { delimiter: "-", ...options });
}
/**
 * Convert a string to path case (`foo/bar`).
 */
function pathCase(input, options) {
    return noCase(input, { delimiter: "/", ...options });
}
/**
 * Convert a string to path case (`Foo bar`).
 */
function sentenceCase(input, options) {
    const [prefix, words, suffix] = splitPrefixSuffix(input, options);
    const lower = lowerFactory(options?.locale);
    const upper = upperFactory(options?.locale);
    const transform = capitalCaseTransformFactory(lower, upper);
    return (prefix +
        words
            .map((word, index) => {
            if (index === 0)
                return transform(word);
            return lower(word);
        })
            .join(options?.delimiter ?? " ") +
        suffix);
}
/**
 * Convert a string to snake case (`foo_bar`).
 */
function snakeCase(input, options) {
    return noCase(input, { delimiter: "_", ...options });
}
/**
 * Convert a string to header case (`Foo-Bar`).
 */
function trainCase(input, options) {
    return capitalCase(input, { delimiter: "-", ...options });
}
function lowerFactory(locale) {
    return locale === false
        ? (input) => input.toLowerCase()
        : (input) => input.toLocaleLowerCase(locale);
}
function upperFactory(locale) {
    return locale === false
        ? (input) => input.toUpperCase()
        : (input) => input.toLocaleUpperCase(locale);
}
function capitalCaseTransformFactory(lower, upper) {
    return (word) => `${upper(word[0])}${lower(word.slice(1))}`;
}
function pascalCaseTransformFactory(lower, upper) {
    return (word, index) => {
        const char0 = word[0];
        const initial = index > 0 && char0 >= "0" && char0 <= "9" ? "_" + char0 : upper(char0);
        return initial + lower(word.slice(1));
    };
}
function splitPrefixSuffix(input, options = {}) {
    const splitFn = options.split ?? (options.separateNumbers ? splitSeparateNumbers : split);
    const prefixCharacters = options.prefixCharacters ?? DEFAULT_PREFIX_SUFFIX_CHARACTERS;
    const suffixCharacters = options.suffixCharacters ?? DEFAULT_PREFIX_SUFFIX_CHARACTERS;
    let prefixIndex = 0;
    let suffixIndex = input.length;
    while (prefixIndex < input.length) {
        const char = input.charAt(prefixIndex);
        if (!prefixCharacters.includes(char))
            break;
        prefixIndex++;
    }
    while (suffixIndex > prefixIndex) {
        const index = suffixIndex - 1;
        const char = input.charAt(index);
        if (!suffixCharacters.includes(char))
            break;
        suffixIndex = index;
    }
    return [
        input.slice(0, prefixIndex),
        splitFn(input.slice(prefixIndex, suffixIndex)),
        input.slice(suffixIndex),
    ];
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/masto/dist/utils/sleep.js
const sleep = (ms) => new Promise((resolve) => setTimeout(() => resolve(), ms));

;// CONCATENATED MODULE: ./node_modules/masto/dist/utils/is-record.js
const isRecord = (x) => typeof x === "object" && x !== null && x.constructor.name === "Object";

// EXTERNAL MODULE: ./node_modules/masto/dist/adapters/errors/masto-timeout-error.js
var masto_timeout_error = __webpack_require__(3282);
// EXTERNAL MODULE: ./node_modules/masto/dist/adapters/errors/masto-http-error.js
var masto_http_error = __webpack_require__(3495);
;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/action/dispatcher-http-hook-mastodon.js



function isHttpActionType(actionType) {
    return ["fetch", "create", "update", "remove", "list"].includes(actionType);
}
function toHttpActionType(action) {
    if (isHttpActionType(action)) {
        return action;
    }
    switch (action) {
        case "lookup":
        case "verify_credentials": {
            return "fetch";
        }
        case "update_credentials": {
            return "update";
        }
        default: {
            return "create";
        }
    }
}
function inferEncoding(action, path) {
    if ((action === "create" && path === "/api/v1/accounts") ||
        (action === "update" && path === "/api/v1/accounts/update_credentials") ||
        (action === "create" && path === "/api/v1/email") ||
        (action === "create" && path === "/api/v1/featured_tag") ||
        (action === "create" && path === "/api/v1/media") ||
        (action === "create" && path === "/api/v2/media") ||
        (action === "update" && path === "/api/v1/profile")) {
        return "multipart-form";
    }
    return "json";
}
async function waitForMediaAttachment(id, timeout, http) {
    let media;
    const signal = AbortSignal.timeout(timeout);
    while (!media) {
        if (signal.aborted) {
            throw new masto_timeout_error/* MastoTimeoutError */.Y(`Media processing timed out of ${timeout}ms`);
        }
        try {
            await sleep(1000);
            const processing = await http
                .get(`/api/v1/media/${id}`)
                .then((r) => r.data);
            if (processing.url) {
                media = processing;
            }
        }
        catch (error) {
            if (error instanceof masto_http_error/* MastoHttpError */.T && error.statusCode === 404) {
                continue;
            }
            throw error;
        }
    }
    return media;
}
class HttpActionDispatcherHookMastodon {
    http;
    mediaTimeout;
    constructor(http, mediaTimeout = 1000 * 60) {
        this.http = http;
        this.mediaTimeout = mediaTimeout;
    }
    beforeDispatch(action) {
        const type = toHttpActionType(action.type);
        const path = isHttpActionType(action.type)
            ? action.path
            : action.path + "/" + snakeCase(action.type);
        const encoding = inferEncoding(type, path);
        const meta = { ...action.meta, encoding };
        return { ...action, type, path, meta };
    }
    dispatch(action) {
        if (action.type === "update" &&
            action.path === "/api/v1/accounts/update_credentials") {
            return this.http
                .patch(action.path, action.data, action.meta)
                .then((r) => r.data);
        }
        return false;
    }
    afterDispatch(action, _result) {
        if (action.type === "create" && action.path === "/api/v2/media") {
            if (isRecord(action.data) && action.data?.skipPolling === true) {
                return _result;
            }
            if (action.raw) {
                const result = _result;
                return waitForMediaAttachment(result.data.id, this.mediaTimeout, this.http).then((data) => ({
                    headers: result.headers,
                    data,
                }));
            }
            else {
                const result = _result;
                return waitForMediaAttachment(result.id, this.mediaTimeout, this.http);
            }
        }
        return _result;
    }
}

;// CONCATENATED MODULE: ./node_modules/masto/dist/utils/link-header.js
const parseLinkHeader = (linkHeader) => {
    const links = new Map();
    for (const link of linkHeader.split(",")) {
        const match = link.match(/<([^>]+)>;\s*rel="([^"]+)"/);
        if (match) {
            links.set(match[2], match[1]);
        }
    }
    return links;
};

;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/action/paginator-http.js

class PaginatorHttp {
    http;
    raw;
    path;
    params;
    meta;
    direction;
    constructor(http, raw, path, params, meta, direction = "next") {
        this.http = http;
        this.raw = raw;
        this.path = path;
        this.params = params;
        this.meta = meta;
        this.direction = direction;
    }
    async *values() {
        let path = this.path;
        let params = this.params;
        while (path != undefined) {
            const response = await this.http.request({
                method: "GET",
                path,
                search: params,
                ...this.meta,
            });
            const nextUrl = this.getLink(response.headers.get("link"));
            path = nextUrl?.pathname;
            params = nextUrl?.search.replace(/^\?/, "");
            const data = (this.raw ? response : response.data);
            yield data;
        }
    }
    then(onfulfilled = Promise.resolve.bind(Promise), onrejected = Promise.reject.bind(Promise)) {
        return this.values()
            .next()
            .then((value) => onfulfilled(value.value), onrejected);
    }
    getDirection() {
        return this.direction;
    }
    setDirection(direction) {
        return new PaginatorHttp(this.http, this.raw, this.path, this.params, this.meta, direction);
    }
    [Symbol.asyncIterator]() {
        return this.values();
    }
    getLink(value) {
        if (!value) {
            return;
        }
        const parsed = parseLinkHeader(value).get(this.direction);
        if (!parsed) {
            return;
        }
        return new URL(parsed);
    }
}

;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/action/dispatcher-http.js

class HttpActionDispatcher {
    http;
    hook;
    constructor(http, hook) {
        this.http = http;
        this.hook = hook;
    }
    dispatch(action) {
        if (this.hook) {
            action = this.hook.beforeDispatch(action);
        }
        let result = this.hook.dispatch(action);
        if (result !== false) {
            return result;
        }
        switch (action.type) {
            case "fetch": {
                result = this.http
                    .get(action.path, action.data, action.meta)
                    .then((r) => (action.raw ? r : r.data));
                break;
            }
            case "create": {
                result = this.http
                    .post(action.path, action.data, action.meta)
                    .then((r) => (action.raw ? r : r.data));
                break;
            }
            case "update": {
                result = this.http
                    .put(action.path, action.data, action.meta)
                    .then((r) => (action.raw ? r : r.data));
                break;
            }
            case "remove": {
                result = this.http
                    .delete(action.path, action.data, action.meta)
                    .then((r) => (action.raw ? r : r.data));
                break;
            }
            case "list": {
                result = new PaginatorHttp(this.http, action.raw, action.path, action.data);
                break;
            }
        }
        /* eslint-disable unicorn/prefer-ternary */
        if (result instanceof Promise) {
            return result.then((result) => this.hook?.afterDispatch(action, result));
        }
        else {
            return this.hook.afterDispatch(action, result);
        }
        /* eslint-enable unicorn/prefer-ternary */
    }
}

;// CONCATENATED MODULE: ./node_modules/masto/dist/utils/noop.js
function noop() {
    //
}

;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/action/proxy.js


const proxy_createActionProxy = (actionDispatcher, options = {}) => {
    const { context = [], applicable = false } = options;
    let target = {};
    const handler = {
        get: get(actionDispatcher, context),
    };
    if (applicable) {
        target = noop;
        handler.apply = apply(actionDispatcher, context);
    }
    return new Proxy(target, handler);
};
const SPECIAL_PROPERTIES = new Set([
    "then",
    "catch",
    "finally",
    "inspect",
    "toString",
    "valueOf",
    "toJSON",
    "constructor",
    "prototype",
    "length",
    "name",
    "caller",
    "callee",
    "arguments",
    "bind",
    "apply",
    "call",
]);
const get = (actionDispatcher, context) => (_, property) => {
    if (typeof property === "string" && SPECIAL_PROPERTIES.has(property)) {
        return;
    }
    if (property === Symbol.dispose) {
        return actionDispatcher[Symbol.dispose];
    }
    if (typeof property === "symbol") {
        return;
    }
    if (property.startsWith("$")) {
        return proxy_createActionProxy(actionDispatcher, {
            context: [...context, property],
            applicable: true,
        });
    }
    return proxy_createActionProxy(actionDispatcher, {
        context: [...context, snakeCase(property)],
        applicable: true,
    });
};
const apply = (actionDispatcher, context) => (_1, _2, args) => {
    let action = context.pop();
    let raw = false;
    if (action === "$select") {
        return proxy_createActionProxy(actionDispatcher, {
            context: [...context, ...args],
            applicable: true,
        });
    }
    if (action === "$raw") {
        action = context.pop();
        raw = true;
    }
    /* c8 ignore next 3 */
    if (!action) {
        throw new Error("No action specified");
    }
    const path = "/" + context.join("/");
    const [data, meta] = args;
    return actionDispatcher.dispatch({
        type: action,
        path,
        data,
        meta: meta,
        raw,
    });
};

;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/config/merge-headers-init.js
const mergeHeadersInit = ([head, ...tail]) => {
    const headers = new Headers(head);
    for (const entry of tail) {
        for (const [key, value] of new Headers(entry).entries()) {
            headers.set(key, value);
        }
    }
    return headers;
};

;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/config/http-config.js

class HttpConfigImpl {
    props;
    serializer;
    constructor(props, serializer) {
        this.props = props;
        this.serializer = serializer;
    }
    mergeRequestInitWithDefaults(override = {}) {
        const requestInit = { ...this.props.requestInit };
        // Merge
        {
            const { headers, signal, ...rest } = override;
            Object.assign(requestInit, rest);
            requestInit.headers = this.mergeHeadersWithDefaults(headers);
            requestInit.signal = this.mergeAbortSignalWithDefaults(signal);
        }
        return requestInit;
    }
    resolvePath(path, params) {
        const url = new URL(path, this.props.url);
        if (typeof params === "string") {
            url.search = params;
        }
        else if (params) {
            url.search = this.serializer.serialize("querystring", params);
        }
        return url;
    }
    mergeHeadersWithDefaults(override = {}) {
        const headersInit = mergeHeadersInit([
            this.props.requestInit?.headers ?? {},
            override,
        ]);
        const headers = new Headers(headersInit);
        if (this.props.accessToken) {
            headers.set("Authorization", `Bearer ${this.props.accessToken}`);
        }
        return new Headers(headers);
    }
    mergeAbortSignalWithDefaults(signal) {
        const signals = [];
        if (this.props.timeout) {
            signals.push(AbortSignal.timeout(this.props.timeout));
        }
        if (this.props.requestInit?.signal) {
            signals.push(this.props.requestInit.signal);
        }
        if (signal) {
            signals.push(signal);
        }
        return AbortSignal.any(signals);
    }
}

// EXTERNAL MODULE: ./node_modules/ts-custom-error/dist/custom-error.js
var custom_error = __webpack_require__(8229);
;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/errors/masto-unexpected-error.js

class MastoUnexpectedError extends custom_error/* CustomError */.e {
}

;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/http/base-http.js
class BaseHttp {
    get(path, data, meta = {}) {
        return this.request({
            method: "GET",
            path,
            search: data,
            ...meta,
        });
    }
    post(path, data, meta = {}) {
        return this.request({
            method: "POST",
            path,
            body: data,
            ...meta,
        });
    }
    delete(path, data, meta = {}) {
        return this.request({
            method: "DELETE",
            path,
            body: data,
            ...meta,
        });
    }
    put(path, data, meta = {}) {
        return this.request({
            method: "PUT",
            path,
            body: data,
            ...meta,
        });
    }
    patch(path, data, meta = {}) {
        return this.request({
            method: "PATCH",
            path,
            body: data,
            ...meta,
        });
    }
}

;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/http/get-encoding.js
const getEncoding = (headers) => {
    const contentType = headers.get("Content-Type")?.replace(/\s*;.*$/, "");
    if (typeof contentType !== "string") {
        return;
    }
    switch (contentType) {
        case "application/json": {
            return "json";
        }
        case "multipart/form-data": {
            return "multipart-form";
        }
        case "text/html": {
            return "html";
        }
        default: {
            return;
        }
    }
};

;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/http/http-native-impl.js



class HttpNativeImpl extends BaseHttp {
    serializer;
    config;
    logger;
    constructor(serializer, config, logger) {
        super();
        this.serializer = serializer;
        this.config = config;
        this.logger = logger;
    }
    async request(params) {
        const request = this.createRequest(params);
        try {
            this.logger?.log("info", `↑ ${request.method} ${request.url}`);
            this.logger?.log("debug", "\tbody", {
                encoding: params.encoding,
                body: params.body,
            });
            const response = await fetch(request);
            if (!response.ok) {
                throw response;
            }
            const text = await response.text();
            const encoding = getEncoding(response.headers);
            if (!encoding) {
                throw new MastoUnexpectedError("The server returned data with an unknown encoding.");
            }
            const data = this.serializer.deserialize(encoding, text);
            this.logger?.log("info", `↓ ${request.method} ${request.url}`);
            this.logger?.log("debug", "\tbody", text);
            return {
                headers: response.headers,
                data: data,
            };
        }
        catch (error) {
            this.logger?.log("debug", `HTTP failed`, error);
            throw await this.createError(error);
        }
    }
    createRequest(params) {
        const { method, path, search, encoding = "json", requestInit = {}, } = params;
        const url = this.config.resolvePath(path, search);
        const body = this.serializer.serialize(encoding, params.body);
        const init = this.config.mergeRequestInitWithDefaults(requestInit);
        const request = new Request(url, {
            method,
            body,
            ...init,
        });
        if (typeof body === "string" && encoding === "json") {
            request.headers.set("Content-Type", "application/json");
        }
        return request;
    }
    async createError(error) {
        if (error instanceof Response) {
            const encoding = getEncoding(error.headers);
            if (!encoding) {
                throw new MastoUnexpectedError("The server returned data with an unknown encoding. The server may be down.");
            }
            const data = this.serializer.deserialize(encoding, await error.text());
            const { error: message, errorDescription, details, ...additionalProperties } = data;
            return new masto_http_error/* MastoHttpError */.T({
                statusCode: error.status,
                message: message,
                description: errorDescription,
                details: details,
                additionalProperties,
            }, { cause: error });
        }
        if (error instanceof DOMException && error.name === "TimeoutError") {
            return new masto_timeout_error/* MastoTimeoutError */.Y(`Request timed out`, { cause: error });
        }
        /* c8 ignore next */
        return error;
    }
}

;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/logger/log-level.js
/* eslint-disable unicorn/prefer-math-trunc */
const LOG_TYPES = Object.freeze({
    DEBUG: 1 << 0,
    INFO: 1 << 1,
    WARN: 1 << 2,
    ERROR: 1 << 3,
});
class LogLevel {
    level;
    constructor(level) {
        this.level = level;
    }
    satisfies(type) {
        switch (type) {
            case "debug": {
                return Boolean(this.level & LOG_TYPES.DEBUG);
            }
            case "info": {
                return Boolean(this.level & LOG_TYPES.INFO);
            }
            case "warn": {
                return Boolean(this.level & LOG_TYPES.WARN);
            }
            case "error": {
                return Boolean(this.level & LOG_TYPES.ERROR);
            }
        }
    }
    static from(type) {
        switch (type) {
            case "debug": {
                return new LogLevel(LOG_TYPES.DEBUG | LOG_TYPES.INFO | LOG_TYPES.WARN | LOG_TYPES.ERROR);
            }
            case "info": {
                return new LogLevel(LOG_TYPES.INFO | LOG_TYPES.WARN | LOG_TYPES.ERROR);
            }
            case "warn": {
                return new LogLevel(LOG_TYPES.WARN | LOG_TYPES.ERROR);
            }
            case "error": {
                return new LogLevel(LOG_TYPES.ERROR);
            }
        }
    }
}

;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/logger/logger-console-impl.js
class LoggerConsoleImpl {
    level;
    constructor(level) {
        this.level = level;
    }
    log(type, message, meta) {
        if (!this.level.satisfies(type)) {
            return;
        }
        const args = meta == undefined ? [message] : [message, meta];
        switch (type) {
            case "debug": {
                console.debug(...args);
                return;
            }
            case "info": {
                console.info(...args);
                return;
            }
            case "warn": {
                console.warn(...args);
                return;
            }
            case "error": {
                console.error(...args);
                return;
            }
        }
    }
}

;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/logger/factory.js


const factory_createLogger = (type) => {
    const level = LogLevel.from(type ?? "warn");
    return new LoggerConsoleImpl(level);
};

;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/errors/masto-deserialize-error.js

class MastoDeserializeError extends custom_error/* CustomError */.e {
    contentType;
    data;
    constructor(message, contentType, data, options) {
        super(message, options);
        this.contentType = contentType;
        this.data = data;
    }
}

;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/serializers/flatten.js

const ObjectFlattener = (keyMapper) => {
    const flatten = (object, parent = "") => {
        if (Array.isArray(object)) {
            return object.flatMap((value, i) => flatten(value, parent == "" ? i.toString() : keyMapper.onArray(parent, i)));
        }
        if (isRecord(object)) {
            return Object.entries(object).flatMap(([key, value]) => flatten(value, parent === "" ? key : keyMapper.onObject(parent, key)));
        }
        return [[parent, object]];
    };
    return flatten;
};
const flattenForFormData = (object) => {
    const flatten = ObjectFlattener({
        onArray: (parent, index) => `${parent}[${index}]`,
        onObject: (parent, key) => `${parent}[${key}]`,
    });
    return Object.fromEntries(flatten(object));
};
const flattenForRailsQueryString = (object) => {
    const flatten = ObjectFlattener({
        onArray: (parent) => `${parent}[]`,
        onObject: (parent, key) => `${parent}[${key}]`,
    });
    return flatten(object)
        .filter(([, v]) => v != undefined)
        .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
        .join("&");
};

;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/serializers/transform-keys.js

const _transformKeys = (data, transform) => {
    if (Array.isArray(data)) {
        return data.map((value) => _transformKeys(value, transform));
    }
    if (isRecord(data)) {
        return Object.fromEntries(Object.entries(data).map(([key, value]) => [
            transform(key),
            _transformKeys(value, transform),
        ]));
    }
    return data;
};
const transformKeys = (data, transform) => {
    const f = (key) => {
        // `PATCH /v1/preferences` uses `:` as a delimiter
        if (key.includes(":"))
            return key;
        // `PATCH /v2/filters` uses _destroy as a special key
        if (key.startsWith("_"))
            return key;
        return transform(key);
    };
    return _transformKeys(data, f);
};

;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/serializers/serializer-native-impl.js




class serializer_native_impl_SerializerNativeImpl {
    serialize(type, rawData) {
        const data = transformKeys(rawData, snakeCase);
        switch (type) {
            case "json": {
                return JSON.stringify(data);
            }
            case "multipart-form": {
                const formData = new FormData();
                for (const [key, value] of Object.entries(flattenForFormData(data))) {
                    formData.append(key, value);
                }
                return formData;
            }
            case "querystring": {
                return flattenForRailsQueryString(data);
            }
            default: {
                throw new MastoUnexpectedError(`Unknown content type ${type} to serialize.`);
            }
        }
    }
    deserialize(type, data) {
        switch (type) {
            case "json": {
                try {
                    return transformKeys(JSON.parse(data), camelCase);
                }
                catch {
                    throw new MastoDeserializeError(`Malformed JSON ${data} returned from the server.`, type, data);
                }
            }
            case "html": {
                // Mastodon bug? https://github.com/neet/masto.js/issues/1424
                return undefined;
            }
            default: {
                throw new MastoDeserializeError(`Unknown content type ${type} returned from the server.`, type, data);
            }
        }
    }
}

;// CONCATENATED MODULE: ./node_modules/masto/dist/adapters/clients.js







const createRestAPIClient = (props) => {
    const serializer = new serializer_native_impl_SerializerNativeImpl();
    const config = new HttpConfigImpl(props, serializer);
    const logger = factory_createLogger(props.log);
    const http = new HttpNativeImpl(serializer, config, logger);
    const hook = new HttpActionDispatcherHookMastodon(http, props.mediaTimeout);
    const actionDispatcher = new HttpActionDispatcher(http, hook);
    const actionProxy = proxy_createActionProxy(actionDispatcher, {
        context: ["api"],
    });
    return actionProxy;
};
const createOAuthAPIClient = (props) => {
    const serializer = new serializer_native_impl_SerializerNativeImpl();
    const config = new HttpConfigImpl(props, serializer);
    const logger = factory_createLogger(props.log);
    const http = new HttpNativeImpl(serializer, config, logger);
    const hook = new HttpActionDispatcherHookMastodon(http);
    const actionDispatcher = new HttpActionDispatcher(http, hook);
    const actionProxy = proxy_createActionProxy(actionDispatcher, {
        context: ["oauth"],
    });
    return actionProxy;
};
function createStreamingAPIClient(props) {
    const serializer = new SerializerNativeImpl();
    const config = new WebSocketConfigImpl(props, serializer);
    const logger = createLogger(props.log);
    const connector = new WebSocketConnectorImpl({
        constructorParameters: [
            config.resolvePath("/api/v1/streaming"),
            config.getProtocols(),
        ],
        implementation: props.implementation,
        maxAttempts: config.getMaxAttempts(),
    }, logger);
    const counter = new WebSocketSubscriptionCounterImpl();
    const actionDispatcher = new WebSocketActionDispatcher(connector, counter, serializer, logger);
    const actionProxy = createActionProxy(actionDispatcher);
    return actionProxy;
}


/***/ }),

/***/ 3495:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ MastoHttpError)
/* harmony export */ });
/* harmony import */ var ts_custom_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8229);

class MastoHttpError extends ts_custom_error__WEBPACK_IMPORTED_MODULE_0__/* .CustomError */ .e {
    statusCode;
    description;
    details;
    additionalProperties;
    constructor(props, errorOptions) {
        super(props.message, errorOptions);
        this.statusCode = props.statusCode;
        this.message = props.message;
        this.description = props.description;
        this.additionalProperties = props.additionalProperties;
        this.details = props.details;
    }
}


/***/ }),

/***/ 3282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ MastoTimeoutError)
/* harmony export */ });
/* harmony import */ var ts_custom_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8229);

class MastoTimeoutError extends ts_custom_error__WEBPACK_IMPORTED_MODULE_0__/* .CustomError */ .e {
}


/***/ })

};
