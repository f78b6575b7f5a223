// A docs site's changelog page that marks its structure with class names rather than heading and list tags (`<div
// class="type">Feats</div>` over `<p class="log-item"><i>🍀</i>新增国际化方案</p>`): the class says which block is a
// section's heading and which is one change. Read as such, the page has sections and items; read as bare blocks it is
// a run of paragraphs where "Feats" is a line of its own. Pure: HTML in, HTML with Markdown structure in it out.

// One class name's last word ("log-item" → "item", "change_type" → "type") that says the block heads a section.
const HEADING_CLASS = /^(?:type|types|title|heading|header|category|kind|group|section)$/iu;
// …or that says the block is one change.
const ITEM_CLASS = /^(?:item|entry|change|line|log)$/iu;
// A block element with a class and what it holds, up to its own close (no nested element of the same name: the
// blocks that mark a changelog this way hold text and inline tags). Bounded.
const CLASSED_BLOCK = /<(div|p|span|dt|dd|strong|b)\b([^>]{0,300}?)\bclass\s*=\s*(["'])([^"'<>]{1,200})\3([^>]{0,300})>([^]{0,2000}?)<\/\1\s*>/giu;
// An inline element that holds only emoji ("<i>🍀</i>"): an item's icon, kept as the icon it is, set off by a space.
const ICON_ELEMENT = /<(i|span|em)\b[^>]{0,200}>\s*((?:[\p{Extended_Pictographic}\p{Emoji_Component}\uFE0F\u200D]\s*){1,8})<\/\1\s*>\s*/gu;
const HEADING_TAG = /<h([1-6])\b/giu;

/** What one class attribute says its block is: a section's heading, one change, or neither. */
function blockRole(classes: string): "heading" | "item" | null {
  const lastWords = classes.split(/\s+/u).map((name) => name.split(/[-_]/u).pop() ?? "");
  if (lastWords.some((word) => ITEM_CLASS.test(word))) return "item";
  if (lastWords.some((word) => HEADING_CLASS.test(word))) return "heading";
  return null;
}

/**
 * The page with each block whose class names a section heading written as a Markdown heading one level below the
 * page's deepest `<hN>` (the version's), and each block whose class names a change as a Markdown item; an emoji-only
 * icon element before an item's words becomes that icon and a space. A page without such classes is returned as is.
 */
export function classedBlocksAsMarkdown(html: string): string {
  if (!/\bclass\s*=/iu.test(html)) return html;
  const deepest = [...html.matchAll(HEADING_TAG)].reduce((most, match) => Math.max(most, Number(match[1])), 1);
  const level = "#".repeat(Math.min(6, deepest + 1));
  let changed = false;
  const out = html.replace(CLASSED_BLOCK, (whole: string, _tag: string, _before: string, _quote: string, classes: string, _after: string, inner: string) => {
    const role = blockRole(classes);
    if (role === null) return whole;
    const text = inner.replace(ICON_ELEMENT, (_icon: string, _name: string, emoji: string) => `${emoji.replace(/\s+/gu, "")} `).trim();
    if (text === "") return whole;
    changed = true;
    return role === "heading" ? `\n\n${level} ${text.replace(/<[^>]*>/gu, "").trim()}\n\n` : `\n- ${text}\n`;
  });
  return changed ? out : html;
}
