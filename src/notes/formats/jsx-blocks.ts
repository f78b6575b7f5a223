// MDX pages (a docs site's blog) wrap prose in components: "<Callout type="warning">" … "</Callout>", "<Note>",
// "<Tabs>"/"<TabItem>", and embed others alone on a line ("<YouTube id="…" />"). CommonMark reads a tag line and what
// follows it up to a blank line as raw HTML, so a breaking change said inside a callout would be lost: the component
// lines go and what they hold is read as Markdown, dedented. Lower-case tags are HTML and read as such elsewhere.
// Line by line: linear in the notes' size.
import { FENCE } from "./line-blocks.js";

// A component's tag alone on its line: opening, closing or self-closing, its attributes on the same line.
const TAG_LINE = /^[ \t]*<\/?[A-Z][\w.]{0,60}(?:[ \t]+[^<>\n]*)?\/?>[ \t]*$/u;
// An opening tag whose attributes go on over the next lines ("<Callout" then "  type="warning"" then ">").
const OPEN_START = /^[ \t]*<[A-Z][\w.]{0,60}(?:[ \t]+[^<>\n]*)?$/u;
const OPEN_END = /^[^<>\n]*\/?>[ \t]*$/u;
const HAS_COMPONENT = /^[ \t]*<\/?[A-Z][\w.]{0,60}(?:[\s/>]|$)/mu;

/** The notes with MDX component lines gone and the text they held dedented; notes without components unchanged. */
export function jsxBlocksAsMarkdown(text: string): string {
  if (!HAS_COMPONENT.test(text)) return text;
  const lines = text.split("\n");
  const out: string[] = [];
  let fenced = false;
  // How far the text inside the open components is indented by them.
  const depths: number[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    if (FENCE.test(line)) fenced = !fenced;
    if (!fenced && TAG_LINE.test(line)) {
      track(line, depths);
      out.push("");
      continue;
    }
    if (!fenced && OPEN_START.test(line)) {
      const end = lines.findIndex((next, at) => at > index && at <= index + 10 && OPEN_END.test(next));
      if (end !== -1) {
        track(`${line}>`, depths);
        out.push("");
        index = end;
        continue;
      }
    }
    out.push(dedent(line, depths.at(-1) ?? 0));
  }
  return out.join("\n");
}

/** Opens or closes a component level: the indent of its text is the tag's own plus two spaces. */
function track(tag: string, depths: number[]): void {
  const trimmed = tag.trim();
  if (trimmed.endsWith("/>")) return;
  if (trimmed.startsWith("</")) depths.pop();
  else depths.push((tag.length - tag.trimStart().length) + 2);
}

function dedent(line: string, by: number): string {
  if (by === 0) return line;
  const indent = line.length - line.trimStart().length;
  return line.slice(Math.min(indent, by));
}
