// A change to what the project never offered users: "The private `astropy.table.np_utils` module has been removed",
// "Removed the internal `_compat` helpers", "undocumented `foo()` is gone", "移除内部方法". Among breaking changes it
// reaches the fewest (only code that reached past the public API), so it comes after every public one: a raised
// floor, a changed default, a removed public API. Pure word tests on one change's text.

// Said in words, in the composer's languages.
const PRIVATE_WORDS =
  /\b(?:private|internal|undocumented|non-public|semi-private)\b|\bprivé|\binterne?s?\b|\bprivad[oa]s?\b|\binterno?s?\b|\bintern(?:e[nrs]?)?\b|\bnicht[- ]öffentlich|\bприватн|\bвнутренн|\bнедокументирован|内部|私有|非公开|未公开|未文档化|プライベート|非公開|비공개|내부/iu;
// Said by the name itself: a leading underscore on the name or on any of its parts ("`_utils`", "`pkg._impl.x`").
const PRIVATE_NAME = /`(?:[\w.]*\.)?_[A-Za-z]\w*[^`]*`/u;
// Unless the same change also names a public one: "private and public", "…and the public `x`".
const PUBLIC_TOO = /\bpublic\b|\bpublic(?:que|o|a)s?\b|\böffentlich|\bпубличн|公开|公共|公開|공개/iu;

/** True when a change's words say what it touches is private, internal or undocumented, and name nothing public. */
export const touchesOnlyPrivate = (text: string): boolean => (PRIVATE_WORDS.test(text) || PRIVATE_NAME.test(text)) && !PUBLIC_TOO.test(text);
