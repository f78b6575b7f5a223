// Jekyll/Liquid markup in notes taken from a site's sources (ruby-lang.org's news posts): the page shows what a tag
// renders, never the tag. Pure: Markdown in, Markdown out.

// "[CVE-…: title]({% link ko/news/_posts/x.md %})": a link whose target is a tag is still a link. Bounded runs, no
// nesting: linear on any input.
const TEMPLATE_TARGET = /\]\(\s*(\{%[^%\n]{0,300}%\}|\{\{[^{}\n]{0,300}\}\})([^()\s]{0,300})\s*\)/gu;
// The tags that render an address from their argument; what they point at is the link's target.
const ADDRESS_TAG = /^\{%-?\s*(?:link|post_url|include_relative)\s+(\S{1,300})\s*-?%\}$/u;
// A line that is only template output, bare or as an autolink or list item ("{{ release.url }}", "* <{{ release.url.gz }}>").
const OUTPUT_LINE = /^[ \t>]*(?:[-*+][ \t]+)?<?\{\{[^{}\n]{0,300}\}\}>?[ \t]*$/u;
const FENCE_LINE = /^\s{0,3}(?:```|~~~)/u;

function target(tag: string, rest: string): string {
  const path = ADDRESS_TAG.exec(tag)?.[1] ?? "";
  return `](${path + rest || "#"})`;
}

/** The notes with Liquid link targets made plain addresses and lines of bare template output gone; code kept. */
export function withoutLiquid(source: string): string {
  if (!source.includes("{%") && !source.includes("{{")) return source;
  const linked = source.includes("]({") ? source.replace(TEMPLATE_TARGET, (_whole, tag: string, rest: string) => target(tag, rest)) : source;
  let fenced = false;
  return linked
    .split("\n")
    .filter((line) => {
      if (FENCE_LINE.test(line)) fenced = !fenced;
      return fenced || !OUTPUT_LINE.test(line);
    })
    .join("\n");
}
