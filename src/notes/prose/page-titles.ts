// Headings that only name the page or the project, never a change of the release: a docs page's title "Release Notes
// 36" (release-notes words and the release's own version, undotted as a product's plain number is), and a blog's
// closing part titled with the project's name alone ("## Apache HertzBeat" over its links). A post that shows one as a
// label or as a highlight says nothing. Pure text tests.

import { escapeRegExp } from "../text/escape-regexp.js";

// "Release Notes", "Changelog", "Versionshinweise", "Notes de version", "Notas de la versión", "Notas de versão",
// "发布说明", "リリースノート", "릴리스 노트": the page's kind, said before (or, in some languages, after) the version.
const NOTES_WORDS =
  String.raw`(?:release\s+notes?|changelog|versionshinweise|notes\s+de\s+(?:version|publication)|notas\s+de\s+(?:la\s+)?(?:versión|version|versão|lançamento)|发布说明|更新说明|版本说明|リリースノート|릴리[스즈]\s?노트)`;

// The release's number as a title writes it: "36", "v36", "2.4", without a leading "v".
const bareVersion = (version: string): string => version.trim().replace(/^v(?=\d)/iu, "");

/** A heading that is the page's title for this release: its notes' words and its version, nothing else ("Release
 *  Notes 36", "Changelog for v2.4", "36 リリースノート"). */
export function titlesReleasePage(heading: string, version: string | undefined): boolean {
  if (version === undefined || version.trim() === "") return false;
  const number = escapeRegExp(bareVersion(version));
  const text = heading.replace(/[:：]\s*$/u, "").trim();
  const before = new RegExp(String.raw`^${NOTES_WORDS}\s*(?:(?:for|of|zu|für|de|da|del)\s+)?(?:version\s+|versión\s+|versão\s+)?v?${number}$`, "iu");
  const after = new RegExp(String.raw`^v?${number}\s*(?:の)?\s*${NOTES_WORDS}$`, "iu");
  return before.test(text) || after.test(text);
}

// Marks a brand writes after its name ("Apache HertzBeat™"), and everything that is no letter or digit.
const squash = (text: string): string => text.toLowerCase().replace(/[™®©]/gu, "").replace(/[^\p{L}\p{N}]+/gu, "");

/** A change's whole text is the project's name ("Apache HertzBeat", "HertzBeat™"), with the version at most: a title,
 *  no change. `names` are the project's names (repository, display name). */
export function namesOnlyProject(text: string, names: readonly string[], version = ""): boolean {
  const said = squash(text.replace(/[.!。！]+$/u, ""));
  if (said === "") return false;
  const number = squash(bareVersion(version));
  return names.some((name) => {
    const own = squash(name);
    return own.length >= 3 && (said === own || (number !== "" && said === own + number));
  });
}

// What a title says after the release's name and a colon when it only tells which release it is: "release of python
// 2.7, 3.11", "a bug-fix release", "maintenance release", "version de maintenance", "versión de mantenimiento",
// "Wartungsrelease", "维护版本", "メンテナンスリリース". It names no change.
const RELEASE_SUBTITLE =
  /^(?:(?:a|an|the|our|une?|la|el|die|der|das)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:release|version|update|versión|versão|lançamento|[\p{L}-]*release|publication)(?:\s+(?:of|for|de|du|del|da|für|von)\s+(?:[^.!?;]|\.(?=\d)){1,60})?$|^[^.!?;。]{0,12}(?:版本|发布|リリース|릴리스|버전)$/iu;

/** A title of the release's name, a colon and a subtitle that only says which release it is ("PyPy v7.3.23: release of
 *  python 2.7, 3.11"): a second opener when shown. `restates` tells whether a text only names the release. */
export function titlesReleaseWithSubtitle(text: string, restates: (text: string) => boolean): boolean {
  const colon = /^([^:：]{2,80})[:：]\s+(\S.*)$/u.exec(text.trim());
  if (!colon) return false;
  return restates(colon[1] ?? "") && RELEASE_SUBTITLE.test((colon[2] ?? "").replace(/[.!。！]+$/u, "").trim());
}
