// The product's name the notes write with the slug's words in another order, joined by a function word: "Material for
// MkDocs" for mkdocs-material. The slug is how a package manager needs the name; the phrase is how its people say it.
// Pure; project-name.ts asks for it where the notes write the slug's words in no order of the slug's own.

// Words that join a product's name to what it is built for, in the languages notes come in ("Material for MkDocs",
// "Tools für X", "Thème pour X"). Never "and" or "the": "ESLint and TypeScript" names two things, not one product.
const JOINER = /^(?:for|of|für|von|de|du|des|pour|para|por|per|di|da|do|del|voor|van)$/iu;

const squash = (text: string): string => text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** "Material for MkDocs" for "mkdocs-material": a phrase of capitalised words that are the slug's parts (each once, in
 *  any order) with function words between them, written twice at least outside code, links and paths; null if none. */
export function reorderedName(text: string, repo: string): string | null {
  const parts = repo.toLowerCase().split(/[-_.]+/u).filter(Boolean);
  if (parts.length < 2 || parts.length > 4 || parts.some((part) => part.length < 2)) return null;
  const prose = text.slice(0, 32_768).replace(/\]\([^)\s]*\)|https?:\/\/\S+|(`+)[^`\n]*?\1|<[^>\n]*>/gu, " ");
  // Runs of words joined by single spaces: a phrase never spans a line, a comma or a full stop.
  const counts = new Map<string, number>();
  for (const run of prose.matchAll(/[\p{L}\p{N}]+(?:[ \t][\p{L}\p{N}]+)*/gu)) {
    const words = run[0].split(/[ \t]/u);
    for (let first = 0; first < words.length; first += 1) {
      const left = [...parts];
      for (let last = first; last < words.length && last - first < parts.length * 2; last += 1) {
        const word = words[last] ?? "";
        const index = left.indexOf(squash(word));
        if (index >= 0 && /^\p{Lu}/u.test(word)) left.splice(index, 1);
        else if (last === first || !JOINER.test(word)) break;
        if (left.length === 0) {
          const name = words.slice(first, last + 1).join(" ");
          // The slug's own order with no joiner ("Flask SQLAlchemy") is the notes' spelling, read elsewhere.
          if (words.slice(first, last + 1).some((each) => JOINER.test(each))) counts.set(name, (counts.get(name) ?? 0) + 1);
          break;
        }
      }
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? best[0] : null;
}
