// A post opens mid-argument: its first line after the header or a label is a sentence that points back at one the post
// does not show ("That's because napari used 0-based indexing…", "This means…", "which is why…", "つまり…").
import type { Context, Defect } from "./types.ts";
import { isLabel, isNumbering, itemText, lines, nonEmpty } from "./text.ts";
// The composer's own list of openers: the check sees what the composer would leave out.
import { opensMidArgument } from "../../../src/notes/prose/mid-argument.ts";

/** Each post whose first line of content (after post 1's header, and any label) opens mid-argument. */
export function midArgument({ posts }: Context): Defect[] {
  return posts.flatMap((post, index) => {
    const content = nonEmpty(lines(post)).slice(index === 0 ? 1 : 0).filter((line) => !isLabel(line) && !isNumbering(line));
    const first = content[0];
    if (first === undefined || /^https?:\/\//u.test(first.trim())) return [];
    const opens = opensMidArgument(itemText(first)) ? [{ check: "mid-argument", post: index, detail: `post ${index + 1} opens on "${first.trim().slice(0, 40)}"` }] : [];
    // "这意味着：", "This means:", "つまり：": a lead-in that points back, wherever it stands; what it refers to is not
    // the item it now leads.
    const leads = nonEmpty(lines(post)).filter((line) => isLabel(line) && opensMidArgument(itemText(line).replace(/[:：]\s*$/u, "")));
    return [...opens, ...leads.map((line) => ({ check: "mid-argument", post: index, detail: `a lead-in that points back: "${line.trim()}"` }))];
  });
}
