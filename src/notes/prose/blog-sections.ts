// A blog-style announcement's parts as a maintainer would sum them up: which parts only tell background (what the
// project is, its history, its people, where to get help), which sentence of a part says its change, and which part
// the post calls its headline. Pure; the model (model.ts) decides where each applies.

import { isTransition } from "./transitions.js";
import { statedChange } from "./change-statement.js";
import { namesNoChangeOfRelease } from "./no-change-headings.js";
import { isSideSentence } from "./side-sentences.js";
import { isSidePart } from "./document-parts.js";
import { leansOnPrevious } from "../text/back-references.js";

// A part about the project or the post, not the release: "What is Tauri?", "How popular is X?", "How did we get to
// 2.0?", "Who made this release possible?", "About X", "Acknowledgements", "Getting help", "Call to action", "Trying
// out v8", "X란?", "X とは", "什么是 X", "关于 X". (A lowered, trimmed title is tested; each branch is anchored.)
const BACKGROUND =
  /^(?:what (?:is|are) [^?]{1,40}\?|how (?:popular|big|fast|old) (?:is|are) [^?]{1,40}\?|how did (?:we|it|this|[^?]{1,30}) (?:get|come|arrive)\b[^?]{0,40}\?|who (?:made|makes|built|is behind|are|worked on) [^?]{1,60}\?|why (?:should (?:i|you) )?use [^?]{1,40}\?|when should (?:i|you) use [^?]{1,40}\?|about(?: [^\s]{1,40}){1,3}|acknowledge?ments?|getting help|get(?:ting)? involved|(?:a )?call to action|(?:trying|try(?:ing)? it) out(?: [^\s]{1,20}){0,2}|how to (?:help|contribute|get help)|contributing)$/u;
// A tour of using the project ("Let's take a look!", "함께 살펴보자!") or how this version relates to older ones ("Helm 3 and
// its relationship to Helm 1 and 2", "헬름 3와 헬름 1, 2와의 관계"), or the old version's support plan ("헬름 2 지원 계획"):
// background too, no change.
const TOUR_OR_LINEAGE =
  /^(?:let's (?:take a look|dive in|try it)|(?:a )?(?:quick )?(?:tour|walkthrough)|taking it for a spin|[^?]{1,60} and (?:its )?relationship (?:to|with) [^?]{1,40}|relationship (?:to|with) [^?]{1,40}|[^?]{1,30} support plans?)[!.]?$/u;
const TOUR_OR_LINEAGE_CJK = /^(?:함께 살펴보(?:자|기)|살펴보기|둘러보기|.{1,40}(?:와|과)의 관계|.{1,30} 지원 계획|.{1,30}との関係|さっそく試してみよう|.{1,30}(?:与|和).{1,30}的关系)[!！]?$/u;
const BACKGROUND_CJK = /^(?:.{1,30}(?:란|이란|은 무엇인가요|とは|って何)\s*[?？]?|(?:什么是|什麼是|关于|關於).{1,30}|.{1,30}(?:是什么|是什麼)\s*[?？]?|(?:致谢|鳴謝|鸣谢|感謝|お問い合わせ|サポート|获取帮助|獲取幫助|도움말|문의))$/u;

// A part on how to take up the release, not a change of it: "Getting started with Vite 6", "Migrating to Vite 6",
// "Rails 7.2にアップグレードする" (the instructions of a release page, however long, are no change list),
// "Upgrading", "Preparing for Nuxt 5", "Vite 6 시작하기", "Vite 6로 마이그레이션", "v5 への移行", "迁移到 v5". (A migration
// names a version, so that "Migrating to ESM", a change, stays.)
// "How to upgrade", "Upgrade guide", "升级指南", "アップグレード手順", "업그레이드 방법": instructions. So is "Adopting Bazel 9".
const ADOPTING =
  /^(?:getting started(?: with [^\s]{1,30}(?: [^\s]{1,30}){0,2})?|(?:upgrading|migrating|migration|how to (?:upgrade|migrate))(?: (?:from [^\s]{1,30} )?to [^?]{0,30}\d[^?]{0,10})?|(?:upgrade|upgrading|migration) guide|preparing for [^?]{0,30}\d[^?]{0,10}|adopting [^?]{0,30}\d[^?]{0,10})$/u;
const ADOPTING_CJK =
  /^(?:.{1,30}(?:\s?시작하기|(?:으)?로 마이그레이션|(?:으)?로 업그레이드(?:하기)?|への移行|へのアップグレード|(?:に|へ)アップグレードする|を始める|を始めよう)|(?:迁移到|升级到|遷移到|升級到|开始使用|開始使用).{1,30}|(?:.{1,30}\s?)?(?:升级|升級|迁移|遷移)指南|如何(?:升级|升級|迁移|遷移).{0,30}|(?:.{1,30}の)?(?:アップグレード|移行)(?:方法|手順|ガイド)|(?:.{1,30}\s)?(?:업그레이드|마이그레이션) ?(?:방법|가이드))$/u;

// A part that shows the project in use, not a change of it: "Shopping List Demo App", "Demo", "Showcase", "Example app".
const SHOWCASE = /^(?:[\p{L}\p{N}'’ -]{1,40} )?(?:demo(?: apps?| applications?| projects?)?|showcase|(?:example|sample) (?:apps?|applications?|projects?))$/u;

/** A part's title that only tells background: its part names no change of this release. A side part's title ("Audit",
 *  "How to use") is read with the part's sentences, which may state a change. */
export function isBackgroundHeading(title: string, sentences: readonly string[] = []): boolean {
  const text = title.replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, "").replace(/[:：]$/u, "").trim();
  if (text === "" || text.length > 80) return false;
  const lower = text.toLowerCase();
  return BACKGROUND.test(lower) || SHOWCASE.test(lower) || BACKGROUND_CJK.test(text) || TOUR_OR_LINEAGE.test(lower) || TOUR_OR_LINEAGE_CJK.test(text) || ADOPTING.test(lower) || ADOPTING_CJK.test(text) || COMMUNITY.test(lower) || COMMUNITY_CJK.test(text) || CAVEATS.test(lower) || CAVEATS_CJK.test(text) || namesNoChangeOfRelease(text) || isSidePart(text, sentences);
}

// A part that asks readers to take part, not a change: "Helping out", "How you can help", "Sponsors", "Support the
// project", "A call for support", "Contributing", "Get involved", "Thanks", "Stay in touch", "Join the community", "参与贡献", "ご協力のお願い",
// "후원하기", "Weekly Office Hours". (Anchored: "Sponsor logos in the README renderer" would say more.)
const COMMUNITY =
  /^(?:helping(?: us)? out|help(?:ing)? us|how (?:you )?can (?:you )?help|ways to (?:help|contribute)|(?:our |the )?sponsors?(?: (?:us|the project|this project))?|sponsorship|sponsoring(?: the project)?|(?:an? )?(?:call|appeal|plea) for (?:support|sponsors?|sponsorship|help|funding|backers|donations)|support (?:us|the project|this project|our work)|contribut(?:e|ing|ions? welcome)|how to contribute|get(?:ting)? involved|thanks?(?: you)?(?: (?:to|all|everyone)\b.{0,40})?|stay (?:in touch|tuned|connected|up to date)|keep in touch|join (?:us|the community|our community)|(?:(?:weekly|monthly|regular|community) )?(?:office hours|community (?:calls?|meetings?)))[!.]?$/u;
const COMMUNITY_CJK = /^(?:参与(?:贡献|開發|开发)?|貢獻|贡献|如何贡献|赞助(?:我们|本项目)?|贊助|(?:ご)?協力(?:のお願い)?|貢献(?:する|方法)?|スポンサー|支援のお願い|후원(?:하기)?|기여(?:하기)?|참여(?:하기)?|감사합니다)[!！]?$/u;

// How the release was checked and what it does not cover, told for the record: "Verification and limits", "Known
// caveats", "Known limitations", "검증과 한계", "検証と制限", "验证与限制". No change of the release. (Not "Post-release
// verification" nor "Validation", a feature's name: only titles made of these words, the limits always named; nor a
// bare "Limits" or "제한 사항", which may head changes to limits: "Raise the request body limit to 10 MB".)
const CAVEATS =
  /^(?:(?:verification|validation|testing|tests|qa),? (?:and|&) (?:limits|limitations|caveats|known limitations|scope)|known (?:limits|limitations|caveats)|caveats|what (?:this release )?does(?: not|n't) (?:do|cover|fix)|scope and limitations)$/u;
const CAVEATS_CJK = /^(?:검증|테스트|검증 결과)\s*(?:과|및|와)\s*(?:한계|제한(?:\s*사항)?)$|^(?:検証|テスト)\s*(?:と|および)\s*(?:制限|制約|限界)(?:事項)?$|^(?:验证|測試|测试|驗證)\s*(?:与|和|及)\s*(?:限制|局限)$|^(?:限制|局限)(?:说明|說明)$/u;

// What a sentence says happened in this release: "now", "new", "added", "improved", "extended", "rewrote", "supports".
// ("…they're so hot right now!" tells the moment, a tagline: "right now" and "just now" say no change.)
const SAYS_DONE =
  /\b(?:(?<!\b(?:right|just) )now|no longer|added|adds|introduc(?:es|ed)|brings|built|created|gained|gains|ships|landed|extended|extends|improved|rewr(?:ote|itten)|reworked|supports?|replaced|renamed|removed|dropped|enabled|(?:has|have) been \p{L}+ed|we (?:also )?\p{L}{3,}ed|(?:has|have|gets?|got) (?:a |an )?new|there (?:is|are) (?:now )?(?:a |an )?new)\b/u;
const SAYS_DONE_CJK = /(?:新增|新た|추가|新しい|改善|改进|改進|支持|対応|지원|개선|导入|導入|引入)/u;
// A sentence that tells history ("In June 2022 we released…", "since v6.1.0") rather than this release's change.
// What moved the team to a change ("We wanted Foo to scale to large monorepos.", "We noticed that builds were slow."):
// its motive, not the change, though its verb is past.
const MOTIVE = /^(?:(?:so|but|and),?\s+)?(?:we|i) (?:(?:really|always|also)\s+)?(?:wanted|needed|realized|realised|noticed|found that|saw that|heard|learned|knew|felt|thought|believed|asked ourselves)\b/u;
const HISTORY = /\b(?:in|since|back in) (?:\w+ )?(?:19|20)\d\d\b|\bin v?\d+\.\d|\bsince v?\d|\b(?:previously|used to|back in|we announced)\b/u;
// A sentence that leans on the one before it ("This brings…", "Now, it will…", "These…"): alone it says nothing. The
// connectives that only link ("However,", "Therefore,", "因此", "そのため", "하지만") and the back-references ("That's
// why…", "Otherwise…") are change-statement.ts's: statedChange says the rest when it states a change.
const LEANS =
  /^(?:(?:now|also|so|and|but|then)\s*,?\s+)?(?:(?:this|that|these|those)\s+(?:also\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|should|may|means|brings|makes|allows|adds|lets|gives|enables)\b|(?:it|they|its|their|here|such)\b|there\b(?! (?:is|are) (?:now )?(?:a |an )?new\b))|^(?:also|moreover|furthermore|in addition|additionally)\b/u;

// The same in Chinese, Japanese and Korean: a year ("2023년 초", "2019年"), "after that" ("그 후", "その後", "之后"), or a
// sentence opening on "this" ("이는", "これは", "这").
const HISTORY_CJK = /(?:19|20)\d\d\s*(?:년|年)|^(?:그 후|그 뒤|이 이야기는|その後|当時|之后|此后|后来|後來)/u;
// Words that need the sentence before: "그리고", "이쯤에서" (at this point), "また", "此外" (connectives: change-statement.ts).
const LEANS_CJK = /^(?:이는|이것은|이를|그리고|또한|이쯤에서|이에|これは|それは|これにより|また[、,]|ただし|这|這|它|此外|另外)/u;

/** The title's words that a sentence should repeat: letters or digits, three or more ("Hot-Module Replacement"). */
const titleWords = (title: string): string[] =>
  title
    .toLowerCase()
    .replace(/`/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2);

// A long word by its stem: "improves" names "improvements", "identifier" names "Identifiers".
const namesWord = (sentence: string, word: string): boolean => sentence.includes(word.length > 7 ? word.slice(0, 6) : word.replace(/s$/u, ""));

/**
 * The sentence of a titled part that says its change: short enough for an item, ending with a stop, saying what was
 * done, not history; the one that repeats most of the title's words wins, then the first. Null when none says one.
 */
export function keySentence(title: string, candidates: readonly string[]): string | null {
  const words = titleWords(title);
  let best: string | null = null;
  let bestScore = -1;
  for (const sentence of candidates) {
    // "为此，我们引入了 X" says its change without the "for this" that points back; history, a lead-in or filler says none.
    const original = sentence.trim();
    // A caveat ("…should be considered experimental for now."), the process ("An audit was performed") or a sentence
    // pointing back ("Instead if …") goes with the part's change but does not say it.
    // So does one that opens on a bare "This" or "It" (text/back-references.ts): shown alone, it points at nothing.
    if (LEANS.test(original.toLowerCase()) || LEANS_CJK.test(original) || leansOnPrevious(original) || isSideSentence(original)) continue;
    const text = statedChange(original)?.trim();
    if (text === undefined) continue;
    const lower = text.toLowerCase();
    if (text.length < 20 || text.length > 180 || !/[.!。！]$/u.test(text) || /[:：]$/u.test(text)) continue;
    if (isTransition(lower)) continue;
    if (!(SAYS_DONE.test(lower) || SAYS_DONE_CJK.test(text)) || HISTORY.test(lower) || MOTIVE.test(lower) || LEANS.test(lower) || HISTORY_CJK.test(text) || LEANS_CJK.test(text)) continue;
    const score = words.filter((word) => namesWord(lower, word)).length;
    if (score > bestScore) {
      best = text;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A named part's first sentence when it tells what the name does ("`TreatmentEffect` estimates treatment effect for a
 * binary treatment…" under "Treatment Effect"): it opens on the title's name and is no lean, caveat or history. A
 * bare name tells a reader nothing. Null when the first sentence is not one.
 */
export function describingSentence(title: string, candidates: readonly string[]): string | null {
  const original = candidates[0]?.trim() ?? "";
  if (original === "" || LEANS.test(original.toLowerCase()) || LEANS_CJK.test(original) || leansOnPrevious(original) || isSideSentence(original)) return null;
  const text = statedChange(original)?.trim();
  if (text === undefined || text.length < 20 || text.length > 200 || !/[.!。！]$/u.test(text) || isTransition(text.toLowerCase())) return null;
  if (HISTORY.test(text.toLowerCase()) || HISTORY_CJK.test(text)) return null;
  // The sentence's subject is the named thing ("`TreatmentEffect` estimates…", "ZJIT は…"), not an aim or a story
  // ("The aim for v7 is to modernize…" under "Modernize codebase for v7", a title that says its change).
  const squash = (said: string): string => said.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const name = squash(title);
  // "Yarn PnP is a dependency resolution strategy of Yarn." defines the name: no change, unless it is new.
  if (/^[^.!?]{1,60}?\s(?:is|are)\s+(?:a|an|the)\s/iu.test(text) && !/\bnew\b/iu.test(text)) return null;
  return name.length >= 2 && squash(text.replace(/^(?:the|a|an)\s+/iu, "")).startsWith(name) ? text : null;
}

// A sentence that says something is new ("The big news is two new features: X and Y."): looser than SAYS_DONE, for a
// part whose title only names an area.
const SAYS_NEW = /\bnew\b|\bintroduction of\b|\bpromoted\b/u;

/**
 * The sentence of a part titled only by its area ("SIG Compute", "Storage") that says its change when keySentence finds
 * none: the first that says what was done or what is new, however long (a cut shortens it), and no lean, caveat or
 * history. An area's name alone tells a reader nothing, so null leaves the part without an item.
 */
export function areaKeySentence(candidates: readonly string[]): string | null {
  for (const sentence of candidates) {
    const original = sentence.trim();
    if (LEANS.test(original.toLowerCase()) || LEANS_CJK.test(original) || leansOnPrevious(original) || isSideSentence(original)) continue;
    const text = statedChange(original)?.trim();
    if (text === undefined || text.length < 20 || text.length > 400 || !/[.!。！]$/u.test(text) || isTransition(text.toLowerCase())) continue;
    const lower = text.toLowerCase();
    if (HISTORY.test(lower) || HISTORY_CJK.test(text)) continue;
    if (SAYS_DONE.test(lower) || SAYS_DONE_CJK.test(text) || SAYS_NEW.test(lower)) return text;
  }
  return null;
}

/** Whether a part's title names an area among a series of them: at least two other titles of its level open with the
 *  same word ("SIG Compute", "SIG Networking", "SIG Storage"), the name of what the parts are by. A feature's name
 *  ("Procedural Macros" among "Raw Identifiers", "`no_std` applications") titles a change of its own. */
export function titlesAreaInSeries(title: string, siblings: readonly string[]): boolean {
  const first = (text: string): string => text.trim().split(/\s+/u)[0]?.toLowerCase() ?? "";
  const word = first(title);
  return title.trim().split(/\s+/u).length >= 2 && word.length >= 2 && /\p{L}/u.test(word) && siblings.filter((other) => other.trim() !== title.trim() && first(other) === word).length >= 2;
}

/** A part as one item: its key sentence alone when it repeats every word of the title (it says the topic itself),
 *  else the title and the sentence ("Mobile Support: …now this extends to iOS and Android."). */
export function titledWithKey(title: string, key: string): string {
  const words = titleWords(title);
  const lower = key.toLowerCase();
  if (words.length > 0 && words.every((word) => namesWord(lower, word))) return key;
  return `${title.replace(/[.:：]+$/u, "")}: ${key}`;
}

// A sentence calling its part the release's headline: "A very much awaited part of this release is…", "The biggest new
// feature…", "the long-awaited…", "最も待望の…", "대망의…", "期待已久的…".
const CALLS_HEADLINE =
  /\b(?:(?:very |long |much |most )*(?:much|long)[- ]awaited|most (?:requested|anticipated|awaited)|(?:the|our) (?:biggest|headline|main|star) (?:new )?(?:feature|change|addition|improvement)s?)\b/u;
const CALLS_HEADLINE_CJK = /待望の|期待已久|万众期待|萬眾期待|대망의|가장 큰 (?:변화|기능)|最大の(?:新機能|変更)|最大的(?:新功能|变化)/u;

/** The first sentences of a part call it the release's headline. */
export function callsHeadline(opening: string): boolean {
  return CALLS_HEADLINE.test(opening.toLowerCase()) || CALLS_HEADLINE_CJK.test(opening);
}

// A part's title that opens on a question and maybe an exclamation, a teaser ("What's in an angle? The truth! Fixed
// camera angles", "Negative axis labels? A real positive"): the title of the part, not its change.
const TEASER_PART = /^[^?？!！]{2,80}[?？!！]$/u;

/** A teaser title split into the question's topic ("Negative axis labels") and what follows the teaser ("Fixed camera
 *  angles 🎥"); null when the title opens on no question or is nothing but one. */
export function splitTeaser(title: string): { topic: string; rest: string } | null {
  const parts = title.trim().split(/(?<=[?？!！])\s+/u);
  if (parts.length < 2 || !/[?？]$/u.test(parts[0] ?? "")) return null;
  let at = 0;
  while (at < parts.length - 1 && TEASER_PART.test(parts[at] ?? "")) at += 1;
  const rest = parts.slice(at).join(" ").trim();
  if (at === 0 || rest === "" || /[?？]$/u.test(rest)) return null;
  return { topic: (parts[0] ?? "").replace(/[?？]$/u, "").trim(), rest };
}

// A bold label that opens a paragraph ("**Exception Handling Memory Leak**: Fixed a critical…"): the sub-part's name,
// which the part's title already stands over.
const OPENING_LABEL = /^[^.:：!?]{2,60}[:：]\s+(?=\S)/u;

/**
 * The point of a titled part's first sentence, for a title that alone says nothing of what changed ("Memory Leak
 * Fixes", "ETA Task Memory Limit"): the first sentence that is no lean, caveat, history or lead-in to a list, short
 * enough for an item and saying what was done or is new, without a sub-part's label before it. Null when none says
 * one: the title then stands alone.
 */
export function openingPoint(candidates: readonly string[]): string | null {
  for (const sentence of candidates) {
    const original = sentence.trim();
    // "Two significant memory leaks have been fixed in this release:" leads in to what follows, which says them.
    if (/[:：]$/u.test(original)) continue;
    if (LEANS.test(original.toLowerCase()) || LEANS_CJK.test(original) || leansOnPrevious(original) || isSideSentence(original)) return null;
    const text = (statedChange(original)?.trim() ?? original).replace(OPENING_LABEL, "");
    const lower = text.toLowerCase();
    if (text.length < 20 || text.length > 200 || !/[.!。！]$/u.test(text) || isTransition(lower) || HISTORY.test(lower) || MOTIVE.test(lower) || HISTORY_CJK.test(text)) return null;
    // It must say what was done or what is new ("Fixed a critical memory leak…", "New configuration option…"), not
    // set the scene ("The module system has long been a pain point…", "The aim for v7 is…").
    if (!(SAYS_DONE.test(lower) || SAYS_DONE_CJK.test(text) || /^(?:new|fixed|added|removed|made|switched|moved|reworked|rewrote)\b|\b(?:as|is|becomes) the new default\b/u.test(lower))) return null;
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  return null;
}
