// Cleans text before it reaches a post: NFC, no control or invisible characters, no bidi controls, no orphaned
// combining marks. Every pass is linear in the text, whatever its shape (one long line, no newlines, many tabs).

// C0/C1 controls except tab and newline, DEL, the bidi embeddings/overrides (U+202A–202E) and isolates
// (U+2066–2069) that can make a post read differently than it is, and the three code points twitter-text
// rejects outright (U+FFFE, U+FEFF, U+FFFF).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const REJECTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFEFF\uFFFF]/gu;

// Invisible characters that carry no meaning in a post and only hide things (a word that does not match what it
// looks like, a link or mention split in two): soft hyphen, combining grapheme joiner, Hangul fillers, Mongolian
// vowel separator, zero-width space, the directional marks (LRM, RLM, ALM), word joiner and invisible operators,
// and tag characters outside an emoji tag sequence (the flags of England, Scotland, Wales keep theirs).
// ZWJ (emoji sequences, Indic and Arabic shaping) and ZWNJ (Persian, Indic) are kept: scripts need them.
// eslint-disable-next-line no-misleading-character-class -- invisible characters listed one by one on purpose
const INVISIBLE = /(\u{1F3F4}[\u{E0020}-\u{E007E}]{1,30}\u{E007F})|[\u00AD\u034F\u115F\u1160\u3164\uFFA0\u180E\u200B\u200E\u200F\u061C\u2060-\u2064\u{E0000}-\u{E007F}]/gu;

// An unpaired surrogate is not a character at all; X would reject the post.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
// Combining marks, joiners and variation selectors riding on whitespace or ASCII punctuation would, once
// Markdown syntax around them is removed, fuse with a neighbouring letter into a character the author never
// wrote. Keycaps (#️⃣ *️⃣) are real emoji and are kept.
// eslint-disable-next-line no-misleading-character-class -- the class lists lone marks on purpose
const ORPHAN_MARKS = /(?<=^|[\s!-/:-@[-`{-~])(?!\uFE0F?\u20E3)[\p{M}\u200C\u200D\uFE0E\uFE0F]+/gu;
// eslint-disable-next-line no-misleading-character-class -- as above
const ORPHAN_AT_START = /^[\p{M}\u200C\u200D\uFE0E\uFE0F]+/u;
// Spaces of other widths (no-break, en, em, thin, ideographic…) are one plain space in a post.
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F]/gu;

/**
 * One line's tabs as spaces up to the next multiple of 4 columns, as CommonMark counts them: "-\tfoo" then
 * "\t-\tbar" must stay an item and its sub-item. Linear: the column is tracked, never recounted.
 */
function expandTabs(line: string): string {
  const parts: string[] = [];
  let column = 0;
  let from = 0;
  for (let index = line.indexOf("\t"); index !== -1; index = line.indexOf("\t", from)) {
    const before = line.slice(from, index);
    column += before.length;
    const width = 4 - (column % 4);
    parts.push(before, " ".repeat(width));
    column += width;
    from = index + 1;
  }
  parts.push(line.slice(from));
  return parts.join("");
}

/** Tabs expanded line by line; lines without a tab are not touched. */
function expandAllTabs(text: string): string {
  if (!text.includes("\t")) return text;
  return text
    .split("\n")
    .map((line) => (line.includes("\t") ? expandTabs(line) : line))
    .join("\n");
}

// UTF-8 read as Latin-1 or Windows-1252 ("â¦" or "â€¦" for "…", "Ã©" for "é", "â€™" for "’"): a lead byte's
// character (U+00C2–U+00F4) then the continuation bytes' characters (U+0080–U+00BF, or the Windows-1252 signs that
// stand for 0x80–0x9F). Such a run is no text anyone writes; where its bytes are valid UTF-8 they are re-read.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const CONTINUATION = `[\u0080-\u00BF${CP1252_HIGH}]`;
const MOJIBAKE = new RegExp(`[\u00C2-\u00DF]${CONTINUATION}|[\u00E0-\u00EF]${CONTINUATION}{2}|[\u00F0-\u00F4]${CONTINUATION}{3}`, "gu");
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The byte a character of a mis-decoded run stood for. */
function byteOf(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  const high = CP1252_HIGH.indexOf(char);
  return code >= 0x80 && code <= 0xff ? code : 0x80 + high;
}

/** Runs of UTF-8 read as Latin-1 or Windows-1252, read again as UTF-8 where their bytes are valid UTF-8. */
function withoutMojibake(text: string): string {
  if (!/[\u00C2-\u00F4]/u.test(text)) return text;
  return text.replace(MOJIBAKE, (run) => {
    try {
      return UTF8.decode(Uint8Array.from([...run].map(byteOf)));
    } catch {
      return run;
    }
  });
}

/** Windows' and old Mac line ends (and Unicode's line separators) as "\n", the one line end the readers look for. */
export const withLineFeeds = (text: string): string => text.replace(/\r\n?|[\u2028\u2029]/g, "\n");

/** Multi-line text (release notes, templates): line breaks kept, tabs become spaces (to CommonMark's tab stops). */
export function sanitizeText(text: string): string {
  const clean = expandAllTabs(withLineFeeds(withoutMojibake(text).replace(LONE_SURROGATE, "\uFFFD")))
    .replace(REJECTED, "")
    .replace(INVISIBLE, "$1")
    .normalize("NFC")
    .replace(ODD_SPACE, " ")
    .replace(ORPHAN_MARKS, "");
  return clean.replace(ORPHAN_AT_START, "");
}

/** A one-line value (version, name, URL…): any run of whitespace becomes one space, ends trimmed. */
export function sanitizeField(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  return sanitizeText(String(value)).replace(/\s+/g, " ").trim();
}
