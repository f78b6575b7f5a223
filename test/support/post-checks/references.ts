// What a stripped PR, issue or commit reference leaves ("()", a bare hash, a lone "in"): a strip that went wrong.
import { ELLIPSIS, ZWSP, normalize } from "./text.ts";

// What a removed reference leaves around it: an empty group ("()", "( )", "(,)", "( , )") after a space or holding only
// separators ("workloads (,)"), a bracket opened at the item's end ("… executor ("), an item that is only a number in
// brackets ("(435)"). "useId()" and "string[]" are code: their brackets follow a name.
const EMPTY_GROUP = /(?:^|\s)[([（]\s*[)\]）]|[([（]\s*[,;、/&][\s,;、/&]*[)\]）]/u;
const OPEN_AT_END = /[([（【]\s*[,;、]?\s*$/u;
// A group that opens or closes on a separator once what stood next to it went: "(, since v10.50.0)", "(see x, )".
const SEPARATOR_EDGE = /[([（]\s*[,;、，；]\s*[^\s)\]）]|[^\s([（]\s*[,;、，；]\s*[)\]）]/u;
const ONLY_NUMBER = /^[([（]\s*#?\d+\s*[)\]）]$/u;
// "[(435)](…/issues/435)": the notes link a bracketed number; kept as text it is a reference no reader can open.
const LINKED_NUMBER = /\[\s*([([（]\s*#?\d+\s*[)\]）])\s*\]\(/gu;
// "1407: Fix constants map" from "[1407: Fix …](…/pull/1407)": a number heading the item that the notes use as a
// pull request's or issue's number.
const LEADING_NUMBER = /^(\d{1,7})[:：]\s/u;
// A merge commit's head ("merge: pr 364 …", "Merge PR !364") and Gitee's issue ids ("#IJTNJK", maybe with the zero-width
// space quieting put after the "#").
const MERGE_HEAD = /(?:^|\s)merge[sd]?\s*[:：]?\s*(?:(?:pr|pull request|mr)\s*[#!]?\d|!\d)/iu;
const GITEE_ID = new RegExp(`#${ZWSP}?(I[A-Z0-9]{5})(?![\\w-])`, "u");
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
// "… filter d95e46e": a short commit hash the notes link to its commit (RST's "`d95e46e`_", Markdown's "[d95e46e](…)").
const HEX_WORD = /(?<![\w`#/.-])[0-9a-f]{7,12}(?![\w`/.-])/gu;
// "[Issue-zensical-818](…/issues/818)": a link whose words are only the id of the change it points at.
const ID_LINK = /\[([\p{L}\p{N}._#-]{1,60}?)\]\(<?https?:\/\/[^\s)]{1,300}?\/(?:pull|pulls|issues|merge_requests)\/(\d+)[/)>#?]/gu;
/** A short commit hash or an id-only link's words that the notes use as a reference, kept as text in the item. */
function bareReference(prose: string, notes: string): string | null {
  for (const [hash] of prose.matchAll(HEX_WORD)) {
    if (/\d/u.test(hash) && /[a-f]/u.test(hash) && new RegExp(`/commits?/${hash}|\\.\\. _${hash}:`, "u").test(notes)) return `a bare commit hash "${hash}"`;
  }
  for (const [, words = "", number = ""] of notes.matchAll(ID_LINK)) {
    // A proposal's id ("MSC3860", capitals glued to the number) is cited, not a reference (formats/markdown.ts).
    if (/^(?!(?:PR|MR|GH|GL|BUG|ISSUE|PULL|FIX)\d)\p{Lu}{3,8}\d+$/u.test(words)) continue;
    if (/\p{L}/u.test(words) && words.endsWith(number) && new RegExp(`(?<![\\w-])${escapeRegExp(words)}(?![\\w-])`, "u").test(prose)) return `link text that is only an id "${words}"`;
  }
  return null;
}
/** Residue of a removed reference in one item, or null. */
export function referenceResidue(item: string, notes: string): string | null {
  const prose = item.replace(/`[^`]*`/gu, "`…`");
  const number = LEADING_NUMBER.exec(prose)?.[1];
  if (number && new RegExp(`(?:#|/(?:pull|issues|merge_requests)/)${number}\\b`, "u").test(notes)) return `a leading reference number "${number}:"`;
  if (MERGE_HEAD.test(prose)) return "a merge head";
  const gitee = GITEE_ID.exec(prose);
  if (gitee && notes.includes(`#${gitee[1]}`)) return `a Gitee issue id "#${gitee[1]}"`;
  for (const [, number] of notes.matchAll(LINKED_NUMBER)) if (prose.includes(number!)) return `a linked number kept as text "${number}"`;
  const empty = EMPTY_GROUP.exec(prose);
  if (empty) return `an empty group "${empty[0].trim()}"`;
  const edge = SEPARATOR_EDGE.exec(prose);
  if (edge) return `a group that opens or closes on a separator "${edge[0].trim()}"`;
  if (ONLY_NUMBER.test(prose)) return "an item that is only a number in brackets";
  if (OPEN_AT_END.test(prose) && !prose.endsWith(ELLIPSIS)) return "a bracket left open at the end";
  const bare = bareReference(prose, notes);
  if (bare) return bare;
  // "…in a single JVM in": the reference ("in <PR URL>", "by @user") went and its preposition stayed.
  // "…fix issue like" ("like #1405"), "…see" ("see #12"), "…详见" ("详见 #7"): the reference went, the word before it stayed.
  // "…in grep output. Fixes" ("Fixes [#2744]"): a reference verb whose reference went.
  const preposition = /\s(?:in|by|via|from|at|like|see|cf\.|refs?|per|(?:fix|close|resolve|address)(?:s|d|ed|es)?|related to|part of)$|(?:详见|參見|参见|见|見)$/iu.exec(prose);
  if (preposition && new RegExp(`${escapeRegExp(prose.slice(-24))}\\s*(?:<?https?:|#\\d|@\\w|\\[)`, "iu").test(notes)) return `a preposition whose reference was removed "${preposition[0].trim()}"`;
  const tracker = trackerId(prose, notes);
  if (tracker) return `a tracker id in brackets "${tracker}"`;
  const gap = referenceGap(prose, notes);
  if (gap) return `a reference verb whose reference was removed "${gap}"`;
  return null;
}

// A reference as the notes write one: "#873", "[#873](…)", "[PR#879](…/pull/879)", "GH-12", a bare link to an issue,
// pull request or commit.
const REFERENCE = String.raw`(?:\[[^\]\n]{0,40}\]\(<?https?:\/\/[^)\s]*\/(?:pull|pulls|issues|commit|commits|merge_requests)\/[^)\s]*\)|\[#?\d+\](?:\([^)\s]*\))?|#\d+|GH-\d+|<?https?:\/\/\S+?\/(?:pull|issues|commit)\/\w+>?)`;
// "resolved [#873](…) by adding a lint" kept as "Resolved by adding a lint": the verb or preposition that took the
// reference as its object stays, joined to the words after it, and reads as a sentence without a subject.
const GAP = new RegExp(String.raw`\b(resolv(?:es|ed|e)|fix(?:es|ed)?|clos(?:es|ed|e)|address(?:es|ed)|see|in|via|per)\s+${REFERENCE}(?:\s*(?:,|and|&)\s*${REFERENCE})*\s+(by|in|with|via|through|where|when|which|that|and)\s+(\p{L}+)`, "giu");
/** The words of the notes around a removed reference that an item joins ("resolved by adding"), or null. */
function referenceGap(item: string, notes: string): string | null {
  const text = normalize(item);
  for (const match of notes.matchAll(GAP)) {
    const joined = `${match[1]} ${match[2]} ${match[3]}`.toLowerCase();
    if (new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(joined)}(?![\\p{L}])`, "u").test(text)) return joined;
  }
  return null;
}

// "gpg: New options --[no-]auto-key-upload. [T7333]": GnuPG's and Phabricator's task and commit ids ("[T7333]",
// "[rG7b133027ae]") end the notes' lines for readers of their tracker. An id is a short prefix of letters and a number
// or hash; the notes use that prefix for two ids or more.
const TRACKER = /\[([A-Za-z]{1,3})(\d{3,}|[0-9a-f]{7,40})\]/gu;
function trackerId(item: string, notes: string): string | null {
  for (const [id, prefix = "", number = ""] of item.matchAll(TRACKER)) {
    if (!/\d/u.test(number)) continue;
    const same = new Set([...notes.matchAll(TRACKER)].filter((match) => match[1] === prefix && /\d/u.test(match[2]!)).map((match) => match[0]));
    if (same.size >= 2) return id;
  }
  return null;
}
