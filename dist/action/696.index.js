export const id = 696;
export const ids = [696];
export const modules = {

/***/ 5696:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kj: () => (/* binding */ Client)
});

// UNUSED EXPORTS: ClientResponseError, ClientValidationError, isXRPCErrorPayload, ok

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/syntax/cid.js
const DASL_CID_RE = /^baf[ky]rei[a-z2-7]{52}$/;
// #__NO_SIDE_EFFECTS__
const isCid = (input) => {
    return typeof input === 'string' && input.length === 59 && DASL_CID_RE.test(input);
};

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/interfaces/cid-link.js

const CID_LINK_SYMBOL = Symbol.for('@atcute/cid-link-wrapper');
/** @internal */
const _isCidLinkWrapper = (input) => {
    return typeof input === 'object' && input !== null && CID_LINK_SYMBOL in input;
};
const isCidLink = (input) => {
    // oxlint-disable-next-line typescript/no-explicit-any
    const v = input;
    return (typeof v === 'object' &&
        v !== null &&
        (CID_LINK_SYMBOL in v || (isCid(v.$link) && Object.keys(v).length === 1)));
};

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/interfaces/blob.js

const isBlob = (input) => {
    // oxlint-disable-next-line typescript/no-explicit-any
    const v = input;
    return (typeof v === 'object' &&
        v !== null &&
        v.$type === 'blob' &&
        typeof v.mimeType === 'string' &&
        Number.isSafeInteger(v.size) &&
        isCidLink(v.ref) &&
        Object.keys(v).length === 4);
};
const isLegacyBlob = (input) => {
    // oxlint-disable-next-line typescript/no-explicit-any
    const v = input;
    return (typeof v === 'object' &&
        v !== null &&
        typeof v.cid === 'string' &&
        typeof v.mimeType === 'string' &&
        Object.keys(v).length === 2);
};
/**
 * extracts all blob references from a record object, including in undeclared properties. by default only
 * finds modern blobs; set `allowLegacy` to also include legacy blob formats.
 *
 * @param record record object to walk
 * @param options collection options
 * @returns array of blob references found
 */
const collectBlobs = (record, options) => {
    const allowLegacy = options?.allowLegacy === true;
    const blobs = [];
    const stack = [record];
    const visited = new Set();
    while (stack.length > 0) {
        const value = stack.pop();
        if (typeof value !== 'object' || value === null) {
            continue;
        }
        if (visited.has(value)) {
            continue;
        }
        visited.add(value);
        if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--) {
                stack.push(value[i]);
            }
            continue;
        }
        if (isBlob(value)) {
            blobs.push({
                cid: value.ref.$link,
                mimeType: value.mimeType,
                size: value.size,
            });
            continue;
        }
        if (allowLegacy && isLegacyBlob(value)) {
            blobs.push({
                cid: value.cid,
                mimeType: value.mimeType,
                size: -1,
            });
            continue;
        }
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
            const v = value[keys[i]];
            if (v != null) {
                stack.push(v);
            }
        }
    }
    return blobs;
};

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/interfaces/bytes.js
const BYTES_SYMBOL = Symbol.for('@atcute/bytes-wrapper');
/** @internal */
// #__NO_SIDE_EFFECTS__
const bytes_isBytesWrapper = (input) => {
    return typeof input === 'object' && input !== null && BYTES_SYMBOL in input;
};
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;
const isBase64 = (input) => {
    if (typeof input !== 'string') {
        return false;
    }
    return BASE64_RE.test(input);
};
// #__NO_SIDE_EFFECTS__
const isBytes = (input) => {
    // oxlint-disable-next-line typescript/no-explicit-any
    const v = input;
    return (typeof v === 'object' &&
        v !== null &&
        (BYTES_SYMBOL in v || (isBase64(v.$bytes) && Object.keys(v).length === 1)));
};

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/syntax/did.js
const DID_RE = /^did:([a-z]+):([a-zA-Z0-9._:%-]*[a-zA-Z0-9._-])$/;
// #__NO_SIDE_EFFECTS__
const did_isDid = (input) => {
    return typeof input === 'string' && input.length >= 7 && input.length <= 2048 && DID_RE.test(input);
};

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/syntax/utils/ascii.js
// #__NO_SIDE_EFFECTS__
const isAsciiAlpha = (c) => {
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
};
// #__NO_SIDE_EFFECTS__
const isAsciiAlphaNum = (c) => {
    return isAsciiAlpha(c) || (c >= 0x30 && c <= 0x39);
};

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/syntax/handle.js

// validates a domain label: starts/ends with alphanumeric, middle allows hyphens, max 63 chars
const isValidLabel = (input, start, end) => {
    const len = end - start;
    if (len === 0 || len > 63) {
        return false;
    }
    const first = input.charCodeAt(start);
    if (!isAsciiAlphaNum(first)) {
        return false;
    }
    if (len > 1) {
        if (!isAsciiAlphaNum(input.charCodeAt(end - 1))) {
            return false;
        }
        for (let j = start + 1; j < end - 1; j++) {
            const c = input.charCodeAt(j);
            if (!isAsciiAlphaNum(c) && c !== 0x2d) {
                return false;
            }
        }
    }
    return true;
};
// #__NO_SIDE_EFFECTS__
const isHandle = (input) => {
    if (typeof input !== 'string') {
        return false;
    }
    const len = input.length;
    if (len < 3 || len > 253) {
        return false;
    }
    let labelStart = 0;
    let labelCount = 0;
    let lastLabelStart = 0;
    for (let i = 0; i <= len; i++) {
        if (i === len || input.charCodeAt(i) === 0x2e) {
            if (!isValidLabel(input, labelStart, i)) {
                return false;
            }
            lastLabelStart = labelStart;
            labelStart = i + 1;
            labelCount++;
        }
    }
    // need at least 2 labels (one dot)
    if (labelCount < 2) {
        return false;
    }
    // TLD must start with a letter
    return isAsciiAlpha(input.charCodeAt(lastLabelStart));
};

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/syntax/at-identifier.js


// #__NO_SIDE_EFFECTS__
const at_identifier_isActorIdentifier = (input) => {
    return did_isDid(input) || isHandle(input);
};

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/syntax/nsid.js

// #__NO_SIDE_EFFECTS__
const nsid_isNsid = (input) => {
    if (typeof input !== 'string') {
        return false;
    }
    const len = input.length;
    if (len < 5 || len > 317) {
        return false;
    }
    // find the last dot to separate domain labels from the name segment
    let lastDot = -1;
    for (let j = len - 1; j >= 0; j--) {
        if (input.charCodeAt(j) === 0x2e) {
            lastDot = j;
            break;
        }
    }
    if (lastDot === -1) {
        return false;
    }
    // validate domain segments (before lastDot)
    let segStart = 0;
    let segIdx = 0;
    for (let i = 0; i <= lastDot; i++) {
        if (i === lastDot || input.charCodeAt(i) === 0x2e) {
            const segLen = i - segStart;
            if (segLen === 0 || segLen > 63) {
                return false;
            }
            const first = input.charCodeAt(segStart);
            if (segIdx === 0) {
                // first domain label must start with a letter
                if (!isAsciiAlpha(first)) {
                    return false;
                }
            }
            else {
                // subsequent domain labels start with alphanumeric
                if (!isAsciiAlphaNum(first)) {
                    return false;
                }
            }
            if (segLen > 1) {
                if (!isAsciiAlphaNum(input.charCodeAt(i - 1))) {
                    return false;
                }
                for (let j = segStart + 1; j < i - 1; j++) {
                    const c = input.charCodeAt(j);
                    if (!isAsciiAlphaNum(c) && c !== 0x2d) {
                        return false;
                    }
                }
            }
            segStart = i + 1;
            segIdx++;
        }
    }
    // need at least 2 domain segments
    if (segIdx < 2) {
        return false;
    }
    // name segment (after lastDot): starts with letter, rest alphanumeric, max 63
    const nameStart = lastDot + 1;
    const nameLen = len - nameStart;
    if (nameLen === 0 || nameLen > 63) {
        return false;
    }
    if (!isAsciiAlpha(input.charCodeAt(nameStart))) {
        return false;
    }
    for (let j = nameStart + 1; j < len; j++) {
        if (!isAsciiAlphaNum(input.charCodeAt(j))) {
            return false;
        }
    }
    return true;
};

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/syntax/record-key.js

// #__NO_SIDE_EFFECTS__
const record_key_isRecordKey = (input) => {
    if (typeof input !== 'string') {
        return false;
    }
    const len = input.length;
    if (len < 1 || len > 512) {
        return false;
    }
    // reject "." and ".."
    if (len <= 2 && input.charCodeAt(0) === 0x2e && (len === 1 || input.charCodeAt(1) === 0x2e)) {
        return false;
    }
    for (let i = 0; i < len; i++) {
        const c = input.charCodeAt(i);
        // [a-zA-Z0-9_~.:-]
        if (!isAsciiAlphaNum(c) &&
            c !== 0x5f && // _
            c !== 0x7e && // ~
            c !== 0x2e && // .
            c !== 0x3a && // :
            c !== 0x2d // -
        ) {
            return false;
        }
    }
    return true;
};

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/syntax/at-uri.js





// minimum valid non-canonical at-uri is `at://a.a` (8 chars)
const AT_URI_MIN_LENGTH = 8;
// a general at-uri is bounded by the spec's overall 8 KB limit; the JSON-pointer fragment is otherwise
// unbounded structurally
const AT_URI_MAX_LENGTH = 8 * 1024;
// minimum canonical at-uri is `at://did:m:v/a.b.c/x` (20 chars)
const CANONICAL_AT_URI_MIN_LENGTH = (/* unused pure expression or super */ null && (5 + 7 + 1 + 5 + 1 + 1));
// a canonical at-uri carries no fragment, so its length is bounded by the structural maximum:
// `at://` + DID (2048) + `/` + NSID (317) + `/` + rkey (512)
const CANONICAL_AT_URI_MAX_LENGTH = (/* unused pure expression or super */ null && (5 + 2048 + 1 + 317 + 1 + 512));
// repo: [a-zA-Z0-9._:%-]
// collection: [a-zA-Z0-9.-]
// rkey: [a-zA-Z0-9._~:@!$&%')(*+,;=-]
// fragment: /[a-zA-Z0-9._~:@!$&%')(*+,;=\-[\]/\\]*
const ATURI_RE = /^at:\/\/([a-zA-Z0-9._:%-]+)(?:\/([a-zA-Z0-9-.]+)(?:\/([a-zA-Z0-9._~:@!$&%')(*+,;=-]+))?)?(?:#(\/[a-zA-Z0-9._~:@!$&%')(*+,;=\-[\]/\\]*))?$/;
const isFragmentChar = (c) => {
    return (isAsciiAlphaNum(c) ||
        c === 0x2e || // .
        c === 0x5f || // _
        c === 0x7e || // ~
        c === 0x3a || // :
        c === 0x40 || // @
        c === 0x21 || // !
        c === 0x24 || // $
        c === 0x26 || // &
        c === 0x25 || // %
        c === 0x27 || // '
        c === 0x29 || // )
        c === 0x28 || // (
        c === 0x2a || // *
        c === 0x2b || // +
        c === 0x2c || // ,
        c === 0x3b || // ;
        c === 0x3d || // =
        c === 0x2d || // -
        c === 0x5b || // [
        c === 0x5d || // ]
        c === 0x2f || // /
        c === 0x5c // \
    );
};
// #__NO_SIDE_EFFECTS__
const isResourceUri = (input) => {
    if (typeof input !== 'string') {
        return false;
    }
    const len = input.length;
    if (len < AT_URI_MIN_LENGTH || len > AT_URI_MAX_LENGTH) {
        return false;
    }
    if (input.charCodeAt(0) !== 0x61 ||
        input.charCodeAt(1) !== 0x74 ||
        input.charCodeAt(2) !== 0x3a ||
        input.charCodeAt(3) !== 0x2f ||
        input.charCodeAt(4) !== 0x2f) {
        return false;
    }
    const hash = input.indexOf('#', 5);
    const stop = hash === -1 ? len : hash;
    if (hash !== -1) {
        const fragmentStart = hash + 1;
        if (fragmentStart >= len || input.charCodeAt(fragmentStart) !== 0x2f) {
            return false;
        }
        for (let idx = fragmentStart; idx < len; idx++) {
            if (!isFragmentChar(input.charCodeAt(idx))) {
                return false;
            }
        }
    }
    const firstSlash = input.indexOf('/', 5);
    let repoEnd = stop;
    let collection;
    let rkey;
    if (firstSlash !== -1 && firstSlash < stop) {
        repoEnd = firstSlash;
        const collectionStart = firstSlash + 1;
        if (collectionStart >= stop) {
            return false;
        }
        const secondSlash = input.indexOf('/', collectionStart);
        if (secondSlash !== -1 && secondSlash < stop) {
            if (secondSlash === collectionStart || secondSlash + 1 >= stop) {
                return false;
            }
            const thirdSlash = input.indexOf('/', secondSlash + 1);
            if (thirdSlash !== -1 && thirdSlash < stop) {
                return false;
            }
            collection = input.substring(collectionStart, secondSlash);
            rkey = input.substring(secondSlash + 1, stop);
        }
        else {
            collection = input.substring(collectionStart, stop);
        }
    }
    if (repoEnd <= 5) {
        return false;
    }
    const repo = input.substring(5, repoEnd);
    return (at_identifier_isActorIdentifier(repo) &&
        (collection === undefined || nsid_isNsid(collection)) &&
        (rkey === undefined || record_key_isRecordKey(rkey)));
};
// #__NO_SIDE_EFFECTS__
const parseResourceUri = (input) => {
    const len = input.length;
    if (len < AT_URI_MIN_LENGTH || len > AT_URI_MAX_LENGTH) {
        throw new SyntaxError(`invalid at-uri: ${input}`);
    }
    const match = ATURI_RE.exec(input);
    if (match === null) {
        throw new SyntaxError(`invalid at-uri: ${input}`);
    }
    const [, r, c, k, f] = match;
    if (!isActorIdentifier(r)) {
        throw new SyntaxError(`invalid repo in at-uri: ${r}`);
    }
    if (c !== undefined && !isNsid(c)) {
        throw new SyntaxError(`invalid collection in at-uri: ${c}`);
    }
    if (k !== undefined && !isRecordKey(k)) {
        throw new SyntaxError(`invalid rkey in at-uri: ${k}`);
    }
    return { repo: r, collection: c, rkey: k, fragment: f };
};
// #__NO_SIDE_EFFECTS__
const isCanonicalResourceUri = (input) => {
    if (typeof input !== 'string') {
        return false;
    }
    const len = input.length;
    if (len < CANONICAL_AT_URI_MIN_LENGTH || len > CANONICAL_AT_URI_MAX_LENGTH) {
        return false;
    }
    // must start with "at://"
    if (input.charCodeAt(0) !== 0x61 ||
        input.charCodeAt(1) !== 0x74 ||
        input.charCodeAt(2) !== 0x3a ||
        input.charCodeAt(3) !== 0x2f ||
        input.charCodeAt(4) !== 0x2f) {
        return false;
    }
    const firstSlash = input.indexOf('/', 5);
    if (firstSlash === -1) {
        return false;
    }
    const secondSlash = input.indexOf('/', firstSlash + 1);
    if (secondSlash === -1) {
        return false;
    }
    const repo = input.substring(5, firstSlash);
    const collection = input.substring(firstSlash + 1, secondSlash);
    // a canonical uri has no fragment; any '#' falls into the rkey and is rejected by isRecordKey
    const rkey = input.substring(secondSlash + 1);
    return isDid(repo) && isNsid(collection) && isRecordKey(rkey);
};
// #__NO_SIDE_EFFECTS__
const parseCanonicalResourceUri = (input) => {
    const len = input.length;
    if (len < CANONICAL_AT_URI_MIN_LENGTH || len > CANONICAL_AT_URI_MAX_LENGTH) {
        throw new SyntaxError(`invalid canonical-at-uri: ${input}`);
    }
    const match = ATURI_RE.exec(input);
    if (match === null) {
        throw new SyntaxError(`invalid canonical-at-uri: ${input}`);
    }
    const [, r, c, k, f] = match;
    if (!isDid(r)) {
        throw new SyntaxError(`invalid repo in canonical-at-uri: ${r}`);
    }
    if (!isNsid(c)) {
        throw new SyntaxError(`invalid collection in canonical-at-uri: ${c}`);
    }
    if (!isRecordKey(k)) {
        throw new SyntaxError(`invalid rkey in canonical-at-uri: ${k}`);
    }
    // a canonical uri has no fragment
    if (f !== undefined) {
        throw new SyntaxError(`unexpected fragment in canonical-at-uri: ${input}`);
    }
    return { repo: r, collection: c, rkey: k };
};

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/syntax/datetime.js
const DATE_TIME_RE = /^((?!0{4})\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))T((?:[01]\d|2[0-3]):(?:[0-5]\d):(?:[0-5]\d))(\.\d+)?(Z|(?!-00:00)[+-](?:[01]\d|2[0-3]):(?:[0-5]\d))$/;
// #__NO_SIDE_EFFECTS__
const isDatetime = (input) => {
    return typeof input === 'string' && input.length >= 20 && input.length <= 64 && DATE_TIME_RE.test(input);
};

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/syntax/language.js
const LANGUAGE_CODE_RE = /^((?<grandfathered>(en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE)|(art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang))|((?<language>([A-Za-z]{2,3}(-(?<extlang>[A-Za-z]{3}(-[A-Za-z]{3}){0,2}))?)|[A-Za-z]{4}|[A-Za-z]{5,8})(-(?<script>[A-Za-z]{4}))?(-(?<region>[A-Za-z]{2}|[0-9]{3}))?(-(?<variant>[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-(?<extension>[0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+))*(-(?<privateUseA>x(-[A-Za-z0-9]{1,8})+))?)|(?<privateUseB>x(-[A-Za-z0-9]{1,8})+))$/;
// #__NO_SIDE_EFFECTS__
const isLanguageCode = (input) => {
    return typeof input === 'string' && input.length >= 2 && LANGUAGE_CODE_RE.test(input);
};

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/syntax/tid.js
const TID_RE = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
// #__NO_SIDE_EFFECTS__
const isTid = (input) => {
    return typeof input === 'string' && input.length === 13 && TID_RE.test(input);
};

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./node_modules/@atcute/uint8array/dist/index.node.js
// oxlint-disable no-underscore-dangle


const _alloc = /*#__PURE__*/ (/* unused pure expression or super */ null && ((() => NodeBuffer.alloc)()));
const _allocUnsafe = /*#__PURE__*/ (/* unused pure expression or super */ null && ((() => NodeBuffer.allocUnsafe)()));
const _concat = /*#__PURE__*/ (/* unused pure expression or super */ null && ((() => NodeBuffer.concat)()));
const _from = /*#__PURE__*/ (/* unused pure expression or super */ null && ((() => NodeBuffer.from)()));
const _byteLength = /*#__PURE__*/ (() => external_node_buffer_.Buffer.byteLength)();
const _compare = /*#__PURE__*/ (/* unused pure expression or super */ null && ((() => NodeBuffer.prototype.compare)()));
const _equals = /*#__PURE__*/ (/* unused pure expression or super */ null && ((() => NodeBuffer.prototype.equals)()));
const _utf8Slice = /*#__PURE__*/ (/* unused pure expression or super */ null && ((() => NodeBuffer.prototype.utf8Slice)()));
const _utf8Write = /*#__PURE__*/ (/* unused pure expression or super */ null && ((() => NodeBuffer.prototype.utf8Write)()));
const toUint8Array = (buffer) => {
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};
const alloc = (size) => {
    return toUint8Array(_alloc(size));
};
const allocUnsafe = (size) => {
    return toUint8Array(_allocUnsafe(size));
};
/**
 * compares two Uint8Array buffers bytewise
 *
 * @param a first buffer
 * @param b second buffer
 * @returns -1 if `a` sorts before `b`, 1 if it sorts after, 0 if they hold the same bytes
 */
const compare = (a, b) => {
    return _compare.call(a, b);
};
const equals = (a, b) => {
    return _equals.call(a, b);
};
/**
 * checks if the two Uint8Array buffers are equal, timing-safe version
 *
 * @param a first buffer
 * @param b second buffer
 * @returns whether the buffers hold the same bytes; false if their lengths differ
 */
const timingSafeEquals = (a, b) => {
    // `timingSafeEqual` throws on a length mismatch, but the length is not what we're guarding here
    return a.length === b.length && _timingSafeEqual(a, b);
};
/**
 * concatenates multiple Uint8Array buffers into one
 *
 * @param arrays buffers to concatenate
 * @param size exact byte length of the result, defaulting to the combined length of `arrays`. contents
 *   overflowing it are truncated, and any remainder past them is left zeroed
 * @returns buffer holding the concatenated contents
 */
const concat = (arrays, size) => {
    // `Buffer.concat` short-circuits an empty list to a zero-length buffer, ignoring `size`
    if (size !== undefined && arrays.length === 0) {
        return alloc(size);
    }
    return toUint8Array(_concat(arrays, size));
};
const encodeUtf8 = (str) => {
    return toUint8Array(_from(str, 'utf8'));
};
const encodeUtf8Into = (to, str, offset, length) => {
    return _utf8Write.call(to, str, offset, length);
};
const _fromCharCode = String.fromCharCode;
// fully unrolled short string decoder, inspired by cbor-x
// returns null if non-ASCII byte encountered, signaling fallback to utf8Slice
const _shortString = (from, ptr, length) => {
    if (length < 4) {
        if (length < 2) {
            if (length === 0) {
                return '';
            }
            const a = from[ptr];
            if (a & 0x80) {
                return null;
            }
            return _fromCharCode(a);
        }
        const a = from[ptr];
        const b = from[ptr + 1];
        if ((a | b) & 0x80) {
            return null;
        }
        if (length === 2) {
            return _fromCharCode(a, b);
        }
        const c = from[ptr + 2];
        if (c & 0x80) {
            return null;
        }
        return _fromCharCode(a, b, c);
    }
    const a = from[ptr];
    const b = from[ptr + 1];
    const c = from[ptr + 2];
    const d = from[ptr + 3];
    if ((a | b | c | d) & 0x80) {
        return null;
    }
    if (length < 8) {
        if (length === 4) {
            return _fromCharCode(a, b, c, d);
        }
        const e = from[ptr + 4];
        if (e & 0x80) {
            return null;
        }
        if (length === 5) {
            return _fromCharCode(a, b, c, d, e);
        }
        const f = from[ptr + 5];
        if (f & 0x80) {
            return null;
        }
        if (length === 6) {
            return _fromCharCode(a, b, c, d, e, f);
        }
        const g = from[ptr + 6];
        if (g & 0x80) {
            return null;
        }
        return _fromCharCode(a, b, c, d, e, f, g);
    }
    const e = from[ptr + 4];
    const f = from[ptr + 5];
    const g = from[ptr + 6];
    const h = from[ptr + 7];
    if ((e | f | g | h) & 0x80) {
        return null;
    }
    if (length < 12) {
        if (length === 8) {
            return _fromCharCode(a, b, c, d, e, f, g, h);
        }
        const i = from[ptr + 8];
        if (i & 0x80) {
            return null;
        }
        if (length === 9) {
            return _fromCharCode(a, b, c, d, e, f, g, h, i);
        }
        const j = from[ptr + 9];
        if (j & 0x80) {
            return null;
        }
        if (length === 10) {
            return _fromCharCode(a, b, c, d, e, f, g, h, i, j);
        }
        const k = from[ptr + 10];
        if (k & 0x80) {
            return null;
        }
        return _fromCharCode(a, b, c, d, e, f, g, h, i, j, k);
    }
    const i = from[ptr + 8];
    const j = from[ptr + 9];
    const k = from[ptr + 10];
    const l = from[ptr + 11];
    if ((i | j | k | l) & 0x80) {
        return null;
    }
    if (length < 16) {
        if (length === 12) {
            return _fromCharCode(a, b, c, d, e, f, g, h, i, j, k, l);
        }
        const m = from[ptr + 12];
        if (m & 0x80) {
            return null;
        }
        if (length === 13) {
            return _fromCharCode(a, b, c, d, e, f, g, h, i, j, k, l, m);
        }
        const n = from[ptr + 13];
        if (n & 0x80) {
            return null;
        }
        if (length === 14) {
            return _fromCharCode(a, b, c, d, e, f, g, h, i, j, k, l, m, n);
        }
        const o = from[ptr + 14];
        if (o & 0x80) {
            return null;
        }
        return _fromCharCode(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o);
    }
    const m = from[ptr + 12];
    const n = from[ptr + 13];
    const o = from[ptr + 14];
    const p = from[ptr + 15];
    if ((m | n | o | p) & 0x80) {
        return null;
    }
    if (length < 20) {
        if (length === 16) {
            return _fromCharCode(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p);
        }
        const q = from[ptr + 16];
        if (q & 0x80) {
            return null;
        }
        if (length === 17) {
            return _fromCharCode(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q);
        }
        const r = from[ptr + 17];
        if (r & 0x80) {
            return null;
        }
        if (length === 18) {
            return _fromCharCode(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r);
        }
        const s = from[ptr + 18];
        if (s & 0x80) {
            return null;
        }
        return _fromCharCode(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s);
    }
    const q = from[ptr + 16];
    const r = from[ptr + 17];
    const s = from[ptr + 18];
    const t = from[ptr + 19];
    if ((q | r | s | t) & 0x80) {
        return null;
    }
    if (length < 24) {
        if (length === 20) {
            return _fromCharCode(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t);
        }
        const u = from[ptr + 20];
        if (u & 0x80) {
            return null;
        }
        if (length === 21) {
            return _fromCharCode(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u);
        }
        const v = from[ptr + 21];
        if (v & 0x80) {
            return null;
        }
        if (length === 22) {
            return _fromCharCode(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v);
        }
        const w = from[ptr + 22];
        if (w & 0x80) {
            return null;
        }
        return _fromCharCode(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w);
    }
    const u = from[ptr + 20];
    const v = from[ptr + 21];
    const w = from[ptr + 22];
    const x = from[ptr + 23];
    if ((u | v | w | x) & 0x80) {
        return null;
    }
    return _fromCharCode(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x);
};
/**
 * decodes a UTF-8 string from a given buffer
 *
 * @param from source buffer
 * @param offset byte offset to start reading from
 * @param length number of bytes to read
 * @returns decoded string
 * @throws {TypeError} if the byte range is not well-formed UTF-8
 */
const decodeUtf8From = (from, offset = 0, length = from.length - offset) => {
    if (length <= 24) {
        const result = _shortString(from, offset, length);
        if (result !== null) {
            return result;
        }
    }
    const string = _utf8Slice.call(from, offset, offset + length);
    if (string.includes('\ufffd') && !_isUtf8(from.subarray(offset, offset + length))) {
        throw new TypeError(`input is not valid utf-8`);
    }
    return string;
};
/**
 * calculates the UTF-8 byte length of a string
 *
 * @param str string to measure
 * @returns byte length when encoded as UTF-8
 */
const getUtf8Length = (str) => {
    return _byteLength(str, 'utf8');
};
/**
 * checks if a string's UTF-8 byte length is within a given range
 *
 * @param str string to measure
 * @param min minimum byte length (inclusive)
 * @param max maximum byte length (inclusive)
 * @returns true if byte length is within [min, max]
 */
const index_node_isUtf8LengthInRange = (str, min, max) => {
    const len = str.length;
    // fast path: if max possible UTF-8 length is below min, fail
    if (len * 3 < min) {
        return false;
    }
    // fast path: if UTF-16 length satisfies min and max possible satisfies max
    if (len >= min && len * 3 <= max) {
        return true;
    }
    const utf8len = _byteLength(str, 'utf8');
    return utf8len >= min && utf8len <= max;
};
const toSha256 = async (buffer) => {
    return toUint8Array(_hash('sha256', buffer, 'buffer'));
};
/**
 * generates cryptographically secure random bytes
 *
 * @param size number of bytes to generate
 * @returns buffer filled with random bytes
 */
const randomBytes = (size) => {
    return _randomFillSync(toUint8Array(_allocUnsafe(size)));
};

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/syntax/uri.js

const URI_RE = /^\w+:(?:\/\/)?[^\s/][^\s]*$/;
// #__NO_SIDE_EFFECTS__
const isGenericUri = (input) => {
    if (typeof input !== 'string') {
        return false;
    }
    if (!index_node_isUtf8LengthInRange(input, 3, 8192)) {
        return false;
    }
    return URI_RE.test(input);
};

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/validations/utils.js
// #__NO_SIDE_EFFECTS__
const utils_lazyProperty = (obj, prop, value) => {
    Object.defineProperty(obj, prop, { value });
    return value;
};
// #__NO_SIDE_EFFECTS__
const utils_lazy = (getter) => {
    return {
        get value() {
            const value = getter();
            return utils_lazyProperty(this, 'value', value);
        },
    };
};
const utils_isArray = Array.isArray;
// #__NO_SIDE_EFFECTS__
const utils_isObject = (input) => {
    return typeof input === 'object' && input !== null && !utils_isArray(input);
};
const utils_allowsEval = /*#__PURE__*/ (/* unused pure expression or super */ null && (utils_lazy(() => {
    if (typeof navigator !== 'undefined' && navigator?.userAgent?.includes('Cloudflare')) {
        return false;
    }
    try {
        const F = Function;
        // oxlint-disable-next-line no-new -- intentional check for Function constructor availability
        new F('');
        return true;
    }
    catch {
        return false;
    }
})));

;// CONCATENATED MODULE: ./node_modules/@atcute/lexicons/dist/validations/index.js
// oxlint-disable typescript/no-explicit-any







/**
 * flag indicating whether xrpc schema generation helpers are used. set to true when query() or procedure() is
 * called. this enables conditional tree-shaking of validation code when schemas are not used.
 *
 * @deprecated internal flag for tree-shaking, do not use directly
 */
let xrpcSchemaGenerated = false;
// #__NO_SIDE_EFFECTS__
const joinIssues = (left, right) => {
    return left ? { ok: false, code: 'join', left, right } : right;
};
// #__NO_SIDE_EFFECTS__
const prependPath = (key, tree) => {
    return { ok: false, code: 'prepend', key, tree };
};
// #__NO_SIDE_EFFECTS__
const ok = (value) => {
    return { ok: true, value };
};
// None set
const FLAG_EMPTY = 0;
// Don't continue validation if an error is encountered
const FLAG_ABORT_EARLY = (/* unused pure expression or super */ null && (1 << 0));
// Enable strict blob validation (size, MIME type constraints, reject legacy blobs)
const FLAG_STRICT = 1 << 1;
// #region Schema runner
const cloneIssueWithPath = (issue, path) => {
    const { ok: _ok, msg: _fmt, ...clone } = issue;
    return { ...clone, path };
};
const collectIssues = (tree, path = [], issues = []) => {
    for (;;) {
        switch (tree.code) {
            case 'join': {
                collectIssues(tree.left, path.slice(), issues);
                tree = tree.right;
                continue;
            }
            case 'prepend': {
                path.push(tree.key);
                tree = tree.tree;
                continue;
            }
            default: {
                issues.push(cloneIssueWithPath(tree, path));
                return issues;
            }
        }
    }
};
const countIssues = (tree) => {
    let count = 0;
    for (;;) {
        switch (tree.code) {
            case 'join': {
                count += countIssues(tree.left);
                tree = tree.right;
                continue;
            }
            case 'prepend': {
                tree = tree.tree;
                continue;
            }
            default: {
                return count + 1;
            }
        }
    }
};
const separatedList = (list, sep) => {
    switch (list.length) {
        case 0: {
            return `nothing`;
        }
        case 1: {
            return list[0];
        }
        default: {
            return `${list.slice(0, -1).join(', ')} ${sep} ${list[list.length - 1]}`;
        }
    }
};
const formatLiteral = (value) => {
    return JSON.stringify(value);
};
const formatRangeMessage = (type, unit, min, max) => {
    let message = `expected ${type} `;
    if (min > 0) {
        if (max === min) {
            message += `${min}`;
        }
        else if (max !== Infinity) {
            message += `between ${min} and ${max}`;
        }
        else {
            message += `at least ${min}`;
        }
    }
    else {
        message += `at most ${max}`;
    }
    message += ` ${unit}(s)`;
    return message;
};
const formatIssueTree = (tree) => {
    let path = '';
    let count = 0;
    for (;;) {
        switch (tree.code) {
            case 'join': {
                count += countIssues(tree.right);
                tree = tree.left;
                continue;
            }
            case 'prepend': {
                path += `.${tree.key}`;
                tree = tree.tree;
                continue;
            }
        }
        break;
    }
    const message = tree.msg();
    let msg = `${tree.code} at ${path || '.'} (${message})`;
    if (count > 0) {
        msg += ` (+${count} other issue(s))`;
    }
    return msg;
};
class ValidationError extends Error {
    name = 'ValidationError';
    #issueTree;
    constructor(issueTree) {
        super();
        this.#issueTree = issueTree;
    }
    get message() {
        return formatIssueTree(this.#issueTree);
    }
    get issues() {
        return collectIssues(this.#issueTree);
    }
}
class ErrImpl {
    ok = false;
    #issueTree;
    constructor(issueTree) {
        this.#issueTree = issueTree;
    }
    get message() {
        return formatIssueTree(this.#issueTree);
    }
    get issues() {
        return collectIssues(this.#issueTree);
    }
    throw() {
        throw new ValidationError(this.#issueTree);
    }
}
// #__NO_SIDE_EFFECTS__
const is = (schema, input, options) => {
    let flags = FLAG_ABORT_EARLY;
    if (options?.strict) {
        flags |= FLAG_STRICT;
    }
    const r = schema['~run'](input, flags);
    return r === undefined || r.ok;
};
// #__NO_SIDE_EFFECTS__
const safeParse = (schema, input, options) => {
    let flags = FLAG_EMPTY;
    if (options?.strict) {
        flags |= FLAG_STRICT;
    }
    const r = schema['~run'](input, flags);
    if (r === undefined) {
        return ok(input);
    }
    if (r.ok) {
        return r;
    }
    return new ErrImpl(r);
};
const parse = (schema, input, options) => {
    let flags = FLAG_EMPTY;
    if (options?.strict) {
        flags |= FLAG_STRICT;
    }
    const r = schema['~run'](input, flags);
    if (r === undefined) {
        return input;
    }
    if (r.ok) {
        return r.value;
    }
    throw new ValidationError(r);
};
// #region Standard Schema support
const collectStandardIssues = (tree, path = [], issues = []) => {
    for (;;) {
        switch (tree.code) {
            case 'join': {
                collectStandardIssues(tree.left, path.slice(), issues);
                tree = tree.right;
                continue;
            }
            case 'prepend': {
                path.push(tree.key);
                tree = tree.tree;
                continue;
            }
            default: {
                issues.push({ message: tree.msg(), path: path.length > 0 ? path : undefined });
                return issues;
            }
        }
    }
};
const toStandardSchema = (schema) => {
    return {
        version: 1,
        vendor: '@atcute/lexicons',
        validate(value) {
            const r = schema['~run'](value, FLAG_EMPTY);
            if (r === undefined) {
                return { value: value };
            }
            if (r.ok) {
                return { value: r.value };
            }
            return { issues: collectStandardIssues(r) };
        },
    };
};
// #__NO_SIDE_EFFECTS__
const constrain = (base, constraints) => {
    const len = constraints.length;
    const run = (input, flags) => {
        let result = base['~run'](input, flags);
        let current;
        if (result === undefined) {
            current = input;
        }
        else if (result.ok) {
            current = result.value;
        }
        else {
            return result;
        }
        for (let idx = 0; idx < len; idx++) {
            const r = constraints[idx]['~run'](current, flags);
            if (r !== undefined) {
                if (r.ok) {
                    current = r.value;
                    if (result === undefined || result.ok) {
                        result = r;
                    }
                }
                else {
                    if (flags & FLAG_ABORT_EARLY) {
                        return r;
                    }
                    else if (result === undefined || result.ok) {
                        result = r;
                    }
                    else {
                        result = joinIssues(result, r);
                    }
                }
            }
        }
        return result;
    };
    // inherit from `base` rather than spreading it; a spread would eagerly invoke
    // base's lazy getters (e.g. an array's `item`), defeating forward references.
    // define properties directly to bypass base's `~run` accessor (which has no setter).
    return Object.defineProperties(Object.create(base), {
        '~run': { enumerable: true, value: run },
        constraints: { enumerable: true, value: constraints },
    });
};
// #__NO_SIDE_EFFECTS__
const literal = (value) => {
    const issue = {
        ok: false,
        code: 'invalid_literal',
        expected: [value],
        msg() {
            return `expected ${formatLiteral(value)}`;
        },
    };
    return {
        kind: 'schema',
        type: 'literal',
        expected: value,
        '~run'(input, _flags) {
            if (input !== value) {
                return issue;
            }
            return undefined;
        },
        get '~standard'() {
            return lazyProperty(this, '~standard', toStandardSchema(this));
        },
    };
};
// #__NO_SIDE_EFFECTS__
const literalEnum = (values) => {
    const issue = {
        ok: false,
        code: 'invalid_literal',
        expected: values,
        msg() {
            return `expected ${separatedList(values.map(formatLiteral), 'or')}`;
        },
    };
    const set = new Set(values);
    return {
        kind: 'schema',
        type: 'literal_enum',
        expected: values,
        '~run'(input, _flags) {
            if (!set.has(input)) {
                return issue;
            }
            return undefined;
        },
        get '~standard'() {
            return lazyProperty(this, '~standard', toStandardSchema(this));
        },
    };
};
const ISSUE_TYPE_BOOLEAN = {
    ok: false,
    code: 'invalid_type',
    expected: 'boolean',
    msg() {
        return `expected boolean`;
    },
};
const BOOLEAN_SCHEMA = {
    kind: 'schema',
    type: 'boolean',
    '~run'(input, _flags) {
        if (typeof input !== 'boolean') {
            return ISSUE_TYPE_BOOLEAN;
        }
        return undefined;
    },
    get '~standard'() {
        return utils_lazyProperty(this, '~standard', toStandardSchema(this));
    },
};
// #__NO_SIDE_EFFECTS__
const validations_boolean = () => {
    return BOOLEAN_SCHEMA;
};
const ISSUE_TYPE_INTEGER = {
    ok: false,
    code: 'invalid_type',
    expected: 'integer',
    msg() {
        return `expected integer`;
    },
};
const INTEGER_SCHEMA = {
    kind: 'schema',
    type: 'integer',
    '~run'(input, _flags) {
        if (typeof input !== 'number') {
            return ISSUE_TYPE_INTEGER;
        }
        if (!Number.isSafeInteger(input)) {
            return ISSUE_TYPE_INTEGER;
        }
        return undefined;
    },
    get '~standard'() {
        return utils_lazyProperty(this, '~standard', toStandardSchema(this));
    },
};
// #__NO_SIDE_EFFECTS__
const integer = () => {
    return INTEGER_SCHEMA;
};
// #__NO_SIDE_EFFECTS__
const integerRange = (min, max = Infinity) => {
    const issue = {
        ok: false,
        code: 'invalid_integer_range',
        min: min,
        max: max,
        msg() {
            let message = `expected an integer `;
            if (min > 0) {
                if (max === min) {
                    message += `of exactly ${min}`;
                }
                else if (max !== Infinity) {
                    message += `between ${min} and ${max}`;
                }
                else {
                    message += `of at least ${min}`;
                }
            }
            else {
                message += `of at most ${max}`;
            }
            return message;
        },
    };
    return {
        kind: 'constraint',
        type: 'integer_range',
        min: min,
        max: max,
        '~run'(input, _flags) {
            if (input < min) {
                return issue;
            }
            if (input > max) {
                return issue;
            }
            return undefined;
        },
    };
};
const ISSUE_TYPE_STRING = {
    ok: false,
    code: 'invalid_type',
    expected: 'string',
    msg() {
        return `expected string`;
    },
};
const STRING_SINGLETON = {
    kind: 'schema',
    type: 'string',
    format: null,
    '~run'(input, _flags) {
        if (typeof input !== 'string') {
            return ISSUE_TYPE_STRING;
        }
        return undefined;
    },
    get '~standard'() {
        return utils_lazyProperty(this, '~standard', toStandardSchema(this));
    },
};
// #__NO_SIDE_EFFECTS__
const string = () => {
    return STRING_SINGLETON;
};
// #__NO_SIDE_EFFECTS__
const _formattedString = (format, validate) => {
    const issue = {
        ok: false,
        code: 'invalid_string_format',
        expected: format,
        msg() {
            return `expected a ${format} formatted string`;
        },
    };
    const schema = {
        kind: 'schema',
        type: 'string',
        format: format,
        '~run'(input, _flags) {
            if (typeof input !== 'string') {
                return ISSUE_TYPE_STRING;
            }
            if (!validate(input)) {
                return issue;
            }
            return undefined;
        },
        get '~standard'() {
            return utils_lazyProperty(this, '~standard', toStandardSchema(this));
        },
    };
    return () => schema;
};
// prettier-ignore
const actorIdentifierString = /*#__PURE__*/ _formattedString('at-identifier', at_identifier_isActorIdentifier);
const resourceUriString = /*#__PURE__*/ _formattedString('at-uri', isResourceUri);
const cidString = /*#__PURE__*/ _formattedString('cid', isCid);
const datetimeString = /*#__PURE__*/ _formattedString('datetime', isDatetime);
const didString = /*#__PURE__*/ _formattedString('did', did_isDid);
const handleString = /*#__PURE__*/ _formattedString('handle', isHandle);
const languageCodeString = /*#__PURE__*/ _formattedString('language', isLanguageCode);
const nsidString = /*#__PURE__*/ _formattedString('nsid', nsid_isNsid);
const recordKeyString = /*#__PURE__*/ _formattedString('record-key', record_key_isRecordKey);
const tidString = /*#__PURE__*/ _formattedString('tid', isTid);
const genericUriString = /*#__PURE__*/ _formattedString('uri', isGenericUri);
// #__NO_SIDE_EFFECTS__
const stringLength = (minLength, maxLength = Infinity) => {
    const issue = {
        ok: false,
        code: 'invalid_string_length',
        minLength: minLength,
        maxLength: maxLength,
        msg() {
            return formatRangeMessage('a string', 'character', minLength, maxLength);
        },
    };
    return {
        kind: 'constraint',
        type: 'string_length',
        minLength: minLength,
        maxLength: maxLength,
        '~run'(input, _flags) {
            if (!isUtf8LengthInRange(input, minLength, maxLength)) {
                return issue;
            }
            return undefined;
        },
    };
};
// #__NO_SIDE_EFFECTS__
const stringGraphemes = (minGraphemes, maxGraphemes = Infinity) => {
    const issue = {
        ok: false,
        code: 'invalid_string_graphemes',
        minGraphemes: minGraphemes,
        maxGraphemes: maxGraphemes,
        msg() {
            return formatRangeMessage('a string', 'grapheme', minGraphemes, maxGraphemes);
        },
    };
    return {
        kind: 'constraint',
        type: 'string_graphemes',
        minGraphemes: minGraphemes,
        maxGraphemes: maxGraphemes,
        '~run'(input, _flags) {
            if (!isGraphemeLengthInRange(input, minGraphemes, maxGraphemes)) {
                return issue;
            }
            return undefined;
        },
    };
};
const ISSUE_EXPECTED_BLOB = {
    ok: false,
    code: 'invalid_type',
    expected: 'blob',
    msg() {
        return `expected blob`;
    },
};
const BLOB_SCHEMA = {
    kind: 'schema',
    type: 'blob',
    '~run'(input, flags) {
        if (typeof input !== 'object' || input === null) {
            return ISSUE_EXPECTED_BLOB;
        }
        if (isBlob(input)) {
            return undefined;
        }
        if (!(flags & FLAG_STRICT) && isLegacyBlob(input)) {
            const blob = {
                $type: 'blob',
                mimeType: input.mimeType,
                ref: { $link: input.cid },
                size: -1,
            };
            return ok(blob);
        }
        return ISSUE_EXPECTED_BLOB;
    },
    get '~standard'() {
        return utils_lazyProperty(this, '~standard', toStandardSchema(this));
    },
};
// #__NO_SIDE_EFFECTS__
const blob = () => {
    return BLOB_SCHEMA;
};
// #__NO_SIDE_EFFECTS__
const blobSize = (maxSize) => {
    const issue = {
        ok: false,
        code: 'invalid_blob_size',
        maxSize: maxSize,
        msg() {
            return `blob size must not exceed ${maxSize} bytes`;
        },
    };
    return {
        kind: 'constraint',
        type: 'blob_size',
        maxSize: maxSize,
        '~run'(input, flags) {
            if (!(flags & FLAG_STRICT)) {
                return undefined;
            }
            if (input.size > maxSize) {
                return issue;
            }
            return undefined;
        },
    };
};
// #__NO_SIDE_EFFECTS__
const blobAccept = (accept) => {
    const normalized = accept.map((p) => p.toLowerCase());
    const issue = {
        ok: false,
        code: 'invalid_blob_mime_type',
        accept: accept,
        msg() {
            return `blob MIME type must match: ${accept.join(', ')}`;
        },
    };
    return {
        kind: 'constraint',
        type: 'blob_accept',
        accept: accept,
        '~run'(input, flags) {
            if (!(flags & FLAG_STRICT)) {
                return undefined;
            }
            const mimeType = input.mimeType.toLowerCase();
            for (let idx = 0, len = normalized.length; idx < len; idx++) {
                const pattern = normalized[idx];
                if (pattern === '*/*') {
                    return undefined;
                }
                if (pattern.endsWith('/*')) {
                    if (mimeType.startsWith(pattern.slice(0, -1))) {
                        return undefined;
                    }
                }
                else {
                    if (mimeType === pattern) {
                        return undefined;
                    }
                }
            }
            return issue;
        },
    };
};
const ISSUE_EXPECTED_BYTES = {
    ok: false,
    code: 'invalid_type',
    expected: 'bytes',
    msg() {
        return `expected bytes`;
    },
};
const BYTES_SCHEMA = {
    kind: 'schema',
    type: 'bytes',
    '~run'(input, _flags) {
        if (!isBytes(input)) {
            return ISSUE_EXPECTED_BYTES;
        }
        return undefined;
    },
    get '~standard'() {
        return utils_lazyProperty(this, '~standard', toStandardSchema(this));
    },
};
// #__NO_SIDE_EFFECTS__
const bytes = () => {
    return BYTES_SCHEMA;
};
// #__NO_SIDE_EFFECTS__
const bytesSize = (minSize, maxSize = Infinity) => {
    const issue = {
        ok: false,
        code: 'invalid_bytes_size',
        minSize: minSize,
        maxSize: maxSize,
        msg() {
            return formatRangeMessage('a byte array', 'byte', minSize, maxSize);
        },
    };
    return {
        kind: 'constraint',
        type: 'bytes_size',
        minSize: minSize,
        maxSize: maxSize,
        '~run'(input, _flags) {
            let size;
            if (_isBytesWrapper(input)) {
                size = input.buf.length;
            }
            else {
                const str = input.$bytes;
                let bytes = str.length;
                if (str.charCodeAt(bytes - 1) === 0x3d) {
                    bytes--;
                }
                if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3d) {
                    bytes--;
                }
                size = (bytes * 3) >>> 2;
            }
            if (size < minSize) {
                return issue;
            }
            if (size > maxSize) {
                return issue;
            }
            return undefined;
        },
    };
};
const ISSUE_EXPECTED_CID_LINK = {
    ok: false,
    code: 'invalid_type',
    expected: 'cid-link',
    msg() {
        return `expected cid-link`;
    },
};
const CID_LINK_SCHEMA = {
    kind: 'schema',
    type: 'cid_link',
    '~run'(input, _flags) {
        if (!isCidLink(input)) {
            return ISSUE_EXPECTED_CID_LINK;
        }
        return undefined;
    },
    get '~standard'() {
        return utils_lazyProperty(this, '~standard', toStandardSchema(this));
    },
};
// #__NO_SIDE_EFFECTS__
const cidLink = () => {
    return CID_LINK_SCHEMA;
};
// #__NO_SIDE_EFFECTS__
const nullable = (wrapped) => {
    return {
        kind: 'schema',
        type: 'nullable',
        wrapped: wrapped,
        '~run'(input, flags) {
            if (input === null) {
                return undefined;
            }
            return wrapped['~run'](input, flags);
        },
        get '~standard'() {
            return lazyProperty(this, '~standard', toStandardSchema(this));
        },
    };
};
// #__NO_SIDE_EFFECTS__
const optional = (wrapped, defaultValue) => {
    return {
        kind: 'schema',
        type: 'optional',
        wrapped: wrapped,
        default: defaultValue,
        '~run'(input, flags) {
            if (input === undefined) {
                if (defaultValue === undefined) {
                    return undefined;
                }
                const value = typeof defaultValue === 'function' ? defaultValue() : defaultValue;
                return ok(value);
            }
            return wrapped['~run'](input, flags);
        },
        get '~standard'() {
            return lazyProperty(this, '~standard', toStandardSchema(this));
        },
    };
};
const isOptionalSchema = (schema) => {
    return schema.type === 'optional';
};
const ISSUE_TYPE_ARRAY = {
    ok: false,
    code: 'invalid_type',
    expected: 'array',
    msg() {
        return `expected array`;
    },
};
// #__NO_SIDE_EFFECTS__
const array = (item) => {
    const resolvedShape = lazy(() => {
        return typeof item === 'function' ? item() : item;
    });
    return {
        kind: 'schema',
        type: 'array',
        get item() {
            return lazyProperty(this, 'item', resolvedShape.value);
        },
        get '~run'() {
            const shape = resolvedShape.value;
            const matcher = (input, flags) => {
                if (!isArray(input)) {
                    return ISSUE_TYPE_ARRAY;
                }
                let issues;
                let output;
                for (let idx = 0, len = input.length; idx < len; idx++) {
                    const val = input[idx];
                    const r = shape['~run'](val, flags);
                    if (r !== undefined) {
                        if (r.ok) {
                            if (output === undefined) {
                                output = input.slice();
                            }
                            output[idx] = r.value;
                        }
                        else {
                            if (flags & FLAG_ABORT_EARLY) {
                                return prependPath(idx, r);
                            }
                            issues = joinIssues(issues, prependPath(idx, r));
                        }
                    }
                }
                if (issues !== undefined) {
                    return issues;
                }
                if (output !== undefined) {
                    return ok(output);
                }
                return undefined;
            };
            return lazyProperty(this, '~run', matcher);
        },
        get '~standard'() {
            return lazyProperty(this, '~standard', toStandardSchema(this));
        },
    };
};
// #__NO_SIDE_EFFECTS__
const arrayLength = (minLength, maxLength = Infinity) => {
    const issue = {
        ok: false,
        code: 'invalid_array_length',
        minLength: minLength,
        maxLength: maxLength,
        msg() {
            return formatRangeMessage('an array', 'item', minLength, maxLength);
        },
    };
    return {
        kind: 'constraint',
        type: 'array_length',
        minLength: minLength,
        maxLength: maxLength,
        '~run'(input, _flags) {
            const length = input.length;
            if (length < minLength) {
                return issue;
            }
            if (length > maxLength) {
                return issue;
            }
            return undefined;
        },
    };
};
const ISSUE_TYPE_OBJECT = {
    ok: false,
    code: 'invalid_type',
    expected: 'object',
    msg() {
        return `expected object`;
    },
};
const ISSUE_MISSING = {
    ok: false,
    code: 'missing_value',
    msg() {
        return `missing value`;
    },
};
const set = (obj, key, value) => {
    if (key === '__proto__') {
        Object.defineProperty(obj, key, { value });
    }
    else {
        obj[key] = value;
    }
};
// #__NO_SIDE_EFFECTS__
const object = (shape) => {
    const resolvedEntries = lazy(() => {
        const resolved = [];
        for (const key in shape) {
            const schema = shape[key];
            resolved.push({
                key: key,
                schema: schema,
                optional: isOptionalSchema(schema),
                missing: prependPath(key, ISSUE_MISSING),
            });
        }
        return resolved;
    });
    return {
        kind: 'schema',
        type: 'object',
        get shape() {
            // if we just return the shape as is then it wouldn't be the same exact
            // shape when getters are present.
            const resolved = resolvedEntries.value;
            const obj = {};
            for (const entry of resolved) {
                obj[entry.key] = entry.schema;
            }
            return lazyProperty(this, 'shape', obj);
        },
        get '~run'() {
            const shape = resolvedEntries.value;
            const len = shape.length;
            const generateFastpass = () => {
                const fields = [
                    ['$ok', ok],
                    ['$joinIssues', joinIssues],
                    ['$prependPath', prependPath],
                ];
                let doc = `let $iss,$out;`;
                for (let idx = 0; idx < len; idx++) {
                    const entry = shape[idx];
                    const key = entry.key;
                    const esckey = JSON.stringify(key);
                    const id = `_${idx}`;
                    doc += `{const $val=$in[${esckey}];`;
                    if (entry.optional) {
                        doc += `if($val!==undefined){`;
                    }
                    else {
                        doc += `if($val!==undefined||${esckey} in $in){`;
                    }
                    doc += `const $res=${id}$schema["~run"]($val,$flags);if($res!==undefined)if($res.ok)${key !== '__proto__' ? `($out??={...$in})[${esckey}]=$res.value` : `Object.defineProperty($out??={...$in},${esckey},{value:$res.value})`};else if((($iss=$joinIssues($iss,$prependPath(${esckey},$res))),$flags&${FLAG_ABORT_EARLY}))return $iss;}`;
                    if (entry.optional) {
                        const schema = entry.schema;
                        const innerSchema = schema.wrapped;
                        const defaultValue = schema.default;
                        fields.push([`${id}$schema`, innerSchema]);
                        if (defaultValue !== undefined) {
                            const calls = typeof defaultValue === 'function' ? `${id}$default()` : `${id}$default`;
                            fields.push([`${id}$default`, defaultValue]);
                            doc +=
                                key !== '__proto__'
                                    ? `else($out??={...$in})[${esckey}]=${calls};`
                                    : `else Object.defineProperty($out??={...$in},${esckey},{value:${calls}});`;
                        }
                    }
                    else {
                        fields.push([`${id}$schema`, entry.schema]);
                        fields.push([`${id}$missing`, entry.missing]);
                        doc += `else if((($iss=$joinIssues($iss,${id}$missing)),$flags&${FLAG_ABORT_EARLY}))return $iss;`;
                    }
                    doc += `}`;
                }
                doc += `if($iss!==undefined)return $iss;if($out!==undefined)return $ok($out);`;
                const fn = new Function(`[${fields.map(([id]) => id).join(',')}]`, `return function matcher($in,$flags){${doc}}`);
                return fn(fields.map(([, field]) => field));
            };
            if (allowsEval.value) {
                const fastpass = generateFastpass();
                const matcher = (input, flags) => {
                    if (!isObject(input)) {
                        return ISSUE_TYPE_OBJECT;
                    }
                    return fastpass(input, flags);
                };
                return lazyProperty(this, '~run', matcher);
            }
            const matcher = (input, flags) => {
                if (!isObject(input)) {
                    return ISSUE_TYPE_OBJECT;
                }
                let issues;
                let output;
                for (let idx = 0; idx < len; idx++) {
                    const entry = shape[idx];
                    const key = entry.key;
                    const value = input[key];
                    if (!entry.optional && value === undefined && !(key in input)) {
                        issues = joinIssues(issues, entry.missing);
                        if (flags & FLAG_ABORT_EARLY) {
                            return issues;
                        }
                        continue;
                    }
                    const r = entry.schema['~run'](value, flags);
                    if (r !== undefined) {
                        if (r.ok) {
                            if (output === undefined) {
                                output = { ...input };
                            }
                            /*#__INLINE__*/ set(output, key, r.value);
                        }
                        else {
                            issues = joinIssues(issues, prependPath(key, r));
                            if (flags & FLAG_ABORT_EARLY) {
                                return issues;
                            }
                        }
                    }
                }
                if (issues !== undefined) {
                    return issues;
                }
                if (output !== undefined) {
                    return ok(output);
                }
                return undefined;
            };
            return lazyProperty(this, '~run', matcher);
        },
        get '~standard'() {
            return lazyProperty(this, '~standard', toStandardSchema(this));
        },
    };
};
// #__NO_SIDE_EFFECTS__
const record = (key, object) => {
    const validatedObject = lazy(() => {
        const shape = object.shape;
        let t = shape.$type;
        assert(t !== undefined, `expected $type in record to be defined`);
        if (t.type === 'optional') {
            t = t.wrapped;
        }
        assert(t.type === 'literal' && typeof t.expected === 'string', `expected $type to be a string literal`);
        return object;
    });
    return {
        kind: 'schema',
        type: 'record',
        key: key,
        get object() {
            return lazyProperty(this, 'object', validatedObject.value);
        },
        '~run'(input, flags) {
            return lazyProperty(this, '~run', validatedObject.value['~run'])(input, flags);
        },
        get '~standard'() {
            return lazyProperty(this, '~standard', toStandardSchema(this));
        },
    };
};
const ISSUE_VARIANT_MISSING = /*#__PURE__*/ (/* unused pure expression or super */ null && (prependPath('$type', ISSUE_MISSING)));
const ISSUE_VARIANT_TYPE = /*#__PURE__*/ (/* unused pure expression or super */ null && (prependPath('$type', ISSUE_TYPE_STRING)));
// #__NO_SIDE_EFFECTS__
const variant = (members, closed = false) => {
    return {
        kind: 'schema',
        type: 'variant',
        members: members,
        closed: closed,
        get '~run'() {
            const types = [];
            const schemas = [];
            for (let idx = 0, len = members.length; idx < len; idx++) {
                const raw = members[idx];
                const member = raw.type === 'record' ? raw.object : raw;
                const shape = member.shape;
                let t = shape.$type;
                assert(t !== undefined, `expected $type in variant member #${idx} to be defined`);
                if (t.type === 'optional') {
                    t = t.wrapped;
                }
                assert(t.type === 'literal' && typeof t.expected === 'string', `expected $type in variant member #${idx} to be a string literal`);
                types.push(t.expected);
                schemas.push(member);
            }
            const issue = {
                ok: false,
                code: 'invalid_variant',
                expected: types,
                msg() {
                    return `expected ${separatedList(types, 'or')}`;
                },
            };
            const matcher = (input, flags) => {
                if (!isObject(input)) {
                    return ISSUE_TYPE_OBJECT;
                }
                const type = input.$type;
                if (type === undefined && !('$type' in input)) {
                    return ISSUE_VARIANT_MISSING;
                }
                if (typeof type !== 'string') {
                    return closed ? issue : ISSUE_VARIANT_TYPE;
                }
                for (let idx = 0, len = types.length; idx < len; idx++) {
                    if (types[idx] === type) {
                        return schemas[idx]['~run'](input, flags);
                    }
                }
                if (closed) {
                    return issue;
                }
                return undefined;
            };
            return lazyProperty(this, '~run', matcher);
        },
        get '~standard'() {
            return lazyProperty(this, '~standard', toStandardSchema(this));
        },
    };
};
const ISSUE_TYPE_UNKNOWN = {
    ok: false,
    code: 'invalid_type',
    expected: 'unknown',
    msg() {
        return `expected unknown`;
    },
};
const UNKNOWN_SCHEMA = {
    kind: 'schema',
    type: 'unknown',
    '~run'(input, _flags) {
        if (typeof input !== 'object' || input === null) {
            return ISSUE_TYPE_UNKNOWN;
        }
        return undefined;
    },
    get '~standard'() {
        return utils_lazyProperty(this, '~standard', toStandardSchema(this));
    },
};
// #__NO_SIDE_EFFECTS__
const unknown = () => {
    return UNKNOWN_SCHEMA;
};
// #__NO_SIDE_EFFECTS__
const procedure = (nsid, options) => {
    // `schema` can be a getter, and we'd have to resolve that getter.
    xrpcSchemaGenerated = true;
    return {
        kind: 'metadata',
        type: 'xrpc_procedure',
        nsid: nsid,
        params: options.params,
        get input() {
            let val = options.input;
            switch (val?.type) {
                case 'lex': {
                    val = {
                        type: 'lex',
                        schema: val.schema,
                    };
                    break;
                }
            }
            return lazyProperty(this, 'input', val);
        },
        get output() {
            let val = options.output;
            switch (val?.type) {
                case 'lex': {
                    val = {
                        type: 'lex',
                        schema: val.schema,
                    };
                    break;
                }
            }
            return lazyProperty(this, 'output', val);
        },
    };
};
// #__NO_SIDE_EFFECTS__
const query = (nsid, options) => {
    // `schema` can be a getter, and we'd have to resolve that getter.
    xrpcSchemaGenerated = true;
    return {
        kind: 'metadata',
        type: 'xrpc_query',
        nsid: nsid,
        params: options.params,
        get output() {
            let val = options.output;
            switch (val?.type) {
                case 'lex': {
                    val = {
                        type: 'lex',
                        schema: val.schema,
                    };
                }
            }
            return lazyProperty(this, 'output', val);
        },
    };
};
// #__NO_SIDE_EFFECTS__
const subscription = (nsid, options) => {
    // `message` can be a getter, and we'd have to resolve that getter.
    return {
        kind: 'metadata',
        type: 'xrpc_subscription',
        nsid: nsid,
        params: options.params,
        subprotocol: options.subprotocol,
        get message() {
            return lazyProperty(this, 'message', options.message);
        },
    };
};

;// CONCATENATED MODULE: ./node_modules/@atcute/client/dist/fetch-handler.js
const buildFetchHandler = (handler) => {
    if (typeof handler === 'object') {
        return handler.handle.bind(handler);
    }
    return handler;
};
const simpleFetchHandler = ({ service, fetch: _fetch = fetch, }) => {
    return async (pathname, init) => {
        const url = new URL(pathname, service);
        return await _fetch(url.href, init);
    };
};

;// CONCATENATED MODULE: ./node_modules/@atcute/client/dist/client.js
// oxlint-disable typescript/no-explicit-any


const JSON_CONTENT_TYPE_RE = /\bapplication\/json\b/;
/** XRPC API client */
class Client {
    constructor({ handler, proxy = null }) {
        this.handler = buildFetchHandler(handler);
        this.proxy = proxy;
    }
    /**
     * clones this XRPC client
     *
     * @param opts options to merge with
     * @returns the cloned XRPC client
     */
    clone({ handler = this.handler, proxy = this.proxy } = {}) {
        return new Client({ handler, proxy });
    }
    get(name, options = {}) {
        return this.#perform('get', name, options);
    }
    post(name, options = {}) {
        return this.#perform('post', name, options);
    }
    async call(schema, options = {}) {
        // early bailout for tree-shaking when schemas aren't used
        if (!xrpcSchemaGenerated) {
            return;
        }
        // extract mainSchema if namespace was passed
        if ('mainSchema' in schema) {
            schema = schema.mainSchema;
        }
        if (schema.params !== null) {
            const paramsResult = safeParse(schema.params, options.params);
            if (!paramsResult.ok) {
                throw new ClientValidationError('params', paramsResult);
            }
        }
        if (schema.type === 'xrpc_procedure' && schema.input?.type === 'lex') {
            const inputResult = safeParse(schema.input.schema, options.input);
            if (!inputResult.ok) {
                throw new ClientValidationError('input', inputResult);
            }
        }
        const isQuery = schema.type === 'xrpc_query';
        const method = isQuery ? 'get' : 'post';
        if (options.as === undefined && schema.output?.type === 'blob') {
            throw new TypeError(`\`as\` option is required for endpoints returning blobs`);
        }
        const format = options.as !== undefined ? options.as : schema.output?.type === 'lex' ? 'json' : null;
        const response = await this.#perform(method, schema.nsid, {
            params: options.params,
            input: isQuery ? undefined : options.input,
            as: format,
            signal: options.signal,
            headers: options.headers,
        });
        if (format === 'json' && response.ok && schema.output?.type === 'lex') {
            const outputResult = safeParse(schema.output.schema, response.data);
            if (!outputResult.ok) {
                throw new ClientValidationError('output', outputResult);
            }
            return {
                ok: true,
                status: response.status,
                headers: response.headers,
                data: outputResult.value,
            };
        }
        return response;
    }
    async #perform(method, name, { signal, as: format = 'json', headers, input, params }) {
        const isWebInput = input &&
            (input instanceof Blob ||
                ArrayBuffer.isView(input) ||
                input instanceof ArrayBuffer ||
                input instanceof ReadableStream);
        const url = `/xrpc/${name}` + _constructSearchParams(params);
        const response = await this.handler(url, {
            method,
            signal,
            body: input && !isWebInput ? JSON.stringify(input) : input,
            headers: _mergeHeaders(headers, {
                'content-type': input && !isWebInput ? 'application/json' : null,
                'atproto-proxy': this.proxy,
            }),
            duplex: input instanceof ReadableStream ? 'half' : undefined,
        });
        {
            const status = response.status;
            const headers = response.headers;
            const type = headers.get('content-type');
            if (status !== 200) {
                let json;
                if (type != null && JSON_CONTENT_TYPE_RE.test(type)) {
                    // it should be okay to swallow the parsing error here
                    try {
                        const parsed = await response.json();
                        if (isXRPCErrorPayload(parsed)) {
                            json = parsed;
                        }
                    }
                    catch {
                        /* empty */
                    }
                }
                else {
                    await response.body?.cancel();
                }
                return {
                    ok: false,
                    status: status,
                    headers: headers,
                    data: json ?? {
                        error: `UnknownXRPCError`,
                        message: `Request failed with status code ${status}`,
                    },
                };
            }
            {
                let data;
                switch (format) {
                    case 'json': {
                        if (type != null && JSON_CONTENT_TYPE_RE.test(type)) {
                            // we shouldn't be handling parsing errors
                            data = await response.json();
                        }
                        else {
                            await response.body?.cancel();
                            throw new TypeError(`Invalid response content-type (got ${type})`);
                        }
                        break;
                    }
                    case null: {
                        data = null;
                        await response.body?.cancel();
                        break;
                    }
                    case 'blob': {
                        data = await response.blob();
                        break;
                    }
                    case 'bytes': {
                        data = new Uint8Array(await response.arrayBuffer());
                        break;
                    }
                    case 'stream': {
                        data = response.body;
                        break;
                    }
                }
                return {
                    ok: true,
                    status: status,
                    headers: headers,
                    data: data,
                };
            }
        }
    }
}
// #endregion
// #region Utility functions
const _constructSearchParams = (params) => {
    let searchParams;
    for (const key in params) {
        const value = params[key];
        if (value !== undefined) {
            searchParams ??= new URLSearchParams();
            if (Array.isArray(value)) {
                for (let idx = 0, len = value.length; idx < len; idx++) {
                    const val = value[idx];
                    searchParams.append(key, '' + val);
                }
            }
            else {
                searchParams.set(key, '' + value);
            }
        }
    }
    return searchParams ? `?` + searchParams.toString() : '';
};
const _mergeHeaders = (init, defaults) => {
    let headers;
    for (const name in defaults) {
        const value = defaults[name];
        if (value !== null) {
            headers ??= new Headers(init);
            if (!headers.has(name)) {
                headers.set(name, value);
            }
        }
    }
    return headers ?? init;
};
const isXRPCErrorPayload = (input) => {
    const val = input;
    if (typeof val !== 'object' || val == null) {
        return false;
    }
    const kindType = typeof val.error;
    const messageType = typeof val.message;
    return kindType === 'string' && (messageType === 'undefined' || messageType === 'string');
};
/**
 * takes in the response returned by the client, and either returns the data if it is a successful response,
 * or throws if it's a failed response.
 *
 * @example
 * 	const data = await ok(client.get('com.atproto.server.describeServer'));
 * 	//    ^? ComAtprotoServerDescribeServer.Output
 *
 * @param input either a ClientResponse, or a promise that resolves to a ClientResponse
 * @returns the data from a successful response
 */
const client_ok = (input) => {
    if (input instanceof Promise) {
        return input.then(client_ok);
    }
    if (input.ok) {
        return input.data;
    }
    throw new ClientResponseError(input);
};
/** represents an error response returned by the client */
class ClientResponseError extends Error {
    constructor({ status, headers = new Headers(), data }) {
        super(`${data.error} > ${data.message ?? '(unspecified description)'}`);
        this.name = 'ClientResponseError';
        this.error = data.error;
        this.description = data.message;
        this.status = status;
        this.headers = headers;
    }
}
/** represents a validation error during typed calls */
class ClientValidationError extends Error {
    constructor(target, result) {
        super(`validation failed for ${target}: ${result.message}`);
        this.name = 'ClientValidationError';
        this.target = target;
        this.result = result;
    }
}
// #endregion


/***/ })

};
