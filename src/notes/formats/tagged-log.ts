// Changelogs written as XML-like elements whose attributes say each entry's kind (uni-ui's `<log-item-text
// tag-type="feat">…</log-item-text>` under `<log-item title="uni-tag 组件更新">`), written over as the Markdown they
// mean: a titled group is a heading, a typed element holding only text is a list item led by its kind ("- [feature] …").
// Read as Markdown, such notes are one HTML block and the post shows no change at all.

// An attribute that names an entry's kind: "tag-type", "type", "kind", "class", "category", "tag".
const KIND_ATTRIBUTE = /^(?:[\w-]*-)?(?:type|kind|class|category|tag)$/iu;
// One tag with its attributes; bounded runs.
const TAG = /<(\/?)([A-Za-z][\w:.-]{0,60})((?:\s+[\w:.-]{1,60}(?:\s*=\s*(?:"[^"]{0,300}"|'[^']{0,300}'|[^\s"'>]{1,100}))?){0,20})\s*(\/?)>/gu;
const ATTRIBUTE = /([\w:.-]{1,60})(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gu;
// A line of Markdown structure: notes with any are Markdown with some HTML in them, not a tag log.
const MARKDOWN_LINE = /^ {0,3}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|`{3}|~{3})/mu;
// Tags HTML already gives a meaning to: a page of them is read as HTML (html-page.ts), not here.
const HTML_TAG = /^(?:p|div|span|ul|ol|li|a|b|i|em|strong|code|pre|br|hr|h[1-6]|table|tr|td|th|img|details|summary|section|article|body|html|head)$/iu;

// Kind words as a tag log writes them, in the words a list item's leading tag takes ("[feature] …").
const KIND_WORDS: Readonly<Record<string, string>> = {
  feat: "feature", feature: "feature", features: "feature", new: "feature", add: "feature", added: "feature",
  fix: "fix", fixed: "fix", bug: "fix", bugfix: "fix", change: "changed", changed: "changed", update: "changed",
  improve: "improvement", improvement: "improvement", optimize: "improvement", perf: "performance", performance: "performance",
  remove: "removed", removed: "removed", deprecated: "deprecated", deprecate: "deprecated", security: "security",
  breaking: "breaking", docs: "docs", doc: "docs", refactor: "refactor", chore: "chore", test: "internal",
};

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };
const unescaped = (text: string): string => text.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/gu, (_all, name: string) => ENTITIES[name] ?? "");

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) found.set((match[1] ?? "").toLowerCase(), match[2] ?? match[3] ?? match[4] ?? "");
  return found;
}

/** The kind an element's attributes name ("tag-type=feat" → "feature"); its own word where it is no known kind. */
function kindOf(attrs: ReadonlyMap<string, string>): string | null {
  for (const [name, value] of attrs) {
    if (!KIND_ATTRIBUTE.test(name) || !/^[\p{L}-]{1,20}$/u.test(value.trim())) continue;
    return KIND_WORDS[value.trim().toLowerCase()] ?? value.trim().toLowerCase();
  }
  return null;
}

/** Whether `source` is a tag log: it opens with an element that is no HTML, has no Markdown structure, and at least
 *  two elements that name a kind and hold text. */
export function isTaggedLog(source: string): boolean {
  const head = source.trimStart();
  const first = /^<([A-Za-z][\w:.-]*)/u.exec(head)?.[1];
  if (!first || HTML_TAG.test(first) || MARKDOWN_LINE.test(source)) return false;
  let typed = 0;
  for (const tag of source.matchAll(TAG)) {
    if (tag[1] === "" && !HTML_TAG.test(tag[2] ?? "") && kindOf(attributes(tag[3] ?? "")) !== null) typed += 1;
    if (typed >= 2) return true;
  }
  return false;
}

/** A tag log as Markdown: the outermost titled element (the release: "1.5.11") a level-2 heading, titled groups under
 *  it deeper headings, each kind-named element holding text a list item with its kind, any other text a paragraph. */
export function taggedLogAsMarkdown(source: string): string {
  if (!isTaggedLog(source)) return source;
  const out: string[] = [];
  // Per open element: whether it has a heading of its own, and the kind it names.
  const open: { name: string; kind: string | null }[] = [];
  let from = 0;
  const flush = (text: string): void => {
    const words = unescaped(text).replace(/\s+/gu, " ").trim();
    if (words === "") return;
    const kind = [...open].reverse().find((element) => element.kind !== null)?.kind ?? null;
    out.push(kind === null ? `${words}\n` : `- [${kind}] ${words}`);
  };
  for (const tag of source.matchAll(TAG)) {
    flush(source.slice(from, tag.index));
    from = tag.index + tag[0].length;
    const name = (tag[2] ?? "").toLowerCase();
    if (tag[1] === "/") {
      const at = open.map((element) => element.name).lastIndexOf(name);
      if (at !== -1) open.length = at;
      continue;
    }
    const attrs = attributes(tag[3] ?? "");
    const title = unescaped(attrs.get("title") ?? attrs.get("name") ?? attrs.get("version") ?? "").trim();
    if (title !== "") {
      out.push("", `${"#".repeat(Math.min(6, open.length + 2))} ${title}`, "");
    }
    if (tag[4] !== "/") open.push({ name, kind: kindOf(attrs) });
  }
  flush(source.slice(from));
  return out.length === 0 ? source : `${out.join("\n").replace(/\n{3,}/gu, "\n\n").trim()}\n`;
}
