// Notes that are an HTML page fragment (a docs site's changelog copied as its markup: `<h2>2.0.18</h2>`, `<ul><li>…`),
// written over as the Markdown they mean. Indented as such pages are, Markdown would read every line as code and the
// post would show no change at all.
import { headingMeaning, readItem } from "../kinds/kinds.js";
import { classedBlocksAsMarkdown } from "./html-classes.js";
import { rewriteRuns } from "./line-blocks.js";

// A line of Markdown structure: a heading, a list item or a fence. A page with any is Markdown with some HTML in it.
const MARKDOWN_LINE = /^ {0,3}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|`{3}|~{3})/mu;
const STRUCTURE_TAG = /<(?:li|h[1-6]|p)\b/iu;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

/** True when `source` is HTML markup through and through: it opens with a tag, most lines are tags, none is Markdown. */
export function isHtmlPage(source: string): boolean {
  const lines = source.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  if (lines.length < 3 || !lines[0]?.startsWith("<") || !STRUCTURE_TAG.test(source) || MARKDOWN_LINE.test(source)) return false;
  return lines.filter((line) => line.startsWith("<")).length * 2 >= lines.length;
}

/** The page as Markdown: headings, list items and paragraphs; code spans kept; every other tag gone, its text kept. */
export function htmlPageAsMarkdown(source: string): string {
  if (!isHtmlPage(source)) return source;
  const page = source
    .replace(/<!--[\s\S]*?-->/gu, " ")
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/giu, " ")
    // A short tag word in its own element opens an item ("<span class="fix">修复</span> 修复边框问题"): its kind.
    .replace(/(<li\b[^>]*>)\s*<span\b[^>]*class=[^>]*>\s*([^<\s]{1,12})\s*<\/span>\s*/giu, (_match, li: string, tag: string) => `${li}${tag}${/\p{Script=Han}/u.test(tag) ? "：" : ": "}`);
  // On a page every list is a list, wherever on its line it opens; the text between lists is the page's own.
  return listsAsMarkdown(page, { page: true })
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}

/** A page's markup between its lists as Markdown headings and paragraphs, its entities as characters. */
function pageTextAsMarkdown(html: string): string {
  // Whitespace in HTML is one space, whatever the indentation; blocks whose class says heading or item are those.
  const text = classedBlocksAsMarkdown(html.replace(/\s+/gu, " "))
    .replace(/<h([1-6])\b[^>]*>(.*?)<\/h\1>/giu, (_match, level: string, title: string) => `\n\n${"#".repeat(Number(level))} ${title}\n\n`)
    .replace(/<code\b[^>]*>(.*?)<\/code>/giu, "`$1`")
    // An item outside any list (a page cut from a bigger one) is still an item.
    .replace(/<li\b[^>]*>/giu, "\n- ")
    .replace(/<br\s*\/?>/giu, "\n")
    .replace(/<\/?(?:p|div|section|article|header|footer|table|tr|blockquote)\b[^>]*>/giu, "\n\n")
    .replace(/<[^>]*>/gu, "");
  return decodeEntities(text)
    .split("\n")
    .map((line) => line.trim())
    .join("\n");
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/gu, (_match, name: string) => ENTITIES[name] ?? "");
}

// Raw HTML lists inside Markdown notes (PowerShell's changelog: `<details><summary><p>…</p></summary><ul><li>…</li>
// </ul></details>`): Markdown reads such a block as HTML and a post would show none of its changes. Each `<ul>`/`<ol>`
// that opens a line (after other tags at most) is written over as the Markdown list it means, one item a line, nested
// lists indented under their item. One pass over the tags.
const LIST_OPEN = /<(ul|ol)\b[^>]{0,200}>/giu;
const LIST_TAG = /<(\/?)(ul|ol)\b[^>]{0,200}>/giu;
const INNER_TAG = /<(\/?)([a-z][a-z0-9]*)\b([^>]{0,500})>/giu;
// Only tags before the list on its line: it opens an HTML block, not a sentence that mentions `<ul>`.
const TAGS_ONLY = /^\s*(?:<[^<>\n]{0,200}>\s*)*$/u;
const HREF = /\bhref\s*=\s*["']([^"'\s]{1,2000})["']/iu;
// Words of an item that Markdown would read as structure at a line's start ("# x", "1. x", "> x"): escaped.
const MARKDOWN_START = /^(?:([#>+*-])|(\d{1,9})([.)]))(?=\s)/u;

/** An item's inline HTML as Markdown: code spans, links (so references among them go as others do), words. */
function inlineAsMarkdown(html: string): string {
  let text = "";
  let code = false;
  const links: string[] = [];
  let from = 0;
  for (const tag of html.matchAll(INNER_TAG)) {
    const words = html.slice(from, tag.index);
    text += code ? words : words.replace(/\s+/gu, " ");
    from = (tag.index ?? 0) + tag[0].length;
    const [, close, name] = tag;
    const lower = (name ?? "").toLowerCase();
    if (lower === "code" || lower === "kbd" || lower === "tt") {
      if (close ? code : !code) text += "`";
      code = !close;
    } else if (lower === "a" && !close) {
      links.push(HREF.exec(tag[3] ?? "")?.[1] ?? "");
      text += "[";
    } else if (lower === "a") {
      const href = links.pop();
      text += href === undefined ? "" : href === "" ? "]" : `](${href})`;
    } else if (lower === "br" || lower === "p" || lower === "div") text += " ";
  }
  text += html.slice(from).replace(/\s+/gu, " ");
  if (code) text += "`";
  // An <a> without a close leaves its "[" open: Markdown reads it as a bracket, which is what it is then.
  return text.replace(/\s+/gu, " ").trim().replace(MARKDOWN_START, (_whole, sign?: string, number?: string, dot?: string) => (sign ? `\\${sign}` : `${number ?? ""}\\${dot ?? ""}`));
}

/** The list `html` (from its `<ul>`/`<ol>` to its close) as Markdown items, each nested level two spaces deeper. */
function listAsMarkdown(html: string, indent: string, page: boolean): string {
  const lines: string[] = [];
  let depth = 0;
  // The open item's depth (-1: none) and its HTML so far.
  let itemDepth = -1;
  let itemHtml = "";
  let from = 0;
  const flush = (): void => {
    const inline = itemDepth < 0 ? "" : inlineAsMarkdown(itemHtml);
    // A page's entities are characters; in Markdown notes the Markdown reader decodes them itself.
    const text = page ? decodeEntities(inline) : inline;
    if (text !== "") lines.push(`${indent}${"  ".repeat(Math.max(0, itemDepth - 1))}- ${text}`);
    itemDepth = -1;
    itemHtml = "";
  };
  for (const tag of html.matchAll(/<(\/?)(ul|ol|li)\b[^>]{0,200}>/giu)) {
    if (itemDepth >= 0) itemHtml += html.slice(from, tag.index);
    from = (tag.index ?? 0) + tag[0].length;
    const [, close, name] = tag;
    // A nested list ends the text of the item it is in (what follows its close is not read); a new item ends the last.
    flush();
    if ((name ?? "").toLowerCase() !== "li") depth = Math.max(0, depth + (close ? -1 : 1));
    else if (!close) itemDepth = depth;
  }
  flush();
  return lines.join("\n");
}

// A fold's summary and what follows it: PowerShell shows a group's first change as the summary of the fold that holds
// the rest ("<summary><p>Update .NET SDK to 9.0.102</p></summary>" then "<ul><li>…").
const SUMMARY = /<summary\b[^>]{0,200}>([^]{0,2000}?)<\/summary>[ \t]*/giu;
// The words a change opens with ("Update …", "Fix …", "新增 …"), where no prefix or section says its kind.
const CHANGE_VERB =
  /^(?:(?:add|fix|update|upgrade|bump|remove|drop|deprecate|improve|rewrite|rework|redesign|reduce|increase|simplify|restore|extend|support|allow|make|move|rename|replace|refactor|enable|disable|introduce|implement|change|revert|mark|ensure|prevent|avoid|handle|correct|optimi[sz]e|migrate|deploy|publish|expose|switch|port|backport|use)(?:s|es|d|ed)?\b|(?:新增|添加|修复|修正|更新|优化|移除|删除|追加|削除|変更|改善|추가|수정|제거|개선))/iu;
const LIST_NEXT = /^(?:\s*\n)?([ \t]*)<(?:ul|ol)\b/iu;

/**
 * A summary that says a change (it opens with a change's words, "Update …", "Fix …") over an HTML list is that list's
 * first item; one that names a kind of change ("Bug fixes") labels the fold (see markdown.ts), and one
 * that says neither ("Click to expand", "All commits") stays the fold's summary.
 */
function changeSummariesAsItems(source: string): string {
  if (!/<summary\b/iu.test(source)) return source;
  return source.replace(SUMMARY, (whole: string, inner: string, at: number) => {
    const list = LIST_NEXT.exec(source.slice(at + whole.length, at + whole.length + 400));
    const text = inlineAsMarkdown(inner);
    if (!list || !/^[\p{L}`]/u.test(text) || headingMeaning(text) !== null) return whole;
    const reading = readItem(text);
    const change = CHANGE_VERB.test(text) || (reading.kind !== null && !reading.icon);
    return !change || reading.text === "" ? whole : `\n\n${list[1] ?? ""}- ${text}\n`;
  });
}

/** The raw HTML lists in Markdown notes as Markdown lists, a fold's summary that says a change as their first item; notes
 *  without a `<li>` are returned as they are. */
export function htmlListsAsMarkdown(source: string): string {
  if (!/<li\b/iu.test(source)) return source;
  return listsAsMarkdown(changeSummariesAsItems(source), { page: false });
}

/**
 * Each HTML list, from its `<ul>`/`<ol>` to its close, written over as Markdown items. In Markdown notes only a list
 * that opens a line is one (a sentence may mention `<ul>`), and the text between lists is left as it is; on an HTML
 * page every list is one, and the text between is the page's markup, written as Markdown too.
 */
function listsAsMarkdown(source: string, { page }: { page: boolean }): string {
  const between = page ? pageTextAsMarkdown : (text: string): string => text;
  let out = "";
  let from = 0;
  LIST_OPEN.lastIndex = 0;
  for (let open = LIST_OPEN.exec(source); open; open = LIST_OPEN.exec(source)) {
    // The line's start, looked for in a bounded window: a long line of tags is no list block's start.
    const near = source.slice(Math.max(from, open.index - 400), open.index);
    const newline = near.lastIndexOf("\n");
    const before = near.slice(newline + 1);
    if (!page && ((newline === -1 && open.index - 400 > from) || !TAGS_ONLY.test(before))) continue;
    // Its close: count the list tags after it.
    LIST_TAG.lastIndex = open.index + open[0].length;
    let depth = 1;
    let end = source.length;
    for (let tag = LIST_TAG.exec(source); tag; tag = LIST_TAG.exec(source)) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) {
        end = tag.index + tag[0].length;
        break;
      }
    }
    const indent = page ? "" : (/^[ \t]*/u.exec(before)?.[0] ?? "");
    out += `${between(source.slice(from, open.index))}\n\n${listAsMarkdown(source.slice(open.index, end), indent, page)}\n\n`;
    from = end;
    LIST_OPEN.lastIndex = end;
  }
  return out + between(source.slice(from));
}

// A docs site's page scaffolding, which is never a change: the page's meta text in its own element (Writerside's
// `<web-summary>`, `<card-summary>`, `<link-summary>`: the SEO blurb "Read the X release notes covering …"), a line of
// attributes for the block above it (`{style="tip"}`, Kramdown's `{: .note}`, `{kotlin-runnable="true" …}`), a
// Jekyll/Liquid tag line (`{% include note.html %}`) and a self-closing component tag alone on its line (`<Cta />`,
// `<FeaturesList />`).
const META_ELEMENT = /<(web-summary|card-summary|link-summary|seo-summary)\b[^>]*>[\s\S]*?<\/\1>/giu;
const SCAFFOLD_LINE = /^[ \t>]*(?:\{:?[ \t]*(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+))(?:[ \t]+(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+)))*[ \t]*\}|\{%[^\n]*%\}|(?:[-*+][ \t]+)?<?\{\{[^{}\n]{0,300}\}\}>?|<[A-Z][\w.]*\b[^<>\n]*\/>|<(?:show-structure|primary-label|secondary-label|tldr-label)\b[^<>\n]*\/?>)[ \t]*$/u;

/** The notes without a docs page's scaffolding (meta elements, attribute lines, template tags and lines that are only
 *  template output: "{{ release.url }}", "* <{{ release.url.gz }}>"); code blocks kept. */
export function withoutPageScaffolding(source: string): string {
  if (!/[{<]/u.test(source)) return source;
  return rewriteRuns(source.replace(META_ELEMENT, ""), (lines, at) => (SCAFFOLD_LINE.test(lines[at] ?? "") ? at + 1 : null));
}
