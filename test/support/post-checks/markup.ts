// Markdown or HTML marks, code quoted unlike the notes, doubled label punctuation: a post is plain text, code exact.
import type { Context, Defect } from "./types.ts";
import { isLabel, lines } from "./text.ts";

/** Markdown or HTML the reader would see as marks: bold, headings, link syntax, tags, fences, table rows. */
export function markdownLeftover({ posts }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    const report = (what: string) => defects.push({ check: "markdown-leftover", post, detail: what });
    if (text.includes("```")) report("a code fence (```)");
    const prose = text.replace(/`[^`\n]+`/gu, "`…`"); // code spans keep their marks (`**kwargs`, `__init__`)
    if (/\*\*[^*\n]+?\*\*/u.test(prose)) report("bold marks (**)");
    // "__init__" and "__attrs_pre_init__" are Python names; "__Note__" and "__two words__" are emphasis.
    for (const [, inner] of prose.matchAll(/__([^_\s][^_\n]*?)__(?![\w(])/gu)) if (/\s|^\p{Lu}/u.test(inner!)) report("emphasis marks (__)");
    if (prose.includes("](")) report("link syntax (](…)");
    if (/^\s{0,3}#{1,6}\s/mu.test(text)) report("a heading mark (#)");
    if (/^\s*(?:\\toc|\[\[toc\]\]|\[toc\])\s*$/imu.test(text)) report("a table-of-contents marker");
    if (/<(?:br|details|summary|img|sup|kbd)\b|<!--/iu.test(prose)) report("HTML");
    if (/^\s*\|.*\|.*\|\s*$/mu.test(text) || /^\s*\|?\s*:?-{3,}:?\s*\|/mu.test(text)) report("a table row");
    // "• - Update X", "• * Fix Y", "• : Z": a list marker or separator the notes' references left after the post's bullet.
    if (/^\s*•\s+[-–—*•:：](?:\s|$)/mu.test(text)) report("a second list marker after the bullet (• -)");
    // "• Publish checks: - The build tool …", "… documentation. - The build tool": a marker wrapped into the item's text.
    if (/[.!?:：]\s+[-*+]\s+\p{Lu}/u.test(prose)) report("a list marker inside an item (: - The)");
    // GFM strike-through closes on a non-space: "~~old~~", "~[Withdrawn](…)~"; "~1-2 months" is "about".
    if (/(?<![~\w])~{1,2}[^\s~][^~\n]*?(?<=\S)~{1,2}(?![~\w])/u.test(prose)) report("strike-through marks (~)");
    if (/\{%[^%\n]*%\}|\{\{[^}\n]*\}\}/u.test(prose)) report("a template tag ({% %}, {{ }})");
    const tag = kindTag(text);
    if (tag) report(`a kind tag left on an item ("${tag}")`);
  });
  return defects;
}

// "[FIX] …", "[Feature] …", "[UPADTE] …": an item's kind written as a bracket tag. The post says the kind with its label,
// so a tag left is markup, misspelt tags included (one letter off a known tag). A component in brackets ("[CLI] …",
// "[Native Code Obfuscator] 1.1.0") names what changed and stays.
const KIND_TAGS = ["add", "added", "bugfix", "change", "changed", "chore", "deprecate", "deprecated", "doc", "docs", "feat", "feature", "fix", "fixed", "improve", "improvement", "new", "perf", "refactor", "remove", "removed", "update", "updated", "breaking", "security", "enhancement"];
/** Whether two words are one edit (substitution, insertion, deletion or swap of neighbours) apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const swap = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return swap || a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}
function kindTag(post: string): string | undefined {
  for (const [, tag] of post.matchAll(/^\s*(?:•\s+)?\[([A-Za-z]{3,12})\]\s/gmu)) {
    const word = tag!.toLowerCase();
    if (KIND_TAGS.some((known) => (word.length >= 5 && known.length >= 5 ? oneEditApart(word, known) : word === known))) return `[${tag}]`;
  }
  return undefined;
}

/** Code a post quotes that the notes do not have: code is the one text a post must never change ("`..`" is not "`.`").
 *  The one-dot leader that keeps X from linking a name is a dot here, and a cut span ends in "…". */
export function codeAltered({ posts, notes }: Context): Defect[] {
  const spans = [...notes.matchAll(/(`+)([^`\n]+?)\1(?!`)|<code>([^<\n]+)<\/code>/gu)].map((match) => (match[2] ?? match[3] ?? "").trim());
  // An RST role shows its display text: ":func:`get() <pluggy.Result.get>`" reads "get()", ":class:`~pluggy.Result`" reads
  // "Result", and Sphinx drops the leading dot of a relative target (":class:`.Select`" reads "Select").
  const roles = [...notes.matchAll(/:[\w.:-]+:`([^`<\n]+?)(?:\s*<[^>`\n]*>)?`/gu)].map((match) => {
    const shown = (match[1] ?? "").trim().replace(/^!/u, "").replace(/^\.+/u, "");
    return shown.startsWith("~") ? (shown.split(".").at(-1) ?? "") : shown;
  });
  // So does Sphinx's default role, the single backticks of RST notes ("`.EUIMap`" reads "EUIMap", "`~a.B`" reads "B").
  const defaultRoles = spans.filter((span) => /^[.~][A-Za-z_][\w.]*$/u.test(span)).map((span) => (span.startsWith("~") ? (span.split(".").at(-1) ?? "") : span.slice(1)));
  const exact = new Set([...spans, ...roles, ...defaultRoles]);
  return posts.flatMap((text, post) =>
    [...text.matchAll(/`([^`\n]+)`/gu)].flatMap((match) => {
      const quoted = (match[1] ?? "").replace(/\u2024/gu, ".").replace(/\u200B/gu, "").trim();
      const code = quoted.replace(/…$/u, "");
      const cut = code !== quoted;
      if (code === "" || exact.has(code) || (cut && spans.some((span) => span.startsWith(code)))) return [];
      // A piece of the notes' code that is not the whole of it ("`.`" of "`..`"), or text the notes do not have.
      const altered = spans.some((span) => span.includes(code)) || !notes.includes(code);
      return altered ? [{ check: "code-altered", post, detail: `code not as the notes have it: "${match[0]}"` }] : [];
    }),
  );
}

/** A label ending in its own "?" or "!" with a colon added: "What’s New?:". */
export function labelPunctuation({ posts }: Context): Defect[] {
  return posts.flatMap((text, post) =>
    lines(text)
      .filter((line) => /[?!？！][:：]\s*$/u.test(line) && isLabel(line))
      .map((line) => ({ check: "label-punctuation", post, detail: `doubled label punctuation: "${line.trim()}"` })),
  );
}
