// foreign-markup: reference and link markup of formats other than Markdown, left in a post where its words belong:
// Typst ("@calc.cosh[words]", "@math.abs`abs`", "= Title <label>"'s label), RST and Sphinx (":func:`x`", "`words
// <url>`_", "`Name`_"), AsciiDoc ("link:url[words]", "xref:a.adoc[words]", "<<id,words>>"), wiki links ("[[Page|words]]"),
// Typst's functions ("#link(", "#gh(") and MDX components ("<Callout>"). A post is plain text: a reader sees the marks.
import type { Context, Defect } from "./types.ts";
import { lines } from "./text.ts";

const KINDS: ReadonlyArray<[string, RegExp]> = [
  // A reference with its supplement or a glued code span: "@calc.cosh[hyperbolic functions]", "@math.abs`abs`". Not a
  // bot's handle ("@dependabot[bot]").
  ["a Typst reference (@name[words])", /(?<![\w@/.])@[A-Za-z][\w-]*(?:[.:][\w-]+)*(?:\[(?!bot\])[^\]\n]*\]|`)/u],
  ["a Typst function (#link(…), #gh(…))", /#(?:link|gh|ref|cite|image|footnote)\(/u],
  // A label after a heading's words: "Scripting <scripting>:", "(Math <math>)".
  ["a Typst heading label (<label>)", /\S[ \t]<[a-z][\w.:-]*>(?=\)?[:：]?[ \t]*$|\))/mu],
  ["an RST role (:role:`…`)", /(?<![\w:]):[a-z][\w-]*(?::[a-z][\w-]*)?:`/u],
  // A span followed by "_": "`words <url>`_", "`Name`_" (the span itself is a mark in the prose below).
  ["an RST link or reference (`words`_)", /`__?(?![\w`])/u],
  ["an AsciiDoc macro (link:…[…])", /(?<![\w/])(?:link|xref|mailto|image|footnote):[^\s[\]]*\[/u],
  ["an AsciiDoc cross reference (<<id,…>>)", /<<[A-Za-z_][\w.:#/-]*(?:,[^<>\n]*)?>>/u],
  ["a wiki link ([[Page|…]])", /\[\[[^[\]\n]+\]\]/u],
  ["a Hugo shortcode ({{< … >}})", /\{\{[<%]/u],
  ["an MDX component (<Name …>)", /<\/?[A-Z][A-Za-z0-9]*(?:[.][A-Z][A-Za-z0-9]*)?(?:\s[^<>\n]*)?\/?>/u],
];

/** The post as a reader sees it: no quieting characters, the dots they hid back. */
const asRead = (text: string): string => text.replaceAll("\u200B", "").replaceAll("\u2024", ".");

/** Text outside code spans (code quotes markup as written: "`a << b >> c`", "`<Button />`"), each span one backtick:
 *  what is glued to a span ("@math.abs`abs`", "`Name`_") keeps a mark where it was. */
const prose = (line: string): string => line.replace(/(`+)[^`\n]+?\1/gu, "`");

export function foreignMarkup({ posts }: Context): Defect[] {
  return posts.flatMap((text, post) =>
    lines(asRead(text)).flatMap((line) => {
      const outside = prose(line);
      return KINDS.filter(([, pattern]) => pattern.test(outside)).map(([what]) => ({
        check: "foreign-markup",
        post,
        detail: `${what}: "${line.trim()}"`,
      }));
    }),
  );
}
