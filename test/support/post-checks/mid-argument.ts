// A post opens mid-argument: its first line after the header or a label is a sentence that points back at one the post
// does not show ("That's because napari used 0-based indexing…", "This means…", "However, …", "因此…", "そのため…").
import type { Context, Defect } from "./types.ts";
import { isLabel, isNumbering, itemText, lines, nonEmpty } from "./text.ts";

// A reason, a consequence or a turn: each needs the sentence before it.
const MID_ARGUMENT =
  /^(?:that(?:'s|’s| is| was) (?:because|why|how)|this (?:is|was) (?:because|why)|this means|that means|which means|as a result|it also|however,|so,|hence|therefore|consequently|in other words|因此|所以|这意味着|也就是说|そのため|このため|したがって|그래서|따라서|이 때문에)/iu;

/** Each post whose first line of content (after post 1's header, and any label) opens mid-argument. */
export function midArgument({ posts }: Context): Defect[] {
  return posts.flatMap((post, index) => {
    const content = nonEmpty(lines(post)).slice(index === 0 ? 1 : 0).filter((line) => !isLabel(line) && !isNumbering(line));
    const first = content[0];
    if (first === undefined || /^https?:\/\//u.test(first.trim())) return [];
    return MID_ARGUMENT.test(itemText(first).replace(/^[…"'“‘(（「]+/u, "")) ? [{ check: "mid-argument", post: index, detail: `post ${index + 1} opens on "${first.trim().slice(0, 40)}"` }] : [];
  });
}
