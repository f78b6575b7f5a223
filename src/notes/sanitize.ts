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
function expandTabs(line: string): string {
  let out = "";
  for (const char of line) out += char === "\t" ? " ".repeat(4 - (out.length % 4)) : char;
  return out;
}

/** Multi-line text (release notes): line breaks kept, tabs become spaces (to CommonMark's tab stops). */
export function sanitizeText(text: string): string {
  return sanitizeLines(text, true);
}

/**
 * sanitizeText for a piece of a longer text that ends just after a line break (or at the end of the text).
 * Every rule is local to a line, so the pieces join to sanitizeText of the whole; only marks at the very start
 * of the text (`atStart`) are dropped even before a keycap sign.
 */
export function sanitizeLines(text: string, atStart: boolean): string {
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
export function sanitizeField(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  return sanitizeText(String(value)).replace(/\s+/g, " ").trim();
}
