// Org notes (an Emacs package's NEWS.org or CHANGELOG.org) written over as the Markdown they mean, before the one
// Markdown parse: "=name=" and "~name~" are code ("~x~" would otherwise strike the name out of the change), "/word/"
// is emphasis, "[[url][words]]" a link, "#+TITLE:" and comment lines ("# -*- mode: org -*-") say nothing and
// "#+BEGIN_SRC" … "#+END_SRC" is a code block. Starred headings ("** Bug fixes") are read as GNU NEWS files' are
// (plain-outline.ts). Only notes that head their sections as Org does are touched: a Markdown line never opens with
// "** " (two stars and a space). Line by line: linear in the notes' size.
import { outsideCodeSpans, rewriteLinesOutsideFences } from "./line-blocks.js";

// "#+TITLE: …" and comment lines ("# -*- mode: org -*-"): nothing a reader sees.
const KEYWORD = /^[ \t]*#\+[A-Za-z_]+:|^#(?:[ \t]|$)/u;
const BLOCK = /^[ \t]*#\+(begin|end)_(\w+)/iu;
// A mark hugs its text, and stands apart from the words around it: "=foo-mode=", "~(setq x)~"; not "a = b = c".
const marked = (mark: string): RegExp =>
  new RegExp(String.raw`(?<=^|[\s(\["'“])${mark}([^\s${mark}](?:[^${mark}\n]{0,120}?[^\s${mark}])?)${mark}(?=$|[\s.,;:!?)\]"'”])`, "gu");
const CODE_MARKS = [marked("="), marked("~")];
// "/italic/": one or a few words, no slash inside (a path, "/usr/lib/", is no emphasis).
const ITALIC = /(?<=^|[\s(["'“])\/([^\s/](?:[^/\n]{0,60}?[^\s/])?)\/(?=$|[\s.,;:!?)\]"'”])/gu;
const LINK = /\[\[([^[\]\n]{1,2000})\](?:\[([^[\]\n]{1,300})\])?\]/gu;

// "~name~" set apart by spaces, as Org marks code; Markdown's strike-through is rare in release notes and rarer twice.
const CODE_MARK = /(?<=\s)~[^\s~](?:[^~\n]{0,120}?[^\s~])?~(?=[\s.,;:])/gu;

/** An Emacs mode line that says Org; or, with no Markdown heading, an Org keyword line, or Org headings (one below the
 *  top, "** Bug fixes", or a top one over notes that mark code as Org does, "~magit-status~"). */
export function looksLikeOrg(source: string): boolean {
  if (/-\*-[^\n]*\bmode:\s*org\b[^\n]*-\*-/iu.test(source)) return true;
  if (/^ {0,3}#{1,6}[ \t]/mu.test(source)) return false;
  if (/^#\+(?:title|author|options|startup|begin_src)\b/imu.test(source)) return true;
  if (!/^\*[ \t]+\S/mu.test(source)) return false;
  return /^\*{2,6}[ \t]+\S/mu.test(source) || (source.match(CODE_MARK)?.length ?? 0) >= 2;
}

const inlineAsMarkdown = (text: string): string =>
  CODE_MARKS.reduce((line, mark) => line.replace(mark, "`$1`"), text)
    .replace(ITALIC, "*$1*")
    .replace(LINK, (_whole, target: string, words: string | undefined) => (words === undefined ? (/^[a-z][\w+.-]*:\/\//iu.test(target) ? `<${target}>` : target) : `[${words}](<${target}>)`));

/** Org notes as the Markdown they mean; other notes unchanged. */
export function orgAsMarkdown(source: string): string {
  if (!looksLikeOrg(source)) return source;
  const lines: string[] = [];
  for (const line of source.split("\n")) {
    const block = BLOCK.exec(line);
    if (block) lines.push(/^(?:src|example)$/iu.test(block[2] ?? "") ? "```" : "");
    else if (!KEYWORD.test(line)) lines.push(line);
  }
  return rewriteLinesOutsideFences(lines.join("\n"), (line) => outsideCodeSpans(line, inlineAsMarkdown));
}
