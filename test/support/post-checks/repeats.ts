// repeated-text: the same change twice in a thread, or the same link twice in a post, spends the reader's attention on
// nothing new ("注意: …" in post 1 and again in post 2; the release URL as a line of the notes and as the post's link).
import type { Context, Defect } from "./types.ts";
import { BULLET, isLabel, itemText, lines, nonEmpty, normalize, urlsIn } from "./text.ts";

// Shorter lines repeat by nature ("Fixes:", "• Bump deps", a count).
const MIN_LENGTH = 16;
const key = (line: string) => normalize(itemText(line)).replace(/…$/u, "").replace(/[.。!！]+$/u, "");

/** Whether two items say one change: the same words, or the longer opens with the shorter's whole sentence under a
 *  short lead ("注意: " + an item shown before). A shorter item inside a longer one ("…`restauranteur`" beside
 *  "…`restauranteurs`", a summary that names a highlight) is another change. */
function sameChange(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const body = long.replace(/^[\p{L}\s]{1,12}[:：]\s*/u, "");
  return body === short || (body.startsWith(short) && /^[.。!！?？;；]/u.test(body.slice(short.length)));
}

/** Items shown twice across a thread's posts, and URLs shown twice within one post. */
export function repeatedText({ posts }: Context): Defect[] {
  const defects: Defect[] = [];
  const seen = new Map<string, number>();
  posts.forEach((text, post) => {
    const urls = urlsIn(text);
    const twice = urls.find((url, i) => urls.indexOf(url) !== i);
    if (twice) defects.push({ check: "repeated-text", post, detail: `the same link twice: ${twice}` });
    for (const line of nonEmpty(lines(text))) {
      if (isLabel(line) || urlsIn(line).length > 0) continue;
      const item = key(line);
      if (item.length < MIN_LENGTH || (!BULLET.test(line) && /^\+?\d/u.test(item))) continue;
      const first = [...seen].find(([shown]) => sameChange(shown, item))?.[1];
      if (first === undefined) seen.set(item, post);
      else defects.push({ check: "repeated-text", post, detail: `shown again (first in post ${first + 1}): "${itemText(line)}"` });
    }
  });
  return defects;
}
