#!/usr/bin/env node
import * as __WEBPACK_EXTERNAL_MODULE__actions_github_087b3a9b__ from "@actions/github";
import * as __WEBPACK_EXTERNAL_MODULE__atcute_client_561d113e__ from "@atcute/client";
import * as __WEBPACK_EXTERNAL_MODULE_libsodium_wrappers_5aa1f74b__ from "libsodium-wrappers";
import * as __WEBPACK_EXTERNAL_MODULE_markdown_it_5d44ca14__ from "markdown-it";
import * as __WEBPACK_EXTERNAL_MODULE_masto__ from "masto";
import * as __WEBPACK_EXTERNAL_MODULE_oauth_1_0a_167a82d8__ from "oauth-1.0a";
import * as __WEBPACK_EXTERNAL_MODULE_twitter_text_dist_configs_js_4d580950__ from "twitter-text/dist/configs.js";
import * as __WEBPACK_EXTERNAL_MODULE_twitter_text_dist_extractCashtagsWithIndices_js_5fc32d17__ from "twitter-text/dist/extractCashtagsWithIndices.js";
import * as __WEBPACK_EXTERNAL_MODULE_twitter_text_dist_extractHashtagsWithIndices_js_4ac068f3__ from "twitter-text/dist/extractHashtagsWithIndices.js";
import * as __WEBPACK_EXTERNAL_MODULE_twitter_text_dist_extractMentionsOrListsWithIndices_js_2361f2ae__ from "twitter-text/dist/extractMentionsOrListsWithIndices.js";
import * as __WEBPACK_EXTERNAL_MODULE_twitter_text_dist_extractUrlsWithIndices_js_5d02a7cb__ from "twitter-text/dist/extractUrlsWithIndices.js";
import * as __WEBPACK_EXTERNAL_MODULE_twitter_text_dist_parseTweet_js_f1090729__ from "twitter-text/dist/parseTweet.js";
import * as __WEBPACK_EXTERNAL_MODULE_undici__ from "undici";
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(604);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(957);
// The release-tweet command: dispatches to a subcommand, each loaded only when used.


(0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .endQuietlyOnClosedPipes */ .tA)();
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gz: () => (/* binding */ standardIo),
/* harmony export */   tA: () => (/* binding */ endQuietlyOnClosedPipes)
/* harmony export */ });
/* unused harmony export forTerminal */
/* harmony import */ var _core_outside_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(673);

/**
 * `text` as the terminal may see it: every control character other than newline and tab removed (ESC, BEL, CR, DEL,
 * C1). Lines carry text from X, GitHub and git remotes: an escape sequence there could rewrite the terminal (links,
 * titles, cursor). The CLI prints no colours or cursor moves of its own.
 */
function forTerminal(text) {
    return (0,_core_outside_text_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutTerminalControls */ .J)(text);
}
function standardIo() {
    return {
        out: (text) => process.stdout.write(`${forTerminal(text)}\n`),
        err: (text) => process.stderr.write(`${forTerminal(text)}\n`),
        stdin: process.stdin,
        env: process.env,
        cwd: process.cwd(),
    };
}
/**
 * A reader that stops early (`release-tweet preview | head -1`) closes the pipe, and the next write fails with EPIPE,
 * which Node raises as an unhandled error with a stack trace. Nobody is left to read anything, so the command ends
 * there, quietly: with the status it already had, else 0 (as if the rest had been read, so a `set -o pipefail`
 * script does not fail because its reader had enough). A closed stderr is only ignored.
 */
function endQuietlyOnClosedPipes() {
    process.stdout.on("error", (error) => {
        if (error.code !== "EPIPE")
            throw error;
        process.exit(process.exitCode ?? 0);
    });
    process.stderr.on("error", (error) => {
        if (error.code !== "EPIPE")
            throw error;
    });
}


/***/ }),

/***/ 957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(604);
// Subcommand dispatch for the release-tweet CLI; each subcommand module is loaded on demand.

const USAGE = `Usage: release-tweet <command> [options]

Commands:
  preview     Show the exact posts for a release's notes, without posting
  authorize   Get access tokens for your X account (or Bluesky, Mastodon with --network) and save
              them as GitHub secrets

Options:
  -v, --version   Print the version of release-tweet
  -h, --help      Show this help

Run 'release-tweet <command> --help' for a command's options.
No command, or an unknown one, prints this to stderr and exits with status 2.`;
async function runCli(argv, io = (0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .standardIo */ .gz)()) {
    const [command, ...rest] = argv;
    switch (command) {
        case "preview":
            return (await Promise.all(/* import() */[__nccwpck_require__.e(838), __nccwpck_require__.e(462)]).then(__nccwpck_require__.bind(__nccwpck_require__, 462))).runPreview(rest, io);
        case "authorize":
            return (await Promise.all(/* import() */[__nccwpck_require__.e(838), __nccwpck_require__.e(986)]).then(__nccwpck_require__.bind(__nccwpck_require__, 986))).runAuthorize(rest, io);
        case "-h":
        case "--help":
        case "help":
            io.out(USAGE);
            return 0;
        case "-v":
        case "--version":
            io.out((await __nccwpck_require__.e(/* import() */ 882).then(__nccwpck_require__.bind(__nccwpck_require__, 882))).packageVersion());
            return 0;
        // Usage errors exit 2, like a subcommand's bad arguments; the usage goes to stderr, not into a pipe.
        case undefined:
            io.err(USAGE);
            return 2;
        default:
            io.err(`Unknown command '${command}'.\n\n${USAGE}`);
            return 2;
    }
}


/***/ }),

/***/ 673:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ quoteOutside),
  J: () => (/* binding */ withoutTerminalControls)
});

// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __nccwpck_require__(258);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./src/core/workflow-commands.ts
// GitHub's runner obeys workflow commands in anything a step prints: "::name::…" starting a line (after spaces) and
// the old "##[name]…" anywhere in one. Text from outside (release notes) is printed between
// "::stop-commands::TOKEN" and "::TOKEN::" when it holds either, under a token no text can know; a short quote
// (an error detail, a name) is defused instead, so it reads the same on a runner and everywhere else.

const WORKFLOW_COMMAND = /^\s*::|##\[/m;
/** The lines to print before and after `text` so the runner reads none of it as a command; null when not needed. */
function commandPause(text) {
    if (!WORKFLOW_COMMAND.test(text))
        return null;
    const token = randomUUID();
    return { before: `::stop-commands::${token}`, after: `::${token}::` };
}
/** `text` with no command the runner would obey: a line's leading "::" becomes ": :", and "##[" becomes "## [". */
function defuseCommands(text) {
    return text.replace(/^(\s*)::/gm, "$1: :").replaceAll("##[", "## [");
}

;// CONCATENATED MODULE: ./src/core/outside-text.ts
// Text from outside (X's and GitHub's answers, a proxy's, a git remote) made fit to quote in a message or a log: known
// secrets blanked first, then control characters stripped, workflow commands defused, folded to one line, and only
// then shortened, so a cut can never leave part of a secret that redaction would have caught whole (issue 16).


// Every line break a terminal or a log viewer may honour, the vertical tab and form feed included.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAKS = /\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g;
// C0 controls but tab and line feed (ESC, BEL, CR…), DEL, C1 (CSI U+009B, OSC U+009D), and the bidi controls that show
// text in another order than it has: ALM, LRM, RLM, the embeddings and overrides, the isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Half a surrogate pair is no character; terminals and JSON encoders garble it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 controls but tab and newline (ESC, BEL, CR…), DEL and C1: what could drive a terminal or garble a log.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/**
 * A whole line of output without any control character but newline and tab: the last defence of the CLI's and the
 * plugin's printing, for text that should already have been quoted. Leaves everything else (posts) as it is.
 */
function withoutTerminalControls(text) {
    return text.replace(TERMINAL_CONTROLS, "");
}
/**
 * `text` as a message may quote it. Secrets are blanked before anything else and again once control characters are
 * gone (a control character inside an echoed secret must not hide it); the length is cut last.
 */
function quoteOutside(text, secrets, options = {}) {
    const known = [...secrets];
    let quoted = (0,redact/* redact */.E)(text, known).replace(LINE_BREAKS, "\n").replace(CONTROLS, "").replace(LONE_SURROGATE, "\uFFFD");
    quoted = (0,redact/* redact */.E)(quoted, known);
    quoted = options.oneLine === false ? quoted.trim() : quoted.replace(/\s+/g, " ").trim();
    return shorten(defuseCommands(quoted), options.maxLength);
}
/** At most `maxLength` code points, ending in "…" when cut; a surrogate pair is never split. */
function shorten(text, maxLength) {
    if (maxLength === undefined || text.length <= maxLength)
        return text;
    const points = Array.from(text);
    if (points.length <= maxLength)
        return text;
    return `${points.slice(0, Math.max(0, maxLength - 1)).join("").trimEnd()}…`;
}


/***/ }),

/***/ 258:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
// Last line of defence for output: replaces any known secret value with *** before text leaves the process.
const MIN_SECRET_LENGTH = 4; // shorter values would blank out ordinary words
/**
 * `text` with every occurrence of every secret replaced by one "***". Occurrences that overlap or touch (one secret
 * inside another, or two sharing characters) are blanked as one span, so no part of either survives whatever the
 * order of `secrets`.
 */
function redact(text, secrets) {
    const spans = [];
    for (const secret of new Set(secrets)) {
        if (!secret || secret.length < MIN_SECRET_LENGTH)
            continue;
        // Every start, overlapping ones included ("aaaa" twice in "aaaaa").
        for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + 1))
            spans.push([at, at + secret.length]);
    }
    if (spans.length === 0)
        return text;
    spans.sort((a, b) => a[0] - b[0]);
    let result = "";
    let copied = 0;
    let [start, end] = spans[0];
    for (const [from, to] of spans.slice(1)) {
        if (from <= end) {
            end = Math.max(end, to);
            continue;
        }
        result += `${text.slice(copied, start)}***`;
        copied = end;
        [start, end] = [from, to];
    }
    return `${result}${text.slice(copied, start)}***${text.slice(end)}`;
}


/***/ }),

/***/ 37:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["getOctokit"]: () => (__WEBPACK_EXTERNAL_MODULE__actions_github_087b3a9b__.getOctokit) });

/***/ }),

/***/ 382:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["Client"]: () => (__WEBPACK_EXTERNAL_MODULE__atcute_client_561d113e__.Client) });

/***/ }),

/***/ 657:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_libsodium_wrappers_5aa1f74b__["default"]) });

/***/ }),

/***/ 759:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_markdown_it_5d44ca14__["default"]) });

/***/ }),

/***/ 816:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["MastoHttpError"]: () => (__WEBPACK_EXTERNAL_MODULE_masto__.MastoHttpError), ["MastoTimeoutError"]: () => (__WEBPACK_EXTERNAL_MODULE_masto__.MastoTimeoutError), ["createOAuthAPIClient"]: () => (__WEBPACK_EXTERNAL_MODULE_masto__.createOAuthAPIClient), ["createRestAPIClient"]: () => (__WEBPACK_EXTERNAL_MODULE_masto__.createRestAPIClient) });

/***/ }),

/***/ 912:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_oauth_1_0a_167a82d8__["default"]) });

/***/ }),

/***/ 549:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_twitter_text_dist_configs_js_4d580950__["default"]) });

/***/ }),

/***/ 978:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_twitter_text_dist_extractCashtagsWithIndices_js_5fc32d17__["default"]) });

/***/ }),

/***/ 737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_twitter_text_dist_extractHashtagsWithIndices_js_4ac068f3__["default"]) });

/***/ }),

/***/ 31:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_twitter_text_dist_extractMentionsOrListsWithIndices_js_2361f2ae__["default"]) });

/***/ }),

/***/ 138:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_twitter_text_dist_extractUrlsWithIndices_js_5d02a7cb__["default"]) });

/***/ }),

/***/ 974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_twitter_text_dist_parseTweet_js_f1090729__["default"]) });

/***/ }),

/***/ 706:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["EnvHttpProxyAgent"]: () => (__WEBPACK_EXTERNAL_MODULE_undici__.EnvHttpProxyAgent), ["Headers"]: () => (__WEBPACK_EXTERNAL_MODULE_undici__.Headers), ["Response"]: () => (__WEBPACK_EXTERNAL_MODULE_undici__.Response), ["fetch"]: () => (__WEBPACK_EXTERNAL_MODULE_undici__.fetch), ["request"]: () => (__WEBPACK_EXTERNAL_MODULE_undici__.request) });

/***/ }),

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 67:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
