export const id = 783;
export const ids = [783];
export const modules = {

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


/***/ })

};
