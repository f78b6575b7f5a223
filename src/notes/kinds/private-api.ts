// A change to what the project never offered users: "The private `astropy.table.np_utils` module has been removed",
// "Removed the internal `_compat` helpers", "undocumented `foo()` is gone", "移除内部方法". Among breaking changes it
// reaches the fewest (only code that reached past the public API), so it comes after every public one: a raised
// floor, a changed default, a removed public API. Pure word tests on one change's text.

// Said in words, of the thing itself ("the private `x` module", "internal helpers"; not "an internal error").
const PRIVATE_WORDS =
  /\b(?:private|internal|undocumented|non-public|semi-private)\s+(?:`|(?:[\w.]+\s+)?(?:modules?|functions?|methods?|class(?:es)?|apis?|helpers?|utilit(?:y|ies)|attributes?|types?|packages?|hooks?)\b)|内部(?:模块|方法|函数|接口|API)|私有(?:模块|方法|函数|接口|API)|内部(?:モジュール|関数|メソッド|API)|내부\s*(?:모듈|함수|메서드|API)/iu;
// Said by a code path: a module or function segment after the first that starts with "_" ("`pkg._internal.x`",
// "`astropy.table._np_utils`"). A bare underscore name is not enough: "`_id`", "`_source`", "`_links`" are public
// fields of JSON and HAL (the words, above, say "the internal `_compat` helpers"). Nor Python's own documented
// underscore names on `sys` and `os` ("`sys._MEIPASS`", "`os._exit()`"), which apps read.
const PRIVATE_NAME = /`(?!(?:sys|os)\.)[A-Za-z]\w*(?:\.\w+)*\._[A-Za-z]\w*(?:\.\w+)*(?:\(\))?`/u;
// Unless the same change also names a public one: "private and public", "…and the public `x`".
const PUBLIC_TOO = /\bpublic\b|\bpublic(?:que|o|a)s?\b|\böffentlich|\bпубличн|公开|公共|公開|공개/iu;

/** True when a change's words say what it touches is private, internal or undocumented, and name nothing public. */
export const touchesOnlyPrivate = (text: string): boolean => (PRIVATE_WORDS.test(text) || PRIVATE_NAME.test(text)) && !PUBLIC_TOO.test(text);
