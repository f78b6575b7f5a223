// orphan-link-text: link words left without their link ("Full changelog", "here", "… docs") say nothing in a post.
import type { Context, Defect } from "./types.ts";
import { BULLET, LABEL_END, itemText, lines, nonEmpty, normalize, plainText, urlsIn } from "./text.ts";

const ORPHAN_TEXT = [
  "github release",
  "the github release",
  "all commits",
  "full changelog",
  "release notes",
  "full release notes",
  "changelog",
  "here",
  "the reference",
  "reference",
  "this pr",
  "compare",
  "compare changes",
  "diff",
  "commits",
  "github security advisory",
  "security advisory",
  "migration guide",
  "the migration guide",
  "more details",
  "details",
];
// Generic words a link carries when the page is its point: once the link is gone they say nothing.
const GENERIC_LINK_WORDS = "(?:docs?|documentation|details|more|here|link|guide|blog(?: post)?|announcement|release notes|changelog|pr|issue)";
// "…used for dependency resolution. docs", "Add a flag (docs)", "…diagnostics Docs": the word of a link that stood after
// the sentence, alone in brackets, or capitalised after a sentence's last word.
const TRAILING_ORPHAN = [
  new RegExp(`[.!?。！？]\\s+${GENERIC_LINK_WORDS}[.!]?$`, "iu"),
  new RegExp(`[([]\\s*${GENERIC_LINK_WORDS}\\s*[)\\]]`, "iu"),
  /\p{Ll}\s(?:Docs?|Documentation|Details|More|Here|Link|Guide|Blog(?: post)?|Announcement|Release notes|Changelog)$/u,
];
// CJK link words ("文档", "详情", "ドキュメント", "자세히") left after a change, set apart by a space, where the notes had a
// link with those words: the link went and its words point at nothing ("… 支持 微信AI 文档").
const CJK_LINK_WORDS = "(?:文档|文檔|详情|詳情|说明|說明|指南|ドキュメント|ガイド|詳細|詳しく|문서|가이드|자세히(?: 보기)?)";
const CJK_ORPHAN = new RegExp(`\\S\\s+(${CJK_LINK_WORDS})[.。]?$`, "u");
const cjkLinkIn = (notes: string, words: string): boolean => notes.includes(`[${words}](`);
/** A line that was only link text, now without its link ("GitHub release", "All Commits", "here"). */
// The notes had a link whose words were "here"/"there", or a link followed by "and see there".
const HERE_LINK_IN_NOTES = /\[\s*(?:here|there)\s*\]\(|\]\([^)\s]*\)\s+and\s+see\s+there\b/iu;
const ORPHAN_HERE = [
  /\b(?:described|found|available|listed|explained|documented|shown|detailed|instructions|click|go|look)\s+(?:here|there)\s*[.!]?$/iu,
  /\b(?:and|then)\s+see\s+there\b/iu,
];

// "You can view the full security advisory: GHSA-f96h-pmfr-66vw", "See the migration guide:": a pointer to a page
// whose link went, with at most an id after its colon.
const POINTER_WITHOUT_LINK =
  /\b(?:view|read|see|check(?: out)?|find|visit|consult|follow)\s+(?:the\s+|our\s+)?(?:full\s+|complete\s+|detailed\s+|following\s+)?(?:[\w-]+\s+){0,2}(?:advisory|advisories|guide|announcement|details|documentation|docs|post|resources|notes|instructions|changelog)\s*[:：]\s*(?:[\w-]{1,40})?$/iu;

// "[移行ガイド v1.3.0](/docs/…) でアップグレード手順を確認してください。", "See [the upgrade notes](…) first.": a sentence that
// sends the reader to a linked page, kept with the page's name and without its link.
// The verb stands just before the page's name in English and European languages, just after it in CJK.
const POINTER_BEFORE = /\b(?:see|read|check(?: out)?|refer to|consult|follow|visit|look at|details (?:in|at)|siehe|lesen sie|voir|consultez|consulte|vea|veja)\s+(?:(?:the|our|this|die|den|das|le|la|les|el|los|o|a)\s+)?$/iu;
const POINTER_AFTER = /^[^。.!?！？]{0,20}(?:確認|参照|参考|參考|参阅|參閱|查看|详见|詳見|확인|참고|참조)/u;
// "Our revised SSL documentation covers how to …": the page is the sentence's subject, a verb of pointing after it.
const DOCS_WORDS = /\b(?:documentation|docs|guide|tutorial|faq|readme|handbook|manual)\b/iu;
const POINTER_VERB_AFTER = /^\s+(?:covers|describes|explains|documents|details|outlines|walks\s+(?:you\s+)?through|has\s+more)\b/iu;
const pointsTo = (item: string, words: string): boolean => {
  const at = item.indexOf(words);
  const after = item.slice(at + words.length);
  return at >= 0 && (POINTER_BEFORE.test(item.slice(Math.max(0, at - 30), at)) || POINTER_AFTER.test(after) || (DOCS_WORDS.test(words) && POINTER_VERB_AFTER.test(after)));
};
const PAGE_LINK = /(?<!!)\[([^\]\n]{4,80})\]\(([^)\s]+)[^)]*\)/gu;
/** The words of the notes' links to pages (not to a pull request, issue or commit), as a reader sees them. */
function pageLinkWords(notes: string): string[] {
  return [...notes.matchAll(PAGE_LINK)].filter((match) => !CHANGE_LINK.test(match[2]!) && !/\/issues\/\d/u.test(match[2]!)).map((match) => normalize(plainText(match[1]!))).filter((words) => words.length >= 4 && /\p{L}{2}/u.test(words));
}

export function orphanLinkText({ posts, notes }: Context): Defect[] {
  const defects: Defect[] = [];
  const pageWords = pageLinkWords(notes);
  posts.forEach((text, post) => {
    const content = nonEmpty(lines(text));
    content.forEach((line, i) => {
      if (urlsIn(line).length > 0) return;
      const phrase = normalize(itemText(line))
        .replace(/[.!:：。]+$/u, "")
        .replace(/^(?:see|read|check(?: out)?|view|more in|details in)\s+/u, "")
        .trim();
      const item = itemText(line).trim();
      // (A link on the next line is the page it points to.)
      if (POINTER_WITHOUT_LINK.test(item) && !/^https?:\/\//u.test(content[i + 1]?.trim() ?? "")) {
        defects.push({ check: "orphan-link-text", post, detail: `a pointer to a page without its link: "${item}"` });
        return;
      }
      const page = pageWords.find((words) => pointsTo(normalize(item), words));
      if (page !== undefined && !/^https?:\/\//u.test(content[i + 1]?.trim() ?? "")) {
        defects.push({ check: "orphan-link-text", post, detail: `sends the reader to a linked page without its link ("${page}"): "${item}"` });
        return;
      }
      const cjk = CJK_ORPHAN.exec(item);
      if (cjk?.[1] && cjkLinkIn(notes, cjk[1])) {
        defects.push({ check: "orphan-link-text", post, detail: `CJK link words left after the change: "${item}"` });
        return;
      }
      if (TRAILING_ORPHAN.some((pattern) => pattern.test(item))) {
        defects.push({ check: "orphan-link-text", post, detail: `link text left after the change: "${item}"` });
        return;
      }
      // "…install it as described here.", "…visit X and see there how to…": the link "here" or "there" pointed at went.
      if (HERE_LINK_IN_NOTES.test(notes) && ORPHAN_HERE.some((pattern) => pattern.test(item))) {
        defects.push({ check: "orphan-link-text", post, detail: `"here"/"there" without its link: "${item}"` });
        return;
      }
      if (!ORPHAN_TEXT.includes(phrase)) return;
      // A label with something after it is a label ("Changelog:" then items; "Release notes:" then the link).
      if (LABEL_END.test(line) && i < content.length - 1) return;
      defects.push({ check: "orphan-link-text", post, detail: `link text without its link: "${line.trim()}"` });
    });
  });
  return defects;
}

// "• CVE-2026-26982.", "Security: GHSA-xxxx-xxxx-xxxx": an advisory's id was the text of its link, and the link went.
// Without the link or a word on what it fixes, the id tells a reader nothing.
const ADVISORY_ID = String.raw`(?:CVE-\d{4}-\d{4,}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}|[A-Z]{2,10}SA-\d{4}[-:]\d{2,})`;
const BARE_ADVISORY = new RegExp(String.raw`^(?:[\p{L} ]{1,30}[:：]\s*)?${ADVISORY_ID}(?:\s*(?:[,、/&]|and|und|et|和|及)\s*${ADVISORY_ID})*[.。]?$`, "iu");
/** An item that is only advisory ids, with no link and no word on what was fixed. */
export function bareAdvisory({ posts }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    for (const line of nonEmpty(lines(text))) {
      if (urlsIn(line).length > 0) continue;
      const item = itemText(line);
      if (BARE_ADVISORY.test(item)) defects.push({ check: "orphan-link-text", post, detail: `an advisory id alone, without its link or what it fixes: "${item}"` });
    }
  });
  return defects;
}

// "* _(October 2024) [Eleventy v3.0.0 now available!](/blog/eleventy-v3/)_", "- [Roadmap](…/issues/501)": a list item
// that is only a link (perhaps dated or with a note in brackets) points at another page; it names no change of this
// release. A pull request's or commit's link is the change itself ("- [Add X](…/pull/12)"), and an in-page anchor is a
// table of contents naming the notes' own sections ("- [Persistent state](#persistent-state)").
const LINK_ONLY_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+[*_]*(?:[([（][^)\]）]{1,40}[)\]）]\s*)?\[([^\]]+)\]\(([^)\s]+)[^)]*\)[*_]*\s*(?:[([（][^)\]）]{0,80}[)\]）])?[*_.。!]*\s*$/u;
const CHANGE_LINK = /\/(?:pull|pulls|merge_requests|commit|commits|compare)\//u;
const titleKey = (text: string) => normalize(plainText(text)).replace(/^[([（][^)\]）]{1,40}[)\]）]\s*/u, "").replace(/[.!。！]+$/u, "");
/** The titles of the notes' link-only list items. */
function linkTitlesOf(notes: string): Set<string> {
  const titles = new Set<string>();
  for (const line of notes.split("\n")) {
    const match = LINK_ONLY_ITEM.exec(line);
    if (!match || CHANGE_LINK.test(match[2]!) || match[2]!.startsWith("#")) continue;
    const key = titleKey(match[1]!);
    if (key.length >= 3) titles.add(key);
  }
  return titles;
}
/** A post item that is a link-only item's title: another page's name shown (and counted) as a change. */
export function linkTitle({ posts, notes }: Context): Defect[] {
  const titles = linkTitlesOf(notes);
  if (titles.size === 0) return [];
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    for (const line of nonEmpty(lines(text))) {
      if (!BULLET.test(line) || urlsIn(line).length > 0) continue;
      const item = itemText(line);
      if (titles.has(titleKey(item))) defects.push({ check: "orphan-link-text", post, detail: `another page's title shown as a change: "${item}"` });
    }
  });
  return defects;
}
