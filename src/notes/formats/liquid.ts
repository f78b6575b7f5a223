// Jekyll/Liquid markup in notes taken from a site's sources (ruby-lang.org's news posts): the page shows what a tag
// renders, never the tag. Pure: Markdown in, Markdown out.

// "[CVE-…: title]({% link ko/news/_posts/x.md %})": a link whose target is a tag is still a link. Bounded runs, no
// nesting: linear on any input.
const TEMPLATE_TARGET = /\]\(\s*(\{%[^%\n]{0,300}%\}|\{\{[^{}\n]{0,300}\}\})([^()\s]{0,300})\s*\)/gu;
// The tags that render an address from their argument; what they point at is the link's target.
const ADDRESS_TAG = /^\{%-?\s*(?:link|post_url|include_relative)\s+(\S{1,300})\s*-?%\}$/u;

function target(tag: string, rest: string): string {
  const path = ADDRESS_TAG.exec(tag)?.[1] ?? "";
  return `](${path + rest || "#"})`;
}

/** The notes with Liquid link targets made plain addresses (lines of bare template output are page scaffolding:
 *  html-page.ts). */
export function withoutLiquid(source: string): string {
  if (!source.includes("]({")) return source;
  return source.replace(TEMPLATE_TARGET, (_whole, tag: string, rest: string) => target(tag, rest));
}
