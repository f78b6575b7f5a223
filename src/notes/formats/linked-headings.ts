// A list item that is only a link over items of its own ("- #### [laytpl](./laytpl/)" then its changes, "- [CLI](…)"
// over "- Add `--json`"): the link names the part the changes belong to, as a heading would. It is a label, not a
// pointer to another page, or its changes would be neither shown nor counted.
import type { Block } from "./markdown.js";

/** The block at `index` is an item whose only words are a link, over sub-items that are not links themselves. */
export function linkedLeadIn(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index];
  if (!block || block.kind !== "item" || !block.hasChildren || block.linkShare < 0.9) return false;
  const children = blocks.filter((child) => child.kind === "item" && child.parent === index);
  return children.length > 0 && children.some((child) => child.linkShare < 0.9);
}
