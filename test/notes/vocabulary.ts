// The graphemes the composer itself may write (openers, labels, "+N more" lines, numbering, bullets, "…", and the
// zero-width space that keeps mentions and file names quiet): tests check every other grapheme comes from the notes.
import { RANK, type Kind } from "../../src/notes/kinds/kinds.js";
import { phrasesFor, type Language } from "../../src/notes/language.js";

export const graphemes = (text: string): string[] =>
  [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].map((s) => s.segment);

export function composerVocabulary(): Set<string> {
  const languages: Language[] = ["en", "zh", "ja", "ko"];
  const kinds = Object.keys(RANK) as Kind[];
  const phrases = languages.flatMap((language) => {
    const words = phrasesFor(language);
    return [words.opener, words.colon, ...kinds.map((kind) => words.label(kind) + words.more(1, kind) + words.more(2, kind)), words.moreInNotes(1), words.moreInNotes(2)];
  });
  return new Set(graphemes(`${phrases.join(" ")} 0123456789/()…•\u200B\u2024`));
}
