// Advisory ids, the names security fixes go by: CVE and GHSA, and the other databases' families ("OSEC-2026-01" of
// OCaml, "RUSTSEC-2024-0001", "PYSEC-…", "GO-…", Debian's "DSA-5678-1", Ubuntu's "USN-6789-1", Red Hat's "RHSA-2024:1234",
// JVN, CNVD, CNNVD, Black Duck, Snyk). An id of another shape ("ABC-2026-3") names an advisory only with a security word
// beside it: the same letters-year-number shape is a ticket's elsewhere.

import { escapeRegExp } from "../text/escape-regexp.js";

// Ids that are advisories by their family alone.
const KNOWN =
  String.raw`CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3}|(?:OSEC|RUSTSEC|PYSEC|GO|OSV|GSD|MAL|BDSA|JVNDB|CNVD|TALOS|ZDI|ALAS2?|NTAP|MGASA|DLA|DSA|OPENSUSE-SU|SUSE-SU)-\d{4}[-:]\d+(?:-\d+)?` +
  String.raw`|(?:RHSA|ALSA|RLSA|ELSA)-\d{4}:\d+|USN-\d{3,5}-\d+|DSA-\d{3,5}-\d+|CNNVD-\d{6}-\d+|SNYK-[A-Z0-9]+-[A-Z0-9._-]+-\d+|JVN#\d{8}`;
// Case-sensitive: ids are written in upper case, and "go-2024-1" or "dsa-…" in lower case is a name, not an id.
const KNOWN_ID = new RegExp(String.raw`(?<![\w-])(?:${KNOWN})(?![\w-])`, "gu");
// Ids and nothing else: "CVE-2023-45857, GHSA-…", "CVE 2023 45857" (spaced as some notes write it), "RUSTSEC-… and
// PYSEC-…". Only the known families: an unknown one counts beside a vulnerability word, which such a line lacks.
const ONE_ID = String.raw`(?:${KNOWN}|CVE\s\d{4}\s\d{4,})`;
const IDS_ONLY = new RegExp(String.raw`^${ONE_ID}(?:\s*(?:[,;&]|\band\b)?\s*${ONE_ID})*\.?$`, "u");

/** True when `text` is one or more advisory ids and nothing else. */
export const isAdvisoryIdList = (text: string): boolean => IDS_ONLY.test(text.trim());
// Any family: capitals, a year, a number.
const FAMILY_ID = /(?<![\w-])[A-Z]{2,10}-(?:19|20)\d{2}-\d+(?![\w-])/gu;
// A word that says the id names a vulnerability: "vulnerable", "exploit", "advisory", "CVE", "security fix/issue/flaw/
// release". (Not "security" alone: "the security settings page" is a ticket's subject.)
const SECURITY_WORD =
  /\bvulnerab|\badvisor(?:y|ies)\b|\bexploit|\bCVE\b|\bCVSS\b|\bosv\.dev\b|\bsecurity[- ](?:fix(?:es|ed)?|issues?|flaws?|releases?|bugs?|problems?|patch(?:es)?|holes?|updates?)\b|漏洞|安全(?:公告|修复|更新)|脆弱性|セキュリティ(?:修正|アドバイザリ|上の問題)|취약점|보안\s*(?:수정|패치|취약)/iu;
// How far around the id the word may be.
const NEAR = 80;

/** The advisory ids `text` names, as written, each once. */
export function advisoryIdsAsWritten(text: string): string[] {
  const ids = [...text.matchAll(KNOWN_ID)].map((match) => match[0]);
  for (const match of text.matchAll(FAMILY_ID)) {
    const around = text.slice(Math.max(0, match.index - NEAR), match.index + match[0].length + NEAR);
    if (SECURITY_WORD.test(around.replace(match[0], " "))) ids.push(match[0]);
  }
  return [...new Set(ids)];
}

/** The advisory ids `text` names, each once, upper-cased, in order. */
export const advisoryIdsIn = (text: string): string[] => [...new Set(advisoryIdsAsWritten(text).map((id) => id.toUpperCase()))];

/** True when `text` opens with the advisory it names ("CVE-2026-42506: html: …", "RUSTSEC-2024-0001 - …"). */
export const opensWithAdvisoryId = (text: string): boolean => {
  const start = text.trimStart();
  return advisoryIdsAsWritten(start).some((id) => start.startsWith(id));
};

/** True when `text` names an advisory by its id. */
export const namesAdvisory = (text: string): boolean => advisoryIdsIn(text).length > 0;

/** `text` with every advisory id it names replaced by `by`. */
export function withoutAdvisoryIds(text: string, by: string): string {
  let out = text;
  for (const id of advisoryIdsIn(text)) out = out.replace(new RegExp(escapeRegExp(id), "giu"), by);
  return out;
}

// Ids after a finished sentence that end the change ("… non-file fields. GHSA-q34m-jh98-gwm2", RST's ":ghsa:`…`"
// role): the change's reference, as "#123" is a fix's.
const CLOSING_IDS = new RegExp(String.raw`(?<=[.!?。！？])\s*[(（]?(?:${ONE_ID})(?:\s*(?:[,;&]|\band\b)?\s*(?:${ONE_ID}))*[)）]?\.?$`, "u");

/**
 * A security fix's text without the ids that close it after its sentence: each fix drops them alike, where one fix
 * kept its id and the next lost it to a cut. The security label says what kind of change it is; an id that is the
 * fix's subject ("CVE-2025-31133 exploits …") stays.
 */
export const withoutClosingAdvisoryIds = (text: string): string => text.replace(CLOSING_IDS, "");

// The id an advisory's page ends its address with: GitHub's ".../security/advisories/GHSA-…", NVD's ".../detail/CVE-…",
// OSV's, RustSec's ("RUSTSEC-2026-0044.html").
const ADDRESS_ID = new RegExp(String.raw`^https?://\S+/(${KNOWN})(?:\.html)?/?(?:[?#]\S*)?$`, "u");

/**
 * The advisory id of a bare link to an advisory's page (the link's words are its address): the id names the hole, and a
 * reader can look it up; the address, like any link but the release's, goes. Null for any other link.
 */
export function advisoryOfBareLink(words: string, address: string): string | null {
  const bare = (url: string): string => url.trim().replace(/^https?:\/\//u, "").replace(/\/$/u, "");
  if (bare(words) !== bare(address)) return null;
  const id = ADDRESS_ID.exec(address.trim())?.[1];
  return id === undefined ? null : id;
}
