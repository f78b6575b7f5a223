// Lines that only point at another page: an older release's post ("(October 2024) [Eleventy v3.0.0 now
// available!](…)"), a roadmap among links to other releases, a write-up of the history of a feature ("[Summary](…)
// of the history of X"), a third-party plugin ("[Fast folds](…) provided by a plugin"), the release's own address
// on a line of its own. No post shows the page, so the line is no change: neither shown nor counted.
import { DROPPED_MARK, LINK_CLOSE, LINK_OPEN, type Block } from "../formats/markdown.js";

const LINK_SPAN = new RegExp(`${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]*${LINK_CLOSE}`, "gu");
const BARE_URL = /<?https?:\/\/[^\s<>]+>?/gu;
// What may stand beside a link without saying anything of its own: a date or a short remark in brackets.
const ASIDE = /[([（【][^()（）[\]【】]{0,60}[)\]）】]/gu;
const DATE = /\b\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?/gu;

/** What the text says outside its links, dates and bracketed remarks. */
const outsideLinks = (text: string): string =>
  text.replace(LINK_SPAN, " ").replace(BARE_URL, " ").replaceAll(DROPPED_MARK, " ").replace(ASIDE, " ").replace(DATE, " ").replace(/[\s\p{P}\p{S}]/gu, "");

const hasLink = (text: string): boolean => text.includes(LINK_OPEN) || /https?:\/\//u.test(text);

/** A line that is only links (or addresses), with at most a date or a bracketed remark beside them. */
export const onlyLinks = (text: string): boolean => hasLink(text) && outsideLinks(text) === "";

// After the linked words that open a line, words that only describe that page: "of the history of X", "about Y",
// "provided by a plugin", "written by …". A verb that says what changed ("now", "adds", "is") makes it a change.
const DESCRIBES_PAGE = /^(?:(?:of|about|on|for|from|by|at|in)\s|[\p{L}]+ed\s+(?:by|in|on|at|from|for|with)\s)/iu;
const STATES_CHANGE =
  /\b(?:is|are|was|were|has|have|had|now|no longer|can|will|adds?|added|fix(?:es|ed)?|supports|removes|removed|improves?|improved|introduces?|introduced|renamed|replaced|changed|updated|deprecated)\b/iu;

/** "[Summary](…/blog/…) of the history and status of X.", "[Fast, slick folds](…/other/repo) provided by a plugin.":
 *  the linked words name another page, and the rest only describes it. */
function namesOtherPage(block: Block): boolean {
  if (!block.leadPage) return false;
  const close = block.text.indexOf(LINK_CLOSE);
  const rest = close < 0 ? "" : block.text.slice(close + 1).replace(LINK_SPAN, (span) => span.slice(1, -1)).trim();
  return DESCRIBES_PAGE.test(rest) && !STATES_CHANGE.test(rest);
}

// "A brief summary of Nvim 'packpath' improvements:" over a screenshot, "[Overview](…) of the new API": a summary,
// write-up or picture of something, told elsewhere.
const POINTER_NOUN = /^(?:(?:a|an|the)\s+)?(?:(?:brief|short|quick|full|detailed|visual)\s+)?(?:summary|overview|recap|retrospective|write-?up|screenshots?|demo|video|comparison|illustration)\s+(?:of|about|on)\s/iu;

/** An item whose sub-blocks hold nothing a post shows (a screenshot, a video), or that has none. */
function onlyDroppedUnder(blocks: readonly Block[], index: number): boolean {
  const depth = blocks[index]!.depth;
  for (let at = index + 1; at < blocks.length; at += 1) {
    const other = blocks[at]!;
    if (other.kind === "heading" || other.parent === -1 || (other.kind === "item" && other.depth <= depth)) break;
    if (/[\p{L}\p{N}]/u.test(other.text)) return false;
  }
  return true;
}

const pointsAtSummary = (blocks: readonly Block[], index: number): boolean => {
  const block = blocks[index]!;
  const words = block.text.replace(LINK_SPAN, (span) => span.slice(1, -1)).replaceAll(DROPPED_MARK, "").trim();
  return POINTER_NOUN.test(words) && !STATES_CHANGE.test(words) && (hasLink(block.text) || (/[:：]$/u.test(words) && block.hasChildren && onlyDroppedUnder(blocks, index)));
};

/** The items listed beside an item, in the same list. */
function siblings(blocks: readonly Block[], index: number): Block[] {
  const block = blocks[index]!;
  const same = (other: Block | undefined): boolean => other !== undefined && (other.kind === "item" ? other.parent === block.parent && other.depth === block.depth : other.kind !== "heading" && other.parent !== -1);
  let first = index;
  while (first > 0 && same(blocks[first - 1]) && !(blocks[first]?.opensList === true)) first -= 1;
  let last = index;
  while (last + 1 < blocks.length && same(blocks[last + 1]) && blocks[last + 1]?.opensList !== true) last += 1;
  return blocks.slice(first, last + 1).filter((other) => other.kind === "item" && other.parent === block.parent && other.depth === block.depth);
}

const CHANGE_ADDRESS = /\/(?:pull|pulls|issues|commit|commits|merge_requests|compare)\/[\w.-]/iu;

/** Whether a block only points at another page (see the top of this file). */
export function pointsElsewhere(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index];
  if (block === undefined || (block.kind !== "item" && block.kind !== "paragraph")) return false;
  const text = block.text;
  // The release's (or another page's) address alone on its line; a commit's, pull request's or comparison's keeps the
  // handling every reference has.
  if (!text.includes(LINK_OPEN) && /https?:\/\//u.test(text) && !CHANGE_ADDRESS.test(text) && text.replace(BARE_URL, "").replaceAll(DROPPED_MARK, "").replace(/[\s\p{P}]/gu, "") === "") return true;
  if (block.kind !== "item") return false;
  if (pointsAtSummary(blocks, index)) return true;
  if (!hasLink(text)) return false;
  // A link to a page, with a date or remark beside it: "_(October 2024) [Eleventy v3.0.0 now available!](…)_".
  if (block.linkShare > 0 && onlyLinks(text)) return true;
  if (namesOtherPage(block)) return true;
  // A list of nothing but links, some to pages (other releases): "[Roadmap](…/issues/501)" among them is one more.
  if (!onlyLinks(text)) return false;
  const list = siblings(blocks, index);
  return list.length >= 2 && list.every((other) => onlyLinks(other.text)) && list.some((other) => other.linkShare >= 0.9);
}

// Headings over lists of links to other pages: "Related", "See also", "Links", "相关", "関連".
const RELATED_HEADING = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:related(?: (?:posts?|articles?|links?|reading|releases?|resources))?|see also|(?:useful |more )?links|further reading|read more|相关(?:链接|文章|阅读|资源)?|相關(?:連結|文章|閱讀)?|関連(?:リンク|記事|情報)?|관련 (?:링크|글|자료))\s*[:：]?\s*$/iu;

/** A heading whose section only links to other pages. */
export const isRelatedHeading = (text: string): boolean => RELATED_HEADING.test(text.trim());

// "[Eleventy v3.1.0: 11% faster](…) (includes full release notes, features, bug fixes, and benchmarks!)": a remark on
// what the linked page holds, which no post shows; the linked words stay.
const PAGE_CONTENTS = new RegExp(`(?<=${LINK_CLOSE})\\s*[(（]\\s*(?:includes?|including|contains?|containing|covers?|covering|with (?:the )?(?:full|complete)|full|complete)\\b[^()（）]{0,200}[)）]`, "giu");

/** The text without remarks on what a link's page holds. */
export const withoutPageContents = (text: string): string => (text.includes(LINK_CLOSE) ? text.replace(PAGE_CONTENTS, "") : text);
