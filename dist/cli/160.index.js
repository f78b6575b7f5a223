export const id = 160;
export const ids = [160];
export const modules = {

/***/ 160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPreview: () => (/* binding */ runPreview)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(296);
// EXTERNAL MODULE: external "twitter-text/dist/parseTweet.js"
var parseTweet_js_ = __webpack_require__(974);
// EXTERNAL MODULE: external "twitter-text/dist/configs.js"
var configs_js_ = __webpack_require__(549);
// EXTERNAL MODULE: external "twitter-text/dist/extractUrlsWithIndices.js"
var extractUrlsWithIndices_js_ = __webpack_require__(138);
// EXTERNAL MODULE: external "twitter-text/dist/extractMentionsOrListsWithIndices.js"
var extractMentionsOrListsWithIndices_js_ = __webpack_require__(31);
;// CONCATENATED MODULE: ./src/notes/x-text.ts
// X's weighted length, through twitter-text. The only module that imports twitter-text.
// Imports the files it needs rather than the package root: the same code with identical results, about 40% less
// load time and half the heap.




/** X's weighted length (config v3: URL = 23, CJK/emoji = 2, text NFC-normalized first). */
function weightedLength(text) {
    return (0,parseTweet_js_["default"])(text).weightedLength;
}
/** Whether X accepts this text as one post under `maxLength` (no invalid characters, not empty, not too long). */
function isValidPost(text, maxLength) {
    return parseTweet(text, { ...configs.defaults, maxWeightedTweetLength: maxLength }).valid;
}
/** The URLs twitter-text sees in the text (each counts 23), as UTF-16 [start, end) ranges. */
function urlRanges(text) {
    return (0,extractUrlsWithIndices_js_["default"])(text).map((entity) => entity.indices);
}
/** Where X would see an @mention (outside URLs), as UTF-16 offsets of the "@". */
function mentionOffsets(text) {
    const urls = urlRanges(text);
    return (0,extractMentionsOrListsWithIndices_js_["default"])(text)
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

// EXTERNAL MODULE: external "markdown-it"
var external_markdown_it_ = __webpack_require__(759);
// EXTERNAL MODULE: external "markdown-it-footnote"
var external_markdown_it_footnote_ = __webpack_require__(466);
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
const parser = new external_markdown_it_["default"]({ html: true, linkify: false, typographer: false }).use(external_markdown_it_footnote_["default"]);
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

// EXTERNAL MODULE: ./src/core/setting-rules.ts
var setting_rules = __webpack_require__(345);
;// CONCATENATED MODULE: ./src/notes/template.ts
// Post templates: parsing {placeholder} syntax and rendering with values, collapsing whatever an empty value leaves.


const PLACEHOLDERS = ["version", "tag", "name", "repo", "owner", "url", "notes"];
const isPlaceholder = (name) => PLACEHOLDERS.includes(name);
const LIST = PLACEHOLDERS.map((name) => `{${name}}`).join(" ");
function templateError(message) {
    return new errors/* ReleaseTweetError */.be("ETEMPLATE", message, `Use only the placeholders ${LIST}; write {{ and }} for literal braces.`, { docs: "templates" });
}
/** Splits a template into text and placeholders. `{{` and `}}` are literal braces; a lone `}` is literal too. */
function template_parseTemplate(template) {
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
    return new errors/* ReleaseTweetError */.be(code, message, fix, { docs });
}
const PLUGIN_NAMES = { maxLength: "maxLength", thread: "thread" };
function checkOptions(options) {
    const names = options.settingNames ?? PLUGIN_NAMES;
    const maxLength = options.maxLength ?? setting_rules/* DEFAULT_MAX_LENGTH */.mg;
    const problem = (0,setting_rules/* maxLengthProblem */.AX)(maxLength);
    if (problem !== undefined || typeof maxLength !== "number") {
        throw fail("EMAXLENGTH", `${names.maxLength} ${problem}, not ${JSON.stringify(maxLength)}.`, `Use 280 for a standard X account, or up to ${setting_rules/* MAX_LENGTH_LIMIT */.c} with X Premium.`);
    }
    const thread = options.thread;
    if (thread !== undefined && typeof thread !== "boolean") {
        throw fail("ETHREAD", `${names.thread} must be true or false, not ${JSON.stringify(thread)}.`, `Set ${names.thread} to true or false.`);
    }
    return { template: template_parseTemplate(options.template ?? DEFAULT_TEMPLATE), maxLength, thread: thread === true, names };
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
        throw fail("ETHREADTOOLONG", `These notes need ${exact ? "" : "about "}${needed} posts as a thread at ${maxLength} characters each, more than the limit of ${MAX_THREAD_POSTS}.`, `Raise ${names.maxLength} (up to ${setting_rules/* MAX_LENGTH_LIMIT */.c} with X Premium), shorten the release notes, or turn off ${names.thread} to post one shortened post.`);
    }
    return posts;
}

;// CONCATENATED MODULE: ./src/notes/sample-release.ts
const SAMPLE_RELEASE = {
    version: "2.4.0",
    tag: "v2.4.0",
    name: "v2.4.0",
    repo: "release-tweet",
    owner: "octo-org",
    url: "https://github.com/octo-org/release-tweet/releases/tag/v2.4.0",
    notes: `# [2.4.0](https://github.com/octo-org/release-tweet/compare/v2.3.1...v2.4.0) (2025-03-14)

### Bug Fixes

* **compose:** never cut a link or an emoji in half ([#141](https://github.com/octo-org/release-tweet/issues/141)) ([3f2a9c1](https://github.com/octo-org/release-tweet/commit/3f2a9c1d5e6b7a8c9d0e1f2a3b4c5d6e7f8a9b0c))
* **oauth:** sign query parameters of the media upload URL, closes [#138](https://github.com/octo-org/release-tweet/issues/138)

### Features

* **thread:** continue long release notes in replies ([#135](https://github.com/octo-org/release-tweet/issues/135)) ([9b8c7d6](https://github.com/octo-org/release-tweet/commit/9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c))
* **cli:** \`release-tweet preview\` shows the exact posts and their length 🎉
* **action:** new \`max-length\` input for X Premium accounts (up to 25,000 characters)

> [!NOTE]
> Threads are off by default; turn them on with \`thread: true\`.
`,
};

;// CONCATENATED MODULE: ./src/cli/preview.ts
// `release-tweet preview`: prints the exact posts the composer makes for a release, with X's weighted length.







const HELP = `Usage: release-tweet preview [options]

Shows the exact posts release-tweet would send, without posting anything.
With no options it previews a built-in sample release.

Options:
  --notes FILE|-        Release notes (Markdown) from FILE, or from stdin with '-'
  --version V           Version, e.g. 1.2.0 (default: --tag without a leading 'v')
  --tag T               Git tag, e.g. v1.2.0 (default: 'v' + --version)
  --name N              Release name (default: the tag)
  --url U               Release page URL
  --repo owner/name     Repository; fills {owner} and {repo}
  --template T          Post template (default: ${JSON.stringify(DEFAULT_TEMPLATE)})
                        Placeholders: {version} {tag} {name} {repo} {owner} {url} {notes}; {{ and }} are braces
  --thread              Continue long notes in replies instead of cutting them
  --max-length N        X's weighted limit per post, 1-${setting_rules/* MAX_LENGTH_LIMIT */.c} (default: ${setting_rules/* DEFAULT_MAX_LENGTH */.mg}; Premium allows more)
  -h, --help            Show this help`;
const OPTIONS = {
    notes: { type: "string" },
    version: { type: "string" },
    tag: { type: "string" },
    name: { type: "string" },
    url: { type: "string" },
    repo: { type: "string" },
    template: { type: "string" },
    thread: { type: "boolean" },
    "max-length": { type: "string" },
    help: { type: "boolean", short: "h" },
};
function usageError(message, fix) {
    return new errors/* ReleaseTweetError */.be("EPREVIEWUSAGE", message, fix, { docs: "preview" });
}
async function readStream(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString("utf8");
}
async function readNotesFile(file, io) {
    if (file === "-")
        return readStream(io.stdin);
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, file), "utf8");
    }
    catch (error) {
        const code = error.code;
        const why = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a directory" : `cannot be read (${code ?? "error"})`;
        throw usageError(`The notes file '${file}' ${why}.`, "Pass the path of a Markdown file with --notes, or '-' to read stdin.");
    }
}
function parseMaxLength(value) {
    if (value === undefined)
        return undefined;
    const number = (0,setting_rules/* maxLengthFromText */.Kx)(value);
    const problem = (0,setting_rules/* maxLengthProblem */.AX)(number);
    if (problem !== undefined) {
        throw usageError(`--max-length ${problem}, not '${value}'.`, `Use 280, or up to ${setting_rules/* MAX_LENGTH_LIMIT */.c} for X Premium.`);
    }
    return number;
}
/** Fills missing values from each other: tag ⇄ version, name = tag. */
function releaseFrom(values, notes) {
    const tag = values.tag ?? (values.version ? `v${values.version.replace(/^v/, "")}` : "");
    const version = values.version ?? tag.replace(/^v(?=\d)/, "");
    const [owner = "", repo = ""] = values.repo?.includes("/") ? values.repo.split("/", 2) : ["", values.repo ?? ""];
    if (values.repo !== undefined && !/^[\w.-]*\/?[\w.-]+$/.test(values.repo)) {
        throw usageError(`--repo must look like owner/name, not '${values.repo}'.`, "Pass --repo octo-org/my-project.");
    }
    return { version, tag, name: values.name ?? tag, url: values.url ?? "", owner, repo, notes };
}
async function runPreview(argv, io) {
    try {
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
        }
        catch (error) {
            throw usageError(`${error.message.split("\n")[0]}`, "Run 'release-tweet preview --help' for the options.");
        }
        const { values } = parsed;
        if (values.help) {
            io.out(HELP);
            return 0;
        }
        const maxLength = parseMaxLength(values["max-length"]);
        const useSample = ["notes", "version", "tag", "name", "url", "repo"].every((key) => values[key] === undefined);
        const release = useSample
            ? SAMPLE_RELEASE
            : releaseFrom(values, values.notes === undefined ? null : await readNotesFile(values.notes, io));
        const posts = compose(release, {
            template: values.template,
            maxLength,
            thread: values.thread,
            settingNames: { maxLength: "--max-length", thread: "--thread" },
        });
        const limit = maxLength ?? setting_rules/* DEFAULT_MAX_LENGTH */.mg;
        if (useSample)
            io.out(`(No release given: previewing the built-in sample, ${release.repo} ${release.version}.)\n`);
        posts.forEach((post, index) => {
            io.out(`── post ${index + 1} of ${posts.length} ──`);
            io.out(post.text);
            io.out(`── ${post.weightedLength}/${limit} ──\n`);
        });
        return 0;
    }
    catch (error) {
        io.err(`release-tweet preview: ${(0,errors/* describeError */.Uc)(error)}`);
        return 1;
    }
}


/***/ }),

/***/ 296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   be: () => (/* binding */ ReleaseTweetError)
/* harmony export */ });
/* unused harmony export README_URL */
// The one error type the core throws for expected failures: what went wrong, what to do, where to read more.
// Doors print `message` and `fix`; semantic-release shows `details` (Markdown). Nothing here may hold a secret.
// The package page renders the README; its anchors are the README section ids.
const README_URL = "https://www.npmjs.com/package/release-tweet#";
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
/* harmony export */   c: () => (/* binding */ MAX_LENGTH_LIMIT),
/* harmony export */   mg: () => (/* binding */ DEFAULT_MAX_LENGTH),
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


/***/ })

};
