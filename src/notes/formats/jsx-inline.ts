// MDX changelogs style words inline with JSX: "<b style={{ color: '#ff4d4f' }}>Breaking:</b> …",
// "<Badge type={'new'}>". A brace-valued attribute is no HTML attribute, so CommonMark keeps such a tag as text and
// it would reach the post raw. The tag goes, the words it wraps stay; code spans and fences are left as written.
// Line by line, linear in the notes' size.
import { outsideCodeSpans, rewriteLinesOutsideFences } from "./line-blocks.js";

// One attribute: a name, then nothing, a quoted value, a JSX expression (one level of nested braces) or a bare word.
const ATTRIBUTE = String.raw`[\w:.-]{1,60}(?:\s*=\s*(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'|\{(?:[^{}\n]|\{[^{}\n]{0,300}\}){0,300}\}|[^\s"'<>{}]{1,100}))?`;
// An opening tag with at least one brace-valued attribute, or a spread ("{...props}").
const JSX_TAG = new RegExp(
  String.raw`<[A-Za-z][\w.]{0,60}(?:\s+(?:${ATTRIBUTE}|\{\.\.\.[\w.]{1,60}\}))*?\s+(?:[\w:.-]{1,60}\s*=\s*\{|\{\.\.\.)(?:[^{}\n]|\{[^{}\n]{0,300}\}){0,300}\}(?:\s+(?:${ATTRIBUTE}|\{\.\.\.[\w.]{1,60}\}))*\s*\/?>`,
  "gu",
);

/** The notes without inline JSX tags that carry brace-valued attributes; their text kept. */
export function withoutInlineJsx(text: string): string {
  if (!/<[A-Za-z][^>\n]*=\s*\{|<[A-Za-z][^>\n]*\{\.\.\./u.test(text)) return text;
  return rewriteLinesOutsideFences(text, (line) => (line.includes("{") ? outsideCodeSpans(line, (part) => part.replace(JSX_TAG, "")) : line));
}
