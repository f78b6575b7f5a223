// Markup that site generators read and readers never see, left in notes taken from a docs site's sources: MyST's
// targets ("(release-2-4-0)=" on a line of its own), Hugo's shortcodes ("{{< issue 77 >}}", "{{% note %}}"), AsciiDoc's
// anchors ("[[v240]]", "[#v240]" on a line of its own) and cross references ("<<config,the config>>"), and wiki links
// ("[[Parsing]]", "[[Parsing|the parser]]"). Each goes, or leaves the words it shows. Code is left as written: a fence's
// lines and a code span's text ("`a << b >> c`") are not markup. Pure: Markdown in, Markdown out.

// A line that is only a target or an anchor: MyST "(label)=", AsciiDoc "[[label]]" / "[#label]" / "[[label,text]]".
const ANCHOR_LINE = /^[ \t]*(?:\([\w.:-]{1,100}\)=|\[\[[A-Za-z_][\w.:-]{0,100}(?:,[^\]\n]{0,100})?\]\]|\[#[A-Za-z_][\w.:-]{0,100}\])[ \t]*$/u;
// "{{< name args >}}", "{{% name %}}", "{{</ name >}}": shortcodes render something the notes do not hold.
const SHORTCODE = /\{\{[<%]\/?[ \t]*[\w-]{1,40}[^{}\n]{0,200}?[>%]\}\}[ \t]?/gu;
// "<<id,words>>" shows its words; "<<id>>" shows the target's title, which the notes do not hold: it goes.
const XREF = /<<([A-Za-z_][\w.:#/-]{0,100})(?:,[ \t]*([^<>\n]{1,200}?))?>>/gu;
// "[[Page]]" / "[[Page|words]]" (a wiki's link) shows its words, or the page's name. Not "[[x]]" at a line's start
// alone: that is an anchor (above); not a tracker's reference, "[[Feature #21311]]", which goes as references go.
const WIKI_LINK = /\[\[([^[\]|\n#]{1,100})(?:\|([^[\]\n]{1,200}))?\]\]/gu;
const FENCE = /^[ \t]{0,3}(```|~~~)/u;

const inProse = (text: string): string =>
  text
    .replace(SHORTCODE, "")
    .replace(XREF, (_whole, _id: string, words: string | undefined) => words?.trim() ?? "")
    .replace(WIKI_LINK, (_whole, page: string, words: string | undefined) => (words ?? page).trim());

/** A line's prose with the markup gone, its code spans as written. */
const lineWithout = (line: string): string =>
  line
    .split(/(`+[^`\n]*`+)/u)
    .map((part, index) => (index % 2 === 1 ? part : inProse(part)))
    .join("");

/** The notes without site generators' markup; notes without any come back unchanged. */
export function withoutSiteMarkup(source: string): string {
  if (!/\)=|\[\[|\[#|\{\{[<%]|<</u.test(source)) return source;
  let fence: string | null = null;
  const lines: string[] = [];
  for (const line of source.split("\n")) {
    const opens = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (opens === fence) fence = null;
      lines.push(line);
    } else if (opens !== undefined) {
      fence = opens;
      lines.push(line);
    } else if (!ANCHOR_LINE.test(line)) lines.push(lineWithout(line));
  }
  return lines.join("\n");
}
