// A single post that shows no change from notes of real size: an opener and a link tell the reader nothing.
import type { Context, Defect } from "./types.ts";
import { lines, nonEmpty, plainText, urlsIn } from "./text.ts";
import { COUNT_LINE } from "./counts.ts";

/**
 * A post that says nothing of notes of real size: only its opener ("X 1.2 is out!"), the link, perhaps a count. The
 * notes held changes (over 1 KB of text) and the reader learns none of them.
 */
export function emptyPost({ posts, notes }: Context): Defect[] {
  if (posts.length !== 1) return [];
  const text = plainText(notes).replace(/\bhttps?:\/\/\S+/gu, "");
  if (Buffer.byteLength(text, "utf8") <= 1024) return [];
  const said = nonEmpty(lines(posts[0]!).slice(1)).filter((line) => {
    const trimmed = line.trim();
    const rest = urlsIn(trimmed).reduce((left, url) => left.replace(url, ""), trimmed).trim();
    return rest !== "" && !COUNT_LINE.test(rest) && !/^(?:#\S+\s*)+$/u.test(rest);
  });
  return said.length === 0 ? [{ check: "empty-post", post: 0, detail: `no change shown from ${Buffer.byteLength(text, "utf8")} bytes of notes` }] : [];
}
