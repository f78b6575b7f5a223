// The product's name where the notes' title names only its maker beside the version ("Changes with Apache 2.4.60" in
// apache/httpd): the maker's longer name the notes write again and again on the way to the slug ("Apache HTTP
// Server"), else the maker's word and the slug ("Apache httpd"). The maker alone names a foundation, not the release.
import { escapeRegExp } from "./text/escape-regexp.js";

const squash = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** The product named by its maker's word (`titled`, the notes' title's name beside this version) where that word is
 *  the owner's and the repository is another's name; null otherwise. Pure. */
export function makersProduct(notes: string, titled: string | null, owner: string, repo: string): string | null {
  if (!titled || squash(titled) !== squash(owner) || squash(repo) === squash(owner) || !/^[\p{L}\p{N}]{3,}$/u.test(repo)) return null;
  const prose = notes.slice(0, 16_384).replace(/\]\([^)\s]*\)|https?:\/\/\S+|`[^`\n]*`/gu, " ");
  // Up to three capitalised words after the maker's ("Apache HTTP Server"), the first of which starts as the slug does
  // or the slug starts as it does ("HTTP" for "httpd"): the name, not a sentence going on ("Apache Software Foundation").
  const longer = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(titled)}((?:[ \t]+\p{Lu}[\p{L}\p{N}]*){1,3})(?![\p{L}\p{N}])`, "gu");
  const counts = new Map<string, number>();
  for (const match of prose.matchAll(longer)) {
    const words = (match[1] ?? "").trim().split(/[ \t]+/u);
    const first = squash(words[0] ?? "");
    const slug = repo.toLowerCase();
    if (first.length < 3 || !(slug.startsWith(first) || first.startsWith(slug))) continue;
    const name = `${titled} ${words.join(" ")}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (best && best[1] >= 2) return best[0];
  return `${titled} ${repo}`;
}
