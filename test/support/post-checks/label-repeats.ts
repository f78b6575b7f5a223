// label-not-repeated: a thread post that opens with the items of a label the post before showed, without saying the
// label again. Read alone (as a reply is), its changes have lost their kind: "• Fix …" at the top of post 3 under
// no "Fixes:" reads as one more feature (POST-QUALITY: each post stands on its own, labels stay with their items).
import type { Context, Defect } from "./types.ts";
import { BULLET, isLabel, isNumbering, lines } from "./text.ts";

/** The label over the last list of a post ("Fixes:" above its last bullets), or null when that list has none. */
function lastListLabel(post: string): string | null {
  const all = lines(post);
  let at = all.findLastIndex((line) => BULLET.test(line));
  if (at < 0) return null;
  // A list's lines follow one another (an item may wrap); the line right above them is its label, if any.
  while (at > 0 && all[at - 1]!.trim() !== "" && !isLabel(all[at - 1]!)) at -= 1;
  const above = all[at - 1];
  return above !== undefined && isLabel(above) ? above.trim() : null;
}

export function labelNotRepeated({ posts, mode }: Context): Defect[] {
  if (mode !== "thread") return [];
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    if (post === 0) return;
    const first = lines(text).find((line) => line.trim() !== "" && !isNumbering(line));
    if (first === undefined || !BULLET.test(first)) return;
    const label = lastListLabel(posts[post - 1]!);
    if (label !== null) defects.push({ check: "label-not-repeated", post, detail: `opens with items of "${label}" without the label` });
  });
  return defects;
}
