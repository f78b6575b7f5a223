import * as __WEBPACK_EXTERNAL_MODULE_debug__ from "debug";
import * as __WEBPACK_EXTERNAL_MODULE_twitter_text_dist_parseTweet_js_f1090729__ from "twitter-text/dist/parseTweet.js";
import * as __WEBPACK_EXTERNAL_MODULE_twitter_text_dist_configs_js_4d580950__ from "twitter-text/dist/configs.js";
import * as __WEBPACK_EXTERNAL_MODULE_twitter_text_dist_extractUrlsWithIndices_js_5d02a7cb__ from "twitter-text/dist/extractUrlsWithIndices.js";
import * as __WEBPACK_EXTERNAL_MODULE_twitter_text_dist_extractMentionsOrListsWithIndices_js_2361f2ae__ from "twitter-text/dist/extractMentionsOrListsWithIndices.js";
import * as __WEBPACK_EXTERNAL_MODULE_markdown_it_5d44ca14__ from "markdown-it";
import * as __WEBPACK_EXTERNAL_MODULE_markdown_it_footnote_ff12405c__ from "markdown-it-footnote";
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE_oauth_1_0a_167a82d8__ from "oauth-1.0a";
import * as __WEBPACK_EXTERNAL_MODULE__semantic_release_error_4ef9d2e7__ from "@semantic-release/error";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fW: () => (/* binding */ plugin_generateNotes),
  kX: () => (/* binding */ plugin_success),
  gY: () => (/* binding */ plugin_verifyConditions)
});

;// CONCATENATED MODULE: external "debug"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const external_debug_namespaceObject = x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_debug__["default"]) });
;// CONCATENATED MODULE: ./src/core/errors.ts
// The one error type the core throws for expected failures: what went wrong, what to do, where to read more.
// Doors print `message` and `fix`; semantic-release shows `details` (Markdown). Nothing here may hold a secret.
// The package page renders the README; its anchors are the README section ids.
const README_URL = "https://www.npmjs.com/package/release-tweet#";
class errors_ReleaseTweetError extends Error {
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
    /** Markdown for semantic-release's error report and the job summary. */
    get details() {
        return `${this.fix}\n\nSee [${this.docs}](${README_URL}${this.docs}).`;
    }
    /** The one-paragraph form the CLI and the Action print. */
    get summary() {
        return this.fix ? `${this.message} ${this.fix}` : this.message;
    }
}
/** A human line for any thrown value; unexpected errors keep their message but never their stack. */
function describeError(error) {
    if (error instanceof errors_ReleaseTweetError)
        return error.summary;
    if (error instanceof AggregateError)
        return error.errors.map(describeError).join("\n");
    if (error instanceof Error)
        return `Unexpected error: ${error.message}`;
    return `Unexpected error: ${String(error)}`;
}

;// CONCATENATED MODULE: external "twitter-text/dist/parseTweet.js"
var parseTweet_js_x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var parseTweet_js_y = (x) => (() => (x))
const parseTweet_js_namespaceObject = parseTweet_js_x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_twitter_text_dist_parseTweet_js_f1090729__["default"]) });
;// CONCATENATED MODULE: external "twitter-text/dist/configs.js"
var configs_js_x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var configs_js_y = (x) => (() => (x))
const configs_js_namespaceObject = configs_js_x({  });
;// CONCATENATED MODULE: external "twitter-text/dist/extractUrlsWithIndices.js"
var extractUrlsWithIndices_js_x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var extractUrlsWithIndices_js_y = (x) => (() => (x))
const extractUrlsWithIndices_js_namespaceObject = extractUrlsWithIndices_js_x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_twitter_text_dist_extractUrlsWithIndices_js_5d02a7cb__["default"]) });
;// CONCATENATED MODULE: external "twitter-text/dist/extractMentionsOrListsWithIndices.js"
var extractMentionsOrListsWithIndices_js_x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var extractMentionsOrListsWithIndices_js_y = (x) => (() => (x))
const extractMentionsOrListsWithIndices_js_namespaceObject = extractMentionsOrListsWithIndices_js_x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_twitter_text_dist_extractMentionsOrListsWithIndices_js_2361f2ae__["default"]) });
;// CONCATENATED MODULE: ./src/notes/x-text.ts
// X's weighted length, through twitter-text. The only module that imports twitter-text.
// Imports the files it needs rather than the package root: the same code with identical results, about 40% less
// load time and half the heap.




/** X's weighted length (config v3: URL = 23, CJK/emoji = 2, text NFC-normalized first). */
function weightedLength(text) {
    return (0,parseTweet_js_namespaceObject["default"])(text).weightedLength;
}
/** Whether X accepts this text as one post under `maxLength` (no invalid characters, not empty, not too long). */
function isValidPost(text, maxLength) {
    return parseTweet(text, { ...configs.defaults, maxWeightedTweetLength: maxLength }).valid;
}
/** The URLs twitter-text sees in the text (each counts 23), as UTF-16 [start, end) ranges. */
function urlRanges(text) {
    return (0,extractUrlsWithIndices_js_namespaceObject["default"])(text).map((entity) => entity.indices);
}
/** Where X would see an @mention (outside URLs), as UTF-16 offsets of the "@". */
function mentionOffsets(text) {
    const urls = urlRanges(text);
    return (0,extractMentionsOrListsWithIndices_js_namespaceObject["default"])(text)
        .map((entity) => entity.indices[0])
        .filter((at) => !urls.some(([start, end]) => at >= start && at < end));
}

;// CONCATENATED MODULE: ./src/notes/cut.ts
// Cutting text to a weighted budget at the best boundary: sentence, then word, then grapheme; never inside a URL.

const ELLIPSIS = "\u2026";
const ELLIPSIS_WEIGHT = 2;
// No Intl.Segmenter at module level: the first one in a process loads ICU's break data (~10-15 ms), which most
// runs never need; cutInsideWord creates its own (later ones reuse the loaded data and cost ~0.03 ms).
const SENTENCE_END = /[.!?\u3002\uFF01\uFF1F\u061F]["')\]\u201D\u300D]*$/u;
/**
 * How much text can hold `budget` weight: non-URL text weighs at least 1 per code point and up to 7 UTF-16
 * units per emoji weight; a URL (≤ 4096 characters) weighs 23. Slicing to this length first keeps measuring a
 * 5 MB paragraph as cheap as measuring a post.
 */
function probeLength(budget) {
    return budget * 8 + 4_200;
}
/** The weight of `text` if it is at most `budget`, else null; looks at no more of the text than needed. */
function weightWithin(text, budget) {
    if (budget < 0)
        return null;
    let probe = probeLength(budget);
    while (probe < text.length) {
        // Cut the probe at whitespace so no URL is shortened into a different token.
        const cut = text.lastIndexOf(" ", probe);
        if (cut > 0 && weightedLength(text.slice(0, cut)) > budget)
            return null;
        probe *= 2;
    }
    const weight = weightedLength(text);
    return weight <= budget ? weight : null;
}
/**
 * The longest prefix of `text` weighing at most `budget`, cut after a whole word (preferring a sentence end when
 * that keeps most of the room), or inside an overlong word at a word or grapheme boundary. URLs stay whole.
 * Returns "" when not even one grapheme fits.
 */
function cutToBudget(text, budget) {
    if (budget <= 0)
        return "";
    const leading = /^\s*/u.exec(text)?.[0] ?? "";
    let used = weightedLength(leading);
    if (used > budget)
        return "";
    let lastWordEnd = -1;
    let lastWordWeight = 0;
    let lastSentenceEnd = -1;
    let lastSentenceWeight = 0;
    const words = /(\S+)(\s*)/gu;
    words.lastIndex = leading.length;
    for (let match = words.exec(text); match; match = words.exec(text)) {
        const word = match[1] ?? "";
        const start = match.index;
        const wordWeight = weightWithin(word, budget - used);
        if (wordWeight === null) {
            // This word does not fit. Cut inside it when the whole words so far leave most of the room unused.
            if (lastWordWeight < budget * 0.5) {
                const inside = cutInsideWord(word, budget - used);
                if (inside)
                    return text.slice(0, start) + inside;
            }
            break;
        }
        used += wordWeight;
        lastWordEnd = start + word.length;
        lastWordWeight = used;
        if (SENTENCE_END.test(word)) {
            lastSentenceEnd = lastWordEnd;
            lastSentenceWeight = used;
        }
        used += weightedLength(match[2] ?? "");
        if (used > budget)
            break;
    }
    if (lastWordEnd < 0)
        return "";
    const end = lastSentenceEnd > 0 && lastSentenceWeight >= lastWordWeight * 0.6 ? lastSentenceEnd : lastWordEnd;
    return text.slice(0, end).trimEnd();
}
/** Cuts a whitespace-free run (a CJK sentence, a long identifier) at a word or grapheme boundary, not in a URL. */
function cutInsideWord(word, budget) {
    const slice = word.length > probeLength(budget) ? word.slice(0, probeLength(budget)) : word;
    const urls = urlRanges(slice);
    const wordBoundaries = new Set();
    for (const segment of new Intl.Segmenter(undefined, { granularity: "word" }).segment(slice))
        wordBoundaries.add(segment.index);
    let used = 0;
    let bestGrapheme = 0;
    let bestGraphemeWeight = 0;
    let bestWord = 0;
    let bestWordWeight = 0;
    let bestSentence = 0;
    let bestSentenceWeight = 0;
    let position = 0;
    const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(slice);
    for (const { segment, index } of graphemes) {
        if (index < position)
            continue; // inside a URL already counted
        const url = urls.find(([start, stop]) => index >= start && index < stop);
        const end = url ? url[1] : index + segment.length;
        const weight = url ? weightedLength(slice.slice(index, end)) : weightedLength(segment);
        if (used + weight > budget)
            break;
        used += weight;
        position = end;
        bestGrapheme = end;
        bestGraphemeWeight = used;
        if (!url && /^[\u3002\uFF01\uFF1F.!?]$/u.test(segment)) {
            bestSentence = end;
            bestSentenceWeight = used;
        }
        if (wordBoundaries.has(end) || end === slice.length) {
            bestWord = end;
            bestWordWeight = used;
        }
    }
    if (bestSentence > 0 && bestSentenceWeight >= bestGraphemeWeight * 0.6)
        return slice.slice(0, bestSentence);
    return slice.slice(0, bestWordWeight >= bestGraphemeWeight * 0.5 && bestWord > 0 ? bestWord : bestGrapheme);
}

;// CONCATENATED MODULE: external "markdown-it"
var external_markdown_it_x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var external_markdown_it_y = (x) => (() => (x))
const external_markdown_it_namespaceObject = external_markdown_it_x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_markdown_it_5d44ca14__["default"]) });
;// CONCATENATED MODULE: external "markdown-it-footnote"
var external_markdown_it_footnote_x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var external_markdown_it_footnote_y = (x) => (() => (x))
const external_markdown_it_footnote_namespaceObject = external_markdown_it_footnote_x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_markdown_it_footnote_ff12405c__["default"]) });
;// CONCATENATED MODULE: ./src/notes/sanitize.ts
// Cleans text before it reaches a post: NFC, no control characters, no bidi overrides, no orphaned combining marks.
// C0/C1 controls except tab and newline, DEL, the bidi embeddings/overrides (U+202A–202E) and isolates
// (U+2066–2069) that can make a post read differently than it is, and the three code points twitter-text
// rejects outright (U+FFFE, U+FEFF, U+FFFF).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const REJECTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFEFF\uFFFF]/gu;
// An unpaired surrogate is not a character at all; X would reject the post.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
// Combining marks, joiners and variation selectors riding on whitespace or ASCII punctuation would, once
// Markdown syntax around them is removed, fuse with a neighbouring letter into a character the author never
// wrote. Keycaps (#️⃣ *️⃣) are real emoji and are kept.
// eslint-disable-next-line no-misleading-character-class -- the class lists lone marks on purpose
const ORPHAN_MARKS = /(?<=^|[\s!-/:-@[-`{-~])(?!\uFE0F?\u20E3)[\p{M}\u200C\u200D\uFE0E\uFE0F]+/gu;
// eslint-disable-next-line no-misleading-character-class -- as above
const ORPHAN_AT_START = /^[\p{M}\u200C\u200D\uFE0E\uFE0F]+/u;
/**
 * One line's tabs as spaces up to the next multiple of 4 columns, as CommonMark counts them: "-\tfoo" then
 * "\t-\tbar" must stay an item and its sub-item.
 */
function expandTabs(line) {
    let out = "";
    for (const char of line)
        out += char === "\t" ? " ".repeat(4 - (out.length % 4)) : char;
    return out;
}
/** Multi-line text (release notes): line breaks kept, tabs become spaces (to CommonMark's tab stops). */
function sanitizeText(text) {
    return sanitizeLines(text, true);
}
/**
 * sanitizeText for a piece of a longer text that ends just after a line break (or at the end of the text).
 * Every rule is local to a line, so the pieces join to sanitizeText of the whole; only marks at the very start
 * of the text (`atStart`) are dropped even before a keycap sign.
 */
function sanitizeLines(text, atStart) {
    const clean = text
        .replace(LONE_SURROGATE, "\uFFFD")
        .replace(/\r\n?/g, "\n")
        .replace(/[^\n\t]*\t[^\n]*/g, expandTabs)
        .replace(REJECTED, "")
        .normalize("NFC")
        .replace(ORPHAN_MARKS, "");
    return atStart ? clean.replace(ORPHAN_AT_START, "") : clean;
}
/** A one-line value (version, name, URL…): any run of whitespace becomes one space, ends trimmed. */
function sanitizeField(value) {
    if (value === null || value === undefined)
        return "";
    return sanitizeText(String(value)).replace(/\s+/g, " ").trim();
}

;// CONCATENATED MODULE: ./src/notes/markdown-chunks.ts
// Sanitizes and splits long Markdown lazily into segments that each parse as they would inside the whole body.
// A cold process pays for every KiB it parses (markdown-it: ~15 ms for its first 4 KiB, ~0.7 ms per KiB after);
// a post needs the first few KiB, so the rest is never touched.

// 4 KiB is ~10 posts of notes: one parse covers a single post; threads read on piece by piece.
const CHUNK_SIZES = { whole: 4 * 1024, target: 4 * 1024, hard: 128 * 1024 };
/**
 * The sanitized source in blocks cut just after a raw line break. Sanitizing is local to a line (NFC cannot
 * compose across "\n", marks after "\n" are orphans either way, CR LF never straddles the cut), so the blocks
 * join to exactly sanitizeText(source); only the first block drops marks at the very start of the text.
 */
function* sanitizedBlocks(source, size) {
    let start = 0;
    while (start < source.length) {
        let end = source.indexOf("\n", start + size);
        if (end === -1) {
            // Old Mac line ends: a lone CR is a line break too.
            end = source.indexOf("\r", start + size);
            if (end !== -1 && source[end + 1] === "\n")
                end += 1;
        }
        end = end === -1 ? source.length : end + 1;
        const raw = source.slice(start, end);
        const rawLineStarts = [start];
        for (const lineBreak of raw.matchAll(/\r\n?|\n/g))
            rawLineStarts.push(start + lineBreak.index + lineBreak[0].length);
        yield { text: sanitizeLines(raw, start === 0), rawStart: start, rawEnd: end, rawLineStarts };
        start = end;
    }
}
// CommonMark 4.5: a code fence is 3+ backticks (info without backticks) or 3+ tildes.
const FENCE_OPEN = /^(`{3,})(?!.*`)|^(~{3,})/;
const FENCE_CLOSE = /^(`{3,}|~{3,})[ \t]*$/;
// CommonMark 4.6 HTML blocks of kinds 1-5 run until their end marker, even across blank lines.
const RAW_KINDS = [
    [/^<(?:pre|script|style|textarea)(?:[ \t>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
    [/^<!--/, /-->/],
    [/^<\?/, /\?>/],
    [/^<![A-Za-z]/, />/],
    [/^<!\[CDATA\[/, /\]\]>/],
];
// Kind 6 runs until a blank line; a fence-like line inside it is HTML, not a fence.
const HTML_BLOCK = /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
const LIST_MARKER = /^([-+*]|\d{1,9}[.)])( {1,4}(?! )| *$|(?= {5}))/;
const THEMATIC_BREAK = /^([-*_])(?: *\1){2,} *$/;
// Kind 7: a lone open or close tag after a blank line; also runs until a blank line.
const HTML_TAG_LINE = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;
const NOT_LAZY = /^(?:#{1,6}(?:[ \t]|$)|<|`{3}|~{3})/;
const indentOf = (line) => /^ */.exec(line)?.[0].length ?? 0;
/** The content column of the innermost open list item at or left of `indent`. */
function containerColumn(state, indent) {
    for (let index = state.items.length - 1; index >= 0; index -= 1) {
        const column = state.items[index] ?? 0;
        if (column <= indent)
            return column;
    }
    return 0;
}
/** Notes a line that opens a fence or raw HTML block relative to `column`; true when it did. */
function opensBlock(state, content, column) {
    const fence = FENCE_OPEN.exec(content);
    const marker = fence?.[1] ?? fence?.[2];
    if (marker) {
        state.fence = { char: marker.charAt(0), length: marker.length, column };
        return true;
    }
    for (const [open, end] of RAW_KINDS) {
        const match = open.exec(content);
        if (match) {
            if (!end.test(content.slice(match[0].length)))
                state.raw = { end, column };
            return true;
        }
    }
    if (HTML_BLOCK.test(content)) {
        state.html = column;
        return true;
    }
    return false;
}
/** Advances the scanner over one line (tabs are already spaces). */
function scanLine(state, line) {
    const blank = /^ *$/.test(line);
    const indent = indentOf(line);
    if (state.fence) {
        const { fence } = state;
        // A fence in a list item ends with the item (a fence is never a lazy continuation).
        if (blank || indent >= fence.column) {
            const close = indent - fence.column <= 3 ? FENCE_CLOSE.exec(line.slice(indent)) : null;
            if (close?.[1]?.startsWith(fence.char) && close[1].length >= fence.length)
                state.fence = null;
            state.previousBlank = blank;
            return;
        }
        state.fence = null;
    }
    else if (state.raw) {
        const { raw } = state;
        if (blank || indent >= raw.column) {
            if (raw.end.test(line))
                state.raw = null;
            state.previousBlank = blank;
            return;
        }
        state.raw = null;
    }
    if (blank) {
        state.html = null;
        state.previousBlank = true;
        return;
    }
    // HTML is never a lazy continuation either: a line left of its list item's content ends it.
    if (state.html !== null && indent >= state.html)
        return;
    state.html = null;
    // Items whose content column is right of this line end here, unless it may be a lazy paragraph line.
    if (state.previousBlank || NOT_LAZY.test(line.slice(indent))) {
        while ((state.items.at(-1) ?? 0) > indent)
            state.items.pop();
    }
    const column = containerColumn(state, indent);
    state.afterIndentedCode = indent - column > 3;
    if (state.afterIndentedCode) {
        state.previousBlank = false;
        return;
    }
    const content = line.slice(indent);
    const item = THEMATIC_BREAK.test(content) ? null : LIST_MARKER.exec(content);
    if (item) {
        const marker = item[1] ?? "";
        const spaces = item[2] ?? "";
        const rest = content.slice(marker.length);
        while ((state.items.at(-1) ?? 0) > indent)
            state.items.pop();
        // An item's content starts after 1-4 spaces; after 5 or more it starts with indented code.
        const itemColumn = indent + marker.length + (spaces.length > 0 && !/^ *$/.test(rest) ? spaces.length : 1);
        state.items.push(itemColumn);
        if (spaces.length > 0)
            opensBlock(state, rest.slice(spaces.length), itemColumn);
    }
    else if (!opensBlock(state, content, column) && state.previousBlank && HTML_TAG_LINE.test(content)) {
        state.html = column;
    }
    state.previousBlank = false;
}
/**
 * Yields the sanitized source in segments cut where a line starts unindented after a blank line, outside any
 * fenced code or HTML block: there every open block has ended, so each segment parses to the blocks it has
 * inside the whole body. A block longer than `sizes.hard` is cut anyway (`clean: false`).
 */
function* markdownSegments(source, sizes = CHUNK_SIZES) {
    const state = { items: [], fence: null, raw: null, html: null, previousBlank: false, afterIndentedCode: false };
    const parts = [];
    let size = 0;
    for (const block of sanitizedBlocks(source, Math.max(sizes.target, 1024))) {
        const { text } = block;
        // Exact at a line start (definitions() relies on it to know how far it has read); inside one enormous line,
        // where only forced cuts happen, an estimate.
        let lineNumber = 0;
        let midLine = false;
        const rawAt = (offset) => midLine
            ? block.rawStart + Math.round(((block.rawEnd - block.rawStart) * offset) / Math.max(text.length, 1))
            : (block.rawLineStarts[lineNumber] ?? block.rawEnd);
        let start = 0;
        let lineStart = 0;
        while (lineStart < text.length) {
            const newline = text.indexOf("\n", lineStart);
            const lineEnd = newline === -1 ? text.length : newline;
            const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200));
            const pending = size + lineStart - start;
            // An unindented line ends every list item, and the fence or HTML block inside one.
            const boundary = (state.fence?.column ?? 1) > 0 && (state.raw?.column ?? 1) > 0 && state.previousBlank && !state.afterIndentedCode && /^\S/.test(line);
            if (pending > 0 && (boundary || size + lineEnd - start > sizes.hard)) {
                parts.push(text.slice(start, lineStart));
                yield { text: parts.join(""), rawEnd: rawAt(lineStart), clean: boundary };
                parts.length = 0;
                size = 0;
                start = lineStart;
                if (boundary)
                    state.items = [];
            }
            if (lineEnd - start > sizes.hard) {
                // One enormous line: cut it at a space (or anywhere but inside a surrogate pair).
                let cut = text.lastIndexOf(" ", start + sizes.hard);
                if (cut <= start)
                    cut = start + sizes.hard;
                if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? ""))
                    cut -= 1;
                midLine = true;
                yield { text: text.slice(start, cut), rawEnd: rawAt(cut), clean: false };
                start = cut;
                lineStart = cut;
                continue;
            }
            scanLine(state, text.slice(lineStart, lineEnd));
            lineStart = lineEnd + 1;
            lineNumber += 1;
            midLine = false;
        }
        if (start < text.length) {
            parts.push(text.slice(start));
            size += text.length - start;
        }
    }
    if (parts.length > 0)
        yield { text: parts.join(""), rawEnd: source.length, clean: true };
}

;// CONCATENATED MODULE: ./src/notes/mentions.ts
// Keeps release notes from notifying strangers on X: a GitHub @handle or an npm @scope is not the X account of
// the same name, yet X would turn it into a mention. A zero-width space after the "@" keeps the text as written
// (it weighs 1) while X no longer sees a mention. The template's own text is left alone: mentions there are meant.

const ZERO_WIDTH_SPACE = "\u200B";
function quietMentions(text) {
    if (!text.includes("@") && !text.includes("\uFF20"))
        return text;
    const offsets = mentionOffsets(text);
    if (offsets.length === 0)
        return text;
    let result = "";
    let from = 0;
    for (const at of offsets) {
        result += text.slice(from, at + 1) + ZERO_WIDTH_SPACE;
        from = at + 1;
    }
    return result + text.slice(from);
}

;// CONCATENATED MODULE: ./src/notes/markdown.ts
// Release-notes Markdown → plain lines for a post, by walking markdown-it's CommonMark/GFM token tree.






// "1.2.0", "v1.2.0 (2024-01-01)", "[1.2.0] - date", "Release 1.2.0", "pkg@1.2.0": the version heading the
// template already carries.
const VERSION_HEADING = /^(?:release\s+|version\s+)?(?:[\w@/.-]*@)?\[?v?\d+\.\d+(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]*)?\]?(?:[\s:(,-]|$)/i;
const DROPPED_SECTIONS = /^(new contributors|full changelog|contributors|commits|special thanks)$/i;
const ALERT = /^\[!(note|tip|important|warning|caution)\]\s*/i;
const COMMIT_URL = /\/commits?\/[0-9a-f]{7,40}\b/i;
const HASH_TEXT = /^`?[0-9a-f]{7,40}`?$/i;
const ISSUE_REF = "(?:[\\w.-]+\\/[\\w.-]+)?#\\d+";
const KEYWORDS = "(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)";
// Reference clutter that means nothing in a post; all applied to plain text after the tree walk.
const CLUTTER = [
    // GitHub's generated notes: "… by @user in https://github.com/o/r/pull/12"
    [/\s+by\s+@[\w-]+(?:\[bot\])?(?:(?:,\s*|\s+and\s+)@[\w-]+(?:\[bot\])?)*\s+in\s+(?:https:\/\/github\.com\/\S+\/pull\/\d+|#\d+)/gi, ""],
    // changesets: "#123 Thanks @user! - text"
    [new RegExp(`^(?:${ISSUE_REF}\\s+)*(?:[0-9a-f]{7,40}\\s+)?Thanks\\s+@[\\w-]+(?:(?:,\\s*|\\s+and\\s+)@[\\w-]+)*!\\s*-\\s+`, "i"), ""],
    [/^[0-9a-f]{7,40}:\s+/i, ""],
    // "(#12)", "(closes #12, #13)"
    [new RegExp(`\\s*\\((?:(?:${KEYWORDS}|refs?|see|in)\\s+)?${ISSUE_REF}(?:\\s*,\\s*${ISSUE_REF})*\\)`, "gi"), ""],
    // trailing "closes #12" / "Fixes owner/repo#3 and #4."
    [new RegExp(`[\\s,;]*\\b${KEYWORDS}:?\\s+${ISSUE_REF}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+)${ISSUE_REF})*\\.?$`, "i"), ""],
    // a bare run of references at the end: "… [security]. #91 #92 #93"
    [new RegExp(`(?:\\s+${ISSUE_REF}){2,}$`), ""],
];
// Stands where a link or image was dropped, until tidy() decides whether the space before it goes too. Sanitizing
// removes every U+0000 from the notes, so the mark cannot come from them.
const DROPPED_MARK = "\u0000";
// Brackets that held only dropped links: "([abc1234](…))", "Updated dependencies [[a](…), [b](…)]:". Real
// brackets ("useId()", "string[]") never hold the mark, so they stay.
const DROPPED_IN_BRACKETS = new RegExp(`\\s*[([](?:\\s*[,;]?\\s*${DROPPED_MARK})+\\s*[,;]?\\s*[)\\]]`, "g");
// Dropped links before punctuation take their space and separating commas along: "fixed in <a>, <b>." → "fixed in.".
const DROPPED_BEFORE_PUNCTUATION = new RegExp(`(?:\\s*[,;]?\\s*${DROPPED_MARK})+(?=\\s*[.,;:!?)\\]。，、；：！？]|$)`, "g");
function tidy(text) {
    let result = text
        .replace(/\s+/g, " ")
        .replace(DROPPED_IN_BRACKETS, "")
        .replace(DROPPED_BEFORE_PUNCTUATION, "")
        .replaceAll(DROPPED_MARK, "")
        .trim();
    for (const [pattern, replacement] of CLUTTER)
        result = result.replace(pattern, replacement);
    return result.replace(/\s+/g, " ").trim();
}
function toTree(tokens) {
    const root = [];
    const open = [root];
    for (const token of tokens) {
        const siblings = open.at(-1) ?? root;
        if (token.nesting === 1) {
            const node = { type: token.type.slice(0, -"_open".length), token, children: [] };
            siblings.push(node);
            open.push(node.children);
        }
        else if (token.nesting === -1) {
            open.pop();
        }
        else {
            siblings.push({ type: token.type, token, children: token.children ? toTree(token.children) : [] });
        }
    }
    return root;
}
// Posts show text, never HTML: every link is kept as written (no scheme filter, no percent-encoding), raw HTML
// is read as HTML (and dropped), GitHub's footnotes are recognized (and dropped); "^[inline]" notes are not GFM.
const parser = new external_markdown_it_namespaceObject["default"]({ html: true, linkify: false, typographer: false }).use(external_markdown_it_footnote_namespaceObject["default"]);
parser.inline.ruler.disable("footnote_inline");
parser.validateLink = () => true;
parser.normalizeLink = (url) => url;
/** Parses with the given definitions known, as if they were in the text (markdown-it keeps the first of a label). */
function parse(markdown, references = {}) {
    const env = { references: { ...references } };
    const tokens = parser.parse(markdown, env);
    return { blocks: toTree(tokens), tokens, env };
}
function phrasing(nodes) {
    return nodes.map(inline).join("");
}
/** A bare commit URL goes, as its link would (GitHub links bare URLs; twitter-text finds them as X does). */
function withoutCommitUrls(text) {
    if (!/\/commits?\//i.test(text))
        return text;
    let kept = "";
    let from = 0;
    for (const [start, end] of urlRanges(text)) {
        if (!COMMIT_URL.test(text.slice(start, end)))
            continue;
        kept += text.slice(from, start) + DROPPED_MARK;
        from = end;
    }
    return kept + text.slice(from);
}
function inline(node) {
    switch (node.type) {
        case "text":
            return withoutCommitUrls(node.token.content);
        case "text_special":
        case "code_inline":
            return node.token.content;
        case "softbreak":
            return "\n";
        case "hardbreak":
            return " ";
        case "strong":
        case "em":
        case "s":
            return phrasing(node.children);
        case "html_inline":
            return /^<br\s*\/?>$/i.test(node.token.content) ? " " : "";
        case "link": {
            const text = phrasing(node.children).trim();
            const url = String(node.token.attrGet("href") ?? "");
            if (COMMIT_URL.test(url) || HASH_TEXT.test(text))
                return DROPPED_MARK;
            return text;
        }
        default:
            // images, footnote references: nothing a post can show
            return DROPPED_MARK;
    }
}
/** Every word of a heading, link targets' text and raw HTML included ("[1.1.0](compare-link) (date)" → "1.1.0 (date)"). */
function allText(nodes) {
    return nodes
        .map((node) => {
        if (node.type === "image")
            return "";
        if (node.type === "softbreak")
            return "\n";
        if (node.children.length > 0 || node.token.nesting !== 0)
            return allText(node.children);
        return node.token.content;
    })
        .join("");
}
/** The inline children of a paragraph or heading. */
const inlineOf = (node) => node.children[0]?.children ?? [];
const depthOf = (heading) => Number(heading.token.tag.slice(1));
// A GFM task list item: "[ ]" or "[x]" opening the item's first paragraph, then whitespace and text.
const TASK_MARKER = /^\[[ \txX]\][ \t\n]+(?=\S)/;
// A heading that is only a date ("(2024-01-01)") is what is left of a version heading.
const DATE_ONLY = /^\(?\d{4}-\d{2}-\d{2}\)?$/;
const isList = (node) => node.type === "bullet_list" || node.type === "ordered_list";
function* walkList(list, depth, state) {
    for (const item of list.children) {
        const texts = [];
        const nested = [];
        for (const [index, child] of item.children.entries()) {
            if (child.type === "paragraph") {
                const text = phrasing(inlineOf(child));
                const task = index === 0 && TASK_MARKER.test(child.children[0]?.token.content ?? "");
                texts.push(task ? text.replace(TASK_MARKER, "") : text);
            }
            else if (child.type === "heading")
                texts.push(phrasing(inlineOf(child)));
            else if (isList(child))
                nested.push(child);
        }
        const text = tidy(texts.join(" "));
        // An item with nothing left (only an image or a commit link) is skipped; its sub-items move up.
        if (text)
            yield { kind: "item", text, depth };
        for (const sub of nested)
            yield* walkList(sub, text ? depth + 1 : depth, state);
    }
}
function* walkQuote(quote, state) {
    const [first, ...rest] = quote.children;
    if (first?.type === "paragraph") {
        const text = phrasing(inlineOf(first));
        const alert = ALERT.exec(text);
        if (alert?.[1]) {
            // GitHub alert: "> [!WARNING]\n> text" becomes "Warning: text".
            const label = alert[1].charAt(0).toUpperCase() + alert[1].slice(1).toLowerCase();
            const body = tidy(text.slice(alert[0].length));
            if (body)
                yield { kind: "text", text: `${label}: ${body}`, depth: 0 };
            else {
                const [next, ...others] = rest;
                if (next?.type === "paragraph") {
                    const nextText = tidy(phrasing(inlineOf(next)));
                    if (nextText)
                        yield { kind: "text", text: `${label}: ${nextText}`, depth: 0 };
                    yield* walkBlocks(others, state);
                    return;
                }
            }
            yield* walkBlocks(rest, state);
            return;
        }
    }
    yield* walkBlocks(quote.children, state);
}
function* walkBlocks(nodes, state) {
    for (const node of nodes) {
        if (node.type === "html_block") {
            const opens = node.token.content.match(/<details[\s>]/gi)?.length ?? 0;
            const closes = node.token.content.match(/<\/details>/gi)?.length ?? 0;
            state.detailsDepth = Math.max(0, state.detailsDepth + opens - closes);
            continue;
        }
        if (node.type === "heading") {
            const depth = depthOf(node);
            if (state.skipUntilDepth !== null && depth > state.skipUntilDepth)
                continue;
            state.skipUntilDepth = null;
            if (state.detailsDepth > 0)
                continue;
            const text = tidy(phrasing(inlineOf(node)));
            // The heading as shown ("8.2.2 (date)" from "<small>[8.2.2](…) (date)</small>") or with every word of it.
            if (!text || VERSION_HEADING.test(text) || VERSION_HEADING.test(tidy(allText(inlineOf(node)))) || DATE_ONLY.test(text))
                continue;
            if (DROPPED_SECTIONS.test(text.replace(/[:.]$/, ""))) {
                state.skipUntilDepth = depth;
                continue;
            }
            yield { kind: "heading", text: /[:：]$/.test(text) ? text : `${text}:`, depth: 0 };
            continue;
        }
        if (state.detailsDepth > 0 || state.skipUntilDepth !== null)
            continue;
        if (node.type === "paragraph") {
            const text = tidy(phrasing(inlineOf(node)));
            if (text && !/^full changelog\b/i.test(text) && !DATE_ONLY.test(text))
                yield { kind: "text", text, depth: 0 };
        }
        else if (isList(node)) {
            yield* walkList(node, 0, state);
        }
        else if (node.type === "blockquote") {
            yield* walkQuote(node, state);
        }
        // code blocks, tables, thematic breaks, footnotes: dropped
    }
}
// Removed by sanitizing, so they may sit between the characters of "]:" in the raw text.
const DROPPED = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\uFFFE\\uFEFF\\uFFFF\\p{M}\\u200C\\u200D\\uFE0E\\uFE0F";
// A link reference or footnote definition starts a paragraph (maybe in a quote or list item) with "[label]:"; the
// label has no unescaped brackets and may span lines. Cheap to run over a raw body; finds every definition.
// markdown-it-footnote also takes "[" inside a footnote label ("[^a[b]: …"), hence the second form.
const RAW_DEFINITION = new RegExp(
// eslint-disable-next-line no-misleading-character-class -- lone marks and joiners on purpose, as in sanitize
`^[ \\t>*+\\-.)\\d${DROPPED}]*(?:\\[(?:[^\\[\\]\\\\]|\\\\[${DROPPED}]*[^${DROPPED}])*\\]|\\[\\^[^\\]\\s]+\\])[${DROPPED}]*:`, "gmu");
const DEFINITION = /^[ >*+\-.)\d]*(?:\[(?:[^[\]\\]|\\[^])*\]|\[\^[^\]\s]+\]):/mu;
/** Adds the definitions of one parsed piece; the first definition of a label wins, as in one whole parse. */
function collectDefinitions(parsed, into) {
    for (const [label, definition] of Object.entries(parsed.env.references ?? {})) {
        if (!(label in into.references))
            into.references[label] = definition;
    }
    // markdown-it-footnote notes every definition's label as ":label" in env.footnotes.refs (unused ones leave no token).
    const footnotes = parsed.env["footnotes"]?.refs ?? {};
    for (const key of Object.keys(footnotes))
        into.footnotes.add(key.slice(1));
}
/**
 * True when the parse of a piece that ends with a blank line may go on into the next: a fenced code or raw HTML
 * block still open. A closed block ends before the final blank line; an open one has swallowed it.
 */
function endsOpen(tokens, text) {
    const last = tokens.findLast((token) => token.level === 0);
    if (!last || (last.type !== "fence" && last.type !== "html_block") || !/\n *\n$/.test(text))
        return false;
    const lineCount = text.split("\n").length - 1;
    return (last.map?.[1] ?? 0) >= lineCount;
}
/** The segments of a long body in order; `definitions` reads ahead as far as the last one that can hold one. */
class SegmentReader {
    segments;
    ahead = [];
    constructor(source, sizes) {
        this.segments = markdownSegments(source, sizes);
    }
    pull() {
        const result = this.segments.next();
        return result.done ? undefined : result.value;
    }
    next() {
        return this.ahead.shift() ?? this.pull();
    }
    /** Every link reference and footnote definition in the body. */
    definitions(source) {
        const definitions = { references: {}, footnotes: new Set() };
        let last = -1;
        for (const match of source.matchAll(RAW_DEFINITION))
            last = match.index + match[0].length;
        for (let reached = 0; reached < last;) {
            const segment = this.pull();
            if (!segment)
                break;
            this.ahead.push(segment);
            if (DEFINITION.test(segment.text))
                collectDefinitions(parse(segment.text), definitions);
            reached = segment.rawEnd;
        }
        return definitions;
    }
}
/**
 * Reads release notes lazily: only as much Markdown is sanitized and parsed as the lines taken need. A long body
 * is parsed in pieces of whole top-level blocks (see markdown-chunks), each given the body's link reference
 * definitions and headed by the footnote definitions it may use, so every piece yields the lines it would inside
 * the whole body.
 */
function readNotes(markdown, sizes = CHUNK_SIZES) {
    const source = markdown ?? "";
    let consumed = 0;
    function* trees() {
        if (source.length <= sizes.whole) {
            const { blocks } = parse(sanitizeText(source));
            consumed = source.length;
            yield blocks;
            return;
        }
        const reader = new SegmentReader(source, sizes);
        const definitions = reader.definitions(source);
        let segment = reader.next();
        while (segment) {
            let text = "";
            let last;
            let parsed;
            let prefix;
            do {
                // At least `target` of clean segments, and on while the parse is still inside a fenced code or HTML block.
                do {
                    text += segment.text;
                    last = segment;
                    segment = reader.next();
                } while (segment && last.clean && text.length < sizes.target);
                prefix = footnoteLines(definitions.footnotes, text);
                parsed = parse(prefix + text, definitions.references);
            } while (segment && last.clean && endsOpen(parsed.tokens, prefix + text));
            consumed = last.rawEnd;
            yield parsed.blocks;
        }
    }
    function* lines() {
        const state = { detailsDepth: 0, skipUntilDepth: null };
        for (const blocks of trees()) {
            for (const line of walkBlocks(blocks, state)) {
                // Character references ("&#x202E;") are decoded by the parser, after sanitizing: clean the line again.
                const text = sanitizeField(line.text);
                if (text)
                    yield { ...line, text: quietMentions(text) };
            }
        }
    }
    return { lines: lines(), progress: () => (source.length === 0 ? 1 : consumed / source.length) };
}
/**
 * "[^label]: #" for the footnotes whose reference may occur in `text`: a reference is one only where its
 * definition is in the same parse. An empty HTML comment then ends the last definition, which would otherwise
 * take the piece's indented first lines as its own.
 */
function footnoteLines(footnotes, text) {
    if (footnotes.size === 0)
        return "";
    const lines = [...footnotes].filter((label) => text.includes(`[^${label}]`)).map((label) => `[^${label}]: #\n`);
    return lines.length > 0 ? `${lines.join("")}<!---->\n\n` : "";
}
/** All lines at once (small bodies, tests). */
function markdownToLines(markdown) {
    return [...readNotes(markdown).lines];
}

;// CONCATENATED MODULE: ./src/core/setting-rules.ts
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

;// CONCATENATED MODULE: ./src/notes/template.ts
// Post templates: parsing {placeholder} syntax and rendering with values, collapsing whatever an empty value leaves.


const PLACEHOLDERS = ["version", "tag", "name", "repo", "owner", "url", "notes"];
const isPlaceholder = (name) => PLACEHOLDERS.includes(name);
const LIST = PLACEHOLDERS.map((name) => `{${name}}`).join(" ");
function templateError(message) {
    return new errors_ReleaseTweetError("ETEMPLATE", message, `Use only the placeholders ${LIST}; write {{ and }} for literal braces.`, { docs: "templates" });
}
/** Splits a template into text and placeholders. `{{` and `}}` are literal braces; a lone `}` is literal too. */
function parseTemplate(template) {
    if (typeof template !== "string")
        throw templateError(`The template must be text, not ${typeof template}.`);
    const source = sanitizeText(template);
    if (source.trim() === "")
        throw templateError("The template is empty.");
    const parts = [];
    const uses = Object.fromEntries(PLACEHOLDERS.map((name) => [name, 0]));
    let text = "";
    let index = 0;
    while (index < source.length) {
        const char = source[index];
        if (char === "{" && source[index + 1] === "{") {
            text += "{";
            index += 2;
        }
        else if (char === "}" && source[index + 1] === "}") {
            text += "}";
            index += 2;
        }
        else if (char === "{") {
            const close = source.indexOf("}", index + 1);
            const nextOpen = source.indexOf("{", index + 1);
            if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
                const excerpt = source.slice(index, index + 20).split("\n")[0] ?? "";
                throw templateError(`The template has an unclosed '{' at "${excerpt}" (character ${index + 1}).`);
            }
            const name = source.slice(index + 1, close);
            if (!isPlaceholder(name))
                throw templateError(`The template uses an unknown placeholder {${name}}.`);
            if (text)
                parts.push({ kind: "text", text });
            text = "";
            parts.push({ kind: "placeholder", name });
            uses[name] += 1;
            index = close + 1;
        }
        else {
            text += char;
            index += 1;
        }
    }
    if (text)
        parts.push({ kind: "text", text });
    return { parts, uses };
}
// Lone surrogates mark where values go while the skeleton is tidied: sanitizeText turns any lone
// surrogate in user text into U+FFFD, so these can only be ours.
const GONE = "\uD800";
const SLOT = "\uDBFF";
const SEPARATOR = "[\u2014\u2013\\-\u00B7|:,\u2022]";
const EMPTY_BRACKETS = new RegExp(`[(\\[<]\\s*((?:${GONE}\\s*)+)[)\\]>]`, "gu");
const DANGLING_AT_END = new RegExp(`[ \\t]*${SEPARATOR}[ \\t]*((?:${GONE}[ \\t]*)+)(?=\\n|$)`, "gu");
const DANGLING_AT_START = new RegExp(`(^|\\n)([ \\t]*(?:${GONE}[ \\t]*)+)${SEPARATOR}[ \\t]*`, "gu");
const DOUBLED = new RegExp(`[ \\t]*${SEPARATOR}[ \\t]*(?:${GONE}[ \\t]*)+(?=${SEPARATOR})`, "gu");
// "{version}: {notes} ({url})" without notes: the lead-in goes with the value.
const LEAD_IN = new RegExp(`[ \\t]*(?:[:,]|[ \\t][\u2014\u2013\u00B7|\u2022-])[ \\t]+(?=${GONE})`, "gu");
const GONE_RUN = new RegExp(`[ \\t]*(?:${GONE}[ \\t]*)+`, "gu");
/**
 * Fills the template. An empty value takes with it the brackets around it and the separator it would leave
 * dangling ("({tag})", "{name} — ", ": {notes}"), so no "()", " — " or double blank line remains.
 * `present` lists placeholders to treat as filled even when empty (used to measure the fixed parts).
 */
function renderTemplate(template, values, present = []) {
    const filled = [];
    let skeleton = "";
    for (const part of template.parts) {
        if (part.kind === "text")
            skeleton += part.text;
        else if (values[part.name] !== "" || present.includes(part.name)) {
            skeleton += SLOT;
            filled.push(values[part.name]);
        }
        else
            skeleton += GONE;
    }
    skeleton = skeleton
        .replace(EMPTY_BRACKETS, "$1")
        .replace(DOUBLED, " ")
        .replace(DANGLING_AT_END, "$1")
        .replace(DANGLING_AT_START, "$1$2")
        .replace(LEAD_IN, " ")
        .replace(GONE_RUN, (run, offset, whole) => {
        const before = whole[offset - 1];
        const after = whole[offset + run.length];
        const inside = before !== undefined && after !== undefined && !/\s/u.test(before) && !/\s/u.test(after);
        return inside ? " " : "";
    })
        .replace(/[ \t]+(?=\n|$)/g, "")
        .replace(/\n{3,}/g, "\n\n")
        .trim();
    let next = 0;
    return skeleton.replace(new RegExp(SLOT, "gu"), () => filled[next++] ?? "");
}

;// CONCATENATED MODULE: ./src/notes/compose.ts
// Turns a release into the posts to send: template + notes cut (or threaded) to X's weighted length. Pure.








const DEFAULT_TEMPLATE = "{repo} {version} is out!\n\n{notes}\n\n{url}";

/** Threads longer than this are refused with a clear error rather than flooding followers. */
const MAX_THREAD_POSTS = 25;

/** Throws ReleaseTweetError (code ETEMPLATE) naming an unknown or unclosed placeholder. */
function validateTemplate(template) {
    parseTemplate(template);
}
function itemMarker(depth) {
    return depth === 0 ? "\u2022 " : `${"  ".repeat(depth)}\u25E6 `;
}
function pieceOf(line) {
    if (line.kind !== "item")
        return { kind: line.kind, text: line.text };
    return { kind: "item", text: itemMarker(line.depth) + line.text };
}
/** The bullet an item piece starts with ("" for labels, paragraphs and the rest of an item already cut). */
function markerOf(piece) {
    return piece.kind === "item" ? (/^ *[\u2022\u25E6] /u.exec(piece.text)?.[0] ?? "") : "";
}
/** Items follow each other and their label on the next line; other blocks are a paragraph apart. */
function separator(previous, next) {
    if (!previous)
        return "";
    return previous.kind === "heading" || (previous.kind === "item" && next.kind === "item") ? "\n" : "\n\n";
}
function join(pieces) {
    return pieces.map((piece, index) => separator(pieces[index - 1], piece) + piece.text).join("");
}
/** The notes as pieces, pulled from the lazy reader only as far as packing looks. */
class Pieces {
    reader;
    seen = [];
    finished = false;
    constructor(reader) {
        this.reader = reader;
    }
    at(index) {
        while (this.seen.length <= index && !this.finished) {
            const next = this.reader.lines.next();
            if (next.done)
                this.finished = true;
            else
                this.seen.push(pieceOf(next.value));
        }
        return this.seen[index];
    }
    progress() {
        return this.reader.progress();
    }
}
const current = (pieces, cursor) => cursor.partial ?? pieces.at(cursor.index);
const advance = (cursor) => ({ index: cursor.index + 1, partial: null });
/**
 * Fills `budget` from `cursor`: whole pieces first. A single post then uses the rest of the room for the start
 * of the next piece, cut at a sentence or word boundary with "…" (or ends with a "…" line); a thread post
 * stops at a piece boundary and only cuts a piece when nothing else fits. `mustProgress` (replies) cuts even
 * a label rather than return nothing. Looks at no more than `maxPieces` whole pieces (to make room for "…").
 */
function pack(pieces, cursor, budget, mode, mustProgress, maxPieces = Infinity) {
    const taken = [];
    const before = [];
    let used = 0;
    let at = cursor;
    for (let next = current(pieces, at); next && taken.length < maxPieces; next = current(pieces, at)) {
        const gap = separator(taken.at(-1), next);
        const weight = weightWithin(next.text, budget - used - gap.length);
        if (weight === null)
            break;
        taken.push(next);
        before.push(at);
        used += gap.length + weight;
        at = advance(at);
    }
    const overflow = current(pieces, at);
    if (!overflow)
        return { text: join(taken), next: at };
    // `wordsRequired`: a cut that keeps only an item's bullet ("•…") is no cut; the post then ends with a "…" line.
    const cut = (kept, piece, from, wordsRequired) => {
        const base = join(kept);
        const gap = kept.length > 0 ? separator(kept.at(-1), piece) : "";
        const room = budget - (base ? weightedLength(base) : 0) - gap.length - ELLIPSIS_WEIGHT;
        const head = cutToBudget(piece.text, room);
        if (!head || (wordsRequired && head.trim().length <= markerOf(piece).trim().length))
            return null;
        const rest = piece.text.slice(head.length).trimStart();
        return {
            text: `${base}${gap}${head}${ELLIPSIS}`,
            next: rest ? { index: from.index, partial: { kind: piece.kind, text: rest } } : advance(from),
        };
    };
    const onlyLabels = taken.every((piece) => piece.kind === "heading");
    if (overflow.kind !== "heading" && (mode === "single" || onlyLabels)) {
        const packed = cut(taken, overflow, at, true);
        if (packed)
            return packed;
    }
    // Ending at a piece boundary: a label with nothing under it belongs with what follows.
    while (taken.at(-1)?.kind === "heading") {
        taken.pop();
        at = before.pop() ?? at;
    }
    const base = join(taken);
    if (mode === "thread") {
        const next = current(pieces, at);
        if (taken.length === 0 && mustProgress && next)
            return cut([], next, at, false) ?? { text: "", next: at };
        return { text: base, next: at };
    }
    // A single post ending on a whole piece: a line of its own says there is more.
    const baseWeight = base ? weightedLength(base) : 0;
    if (baseWeight + (base ? 1 : 0) + ELLIPSIS_WEIGHT <= budget) {
        return { text: base ? `${base}\n${ELLIPSIS}` : ELLIPSIS, next: at };
    }
    if (taken.length === 0)
        return { text: "", next: at };
    return pack(pieces, cursor, budget, mode, mustProgress, taken.length - 1);
}
function fail(code, message, fix, docs = "templates") {
    return new errors_ReleaseTweetError(code, message, fix, { docs });
}
const PLUGIN_NAMES = { maxLength: "maxLength", thread: "thread" };
function checkOptions(options) {
    const names = options.settingNames ?? PLUGIN_NAMES;
    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    const problem = maxLengthProblem(maxLength);
    if (problem !== undefined || typeof maxLength !== "number") {
        throw fail("EMAXLENGTH", `${names.maxLength} ${problem}, not ${JSON.stringify(maxLength)}.`, `Use 280 for a standard X account, or up to ${MAX_LENGTH_LIMIT} with X Premium.`);
    }
    const thread = options.thread;
    if (thread !== undefined && typeof thread !== "boolean") {
        throw fail("ETHREAD", `${names.thread} must be true or false, not ${JSON.stringify(thread)}.`, `Set ${names.thread} to true or false.`);
    }
    return { template: parseTemplate(options.template ?? DEFAULT_TEMPLATE), maxLength, thread: thread === true, names };
}
/** Replies are the notes alone. */
const passThrough = (notes) => notes;
/** Packs one post and checks it with twitter-text; in the rare case the sum of parts was off, packs tighter. */
function exactPost(pieces, cursor, budget, maxLength, mode, render) {
    let room = budget;
    for (let attempt = 0; attempt < 8 && room > 0; attempt += 1) {
        const packed = pack(pieces, cursor, room, mode, render === passThrough);
        const text = render(packed.text);
        const length = weightedLength(text);
        if (length <= maxLength)
            return { text, weightedLength: length, next: packed.next };
        room -= length - maxLength;
    }
    const text = render("");
    return { text, weightedLength: weightedLength(text), next: cursor };
}
/** One post, or a thread when options.thread is set; every post within options.maxLength. */
function compose(release, options = {}) {
    const { template, maxLength, thread, names } = checkOptions(options);
    const values = {
        // Like the notes, the release's own fields come from GitHub or npm: an @handle there is not an X account.
        version: quietMentions(sanitizeField(release.version)),
        tag: quietMentions(sanitizeField(release.tag)),
        name: quietMentions(sanitizeField(release.name)),
        repo: quietMentions(sanitizeField(release.repo)),
        owner: quietMentions(sanitizeField(release.owner)),
        url: sanitizeField(release.url),
        notes: "",
    };
    const pieces = new Pieces(readNotes(template.uses.notes > 0 ? release.notes : null));
    const start = { index: 0, partial: null };
    const hasNotes = pieces.at(0) !== undefined;
    const render = (notes) => renderTemplate(template, { ...values, notes });
    const fixedWeight = weightedLength(hasNotes ? renderTemplate(template, values, ["notes"]) : render(""));
    if (fixedWeight > maxLength) {
        throw fail("ETEMPLATETOOLONG", `The post without any notes is already ${fixedWeight} characters as X counts them, over the limit of ${maxLength}.`, `Shorten the template (or the release name), or raise ${names.maxLength} if your account allows longer posts.`);
    }
    const mode = thread ? "thread" : "single";
    const budget = Math.floor((maxLength - fixedWeight) / Math.max(1, template.uses.notes));
    const first = exactPost(pieces, start, budget, maxLength, mode, render);
    if (first.text.trim() === "") {
        throw fail("EEMPTYPOST", "The post would be empty: the template's placeholders and the release notes are all empty.", "Pass a version, tag, URL or notes, or put fixed text in the template.");
    }
    const posts = [{ text: first.text, weightedLength: first.weightedLength }];
    if (!thread)
        return posts;
    let cursor = first.next;
    while (current(pieces, cursor)) {
        // Past the limit, count on only while the whole body is already parsed (else estimate below).
        if (posts.length > MAX_THREAD_POSTS && (pieces.progress() < 1 || posts.length >= MAX_THREAD_POSTS * 4))
            break;
        const reply = exactPost(pieces, cursor, maxLength, maxLength, "thread", passThrough);
        if (!reply.text.trim()) {
            throw fail("ETHREAD", `${names.maxLength} ${maxLength} is too small to continue these notes in replies (a link alone counts 23).`, `Raise ${names.maxLength}, or turn off ${names.thread}.`);
        }
        posts.push({ text: reply.text, weightedLength: reply.weightedLength });
        cursor = reply.next;
    }
    if (posts.length > MAX_THREAD_POSTS) {
        const exact = !current(pieces, cursor);
        const needed = exact ? posts.length : Math.max(posts.length + 1, Math.ceil(posts.length / Math.max(pieces.progress(), 1e-6)));
        throw fail("ETHREADTOOLONG", `These notes need ${exact ? "" : "about "}${needed} posts as a thread at ${maxLength} characters each, more than the limit of ${MAX_THREAD_POSTS}.`, `Raise ${names.maxLength} (up to ${MAX_LENGTH_LIMIT} with X Premium), shorten the release notes, or turn off ${names.thread} to post one shortened post.`);
    }
    return posts;
}

;// CONCATENATED MODULE: ./src/x/publish-thread.ts
// Posts a composed thread as a chain of replies, each post at most once, and says exactly what exists when it stops.

function describePosted(posted) {
    return posted.map((p, i) => `${i + 1} (${p.url ?? "exists, id unknown"})`).join(", ");
}
/** EXTHREADPARTIAL: the first `posted.length` posts of a thread of `total` exist, the rest do not. */
class ThreadPartialError extends errors_ReleaseTweetError {
    posted;
    total;
    constructor(posted, total, reason, fix, cause) {
        const missing = Array.from({ length: total - posted.length }, (_, i) => posted.length + i + 1);
        super("EXTHREADPARTIAL", `The thread was only partly posted: post${posted.length === 1 ? "" : "s"} ${describePosted(posted)} of ${total} exist; ` +
            `post${missing.length === 1 ? "" : "s"} ${missing.join(", ")} did not get posted. ${reason}`, fix, { docs: "troubleshooting", cause });
        this.posted = [...posted];
        this.total = total;
    }
}
/**
 * Posts posts[0], then each next one as a reply to the one before.
 * On a failure after the first post, throws ThreadPartialError (code EXTHREADPARTIAL): its message and `posted` list the posts that exist.
 */
async function publishPosts(client, posts) {
    if (posts.length === 0) {
        throw new errors_ReleaseTweetError("EXNOPOSTS", "There is nothing to post.", "Check the template: it produced no text.");
    }
    const posted = [];
    for (const [index, post] of posts.entries()) {
        const parent = posted.at(-1);
        const parentId = parent?.id;
        if (parent && parentId === null) {
            // X confirmed the parent exists but not its id (duplicate after a retry, or an unreadable 201): a reply
            // cannot be attached, and posting it unattached would break the thread.
            throw new ThreadPartialError(posted, posts.length, `X did not tell us the id of post ${index}, so post ${index + 1} could not be attached to it.`, "Post the rest of the thread by hand as replies on x.com; running the job again would be refused as a duplicate.");
        }
        let result;
        try {
            result = await client.postTweet(post.text, parentId ? { replyTo: parentId } : {});
        }
        catch (error) {
            if (index === 0) {
                if (error instanceof errors_ReleaseTweetError && error.code === "EXDUPLICATE")
                    return { alreadyPosted: true, posts: [] };
                throw error;
            }
            // The cause alone: its own fix ("running again is safe") does not hold once part of the thread exists.
            const reason = error instanceof Error ? error.message : String(error);
            throw new ThreadPartialError(posted, posts.length, `Post ${index + 1} failed: ${reason}`, "Fix the cause above, then post the rest of the thread by hand as replies to the last post that exists; a re-run would be refused as a duplicate of the first post.", error);
        }
        posted.push({ id: result.id, url: result.url, text: post.text, alreadyPosted: result.alreadyPosted });
    }
    return { alreadyPosted: false, posts: posted };
}

;// CONCATENATED MODULE: ./src/core/transport.ts
/**
 * Sends one request and reads the whole answer. Redirects are returned, never followed: a signed or authorized request
 * must not be replayed to another address. Rejects with whatever fetch threw; `networkCause` finds the real failure.
 */
async function fetchText(url, req) {
    const response = await fetch(url, {
        method: req.method,
        headers: req.headers,
        body: req.body,
        signal: req.signal,
        redirect: "manual",
        dispatcher: req.dispatcher,
    });
    const body = await response.text();
    // Headers iterate with lowercased names, and give each Set-Cookie on its own. A Map, then fromEntries: a header
    // named like an Object property ("constructor", "__proto__") stays an ordinary own entry.
    const headers = new Map();
    for (const [name, value] of response.headers) {
        const earlier = headers.get(name);
        headers.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
    }
    return { status: response.status, headers: Object.fromEntries(headers), body };
}
/**
 * The failure under fetch's wrapper: fetch rejects with TypeError("fetch failed"), or "terminated" mid-body, and puts
 * the socket, DNS or undici error (ECONNREFUSED, UND_ERR_SOCKET…) in `cause`. Anything else is returned as it is.
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "oauth-1.0a"
var external_oauth_1_0a_x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var external_oauth_1_0a_y = (x) => (() => (x))
const external_oauth_1_0a_namespaceObject = external_oauth_1_0a_x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE_oauth_1_0a_167a82d8__["default"]) });
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
    return (0,external_node_crypto_namespaceObject.createHmac)("sha1", key).update(baseString).digest("base64");
}
function cryptoNonce() {
    return (0,external_node_crypto_namespaceObject.randomBytes)(16).toString("hex");
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
    const signer = new external_oauth_1_0a_namespaceObject["default"]({
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

;// CONCATENATED MODULE: ./src/core/redact.ts
// Last line of defence for output: replaces any known secret value with *** before text leaves the process.
const MIN_SECRET_LENGTH = 4; // shorter values would blank out ordinary words
function redact(text, secrets) {
    let result = text;
    for (const secret of secrets) {
        if (!secret || secret.length < MIN_SECRET_LENGTH)
            continue;
        result = result.split(secret).join("***");
    }
    return result;
}

;// CONCATENATED MODULE: ./src/core/types.ts
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

;// CONCATENATED MODULE: ./src/x/errors.ts
// The catalogue of X failures: turns an HTTP answer (or a transport failure) into a ReleaseTweetError in the user's terms.
// Pure: no I/O. Every entry shares one shape — what happened, what to do — and only the words vary.



const FOUR_VALUES = Object.keys(CREDENTIAL_ENV)
    .map((k) => `${CREDENTIAL_ENV[k]} (${CREDENTIAL_INPUT[k]})`)
    .join(", ");
const RERUN_IS_SAFE = "Running the job again is safe: X refuses to post the same text twice, and release-tweet reports that as already posted.";
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
            `Then regenerate the Access Token and Secret (old tokens keep the old, read-only rights) and update ${CREDENTIAL_ENV.accessToken} and ${CREDENTIAL_ENV.accessTokenSecret}.`,
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
};
/** The same error without the note that running again cannot post twice: for requests that never post (authorize). */
function withoutRerunNote(error) {
    if (!(error instanceof ReleaseTweetError) || !error.fix.includes(RERUN_IS_SAFE))
        return error;
    const fix = error.fix.replace(RERUN_IS_SAFE, "").trim();
    return new ReleaseTweetError(error.code, error.message, fix, { docs: error.docs, cause: error.cause });
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
    return new errors_ReleaseTweetError(code, redact(message, secrets), redact(fix, secrets), {
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
/** Short description of a body that is not JSON, without echoing it (it may be a whole HTML page). */
function describeBody(response) {
    const type = response.headers["content-type"]?.split(";")[0]?.trim();
    if (response.body === "")
        return "an empty body";
    if (/^\s*</.test(response.body) || type === "text/html")
        return "an HTML page, likely from a gateway or proxy";
    return `a ${type ?? "non-JSON"} body`;
}
const LIMITS = [
    { reset: "x-user-limit-24hour-reset", remaining: "x-user-limit-24hour-remaining", name: "the account's 24-hour post limit" },
    { reset: "x-app-limit-24hour-reset", remaining: "x-app-limit-24hour-remaining", name: "the app's 24-hour post limit" },
    { reset: "x-rate-limit-reset", remaining: "x-rate-limit-remaining", name: "the 15-minute window" },
];
/** Which limit a 429 hit and when it resets (epoch ms); the exhausted one wins, the latest if several are. */
function rateLimitReset(headers) {
    const known = LIMITS.flatMap((l) => {
        const seconds = Number(headers[l.reset]);
        return headers[l.reset] !== undefined && Number.isFinite(seconds) && seconds > 0
            ? [{ atMs: seconds * 1000, limit: l.name, exhausted: headers[l.remaining] === "0" }]
            : [];
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
    const make = (code, more = {}) => xError(code, { ...base, ...more }, extra.secrets);
    const parsed = parseErrorBody(response.body);
    // v1.1-style `errors` carry the specific reason (e.g. which parameter); problem+json the general one.
    const specific = parsed?.errors.flatMap((e) => (e.message ? [e.message] : [])).join("; ");
    const words = (parsed && (specific || parsed.detail || parsed.title)) ?? undefined;
    if (response.status >= 500)
        return make("EXSERVER", { detail: parsed ? words : describeBody(response) });
    if (!parsed)
        return make("EXBADRESPONSE", { detail: describeBody(response) });
    const codes = parsed.errors.map((e) => e.code);
    if (parsed.title === "UsageCapExceeded" || parsed.type?.endsWith("/usage-capped"))
        return make("EXUSAGECAP", { detail: parsed.detail });
    if (response.status === 429) {
        const reset = rateLimitReset(response.headers);
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
        return make("EXFORBIDDEN", { detail: words });
    }
    if (response.status === 400)
        return make("EXBADREQUEST", { detail: words });
    return make("EXREJECTED", { detail: words });
}

;// CONCATENATED MODULE: ./src/x/signed-request.ts







const DEFAULT_TIMEOUT_MS = 10_000;
/** Parses TWITTER_API_BASE_URL / apiBaseUrl by the rule every door shares; a trailing slash tolerated, a path prefix kept. */
function resolveBaseUrl(value) {
    const text = value?.trim() || DEFAULT_API_BASE_URL;
    const problem = apiBaseUrlProblem(text);
    if (problem !== undefined) {
        throw new errors_ReleaseTweetError("EXBASEURL", `The X API base URL ${problem}.`, `Set TWITTER_API_BASE_URL (Action input api-base-url, plugin option apiBaseUrl) to a URL such as ${DEFAULT_API_BASE_URL}, or leave it unset.`);
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
 * fetch's own wrapper (TypeError "fetch failed") says nothing, so the error it wraps is described instead.
 */
function safeCause(failure, secrets) {
    const error = networkCause(failure);
    const describe = (e) => {
        if (!(e instanceof Error))
            return String(e);
        const code = e.code;
        return `${e.name}${typeof code === "string" ? ` [${code}]` : ""}: ${e.message}`;
    };
    const inner = error instanceof Error && error.cause !== undefined ? ` (${describe(error.cause)})` : "";
    return new Error(redact(`${describe(error)}${inner}`, secrets));
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
    const label = `${req.method} ${req.path}`;
    const signal = AbortSignal.timeout(req.timeoutMs);
    try {
        // Never redirected (fetchText): a signed request replayed elsewhere would hand its signature to that host.
        return await fetchText(url, { method: req.method, headers, body, signal, dispatcher: options.dispatcher });
    }
    catch (error) {
        const secrets = secretsOf(req, authorization);
        const cause = safeCause(error, secrets);
        if (signal.aborted) {
            throw xError("EXTIMEOUT", { request: label, detail: `no answer within ${req.timeoutMs} ms`, cause }, secrets);
        }
        throw xError("EXNETWORK", { request: label, detail: cause.message, cause }, secrets);
    }
}

;// CONCATENATED MODULE: ./src/x/client.ts






/** The documented policy (README "Guarantees"): worst case 3 × 10 s timeouts + ≤ 3 s backoff stays under the 40 s budget. */
const RETRY_POLICY = {
    attempts: 3,
    baseMs: 1_000,
    capMs: 8_000,
    rateLimitWaitMaxMs: 30_000,
    budgetMs: 40_000,
};
/** The shortest attempt worth starting when the budget runs low. */
const MIN_ATTEMPT_MS = 1_000;
const RETRYABLE = new Set(["EXSERVER", "EXBADRESPONSE", "EXNETWORK", "EXTIMEOUT"]);
function statusUrl(id) {
    return `https://x.com/i/status/${id}`;
}
function validateCredentials(credentials) {
    const problems = Object.keys(CREDENTIAL_ENV).flatMap((key) => {
        const value = credentials[key];
        const name = `${CREDENTIAL_ENV[key]} (${CREDENTIAL_INPUT[key]})`;
        const problem = typeof value === "string" ? credentialProblem(value) : "is empty";
        return problem === undefined ? [] : [`${name} ${problem}`];
    });
    if (problems.length > 0) {
        throw new errors_ReleaseTweetError("EXCREDENTIALS", `The X credentials are not usable: ${problems.join("; ")}.`, "Copy each value again from the X developer portal (Keys and tokens), whole and without surrounding spaces.");
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
        this.#debug = (line) => debug(redact(line, this.#secrets));
    }
    /** POST /2/tweets. Throws ReleaseTweetError with an actionable message on every failure. */
    async postTweet(text, options = {}) {
        if (text.trim() === "") {
            throw new errors_ReleaseTweetError("EXEMPTYPOST", "The post is empty.", "Check the template: it produced no text.");
        }
        if (options.replyTo !== undefined && !/^\d{1,25}$/.test(options.replyTo)) {
            throw new errors_ReleaseTweetError("EXREPLYTO", `"${options.replyTo}" is not a post id.`, "Pass the numeric id of the post to reply to.");
        }
        const json = options.replyTo === undefined ? { text } : { text, reply: { in_reply_to_tweet_id: options.replyTo } };
        const label = "POST /2/tweets";
        const outcome = await this.#call(label, { method: "POST", path: "/2/tweets", json });
        const { response, attempts } = outcome;
        if (response.status === 201) {
            const id = readId(response.body);
            if (id !== null)
                return { id, url: statusUrl(id), alreadyPosted: false };
            // The post exists; retrying would only meet "duplicate". Report success with an unknown id.
            this.#debug(`${label} → 201 with ${describeBody(response)} and no post id; the post exists, its id is unknown`);
            return { id: null, url: null, alreadyPosted: false };
        }
        const error = errorForResponse(label, response, this.#now(), { attempts, secrets: this.#secrets });
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
            throw errorForResponse(label, response, this.#now(), { attempts, secrets: this.#secrets });
        const data = readData(response.body);
        if (typeof data?.id !== "string" || typeof data.username !== "string") {
            throw xError("EXBADRESPONSE", { request: label, status: 200, detail: `${describeBody(response)} without data.id and data.username` });
        }
        return { id: data.id, username: data.username };
    }
    /**
     * Sends with the retry policy and returns the last answer, or throws when no answer came.
     * Retried: 5xx, non-JSON answers, connection failures and timeouts (backoff with full jitter), and one 429 whose
     * reset is near. Never retried: other 4xx, a 201. Each attempt is signed afresh (new nonce and timestamp).
     */
    async #call(label, req) {
        const policy = this.#policy;
        const deadline = this.#now() + policy.budgetMs;
        const signed = {
            ...req,
            consumer: { key: this.#credentials.apiKey, secret: this.#credentials.apiSecret },
            token: { key: this.#credentials.accessToken, secret: this.#credentials.accessTokenSecret },
        };
        let mayHaveLanded = false;
        let waitedForRateLimit = false;
        for (let attempt = 1;; attempt++) {
            const remaining = deadline - this.#now();
            const timeoutMs = Math.min(this.#timeoutMs, remaining);
            let response;
            try {
                response = await sendSigned(this.#http, { ...signed, timeoutMs });
            }
            catch (error) {
                if (!(error instanceof errors_ReleaseTweetError) || !RETRYABLE.has(error.code))
                    throw error;
                this.#debug(`${label} attempt ${attempt}/${policy.attempts}: ${error.code}`);
                mayHaveLanded = true;
                await this.#backoff(attempt, deadline, () => error);
                continue;
            }
            this.#debug(`${label} attempt ${attempt}/${policy.attempts} → HTTP ${response.status}`);
            const retryable = response.status >= 500 || (response.status !== 201 && isNotJson(response.body));
            if (retryable) {
                mayHaveLanded = true;
                await this.#backoff(attempt, deadline, () => errorForResponse(label, response, this.#now(), { attempts: attempt, secrets: this.#secrets }));
                continue;
            }
            if (response.status === 429 && !waitedForRateLimit && attempt < policy.attempts) {
                const reset = rateLimitReset(response.headers);
                // +1 s: the reset header has second precision and X's clock is not ours.
                const waitMs = reset ? Math.max(0, reset.atMs - this.#now()) + 1_000 : Infinity;
                if (waitMs <= policy.rateLimitWaitMaxMs && this.#now() + waitMs + MIN_ATTEMPT_MS <= deadline) {
                    this.#debug(`${label}: rate limited, resets ${phraseReset(reset.atMs, this.#now())}; waiting ${waitMs} ms once`);
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
    return new errors_ReleaseTweetError(error.code, error.message.replace(/\)$/, `, after ${attempts} attempts)`), error.fix, {
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
function readId(body) {
    const id = readData(body)?.id;
    return typeof id === "string" && /^\d+$/.test(id) ? id : null;
}

;// CONCATENATED MODULE: ./src/core/workflow-commands.ts
// GitHub's runner obeys workflow commands in anything a step prints: "::name::…" starting a line (after spaces) and
// the old "##[name]…" anywhere in one. Text from outside (release notes) is printed between
// "::stop-commands::TOKEN" and "::TOKEN::" when it holds either, under a token no text can know.

const WORKFLOW_COMMAND = /^\s*::|##\[/m;
/** The lines to print before and after `text` so the runner reads none of it as a command; null when not needed. */
function commandPause(text) {
    if (!WORKFLOW_COMMAND.test(text))
        return null;
    const token = (0,external_node_crypto_namespaceObject.randomUUID)();
    return { before: `::stop-commands::${token}`, after: `::${token}::` };
}

;// CONCATENATED MODULE: external "@semantic-release/error"
var error_x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var error_y = (x) => (() => (x))
const error_namespaceObject = error_x({ ["default"]: () => (__WEBPACK_EXTERNAL_MODULE__semantic_release_error_4ef9d2e7__["default"]) });
;// CONCATENATED MODULE: ./src/plugin/errors.ts
// The plugin's error catalogue: one shape per kind of problem, and its SemanticReleaseError form for semantic-release.




/** README anchor of the "semantic-release plugin" section. */
const PLUGIN_DOCS = "semantic-release-plugin";
/** Used when something that is not a ReleaseTweetError stops the announcement. */
const ANNOUNCEMENT_FAILED = "EANNOUNCEMENT";
const CREDENTIAL_LABEL = {
    apiKey: "API Key (consumer key)",
    apiSecret: "API Key Secret (consumer secret)",
    accessToken: "Access Token",
    accessTokenSecret: "Access Token Secret",
};
/** ENOTWITTERAPIKEY, ENOTWITTERAPISECRET, ENOTWITTERACCESSTOKEN, ENOTWITTERACCESSTOKENSECRET. */
function missingCredential(key) {
    const name = CREDENTIAL_ENV[key];
    return new errors_ReleaseTweetError(`ENO${name.replaceAll("_", "")}`, `The environment variable ${name} is not set (or is blank).`, `Set ${name} to the ${CREDENTIAL_LABEL[key]} of the X account that posts, in the environment of the ` +
        "semantic-release step (from a CI secret). `npx release-tweet authorize` gets all four values and can store " +
        "them as repository secrets.", { docs: PLUGIN_DOCS });
}
/** EXCREDENTIALS: a credential that cannot be one (spaces or line breaks inside); its value is never repeated. */
function invalidCredential(key, problem) {
    const name = CREDENTIAL_ENV[key];
    return new errors_ReleaseTweetError("EXCREDENTIALS", `The environment variable ${name} ${problem}.`, `Copy the ${CREDENTIAL_LABEL[key]} again from the X developer portal (Keys and tokens) into ${name}, whole and nothing else.`, { docs: PLUGIN_DOCS });
}
/** EINVALIDTEMPLATE, EINVALIDTHREAD, EINVALIDMAXLENGTH, EINVALIDAPIBASEURL, EINVALIDPRERELEASE, EINVALIDVERIFYCREDENTIALS. */
function invalidOption(option, problem, fix, subject = `The release-tweet option "${option}"`) {
    return new errors_ReleaseTweetError(`EINVALID${option.toUpperCase()}`, `${subject} ${problem}`, fix, { docs: PLUGIN_DOCS });
}
/** semantic-release prints `code message`, then `details` as Markdown. Secrets are cut from both. */
function toSemanticReleaseError(error, secrets) {
    return new error_namespaceObject["default"](redact(error.message, secrets), error.code, redact(error.details, secrets));
}
/**
 * For failures after the release exists: the message leads with the fact that the release succeeded, then why the
 * announcement did not. The original error is not attached as `cause`: semantic-release prints causes in full.
 */
function announcementFailed(error, releaseName, secrets) {
    const lead = `${releaseName} was released successfully; only its announcement on X failed:`;
    const keep = "The release itself (tag, notes, published packages) is complete; do not revert it.";
    if (error instanceof errors_ReleaseTweetError) {
        return new error_namespaceObject["default"](redact(`${lead} ${error.message}`, secrets), error.code, redact(`${keep} ${error.details}`, secrets));
    }
    const why = error instanceof Error ? error.message : String(error);
    return new error_namespaceObject["default"](redact(`${lead} unexpected error: ${why}`, secrets), ANNOUNCEMENT_FAILED, redact(`${keep} Post the announcement by hand, and please report this error.\n\n` +
        `See [${PLUGIN_DOCS}](${README_URL}${PLUGIN_DOCS}).`, secrets));
}

;// CONCATENATED MODULE: ./src/plugin/log.ts
// The plugin's only way to log: every line passes redact() first, since semantic-release's masking misses some names.

function safeLogger(logger, secrets) {
    // "%s" keeps user text such as "100% faster" away from signale's format placeholders.
    const wrap = (method) => (line) => logger[method]("%s", redact(line, secrets));
    return { log: wrap("log"), warn: wrap("warn"), error: wrap("error"), success: wrap("success") };
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

;// CONCATENATED MODULE: ./src/plugin/release.ts
// Translates semantic-release's view of a release (nextRelease, releases[], repository URL, branch) into the core's Release. Pure.

/** Owner and name: the last two path segments (GitLab subgroups, file:// remotes in tests); "" when unknown. */
function parseRepositoryUrl(repositoryUrl) {
    const segments = readRepositoryUrl(repositoryUrl)?.segments ?? [];
    return { owner: segments.at(-2) ?? "", repo: segments.at(-1) ?? "" };
}
// The forge's release page is what {url} promises; @semantic-release/npm also returns a URL (the package page),
// and it is usually listed first.
const FORGE_PLUGIN = /(?:^|[/-])(?:github|gitlab|gitea|forgejo|bitbucket)$/i;
/** The release page: the URL the GitHub (or GitLab…) plugin returned, else the first URL any plugin returned. */
function releaseUrl(releases) {
    const withUrl = (releases ?? []).filter((release) => typeof release.url === "string" && release.url.trim() !== "");
    const forge = withUrl.find((release) => FORGE_PLUGIN.test(release.pluginName ?? ""));
    return (forge ?? withUrl[0])?.url?.trim() ?? "";
}
/** Why this release is not on the default channel, or null when it is. */
function prereleaseReason(nextRelease, branch) {
    if (nextRelease?.channel)
        return `it was released on the "${nextRelease.channel}" channel, not the default one`;
    if (branch?.prerelease || branch?.type === "prerelease") {
        return `it comes from the prerelease branch "${branch.name ?? "?"}"`;
    }
    if (nextRelease?.version?.includes("-"))
        return `${nextRelease.version} is a prerelease version`;
    return null;
}
function toRelease(context) {
    const next = context.nextRelease ?? {};
    // By the success step options.repositoryUrl may hold push credentials; the original URL does not.
    const { owner, repo } = parseRepositoryUrl(context.options?.originalRepositoryURL ?? context.options?.repositoryUrl);
    return {
        version: next.version ?? "",
        tag: next.gitTag ?? "",
        name: next.name ?? next.gitTag ?? "",
        repo,
        owner,
        url: releaseUrl(context.releases),
        notes: next.notes ?? null,
    };
}
/** "v1.2.3" for messages. */
function releaseLabel(nextRelease) {
    return nextRelease?.gitTag || nextRelease?.version || "The release";
}

;// CONCATENATED MODULE: ./src/plugin/resolve-config.ts
// Resolves the plugin's settings: plugin option, then context.env, then default. Pure; verify.ts judges the values.


const resolve_config_DEFAULT_MAX_LENGTH = 280;
function resolveConfig(options, env) {
    const envBaseUrl = present(env[API_BASE_ENV]);
    const [apiBaseUrl, apiBaseUrlSource] = isSet(options.apiBaseUrl)
        ? [options.apiBaseUrl, "option"]
        : envBaseUrl !== undefined
            ? [envBaseUrl, "env"]
            : [DEFAULT_API_BASE_URL, "default"];
    return {
        template: isSet(options.template) ? options.template : DEFAULT_TEMPLATE,
        thread: isSet(options.thread) ? options.thread : false,
        maxLength: isSet(options.maxLength) ? options.maxLength : resolve_config_DEFAULT_MAX_LENGTH,
        apiBaseUrl,
        apiBaseUrlSource,
        prerelease: isSet(options.prerelease) ? options.prerelease : false,
        verifyCredentials: isSet(options.verifyCredentials) ? options.verifyCredentials : false,
        credentials: {
            apiKey: present(env[CREDENTIAL_ENV.apiKey]),
            apiSecret: present(env[CREDENTIAL_ENV.apiSecret]),
            accessToken: present(env[CREDENTIAL_ENV.accessToken]),
            accessTokenSecret: present(env[CREDENTIAL_ENV.accessTokenSecret]),
        },
    };
}
/** Every credential value as found in env, raw and trimmed: what no output may contain. */
function secretValues(env) {
    const values = [];
    for (const name of Object.values(CREDENTIAL_ENV)) {
        const value = env[name];
        if (value === undefined)
            continue;
        values.push(value, value.trim());
    }
    return values;
}
function isSet(value) {
    return value !== undefined && value !== null;
}
function present(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
}

;// CONCATENATED MODULE: ./src/plugin/validate-config.ts
// Judges resolved settings: every problem with options and credentials, all at once, before anything is sent.






/** A plausible release, to prove the template can produce a post at all within maxLength. */
const SAMPLE_RELEASE = {
    version: "1.2.3",
    tag: "v1.2.3",
    name: "v1.2.3",
    repo: "project",
    owner: "owner",
    url: "https://github.com/owner/project/releases/tag/v1.2.3",
    notes: "### Bug Fixes\n\n* fix a bug",
};
function checkConfig(config) {
    const problems = [];
    const credentials = {};
    for (const key of Object.keys(CREDENTIAL_ENV)) {
        const value = config.credentials[key];
        const problem = value === undefined ? undefined : credentialProblem(value);
        if (value === undefined)
            problems.push(missingCredential(key));
        else if (problem !== undefined)
            problems.push(invalidCredential(key, problem));
        else
            credentials[key] = value;
    }
    const template = checkTemplate(config.template, problems);
    const thread = checkBoolean("thread", config.thread, problems);
    const maxLength = checkMaxLength(config.maxLength, problems);
    const apiBaseUrl = checkApiBaseUrl(config, problems);
    const prerelease = checkBoolean("prerelease", config.prerelease, problems);
    const verifyCredentials = checkBoolean("verifyCredentials", config.verifyCredentials, problems);
    if (template !== undefined && thread !== undefined && maxLength !== undefined) {
        checkComposable({ template, thread, maxLength }, problems);
    }
    if (problems.length > 0 ||
        template === undefined ||
        thread === undefined ||
        maxLength === undefined ||
        apiBaseUrl === undefined ||
        prerelease === undefined ||
        verifyCredentials === undefined) {
        return { ok: false, problems };
    }
    return {
        ok: true,
        settings: {
            credentials: credentials,
            compose: { template, thread, maxLength },
            apiBaseUrl,
            prerelease,
            verifyCredentials,
        },
    };
}
/** Resolves and checks; throws one AggregateError of SemanticReleaseErrors listing every problem. */
function loadSettings(options, env) {
    const result = checkConfig(resolveConfig(options, env));
    if (result.ok)
        return result.settings;
    const secrets = secretValues(env);
    throw new AggregateError(result.problems.map((problem) => toSemanticReleaseError(problem, secrets)), `release-tweet: ${result.problems.length} configuration problem(s)`);
}
function checkTemplate(value, problems) {
    if (typeof value !== "string" || value.trim() === "") {
        problems.push(invalidOption("template", `must be a non-empty string; got ${describe(value)}.`, 'Set "template" to text with placeholders such as {repo} {version} {notes} {url}, or remove it to use the default.'));
        return undefined;
    }
    try {
        validateTemplate(value);
        return value;
    }
    catch (error) {
        if (!(error instanceof errors_ReleaseTweetError))
            throw error;
        problems.push(invalidOption("template", `is not valid: ${error.message}`, error.fix));
        return undefined;
    }
}
function checkComposable(options, problems) {
    try {
        compose(SAMPLE_RELEASE, options);
    }
    catch (error) {
        if (!(error instanceof errors_ReleaseTweetError))
            throw error;
        problems.push(invalidOption("template", `cannot produce a post within maxLength ${options.maxLength}: ${error.message}`, 'Shorten the fixed text of "template", raise "maxLength", or set "thread": true.'));
    }
}
function checkBoolean(option, value, problems) {
    if (typeof value === "boolean")
        return value;
    problems.push(invalidOption(option, `must be true or false; got ${describe(value)}.`, `Set "${option}" to true or false (without quotes).`));
    return undefined;
}
function checkMaxLength(value, problems) {
    const problem = maxLengthProblem(value);
    if (problem === undefined && typeof value === "number")
        return value;
    problems.push(invalidOption("maxLength", `${problem}; got ${describe(value)}.`, 'Set "maxLength" to 280, or up to 25000 for X Premium accounts.'));
    return undefined;
}
function checkApiBaseUrl(config, problems) {
    const value = config.apiBaseUrl;
    const subject = config.apiBaseUrlSource === "env" ? `The environment variable ${API_BASE_ENV}` : 'The release-tweet option "apiBaseUrl"';
    const fix = `Remove it to use https://api.x.com, or set an https URL without user, password, query or fragment.`;
    const problem = typeof value === "string" && value.trim() !== "" ? apiBaseUrlProblem(value) : "must be a URL";
    if (problem !== undefined || typeof value !== "string") {
        problems.push(invalidOption("apiBaseUrl", `${problem}.`, fix, subject));
        return undefined;
    }
    const url = new URL(value.trim());
    return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
function describe(value) {
    if (typeof value === "string")
        return JSON.stringify(value);
    if (value === null || typeof value !== "object")
        return String(value);
    return Array.isArray(value) ? "a list" : "an object";
}

;// CONCATENATED MODULE: ./src/plugin/steps.ts
// The semantic-release steps: translate the plugin context into core calls and their results into log lines and errors.











const defaultDeps = { createClient: (options) => new XClient(options) };
/** What every step starts from, recomputed each time (no state between steps): settings, and a logger that redacts. */
function begin(pluginConfig, context) {
    const secrets = secretValues(context.env);
    return { secrets, log: safeLogger(context.logger, secrets), settings: loadSettings(pluginConfig, context.env) };
}
async function verifyConditions(pluginConfig, context, deps = defaultDeps) {
    const { secrets, log, settings } = begin(pluginConfig, context);
    if (!settings.verifyCredentials) {
        log.log("X credentials are set (not checked against X; set verifyCredentials: true to check them).");
        return;
    }
    try {
        const me = await clientFor(settings, deps).getMe();
        log.success(`X credentials work: release-tweet will post as @${me.username}.`);
    }
    catch (error) {
        throw asSemanticReleaseErrors(error, secrets);
    }
}
/** Dry runs only: shows the exact posts. Returns nothing, so the release notes stay as they are. */
function generateNotes(pluginConfig, context) {
    return new Promise((resolve) => {
        previewInDryRun(pluginConfig, context);
        resolve();
    });
}
function previewInDryRun(pluginConfig, context) {
    // A real run composes in `success`, once the release URL is known; nothing here may stop a release.
    if (!context.options?.dryRun)
        return;
    const { secrets, log, settings } = begin(pluginConfig, context);
    const label = releaseLabel(context.nextRelease);
    const skip = skipReason(settings, context);
    if (skip) {
        log.log(`Dry run: ${label} would not be announced on X: ${skip}.`);
        return;
    }
    const release = toRelease(context);
    if (!release.notes?.trim()) {
        log.warn("No release notes yet: list release-tweet after @semantic-release/release-notes-generator.");
    }
    let posts;
    try {
        posts = compose(release, settings.compose);
    }
    catch (error) {
        // In a dry run a failure here is the preview's answer: the real run would fail to announce.
        throw asSemanticReleaseErrors(error, secrets);
    }
    const count = posts.length === 1 ? "1 post" : `${posts.length} posts (a thread)`;
    log.log(`Dry run: release-tweet would post ${count} on X for ${label}:`);
    // On a GitHub runner, commands in the notes ("::set-output …", "##[…]") must not be obeyed as the log prints them.
    const pause = context.env["GITHUB_ACTIONS"] === "true" ? commandPause(posts.map((post) => post.text).join("\n")) : null;
    if (pause)
        context.stdout?.write(`${pause.before}\n`);
    posts.forEach((post, index) => {
        log.log(`Post ${index + 1}/${posts.length}, ${post.weightedLength}/${settings.compose.maxLength}:\n${post.text}`);
    });
    if (pause)
        context.stdout?.write(`${pause.after}\n`);
    if (settings.compose.template.includes("{url}")) {
        log.log("The release URL is not known in a dry run; the real post adds it (a URL counts 23).");
    }
}
async function success(pluginConfig, context, deps = defaultDeps) {
    const { secrets, log, settings } = begin(pluginConfig, context);
    const label = releaseLabel(context.nextRelease);
    const skip = skipReason(settings, context);
    if (skip) {
        log.log(`Not announcing ${label} on X: ${skip} (set the option prerelease: true to announce it).`);
        return;
    }
    try {
        const posts = compose(toRelease(context), settings.compose);
        const result = await publishPosts(clientFor(settings, deps), posts);
        if (result.alreadyPosted) {
            log.warn(`X says the announcement of ${label} already exists (a re-run?); nothing new was posted.`);
            return;
        }
        // A null URL: X confirmed after a retry that the post exists, without saying its id.
        reportPosted(log, label, result.posts.map((post) => post.url ?? "posted (X confirmed it exists but did not return its id)"));
    }
    catch (error) {
        const failure = announcementFailed(error, label, secrets);
        // semantic-release announces a version added to another channel before it makes this run's new release, and
        // a throw there would stop that release: the failure is reported, and the run goes on.
        if (isChannelPromotion(context)) {
            log.error(`${failure.message}\n${failure.details ?? ""}`);
            return;
        }
        throw failure;
    }
}
/**
 * True when `success` announces an existing version added to another channel (a `next` release merged into
 * `main`): semantic-release pushes that version's tag into branch.tags before the call, while a new release's tag is
 * made during the run, after branch.tags was read (semantic-release 24 and 25 alike).
 */
function isChannelPromotion(context) {
    const tag = context.nextRelease?.gitTag;
    return tag !== undefined && (context.branch?.tags ?? []).some((known) => known.gitTag === tag);
}
function reportPosted(log, label, where) {
    if (where.length === 1) {
        log.success(`Announced ${label} on X: ${where[0]}`);
        return;
    }
    log.success(`Announced ${label} on X in a thread of ${where.length} posts:`);
    where.forEach((url, index) => log.log(`Post ${index + 1}/${where.length}: ${url}`));
}
function skipReason(settings, context) {
    if (settings.prerelease)
        return null;
    return prereleaseReason(context.nextRelease, context.branch);
}
// `semantic-release --debug` enables every "semantic-release:*" namespace, so the client's retry lines show there.
// They are redacted by the client itself (no credential, no Authorization header).
const debugLine = (0,external_debug_namespaceObject["default"])("semantic-release:release-tweet");
function clientFor(settings, deps) {
    return deps.createClient({
        credentials: settings.credentials,
        baseUrl: settings.apiBaseUrl,
        debug: (line) => debugLine(line),
    });
}
/** Errors of a step that runs before the release exists; the original error is not attached (no secrets in causes). */
function asSemanticReleaseErrors(error, secrets) {
    const known = error instanceof errors_ReleaseTweetError
        ? error
        : new errors_ReleaseTweetError(ANNOUNCEMENT_FAILED, `release-tweet failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`, "Please report this error.", { docs: PLUGIN_DOCS });
    return new AggregateError([toSemanticReleaseError(known, secrets)], `release-tweet: ${known.code}`);
}

;// CONCATENATED MODULE: ./src/plugin/index.ts

function plugin_verifyConditions(pluginConfig, context) {
    return verifyConditions(pluginConfig, context);
}
function plugin_generateNotes(pluginConfig, context) {
    return generateNotes(pluginConfig, context);
}
function plugin_success(pluginConfig, context) {
    return success(pluginConfig, context);
}

var __webpack_exports__generateNotes = __webpack_exports__.fW;
var __webpack_exports__success = __webpack_exports__.kX;
var __webpack_exports__verifyConditions = __webpack_exports__.gY;
export { __webpack_exports__generateNotes as generateNotes, __webpack_exports__success as success, __webpack_exports__verifyConditions as verifyConditions };
