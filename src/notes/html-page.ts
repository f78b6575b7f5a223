// Notes that are an HTML page fragment (a docs site's changelog copied as its markup: `<h2>2.0.18</h2>`, `<ul><li>…`),
// written over as the Markdown they mean. Indented as such pages are, Markdown would read every line as code and the
// post would show no change at all.

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
  const text = source
    .replace(/<!--[\s\S]*?-->/gu, " ")
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/giu, " ")
    // Whitespace in HTML is one space, whatever the indentation.
    .replace(/\s+/gu, " ")
    .replace(/<h([1-6])\b[^>]*>(.*?)<\/h\1>/giu, (_match, level: string, title: string) => `\n\n${"#".repeat(Number(level))} ${title}\n\n`)
    .replace(/<code\b[^>]*>(.*?)<\/code>/giu, "`$1`")
    // A short tag word in its own element opens an item ("<span class="fix">修复</span> 修复边框问题"): its kind.
    .replace(/<li\b[^>]*>\s*<span\b[^>]*class=[^>]*>\s*([^<\s]{1,12})\s*<\/span>\s*/giu, (_match, tag: string) => `\n- ${tag}${/\p{Script=Han}/u.test(tag) ? "：" : ": "}`)
    .replace(/<li\b[^>]*>/giu, "\n- ")
    .replace(/<\/li>/giu, "\n")
    .replace(/<br\s*\/?>/giu, "\n")
    .replace(/<\/?(?:p|div|ul|ol|section|article|header|footer|table|tr|blockquote)\b[^>]*>/giu, "\n\n")
    .replace(/<[^>]*>/gu, "")
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/gu, (_match, name: string) => ENTITIES[name] ?? "");
  return text
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}
