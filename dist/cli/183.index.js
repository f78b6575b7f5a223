export const id = 183;
export const ids = [183];
export const modules = {

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


/***/ })

};
