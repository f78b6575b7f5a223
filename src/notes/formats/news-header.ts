// What a plain-text NEWS file's header line says besides its version and date: the words that open it ("Noteworthy
// changes in release 1.4", "Changes in 3.1", "What's new in 2.0") and who made the release ("by Jane Doe
// <jane@example.org>", "-- J. Doe"). Taken off, the line is a release header (page-frame.ts) and no change; an e-mail
// address never reaches a post.

// "<jane@example.org>", "jane@example.org": an address, bracketed or not.
export const EMAIL = /<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?/gu;
// A person's name as a header writes it: capitalised words and initials ("Jane Doe", "J. Doe", "Jean-Luc O'Neil").
const NAME = String.raw`\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,3}`;
// "by Jane Doe", "released by J. Doe", "-- J. Doe", ", Jane Doe" once its address went: a byline that ends the line.
const BYLINE = new RegExp(String.raw`(?:\b(?:released\s+|prepared\s+|packaged\s+)?by\s+|\s(?:--|—|–|,)\s*)${NAME}\s*$`, "u");
// "v1.4.3 2022-10-31  The Irssi team", once its address went: words after the header's last number name who made
// the release (a person, "the X team"). Read so only on a line that held an address: that is what marks it a byline.
const ADDRESSED_BYLINE = /(?<=\d)\s+\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,4}$/u;
// The words a NEWS header opens with, in the languages such files are written in.
const OPENING =
  /^\W*(?:(?:noteworthy|notable|user-visible|major|overview\s+of)\s+)?(?:changes|news|what'?s\s+new)\s+(?:in|for|since)\s+(?:the\s+)?(?:release|version)?\s*|^\W*(?:änderungen\s+in|nouveautés\s+(?:de|dans)|cambios\s+en|novidades\s+(?:da|na))\s+(?:version|versión|versão)?\s*/iu;

/** The header line without its opening words, its byline and any address; the line as it is when it has none. */
export function withoutNewsFrame(line: string): string {
  const bare = line.replace(EMAIL, " ").replace(/\s+/gu, " ").trim();
  if (bare === line.trim() && !OPENING.test(bare) && !BYLINE.test(bare)) return line;
  const addressed = bare !== line.replace(/\s+/gu, " ").trim();
  const unsigned = addressed ? bare.replace(ADDRESSED_BYLINE, "") : bare;
  return unsigned.replace(OPENING, "").replace(BYLINE, "").trim();
}
