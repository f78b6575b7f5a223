// The project's name as its notes write it, where the name read from the repository is only part of it: a slug with a
// part's suffix ("page-spy-web", whose notes say "PageSpy"), or a product the notes always write after its maker's
// name ("Campaign Standard" from AdobeDocs/campaign-standard, whose notes say "Adobe Campaign Standard"). The notes'
// spelling is what the maintainer writes; the slug is the repository's. Pure; project-name.ts reads the name.
import { escapeRegExp } from "./text/escape-regexp.js";

// A repository named for one part of the product: its web front end, its server, its SDK ("page-spy-web", "foo-js").
const PART_SUFFIX = /^(.+?)[-_](?:web|js|app|server|client|ui|sdk|frontend|backend|desktop|site)$/iu;
const squash = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** The name the notes write for the project where the one read is part of it; `name` otherwise. `spelling` finds how
 *  the notes' prose writes a name (null when they do not). */
export function nameAsNotesWrite(name: string, owner: string, repo: string, notes: string, spelling: (text: string, name: string) => string | null): string {
  const part = PART_SUFFIX.exec(repo.trim());
  if (part?.[1] && name === repo && squash(part[1]).length >= 4) {
    // Prose only, and a name's capital first: code writes variables ("window.$pageSpy = new PageSpy()").
    const stem = spelling(notes.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[ \t]*$/gmu, ""), part[1]);
    // One word, as a brand joins its parts ("PageSpy"): words apart name a larger product the part is built for
    // ("React Native" in react-native-web's notes), not this one.
    if (stem !== null && /^\p{Lu}/u.test(stem) && !/\s/u.test(stem)) return stem;
  }
  return withMakersWord(name, owner, notes);
}

/** "Adobe Campaign Standard" where every time the notes write "Campaign Standard" (twice at least) the first word of its
 *  owner's name ("AdobeDocs") comes before it. */
function withMakersWord(name: string, owner: string, notes: string): string {
  if (!/\s/u.test(name) || name.length > 60) return name;
  const prose = notes.slice(0, 16_384).replace(/\]\([^)\s]*\)|https?:\/\/\S+|`[^`\n]*`/gu, " ");
  const said = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(\p{Lu}[\p{L}]{1,30})\s+)?${escapeRegExp(name)}(?![\p{L}\p{N}])`, "gu");
  const before = [...prose.matchAll(said)].map((match) => match[1] ?? "");
  const word = before[0] ?? "";
  if (before.length < 2 || word === "" || before.some((each) => each !== word)) return name;
  return squash(owner).startsWith(squash(word)) ? `${word} ${name}` : name;
}
