// A list item that is only a link over items of its own ("- #### [laytpl](./laytpl/)" then its changes, "- [CLI](…)"
// over "- Add `--json`"): the link names the part the changes belong to, as a heading would. It is a label, not a
// pointer to another page, or its changes would be neither shown nor counted. (Not a link over a page's own contents,
// "[Documentation](…)" over "Getting started", "Configuration reference": those are titles, not changes.)
import type { Block } from "./markdown.js";
import { cjkCount } from "../text/cjk.js";

/** A sub-item that says something, as a change does, not a page's title: three words or more, four CJK letters, or code. */
const saysSomething = (text: string): boolean => text.split(/\s+/u).filter(Boolean).length >= 3 || cjkCount(text) >= 4 || text.includes("`");

/** The block at `index` is an item whose only words are a link, over sub-items that are not links themselves. */
export function linkedLeadIn(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index];
  if (!block || block.kind !== "item" || !block.hasChildren || block.linkShare < 0.9) return false;
  const children = blocks.filter((child) => child.kind === "item" && child.parent === index);
  const said = children.filter((child) => child.linkShare < 0.9 && saysSomething(child.text));
  return said.length > 0 && said.length * 2 >= children.length;
}
