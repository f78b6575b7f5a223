// glued-url: a link with the notes' next word stuck to it ("https://github.com/helm/helm/issues에서"): the network links
// the word too, or cuts the link where the reader cannot see it, and the sentence reads as one token.
import type { Context, Defect } from "./types.ts";

// A URL whose last character is followed, with no space, by a letter of a script URLs are not written in (a Latin
// letter would be part of the address itself).
const GLUED = /https?:\/\/[^\s<>"'`]+?(?=[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Thai}])/gu;

export function gluedUrl({ posts }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    for (const match of text.matchAll(GLUED)) {
      const after = text.slice((match.index ?? 0) + match[0].length).match(/^\S{1,12}/u)?.[0] ?? "";
      defects.push({ check: "glued-url", post, detail: `a link glued to the text after it: "${match[0]}${after}"` });
    }
  });
  return defects;
}
