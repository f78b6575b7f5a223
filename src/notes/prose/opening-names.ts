// The features a release's opening names as its headline: "Ruby 4.0 には "Ruby Box"、"ZJIT" ほか多数の改善が含まれています。",
// "This release brings “Hot Reload” and “Workspaces”", "本次更新带来了「插件市场」". A part titled by one of those names is
// a headline change, whatever its title's length. Only quoted names count: a bare word in the opening may be anything.
// Pure text rules.

// A quoted name, 2 to 40 characters, in straight or curly quotes or CJK brackets.
const QUOTED = /["“„«「『]\s?([^"“”„«»「」『』\n]{2,40}?)\s?["”“»」』]/gu;

/** The names the opening paragraphs quote (those before the first heading), lowered. */
export function openingNames(paragraphs: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const paragraph of paragraphs.slice(0, 3)) for (const match of paragraph.matchAll(QUOTED)) names.add((match[1] ?? "").trim().toLowerCase());
  // One quoted name may be a phrase the opening quotes; a headline is two or more named side by side.
  return names.size >= 2 ? names : new Set();
}

/** The title is one of the names the opening calls the release's headline. */
export const namesOpeningHeadline = (title: string, names: ReadonlySet<string>): boolean => names.size > 0 && names.has(title.replace(/[`*_]/gu, "").trim().toLowerCase());
