// Verbs whose object was a reference, and ids that only a tracker reads: once the reference goes, the verb is left with
// nothing to act on ("[PR#879] resolved [#873] by adding a lint" → "resolved by adding a lint"; "…in grep output. Fixes
// [#2744], Closes [#2768]" → "…in grep output. Fixes"). They go together, before the references do, and a change told
// as the way a report was resolved is told as the change: "Adds a lint".
import { DROPPED_MARK, LINK_CLOSE, LINK_OPEN } from "../formats/markdown.js";

// A reference as the notes' text holds it: a dropped link's mark, "#12", "owner/repo#12", "GH-12", "PR #12".
const REFERENCE = String.raw`(?:${DROPPED_MARK}|(?:(?:PR|MR|issue)\s*)?(?:[\w.-]{1,100}\/[\w.-]{1,100})?#\d{1,9}|GH-\d{1,9})`;
const REFERENCES = String.raw`${REFERENCE}(?:\s*(?:[,&]|\band\b)\s*${REFERENCE}){0,20}`;
// Verbs that say what a change did to a report.
const RESOLVING = String.raw`(?:resolve[sd]?|fix(?:e[sd])?|close[sd]?|address(?:es|ed)?)`;
// "…resolved #873 by adding…": the change is what the gerund says.
const RESOLVED_BY = new RegExp(String.raw`^(\s*(?:${REFERENCE}\s*)*|.*?\S\s+)${RESOLVING}\s+${REFERENCES}\s+by\s+(\p{Ll}+ing)\b`, "iu");
// The same at the text's start where a reader took the references out already: "resolved by adding…".
const RESOLVED_BY_ALONE = new RegExp(String.raw`^()${RESOLVING}\s+by\s+(\p{Ll}+ing)\b`, "iu");
// "… output. Fixes #2744, Closes #2768 (b2cb00e)": clauses after the change that only say which reports it closed.
const CLAUSE = String.raw`(?:${RESOLVING}|refs?|see(?:\s+also)?|related\s+to|part\s+of)\s*:?\s*${REFERENCES}`;
const CLOSING_CLAUSES = new RegExp(String.raw`(?:(?<=[.!?。])\s*|\s*[,;]\s*)${CLAUSE}(?:\s*(?:[,;&]|\band\b)?\s*${CLAUSE}){0,10}(?:\s*\(\s*${REFERENCES}\s*\))*\s*[.。]?\s*$`, "iu");
// "… output. Fixes, Closes": only the verbs, their references taken out already; no sentence is a lone verb.
const CLOSING_VERBS = new RegExp(String.raw`(?<=[.!?。])\s*(?:${RESOLVING}|refs?)(?:\s*(?:[,;&]|\band\b)\s*(?:${RESOLVING}|refs?)){0,10}\s*[.。]?\s*$`, "iu");

// Verbs a "resolved … by" clause opens with, as gerunds ("by adding"), and how the change says them ("Adds").
const BASES =
  "add fix use make remove handle ensure allow respect clean update support avoid skip move rename replace introduce " +
  "improve change deduplicate check keep return set pass switch drop correct restore prevent read write load parse " +
  "expose provide create treat ignore revert implement include exclude emit cache validate escape limit accept reject " +
  "honor honour preserve refactor rewrite disable enable extend split merge sort";
// A short vowel's last consonant doubles before "-ing": "set" → "setting", "skip" → "skipping".
const DOUBLES = /^(?:set|skip|drop|emit|split)$/u;

/** "add" → ["adding", "adds"], "use" → ["using", "uses"], "fix" → ["fixing", "fixes"]. */
function forms(base: string): [string, string] {
  const stem = DOUBLES.test(base) ? `${base}${base.at(-1) ?? ""}` : /[^e]e$/u.test(base) ? base.slice(0, -1) : base;
  const said = /(?:s|sh|ch|x|z)$/u.test(base) ? `${base}es` : `${base}s`;
  return [`${stem}ing`, said];
}
const SAID: Record<string, string> = Object.fromEntries(BASES.split(" ").map(forms));

/** The text without reference verbs left holding references, or a "resolved #n by doing" told as the change. */
export function withoutReferenceVerbs(text: string): string {
  let result = text;
  const resolved = RESOLVED_BY.exec(result) ?? RESOLVED_BY_ALONE.exec(result);
  const said = resolved ? SAID[(resolved[2] ?? "").toLowerCase()] : undefined;
  if (resolved && said) {
    const subject = (resolved[1] ?? "").replaceAll(DROPPED_MARK, "").replace(new RegExp(REFERENCE, "gu"), "").trim();
    const verb = subject === "" ? `${said.charAt(0).toUpperCase()}${said.slice(1)}` : said;
    result = `${subject === "" ? "" : `${subject} `}${verb}${result.slice(resolved[0].length)}`;
  }
  return result.replace(CLOSING_CLAUSES, "").replace(CLOSING_VERBS, "");
}

// A tracker's id in brackets after a change: Phabricator's tasks and commits ("[T7333]", "[rG7b133027ae]", GnuPG's),
// Jira's keys ("[PROJ-123]"). Readers of the post cannot open them.
const TRACKER_ID = String.raw`(?:[TD]\d{3,7}|r[A-Z]{1,6}[0-9a-f]{7,40}|[A-Z][A-Z\d]{1,9}-\d{1,7})`;
const TRACKER_TAGS = new RegExp(String.raw`(?:\s*\[\s*${TRACKER_ID}(?:\s*,\s*${TRACKER_ID}){0,10}\s*\])+(?=\s*(?:[.!?。]\s*)?$|\s*[.!?。;,]\s)`, "gu");

/** The text without bracketed tracker ids at its end or a sentence's. */
export function withoutTrackerTags(text: string): string {
  return text.includes("[") ? text.replace(TRACKER_TAGS, "") : text;
}

// "… in v1.32.3.  Please see https://github.com/…/advisories/GHSA-6hxc-62jh-p29v": a pointer to the advisory, whose id
// is what a reader can look up; the address is the post's link's job.
// Other references may stand before it in a list ("See <PR URL>, <issue URL> and <advisory URL>"), or what their removal
// left ("See and <advisory URL>").
const SEE_ADVISORY = /(?<=[.!?])\s+(?:Please\s+)?(?:see|read|refer\s+to)(?:\s*,?\s*(?:and\s+)?https?:\/\/[^\s,]+)*\s*,?\s*(?:and\s+)?https?:\/\/\S+?\/((?:GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})|CVE-\d{4}-\d{4,7})\/?([.。]?)\s*$/iu;

/** The text with a closing "Please see <advisory URL>" said as the advisory's id; unchanged where the id is there. */
export function withAdvisoryPointerAsId(text: string): string {
  const match = SEE_ADVISORY.exec(text);
  if (!match?.[1]) return text;
  const kept = text.slice(0, match.index);
  if (kept.includes(match[1])) return kept;
  return `${kept.replace(/[.!?]$/u, "")} (${match[1]}).`;
}

// A sentence that sends the reader to a linked page with a verb at its end, as Japanese, Chinese and Korean put it:
// "[移行ガイド v1.3.0](…) でアップグレード手順を確認してください。", "请在[文档](…)中查看", "[가이드](…)에서 확인하세요".
// With the link gone the page's name is left as if it were a change; the sentence only pointed.
const LINKED_PAGE = `${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]{1,120}${LINK_CLOSE}`;
const POINTING_AT_LINK = new RegExp(
  String.raw`(?:(?<=[。！？])\s*|(?<=[.!?])\s+|^\s*)(?:[^。！？.!?${LINK_OPEN}]{0,20}?${LINKED_PAGE}[^。！？.!?${LINK_OPEN}]{0,60}?(?:(?:確認|参照|ご覧|チェック)(?:して)?(?:ください|下さい)|(?:查看|参阅|参考|阅读)|(?:확인|참고|참조)(?:하세요|하십시오|해 주세요|바랍니다))|请[^。！？${LINK_OPEN}]{0,10}${LINKED_PAGE}[^。！？]{0,20}?(?:查看|参阅|参考|阅读)[^。！？]{0,20}?)[。.！!]?`,
  "gu",
);

// The same in English with the page as the subject: "Our revised [SSL documentation](…) covers how to implement the same
// behaviour with a more constrained API." Without the link, "Our revised SSL documentation covers how to…" points at
// a page the post does not give.
const DOCS_PAGE = `${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]{0,80}\\b(?:documentation|docs|guide|tutorial|FAQ|README|handbook|manual)\\b[^${LINK_OPEN}${LINK_CLOSE}]{0,40}${LINK_CLOSE}`;
const LINKED_PAGE_SUBJECT = new RegExp(
  String.raw`(?:(?<=[.!?])\s+|^\s*)(?:(?:our|the|a|an)\s+)?(?:[\w-]+\s+){0,3}${DOCS_PAGE}\s+(?:covers|describes|explains|documents|details|outlines|walks\s+(?:you\s+)?through|has\s+more)\b[^.!?]*[.!?]?`,
  "giu",
);

/** The text without sentences that only point at a linked page: with the verb last, or with the page as the subject. */
export function withoutLinkedPagePointers(text: string): string {
  return text.includes(LINK_OPEN) ? text.replace(POINTING_AT_LINK, "").replace(LINKED_PAGE_SUBJECT, "").trim() : text;
}
