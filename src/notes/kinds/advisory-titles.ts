// An advisory's id before its title, written as the others are: trackers title some "[CVE-2026-4874] Server-Side
// Request Forgery …" (shown "CVE-2026-4874: Server-Side …") and some "CVE-2026-4800 lodash vulnerable to …"; a list
// of both reads as typed by two people. The id then a colon, every time, where the notes title some so. Not where the
// notes never do ("CVE-2025-31133 exploits an issue …" is a sentence), nor where the words after the id go on with it
// ("CVE-2024-1234 is fixed", "CVE-2024-1234 in body-parser", "CVE-2024-1234 let an attacker …"). Pure.

const ID = String.raw`(?:CVE-\d{4}-\d{4,7}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})`;
// "[CVE-…] title", "CVE-…: title": how the notes title an advisory when they do.
const TITLED = new RegExp(String.raw`^(?:\[\s*${ID}\s*\]|${ID}\s*[:：])\s*\S`, "iu");

/** Whether the notes title some advisory with its id in brackets or before a colon. */
export const titlesAdvisories = (texts: readonly string[]): boolean => texts.some((text) => TITLED.test(text.trim()));

// What follows the id reads as a title: a capital, code or a quote ("Server-Side Request Forgery …", "`qs` …"), a
// package's name ("body-parser …", "@babel/core …"), or a lower-case name then "vulnerable", as advisory databases
// title them ("lodash vulnerable to …"). Not a verb phrase ("CVE-… let an attacker …", "… only affected …").
const ID_THEN_WORDS = new RegExp(String.raw`^(${ID})[ \t]+(?=[\p{L}\x60"“])(?!(?:is|was|has|have|had|are|were|fixed|patched|addressed|resolved|mitigated|in|for|and|or|affects|affecting|allows|could|can|may|which|that|from|on|by|with|to|via)\b)`, "iu");
const TITLE_START = /^(?:[\p{Lu}`"“]|@?[a-z][\w.-]*[-./@\d][\w./@-]*\s|[a-z][\w.-]*\s+vulnerable\b)/u;

/** The change with a leading advisory id followed by a colon ("CVE-2026-4800 lodash …" → "CVE-2026-4800: lodash …"). */
export function withAdvisoryIdColon(text: string): string {
  const id = ID_THEN_WORDS.exec(text);
  return id === null || !TITLE_START.test(text.slice(id[0].length)) ? text : `${id[1] ?? ""}: ${text.slice(id[0].length)}`;
}
