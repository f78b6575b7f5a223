// The name of a two-part slug the notes never write whole, spelt part by part as they write its parts: "Flask-SQLAlchemy"
// for flask-sqlalchemy, whose notes write "SQLAlchemy 2.x". A part written with capitals inside it is a brand's
// spelling, and a name joined to a brand is a brand's too: its word part opens with a capital. Pure.
import { saidAsWord } from "./text/typed-words.js";

/** The slug spelt part by part, or null unless one part has the notes' spelling with a capital inside it and the other
 *  is a spoken word of four letters or more that the notes never write in lowercase. `spelling` reads the notes'
 *  spelling of a name (null where they give none); `writtenLower` says whether they write a word as it is. */
export function partSpellings(repo: string, spelling: (name: string) => string | null, writtenLower: (word: string) => boolean): string | null {
  const match = /^([a-z]+)([-_])([a-z]+)$/u.exec(repo);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const parts = [match[1], match[3]];
  const spelt = parts.map((part) => spelling(part));
  const branded = spelt.findIndex((each) => each !== null && /\p{Lu}/u.test(each.slice(1)) && !/\s/u.test(each));
  if (branded < 0) return null;
  const other = parts[1 - branded] ?? "";
  if (other.length < 4 || !saidAsWord(other) || writtenLower(other)) return null;
  const word = spelt[1 - branded] ?? `${other[0]?.toUpperCase() ?? ""}${other.slice(1)}`;
  const words = branded === 0 ? [spelt[0], word] : [word, spelt[1]];
  return words.join(match[2]);
}
