// Release notes as a maintainer skims them: entries (changes and prose sentences), each with its kind and the
// label it sits under, in source order. Built from the Markdown blocks; no length or network rules here.
import { withoutOwnMark } from "./labels/doubled-marks.js";
import { isNoChangeItem, QUESTION } from "./kinds/no-change-items.js";
import { introducesRoll } from "./kinds/contributor-rolls.js";
import { stressOfChanges } from "./kinds/stress.js";
import { namesTestedScope } from "./kinds/tested-scopes.js";
import { removesApiOrSupport } from "./kinds/api-removals.js";
import { allCommitSubjects } from "./formats/commit-lines.js";
import { isCatchAll } from "./prose/catch-alls.js";
import { advisoryIdsAsWritten, isAdvisoryIdList, opensWithAdvisoryId, withoutClosingAdvisoryIds } from "./kinds/advisory-ids.js";
import { namesOnlyAKind, opensAsKnownProblem, opensWithBreakingLabel, saysHeldBack, withoutKnownLabel } from "./prose/announcement.js";
import { firstLanguageHalf, inMainLanguage, translatedRun, translations } from "./formats/bilingual.js";
import { cleanText, sentences } from "./text/cleanup.js";
import { withoutListCredits, withoutNamedCredits } from "./text/list-credits.js";
import { withSecurityFixSaid } from "./kinds/security-fix.js";
import { asksWhy, invitedTopic } from "./prose/no-change-headings.js";
import { framesDocument, namesNotesPart, namesSecondaryList, titlesAreaList } from "./prose/document-parts.js";
import { isSideSentence } from "./prose/side-sentences.js";
import { addressesNewcomers, isSideTalk, tellsNewcomers, withoutTallyClauses } from "./prose/side-talk.js";
import { summaryItemNamesPart } from "./prose/repeated-items.js";
import { openingPoint, areaKeySentence, callsHeadline, titlesAreaInSeries, describingSentence, isBackgroundHeading, keySentence, splitTeaser, titledWithKey } from "./prose/blog-sections.js";
import { onlyFrames, statedChange } from "./prose/change-statement.js";
import { COMMIT_TYPE } from "./formats/commit-type.js";
import { addsTranslation, advisoryIds, GATHERS_REST, breaksInWords, closedVulnerability, namesOnlyArithmeticBug, namesOnlyMemoryBug, warnsOfWindowAhead, disclaimsBreak, marksImportant, headingMeaning, RANK, isAdvisoryIdOnly, isCategoryName, namesCategory, isNoise, movesPlatform, mustActUnlabelled, namesNoChange, onlyDeprecates, raisesPlatformFloor, movesSupportWindow, readItem, saysBreaking, upkeepUsersMeet, saysMustAct, sentenceCase, warnsOfLoss, type HeadingMeaning, type ItemReading, type Kind } from "./kinds/kinds.js";
import { explicitBreaks, statesBreakInProse, withoutAside } from "./kinds/prose-breaks.js";
import { detectLanguage, frameLabel, phrasesFor, type Language } from "./language.js";
import { removedListChange } from "./kinds/removed-list.js";
import { isRelatedHeading, pointsElsewhere } from "./prose/link-titles.js";
import { withDisclaimer } from "./kinds/disclaimed-breaks.js";
import { namesBehaviourChanges, saysItBreaks } from "./kinds/behaviour-changes.js";
import { namesExpiredDeprecations } from "./kinds/expired-deprecations.js";
import { titlesReleasePage, titlesReleaseWithSubtitle } from "./prose/page-titles.js";
import { onlyRecommends, statesRequirement } from "./kinds/requirements.js";
import { DROPPED_MARK, headingAnchor, isPlainHeading, LINK_CLOSE, LINK_OPEN, readMarkdown, type Block, type ReadMarkdown } from "./formats/markdown.js";
import { isDateOnly, isReleaseMetadata } from "./formats/metadata.js";
import { isReleaseHeader } from "./formats/page-frame.js";
import { isEpigraph } from "./kinds/epigraphs.js";
import { bracketTagsKind, withoutVersionTail } from "./labels/source-labels.js";
import { labelInPlaceOf } from "./labels/label-forms.js";
import { thisReleaseOnly } from "./formats/release-section.js";
import { isAffectedField, namesOnlyAreaOfChange, namesOnlyWorkDone } from "./prose/work-summary.js";
import { onlyCountsChanges } from "./prose/change-counts.js";
import { isAdvisoryScaffold, announcesRelease, CHANGE_WORDS, definesProject, introducesHighlights, introducesProblems, isAdvisory, isProseParagraph, leadClause, isStub, namesWhatChanged, isBoilerplateEntry, withoutAnnouncingClause, isListIntro, LIST_LEAD_IN, namesOnlyKinds, OPENER, proseScore, restatesRelease, speaksOfBreakingInGeneral, standingAlone, talksAboutRelease, withoutSideRemarks, withoutVersionSubject } from "./prose/prose.js";
import { movesToolchainMajor, nowRejects } from "./kinds/weighty-changes.js";
import { plansAhead } from "./kinds/future-plans.js";
import { announcesArrival, framesLaunchPost } from "./prose/frame-parts.js";
import { misfiledUnderPerformance } from "./kinds/misfiled-features.js";
import { announcesFirstRelease } from "./kinds/item-signals.js";
import { tellsStep, tellsToAct } from "./kinds/user-steps.js";
import { guardsAgainstHole, securityScopeWords, withoutSecurityScope } from "./kinds/security-scope.js";
import { requiresUpgradeStep } from "./kinds/upgrade-steps.js";
import { migrationBreaks, migrationProseBreaks } from "./kinds/migration-sections.js";
import { namesProjectSection } from "./kinds/project-sections.js";
import { sectionDisclaimer } from "./kinds/disclaimed-sections.js";
import { outlineHead, outlinesPoints } from "./formats/sub-points.js";
import { isMiscSection } from "./prose/catch-alls.js";
import { withGluedCreditsSpaced } from "./text/by-credits.js";
import { withoutListedByCredits } from "./text/listed-by-credits.js";
import { cjkCount, startsWithCjk } from "./text/cjk.js";
import { linkedLeadIn } from "./formats/linked-headings.js";
import { countsItsList } from "./prose/counted-lead-ins.js";
import { leadsInNamedParts } from "./formats/listed-parts.js";
import { straightApostrophes } from "./text/apostrophes.js";

export interface Entry {
  text: string;
  kind: Kind;
  /** The label shown above this entry in a post (without its colon), or null. */
  label: string | null;
  /** Source order. */
  order: number;
  /** A sentence of a paragraph, not a list item: shown without a bullet, after the sentence before it. */
  prose: boolean;
  /** For prose: the paragraph it came from (sentences of one paragraph are joined). */
  paragraph: number;
  /** Prose that names no change (greetings, thanks, invitations): shown only when nothing else is. */
  fluff: boolean;
  /** The change carried commit or pull-request references (now gone): changelogs in that style also credit authors. */
  referenced?: boolean;
  /** Prose of a paragraph that advises rather than announces ("Be aware that…", "Note that…"): what users must act on
   *  comes before it. */
  advisory?: boolean;
  /** Breaking by its own marker ("feat!: …") outside a breaking section, which may explain the same change again. */
  markedBreaking?: boolean;
  /** Breaking as public API removed under a section of removals ("`x` was removed"), which the notes did not call
   *  breaking: it stands where removals stand, after the security fixes, and counts as breaking. */
  removedApi?: boolean;
  /** Listed under what a later release will do ("Upcoming changes"): a plan, never breaking (future-plans.ts). */
  planned?: boolean;
  /** The notes mark it as mattering most ("[重要]", "**Important:**", "⭐"): first among its kind. */
  important?: boolean;
  /** A major release's rework of a name or format users write, or its move to a new major of the toolchain it is built
   *  on: what users upgrading meet first, whatever section (even "Refactor") files it. */
  weighty?: boolean;
  /** A notice of what a later release drops ("This release is the last to support Go 1.23"): breaking for where it
   *  stands, but nothing breaks yet: it wears a softer label, comes after the real breaking changes and is not counted
   *  as one. */
  ahead?: boolean;
  /** A runtime dropped in a release that closes an advisory: breaking, but after the security fixes
   *  (kinds/security-first.ts). */
  afterSecurity?: boolean;
  /** What to do about the breaking change before it in its paragraph ("To keep X, add Y"): it stays with that change,
   *  past any aside between them. */
  step?: boolean;
  /** The numbers of the pull requests it links to. */
  pulls?: readonly string[];
  /** The change a listed item is part of (an id shared by the items under one nested lead-in, "`x` is split into:"):
   *  parts of one change that a post leaves out are not counted as changes of their own. */
  partOf?: number;
  /** Filed under the notes' breaking heading, though its words say it breaks nothing ("此变更预期不会造成破坏性影响"): it
   *  leads as the notes' breaking section would, under their words, and is counted as a change, not a breaking one. */
  disclaimed?: boolean;
  /** Breaking only by its words, which say it takes away what users ran ("Removed support for Hack", feature-removals.ts):
   *  it stands with the breaking changes, after those the notes mark and the security fixes. */
  removes?: boolean;
  /** A security fix the notes file as a dependency update or chore ("deps: remediate Dependabot vulnerabilities"): it
   *  comes after the fixes of the project's own code. */
  upkeep?: boolean;
  /** The item of a titled part ("## `Client` replaces `Executor`" and its explanation), not a listed one. */
  titled?: boolean;
  /** Listed in a catch-all section ("杂项", "Misc", "Chores"), where a store's housekeeping is filed. */
  miscSection?: boolean;
  /** How much the notes stress it by their structure (kinds/stress.ts): by sub-items +2, by a paragraph or code +1, one platform only -1. */
  stress?: number;
  /** The composer's own count of changes no post lists ("A maintenance release: 2 housekeeping changes."). */
  tally?: boolean;
  /** Which heading's part of the notes it stands in, counted in source order (0 before the first heading): entries of
   *  one part are siblings, never a restatement of each other. */
  part?: number;
}

export interface NotesModel {
  entries: Entry[];
  /** Changes the notes list where no post shows them (a blog's changelog under its own parts): counted, never shown. */
  countedOnly?: number;
  language: Language;
  truncated: ReadMarkdown["truncated"];
}

// "1.2.0", "v1.2.0 (2024-01-01)", "[1.2.0] - date", "Release 1.2.0", "Ver. 2026.1", "pkg@1.2.0", "Version 2", a
// monorepo's "[1.38.0/0.60.0/0.14.0] 2025-08-29": the version heading
// the post's opener already carries.
// A conventional commit's subject: "chore: …", "fix(load): …" (a "!" after the type says it breaks).
// (Not "deps:" or "security:": under a breaking heading, "deps: Socket.io v3 is required." is the break itself.)
// A title that opens on what was done or is new: "Removed CLI commands", "Added APIs", "New editor".
const SAYS_DONE_FIRST = /^\p{L}+ed\b|^(?:new|add|remove|drop|fix|deprecate|rename|replace|support)\b/iu;
const COMMIT_SUBJECT = new RegExp(`^(?!deps|security)${COMMIT_TYPE}\\s`, "u");
const VERSION_HEADING = /^(?:release\s+|version\s+|ver\.\s*|v(?=\d))?(?:[\w@/.-]*@)?\[?v?\d+(?:\.\d+){0,3}(?:[-+.]?[a-z]+\d*)?(?:[-+][0-9A-Za-z.+-]*)?(?:\/v?\d+(?:\.\d+){1,3})*\]?(?:[\s:(,—–-]|$)/i;
// A section on getting the release, not on its changes: its downloads, installers, assets, source archives, how to
// install it.
const DOWNLOADS_HEADING =
  /^[\p{Extended_Pictographic}\uFE0F\s]*(?:(?:downloads?|installers?|installation|install(?:ing)?|assets|binaries|artifacts|source distributions?|source (?:code )?(?:downloads?|archives?|tarballs?)|how to (?:install|download|get it|upgrade)|getting (?:it|the release)|get (?:the )?latest(?:\s+[\p{L}][\w.-]*){0,2}|get it(?: now)?|where to (?:get|download)(?: it)?)(?: (?:and|&) (?:downloads?|installers?|installation|install(?:ing)?|assets|binaries|upgrading|checksums))?(?:\s+(?:[\p{L}][\w.-]*\s+)?v?\d+(?:\.\d+)+[\w.+-]*)?|인스톨러|언인스톨러|설치(?: ?파일| ?방법| ?안내)?|다운로드(?: 링크)?|インストーラー?|インストール(?:方法)?|ダウンロード(?:リンク)?|下载(?:地址|链接)?|下載(?:位址|連結)?|安装(?:包|方法|说明)?|安裝(?:包|方法|說明)?)\s*[:：]?$/iu;
/** Longer than X Premium's 25,000 could ever show whole once cut to a sentence. */
const MAX_ENTRY = 4_000;
// "Breaking type changes: `X` no longer declares `y`" as a sub-item, and its Chinese, Japanese and Korean words.
const BREAKING_MARK = /^\s*(?:\[breaking|breaking(?:(?: [a-z]{2,15})?[ -]changes?)?\s*[:：]|\(?semver-major|(?:破坏性(?:变更|更新|改动)|不兼容(?:变更|更新)|破壊的(?:な)?変更|주요 변경(?: ?사항)?)\s*[:：])/i;
// "⚠️ **BREAKING CHANGE:** Astro v6 is no longer supported" in the paragraphs under a change (changesets bodies,
// commit bodies): the change above it breaks.
const BODY_BREAKING_MARK = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:\[breaking|breaking(?:(?: [a-z]{2,15})?[ -]changes?)?\s*[:：]|(?:破坏性(?:变更|更新|改动)|不兼容(?:变更|更新)|破壊的(?:な)?変更|주요 변경(?: ?사항)?)\s*[:：])/iu;
// The same marker after an item's first line, which Markdown joins to it.
const INLINE_BREAKING_MARK = /\s+(?:⚠️?\s*)?(?:BREAKING(?:[ -]CHANGES?)?|Breaking(?: [Cc]hanges?)?)\s*[:：]\s/u;
// A rename of a name users write ("rename `a` to `b`", "将`a`重命名为`b`") or a reworked API format ("重构`API`接口响应格式").
const USER_FACING_REWORK = /\b[Rr]enamed? (?:the )?`[^`]+`(?: \w+)? to `[^`]+`|`[^`]+`\s*(?:重命名|更名|改名)为\s*`[^`]+`|`[^`]+`\s*を\s*`[^`]+`\s*に(?:リネーム|名前変更|改名)|(?:接口|API|api|响应|返回)[^，。,]{0,8}格式/u;
const BREAKING_WORD = /break|⚠|💥|破坏|不兼容|破壊|호환|주요 변경/iu;
// "7.0.0", "v3.0", "2.0.0-rc.1": a major release (not 0.x, whose minors break by convention but rarely move runtimes).
const MAJOR_VERSION = /^v?[1-9]\d*(?:\.0){1,2}(?:[-+][\w.+-]*)?$/iu;

/** A line without its decoration: icons, emphasis, brackets and the stop around "(breaking)", "**Breaking change.**". */
const bareLine = (text: string): string =>
  text.replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s*_([【「]+/u, "").replace(/[\s*_)\]】」.。!！:：]+$/u, "").trim();
// A line that only says the change it details breaks: "This is a breaking change.", "Breaking change", "(breaking)",
// "semver-major", "破坏性变更", "破壊的変更です", "호환성이 깨지는 변경입니다".
const ONLY_BREAKING =
  /^(?:(?:note\s*[:：]\s*)?(?:this|it)\s+(?:is|was)\s+(?:a\s+)?)?(?:breaking(?:[ -]changes?)?|semver[- ]major(?:\s+change)?|(?:not\s+)?backwards?[- ](?:in)?compatible(?:\s+change)?)$|^(?:这是|此为|此|这)?(?:一个|一項|一项)?(?:破坏性|不兼容(?:的)?|破壊的|互換性(?:の|が)?(?:ない|なし))(?:变更|更改|改动|修改|変更)(?:です|である)?$|^(?:이것은\s*)?(?:호환성(?:이\s*깨지는|을\s*깨는)|파괴적|주요)\s*변경(?:\s*사항)?(?:입니다)?$/iu;
// A heading that ends in a category's word ("Code Generation Changes", "API Updates") sorts changes, names no part:
// as a breaking label's qualifier it takes a third of a post and says nothing a reader needs.
const CATEGORY_TAIL = /\b(?:changes?|updates?|improvements?|enhancements?|fixes|changed|updated)$/iu;
// How long a lead-in with the advisory ids it counts may be: what a post shows beside its opener and link.
const ADVISORY_LIST_ROOM = 200;
// A lead-in's words for "the following" list, and how the count says it instead.
const FOLLOWING_JA = /以下の(?=\p{Script=Han}|\p{Script=Katakana})/u;
const FOLLOWING_EN = /\bthe following\s+(?=\p{L})/iu;

/** A lead-in to a list of bare links (all gone from posts) with the count in place of "the following"; null otherwise. */
function countedLeadIn(text: string, links: number, children: number): string | null {
  if (children === 0 || links !== children) return null;
  if (FOLLOWING_JA.test(text)) return text.replace(FOLLOWING_JA, `${links}件の`);
  if (FOLLOWING_EN.test(text)) return text.replace(FOLLOWING_EN, `${links} `);
  return null;
}

/** A sub-item that only says its change breaks: the change breaks, and the line is no change of its own. */
const onlySaysBreaking = (text: string): boolean => ONLY_BREAKING.test(bareLine(text));
// A line that only says the change it details closes a hole: "Security fix", "This fixes CVE-2024-1234", "Addresses
// GHSA-xxxx-xxxx-xxxx", "安全修复", "セキュリティ修正". The advisory's id, when it names one, is worth keeping.
const ONLY_SECURITY =
  /^(?:(?:this|it)\s+(?:is\s+a\s+)?)?(?:(?:fix(?:es|ed)?|address(?:es|ed)?|resolve[sd]?|close[sd]?|patch(?:es|ed)?|mitigates?)\s+)?(?:(?:a|the)\s+)?(?:security\s+(?:fix|issue|vulnerability|problem|patch|advisory)|vulnerability)$|^(?:安全(?:修复|补丁|漏洞修复)|セキュリティ(?:修正|対策|上の修正)(?:です)?|보안\s*(?:수정|패치)(?:입니다)?)$/iu;
// The same line's verb before its ids ("Fixes", "This addresses the"): what is left is the ids alone (advisory-ids.ts).
const SECURITY_VERB = /^(?:(?:this|it)\s+)?(?:fix(?:es|ed)?|address(?:es|ed)?|resolve[sd]?|close[sd]?|patch(?:es|ed)?|mitigates?)\s+(?:(?:a|the)\s+)?/iu;
/** The ids a sub-item that only says its change closes a hole names ("CVE-2024-1234"), maybe none; null for any other line. */
function onlySaysSecurity(text: string): string[] | null {
  const bare = bareLine(text).replace(/`/gu, "");
  if (ONLY_SECURITY.test(bare)) return [];
  return isAdvisoryIdList(bare.replace(SECURITY_VERB, "")) ? advisoryIdsAsWritten(bare) : null;
}

// "릴리스 25194", "リリース 1.2.0", "版本 1.2.0", "1.2.0 릴리스": the release's heading in another language, which the
// opener says (as VERSION_HEADING does for "Release 1.2.0").
const NATIVE_VERSION_HEADING =
  /^(?:릴리스|릴리즈|버전|リリース|バージョン|发布|發布|版本|发行版|發行版)\s*v?\d+(?:\.\d+){0,3}(?:[-+][0-9A-Za-z.]+)?(?:\s*[(（][^)）]*[)）])?$|^v?\d+(?:\.\d+){0,3}(?:[-+][0-9A-Za-z.]+)?\s*(?:릴리스|릴리즈|버전|リリース|バージョン|发布|發布|版本?|发行版)$/u;
// "Known Issues", "Known problems", "알려진 문제", "既知の問題", "已知问题": what this release did not change.
const KNOWN_ISSUES =
  /^(?:[\p{Extended_Pictographic}\uFE0F\s]*)(?:known\s+(?:issues?|problems?|bugs?|limitations?|regressions?)|(?:알려진|기존에 알려진)\s*(?:문제|이슈|버그|제한\s*사항)(?:\s*사항)?|既知の(?:問題|不具合|課題|制限)(?:点|事項)?|已知(?:问题|問題|缺陷|限制|错误|錯誤|bug)s?)(?:\s*[:：])?$/iu;
// What the project plans after this release: "What's next for Gleam?", "Roadmap", "Looking ahead", "今後の予定",
// "下一步计划", "향후 계획".
// "The future of Helm", "헬름의 미래": plans too.
const FUTURE_PLANS =
  /^[\p{Extended_Pictographic}\uFE0F\s]*(?:what'?s (?:next|coming|ahead)\b.*|(?:the )?road ?map|looking (?:ahead|forward)\b.*|future (?:plans|work|releases?)|the future of [^?]{1,40}|[^?]{1,30}'s future|(?:coming|up) next|next up|今後の(?:予定|展望|計画)|(?:下一步|未来|后续)(?:计划|規劃|规划)?|路线图|로드맵|향후 (?:계획|로드맵)|.{1,30}의 미래|.{1,30}の未来|.{1,30}的未来)[?？!！:：]?$/iu;
// A blog post's parts about the project rather than the release: its history ("One year of Biome", "Five years of
// X", "Happy birthday"), its people ("Thank you", "Community", "Contributors"), its close ("Conclusion", "Wrapping
// up"). They name no change, and what they tell is a side remark.
const ABOUT_PROJECT =
  /^[\p{Extended_Pictographic}\uFE0F\s]*(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\+?\s+(?:years?|months?)\s+(?:of|with)\b.*|(?:happy\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:birthday|anniversary)\b.*|(?:a\s+)?(?:big\s+|huge\s+|special\s+)?thank(?:s|\s+you)\b.*|(?:our\s+|the\s+)?(?:community|contributors|sponsors|backers|team)|conclusions?|in\s+conclusion|closing\s+(?:words|thoughts)|final\s+(?:words|thoughts)|wrapping\s+up|wrap-?up|summary\s+and\s+thanks|(?:\d+\s*)?周年.*|감사(?:합니다)?|謝辞|ありがとう.*|结语|結語|마무리|おわりに|まとめ)[.!！:：]?$/iu;
// "This release includes the latest changes from Stencil v3.4.1.": the changes of another release, said once there.
const OTHER_RELEASE = /^(?:this (?:release|version) )?(?:also )?includes? (?:all )?(?:of )?(?:the )?(?:latest |recent )?(?:changes|fixes|updates) (?:from|in|of) \S*\s?v?\d+(?:\.\d+)+\.?$/iu;
const includesOtherRelease = (block: Block | undefined): boolean => block?.kind === "paragraph" && OTHER_RELEASE.test(block.text.trim());

// A section that holds nothing to show: "None.", "N/A", "없음.", "なし", "无", "-".
const PLACEHOLDER =
  /^(?:none|nothing(?:\s+(?:yet|new|to report))?|n\/?a|tbd|-+|—|–|없음|없습니다|해당\s*없음|なし|無し|ありません|特になし|无|無|暂无|暫無|没有)[.。!！]?$/iu;
/** What a paragraph under a heading shows, or null for a placeholder ("None."). */
const explainedBy = (text: string): string | null => {
  const shown = cleanText(text);
  return isPlaceholder(shown) ? null : shown;
};
const isPlaceholder = (text: string): boolean => PLACEHOLDER.test(text.replace(/[*_`()（）]/gu, "").trim());
// A line that only points at another page: "See the [docs](…) for details.", "Please refer to …", "자세한 내용은 …".
const POINTER = /^(?:(?:please\s+)?(?:see|refer to|read|check(?: out)?|visit|consult)\b|for (?:more |further |full )?(?:details|information|info)\b|more (?:details|information|info)\b|详见|详情请|请参阅|请参考|参见|参阅|詳細は|詳しくは|자세한 (?:내용|사항)은)/iu;
const isPointer = (block: Block): boolean => block.linkShare > 0 && POINTER.test(block.text.replaceAll(LINK_OPEN, "").replaceAll(LINK_CLOSE, "").trim());

/** A change longer than any post is kept only as far as a post could show it, marked as cut. */
function bounded(text: string): string {
  if (text.length <= MAX_ENTRY) return text;
  const space = text.lastIndexOf(" ", MAX_ENTRY);
  return `${text.slice(0, space > MAX_ENTRY / 2 ? space : MAX_ENTRY).replace(/[\s\p{P}]+$/u, "")}\u2026`;
}

// "Widgets: `Fill`", "Buffer: `CellWidth` trait": a blog part titled by its area and the code it is about.
const AREA_THEN_CODE = /^[^:`]{1,30}:\s*`[^`]+`(?:\s+\p{L}+)?$/u;

/** Cleans a block's text; a huge block is cut first, so cleaning costs no more than a post could use. */
const clean = (text: string): string => cleanText(text.length > MAX_ENTRY * 3 ? text.slice(0, MAX_ENTRY * 3) : text);

interface ListLabel {
  /** Null for a lead-in that says nothing of its list ("Merged pull requests:"): the section's label stands. */
  label: string | null;
  meaning: HeadingMeaning | null;
  /** A lead-in to the problems a change answers: its items are no changes. */
  problems?: boolean;
  /** A "Label:" line beside the section's own "Security:" line, not under it: it says no kind, and takes none. */
  beside?: boolean;
  /** A catch-all that names several kinds ("Performance, Internal Implementation, Development Support etc."): its
   *  changes are the least of them unless their own words say more. */
  catchAll?: boolean;
  /** The notes' own pointer to the release's headline ("The headline feature is X:", "The biggest change:"): its
   *  changes come first among their kind. */
  headline?: boolean;
}

// The notes pointing at their headline: "The headline feature is…", "The biggest change in this release is…", "Most
// notably, …", "本次最大的变化是…", "今回の目玉は…", "가장 큰 변화는…".
const HEADLINE_POINTER =
  /^(?:(?:the|our)\s+(?:headline|biggest|main|most (?:important|notable|significant|exciting)|key|star|marquee)\s+(?:feature|change|addition|improvement|news|highlight)s?\b(?:\s+(?:of|in)\s+(?:this|the)\s+(?:release|version|update))?(?:\s+(?:is|are|was)\b|\s*[:：])|most notably\b)|^(?:本次|本版本?|此次|这次)?(?:最大的|最重要的)(?:变化|更新|亮点|特性)|^(?:今回の)?(?:目玉|最大の(?:変更|特徴|変化))|^(?:이번\s+)?가장\s+(?:큰|중요한|눈에\s+띄는)\s+(?:변화|변경|기능)/iu;
export const pointsAtHeadline = (text: string): boolean => HEADLINE_POINTER.test(text.trim().replace(/^[\p{Extended_Pictographic}\uFE0F\s*_]+/u, ""));

interface Section {
  level: number;
  label: string | null;
  meaning: HeadingMeaning | null;
  /** How many entries existed when the section began: a breaking section that adds none only pointed elsewhere. */
  entriesBefore: number;
  /** The heading is a change itself ("#### Fix config file search"): what follows it are its details. */
  change: boolean;
  /** The entry a change's title made: a breaking note in its explanation makes it breaking. */
  item?: Entry;
  /** A known problem the notes tell users to act on ("Known regression" over "please use 3.8.1"): a notice. */
  known?: boolean;
  /** A change's title, where it names code ("`useEffectEvent`"): a sub-heading that names it again explains it. */
  code?: string;
  /** Something stood under the heading, in it or in a sub-section: a template's empty heading holds nothing. */
  held?: boolean;
  /** The heading names a version bump ("Major Changes" in changesets): it says how the version moved, not that each
   *  change under it breaks. */
  bump?: boolean;
  /** The heading asks a question ("What is Tauri?"): its paragraphs tell of the project, not of a change. */
  asked?: boolean;
  /** A part of the document that frames the changes ("Release summary"): its prose that says nothing done is a side remark. */
  frames?: boolean;
  /** The heading says what to do ("Recommended action", "推奨する対応"): a lead-in there introduces steps, whatever words
   *  of a kind it holds ("to keep compatibility with older Ruby, update as follows:"). */
  advice?: boolean;
  /** The heading names whom its part is for ("For Developers"): its paragraphs advise them; its items are changes. */
  audience?: boolean;
  /** The heading's own words ("Breaking Changes"), where the label a post shows is the kind's stock name. */
  heading?: string;
  /** The heading only names the highlights ("Release highlights", "What's new"): each paragraph right under it is one. */
  highlights?: boolean;
  /** A list stood under the heading already: a highlight heading labels that list, not one after it. */
  listed?: boolean;
  /** The heading was a "Label:" line ("Security:"): a lead-in of that form after it is its sibling. */
  colon?: boolean;
}

/** A block that says something, even if no post can show it (a code block, a link): a template's placeholder
 *  comment, a rule, or an item of boilerplate ("APIs are backwards compatible…") says nothing. */
const holdsSomething = (block: Block): boolean => {
  if (block.kind === "dropped") return block.dropped !== "html" && block.dropped !== "rule";
  if (block.kind === "heading" || !/[\p{L}\p{N}]/u.test(block.text)) return false;
  return block.kind !== "item" || readItem(block.text).text.trim() !== "";
};

/** The kind a section gives its entries: its own, or the nearest enclosing one that says. */
function sectionKind(stack: readonly Section[]): { kind: Kind | null; fromBreaking: boolean; bump: boolean } {
  for (let index = stack.length - 1; index >= 0; index -= 1) {
    const meaning = stack[index]?.meaning;
    if (meaning && meaning !== "generic" && meaning !== "drop") return { kind: meaning, fromBreaking: meaning === "breaking", bump: stack[index]?.bump === true };
  }
  return { kind: null, fromBreaking: false, bump: false };
}

function sectionLabel(stack: readonly Section[]): string | null {
  for (let index = stack.length - 1; index >= 0; index -= 1) {
    const section = stack[index];
    if (section?.label) return section.label;
    if (section?.meaning === "generic") return null;
  }
  return null;
}

/**
 * An area's label under a kind's section ("#### Метаданные" under "### Новые проверки", "### Compiler" under "## Bug
 * fixes"): said with the kind's, "Новые проверки (Метаданные)". Alone over a reply, "Метаданные:" would not say that
 * these are new checks. An area under the notes' generic title ("What's Changed") or another kind keeps its own.
 */
function withParentKind(label: string | null, meaning: HeadingMeaning | null, level: number, stack: readonly Section[]): string | null {
  if (label === null || meaning !== null) return label;
  const kindPart = [...stack].reverse().find((section) => section.label !== null);
  // A part that names what it adds ("New checks", "Tools"), not a changelog's kind whose later sub-headings may be the
  // log's own package sections under no heading of theirs (Angular's "### @schematics/angular" after "## Deprecations").
  if (!kindPart?.label || kindPart.change || kindPart.level >= level || ![null, "feature"].includes(kindPart.meaning)) return label;
  // (Not under a release's own title, "🌈 1.5.1 `2023-08-15`"; nor for a kind's name, "🚧 Others", which says itself.)
  // (Not for a kind of text, "How to Adapt", nor a list of the tracker's for a version, "Issues closed for 1.99.0".)
  if (kindPart.label.includes(label) || /[(（]|\d[.-]\d/u.test(kindPart.label) || /\d[.-]\d/u.test(label) || ADVICE_PART.test(label) || kindInForms(label) !== null || kindInForms(kindPart.label) !== null || NOTICE_HEADING.test(kindPart.label)) return label;
  if (isCategoryName(label.replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, ""))) return label;
  const both = `${kindPart.label} (${label})`;
  return isShortLabel(both) ? both : label;
}

/** The heading of the innermost section whose heading means `meaning` ("Behavior changes" over a breaking list). */
const enclosingHeading = (stack: readonly Section[], meaning: HeadingMeaning): string | undefined => [...stack].reverse().find((part) => part.meaning === meaning)?.heading;

// What a change's title starts with ("Improve config file search", "Keep empty import attributes").
const CHANGE_VERB =
  /^(?:adds?|added|fix(?:es|ed)?|improve[sd]?|supports?|skips?|keeps?|uses?|makes?|allows?|enables?|disables?|removes?|drops?|deprecates?|renames?|replaces?|updates?|upgrades?|changes?|moves?|ensures?|prevents?|avoids?|handles?|introduces?|exposes?|reduces?|speeds? up|optimi[sz]es?|consistently|correctly|properly|no longer|now)\b/iu;

// "What is Tauri?": a launch post's question answered by what the project is, which is no change (the answers to
// other questions, "Why a new API?", may define words and stay).
const ASKS_WHAT_IT_IS = /^what(?: is|'s| are) [\p{L}][\p{L}\p{N}.+#_-]*(?: [\p{L}\p{N}.+#_-]+)?\s*[?？]$/iu;
// A page's section that says nothing changed for it ("IDE support: … You don't need to update the plugin", "No changes
// to the CLI in this release."): its title is no highlight.
const NOTHING_CHANGED = /\bno (?:changes?|new features?|updates?)\b(?! (?:are|is) (?:needed|required))|\b(?:don'?t|do not|doesn'?t|does not) need to (?:update|upgrade|change|do)\b|\bnothing (?:has )?changed\b|\b(?:remains?|stays?) (?:the same|unchanged)\b/iu;
const saysNothingChanged = (block: Block | undefined): boolean => block?.kind === "paragraph" && NOTHING_CHANGED.test(block.text) && !/\b(?:now|new(?!\s+features?\b)|adds?|added|introduc\w*|removed|deprecated|fix(?:es|ed)?)\b/iu.test(block.text.replace(NOTHING_CHANGED, ""));
// What a sentence says when the code after it shows the change: "as follows", "like this", "次のように", "如下".
const POINTS_AT_EXAMPLE =
  /\b(?:as follows|as shown below|like (?:this|so)|the following (?:example|code|snippet))\s*[.:!]?$|次のように|以下のように|下記のように|このように|如下|像这样|以下代码|다음과 같이/iu;

// How a sentence that says when something happens opens: "When …", "During …", "如果…", "…場合".
const CONDITION = /^(?:when(?:ever)?|during|if|while|after|before|unless|once|upon|in case)\b|^(?:当|如果|若|在.{1,30}时)|^.{0,40}(?:場合|とき)[、，,]/iu;

// A title in the past tense ("Removed `--no-summary` flag", "Dropped Node 18"): a change where it names the exact thing
// (in code) or stands under a breaking section, whose sub-headings are its changes; elsewhere "Removed APIs" is a topic.
const DONE_VERB = /^(?:removed|dropped|deprecated|renamed|replaced|changed|moved|disabled|enabled|added|fixed)\b/iu;

/** How long a breaking lead-in and its sub-items may be, said as one change: what a post can show beside its opener. */
const LEAD_IN_WITH_DETAILS = 200;

// A short lead-in at the end of a paragraph: "数据库升级脚本：", "Migration steps:" (one to four words, or a CJK phrase).
const LEAD_IN_TAIL = /(?:^|(?<=[\s.!?。！？；;:：]))(?:[^\s:：.!?。！？]{1,24}|(?:[^\s:：.!?。！？]+\s){1,3}[^\s:：.!?。！？]+)[:：]$/u;

// The release named as a project's first: a title over what it is, no change.
const INITIAL_RELEASE =
  /^[\p{Extended_Pictographic}\uFE0F\s]*(?:(?:the\s+)?(?:initial|first)\s+(?:public\s+|stable\s+|official\s+)?(?:release|version)|(?:최초|첫|첫 번째)\s*(?:릴리[즈스]|출시|버전)|(?:首次|首个|第一个|初始)(?:发布|版本|正式版)|初(?:回|版)(?:リリース)?|最初のリリース)[.!。！]?$/iu;

/**
 * A heading that is a change rather than a category: a sentence-long title ("Skip explicitly passed symbolic links
 * with --no-error-on-unmatched-pattern"), or a shorter one that says what it does ("Fix config file search") with
 * prose under it rather than a list. Category words in a long title ("…is incompatible with…") say nothing.
 * `group`: its section holds changes of its own (see holdsChanges); then only a title that says what it does is one.
 */
// A breaking section's heading narrowed to whom or what it concerns: "Breaking Change for OPNsense Firmware < 26.1.1".
const BREAKING_FOR = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:breaking|backwards?[- ]incompatible|incompatible)\s+changes?\s+(?:for|in|to|on|affecting|since|when|with)\b/iu;

// "Release highlights", "Highlights of 2.2", "What's new in Foo 3", "亮点": a heading that only names the highlights.
const HIGHLIGHTS_TITLE = /^[\p{Extended_Pictographic}\uFE0F\s]*what'?s new(?:\s+(?:in|for|with)\b[^.!?:：]{0,40})?\s*[:：]?$/iu;
const leadsInToHighlights = (text: string): boolean => introducesHighlights(text) || HIGHLIGHTS_TITLE.test(straightApostrophes(text).trim());

const DEPENDENCY_WORD = /dependenc|\bdeps\b|依存|依赖|의존|종속/iu;

/** At least two paragraphs under a highlights heading each say a highlight: it lists them. (Paragraphs that tell one
 *  story, a change and then how it works, are that change's prose.) */
function highlightParagraphsUnder(blocks: readonly Block[], index: number, level: number): boolean {
  let found = 0;
  for (let at = index + 1; at < blocks.length && found < 2; at += 1) {
    const block = blocks[at] as Block;
    if (block.kind === "heading" && block.depth <= level) break;
    if (block.kind === "paragraph" && block.parent === -1 && highlightOf(cleanText(block.text)) !== null) found += 1;
  }
  return found >= 2;
}

/** A highlight's paragraph said as one item: its first sentence, when it names a change and is no aside. */
function highlightOf(text: string): string | null {
  const first = sentences(text)[0]?.trim() ?? "";
  return first !== "" && !/[:：]$/u.test(first) && proseScore(first) > 0 && !talksAboutRelease(first) && !isAdvisory(first) ? first : null;
}

function isChangeHeading(text: string, meaning: HeadingMeaning | null, level: number, next: Block | undefined, topic: boolean, group: boolean, breaking = false): boolean {
  // A question ("What is Tauri?", "Who made this release possible?") heads a part of an article, never a change.
  // Nor does a title that names who a part is for ("For Developers", "For Overseas", "開発者向け"): it labels that part.
  // Nor does "Initial release" ("최초 릴리즈", "首次发布"): the release itself, which the opener announces.
  // Nor does "Release highlights", "What's new": it leads in to the highlights under it, each one a change.
  if (level < 2 || meaning === "generic" || (meaning === "highlight" && leadsInToHighlights(text)) || DOCUMENT_PART.test(text) || namesNotesPart(text) || ADVICE_PART.test(text) || GREETING.test(text) || QUESTION.test(text) || namesAudience(text) || kindInForms(text) !== null || INITIAL_RELEASE.test(text) || GATHERS_REST.test(text)) return false;
  // "Breaking change for firmware < 26.1.1", "Breaking changes in v3": whom the breaking section concerns; its text says
  // what breaks.
  if (meaning === "breaking" && BREAKING_FOR.test(text)) return false;
  // A pull request's title ("✨ feat(table): header du tableau") is one change, whatever follows it.
  if (PR_TITLE.test(text)) return true;
  const cjk = cjkCount(text);
  // Only words with letters count: "✨ New" is one word.
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length + Math.floor(cjk / 3);
  // A table ("Embedded technologies" over its versions), a placeholder ("None.") or a pointer to another page explains
  // no change: the heading only names what is (not) there.
  const explained =
    next !== undefined &&
    ((next.kind === "paragraph" && !isPointer(next) && ![null, ""].includes(explainedBy(next.text))) || (next.kind === "dropped" && next.dropped !== "table"));
  // One word ("Notice", "Summary") titles what follows; it is no change. Nor does "Changes to the language".
  // A name in code ("`useEffectEvent`", "`<Activity />`") explained in prose is the API a launch post introduces.
  const codeTitle = CODE_TITLE.test(text);
  if ((words < 2 && cjk < 4 && !codeTitle) || TOPIC_HEADING.test(text)) return false;
  // A short title that does not say what it does ("Removed APIs", "Go command", "Baseline Support") names a topic
  // where it is a part of a part or leads in to a list: alone it reads as no change, so it labels what is under it.
  // One that names code ("Consistent `include` behavior") names what changed.
  const done = DONE_VERB.test(text) && (breaking || /`/u.test(text));
  if (topic && words <= 3 && cjk < 4 && !CHANGE_VERB.test(text) && !done && !/`/u.test(text)) return false;
  // A title over a list, sub-headings or bold-titled changes ("Unstable Changes" over a notice and its items, "New
  // Commands" over "**`/recommend`**" paragraphs) names the group they are in.
  // (A name in code that prose explains before its sub-headings, "When to use `useSpin`", is the change they explain.)
  if (group && !CHANGE_VERB.test(text) && !done && !(codeTitle && next?.kind === "paragraph")) return false;
  // Any title that is no category's name ("Procedural macros", "Module system improvements") and is explained in
  // prose is a change. (A quantity before a category's name, "A few notable changes", leaves it a category.)
  return explained && (meaning === null || !namesCategory(text) || (words >= 4 && isCategoryName(text)) || CHANGE_VERB.test(text));
}

// A title that is only a name in code, not a package's ("`useEffectEvent`", "`<Activity />`"; not "`@scope/pkg`").
const CODE_TITLE = /^`(?![@.])(?![\w.-]+\/)[^`]+`$/u;

// Between the names of one kind in several forms: "feat | 新功能 / Features", "修复 / Bug Fixes", "Fixes｜修复".
const FORMS_JOINT = /\s*[|｜/／]\s*/u;

/**
 * A heading that names one kind in several forms ("feat | 新功能 / Features": the commit type, then its name in each
 * language): that kind, and the form to show in the notes' language (a name, not the type word). Null for any other
 * heading, and for one that names two kinds ("Features / Fixes").
 */
function kindInForms(text: string, language: Language | null = null): { meaning: HeadingMeaning; label: string } | null {
  const parts = text.split(FORMS_JOINT).filter((part) => part !== "");
  if (parts.length < 2) return null;
  const meaning = headingMeaning(parts[0] ?? "");
  if (meaning === null || meaning === "generic" || meaning === "drop" || !parts.every((part) => headingMeaning(part) === meaning)) return null;
  const cjk = language === "zh" || language === "ja" || language === "ko";
  const names = parts.filter((part) => isCategoryName(part));
  const inLanguage = names.find((part) => (cjkCount(part) > 0) === cjk);
  return { meaning, label: inLanguage ?? names.at(-1) ?? parts.at(-1) ?? text };
}

// A conventional-commit title, maybe after a gitmoji: "✨ feat(table): …", "fix!: …".
const PR_TITLE = /^[\p{Extended_Pictographic}\uFE0F\u200D\s]*(?:feat|fix|perf|refactor|docs?|chore|build|ci|test|style|revert|deps)(?:\([^)]*\))?!?:\s+\S/iu;
/** A heading's text as an item's: a PR title's gitmoji goes, so that its prefix gives its kind and is stripped. */
const withoutTitleIcon = (text: string): string => (PR_TITLE.test(text) ? text.replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u, "") : text);

// A part of the release named by what changed in it: "Changes to the language", "Minor changes to the library",
// "Improvements in the CLI", "New features for plugins".
const TOPIC_HEADING =
  /^(?:(?:minor|major|other|notable|small|further|additional|important)\s+)?(?:changes?|improvements?|updates?|additions?|fixes|enhancements?|new features?|features)\s+(?:to|in|for|of)\b/iu;

// A closing sentence that leads in to notes on what the sentences before it said ("Some notes about using Realm Swift in
// Swift 6:", "A few caveats:", "Things to know:"): what follows explains that change, and lists no changes of its own.
// A sentence that names its changes only by a vague number of them ("changed a few SDK-level behaviors", "修复了一些问题",
// "いくつかの挙動を変更"): what they are is in the sub-items under it.
const VAGUE_MANY = /\b(?:a few|several|some|a number of|a couple of|various|the following|multiple)\s+(?:[\w`.-]+\s+){0,2}(?:behaviou?rs|changes|things|improvements|fixes|issues|bugs|tweaks|updates|adjustments|differences|cases|places|areas)\b|(?:一些|几个|几项|以下|若干)(?:行为|变更|改动|问题|改进)|いくつかの(?:挙動|変更|問題|改善)|몇 가지 (?:동작|변경|문제|개선)/u;
const pointsAtList = (sentence: string): boolean => VAGUE_MANY.test(sentence.toLowerCase());
const NOTES_LEAD_IN = /^(?:(?:some|a few|several|a couple of|important|additional|further|more)\s+)?(?:notes?|caveats?|remarks|considerations|things to (?:know|note|keep in mind)|known (?:issues|limitations))\b[^.!?。！？]*[:：]$|(?:注意事项|注意点|注意事項|備考|补充说明|참고 사항)[^。！？]*[:：]$/iu;

/** A label-like line: a short text without sentence punctuation ("Icon", "compiler", "Bug fixes:", "Misc."). */
function isLabelLike(text: string, maxWords = 6): boolean {
  const bare = text.replace(/[:：]$/u, "");
  const cjk = cjkCount(bare);
  const words = bare.split(/\s+/).length + Math.floor(cjk / 3);
  // One or two words may end with a full stop ("Misc."); a longer line ending so is a sentence.
  const sentence = /[.!?。！？]$/u.test(bare) && words > 2;
  return bare.length <= 60 && !sentence && words <= maxWords;
}

// A lead-in that only points at the list under it ("The following were fixed:", "This release includes:", "以下の…"):
// the list holds the changes.
const POINTS_AT_LIST = /\b(?:following|below|these|this release|here (?:are|is)|as follows|includ(?:e|es|ed|ing)|list of|see)\b|以下|下記|次の|如下|下列|以下の|다음/iu;

/** A lead-in sentence that says a change of its own before its sub-points ("Unified label resolution with a consistent
 *  fallback chain:"): longer than a label (at most four words name a group) and pointing at no list. */
function isChangeLeadIn(text: string): boolean {
  return /[:：]$/u.test(text) && !isLabelLike(text, 4) && !POINTS_AT_LIST.test(text) && !NOTES_LEAD_IN.test(text) && sentences(text).length <= 1;
}

/** A highlight heading ("Release Summary Highlights") labels the list right under it; a second list right after that
 *  one ("- a" then "* fix: …", the pull requests pasted below) was never under it: the section's label and kind end
 *  there. (Lists with a paragraph between them, "**Feature A**" over each, stay under it.) */
function endHighlightsBefore(block: Block, section: Section | undefined): void {
  if (!section || block.parent !== -1 || section.meaning !== "highlight" || block.kind === "dropped") return;
  if (block.kind !== "item") {
    section.listed = false;
    return;
  }
  if (block.opensList === true && section.listed === true) {
    section.label = null;
    section.meaning = null;
  }
  section.listed = true;
}

// An area in brackets and nothing else: "[결제]", "【core】", "(api)", "[CLI]".
const BRACKETED_AREA = /^(?:\[[^[\]]{1,30}\]|【[^【】]{1,30}】|\([^()]{1,30}\)|（[^（）]{1,30}）)$/u;

/** Short enough to stand above changes, post after post: one sentence of at most 50 columns (CJK counts twice).
 *  A longer lead-in ("ripgrep 15 is a new major version … Here are some highlights") is prose, not a label. */
const isShortLabel = (text: string): boolean => text.length + cjkCount(text) <= 50 && sentences(text).length <= 1;


/** An item that names the group of its sub-items ("Icon", "compiler", "BREAKING", "新功能"); a CJK phrase longer than a
 *  few characters says what changed ("最後のorderGroupを記憶する") unless it is a category's name. */
function isLabelName(text: string): boolean {
  return isLabelLike(text, 3) && (cjkCount(text) <= 4 || headingMeaning(text.replace(/[:：.]$/u, "")) !== null);
}

// "`babel-parser`, `babel-plugin-transform-typescript`": two package names or more in code marks, and nothing else.
// (npm names are in lower case: "`Button`, `Modal`" names components, whose sub-items may not name them again.)
const PACKAGE_NAME = "`(?:@[a-z0-9][\\w.-]*\\/)?[a-z0-9][\\w.-]{0,60}`";
const PACKAGE_LIST = new RegExp(`^${PACKAGE_NAME}(?:,\\s*${PACKAGE_NAME})+$`, "u");
const ONE_PACKAGE = new RegExp(`^${PACKAGE_NAME}$`, "u");

/** An item over sub-items that is only the packages they touched, as lerna-changelog groups a section's pull requests:
 *  a list of names, or "Other" beside a sibling that names a package. */
function isPackageGroup(text: string, blocks: readonly Block[], at: number): boolean {
  const block = blocks[at];
  if (!block) return false;
  if (PACKAGE_LIST.test(text)) return true;
  if (!/^other$/iu.test(text)) return false;
  // (Its siblings are near it: a bounded look either side keeps the walk linear.)
  for (let other = Math.max(0, at - 60); other < Math.min(blocks.length, at + 60); other += 1) {
    const sibling = blocks[other];
    if (!sibling || other === at || sibling.kind !== "item" || sibling.parent !== block.parent || sibling.hasChildren !== true) continue;
    const named = sibling.text.trim();
    if (ONE_PACKAGE.test(named) || PACKAGE_LIST.test(named)) return true;
  }
  return false;
}

// A commit scope as release-please writes it before a change: one lower-case word and a colon ("vuln: ", "auth: ").
const LOWER_SCOPE = /^[a-z][\w./-]{0,24}:\s+/u;

/** A change read as `kind` under its section that closes a security hole (see closedVulnerability). */
function closesHole(kind: Kind, own: Kind | null, text: string, filed: boolean): boolean {
  if (kind !== "fix" && kind !== "change" && kind !== "other" && kind !== "performance" && kind !== "dependencies" && kind !== "highlight") return false;
  const hole = closedVulnerability(text);
  if (hole === null) return false;
  // Under "Other changes", a memory bug's class alone is a bug fixed, not a hole (see namesOnlyMemoryBug); under the
  // notes' own "Bug Fixes", an integer overflow alone is too: the section says more than a word (namesOnlyArithmeticBug).
  if (kind !== "fix" && namesOnlyMemoryBug(text)) return false;
  if (filed && namesOnlyArithmeticBug(text)) return false;
  // A bump is a security fix only when it names the hole ("Bump minimist to 1.2.6 to fix CVE-2021-44906"); so is a
  // notable change ("CVE-2025-23084 - path: fix path traversal").
  if (kind === "dependencies" || kind === "highlight") return hole === "named" && own !== "feature";
  // Under "Changes" or "Other", what it says it does decides: "Add CSRF protection" adds.
  return kind === "fix" || own !== "feature";
}

// Said of what went in this release, not of what will go: "`x` was removed", "X has been removed", "were removed
// altogether". Not "no longer validates" or "is no longer a hard dependency", which take nothing away from callers.
const REMOVED_NOW = /\b(?:(?:has|have) (?:now )?been|(?:was|were)(?: now)?) (?:removed|deleted)\b|已(?:被)?(?:移除|删除)|(?:削除|廃止)されました|(?:제거|삭제)되었/iu;
const removesApi = (text: string): boolean => REMOVED_NOW.test(text) && !onlyDeprecates(text) && !disclaimsBreak(text) && !LIFTS_LIMIT.test(text);
// A removal that lifts a restriction ("Remove the 10-file limit", "Drop the requirement for a config file"): a feature.
const RELEASE_STEP = /^(?:start(?:ing)?|begin|enter|exit)\s+(?:the\s+)?(?:v?\d+(?:\.\d+)*\s+)?(?:pre-?release|prerelease mode|pre mode|beta|alpha|rc)\b(?:\s+mode)?\.?$/iu;
// A section of notices, not of changes: "NOTE", "Important notes", "⚠️ Warning", "注意事項", "주의 사항", "注意事项".
const NOTICE_HEADING =
  /^(?:(?:important|upgrade|upgrading|migration)\s+)?(?:notes?|notices?|warnings?|cautions?|attention|heads[- ]up)\s*[:：!]?$|^(?:注意(?:事項|事项|点)?|重要(?:な)?(?:お知らせ|注意|提示|事項)|お知らせ|주의(?:\s*사항)?|참고(?:\s*사항)?|공지(?:\s*사항)?|须知|提示)\s*[:：]?$/iu;
const LIFTS_LIMIT = /\b(?:limits?|limitations?|restrictions?|requirements?|caps?|warnings?|need for|dependency on)\b|制限|限制/iu;

/** A heading that names a kind of change in a few words ("Removals and backward incompatible breaking changes"):
 *  no sentence, no version, no verb that says what changed. */
const isCategoryPhrase = (text: string): boolean =>
  text.split(/\s+/).length <= 8 && !/[\d.!?;。！？]/u.test(text) && !CHANGE_VERB.test(text) && !OPENER.test(text);

/** A quote beside the changes that opens with a link to another page and says no change of its own ("> [widget-pro](…)
 *  new UI, full user management"): it advertises what the link leads to, and a post cannot follow the link. */
const isQuotedPromo = (block: Block, text: string): boolean =>
  block.quoted && block.linkShare >= 0.3 && LEADING_LINK.test(block.text) && !CHANGE_VERB.test(text) && readItem(text).kind === null && !GITHUB_ALERT.test(text);
/** Nothing but a heading, or the same quote, stands before the block at `index`: it opens the notes or a part. */
function opensPart(blocks: readonly Block[], index: number): boolean {
  let at = index - 1;
  while (at >= 0 && (blocks[at]?.quoted === true || blocks[at]?.kind === "dropped")) at -= 1;
  return at < 0 || blocks[at]?.kind === "heading";
}
/** Only the release's own title (a heading with its version or date) stands above the block. */
const opensRelease = (blocks: readonly Block[], index: number): boolean =>
  blocks.slice(0, index).every((block) => block.quoted || block.kind === "dropped" || (block.kind === "heading" && /\d/u.test(block.text)));
const LEADING_LINK = new RegExp(`^[\\p{Extended_Pictographic}\\uFE0F\\s]*${LINK_OPEN}`, "u");

/** A name that says what it does ("Remove `react-router-dom` package"), unless it is a category's ("Fixes") or a
 *  topic's ("Changes to `SyntaxMapping`"). */
const namesChange = (text: string): boolean =>
  CHANGE_VERB.test(text) && !TOPIC_HEADING.test(text) && !isCategoryName(text.replace(/[.]$/u, ""));

/** A sentence that tells what changed in a verb of its own ("This release changes the default protocol to RESP3"). */
const SAYS_CHANGED = /\b(?:chang(?:es|ed)|switch(?:es|ed)|replac(?:es|ed)|renam(?:es|ed)|now defaults?|defaults? (?:is|are) now)\b|变更|更改|変更|변경/iu;

/** A line that says something changed, by its words or its kind. */
const saysChange = (text: string): boolean => text !== "" && (CHANGE_WORDS.test(text) || CHANGE_VERB.test(text) || readItem(text).kind !== null);

// Words a title leaves in lower case.
const SMALL_WORDS = /^(?:a|an|and|as|at|by|for|in|of|on|or|the|to|with|from|into|via|vs\.?)$/u;

/** A short title in Title Case ("Adopted Future Flag Behaviors", "Other Improvements"): 2–5 words, each one that
 *  counts capitalised, no code, no sentence punctuation. */
function isTitleCase(text: string): boolean {
  // Digits, code or sentence punctuation belong to a change; so does an imperative ("Bump Lodash", "Fix Login").
  if (/[`.!?;:,()\d]/u.test(text) || ((CHANGE_VERB.test(text) || readItem(text).kind !== null) && !/^\p{L}+ed\b/u.test(text))) return false;
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < 2 || words.length > 5) return false;
  return words.every((word, index) => /^\p{Lu}[\p{Ll}'’-]*$/u.test(word) || (index > 0 && SMALL_WORDS.test(word)));
}

/** The item at `index` is one of a list whose other items mostly are not titles: it stands out as a title. */
function titleAmongSentences(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index];
  if (!block) return false;
  const siblings: string[] = [];
  for (const step of [-1, 1]) {
    for (let at = index + step; at >= 0 && at < blocks.length; at += step) {
      const other = blocks[at];
      if (!other || (other.kind !== "item" && !(other.kind === "paragraph" && other.parent >= 0)) || other.depth < block.depth) break;
      if (other.kind === "item" && other.depth === block.depth && other.parent === block.parent) siblings.push(cleanText(other.text));
    }
  }
  const titles = siblings.filter(isTitleCase).length;
  return siblings.length >= 2 && titles * 2 < siblings.length;
}

// A link (now DROPPED_MARK), an issue or PR number ("#8180", "GH-12") or a commit hash in brackets: what a change
// made by a commit or pull request carries.
const OWN_REFERENCE = new RegExp(`${DROPPED_MARK}|(?:^|[\\s(\\[])(?:#|GH-)\\d+\\b|\\(\\b[0-9a-f]{7,40}\\b\\)`, "iu");

// An issue or pull request number written in the item's own words ("… #124"), not a link the notes' generator added.
const OWN_NUMBER = /(?:^|[\s([])(?:#|GH-)\d+\b/u;

// "[SDK] 2.6.0", "v2.6.0", "Android 2.6.0": a version, maybe with the part it belongs to.
const VERSION_LABEL = /^(?:\[[^\]]{1,30}\]\s*)?(?:[\p{L}-]{1,20}\s+)?v?\d+(?:\.\d+){1,3}[\w.+-]*$/u;

// "7.1.3 (2024-07-26)", "v2.0.0 - 2024-01-01", "1.2.0": a changelog's release line written as a list item.
const VERSION_AND_REST = /^(?:release\s+|version\s+)?\[?v?\d+(?:\.\d+){1,3}(?:[-+][0-9A-Za-z.]+)?\]?\s*(?:[-–—:]\s*)?(.*)$/iu;

/** A list item that is only the release's version, maybe with its date: the opener says it; it is no change. */
function isVersionLine(text: string): boolean {
  const rest = VERSION_AND_REST.exec(text)?.[1];
  return (rest !== undefined && (rest === "" || isDateOnly(rest))) || isReleaseHeader(text);
}

// "Vitest 3.2 is out!", "🚀 Release Notes: Delta TypeScript Plugin Action v0.2.1", "v2.0 Changelog": the notes' own
// title, which names the project and version the post's opener already names. So does a notice's title with the
// version ("그누보드 5.6.42 배포 안내", "X 1.2 release announcement", "X 1.2 リリースのお知らせ", "X 1.2 发布公告"): it titles
// the page, and labels none of its changes.
const RELEASE_NOTES_WORDS =
  /\b(?:release notes?|changelog|release (?:notice|announcement|information|info)|versionshinweise|änderungsprotokoll)\b|リリースノート|リリース(?:の)?(?:お知らせ|情報|案内)|发布(?:说明|公告|通知)|更新(?:日志|说明|公告)|版本说明|릴리[스즈] 노트|(?:배포|릴리[스즈]|출시|업데이트) (?:안내|공지|소식)/iu;
const HAS_VERSION = /(?:^|[\s(v])\d+(?:\.\d+)+\b/u;

// "The next Vitest minor is here", "다음 Vite 메이저가 여기에 있습니다", "A new major version is out": the release announced by a word for it, not its version.
const RELEASE_NOUN = /\b(?:release|version|major|minor|patch)\b|릴리[스즈]|버전|메이저|마이너|リリース|バージョン|メジャー|版本/iu;

/** A title line (no sentence after it) that announces the release or its notes, with a version or a word for it. */
function isReleaseTitle(text: string): boolean {
  if (sentences(text).length > 1 || /[.?;。？；]$/u.test(text) || text.split(/\s+/).length > 12) return false;
  if (!HAS_VERSION.test(text)) return OPENER.test(text) && RELEASE_NOUN.test(text);
  return OPENER.test(text) || RELEASE_NOTES_WORDS.test(text) || restatesRelease(text) || titlesReleaseWithSubtitle(text, restatesRelease);
}

// A heading that names a kind of text, not a change: "Important Notes", "How to Adapt", "Upgrade guide", "詳細情報",
// "適応方法". What is under it may hold changes; the heading labels them at most.
const DOCUMENT_PART =
  /^(?:(?:important|additional|further|other|more|full|general|release|upgrade|upgrading|migration)\s+)?(?:notes?|notices?|remarks?|details|information|info|instructions|guide|guidance)$|^how to\b|^(?:詳細|詳細情報|追加情報|注意事項|注意点|備考|補足|说明|详情|详细信息|注意事项|참고|안내|주의 사항)$|^(?:移行|適応|対応|アップグレード|升级|迁移|업그레이드|마이그레이션)\s*(?:方法|手順|ガイド|指南|가이드|방법)$/iu;

// An advisory's or announcement's scaffolding, in any language. What to do ("Recommended action", "Workarounds",
// "推奨する対応", "解决方案") is a part whose text is the must-act item; the heading only labels it.
const ADVICE_PART =
  /^(?:recommended\s+(?:actions?|steps?|fix(?:es)?|upgrades?)|(?:what\s+(?:you\s+)?should\s+(?:I\s+|you\s+)?do|what\s+to\s+do)|solutions?|workarounds?|mitigations?|remediation|fix(?:ed)?\s+versions?|patched\s+versions?|推奨(?:する|される)?対応|対策|対処(?:方法|法)?|回避策|解决(?:方案|方法|办法)|修复建议|缓解措施|建议(?:措施|操作)|권장\s*(?:조치|사항)|해결\s*(?:방법|방안)|완화\s*조치)$/iu;
// A greeting ("Hello, Lucy!") opens a part of a blog post: it names no change and labels none, and what the part tells
// is a side remark unless its words name a change.
const GREETING = /^(?:hello|hi|hey|welcome|meet),?\s+[^.!?。！？]{1,30}[!！]$/iu;

// Who found or fixed it ("Credits", "クレジット", "致谢", "감사"), the figures of the release ("Stats"): never a change,
// and nothing under them is one.
const CREDITS_OR_STATS =
  /^(?:credits?|acknowledge?ments?|thanks|stats|statistics|by the numbers|クレジット|謝辞|致谢|鸣谢|感谢|감사(?:의 (?:말|글)| 인사)?|크레딧|統計|统计)$/iu;

// The page's own revision history ("Revision history", "更新履歴", "改訂履歴", "修订历史") over dated lines, and such a
// line anywhere: "2026-03-05 09:00 (JST) 初版", "Originally published at 2031-02-03", "Updated 2024-05-01: added the
// CVE id". When the page changed, not the release.
const REVISION_HEADING =
  /^(?:(?:revision|document|page|post|advisory|change)\s+history|history|revisions?|timeline|更新履歴|改訂履歴|修正履歴|変更履歴|修订(?:历史|记录)|更新记录|변경\s*이력|개정\s*이력|수정\s*이력)$/iu;
const REVISION_LINE =
  /^(?:(?:originally\s+)?(?:first\s+)?(?:published|posted|updated|revised|released|created)(?:\s+(?:at|on))?:?\s+)?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\(?[A-Z]{2,5}\)?)?(?:\s*[:：,-]?\s*(?:初版|公開|更新|追記|修正|发布|更新|初稿|게시|최초|업데이트|(?:initial|first)\s+(?:version|publication|release)|(?:originally\s+)?published|updated?|revised|added|changed)[^\n]{0,80})?$/iu;

/** A line that only says when the page was published or revised. */
export const isRevisionLine = (text: string): boolean => REVISION_LINE.test(text.trim().replace(/[.。]$/u, "")) && /\d{4}[-/.年]\d{1,2}/u.test(text);

/** The lines of the section under the heading at `index`, without dropped blocks; null when a sub-heading divides it. */
function linesUnder(blocks: readonly Block[], index: number, level: number): string[] | null {
  const lines: string[] = [];
  for (let at = index + 1; at < blocks.length; at += 1) {
    const block = blocks[at] as Block;
    if (block.kind === "heading") {
      if (block.depth <= level) break;
      return null;
    }
    if (block.collapsed || block.kind === "dropped") continue;
    lines.push(...(block.lines ?? [block.text]));
  }
  return lines;
}

// "What's new: a better way to buffer bundles", "New: …": the words that say the part is new, before its topic.
const NEW_PREFIX = /^(?:what'?s new|what is new|new|introducing|nouveau(?:té)?s?|neu(?:igkeiten)?|novedad(?:es)?|novidades?)\s*[:：-]\s*(?=\S)/iu;

/** A titled part as one item when nothing else says its change: a title that only names a topic ("Memory Leak Fixes")
 *  with the point of its first sentence, so that a heading whose content is paragraphs never stands bare. A title that
 *  says its change ("Fix …", "`api()`") or a part with no sentence to add stays the title. */
function titleWithPoint(title: string, said: readonly string[]): string {
  const step = title.replace(/^\d{1,2}[.)]\s+/u, "").replace(ALERT_WORD, "");
  const topic = step.replace(NEW_PREFIX, "");
  // A title in lower case names a command or code ("meson format now has…", "pkgconfig.generate supports…"): kept as the
  // notes write it; only a topic freed of its "What's new:" starts a sentence.
  const named = topic === step ? topic : sentenceCase(topic);
  // A longer title ("Experimental Network Inspection Support in Node.js") says its change; one the notes call new
  // ("What's new: a better way to buffer bundles") is said with what its part tells is new.
  const short = topic.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length <= 4;
  if (/`/u.test(title) || CHANGE_VERB.test(named) || (!short && topic === step)) return named;
  const point = openingPoint(said);
  return point === null ? named : titledWithKey(named, point);
}

/** A change's title over a part whose first sentence says it was held back ("The parallel runner was postponed"): no
 *  change of this release, and no highlight. */
function heldBack(block: Block | undefined): boolean {
  return block?.kind === "paragraph" && saysHeldBack(sentences(cleanText(block.text))[0] ?? "");
}

/** The sentences of the paragraphs right under a part's title, up to its next heading (the first few paragraphs). */
function partSentences(blocks: readonly Block[], index: number): string[] {
  const said: string[] = [];
  let paragraphs = 0;
  for (let at = index + 1; at < blocks.length && paragraphs < 6; at += 1) {
    const block = blocks[at] as Block;
    if (block.kind === "heading") break;
    if (block.kind !== "paragraph" || block.parent !== -1 || block.quoted) continue;
    paragraphs += 1;
    said.push(...sentences(cleanText(block.text)));
  }
  return said;
}

/** The first sentence of the first paragraph under a part's title, when it names a change (highlightOf); a quoted
 *  note before it ("> The following features are provisional…") is a side remark. */
function firstChangeSentence(blocks: readonly Block[], index: number): string | null {
  let block: Block | undefined;
  for (let at = index + 1; at < blocks.length && blocks[at]?.kind !== "heading" && block === undefined; at += 1) if (blocks[at]?.kind === "paragraph" && !blocks[at]?.quoted) block = blocks[at];
  if (block === undefined) return null;
  const text = cleanText(block.text);
  const first = sentences(text)[0]?.trim() ?? "";
  // Prose in Chinese, Japanese or Korean says its change in words proseScore does not weigh ("…를 추가했습니다"):
  // there the words a listed change would be read by decide.
  return highlightOf(text) ?? (cjkCount(first) > 0 && !/[:：]$/u.test(first) && readItem(first).kind !== null && !isAdvisory(first) ? first : null);
}

/** A known problem's part ("Known regression") in prose that tells users what to do ("please use 3.8.1"): unlike a
 *  list of open issues, it is a notice users must act on. */
function knownActNotice(blocks: readonly Block[], index: number, level: number): boolean {
  const lines = linesUnder(blocks, index, level);
  return lines !== null && !listUnder(blocks, index, level) && tellsToAct(lines.join(" "));
}

/** The top-level list items right under the heading at `index`, up to the next heading. */
function itemBlocksUnder(blocks: readonly Block[], index: number): number[] {
  const items: number[] = [];
  for (let at = index + 1; at < blocks.length && blocks[at]?.kind !== "heading"; at += 1) if (blocks[at]?.kind === "item" && blocks[at]?.parent === -1 && !blocks[at]?.collapsed) items.push(at);
  return items;
}
const itemsUnder = (blocks: readonly Block[], index: number): string[] => itemBlocksUnder(blocks, index).map((at) => cleanText(blocks[at]?.text ?? ""));

/** The section under the heading at `index` holds a list item of its own (a "Community" part that lists changes); with
 *  `changes`, one other than a link to read on ("See the full release notes on GitHub" under "Wrapping up"). */
function listUnder(blocks: readonly Block[], index: number, level: number, changes = false): boolean {
  for (let at = index + 1; at < blocks.length; at += 1) {
    const block = blocks[at] as Block;
    if (block.kind === "heading" && block.depth <= level) return false;
    if (block.kind === "item" && !block.collapsed && !(changes && isPointer(block))) return true;
  }
  return false;
}

/** The section under the heading at `index` holds only dated revision lines. */
function onlyRevisionsUnder(blocks: readonly Block[], index: number, level: number): boolean {
  const lines = linesUnder(blocks, index, level);
  return lines !== null && lines.length >= 1 && lines.every((line) => isRevisionLine(cleanText(line)));
}

// A title that names who or which part what follows is for, with no verb: "For Developers", "For Overseas", "For the
// Windows client", "面向开发者", "开发者相关", "開発者向け", "개발자를 위한". A label, never a change.
const AUDIENCE = /^(?:for|to)\s+(?:the\s+|all\s+|our\s+)?[\p{L}\p{N}][\p{L}\p{N}.+#&/-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}.+#&/-]*){0,3}$|^(?:面向|针对|對於|对于|给)\S{1,10}$|^\S{1,10}(?:相关|向け|用|용)$|^\S{1,10}\s?(?:을|를) 위한$/iu;

/** A short title naming whom or which part the lines under it concern, not what changed. */
export const namesAudience = (text: string): boolean => {
  const bare = text.replace(/[:：]$/u, "").trim();
  return AUDIENCE.test(bare) && !CHANGE_VERB.test(bare.replace(/^(?:for|to)\s+/iu, "")) && !/[\p{Script=Han}]{2,}(?:支持|修复|新增)/u.test(bare);
};

const GITHUB_ALERT = /^\[!(note|tip|important|warning|caution)\]\s*/i;
// A documentation site's admonition marker ("!!! tip", '??? note "Title"'): its content is indented code to Markdown.
/** A paragraph's opening admonition word, as a bold or plain label ("IMPORTANT:", "Note:", "注意："). */
const ALERT_WORD = /^(?:important|note|notice|warning|caution|attention|heads[- ]up|重要|注意|警告|提示|주의|참고|중요)\s*[!:：]\s*(?=\S)/iu;
const ADMONITION = /^(?:!!!|\?\?\?\+?)[ \t]*[\w-]+(?:[ \t]+"[^"\n]*")?[ \t]*$/u;

/** The next block after `index` that a reader would see, skipping collapsed ones. */
function nextVisible(blocks: readonly Block[], index: number): Block | undefined {
  for (let next = index + 1; next < blocks.length; next += 1) {
    const block = blocks[next];
    if (block && !block.collapsed) return block;
  }
  return undefined;
}

/** The block that would explain the heading at `index`: the next one a reader sees, unless it only leads in to a table
 *  ("This release embeds:" over a table of versions), which explains no change. */
/** Whether a heading's text is only a few words that lead in to a list ("New methods:"): the heading is over that list,
 *  as over any other, and groups what it holds. */
function leadsInToList(blocks: readonly Block[], index: number): boolean {
  const next = nextVisible(blocks, index);
  if (next?.kind !== "paragraph" || blocks[blocks.indexOf(next) + 1]?.kind !== "item") return false;
  const lead = next.text.trim();
  // Sentences leading in, however many ("Homebrew published three security advisories:", "This release bumps three
  // majors. They're worth a moment of attention:") only where the part says nothing more: one with prose of its own
  // after the list ("Library stabilizations") is a topic explained, not a group.
  return /^[^.!?。！？]{1,40}[:：]\s*$/u.test(lead) || (/[:：]\s*$/u.test(lead) && !proseAfterList(blocks, blocks.indexOf(next) + 1));
}

/** Whether a paragraph follows the list starting at `start` before the next heading. */
function proseAfterList(blocks: readonly Block[], start: number): boolean {
  for (let next = start; next < blocks.length; next += 1) {
    const block = blocks[next];
    if (!block || block.kind === "heading") return false;
    if (block.kind === "paragraph" && !block.collapsed) return true;
  }
  return false;
}

// A titled fix whose explanation says the hole it closed ("fix: github action security" over "Corrige une faille de
// sécurité potentielle…") is a security fix, told by that sentence: the title names only where.
function securedByExplanation(item: Entry, blocks: readonly Block[], index: number, label: string): void {
  if (item.kind === "breaking" || item.kind === "security" || !/^[\p{Extended_Pictographic}\uFE0F\u200D\s]*(?:fix|security)\b/iu.test(blocks[index]?.text ?? "")) return;
  const next = nextVisible(blocks, index);
  if ((next?.kind !== "paragraph" && next?.kind !== "item") || closedVulnerability(next.text) === null) return;
  item.kind = "security";
  item.label = label;
  if (closedVulnerability(item.text) === null) item.text = sentences(cleanText(next.text))[0] ?? item.text;
}

function explaining(blocks: readonly Block[], index: number): Block | undefined {
  const next = nextVisible(blocks, index);
  if (next?.kind !== "paragraph" || !/[:：]\s*$/u.test(next.text)) return next;
  const after = blocks[blocks.indexOf(next) + 1];
  return after?.kind === "dropped" && after.dropped === "table" ? after : next;
}

// What a sentence says happened in this release: "…are now available", "We added…", "…introduces…", "…drops support
// for…", "…has been merged with…".
const SAYS_DONE = /\b(?:now|added|adds|introduc(?:es|ed)|brings|gained|gains|ships|landed|lands|drops|dropped|(?:has|have) been \p{L}+ed)\b/iu;

/** A listed change that is the title with a verb or two ("설정툴 추가" for "## 설정툴", "Add plugin system" for "## Plugin
 *  system"): the titled part explains a change already said. */
function listedWithVerb(listed: string, title: string): boolean {
  const at = listed.toLowerCase().indexOf(title.toLowerCase());
  if (title.length < 2 || at < 0) return false;
  const rest = `${listed.slice(0, at)} ${listed.slice(at + title.length)}`.replace(/[.。!！]/gu, "").trim();
  return rest === "" || rest.split(/\s+/u).length <= 2;
}

// "We are thrilled to announce that X is now stable": the words around the change are the blog's voice, which an item
// among titles does not keep.
const ANNOUNCING_THAT = /^(?:(?:we(?:'re|’re| are)|i(?:'m|’m| am)) (?:so |very |really |super )?(?:excited|happy|pleased|thrilled|proud|glad|delighted) to (?:announce|share|say|report|let you know)|(?:we(?:'re|’re| are)|i(?:'m|’m| am)) (?:announcing|sharing)) that\s+(?=\S)/iu;

/** A sentence without its announcing lead, the change it announces starting with a capital. */
function withoutAnnouncing(sentence: string): string {
  const lead = ANNOUNCING_THAT.exec(sentence);
  if (lead === null) return sentence;
  const rest = sentence.slice(lead[0].length);
  return /^[\p{Ll}]/u.test(rest) && !/^\S*[\p{Lu}\d_.`]/u.test(rest.slice(1)) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
}

/**
 * The first sentence under a change's title when it says that change with more ("### Deprecation warnings" over
 * "Deprecation warnings are now available on types and aliases…", "### Type restrictions" over "We added type
 * restrictions to many API methods."): it names the title's words and says what was done, short enough for an item.
 * Null for a title in code, a sentence that only sets the scene ("The module system has long been a pain point…") or
 * one that never names the title ("Way back in Rust 1.15, we announced…").
 */
function sentenceSayingTitle(title: string, under: Block | undefined): string | null {
  if (under?.kind !== "paragraph" || /`/u.test(title) || CHANGE_VERB.test(title)) return null;
  const first = withoutAnnouncing(sentences(clean(under.text))[0] ?? "");
  // One that names a version tells the change's history ("In v1.2 we introduced…"), not this release's.
  if (first.length > 160 || !SAYS_DONE.test(first) || !/[.!。]$/u.test(first) || /\bv?\d+\.\d+/u.test(first) || isSideSentence(first)) return null;
  // "Erlang/OTP support" has the words "erlang", "otp" and "support".
  const words = title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2);
  // Each of the title's words, in the singular or the plural ("execution context" for "Execution contexts"); a long
  // title's opening verb may be the sentence's own ("Moving X to Y" over "X has been merged with Y").
  const said = first.toLowerCase();
  const missing = words.filter((word) => !said.includes(word.replace(/s$/u, "")));
  const ownVerb = missing.length === 1 && words.length >= 4 && missing[0] === words[0] && /ing$/u.test(missing[0] ?? "");
  return words.length > 0 && (missing.length === 0 || ownVerb) ? first : null;
}

// Words of a sentence that says what happens ("`x` will use…", "Variables are now treated…"): an item with one is a
// change of its own; one without names a thing ("The `--old` flag in the CLI.", "`sparc-solaris`").
const SAYS_WHAT_HAPPENS = /\b(?:is|are|was|were|has|have|had|will|can|may|must|should|now|no longer|does|do|did|gets?|got)\b/iu;

/** A list item that only names a thing, which makes sense only under the lead-in that says what of it. */
function namesOnlyThing(text: string): boolean {
  const first = sentences(text)[0] ?? "";
  return first !== "" && !CHANGE_VERB.test(first) && !SAYS_WHAT_HAPPENS.test(first) && readItem(first).kind === null && !/:\/\//u.test(first);
}

// A CJK sentence that points at what follows ("次のメソッドを削除しました。", "以下问题已修复。", "다음 API를 제거했습니다.").
// ("nyagos.d 以下の…" after a name and a space is "under nyagos.d", no pointer.)
const CJK_LEAD_IN_STOP = /(?<![\p{Script=Latin}\d./_\s-])(?:次の|以下の|下記の|下列|以下|如下|다음)[^。.！!？?：:]{0,40}[。.]$/u;
// An item that promises the list under it but ends with no colon or stop ("以下のプリンター機種に対応", "Support the
// following printer models", "支持以下型号", "다음 기종 지원", "Unterstützt folgende Modelle"): a lead-in all the same.
const LEAD_IN_UNMARKED =
  /(?<![\p{Script=Latin}\d./_\s-])(?:次の|以下の|下記の|下列|以下|다음)|\b(?:the following|these|as follows)\b|\bfolgende[nrs]?\b|\bsuivant(?:e|s|es)\b|\bsiguientes?\b/iu;
/** The lead-in with a colon in place of its stop (or after its last word when it has none), so it reads as one; other
 *  text as is. The colon is full width after Chinese and Japanese. */
function withLeadInColon(text: string): string {
  if (CJK_LEAD_IN_STOP.test(text)) return text.replace(/[。.]$/u, "：");
  if (/[\p{P}\p{S}]$/u.test(text) || sentences(text).length !== 1 || !LEAD_IN_UNMARKED.test(text)) return text;
  return `${text}${cjkCount(text) > 0 && !/\p{Script=Hangul}/u.test(text) ? "：" : ":"}`;
}

/** A short lead-in that points at the names under it ("The scope of v1 includes:", "This covers:") and names no kind. */
const pointsAtNames = (text: string): boolean => POINTS_AT_LIST.test(text) && headingMeaning(text.replace(/[:：]$/u, "")) === null;

/**
 * A lead-in with the names its list gives ("…supports the following host platforms: `a`, `b`"), as many as a post can
 * show beside it, the rest counted ("(+4)"); the lead-in alone, less its dangling clause, when none fits. Null when an item says
 * a change of its own: then the items are the changes.
 */
function leadInWithNames(leadIn: string, items: readonly string[]): string | null {
  // A lead-in that names the kind of its list ("Here's a glimpse of what's changed:", "New rules:") labels changes.
  const last = sentences(leadIn).at(-1) ?? leadIn;
  if (items.length === 0 || introducesHighlights(last) || introMeaning(last) !== null || !items.every(namesOnlyThing)) return null;
  const names = items.map((item) => (sentences(item)[0] ?? item).replace(/[.,;。；，]+$/u, ""));
  let room = LEAD_IN_WITH_DETAILS - last.length;
  const shown: string[] = [];
  for (const name of names) {
    room -= name.length + cjkCount(name) + 2;
    if (room < 0) break;
    shown.push(name);
  }
  // A full-width colon carries its own space.
  const gap = /：$/u.test(leadIn) ? "" : " ";
  if (shown.length === names.length) return `${leadIn}${gap}${shown.join(", ")}`;
  if (shown.length === 0) return withoutDanglingLeadIn(leadIn, undefined, false);
  return `${leadIn}${gap}${shown.join(", ")} (+${names.length - shown.length})`;
}

/** A lead-in ("you can get 1.2.0 with:") whose block is gone: the sentence goes, the sentences before it stay. */
// A sentence that points at what comes after it: "the following", "listed below", "以下の", "下記の", "如下", "다음".
const POINTS_FORWARD = /\b(?:the following|(?:listed |shown |described )?below)\b|(?:以下|下記)の|如下|下面的|다음(?:과 같|의)/iu;

// A sentence that ends pointing at what comes next, with a stop in place of a colon: "You can turn it on like below.",
// "…as follows."
const ENDS_POINTING = /\b(?:(?:like|as)\s+(?:shown\s+|described\s+)?below|as follows)\s*[.!]$/iu;
const ENDS_POINTING_INSIDE = /\b(?:(?:like|as)\s+(?:shown\s+|described\s+)?below|as follows)\s*[.!]\s+\S/iu;

function withoutDanglingLeadIn(text: string, next: Block | undefined, ownChildren: boolean): string {
  // "…like below. This feature may be on by default in 9.0.": in mid-text too, it points at code no post shows.
  if (!ownChildren && next?.kind !== "item" && ENDS_POINTING_INSIDE.test(text)) return sentences(text).filter((part) => !ENDS_POINTING.test(part)).join(" ");
  if ((!/[:：]$/u.test(text) && !ENDS_POINTING.test(text)) || ownChildren) return text;
  const introducesList = next?.kind === "item";
  if (introducesList) return text;
  const parts = sentences(text);
  // "The following deprecated generators are being removed. Please use the new ones:" over a table that is gone: the
  // sentences before the lead-in that point at what follows point at nothing too.
  if (parts.length > 1) return parts.slice(0, -1).filter((part) => !POINTS_FORWARD.test(part)).join(" ");
  // One sentence: its last clause was the lead-in ("Add X; the following rules use it:"); the clauses before it stay.
  const clause = Math.max(text.lastIndexOf("; "), text.lastIndexOf("；"));
  const head = clause > 0 ? text.slice(0, clause).trim() : "";
  return head.split(/\s+/).length >= 3 ? head : "";
}

/**
 * Where a short title ("Removed APIs", "Go command") names a topic rather than a headline change: under a breaking
 * section or a part of the project ("Tools"), or right above a lead-in to a short list ("…these minimum versions:").
 */
function isTopic(stack: readonly Section[], level: number, blocks: readonly Block[], index: number): boolean {
  const parent = [...stack].reverse().find((section) => section.level < level);
  if (parent && !parent.change && (parent.meaning === "breaking" || (parent.meaning === null && parent.label !== null))) return true;
  let at = index + 1;
  while (blocks[at]?.collapsed || blocks[at]?.kind === "dropped") at += 1;
  const next = blocks[at];
  if (next?.kind !== "paragraph" || !/[:：]$/u.test(next.text.trim()) || nextVisible(blocks, at)?.kind !== "item") return false;
  // Only a short list makes one change with its lead-in; a long one ("A few new APIs were stabilized:") is the topic's
  // detail, and the title says it better.
  return inlineList(listAfter(blocks, at), (item) => cleanText(blocks[item]?.text ?? "")) !== null;
}

// A line that a sentence carries on past: it ends with a comma, a lead-in's colon, an open bracket or a word that
// joins ("…adds support for" / "Python 3.12").
const LINE_CARRIES_ON = /(?:[,;:、，；：([（–—-]|\b(?:a|an|the|and|or|but|of|to|for|in|on|at|with|by|from|into|that|which|who|is|are|was|were|be|will|can|has|have|not)|&)$/iu;
// A commit type before a change ("fix: …", "feat(ui): …"), the one lower-case start a line that lists a change has.
const TYPED_LINE = /^[a-z]+(?:\([^)\n]*\))?!?[:：]\s/u;

/**
 * A paragraph whose lines each read as one change ("添加开机自动启动功能" / "添加多项目工作区与架构声明文件"): each
 * line short, opening as a change does (not in lower case, which carries on a wrapped sentence) and ending as a title
 * does, with no stop and no word that carries on. Their cleaned texts, or null.
 */
function lineItems(block: Block): string[] | null {
  if (block.parent !== -1 || block.quoted || block.strong || block.boldTitle !== undefined || !block.lines || block.lines.length < 2) return null;
  const lines = block.lines.map((line) => clean(line));
  // A line that ends a sentence is prose written a sentence a line ("This release adds X.\nIt also brings Y."), which
  // reads on as it is.
  const listed = lines.every((line) => line !== "" && line.length <= 160 && !LINE_CARRIES_ON.test(line) && !/[.!?。！？]$/u.test(line) && (!/^\p{Ll}/u.test(line) || TYPED_LINE.test(line)));
  // Bare commit subjects are items whatever their ends (commit-lines.ts).
  return listed || allCommitSubjects(lines) ? lines : null;
}

// A commit scope as conventional-changelog writes it over its commits: one lower-case word, then a colon ("http1:", "rt:",
// "build-tools:", "@scope/pkg:").
const SCOPE = /^[a-z@][\w@./-]{0,30}[:：]$/u;
const CODE_SCOPE = /^`[^`\s]{1,40}`\s*[:：]$/u;

// A heading that is only an API's name: "FontFile.to_imagefont()", "ImageText.Text.wrap", "`Config::load`", "Image#resize".
const API_NAME = /^`?[A-Za-z_$][\w$]*(?:(?:\.|::|#)[A-Za-z_$][\w$]*)+(?:\(\))?`?$|^`?[A-Za-z_$][\w$]*\(\)`?$/u;

/**
 * A heading that names an API over the paragraph that says what it does (Pillow's "API additions": "FontFile.to_imagefont()"
 * then "`FontFile` instances can now be directly converted to `ImageFont` instances::"): that one change, as the
 * paragraph (its lead-in colon to the example gone), after the name unless the paragraph names it. Null for any other
 * heading, which may label what follows.
 */
function apiChange(heading: string, blocks: readonly Block[], index: number): string | null {
  if (!API_NAME.test(heading)) return null;
  const paragraph = blocks[nextContent(blocks, index)];
  if (paragraph?.kind !== "paragraph" || paragraph.parent !== -1 || paragraph.quoted) return null;
  const said = clean(paragraph.text).replace(/\s*[:：]$/u, "");
  if (!/[\p{L}]/u.test(said)) return null;
  const name = heading.replace(/`/gu, "");
  const bare = name.replace(/\(\)$/u, "");
  return said.includes(bare) ? said : `\`${name}\`: ${said}`;
}

// One person's name as credits list it: two to four capitalised name words ("Chris O'Haver", "Ana de Souza"), or a handle.
const PERSON_NAME = /^(?:@[\w-]{1,39}|\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|la|le|del|dos|bin|al|ter|ten)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){1,3})$/u;

/** The names a line of credits holds ("Ben Kochie, Chris O'Haver and @bob."), or null where it says anything else. */
function namesIn(text: string): number | null {
  const names = text.replaceAll(DROPPED_MARK, "").replaceAll(LINK_OPEN, "").replaceAll(LINK_CLOSE, "").replace(/[*_`]/gu, "").trim().replace(/[.。]$/u, "").split(/\s*(?:[,，、;\n]|\band\b|&)\s*/u).filter((name) => name !== "");
  return names.length > 0 && names.every((name) => PERSON_NAME.test(name) && !CHANGE_VERB.test(name)) ? names.length : null;
}

// A byline under a blog post's heading ("*Jane Doe*, *Max Mustermann*", "by Jane Doe", "Author: Jane Doe"): the
// names alone on the line that opens the part, its text after them.
const BYLINE_LEAD = /^(?:[—–-]\s*|(?:(?:written|posted)\s+)?by\s+|authors?\s*[:：]\s*|von\s+|par\s+|作者\s*[:：]\s*)/iu;

/** The paragraph at `index` only names people, right under a heading and over its text: "lead" when it says so ("by
 *  Jane Doe"), "names" when only its form does ("Jane Doe"), null otherwise. */
function bylineAt(blocks: readonly Block[], index: number): "lead" | "names" | null {
  const block = blocks[index];
  const after = blocks[index + 1];
  if (block?.kind !== "paragraph" || block.parent !== -1 || blocks[index - 1]?.kind !== "heading" || after === undefined || after.kind === "heading") return null;
  const text = block.text.trim();
  const names = text.replace(BYLINE_LEAD, "");
  if (headingMeaning(names.replace(/[.。]$/u, "")) !== null || namesIn(names) === null) return null;
  return names === text ? "names" : "lead";
}

/**
 * Blocks with each heading's byline hidden, as a collapsed block is: it explains no heading and is no item. A line
 * of bare names ("Jane Doe") is a byline when the post signs two parts so; alone it may be a title ("Search
 * Everywhere").
 */
function withoutBylines(blocks: readonly Block[]): Block[] {
  const found = blocks.map((_, index) => bylineAt(blocks, index));
  const signed = found.filter((byline) => byline !== null).length >= 2;
  return blocks.map((block, index) => (found[index] === "lead" || (found[index] === "names" && signed) ? { ...block, collapsed: true } : block));
}

/** One account name alone on its line, as credits list them ("Fitz_dev", "@yongtang", "chrisohaver"). */
const isHandle = (line: string): boolean => /^@?[\p{L}\p{N}][\p{L}\p{N}_.-]{1,38}$/u.test(line.trim()) && !CHANGE_VERB.test(line);

/**
 * The section under the heading at block `index` holds only people's names (a "Brought to You By" or "Thanks to"
 * section whatever its title: "Ben Kochie,\nChris O'Haver,\nVilmos Nebehaj."), two or more: credits, never a change.
 */
function onlyNamesUnder(blocks: readonly Block[], index: number, level: number): boolean {
  const lines = linesUnder(blocks, index, level);
  if (lines === null) return false;
  let names = 0;
  for (const line of lines) {
    const count = namesIn(line);
    // A handle among the names ("Fitz_dev" between "Ilya Kulakov" and "Yong Tang") names a person too.
    if (count === null && !isHandle(line)) return false;
    names += count ?? 0;
  }
  return names >= 2;
}

// A heading that names the notes' log of changes: "Changelog", "Change Log", "Full Changelog", "📝 Changelog".
const CHANGELOG_HEADING = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:(?:the\s+)?(?:full|complete|detailed|whole)\s+)?change\s?log[\p{Extended_Pictographic}\uFE0F\s]*$/iu;

/** The section under the heading at `index` holds a list, and no list item stands outside it: the notes' only list. */
function onlyListUnder(blocks: readonly Block[], index: number, level: number): boolean {
  let end = index + 1;
  while (end < blocks.length && !(blocks[end]?.kind === "heading" && (blocks[end]?.depth ?? 0) <= level)) end += 1;
  const isItem = (block: Block | undefined): boolean => block?.kind === "item" && !block.collapsed && /[\p{L}\p{N}]/u.test(block.text);
  return blocks.slice(index + 1, end).some(isItem) && !blocks.slice(0, index).some(isItem) && !blocks.slice(end).some(isItem);
}

/** The index of the next block after `at` a reader would see, past collapsed and dropped ones (code, images). */
function nextContent(blocks: readonly Block[], at: number): number {
  let next = at + 1;
  while (next < blocks.length && (blocks[next]?.collapsed || blocks[next]?.kind === "dropped")) next += 1;
  return next;
}

/**
 * The section under the heading at block `index` is a group of changes: it opens with a list, sub-headings or
 * bold-titled paragraphs, or with one line before them (a notice: "⚠️ _Unstable features are not recommended…_").
 * A section that opens with prose explains its title; a list further down is that change's details. A lead-in to
 * the list ("A few new APIs were stabilized:") makes its title a topic or a change (see isTopic), not a group.
 */
function holdsChanges(blocks: readonly Block[], index: number, level: number): boolean {
  // A category's name ("Breaking changes and removals", "새로운 React 기능") over a few lines of introduction and then
  // sub-headings that each title a change: those are its group, however long the introduction.
  const text = cleanText(blocks[index]?.text ?? "").replace(/[:：]\s*$/u, "");
  if (namesKinds(text) && subHeadingFollows(blocks, index, level)) return true;
  // So is one over a note and then a list ("性能改善 (NNUE / 探索)" over how it was measured): its items are the changes.
  if (namesKinds(text.replace(/\s*[(（][^()（）]*[)）]$/u, "")) && listBeforeHeading(blocks, index)) return true;
  // (A paragraph of bare commit subjects, one a line, is a list without its markers: commit-lines.ts.)
  const opensGroup = (block: Block | undefined): boolean =>
    block !== undefined && ((block.kind === "heading" && block.depth > level) || (block.kind === "item" && block.parent === -1) || isBoldTitled(block) || (block.kind === "paragraph" && block.parent === -1 && allCommitSubjects(block.lines ?? [])));
  const at = nextContent(blocks, index);
  const first = blocks[at];
  if (opensGroup(first)) return true;
  // Only a one-sentence notice comes before a group; paragraphs of prose explain the title.
  if (first?.kind !== "paragraph" || first.parent !== -1 || /[:：]\s*$/u.test(first.text) || sentences(first.text).length > 1) return false;
  const second = blocks[nextContent(blocks, at)];
  return opensGroup(second) || (second?.kind === "paragraph" && second.strong);
}

// One name of a kind of change, maybe qualified: "Breaking changes", "removals", "Notable new features".
const KIND_PART =
  /^[\p{Extended_Pictographic}\uFE0F\s]*(?:(?:new|other|minor|major|notable|important|breaking|backwards?[- ]incompatible|incompatible|security|performance|bug|api)\s+)*(?:features?|fixes|bug ?fixes|improvements?|enhancements?|changes|removals?|deprecations?|additions?|highlights?|updates?)$/iu;

/** A title that only names kinds of change ("Breaking changes and removals", "New features", "機能追加"). */
const namesKinds = (text: string): boolean =>
  namesOnlyKinds(text) || text.split(/\s*(?:,|&|\/|\band\b)\s*/u).every((part) => part !== "" && KIND_PART.test(part));

/** A top-level list comes after the heading at `index` and before the next heading. */
function listBeforeHeading(blocks: readonly Block[], index: number): boolean {
  for (let at = index + 1; at < blocks.length && blocks[at]?.kind !== "heading"; at += 1) if (blocks[at]?.kind === "item" && blocks[at]?.parent === -1 && !blocks[at]?.collapsed) return true;
  return false;
}

/** The next heading after the one at `index` is deeper: its section has sub-sections. (Reads up to that heading only,
 *  so every heading's look ahead together stays linear.) */
function subHeadingFollows(blocks: readonly Block[], index: number, level: number): boolean {
  for (let at = index + 1; at < blocks.length; at += 1) {
    const block = blocks[at];
    if (block?.kind === "heading") return block.depth > level;
  }
  return false;
}

/** How many headings the part under the heading at `index` holds, before the next one of its level or above. */
function subHeadingsUnder(blocks: readonly Block[], index: number, level: number): number {
  let count = 0;
  for (let at = index + 1; at < blocks.length && !(blocks[at]?.kind === "heading" && (blocks[at]?.depth ?? 0) <= level); at += 1) if (blocks[at]?.kind === "heading") count += 1;
  return count;
}

/** A paragraph whose bold first line titles the change its next lines explain ("**💡 `/recommend`**\nGet…"). */
const isBoldTitled = (block: Block): boolean =>
  block.kind === "paragraph" && block.parent === -1 && block.boldTitle !== undefined && /[\p{L}\p{N}]/u.test(block.text.slice(block.boldTitle));

/** A bold-titled paragraph as one change: "Title: explanation". The icon before each title ("💡", "⚠️ Unsaved
 *  changes warning") decorates it; it says no kind. */
function boldTitledChange(block: Block): string {
  const title = clean(block.text.slice(0, block.boldTitle)).replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s]+(?=\S)/u, "");
  const rest = clean(block.text.slice(block.boldTitle));
  return /[.:!?：。]$/u.test(title) ? `${title} ${rest}` : `${title}: ${rest}`;
}

/** A line of its own right over a list that names kinds of change without any mark ("UI, Workflows & Features",
 *  "Performance, Internal Implementation, Development Support etc." in Git's notes): a heading in plain text. */
function plainHeading(block: Block, text: string, next: Block | undefined): boolean {
  return !block.strong && next?.kind === "item" && block.lines === undefined && isPlainHeading(text) && isLabelLike(text.replace(/\s+etc\.$/u, ""), 7);
}

/** A plain-text heading's label: a catch-all that ends in "etc." or names internal work among other kinds takes the
 *  least of them, so that "Performance, Internal Implementation, …" does not rank a build tweak over the fixes. */
function plainLabel(label: string): ListLabel {
  const named = kindsNamed(label);
  const least = [...named].filter((meaning): meaning is Kind => meaning in RANK).sort((a, b) => RANK[b] - RANK[a])[0];
  const catchAll = least !== undefined && (/\betc\.?$/u.test(label) || least === "internal");
  return catchAll ? { label: label.replace(/\s+etc\.?$/u, ""), meaning: least, catchAll } : { label, meaning: headingMeaning(label) };
}

/** The label a lead-in gives its list: its words, unless it is a sentence announcing the list ("The following
 *  changes are also included", "以下是本次更新内容"): that would repeat above every post, so only the kind it names labels. */
// A lead-in that only names the notes ("Changelog:", "Release notes:", "Changes in v1.2:", "更新日志：", "更新内容：",
// "変更履歴：", "변경 사항:"): the whole list is the notes; it labels no part of them.
const NAMES_THE_NOTES =
  /^(?:(?:the\s+)?(?:full\s+|complete\s+)?(?:changelog|change\s?log|changes|release\s+notes|list\s+of\s+changes|what'?s\s+changed)(?:\s+(?:in|for|since)\s+(?:this\s+(?:release|version)|v?\d+(?:\.\d+){0,3}[\w.+-]*))?|(?:本次|本版本?|版本)?(?:更新|变更|變更|修改)(?:日志|日誌|内容|內容|说明|說明|记录|記錄|列表)|更新履歴|変更(?:履歴|点|内容)|변경\s?(?:사항|로그|내역)|릴리스\s?노트)$/iu;

// A word that only moves the notes along ("Finally:", "Also:", "此外：", "最後に："): it names no group of changes.
const CONNECTIVE = /^(?:finally|lastly|last(?:ly)? but not least|also|additionally|in addition|moreover|furthermore|besides|plus|and|other than that|apart from that|on top of that|最后|最後|此外|另外|另外还有|また|さらに|最後に|그리고|또한|마지막으로)[,，.。!]?$/iu;
// "… since 4.2.0", "… in v3": the version the changes are counted from, which the post's opener says better.
const SINCE_VERSION = /\s+(?:since|from|in|compared (?:to|with))\s+(?:[\p{L}][\w.-]*\s+)?v?\d+(?:\.\d+)+\S*$/iu;

function leadInLabel(said: string, phrases: ReturnType<typeof phrasesFor>): ListLabel | null {
  // "Apart from all the breaking changes, there were a couple of small improvements": the aside names no kind of the list.
  const label = withoutAside(said);
  if (NAMES_THE_NOTES.test(label.trim()) || CONNECTIVE.test(label.trim())) return null;
  const bare = label.replace(SINCE_VERSION, "");
  if (bare !== label && bare !== "" && namesOnlyKinds(bare)) return leadInLabel(bare, phrases);
  const meaning = introMeaning(label);
  // "At a glance", "TL;DR", "本次更新亮点": the release summed up, shown as its highlights.
  if (introducesHighlights(label)) return { label: phrases.label("highlight"), meaning: "highlight" };
  // "Merged pull requests:", "Summary:", "Updates:": words that say nothing of the changes under them, which a post would
  // show as if they did. The list is still set apart from a label before it.
  if (meaning === "generic") return { label: null, meaning };
  // One that counts its list ("Homebrew published three security advisories:") would say its count over a post that
  // shows part of the list: the section's label stands (or the kind its words name).
  if (countsItsList(label)) return { label: null, meaning };
  if (!LIST_LEAD_IN.test(label) && !isListIntro(label)) return { label, meaning };
  return meaning !== null && meaning !== "drop" ? { label: phrases.label(meaning), meaning } : null;
}

/** A label line's label: none for words that say nothing of the changes under them ("Changes", "Merged pull requests"). */
function labelSaying(label: string): ListLabel {
  const meaning = headingMeaning(label);
  return { label: meaning === "generic" ? null : label, meaning };
}

// A catch-all's name: "Other", "Other changes", "Misc", "其他", "その他", "기타".
const isCatchAllLabel = (label: string): boolean => isCategoryName(label) && headingMeaning(label) === "other";

// The kinds a change told in words may have where it takes something away: not a fix, a security fix, a deprecation
// (announced to go, nothing gone yet), a performance change or housekeeping.
const MAY_BREAK_IN_WORDS = new Set<Kind>(["removal", "change", "other", "highlight", "feature"]);

/** In notes that mark no breaking change, a change whose words take away support, API or behaviour, or add a
 *  requirement ("Removal of ARM32 (armhf) support", "`map_chr()` no longer coerces …"), is breaking, and says so.
 *  (Not in the project's own section, "Project changes": project-sections.ts.) */
function withBreaksToldInProse(entries: Entry[], phrases: ReturnType<typeof phrasesFor>): Entry[] {
  return entries.map((entry) =>
    !entry.prose && !entry.fluff && entry.planned !== true && MAY_BREAK_IN_WORDS.has(entry.kind) && !namesProjectSection(entry.label) && statesBreakInProse(entry.text)
      ? { ...entry, kind: "breaking", label: entry.label !== null && BREAKING_WORD.test(entry.label) ? entry.label : phrases.label("breaking") }
      : entry,
  );
}

/** A catch-all that is the notes' only label ("Other:" over every change) sets nothing apart: no post shows it. */
function withoutLoneCatchAll(entries: Entry[]): Entry[] {
  // Every change under it: changes without a label show under their kind's, from which it sets them apart.
  const labels = new Set(entries.filter((entry) => !entry.prose).map((entry) => entry.label));
  const [only] = labels;
  if (labels.size !== 1 || only === undefined || only === null || !isCatchAllLabel(only)) return entries;
  return entries.map((entry) => (entry.label === only ? { ...entry, label: null } : entry));
}

/** "Major changes" outside changesets are a release's big changes (Ant Design, Homebrew's "Major changes and
 *  deprecations since 4.3.0"), not necessarily breaking ones: only words of breaking make them breaking. */
const bigNotBreaking = (text: string, meaning: HeadingMeaning | null): HeadingMeaning | null => majorChangesMeaning(text, meaning, false);

// The joints between the kinds a label names: "Major changes and deprecations", "Features & fixes", "新功能/修复".
const KIND_JOINT = /\s*(?:,|&|\/|、|・|\+)\s*|\s+(?:and|or)\s+|\s*(?:及|和|与|と|및)\s*/iu;

/** The kinds a label names when it names more than one ("Major changes and deprecations since 4.3.0", "Bug fixes and
 *  improvements"): what each change under it says of itself tells which of them it is. Empty for any other label. */
function kindsNamed(label: string | null): Set<HeadingMeaning> {
  const kinds = new Set<HeadingMeaning>();
  if (label === null) return kinds;
  for (const part of label.split(KIND_JOINT)) {
    const meaning = part ? bigNotBreaking(part, headingMeaning(part)) : null;
    if (meaning !== null && meaning !== "generic" && meaning !== "drop") kinds.add(meaning);
  }
  return kinds.size >= 2 ? kinds : new Set();
}

/** The kind a lead-in names: its words' ("Bug fixes:"), or breaking for an introduction to what users must change
 *  ("These are changes that require you to update your code:"). */
function introMeaning(said: string): HeadingMeaning | null {
  const text = withoutAside(said);
  if (introducesHighlights(text)) return "highlight";
  const meaning = bigNotBreaking(text, headingMeaning(text));
  return meaning === null && isListIntro(text) && saysMustAct(text) ? "breaking" : meaning;
}

// A category's name before a change ("修复：…", "Breaking change: …", "Fixes: Crash on start"): the label says it.
const KIND_PREFIX = /^([^\s:：`]{1,16}(?:\s[^\s:：`]{1,16}){0,2})\s*[:：]\s*(?=\S)/u;

/** "修复" of "修复：…", "Fix" of "Fix: …": the name of a kind of change an item opens with before a colon, or null. */
function kindWordOf(text: string): string | null {
  const prefix = KIND_PREFIX.exec(text);
  const name = prefix?.[1];
  // Only the bare word: an icon before it decorates a title ("✨ 切换动画：…").
  const meaning = name && prefix.index === 0 && !LEADING_ICONS.test(name) ? headingMeaning(name) : null;
  return name && isCategoryName(name) && meaning !== null && meaning !== "generic" && meaning !== "drop" ? name : null;
}

const opensWithKindWord = (text: string): boolean => kindWordOf(text) !== null;

/** The change without a prefix that names its own kind, for a change under a label; "Fix: the crash when …" is a
 *  sentence and stays. An icon before the prefix decorates a title ("✨ 切换动画：…"): the words decide. So do its
 *  siblings (`titled`): in a list whose items open with titles, one that happens to name a kind ("예제 향상: …") is a
 *  title like theirs, unless it is a tag in capitals ("FIX:"). */
function withoutKindPrefix(text: string, kind: Kind, label: string | null, titled: () => boolean = () => false): string {
  const prefix = KIND_PREFIX.exec(text);
  const name = prefix?.[1]?.replace(LEADING_ICONS, "");
  if (!prefix || !name || !isCategoryName(name) || headingMeaning(name) !== kind || label === null || headingMeaning(label) !== kind) return text;
  if (!labelSaysVerb(name, label)) return text;
  const rest = text.slice(prefix[0].length);
  return /^[a-z]/u.test(rest) || (!CAPS_NAME.test(name) && titled()) ? text : rest;
}

const LEADING_ICONS = /^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u;
// A verb that says what happened to the thing named after it: without it, "`null` value for `session`" says nothing.
const ACTION_VERB = /^(?:removed|dropped|deprecated|renamed|replaced|disabled|moved)$/iu;

/** False when `prefix` is such a verb and `label` does not say it ("Removed:" under "Breaking Changes", not "Removals"). */
const labelSaysVerb = (prefix: string, label: string): boolean =>
  !ACTION_VERB.test(prefix.trim()) || label.toLowerCase().includes(prefix.trim().slice(0, 5).toLowerCase());

/**
 * A change under a label of no kind ("💫 杂项") without its type's tag where the rest says the change by itself: in the
 * notes' own script ("Fix: 修正云湖适配器的 module_name", a tool's English tag before the words), or in words of the
 * same kind ("Fix: Fixed the crash"). Under its kind's label the tag goes (underLabel); so it does here, alike.
 */
function typeSaidAgain(reading: ItemReading): string {
  const rest = reading.untyped;
  if (rest === undefined || rest === "" || !reading.text.endsWith(rest) || !/^[A-Za-z][\w-]*(?:\([^)]*\))?!?\s*[:：]\s*$/u.test(reading.text.slice(0, reading.text.length - rest.length))) return reading.text;
  return startsWithCjk(rest) || (reading.kind !== null && readItem(rest).kind === reading.kind) ? rest : reading.text;
}

/** The change as it stands under `label`: without the prefix its kind's word gave it (`untyped`), unless that prefix is
 *  a verb the label does not say ("Removed: `null` value…" under "Breaking Changes" keeps "Removed"). */
function underLabel(text: string, untyped: string, label: string | null): string {
  const prefix = text.endsWith(untyped) ? text.slice(0, text.length - untyped.length).replace(/[:：\s]+$/u, "") : "";
  return label !== null && prefix !== "" && !labelSaysVerb(prefix, label) ? text : untyped;
}
// A tag in capitals ("FIX", "NEW", "BUG FIX"): a kind's name, never a change's title.
const CAPS_NAME = /^[\p{Lu}\d]+(?:[\s_-][\p{Lu}\d]+)*$/u;

/** The title an item opens with ("Prompt 置顶功能" of "📌 Prompt 置顶功能：…", "문서 구조" of "문서 구조: …") without its
 *  icon, or "" for none; a tag in capitals ("FIX:") is a kind's name, no title. */
function titleOf(text: string): string {
  const name = KIND_PREFIX.exec(text)?.[1]?.replace(LEADING_ICONS, "") ?? "";
  return CAPS_NAME.test(name) ? "" : name;
}

/** A list (its items' texts) whose items open with titles: two at least, most of them, and one a title that names no
 *  kind ("문서 구조", "Sidebar"), so that the list is not of tags ("修复：…", "修复：…"). */
function opensWithTitles(texts: readonly string[]): boolean {
  const names = texts.map(titleOf).filter((name) => name !== "");
  const namesKind = (name: string): boolean => {
    const meaning = isCategoryName(name) ? headingMeaning(name) : null;
    return meaning !== null && meaning !== "generic" && meaning !== "drop";
  };
  return names.length >= 2 && names.length * 2 > texts.length && names.some((name) => !namesKind(name));
}

/** Each list item's list: the items of one parent between headings (at the top level, between paragraphs too), as
 *  one shared array of block indexes. One pass, so that a list is judged once, however long (see opensWithTitles). */
function itemLists(blocks: readonly Block[]): Map<number, number[]> {
  const lists = new Map<number, number[]>();
  const open = new Map<number, number[]>();
  for (const [index, block] of blocks.entries()) {
    if (block.kind === "heading" || (block.parent === -1 && block.kind !== "item")) open.clear();
    if (block.kind !== "item") continue;
    const list = open.get(block.parent) ?? [];
    if (list.length === 0) open.set(block.parent, list);
    list.push(index);
    lists.set(index, list);
  }
  return lists;
}

/** A label that names a kind ("🚀 新功能", "⚠️ Breaking changes"), not a part ("Client") or a catch-all ("杂项"). */
const underKindLabel = (label: string | null, kind: Kind): boolean => {
  const meaning = label === null ? null : headingMeaning(label);
  return kind !== "other" && meaning !== null && meaning !== "generic" && meaning !== "drop" && meaning !== "other";
};

/** Top-level items mostly only a link, the others opening on one: a list of pages, not of changes. (A list of links
 *  only is a list of names, which a lead-in may name: "The new rules are:" over their links.) */
function isLinkList(blocks: readonly Block[], run: readonly number[]): boolean {
  const items = run.map((at) => blocks[at]).filter((block): block is Block => block !== undefined && !block.hasChildren);
  if (items.length < 3 || items.length !== run.length) return false;
  const onlyLinks = items.filter((block) => block.linkShare >= 0.9).length;
  return onlyLinks < items.length && onlyLinks * 5 >= items.length * 3 && items.every((block) => block.linkShare >= 0.9 || block.text.trimStart().startsWith(LINK_OPEN));
}

/** The top-level items of the list that starts right after block `index`. */
function listAfter(blocks: readonly Block[], index: number): number[] {
  const items: number[] = [];
  for (let at = index + 1; at < blocks.length; at += 1) {
    const block = blocks[at];
    if (!block || block.kind !== "item") break;
    if (block.parent === -1) items.push(at);
  }
  return items;
}

/** Sub-items short enough to read as a list inside their lead-in ("…from these APIs: `a`, `b`, `c`"), or null.
 *  An item is cleaned only while the list can still be one: a long list, or a long item, ends the look. */
// A sub-item that says what goes away: "廃止: `Option<T>`", "… is now `Obsolete`", "Removed: `foo()`".
const GOES_AWAY = /\bobsol[ae]te\b|\bdeprecat\w*|\bremov(?:ed|al)\b|\bdropped\b|\bno longer\b|廃止|非推奨|削除|弃用|废弃|移除|删除|삭제|폐기|지원 중단/iu;
// "新たに実装: `NamedOption`", "Replaced by: `Foo`": a short name for what follows.
const KEYED_DETAIL = /^[^:：\s`]{1,12}(?:\s[^:：\s`]{1,12})?[:：]\s*\S/u;

/** The sub-items of a breaking change that say what goes away, joined, when all of them are short details ("新たに
 *  実装: `NamedOption`" beside "廃止: `Option<T>`"); null when none says so or they would swamp the change. */
function breakingDetails(children: readonly number[], cleaned: (child: number) => string): string | null {
  if (children.length === 0 || children.length > 4) return null;
  const texts = children.map((child) => cleaned(child).replace(/[.。]$/u, ""));
  if (!texts.some((text) => GOES_AWAY.test(text))) return null;
  // An explanation ("Remove support for Pydantic 0.32. This improves maintainability") is no short detail.
  if (texts.some((text) => sentences(text).length > 1 || text.length + cjkCount(text) > 70)) return null;
  const shown = texts.filter((text) => GOES_AWAY.test(text) || KEYED_DETAIL.test(text));
  const joined = shown.join("; ");
  return joined.length + cjkCount(joined) <= 120 ? joined : null;
}

// A vague quantifier, then only lower-case words: no name, no code, no number says what changed.
const VAGUE_ITEM = /^(?:misc(?:ellaneous)?|various|assorted|other|additional|further|minor|small|general|some)(?:[ \t]+[a-z][a-z/-]*){1,7}\.?$/u;
// "As-of Homebrew 4.3.1:", "As of v2.1.1,", "Starting with 3.0.2:": a note that holds from that version on.
const SCOPED_TO_VERSION = /^(?:as[- ]of|since|starting (?:with|from|in)|from)\s+(?:[\p{L}][\w.-]*\s+)?v?(\d+(?:\.\d+)+)\s*[:：,]/iu;

/** Negative, zero or positive as `a` is older than, the same as or newer than `b` ("4.3.1" vs "4.3.0"). */
function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let at = 0; at < Math.max(left.length, right.length); at++) {
    const difference = (left[at] ?? 0) - (right[at] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function inlineList(children: readonly number[], cleaned: (child: number) => string): string | null {
  if (children.length === 0 || children.length > 12) return null;
  const bare: string[] = [];
  for (const child of children) {
    const text = cleaned(child).replace(/[.,;]+$/u, "");
    if (!text || text.length > 40 || text.split(/\s+/).length > 5) return null;
    bare.push(text);
  }
  return bare.join(", ");
}

// A sub-item that gives an example: "e.g. …", "for example …", "i.e. …", "例如…", "例えば…", "예:".
const EXAMPLE_DETAIL = /^(?:e\.\s?g\.|i\.\s?e\.|for (?:example|instance)\b|such as\b|例如|比如|例えば|예(?:를 들어|:))/iu;
// A sub-item that names the issue its change addresses, by the issue's title as a link: "Address [empty hosts…](…)".
const ADDRESSES_ISSUE = new RegExp(`^(?:address(?:es|ed)?|fix(?:es|ed)?|resolve[sd]?|close[sd]?)\\s+${LINK_OPEN}[^${LINK_CLOSE}\\n]+${LINK_CLOSE}\\.?$`, "iu");

// A link to the upgrade or migration guide in an item (its text between the parser's link marks): what it changes, users
// must act on.
const UPGRADE_GUIDANCE = new RegExp(`${LINK_OPEN}[^${LINK_CLOSE}\\n]*\\b(?:upgrade|upgrading|migration|migrating)\\b[^${LINK_CLOSE}\\n]*${LINK_CLOSE}`, "iu");

// "Updated dependencies [abc123]", "Updated dependencies": the lead a changesets package writes over what it moved.
const DEPENDENCY_LEAD = /^updated? dependencies\b/iu;
// "@scope/pkg@1.2.3", "pkg@1.2.3", "`pkg@^2.0.0`": a package and the version it moved to, nothing said of it.
const PACKAGE_SPEC = /^`?(?:@[\w.-]+\/)?[\w.-]+@[\w.^~<>=*+-]+`?$/u;

// changesets name sections by the version bump, not by what changed: "Major Changes" breaks only there.
const CHANGESETS_HEADING = /^(major|minor|patch) changes$/i;

/** The label a section shows: what changed, in the notes' language, where the heading only names a bump
 *  ("Minor Changes") or shouts ("⚠ BREAKING CHANGES"). */
function displayLabel(heading: string, meaning: HeadingMeaning | null, phrases: ReturnType<typeof phrasesFor>, changesets: boolean): string | null {
  if (meaning === "generic") return null;
  if (changesets && CHANGESETS_HEADING.test(heading) && meaning && meaning !== "drop") return phrases.label(meaning);
  const formed = labelInPlaceOf(heading, meaning, (kind) => phrases.label(kind));
  return formed ? formed.label : shownLabel(heading, phrases, meaning);
}

/** A label as a post shows it: a breaking one in the notes' language, a shouted one ("SECURITY") in title case. */
function shownLabel(label: string, phrases: ReturnType<typeof phrasesFor>, meaning = headingMeaning(label)): string {
  // "[Fix] [TypesSript]": tags are no label; the kind one of them names is ("Fixes").
  const tagged = bracketTagsKind(label);
  if (tagged?.meaning) return phrases.label(tagged.meaning);
  if (meaning === "breaking" && label.split(/\s+/).length <= 4) return phrases.label("breaking");
  // "Fixes since v2.20": the version the changes are counted from, which the post's opener says better.
  const bare = label.replace(SINCE_VERSION, "");
  if (bare !== label && bare !== "" && headingMeaning(bare) === meaning) return shownLabel(bare, phrases, meaning);
  // "Features - 21.7.0": the version the post's opener says.
  const unversioned = withoutVersionTail(label);
  if (unversioned !== label) return shownLabel(unversioned, phrases, meaning);
  return unshouted(label);
}
// "BUG FIXES" is shouted; "CLI", "NSIS" or "LSP" is a name, and stays as it is.
const unshouted = (label: string): string => (/^[A-Z][A-Z ]{2,}$/.test(label) && !/^[A-Z]{2,5}$/.test(label) ? label.charAt(0) + label.slice(1).toLowerCase() : label);

// "… (Nicholas C. Zakas)": the author column of ESLint's and Node's changelogs, a name in brackets at the end.
const AUTHOR_IN_BRACKETS = /\s+\((?:[\p{L}\p{Extended_Pictographic}][\p{L}\p{M}\p{Extended_Pictographic}.'’-]*\s?){1,4}\)$/u;

/** When most changes end with a name in brackets, those names are credits: they go from every change. */
function withoutAuthorColumn(entries: Entry[]): Entry[] {
  const items = entries.filter((entry) => !entry.prose);
  const credited = items.filter((entry) => entry.referenced === true && AUTHOR_IN_BRACKETS.test(entry.text)).length;
  if (credited < 3 || credited < items.length / 2) return entries;
  return entries.map((entry) => (entry.prose ? entry : { ...entry, text: entry.text.replace(AUTHOR_IN_BRACKETS, "") }));
}

/** Notes written in two languages show each change once, in their main language: a line that says it twice keeps its
 *  half in that language (a label too), and changes that translate others go. */
function onceInMainLanguage(entries: Entry[], language: Language): Entry[] {
  const single = entries.map((entry) => ({
    ...entry,
    text: inMainLanguage(entry.text, language),
    label: entry.label === null ? null : inMainLanguage(entry.label, language, 1),
  }));
  const translated = translations(single, language);
  return translated.size === 0 ? single : single.filter((entry) => !translated.has(entry));
}

/**
 * One kind under one label: notes that name a kind's sections two ways ("Added" and later "Features", "Fixed" and
 * "Bug Fixes", a "🔒 Security" section and a fix refiled under "Security") show that kind's changes under the label
 * most of them stand under (the first, on a tie). Labels that name a part ("Server", "`bat` as a library") stay.
 */
function withOneLabelPerKind(entries: Entry[], phrases: ReturnType<typeof phrasesFor>): Entry[] {
  const labels = new Map<string, Map<string, number>>();
  for (const entry of entries) {
    const key = entry.prose || entry.label === null ? null : sameNameKey(entry.label, entry.kind);
    if (key === null || entry.label === null) continue;
    const counts = labels.get(key) ?? new Map<string, number>();
    counts.set(entry.label, (counts.get(entry.label) ?? 0) + 1);
    labels.set(key, counts);
  }
  const chosen = new Map<string, { label: string; from: Map<string, number> }>();
  for (const [kind, counts] of labels) {
    if (counts.size < 2) continue;
    // The notes' own words before the kind's name a post gives a refiled change; then the label most changes stand
    // under; the Map keeps the first label seen first, so a later one wins only with more.
    const own = (label: string): number => Number(label !== phrases.label(headingMeaning(label) as Kind));
    let best = "";
    for (const [label, count] of counts) {
      if (best === "" || own(label) > own(best) || (own(label) === own(best) && count > (counts.get(best) ?? 0))) best = label;
    }
    chosen.set(kind, { label: best, from: counts });
  }
  if (chosen.size === 0) return withKindsOwnLabel(entries, labels, phrases);
  return withKindsOwnLabel(entries, labels, phrases).map((entry) => {
    const key = entry.prose || entry.label === null ? null : sameNameKey(entry.label, entry.kind);
    const one = key === null ? undefined : chosen.get(key);
    return one && !entry.prose && entry.label !== null && one.from.has(entry.label) ? { ...entry, label: one.label } : entry;
  });
}

/** A change under no label of its kind's (an "Add …" under a generic "Changes") shows under the label the notes give that
 *  kind ("New features"), not a second one the post makes up ("Features"). Only where the notes name the kind one way. */
function withKindsOwnLabel(entries: Entry[], labels: ReadonlyMap<string, ReadonlyMap<string, number>>, phrases: ReturnType<typeof phrasesFor>): Entry[] {
  return entries.map((entry) => {
    const named = entry.prose || entry.label !== null ? undefined : labels.get(entry.kind);
    // A label the composer made (a tag refiled as "Dependencies", a change refiled as "Features") is no word of the
    // notes': beside one of theirs it does not make the notes name the kind two ways.
    const own = [...(named?.keys() ?? [])].filter((label) => label !== phrases.label(entry.kind));
    return own.length === 1 && own[0] !== undefined ? { ...entry, label: own[0] } : entry;
  });
}

// A label that sets its section apart from another of the same kind ("Other Notable Changes", "Minor fixes", "其他修复").
const SET_APART = /\b(?:other|minor|misc\w*|small|additional|further|more|internal|experimental)\b|其他|其它|その他|기타/iu;
// Improving what exists, as against adding: "Improvements" and "Features" are two sections on purpose ("改进功能", "引入特性").
const IMPROVES = /improve|enhance|改进|改善|优化|강화|개선/iu;

/** Labels with the same key name one kind's section in other words ("Added" and "Features", "Fixed" and "Bug Fixes");
 *  null for a label that names a part or sets its section apart. */
function sameNameKey(label: string, kind: Kind): string | null {
  if (!isCategoryName(label) || headingMeaning(label) !== kind || SET_APART.test(label)) return null;
  // "⚠️ Removed" is the "Removed" section's own word with a sign that it breaks: a breaking change from "Changed" does
  // not take it, nor it theirs (a label comes from the change's own section).
  const signed = /^(?:⚠️?|💥)\s*(\S.*)$/u.exec(label)?.[1];
  if (signed !== undefined && ![null, "generic", kind].includes(headingMeaning(signed))) return null;
  return kind === "feature" && IMPROVES.test(label) ? "feature-improves" : kind;
}

const SENTENCE_END = /[.!?。！？]/u;
/** A change's words without case or punctuation; one made only of code and symbols ("`&` → `&&`") is its symbols. */
const squashed = (text: string): string => {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return words !== "" ? words : text.replace(/\s+/gu, "");
};

/**
 * Same change twice: conventional-changelog lists a breaking commit under its type too, and hand-merged notes list
 * a change once with a further sentence and once without. A change whose whole text is another's first sentence is
 * that change: the first one listed stays.
 */
function withoutDuplicates(entries: Entry[]): Entry[] {
  const whole = new Map<string, Entry>();
  const firsts = new Map<string, Entry>();
  return entries.filter((entry) => {
    const key = squashed(entry.text);
    // Without a sentence end the first sentence is the whole text (sentences() splits only there).
    const first = entry.prose || !SENTENCE_END.test(entry.text) ? key : squashed(sentences(entry.text)[0] ?? "");
    const kept = key ? (whole.get(key) ?? firsts.get(key) ?? whole.get(first)) : undefined;
    if (kept !== undefined) {
      // "feat!: migrate to pure ESM" and, under "BREAKING CHANGES", "migrate to pure ESM": the breaking section
      // says it, so the marked line needs no other explanation there (which would take another change's place).
      if (kept.markedBreaking === true && entry.kind === "breaking" && entry.markedBreaking !== true) kept.markedBreaking = false;
      return false;
    }
    if (!key) return false;
    whole.set(key, entry);
    if (first && !firsts.has(first)) firsts.set(first, entry);
    return true;
  });
}

/** True when one of two tellings of a request is a fix and the other a change of another kind (not a highlight). */
const alsoFixes = (first: Entry, later: Entry): boolean =>
  first.kind !== later.kind && (first.kind === "fix" || later.kind === "fix") && first.kind !== "highlight" && later.kind !== "highlight";

/** A request's later telling that files it under no kind ("Pull Requests", "Other changes": the list of every merged
 *  request under the curated sections), where an earlier one filed it: the same change by its title, not another. */
// ("🚧 Others" is a category of its own: a request with a line there made two changes.)
const EVERY_REQUEST = /\b(?:pull requests?|merged|commits?)\b/iu;
const uncategorisedAgain = (first: Entry, later: Entry): boolean => later.kind === "other" && first.kind !== "other" && (later.label === null || EVERY_REQUEST.test(later.label));

/**
 * A change said again under another heading, by the same pull request and some of the same words: the summary's "rustup
 * will consider the `rust-analyzer` binary from PATH when run via a proxy ([pr#4324])" and the full list's
 * "feat(toolchain): consider external `rust-analyzer` when calling a proxy (…/pull/4324)". The first telling stays.
 * (One request may make several changes, listed apart: those share a number, not their words. A later telling that
 * breaks or closes a hole is kept, as it says more; so is a fix told beside a change of the same request, under
 * neither's highlights: "Text opacity … will now set the dim attribute" under Changed and "Fixed text opacity with ANSI
 * themes creating RGB colors" under Fixed are two changes of one request.)
 */
function withoutRepeatedPulls(entries: Entry[]): Entry[] {
  const told = new Map<string, Entry>();
  // A request listed more than once under one heading made several changes ("Added `mode` argument to `push_screen`",
  // "Added `App.mode_change_signal`", then "It is no longer a NOOP to dismiss a non-active screen" under Changed, all
  // one request): a telling elsewhere is another of them unless it says most of the same words.
  const listings = new Map<string, number>();
  for (const entry of entries) {
    if (entry.prose) continue;
    for (const pull of new Set(entry.pulls ?? [])) listings.set(`${pull}\u0000${entry.label ?? ""}`, (listings.get(`${pull}\u0000${entry.label ?? ""}`) ?? 0) + 1);
  }
  const several = (pull: string, label: string | null): boolean => (listings.get(`${pull}\u0000${label ?? ""}`) ?? 0) >= 2;
  const sameWords = (a: Entry, b: Entry, pull: string): boolean => {
    const [one, other] = [changeWords(a.text), changeWords(b.text)];
    const shared = sharedWords(one, other);
    return shared >= 3 && shared >= (several(pull, a.label) ? 0.6 : 0.3) * Math.min(one.size, other.size);
  };
  return entries.filter((entry) => {
    const pulls = entry.prose ? [] : (entry.pulls ?? []);
    const earlier = pulls.map((pull) => [pull, told.get(pull)] as const);
    const again =
      pulls.length > 0 &&
      earlier.every(([pull, first]) => first !== undefined && first.label !== entry.label && (uncategorisedAgain(first, entry) || (sameWords(first, entry, pull) && !alsoFixes(first, entry)))) &&
      entry.kind !== "breaking" &&
      entry.kind !== "security" &&
      entry.kind !== "deprecation";
    if (!again) for (const pull of pulls) if (!told.has(pull)) told.set(pull, entry);
    return !again;
  });
}

// Words too common in changes to say which change it is.
const COMMON_WORD = /^(?:the|a|an|and|or|of|to|in|on|for|with|when|where|now|that|this|is|are|was|were|be|been|has|have|it|its|as|by|from|at|some|all|can|will|not|no|new|make|makes|made|fix|fixed|fixes|bug|bugs|add|added|adds|issue|issues|use|using|more|than)$/u;

/** What names a change: its code spans whole, and its other words (lower case, without a plural or past ending). */
function changeWords(text: string): Set<string> {
  const words = new Set<string>();
  const prose = text.replace(/`([^`]+)`/gu, (_, code: string) => {
    words.add(code.toLowerCase());
    return " ";
  });
  for (const word of prose.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}_-]*/gu) ?? []) {
    if (COMMON_WORD.test(word) || word.length < 3 || /^\d+$/u.test(word)) continue;
    words.add(word.replace(/(?:ing|ed|es|s)$/u, ""));
  }
  return words;
}

/** Two texts that say the same change: most of the shorter one's words are in the other, three at least. */
function saySameChange(a: Set<string>, b: Set<string>): boolean {
  const shared = sharedWords(a, b);
  return shared >= 3 && shared >= 0.6 * Math.min(a.size, b.size);
}

function sharedWords(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared;
}

/**
 * A "Highlights" section picks changes the lists below give again in other words ("The `-r/--replace` flag now works
 * with `--json`." and, under "Feature enhancements", "Make `-r/--replace` work with `--json`."): the highlight stays,
 * the listed repeat goes, so that no post shows it twice and "+N more" counts it once.
 */
function withoutRepeatedHighlights(entries: Entry[]): Entry[] {
  // The first highlights only: comparing each with each stays linear in the notes' length.
  const highlighted = entries.filter((entry) => !entry.prose && entry.kind === "highlight" && entry.label !== null && headingMeaning(entry.label) === "highlight").slice(0, MAX_HIGHLIGHTS);
  if (highlighted.length === 0) return entries;
  const picks = highlighted.map((entry) => ({ entry, words: changeWords(entry.text) }));
  const last = highlighted.at(-1)?.order ?? 0;
  const dropped = new Set<Entry>();
  for (const entry of entries) {
    if (entry.prose || entry.order <= last || entry.kind === "highlight") continue;
    const words = changeWords(entry.text);
    // The highlight that shares most words with it ("`widget3`" among highlights that all say "now defaults to").
    let pick: (typeof picks)[number] | null = null;
    let most = 0;
    for (const candidate of picks) {
      const shared = sharedWords(candidate.words, words);
      if (shared > most && !dropped.has(candidate.entry) && saySameChange(candidate.words, words)) [pick, most] = [candidate, shared];
    }
    if (!pick) continue;
    // A highlight that a breaking change or a security fix below says again goes: the urgent kind is what users must
    // read, under its own label. Any other repeat of a highlight goes.
    dropped.add(entry.kind === "breaking" || entry.kind === "security" ? pick.entry : entry);
  }
  return dropped.size === 0 ? entries : entries.filter((entry) => !dropped.has(entry));
}

/** How many highlights withoutRepeatedHighlights compares with the changes below them. */
const MAX_HIGHLIGHTS = 40;

const CHANGESETS_SECTION = /^#{2,4}[ \t]+(?:minor|patch) changes[ \t]*$/im;
const COMMITS_HEADING = /^(?:commits?|commit log)$/i;
// "List of all [NLog 6.0 Pull Requests](…/pulls?q=…)", "The full list of [closed issues](…)": a line whose words only
// introduce its link, to a list or a search the post cannot show.
const LIST_POINTER = /^(?:(?:a|the)\s+)?(?:full\s+|complete\s+)?list\s+of\s+(?:all\s+)?(?:the\s+)?\S[^\n]{0,80}$/iu;
const isTitledAdvisory = (text: string): boolean => {
  const words = clean(text);
  return advisoryIds(words).length > 0 && !isAdvisoryIdOnly(words);
};
const isListPointer = (block: Block): boolean => block.linkShare >= 0.5 && LIST_POINTER.test(cleanText(block.text));

// "@sveltejs/kit@3.0.0", "react-router@8.0.0": a package's release heading, as changesets writes it.
const PACKAGE_RELEASE = /^(?:@[\w.-]+\/)?[\w.-]+@v?\d+\.\d+/u;

/** Outside changesets, "Major Changes" are the big ones (Ant Design, NLog), not necessarily breaking ones. So are
 *  "Major changes and deprecations since 4.3.0": only words of breaking make them breaking. */
function majorChangesMeaning<M extends HeadingMeaning | null>(text: string, meaning: M, bumpSections: boolean): M | "highlight" {
  return meaning === "breaking" && /^major changes\b/i.test(text) && !/break|incompat|⚠|💥/iu.test(text) && !bumpSections ? "highlight" : meaning;
}

/**
 * Notes whose every change sits under a "Commits" heading (angular-cli's table of commits): there the commits are
 * the changes. Elsewhere a "Commits" section repeats the changes above it and is left out.
 */
function onlyUnderCommits(blocks: readonly Block[]): boolean {
  let commitsLevel = 0;
  // Other sections no post shows ("Special Thanks") hold no changes either.
  let droppedLevel = 0;
  let inside = false;
  for (const block of blocks) {
    if (block.kind === "heading") {
      const text = cleanText(block.text);
      if (commitsLevel > 0 && block.depth <= commitsLevel) commitsLevel = 0;
      if (droppedLevel > 0 && block.depth <= droppedLevel) droppedLevel = 0;
      if (commitsLevel === 0 && COMMITS_HEADING.test(text)) commitsLevel = block.depth;
      else if (droppedLevel === 0 && headingMeaning(text) === "drop") droppedLevel = block.depth;
      continue;
    }
    if (block.collapsed || (block.kind !== "item" && block.kind !== "paragraph") || !/[\p{L}\p{N}]/u.test(block.text)) continue;
    if (droppedLevel > 0 && commitsLevel === 0) continue;
    if (commitsLevel === 0) return false;
    inside = true;
  }
  return inside;
}

// A static site's front matter ("---\ndraft: false\ndate: …\n---") at the very start: page settings, no notes. A
// key's list may sit at the key's own indent ("highlights:\n- text: …"), as YAML allows.
// YAML may end it with its document-end marker "..." instead (Meson's docs pages).
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:[\w-]+:(?:[ \t][^\n]*)?\r?\n(?:(?:[ \t]+[^\n]*|-[ \t][^\n]*|-|[ \t]*)\r?\n)*){1,50}?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;
// Hugo's TOML front matter between "+++" lines, opening with a `key = value` setting or a `[table]`: all of it up to
// the closing "+++" is page settings (an array over several lines, a multi-line string included).
const TOML_FRONT_MATTER = /^\uFEFF?\+\+\+[ \t]*\r?\n(?=[ \t]*(?:[\w.\-"']+[ \t]*=|\[))(?:[^\n]*\r?\n){1,200}?\+\+\+[ \t]*(?:\r?\n|$)/u;

const withoutFrontMatter = (markdown: string | null | undefined): string | null | undefined => {
  if (markdown?.startsWith("---") || markdown?.startsWith("\uFEFF---")) return markdown.replace(FRONT_MATTER, "");
  if (markdown?.startsWith("+++") || markdown?.startsWith("\uFEFF+++")) return markdown.replace(TOML_FRONT_MATTER, "");
  return markdown;
};

/** `wanted`: how much of long notes the posts could use (see readMarkdown). */
/** `version`, where known, is the release's own ("7.0.0"); without it the newest version the notes name stands in. */
export function readNotesModel(markdown: string | null | undefined, wanted?: number, version?: string): NotesModel {
  const whole = withoutFrontMatter(markdown);
  // A file that goes on with the previous release ("-----" then "# 5.8.32"): only this release's part is its notes.
  const front = whole && version ? thisReleaseOnly(whole, version) : whole;
  const read = readMarkdown(front ? firstLanguageHalf(withoutListedByCredits(withGluedCreditsSpaced(front))) : front, wanted);
  const blocks = withoutBylines(withoutNamedCredits(withoutListCredits(read.blocks)));
  // Each item's own sub-items, by block index.
  const childItems = new Map<number, number[]>();
  for (const [index, block] of blocks.entries()) {
    if (block.kind === "item" && block.parent >= 0) childItems.set(block.parent, [...(childItems.get(block.parent) ?? []), index]);
  }
  // The notes set bold names over their changes as list items ("- **Compiler**" over its sub-items): a bold name with
  // nothing under it ("- **Parser**" under "Bug Fixes") is such a heading whose group is empty, never a change.
  const boldGroupHeads = blocks.some((block) => block.kind === "item" && block.strong && block.hasChildren && isLabelName(clean(block.text).replace(/[:：]$/u, "")));
  const commitsOnly = onlyUnderCommits(blocks);
  // A changesets file names its sections by bump; in long notes the "Minor Changes" may lie past what was read.
  const changesets =
    blocks.some((block) => block.kind === "heading" && /^(minor|patch) changes$/i.test(block.text.trim())) ||
    (read.truncated !== null && CHANGESETS_SECTION.test(markdown ?? ""));
  // Sections named by version bump: changesets' "Minor/Patch Changes", or a package's own "pkg@1.2.0" release.
  const bumpSections = changesets || blocks.some((block) => block.kind === "heading" && PACKAGE_RELEASE.test(block.text.trim()));
  // The parts of the page that a summary item points at and says in words of its own (not a bare link).
  const summarized = new Set(blocks.flatMap((block) => (block.kind === "item" && block.linkShare < 0.5 ? (block.anchors ?? []) : [])));
  const language = detectLanguage(blocks.map((block) => block.text).join("\n"));
  const phrases = phrasesFor(language);
  // The notes mark their breaking changes themselves (a section, "feat!:", "⚠️"): no guess from words adds one.
  // (A line that only says something is incompatible, "NOT compatible with 32-bit ARM systems", marks nothing.)
  const marksBreaking = explicitBreaks(blocks, (text) => headingMeaning(text) === "breaking", (text) => readItem(text).breaking && readItem(text).onlyIncompatible !== true);
  // The newest version the notes' headings and top-level paragraphs name ("Homebrew 4.3.0", "since 4.2.0"): the release.
  const releaseVersion = blocks
    .filter((block) => (block.kind === "heading" || block.kind === "paragraph") && block.parent === -1)
    .flatMap((block) => [...block.text.matchAll(/\bv?(\d+(?:\.\d+)+)\b/gu)].map((match) => match[1] ?? ""))
    .reduce<string | null>((newest, version) => (newest === null || compareVersions(version, newest) > 0 ? version : newest), null);
  // A major release ("7.0.0", "v3.0") is where a project moves users to a new runtime; unknown without a version.
  const release = version !== undefined && version.trim() !== "" ? version : releaseVersion;
  const major = release === null ? undefined : MAJOR_VERSION.test(release.trim());
  /** A note scoped to a version newer than the release ("As of 4.3.1: …", "Since v2.1.1, …"). */
  const laterThanRelease = (text: string): boolean => {
    const scoped = SCOPED_TO_VERSION.exec(text)?.[1];
    return scoped !== undefined && releaseVersion !== null && compareVersions(scoped, releaseVersion) > 0;
  };
  const entries: Entry[] = [];
  const stack: Section[] = [];
  let dropUntil: number | null = null;
  const topLevelParts = blocks.filter((block) => block.kind === "heading" && block.depth === 1).length >= 3;
  // The paragraphs that take a breaking heading's alarm back, by block index: no change, never shown.
  const disclaimers = new Set<number>();
  // Items of a migration section that break themselves, beside others that do not (migration-sections.ts).
  const migrationBreaking = new Set<number>();
  let countedOnly = 0;
  // What the nearest heading above the block names, folded or not.
  let nearestMeaning: HeadingMeaning | null = null;
  // A lead-in paragraph or bold line that labels the list right after it.
  let listLabel: ListLabel | null = null;
  // Items that may label their sub-items ("- Icon" then "  - 🔥 new icons"), by block index. If none of the
  // sub-items shows ("- Faster start" then "  - @someone"), the item is a change after all (`asEntry`).
  // `details`: the item says no change itself ("Release MobX 7, …"): its sub-items are the changes, a bare name
  // among them ("`observer`") an example.
  // `scope`: a conventional-changelog scope ("* **http1:**" over its commits): each sub-item is "http1: …", under the section.
  const labelItems = new Map<number, { label: string | null; meaning: HeadingMeaning | null; used: boolean; asEntry: Entry | null; details?: boolean; scope?: string; fromBody?: boolean }>();
  // The entry each shown item became, by block index, with what made it: a breaking marker in its body re-reads it.
  const itemEntries = new Map<number, { entry: Entry; text: string; parent: number; typed: boolean }>();
  // The change an item is part of: the outermost nested lead-in above it ("`x` est découpé en :" under "Détails :"), else
  // itself. The bullets under a change's own text ("Release MobX 7…" over "`Provider` and `inject` were removed") are
  // changes of their own, each counted; a top-level lead-in ("Bug fixes:", "**Core**:") only sorts the changes under it.
  const changeOf = (index: number): number => {
    let leadIn: number | null = null;
    for (let at = blocks[index]?.parent ?? -1; at >= 0; at = blocks[at]?.parent ?? -1) {
      if (labelItems.has(at) && ((blocks[at]?.depth ?? 0) >= 1 || leadsInNamedParts(blocks, at, clean))) leadIn = at;
    }
    return leadIn ?? index;
  };
  // Changes said by their own headings ("#### Fix config file search").
  const titledEntries = new Set<Entry>();
  // Items already shown inside the sentence that leads in to them.
  const consumed = new Set<number>();
  // Paragraphs of lines that translate the lines before them.
  const translatedBlocks = new Set<Block>();
  let paragraphs = 0;
  let proseSeen = 0;
  let order = 0;
  let headings = 0;

  const entry = (text: string, kind: Kind, label: string | null, prose: boolean, paragraph = -1, fluff = false): Entry => ({
    text: bounded(text),
    kind,
    label,
    order: order++,
    prose,
    paragraph,
    fluff,
    part: headings,
  });
  /** How many of an item's sub-items say a change: a reason ("…であるため") or a credit ("@voluntas") only explains. */
  const changesUnder = (index: number): number =>
    (childItems.get(index) ?? []).filter((child) => saysChange(withoutSideRemarks(clean(blocks[child]?.text ?? "")))).length;
  const add = (...args: Parameters<typeof entry>): void => {
    entries.push(entry(...args));
  };

  /** A breaking section that showed nothing (its content was a link: "Please refer to: [migration]") still says
   *  that the release breaks, and where to read how. One that held nothing (a template's empty "## Breaking
   *  Changes") says nothing. */
  const closeSection = (section: Section | undefined): void => {
    const parent = stack.at(-1);
    if (section?.held && parent) parent.held = true;
    if (section?.meaning !== "breaking" || !section.held || entries.length > section.entriesBefore) return;
    add(phrases.breakingSeeNotes, "breaking", null, true, ++paragraphs);
  };

  // The list item being read, or -1; its list, and whether the list's items open with titles, judged once per list.
  let current = -1;
  const lists = itemLists(blocks);
  /** A judgement of the list of the item being read, made once per list; false for a list of fewer than `fewest`. */
  const perList = (fewest: number, judge: (list: number[]) => boolean): (() => boolean) => {
    const judged = new Map<number[], boolean>();
    return () => {
      const list = lists.get(current);
      if (list === undefined || list.length < fewest) return false;
      let verdict = judged.get(list);
      if (verdict === undefined) {
        verdict = judge(list);
        judged.set(list, verdict);
      }
      return verdict;
    };
  };
  const siblingsTitled = perList(2, (list) => opensWithTitles(list.map((at) => withoutSideRemarks(clean(blocks[at]?.text ?? "")))));

  /** The list item being read is one of a list whose items each repeat their kind's word ("新增：…", "修复：…"), nearly
   *  all: that word is a label said once for the group ("新增：" then "• 调整…"), not a title to repeat per item. */
  const amongKindTagged = perList(3, (list) => list.filter((at) => opensWithKindWord(clean(blocks[at]?.text ?? ""))).length * 4 >= list.length * 3);

  // Per list: the first item that is a typed commit subject ("chore: update snapshot"), when most of its items are.
  const pastedFrom = new Map<number[], number>();
  /** The list item being read follows the first of the commit subjects that make up most of its list. */
  const amongPastedCommits = (): boolean => {
    const list = lists.get(current);
    if (list === undefined || list.length < 4) return false;
    let first = pastedFrom.get(list);
    if (first === undefined) {
      const typed = list.filter((at) => COMMIT_SUBJECT.test(blocks[at]?.text.trimStart() ?? ""));
      first = typed.length * 2 > list.length ? (typed[0] ?? -1) : -1;
      pastedFrom.set(list, first);
    }
    return first >= 0 && current > first;
  };

    /** A list item as an entry: its kind from its own words and from where it stands, and its label. */
  const itemEntry = (text: string, parent: number, fallback: Kind = "other", typed = false, breaking = false): Entry | null => {
    const reading = readItem(text);
    if (!reading.text.trim()) return null;
    const section = sectionKind(stack);
    const bumpOnly = section.bump && section.kind === "breaking" && labelItems.get(parent) === undefined && listLabel === null;
    const parentLabel = labelItems.get(parent);
    const outer = parentLabel ?? listLabel;
    const outerMeaning = outer?.meaning;
    // A lead-in item in a breaking section ("The following deprecated hooks are removed:") introduces breaking changes,
    // whatever kind its own words name.
    const leadInMeaning = parentLabel && section.kind === "breaking" && outerMeaning !== "security" ? "breaking" : outerMeaning;
    const fromOuter = leadInMeaning && leadInMeaning !== "generic" && leadInMeaning !== "drop" ? leadInMeaning : null;
    const context = fromOuter ?? (outer && "beside" in outer && outer.beside === true ? null : section.kind);
    // "Add ruff support" under "Features": the repository-upkeep patterns never file a feature or breaking change away.
    // (changesets' "Major/Minor Changes" name a version bump, not a kind: there the line's own words still say upkeep.)
    const own = (context === "feature" || context === "breaking") && !changesets && reading.pastUpkeep !== undefined ? reading.pastUpkeep : reading.kind;
    const named = kindsNamed(outer?.label ?? sectionLabel(stack));
    const mixed = named.size > 0 && !(outer && "catchAll" in outer && outer.catchAll === true);
    // "CVE 2023 45857" under "PRs" may be any release's fix: only a security section says it is this one's.
    if (context !== "security" && isAdvisoryIdOnly(reading.text)) return null;
    // A sign-off, a user's question or a tracker's topic where changes are listed is no change (no-change-items.ts); a
    // question filed or typed as a fix ("FIX: scipy indexing tripped up numpy?") names the bug it fixes.
    if (isNoChangeItem(reading.text, context, reading.kind === "fix")) return null;
    let kind: Kind;
    // What a long paragraph said changed, shown in its place.
    let lead: string | null = null;
    const inNotice = (): boolean => NOTICE_HEADING.test((outer?.label ?? sectionLabel(stack) ?? "").replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, "").trim());
    let removedInMajor = false;
    let removedApi = false;
    let upkeep = false;
    let disclaimed = false;
    // Under a fix section, a line that only says something was incompatible names the bug it fixes.
    if ((reading.breaking && !(reading.onlyIncompatible === true && context === "fix")) || breaking) kind = "breaking";
    // A row of Angular's table of commits says "fix" or "perf" itself, even below the "Breaking Changes" notes.
    else if (typed && own) kind = own;
    // A change whose own text says it is a security fix ("Security fix: …", "[security] …", "安全修复：…", "보안 수정: …")
    // is one under any heading: Wagtail titles its fixes so under "What's new", which would hide them as features.
    // (Under fixes, a lower-case commit scope "security: …" names the area changed; see closesHole below.)
    else if (own === "security" && reading.tagged === true && !(context === "fix" && LOWER_SCOPE.test(text.trimStart()))) kind = own;
    // A "Security updates" section's bump that names no hole is a dependency update ("依存ライブラリのアップデート：…").
    else if (context === "security" && own === "dependencies" && closedVulnerability(reading.text) === null) kind = own;
    // There, a change that points to the upgrade guide ("Adds SVG rasterizing - ([v6 upgrade guidance](…))") changes
    // what users must act on, whatever its words.
    else if (bumpOnly && UPGRADE_GUIDANCE.test(blocks[current]?.text ?? "")) kind = "breaking";
    // Under a label that names several kinds ("Major changes and deprecations since 4.3.0:"), a change's own words say
    // which of them it is ("`url do` blocks are deprecated"); a support taken away ("macOS Monterey (12) is no longer
    // supported") is what users must act on, and an addition ("`brew tab` is a new command") never breaks.
    // Under towncrier's "Deprecations and Removals" (or "Removals", "Removed"), public API that "was removed" or "has been
    // removed" is gone in this release, whatever its version: users of it must act. ("`x` is deprecated" stays one.)
    else if ((context === "removal" || context === "deprecation" || named.has("removal")) && removesApi(reading.text)) {
      kind = "breaking";
      removedApi = true;
      // Under "Removed" the notes' own word says what happened: "⚠️ Removed"; so does "⚠️ Expired deprecations".
      removedInMajor = context === "removal" || (context === "deprecation" && namesExpiredDeprecations(enclosingHeading(stack, "deprecation") ?? ""));
    }
    else if (mixed && own !== null && own !== context && (named.has(own) || (own === "feature" && context === "breaking"))) kind = own;
    else if (mixed && own === "removal" && saysMustAct(reading.text)) kind = "breaking";
    // A release step ("Start v7 pre-release", "Enter prerelease mode") under changesets' "Major Changes" breaks nothing.
    else if (RELEASE_STEP.test(reading.text)) kind = "internal";
    // changesets' "Major Changes" names the version bump: an addition there ("add astro template support") is a feature,
    // and only a change whose words say it breaks (removes, renames, deprecates, "instead of", a default) breaks.
    // A paragraph there ("Defer all DOM updates by an animation frame, this should…") is the author's account of a
    // major change, not a bullet's addition: it breaks, and what changed is its first clause.
    else if (bumpOnly && (own === null || own === "change") && isProseParagraph(reading.text)) {
      kind = "breaking";
      lead = leadClause(reading.text);
    }
    else if (bumpOnly && !breaksInWords(reading.text, own)) kind = own !== null && own !== "breaking" ? own : "change";
    // A step users must take to upgrade ("Statische Dateien … public/. Dies erfordert eine Änderung der
    // Webserver-Konfiguration.", "a database upgrade is required"), filed among the features or changes: whoever upgrades
    // without it meets a broken site, so it stands with the breaking changes.
    else if (context !== "breaking" && context !== "security" && context !== "fix" && own !== "fix" && !(own !== null && isNoise(own)) && requiresUpgradeStep(reading.text)) kind = "breaking";
    // A notice ("NOTE", "注意", "주의") that says data goes, a feature was removed or a step is required ranks with
    // breaking changes, said by the sentence that warns; one that only informs stays where it stood.
    else if (context !== "breaking" && inNotice() && warnsOfLoss(reading.text)) {
      kind = "breaking";
      lead = sentences(reading.text).find(warnsOfLoss) ?? null;
      // The notice's own word says it: "⚠️ NOTE".
      removedInMajor = true;
    }
    // "Drop Node 16" under "Changed", "now requires react-native-webview" in a list without sections: what users must
    // act on breaks, in any release, whatever the notes call it. (A fix, a chore and a bump stay what they are.)
    // A raised floor or a dropped module format is what users meet even typed as a chore ("chore: node >= `20.x`") or
    // filed under changesets' "Minor Changes" (its version bump, not a feature list that repeats the breaks).
    // (Not where the notes mark their breaking changes: "rollup, vite: Remove commonjs option overrides" among the
    // refactors of notes with a "⚠️ Breaking Changes" section is one the maintainer did not call breaking.)
    // (Nor a toolchain the project's own build drops, under "Project changes": project-sections.ts.)
    // (Nor a runtime dropped under the notes' "Deprecations": the maintainer told it as a deprecation, not a break.)
    else if (!marksBreaking && context !== "breaking" && context !== "security" && context !== "deprecation" && (context !== "feature" || changesets) && own !== "fix" && own !== "deprecation" && !namesProjectSection(outer?.label ?? sectionLabel(stack)) && (own !== null && isNoise(own) ? upkeepUsersMeet(reading.text) : mustActUnlabelled(reading.text))) kind = "breaking";
    // "To node24" under "Upgrades", "Run Action on Node 24" under "Changed" in a 7.0.0: every user must move with it.
    // (A bump or a chore that names a runtime stays one.)
    else if (context !== "breaking" && !(own !== null && isNoise(own)) && movesPlatform(reading.text, major)) kind = "breaking";
    // A major release's "Removed" section (Keep a Changelog's) is what users of it must act on: breaking, unless the
    // item only deprecates, is a chore or a bump, or says it breaks nothing.
    // ("Support for PHP 8.2" there names what went, not a feature.)
    else if (major === true && context === "removal" && (own === null || own === "removal" || own === "feature") && !onlyDeprecates(reading.text) && !disclaimsBreak(reading.text)) {
      kind = "breaking";
      removedInMajor = true;
    }
    // "This change is not expected to cause breaking impact" under "Breaking Changes": a change, not a breaking one.
    else if (context === "breaking" && own !== "breaking" && disclaimsBreak(reading.text)) {
      kind = "change";
      disclaimed = true;
    }
    // "`x` has been deprecated" under "API removals" or "Breaking changes": announced to go, shown after the breaks.
    else if ((context === "breaking" || context === "removal") && own === "deprecation" && onlyDeprecates(reading.text)) kind = own;
    // A squashed pull request's commit subjects pasted under "BREAKING CHANGES" ("chore: update snapshot", "test: migrate
    // to vitest"): each typed commit without "!" is what its type says; the breaking one says so itself.
    else if (context === "breaking" && own !== null && own !== "breaking" && COMMIT_SUBJECT.test(text.trimStart())) kind = own;
    // The untyped subjects among them ("Apply suggestions from code review", "Update .eslintrc.cjs") are commits of that
    // pull request too, not breaking changes; the note before the first typed one ("migrate to pure ESM") is.
    else if (context === "breaking" && !reading.breaking && amongPastedCommits()) kind = "internal";
    // "Support TLS cipher suite whitelisting", "Add `--client-crl-file` flag" under a "Security" heading: features of a
    // security topic, which close no hole and are no security fixes.
    else if (context === "security" && own === "feature" && closedVulnerability(reading.text) === null) kind = own;
    // Under "Behavior changes" a change is one of behaviour, ranked and labelled as the notes file it, unless its own words
    // say it breaks (behaviour-changes.ts).
    else if (context === "breaking" && !fromOuter && namesBehaviourChanges(enclosingHeading(stack, "breaking") ?? "") && !saysItBreaks(reading.text)) {
      kind = "change";
      disclaimed = true;
    }
    else if (context === "breaking" || context === "security") kind = context;
    // changesets name a section by its version bump: a change's own "feat:" or "Add…" says more than "Patch Changes".
    // (A patch bump takes away no API: "Remove the invalid `exports` field …" under "Patch Changes" is a fix.)
    // Unless it takes away an API or a platform's support ("Remove `useQueryEditor` hooks", "去掉vue2的兼容"): a removal,
    // whatever section files it (api-removals.ts).
    else if ((changesets ? context === "fix" || context === "feature" : context === "feature") && removesApiOrSupport(reading.text)) kind = "removal";
    else if (changesets && own !== null && !isNoise(own) && (context === "fix" || context === "feature")) kind = own === "removal" && context === "fix" ? "fix" : own;
    // Keep a Changelog lists breaking changes under "Changed" and "Removed": one that reads as breaking is one.
    else if (own === "breaking" && (context === "change" || context === "removal")) kind = own;
    // "Removed support for Python 3.9" under "Deprecations and Removals": a support dropped, not one announced to go.
    // (A runtime dropped under a plain "Deprecations" is what the maintainer told as a deprecation: it stays one.)
    else if (own === "breaking" && context === "deprecation" && saysMustAct(reading.text) && !disclaimsBreak(reading.text) && (named.has("removal") || !raisesPlatformFloor(reading.text))) kind = own;
    // "`g.TickGenerationMode` を廃止" under "機能追加", "Deprecate X" under "Added": a section that adds takes no removal.
    // (Removing a limit or a requirement is what the section says: a feature.)
    // "props: removal of deprecated connect and context APIs" under a major release's "Features": users of them must act.
    else if (major === true && context === "feature" && own === "removal" && saysMustAct(reading.text) && !LIFTS_LIMIT.test(reading.text)) kind = "breaking";
    else if (context === "feature" && (own === "removal" || own === "deprecation") && !LIFTS_LIMIT.test(reading.text)) kind = own;
    // "将配置中的`ShowModel`重命名为`TagsStyle`", "重构`API`接口响应格式" under "Refactor": a name or a format users
    // meet changed, which they must act on; no internal work.
    else if ((context === "internal" || own === "internal") && USER_FACING_REWORK.test(reading.text)) kind = "change";
    // "Deprecate GetApiInstance & add NewDefaultClient" under "Refactoring" or "Chores": a public entry point announced
    // to go is what its users must prepare for, whatever the section that holds it.
    else if (context === "internal" && own === "deprecation") kind = own;
    // "Support for Ruby older than 2.7.0 has been dropped" among a blog post's notable changes, "停止支持 Python 3.8"
    // under "新功能": a floor raised breaks, whatever the section that files it.
    else if (own === "breaking" && (context === "highlight" || context === "feature") && raisesPlatformFloor(reading.text)) kind = own;
    // "📌 Prompt 置顶功能" under "新功能": the icon only decorates (📌 is no project's word for docs); a section that names
    // a kind says more. Under a catch-all ("Other") the icon's kind is the better guess.
    // "i18n: add Japanese (ja) translation" under "Features": the project counts a new language among what it adds.
    else if (context === "feature" && own === "internal" && addsTranslation(reading.text)) kind = "feature";
    else if (own && isNoise(own) && !(reading.icon === true && context !== null && context !== "other")) kind = own;
    // "添加任务模板" under "Performance": a feature, shown as one (misfiled-features.ts).
    else kind = (context === "performance" ? misfiledUnderPerformance(reading.text) : null) ?? context ?? own ?? fallback;
    // A change that closes a hole ("Fix XSS in the preview (CVE-2024-1234)", "修复安全问题", "Security: escape …") is a
    // security fix, with or without a "Security" heading: under fixes, changes or other changes, and a bump that names
    // the hole. (A feature that hardens stays a feature; docs and chores stay what they are.)
    // Under a section of fixes, conventional-changelog's scope ("vuln: …", "security: …", "auth: …") names the area
    // changed, not the kind: only the words after it can call the fix a security fix.
    const scope = context === "fix" ? LOWER_SCOPE.exec(text.trimStart())?.[0] : undefined;
    // A security scope on a fix ("security: …" under fixes, "fix(security): …") makes a security fix of one whose words
    // name a hole or its guard ("prevent header injection"), and only of such a one (see security-scope.ts).
    const guarded = context === "fix" || own === "fix" ? securityScopeWords(text.trimStart()) : null;
    if (guarded !== null && (kind === "fix" || kind === "security")) kind = guardsAgainstHole(guarded) || closedVulnerability(guarded) !== null ? "security" : "fix";
    else if (closesHole(kind, own, scope ? text.trimStart().slice(scope.length) : reading.text, context === "fix")) {
      upkeep = isNoise(kind);
      kind = "security";
    }
    // "POSTs … are now rejected with `415`" in a 2.0.0, even under "Patch Changes": what users relied on is refused.
    if (major === true && kind !== "breaking" && kind !== "security" && !isNoise(kind) && nowRejects(reading.text)) kind = "breaking";
    // "First beta release of SDK v2 with support for…" under "Patch Changes": the release's headline, never a fix.
    else if (kind !== "breaking" && kind !== "security" && announcesFirstRelease(reading.text)) kind = "highlight";
    // "将`ShowModel`重命名为`TagsStyle`", "升级`vite`至`v8`版本" in a 7.0.0: users who upgrade meet it before any feature.
    const weighty = major === true && kind !== "breaking" && kind !== "security" && kind !== "fix" && (USER_FACING_REWORK.test(reading.text) || movesToolchainMajor(reading.text));
    if (weighty && isNoise(kind)) kind = "change";

    // A change of another kind than its section's wears its own kind's label: a CVE fix under "Bug Fixes" shows under
    // "Security", a "feat:" under changesets' "Patch Changes" under "Features". A part's label ("Server") stays.
    // Under "Upcoming changes", "Roadmap", "今後の予定": a plan, which breaks nothing yet and ranks after this release's
    // changes, under the notes' own heading (future-plans.ts).
    const ahead = outer?.label && plansAhead(outer.label) ? outer.label : [...stack].reverse().find((part) => part.heading !== undefined && plansAhead(part.heading));
    if (ahead !== undefined) kind = "other";
    const inForce = outer && "beside" in outer && outer.beside === true ? outer.label : (outer?.label ?? sectionLabel(stack));
    const refiled = kind !== context && ((mixed && kind !== "breaking" && !named.has(kind)) || (context === "breaking" && inForce !== null && BREAKING_WORD.test(inForce)) || (kind === "security" && inForce !== null && ![null, "security"].includes(headingMeaning(inForce))) || (changesets && !outer?.meaning && (context === "fix" || context === "feature")) || (bumpOnly && kind !== "breaking") || (context === "feature" && !outer && (kind === "removal" || kind === "deprecation")) || (context === "removal" && kind === "deprecation") || (context === "internal" && kind === "deprecation") || (context === "performance" && kind !== context));
    // A change under the notes' breaking heading that says it breaks nothing keeps the notes' own words over it
    // ("Breaking Changes"), never the stock "⚠️" label: the maintainer filed it there, the post does not call it breaking.
    // In the post's language ("破坏性变更" over Chinese changes), without the warning sign a breaking change wears.
    const heading = disclaimed && !outer ? enclosingHeading(stack, "breaking") : undefined;
    const ownHeading = heading === undefined ? undefined : frameLabel(unshouted(heading), language).replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u, "") || heading;
    let label = ownHeading ?? (refiled ? phrases.label(kind) : inForce);
    if (removedInMajor && label !== null && !BREAKING_WORD.test(label)) {
      // What a major release's "Removed" lists is gone: "⚠️ Removed: `TestCase::iniSet()`" says so, where "Breaking
      // changes: `TestCase::iniSet()`" would not say what happened to it.
      label = `⚠️ ${label}`;
    } else if (kind === "breaking" && (label === null || (!BREAKING_WORD.test(label) && (outer === null || outer === undefined || !section.fromBreaking)))) {
      // A breaking change always says so, with the part it is in: "⚠️ Breaking changes (@schematics/angular)".
      // The part only when it names one (a package, a module), not when it is a category ("🚀 Enhancements", "Updated").
      // (A heading that names a version, "Rails 7.2の注目ポイント", is the page's own title for a part of it, no part name.)
      const part = label !== null && label.length <= 30 && headingMeaning(label) === null && !(isCategoryName(label) && !/[^\p{Script=Latin}\s\p{P}]/u.test(label)) && !/\d\.\d/u.test(label) && !CATEGORY_TAIL.test(label) ? label : null;
      label = part === null ? phrases.label("breaking") : `${phrases.label("breaking")} (${part})`;
    } else if (kind === "breaking" && label !== null && outer && section.fromBreaking && !BREAKING_WORD.test(label)) {
      // A lead-in under the breaking section ("For v8, you will need to swap imports:") must still say it breaks
      // when a later thread post shows it without the section's heading.
      label = `${phrases.label("breaking")} \u2014 ${label}`;
    } else if (label === null && own !== null && context === null && (reading.tagged === true || /^[\w-]+(?:\([^)]*\))?!?:/.test(text) || amongKindTagged())) {
      // "feat: …" lines in a list without sections: group them as the prefixes say. Where every item repeats its kind's
      // word ("新增：…", "修复：…", "优化：…"), that word is the group's label, said once.
      label = (amongKindTagged() ? kindWordOf(reading.text) : null) ?? phrases.label(kind);
    }
    if (ahead !== undefined) label = typeof ahead === "string" ? ahead : (ahead.label ?? ahead.heading ?? null);
    const word = kindWordOf(reading.text);
    // Not in a list of titled items, where "Improvements: …" is one item's title among its siblings'.
    const said = word !== null && word === label && !siblingsTitled() ? reading.text.replace(KIND_PREFIX, "") : null;
    const made = entry(said ?? (underKindLabel(label, kind) ? (reading.untyped !== undefined ? underLabel(reading.text, reading.untyped, label) : withoutKindPrefix(reading.text, kind, label, siblingsTitled)) : typeSaidAgain(reading)), kind, label, false);
    if (lead !== null && lead.trim() !== "") made.text = bounded(lead.trim());
    // Under "Security" a fix's "security:" scope says the label again: it goes.
    else if (kind === "security" && label !== null && headingMeaning(label) === "security") made.text = withoutSecurityScope(made.text);
    // "BREAKING CHANGE for templates authors: …" under "⚠️ Breaking changes" says the label again (doubled-marks.ts).
    if (label !== null && ((kind === "breaking" && BREAKING_WORD.test(label)) || (kind === "security" && headingMeaning(label) === "security"))) made.text = withoutOwnMark(made.text, kind);
    if (kind === "security") made.text = withoutClosingAdvisoryIds(made.text);
    if (kind === "breaking" && context !== "breaking") made.markedBreaking = true;
    if (marksImportant(text)) made.important = true;
    if (weighty) made.weighty = true;
    if (removedApi) made.removedApi = true;
    if (ahead !== undefined) made.planned = true;
    if (upkeep) made.upkeep = true;
    if (isMiscSection(outer?.label ?? sectionLabel(stack))) made.miscSection = true;
    if (disclaimed) {
      made.disclaimed = true;
      made.text = withDisclaimer(made.text);
    }
    return made;
  };

  /** The item at `owner`, or the nearest one above it, that became a change. */
  const changeAbove = (owner: number): { entry: Entry; text: string; parent: number; typed: boolean } | undefined => {
    let at = owner;
    while (at >= 0 && !itemEntries.has(at)) at = blocks[at]?.parent ?? -1;
    return itemEntries.get(at);
  };

  /** A breaking marker under the item at `owner` (or the nearest item above it that became a change): the first makes
   *  that change breaking; a later one ("⚠️ BREAKING CHANGE: drops Safari < 16.4") is one more breaking change. */
  const markBreaking = (owner: number, marked: string): void => {
    const shown = changeAbove(owner);
    if (!shown) return;
    if (shown.entry.kind !== "breaking") {
      const reread = itemEntry(shown.text, shown.parent, "other", shown.typed, true);
      if (reread) Object.assign(shown.entry, { kind: reread.kind, label: reread.label });
      return;
    }
    const item = itemEntry(sentences(readItem(marked.replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, "")).text)[0] ?? "", shown.parent, "other", false, true);
    if (item) entries.push({ ...item, order: shown.entry.order + 0.5 });
  };

  /** A paragraph under the breaking change at `owner` that states a version floor ("mobx-react 10 requires MobX 7 and
   *  React 18 or later"): what every user must meet before anything else, one more breaking change. */
  const requiredBy = (owner: number, text: string): void => {
    const shown = changeAbove(owner);
    if (shown?.entry.kind !== "breaking") return;
    // A part's title joined to the sentence that repeats it ("mobx-react 10 mobx-react 10 requires …") is said once.
    const floor = sentences(text).find(statesRequirement)?.replace(/^(.{3,80}?) \1(?= )/u, "$1");
    const item = floor === undefined ? null : itemEntry(floor, shown.parent, "other", false, true);
    if (item) entries.push({ ...item, order: shown.entry.order + 0.5 });
  };

  /** A sub-item under the item at `owner` says only that its change breaks or closes a hole: that change is re-read
   *  so. Returns whether the line said so (and so is no change of its own). */
  const markedByDetail = (owner: number, text: string): boolean => {
    const breaks = onlySaysBreaking(text);
    const ids = breaks ? null : onlySaysSecurity(text);
    if (!breaks && ids === null) return false;
    let at = owner;
    while (at >= 0 && !itemEntries.has(at)) at = blocks[at]?.parent ?? -1;
    const shown = itemEntries.get(at);
    if (!shown || shown.entry.kind === (breaks ? "breaking" : "security")) return true;
    if (breaks) {
      const reread = itemEntry(shown.text, shown.parent, "other", shown.typed, true);
      if (reread) Object.assign(shown.entry, { kind: reread.kind, label: reread.label, markedBreaking: reread.markedBreaking });
      return true;
    }
    // "Fix path handling" then "  - This fixes CVE-2024-1234": "Fix path handling (CVE-2024-1234)", a security fix.
    const missing = (ids ?? []).filter((id) => !shown.entry.text.toUpperCase().includes(id.toUpperCase()));
    if (missing.length > 0) shown.entry.text = `${shown.entry.text.replace(/[.。]$/u, "")} (${missing.map((id) => id.toUpperCase()).join(", ")})`;
    if (shown.entry.kind === "breaking") return true;
    const label = shown.entry.label;
    const meaning = label === null ? null : headingMeaning(label);
    shown.entry.kind = "security";
    if (label !== null && meaning !== null && meaning !== "security" && meaning !== "generic" && meaning !== "drop") shown.entry.label = phrases.label("security");
    return true;
  };

  for (const [index, block] of blocks.entries()) {
    current = block.kind === "item" ? index : -1;
    const innermost = stack.at(-1);
    if (innermost && !innermost.held && holdsSomething(block)) innermost.held = true;
    if (block.kind === "heading") {
      nearestMeaning = headingMeaning(clean(block.text));
      headings += 1;
    }
    // "### Added" folded in a <details> (a blog's full changelog): its changes show in no post, but they are the
    // release's changes, counted in "+N more" as markdown.ts counts them when they lie past what was read.
    if (block.collapsed && block.kind === "item" && block.depth === 0 && nearestMeaning !== null && !["drop", "generic", "docs", "highlight"].includes(nearestMeaning)) countedOnly += 1;
    if (block.collapsed || disclaimers.has(index)) continue;
    // "53 authors added to this release (alphabetically):" over a list of names: a contributor roll, no change.
    // So is "Tested on:" over the devices and versions checked (tested-scopes.ts).
    if (block.kind === "paragraph" && block.parent === -1 && nextVisible(blocks, index)?.kind === "item" && (introducesRoll(sentences(block.text.trim()).at(-1) ?? "") || (/[:：]\s*$/u.test(block.text) && namesTestedScope(sentences(cleanText(block.text)).at(-1) ?? "")))) {
      for (const item of listAfter(blocks, index)) consumed.add(item);
      continue;
    }
    endHighlightsBefore(block, stack.at(-1));
    if (block.kind === "heading") {
      const level = block.depth;
      if (dropUntil !== null && level > dropUntil) continue;
      dropUntil = null;
      listLabel = null;
      // "How to Adapt: 🛠️": the icon after the colon decorates the title.
      const title = clean(block.text).replace(/[:：][\s\p{Extended_Pictographic}\uFE0F\u200D]*$/u, "");
      // "Go try out DataTree" names its change by what it invites readers to try: "DataTree".
      const invited = level >= 2 ? invitedTopic(title) : null;
      const text = invited ?? title;
      let meaning = text ? headingMeaning(text) : null;
      // "Release summary", "What's new - an overview": a part of the document, which frames changes and labels none.
      if (framesDocument(text)) meaning = "generic";
      // "Other Notable Enhancements": a secondary list, whose items rank after the main highlights'.
      else if (meaning === "highlight" && namesSecondaryList(text)) meaning = "feature";
      // "## 인스톨러", "## Installers", "## Downloads": how to get the release, which the post's link says.
      if (DOWNLOADS_HEADING.test(text)) meaning = "drop";
      // "### Initial release" over what the project is: no label, which would read as a change.
      else if (INITIAL_RELEASE.test(text)) meaning = "generic";
      // "Known regression" over "please use 3.8.1": a notice users must act on, neither dropped nor a change.
      const knownAct = KNOWN_ISSUES.test(text) && knownActNotice(blocks, index, level);
      if (knownAct) meaning = null;
      // "### Migration" over a list of what users must change: the release's breaking changes (migration-sections.ts).
      // Only the items that break themselves are breaking; the others (a feature, a step, a bump) are what they say.
      const breaks = migrationBreaks(text, itemsUnder(blocks, index));
      // The same heading over prose only ("## Upgrading from 2.x" then "The `output` option was renamed to `outDir`."):
      // a breaking part, whose sentences that name no change stay asides.
      const proseBreaks = breaks === null && itemsUnder(blocks, index).length === 0 && migrationProseBreaks(text, partSentences(blocks, index));
      const migration = breaks !== null || proseBreaks;
      if (breaks?.every(Boolean) || proseBreaks) meaning = "breaking";
      else if (breaks) {
        meaning = null;
        for (const [n, at] of itemBlocksUnder(blocks, index).entries()) if (breaks[n]) migrationBreaking.add(at);
      }
      // "### Breaking" over "We do not expect any breaking changes…": its items are what their own words say, and the
      // disclaimer before them names no change (disclaimed-sections.ts).
      // One with an exception ("…except the following:", "…, but the library API changed:") still breaks.
      const disclaimer = meaning === "breaking" ? sectionDisclaimer(partSentences(blocks, index)) : null;
      if (disclaimer !== null) {
        if (disclaimer === "flat") meaning = "generic";
        for (let at = index + 1; blocks[at]?.kind === "paragraph"; at += 1) disclaimers.add(at);
      }
      // "FontFile.to_imagefont()" over the paragraph that says what it does: one change, the name and that paragraph.
      const api = text !== "" && level >= 2 ? apiChange(text, blocks, index) : null;
      // "TL; DR", "At a glance": a summary's title names no change; what its part lists does.
      const change = !proseBreaks && (api !== null || (text !== "" && !knownAct && !introducesHighlights(text) && isChangeHeading(text, meaning, level, explaining(blocks, index), isTopic(stack, level, blocks, index), holdsChanges(blocks, index, level) || leadsInToList(blocks, index), sectionKind(stack).kind === "breaking")));
      // "### Notable Changes" then "### <a change>" at the same level: the empty category heads the changes after it.
      const heads = (section: Section): boolean => change && section.level === level && !section.change && entries.length === section.entriesBefore;
      while ((stack.at(-1)?.level ?? 0) >= level && !heads(stack.at(-1) as Section)) closeSection(stack.pop());
      // "Valkey 8.0.1 - Released Tue 1 Oct 2024:": the release's own header line, as a plain-text changelog writes it.
      // "Known Issues" are no changes of this release: never shown, never counted.
      // "IDE support" over "You don't need to update the plugin" says nothing changed: no change, no highlight.
      // "What's next for Gleam?", "Roadmap", "今後の予定": plans, not this release's changes.
      // "Additional Changes" over "This release includes the latest changes from v3.4.1": another release's changes.
      // "Credits", "Stats", a revision history over its dates: the page's scaffolding.
      // "Installing Nim 2.2.0" names the release too: how to get it, dropped with what it says.
      // "What is Tauri?", "How did we get to 2.0?", "Acknowledgements", "Trying out v8": a blog's background parts.
      // "Related", "See also" over links to other pages: no change of this release (link-titles.ts).
      // Only a part that says what its name does: else it tells how to use what another part announced.
      if ((level >= 2 && isRelatedHeading(text)) || ((invited !== null || (level >= 2 && asksWhy(text))) && keySentence(invited ?? text, partSentences(blocks, index)) === null)) {
        dropUntil = level;
        continue;
      }
      // A post whose parts are all top-level headings ("# Qu'est-ce Wails?", "# Leçons apprises") has no title among
      // them: its level-1 parts are read as any blog's parts are.
      const part = level >= 2 || topLevelParts;
      if (CREDITS_OR_STATS.test(text) || namesTestedScope(text) || (part && !migration && (isBackgroundHeading(text, partSentences(blocks, index)) || framesLaunchPost(text))) || (ABOUT_PROJECT.test(text) && part && !listUnder(blocks, index, level, true)) || (DOWNLOADS_HEADING.test(text) && !(commitsOnly && COMMITS_HEADING.test(text))) || (REVISION_HEADING.test(text) && onlyRevisionsUnder(blocks, index, level)) || (KNOWN_ISSUES.test(text) && !knownAct) || FUTURE_PLANS.test(text) || ((change || !isCategoryName(text)) && heldBack(explaining(blocks, index))) || saysNothingChanged(explaining(blocks, index)) || (isCategoryName(text) && includesOtherRelease(explaining(blocks, index)))) {
        dropUntil = level;
        continue;
      }
      // A part titled for the release without its version ("The next Vitest minor is here") opens a launch post: its
      // own paragraphs greet, thank and link; the parts after it say the changes.
      // So does its arrival line ("It's here!", "C'est là !").
      if (text && !HAS_VERSION.test(text) && (isReleaseTitle(text) || announcesArrival(text))) {
        dropUntil = 6;
        continue;
      }
      if (!text || VERSION_HEADING.test(text) || NATIVE_VERSION_HEADING.test(text) || isReleaseTitle(text) || titlesReleasePage(text, version) || isDateOnly(text) || isReleaseHeader(text) || isBoilerplateEntry(text)) continue;
      // A sub-heading under a change's own title ("Faster compile times" then "### Code loading bottlenecks") heads a
      // part of its explanation, as its paragraphs do: the title said the change. One that says a change ("Exposes
      // X", "New option for Y") or names a category ("Deprecations") is one more.
      if (stack.some((section) => section.change && section.level < level) && meaning !== "breaking" && meaning !== "security" && !saysChange(text) && !isCategoryName(text)) continue;
      // One that names the change's code again ("`useEffectEvent`" then "#### When to use `useEffectEvent`") tells
      // more of that change.
      if (stack.some((section) => section.change && section.level < level && section.code !== undefined && text.includes(section.code))) continue;
      // "## Full Changelog", "## 📝 Changelog" over the notes' only list: that list is the changes (kinds.ts reads the
      // words as a pointer to the full log, or as docs).
      if ((meaning === "drop" || meaning === "docs") && CHANGELOG_HEADING.test(text) && onlyListUnder(blocks, index, level)) meaning = "generic";
      if ((meaning === "drop" && !(commitsOnly && COMMITS_HEADING.test(text))) || ((meaning === null || meaning === "generic") && onlyNamesUnder(blocks, index, level))) {
        dropUntil = level;
        continue;
      }
      if (meaning === "drop") meaning = "generic";
      if (change) {
        // Hand-written notes title each change and explain it below: the title is the change, the rest its details.
        // A titled change ("Procedural macros") is a highlight, one that says what it does ("Keep empty imports")
        // an ordinary change, unless its words or its section say otherwise.
        // A title that only names a kind of change ("New experimental features", "Performance: speed-up", "성능: 속도
        // 향상") heads its part: the part's first sentence says the change.
        // A title that only names a topic ("Mobile Support", "🔐 Tap trust") is said with the sentence of its part that
        // says what was done: a bare title tells a reader nothing. (One naming code names the change.)
        // (A longer title, "Path traversal in the permission model via symlinks", already says its change.)
        // (A code name under an area, "Widgets: `Fill`", "Buffer: `CellWidth` trait", names a thing, not what changed.)
        // Inside a part labelled by its own topic ("Vet" over "References to loop variables") the label says the topic
        // already, and its prose explains the tool, not a change to show on its own.
        const inTopicPart = stack.some((section) => !section.change && section.label !== null && section.meaning === null);
        const topicOnly = !inTopicPart && api === null && !CHANGE_VERB.test(text) && (!/`/u.test(text) || AREA_THEN_CODE.test(text)) && !PR_TITLE.test(text) && text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length <= 4;
        const inSeries = topicOnly && titlesAreaInSeries(text, blocks.filter((other) => other.kind === "heading" && other.depth === level).map((other) => other.text));
        const keyed = topicOnly ? (keySentence(text, partSentences(blocks, index)) ?? describingSentence(text, partSentences(blocks, index)) ?? (inSeries ? areaKeySentence(partSentences(blocks, index)) : null)) : null;
        // A teaser title ("What's in an angle? The truth! Fixed camera angles") is said by what follows its teaser
        // when that names the change, else by the part's sentence that says it, else by the question's topic.
        const teaser = api === null ? splitTeaser(withoutTitleIcon(text)) : null;
        const saidWithoutTeaser = teaser === null ? null : CHANGE_VERB.test(teaser.rest) || /`/u.test(teaser.rest) ? teaser.rest : (keySentence(teaser.topic, partSentences(blocks, index)) ?? teaser.topic);
        // A bare topic of an article's top level over titled parts ("Language and Standard Library" over "Macros",
        // "Parameter packs") is a chapter, a table of contents' entry: its parts say the changes, its title none.
        // So is an area's title in a series ("SIG Scale and Performance") whose part says no change in a sentence of its
        // own. (A series of what was done, "Removed CLI commands", "Removed APIs", titles changes.)
        const chapter = topicOnly && keyed === null && teaser === null && ((level <= 2 && subHeadingsUnder(blocks, index, level) >= 2) || (inSeries && !SAYS_DONE_FIRST.test(text)));
        const told = saidWithoutTeaser ?? api ?? sentenceSayingTitle(withoutTitleIcon(text), explaining(blocks, index)) ?? (!/`/u.test(text) && namesOnlyAKind(withoutTitleIcon(text)) ? firstChangeSentence(blocks, index) : null) ?? (keyed === null ? null : titledWithKey(text, keyed));
        const item = chapter ? null : itemEntry(told ?? titleWithPoint(withoutTitleIcon(text), partSentences(blocks, index)), -1, CHANGE_VERB.test(text) ? "other" : "highlight");
        if (item) securedByExplanation(item, blocks, index, phrases.label("security"));
        // A part whose opening calls it the release's headline ("A very much awaited part of this release is…") leads.
        if (item && callsHeadline(partSentences(blocks, index).slice(0, 2).join(" "))) item.important = true;
        // The notes' summary list already said it, with what it does ("Persistent cache: improves hot start…").
        // So did a listed change that the title names again with another verb ("Add Lazy loading config", then
        // "### Enabling lazy load" over how to turn it on): the title heads its explanation.
        // (Only the change right before, listed, not titled itself: "Fix config file search" and a later
        // "Improve config file search" are two changes.)
        // Said by its title, whether or not the key sentence says the item.
        const titleText = withoutTitleIcon(text);
        const titled = changeWords(titleText.replace(/^\S+\s+/u, ""));
        const last = entries.at(-1);
        const lastTitled = last !== undefined && titledEntries.has(last);
        // A summary item that links to this part ("[**Dynamic `prevent_destroy`**](#prevent_destroy-can-now-be-set-dynamically):
        // …") said it already; the part tells it again at length.
        const said =
          item !== null &&
          (summarized.has(headingAnchor(text)) || entries.some((earlier) => !earlier.prose && [item.text, titleText].some((said) => earlier.text.startsWith(`${said}:`) || (!titledEntries.has(earlier) && listedWithVerb(earlier.text, said)))) || entries.some((earlier) => !earlier.prose && !titledEntries.has(earlier) && summaryItemNamesPart(earlier.text, titleText, item.text)) || (last !== undefined && !last.prose && !lastTitled && titled.size >= 2 && sharedWords(titled, changeWords(last.text)) === titled.size));
        // "Stdlib の更新" over its list titles a category: the list says the changes, the title none.
        if (item && !said && !titlesAreaList(text, listUnder(blocks, index, level), partSentences(blocks, index))) {
          item.titled = true;
          entries.push(item);
          titledEntries.add(item);
        }
        const code = /`[^`]+`/u.exec(text)?.[0];
        stack.push({ level, label: sectionLabel(stack), meaning: null, entriesBefore: entries.length, change: true, ...(code === undefined ? {} : { code }), ...(item && !said ? { item } : {}) });
        continue;
      }
      // Outside changesets, "Major Changes" are the big ones (Ant Design, NLog), not necessarily breaking ones. So are
      // "Major changes and deprecations since 4.3.0": only words of breaking make them breaking.
      meaning = majorChangesMeaning(text, meaning, bumpSections);
      // A question labels nothing, nor a title that only names the notes ("Changelog", "更新日志", "変更履歴").
      let label = (QUESTION.test(text) && meaning === null) || NAMES_THE_NOTES.test(text) ? null : (kindInForms(text, language)?.label ?? displayLabel(text, meaning, phrases, changesets));
      if (meaning === "breaking" && BREAKING_FOR.test(text) && blocks[index + 1]?.kind === "paragraph") {
        // Whom it concerns, its prose says again ("For anyone using firmware < 26.1.1, …"): the kind's own label. (Over
        // a list, "Breaking changes in the CLI" names the part its items are in.)
        label = phrases.label(meaning);
      } else if (label !== null && !isShortLabel(label) && meaning !== null && meaning !== "generic" && isCategoryPhrase(text)) {
        // A long name of a category ("Removals and backward incompatible breaking changes") labels by its kind.
        label = phrases.label(meaning);
      } else if (label !== null && !isShortLabel(label)) {
        // A title that reads as a sentence ("Textual 0.18.0 adds API for managing concurrent workers") would repeat
        // above every post: it says a change once, and labels nothing.
        label = null;
        if (!OPENER.test(text) && proseScore(text) > 0) add(text, meaning !== null && meaning !== "generic" ? meaning : (sectionKind(stack).kind ?? "highlight"), null, true, ++paragraphs);
      }
      if (GREETING.test(text)) label = null;
      // "#### 破坏性说明" (breaking notes) under "### 破坏性修改": a part of that section, which shows under the section's own
      // words rather than the kind's stock name ("⚠️ 破坏性变更"), or one thread would name the kind two ways.
      const parent = stack.at(-1);
      if (label !== null && label !== text && meaning !== null && meaning !== "generic" && label === phrases.label(meaning) && parent?.meaning === meaning && parent.label !== null && !parent.change) label = parent.label;
      label = withParentKind(label, meaning, level, stack);
      stack.push({
        level,
        label,
        meaning,
        heading: text,
        entriesBefore: entries.length,
        change: false,
        ...(meaning === "breaking" && bumpSections && /^major changes$/iu.test(text.trim()) ? { bump: true } : {}),
        asked: (QUESTION.test(text) && meaning === null && !ASKS_WHAT_IT_IS.test(text)) || GREETING.test(text),
        ...(knownAct ? { known: true } : {}),
        advice: ADVICE_PART.test(text),
        frames: framesDocument(text),
        audience: meaning === null && namesAudience(text),
        highlights: meaning === "highlight" && leadsInToHighlights(text) && highlightParagraphsUnder(blocks, index, level),
        ...(/[:：]\s*$/u.test(block.text) ? { colon: true } : {}),
      });
      continue;
    }
    // The details under a change's own heading: the heading said it. A breaking note among them ("> **Breaking
    // Change:** …") says that change breaks, as a breaking section would.
    const titled = stack.at(-1);
    if (titled?.change) {
      // So does a paragraph that only says it ("This is a [breaking change](…).", "这是一个破坏性变更。"), as a blog writes it
      // at the end of the part that explains the change.
      if (titled.item && block.kind === "paragraph" && block.parent === -1 && (opensWithBreakingLabel(clean(block.text).replace(GITHUB_ALERT, "")) || onlySaysBreaking(clean(block.text)))) Object.assign(titled.item, { kind: "breaking", label: phrases.label("breaking") });
      continue;
    }
    if (dropUntil !== null || block.kind === "dropped") continue;
    // "- [v2.0.0](…/tree/v2.0.0)" over its changes: the release line of a changelog listed by version, linked to its
    // tree; its sub-items are the changes, under the section's label.
    if (block.kind === "item" && block.hasChildren && block.depth === 0 && isVersionLine(clean(block.text))) {
      labelItems.set(index, { label: null, meaning: null, used: false, asEntry: null });
      continue;
    }
    // A line that is only a link ("[GitHub release](…)", "**[Blog post](…)**") pointed at a page a post cannot show.
    // An advisory's titled link ("[CVE-2026-41316: ERB guard bypass](…)") is the fix itself, named by its page.
    const pointer = (block.linkShare >= 0.9 && !isTitledAdvisory(block.text)) || isListPointer(block) || (pointsElsewhere(blocks, index) && !isTitledAdvisory(block.text));
    if (pointer && !linkedLeadIn(blocks, index)) continue;
    const next = nextVisible(blocks, index);

    if (block.kind === "paragraph") {
      // Under a kind's heading, a paragraph of lines that each say a change ("添加 X" / "添加 Y") lists them without
      // markers: each line is an item. The same lines again in the other language right after are their translation.
      const lines = lineItems(block);
      if (lines !== null && sectionKind(stack).kind !== null && !stack.at(-1)?.asked && !stack.at(-1)?.audience) {
        listLabel = null;
        const after = blocks[nextContent(blocks, index)];
        const twin = after?.kind === "paragraph" ? lineItems(after) : null;
        const dropped = twin === null ? null : translatedRun(lines, twin, language);
        if (dropped === "second" && after) translatedBlocks.add(after);
        if (dropped === "first" || translatedBlocks.has(block)) continue;
        for (const line of lines) {
          const item = itemEntry(line, -1);
          if (item) entries.push(item);
        }
        continue;
      }
      // "**备注：** 数据库升级脚本：" over a code block, "Migration steps:" over a table: lead-ins to what no post shows
      // go with it. (A sentence that leads in, "Run this SQL to migrate:", still says users must act.)
      if (next?.kind === "dropped" && block.parent === -1 && /[:：]$/u.test(clean(block.text))) {
        // Under a breaking heading, "Remove the following deprecated APIs:" over their table is one breaking change,
        // counted by its rows.
        const removed = next.dropped === "table" && sectionKind(stack).kind === "breaking" ? removedListChange(clean(block.text), next.rows ?? 0, language) : null;
        const item = removed === null ? null : itemEntry(removed, -1, "breaking", false, true);
        if (item) {
          entries.push(item);
          continue;
        }
        let said = clean(block.text);
        while (LEAD_IN_TAIL.test(said)) said = said.replace(LEAD_IN_TAIL, "").trim();
        if (!said) continue;
      }
      if (isBoldTitled(block)) {
        listLabel = null;
        const item = itemEntry(boldTitledChange(block), -1);
        if (item) entries.push(item);
        continue;
      }
      let text = clean(block.text);
      if (block.parent >= 0) {
        // A bold label at the end of an item ("- Add X" then "  **Fixes**") labels the items after that item.
        if (block.strong && isLabelLike(text) && next?.kind === "item" && next.parent !== block.parent && next.depth <= (blocks[block.parent]?.depth ?? 0)) {
          const label = text.replace(/[:：]$/u, "");
          listLabel = labelSaying(label);
        }
        // A bold label in a release line's body over the items under it (changesets' "- abc123: ## v0.13.5" then
        // "**New features**", "**Bug fixes**"): it labels them, as the item's own title would have.
        const bodyOf = labelItems.get(block.parent);
        if (bodyOf && (bodyOf.label === null || bodyOf.fromBody === true) && block.strong && isLabelLike(text) && next?.kind === "item" && next.parent === block.parent) Object.assign(bodyOf, labelSaying(text.replace(/[:：]$/u, "")), { fromBody: true });
        if (BODY_BREAKING_MARK.test(text)) markBreaking(block.parent, text);
        else if (!markedByDetail(block.parent, text)) requiredBy(block.parent, text);
        continue; // an item's further paragraphs: its first one says what it is
      }
      if (isQuotedPromo(block, text) || isPlaceholder(text) || (block.quoted && opensPart(blocks, index) && !GITHUB_ALERT.test(text) && isEpigraph(text, language, { notes: markdown ?? "", opensRelease: opensRelease(blocks, index) }))) continue;
      const alert = GITHUB_ALERT.exec(text);
      if (alert?.[1]) text = text.slice(alert[0].length);
      // "***IMPORTANT:*** This release changes…", "**Note:** …": the marker is the notes' emphasis, never the post's words;
      // what follows says what it is (breaking when it says so).
      const marker = ALERT_WORD.exec(text);
      const advises = marker !== null && isAdvisory(text);
      if (marker && marker[0].length < text.length) text = text.slice(marker[0].length);
      if (!text || /^\[\^[^\]]+\]:/.test(block.text.trim()) || ADMONITION.test(block.text.trim())) continue;
      // "🚀 **Release Notes: Widget v0.2.1**": the notes' title, which the opener says.
      if (block.parent === -1 && isReleaseTitle(text)) continue;
      // A sentence leading in to a list of a few short items is one paragraph that names them ("…in order to
      // address: 1 high severity issue, 1 medium severity issue").
      // "The following cases have been deprecated..." right before its list leads in to it as a colon would.
      if (next?.kind === "item" && /(?:\.\.\.|…)$/u.test(text) && LIST_LEAD_IN.test(sentences(text).at(-1) ?? "")) text = text.replace(/(?:\.\.\.|…)$/u, ":");
      const run = next?.kind === "item" ? listAfter(blocks, index) : [];
      // "Security fixes for" over a list of advisory ids (their bare addresses, read as ids): one security fix that
      // counts them and, when they fit, names them; an id alone on a line tells a reader nothing.
      const ids = run.length >= 2 && run.every((item) => !blocks[item]?.hasChildren && isAdvisoryIdList(clean(blocks[item]?.text ?? ""))) ? run.map((item) => clean(blocks[item]?.text ?? "").replace(/[.。]$/u, "")) : [];
      if (ids.length > 0) {
        for (const item of run) consumed.add(item);
        const counted = `${text.replace(/\s*[:：]$/u, "")} ${String(ids.length)} advisories`;
        const named = `${counted}: ${ids.join(", ")}`;
        text = named.length <= ADVISORY_LIST_ROOM ? named : counted;
      }
      // "Here are some resources for Helm 3:" over "[Docs](…)", "[FAQ](…)", "[#helm-users](…) to chat": a list of pages
      // whose links no post can show. Most of its items are only a link, the rest open on one: lead-in and list go.
      if (/[:：]$/u.test(text) && !CHANGE_VERB.test(text) && isLinkList(blocks, run)) {
        for (const item of run) consumed.add(item);
        continue;
      }
      // A list of bare links ("[nursery/noDoneCallback](…)") is gone from any post: a lead-in that names a change
      // ("The new rules are:") keeps their names, or it would stand alone.
      const linkedNames = run.length > 0 && run.every((item) => (blocks[item]?.linkShare ?? 0) >= 0.9) && proseScore(text) > 0;
      // A lead-in that names no change ("These are changes that require you to update your code:") leaves its items
      // changes of their own.
      const intro = isListIntro(sentences(text).at(-1) ?? "");
      const problems = next?.kind === "item" && /[:：]$/u.test(text) && introducesProblems(sentences(text).at(-1) ?? "");
      if (/[:：]$/u.test(text) && next?.kind === "item" && !block.strong && !intro && !problems && (!isLabelLike(text) || linkedNames)) {
        const list = inlineList(run, (item) => clean(blocks[item]?.text ?? ""));
        if (list !== null) {
          for (const item of run) consumed.add(item);
          text = `${text} ${list}`;
        }
      }
      // A lead-in over names that say nothing alone ("…supports the following host platforms:" over "`a`", "`b`"; "The
      // scope of v1 includes:" over "The compiler."): one change with them, in any section.
      if (/[:：]$/u.test(text) && run.length > 0 && !consumed.has(run[0] as number) && !block.strong && !intro && !problems && !linkedNames && (!isLabelLike(text) || pointsAtNames(text))) {
        const named = leadInWithNames(text, run.map((item) => (blocks[item]?.hasChildren ? "" : clean(blocks[item]?.text ?? ""))));
        if (named !== null) {
          for (const item of run) consumed.add(item);
          text = named;
        }
      }
      // A sentence that says a change and then leads in to what a page covers ("This release changes the default
      // protocol…; if you use modules, see the notes, which include:" then "the purpose of RESP3", "how to stay on
      // RESP2"): the list elaborates that sentence and names no change of its own, so it goes, and so does the lead-in's
      // last clause, which would end mid-sentence once its pointer is gone.
      const leadIn = /[:：]$/u.test(text) ? text : /[:：]\s*$/u.test(block.text) && !/[.!?。！？]$/u.test(text) ? `${text}:` : null;
      if (leadIn !== null && run.length > 0 && !consumed.has(run[0] as number) && !block.strong && !intro && !problems && !isShortLabel(leadIn.replace(/[:：]$/u, "")) && run.every((item) => !saysChange(clean(blocks[item]?.text ?? "")))) {
        const said = withoutDanglingLeadIn(leadIn, undefined, false);
        if (saysChange(said) || proseScore(said) > 0 || SAYS_CHANGED.test(said)) {
          for (const item of run) consumed.add(item);
          text = said;
        }
      }
      // A bold line or a lead-in right before a list labels that list.
      let leadLabel: ListLabel | null = null;
      // "This has multiple problems:" over a list: what was wrong before the change, which the prose after it names.
      if (problems) {
        leadLabel = { label: text.replace(/[:：]$/u, ""), meaning: "drop", problems: true };
        text = sentences(text).slice(0, -1).join(" ");
      } else if ((block.strong && isLabelLike(text)) || (/[:：]$/u.test(text) && next?.kind === "item") || plainHeading(block, text, next)) {
        const label = text.replace(/[:：]$/u, "");
        if (block.strong || isShortLabel(label) || plainHeading(block, text, next)) {
          // "**Known issues:**" over a list: what this release did not change.
          listLabel = KNOWN_ISSUES.test(label) ? { label, meaning: "drop" } : plainHeading(block, text, next) ? plainLabel(label) : pointsAtHeadline(label) ? { label: phrases.label("highlight"), meaning: "highlight", headline: true } : leadInLabel(label, phrases);
          // "Security:" then "Command-line API:", each over its list: the second is the first's sibling, so a label
          // that names no kind leaves its changes to say their own ("has been replaced by" breaks).
          // "Security:" then "Changes:": a label that only names the notes is that sibling too, not more of "Security".
          if (listLabel === null && block.parent === -1 && !block.quoted && stack.at(-1)?.colon === true) listLabel = { label: null, meaning: "generic" };
          if (listLabel !== null && (listLabel.meaning === null || listLabel.meaning === "generic") && block.parent === -1 && !block.quoted && stack.at(-1)?.colon === true) listLabel.beside = true;
          // "**Major Changes**" over a list: the big ones, as under a heading of that name.
          if (listLabel?.meaning === "breaking" && majorChangesMeaning(label, "breaking", bumpSections) === "highlight") listLabel = { label, meaning: "highlight" };
          // A generator's wording of a kind in bold ("**Implemented enhancements:**", "**Fixed bugs:**") says its kind's
          // label, as it does as a heading (label-forms.ts).
          const formed = listLabel?.label ? labelInPlaceOf(label, listLabel.meaning ?? null, (kind) => phrases.label(kind)) : null;
          if (listLabel && formed) listLabel = { ...listLabel, label: formed.label };
          continue;
        }
        // A long lead-in is no label: its sentences before the last are prose, and the last ("Here are some
        // highlights:") labels the list only by the kind it names.
        const parts = sentences(label);
        const last = parts.pop() ?? "";
        const meaning = stack.at(-1)?.advice === true ? null : introMeaning(last);
        if (pointsAtHeadline(last)) leadLabel = { label: phrases.label("highlight"), meaning: "highlight", headline: true };
        else if (meaning !== null && meaning !== "generic" && meaning !== "drop") leadLabel = { label: phrases.label(meaning), meaning };
        text = parts.join(" ");
      }
      listLabel = leadLabel;
      text = withoutDanglingLeadIn(text, next, false);
      // "これを次のように1行で書ける…", "You can now write it like this.": a sentence that shows by the example after it
      // says nothing once the example is gone.
      if (blocks[index + 1]?.kind === "dropped" && blocks[index + 1]?.dropped === "code") {
        const parts = sentences(text);
        if (POINTS_AT_EXAMPLE.test(parts.at(-1) ?? "")) text = parts.slice(0, -1).join(" ");
      }
      if (!text) continue;
      // Right under "Release highlights", a paragraph tells one highlight: its first sentence says it, as an item.
      // One that names no change ("The view groups the records by shaft…") tells more of the highlight before it.
      const highlights = stack.at(-1);
      if (highlights?.highlights === true && !block.quoted && leadLabel === null) {
        const highlight = highlightOf(text);
        const item = highlight === null ? null : itemEntry(highlight, -1, "highlight");
        if (item) entries.push(item);
        if (item || entries.length > highlights.entriesBefore) continue;
      }
      // A quoted note beside the changes ("> Threads are off by default") is a side remark.
      // So is what a question's part tells ("How did we get to 2.0?"): after the changes, the titled ones included; and
      // what a part for some readers tells them ("For Developers": "The `master` branch cannot be built…").
      const fromSection = block.quoted || stack.at(-1)?.asked === true || stack.at(-1)?.audience === true ? "other" : sectionKind(stack).kind;
      const label = block.quoted ? null : sectionLabel(stack);
      paragraphs += 1;
      const advisory = advises || isAdvisory(sentences(text)[0] ?? "");
      // A known problem that tells users what to do ("Known regression: … please use 3.8.1") ranks as a notice
      // does, with the breaking changes: users who upgrade must act on it.
      const mustAct = (titled?.known === true || opensAsKnownProblem(text)) && tellsToAct(text);
      // Under its heading, the paragraph's own "Known regression:" would say it twice.
      if (titled?.known === true && label !== null && opensAsKnownProblem(text)) text = withoutKnownLabel(text);
      let shownInParagraph = false;
      // After a sentence that says what the project is, one that goes on about "it" ("It works seamlessly with…") says
      // more of the same.
      let defined = false;
      let forNewcomers = false;
      for (const said of sentences(text)) {
        proseSeen += 1;
        if (defined && /^(?:it|its|it's)\b/iu.test(said.trim()) && !SAYS_DONE.test(said)) continue;
        // A paragraph that opens by addressing newcomers ("If you're new here: …") tells them what the project is; a
        // sentence of it that says what this release did ("This release adds incremental builds") is the release's.
        if (forNewcomers && tellsNewcomers(said)) continue;
        forNewcomers ||= addressesNewcomers(said);
        defined = definesProject(said);
        const opening = proseSeen <= 4 && stack.length === 0;
        // The notes' own "X is out!" in their first lines: the opener of the post says it. What they say of the
        // release by its version ("`2.6.0` is a minor release centered on X") is said without the version, or not at all.
        // ("We've just uploaded mypy 1.20.0 to PyPI", "나빌 입력기 2.1을 릴리즈합니다.") A sentence that leans on the one
        // before it ("Additionally, …", "此外，…") stands alone only when it names a change, and then without its lean:
        // the post may show it first, or without the sentence it leaned on.
        const version = opening ? withoutVersionSubject(withoutAnnouncingClause(said)) : said;
        const alone = version === null ? null : standingAlone(version);
        // One that names a change reads on after a sentence of its paragraph that is shown (layout keeps them together).
        const own = alone !== null && shownInParagraph ? version : alone;
        // Opening its paragraph's shown part, a sentence must state its change by itself: "为此，我们引入了 X" without its
        // "for this"; one that points back, tells history, leads in or fills is shown only when nothing else is. (After a
        // shown sentence only a lead-in or filler is: the rest reads on.)
        const stated = own === null ? own : shownInParagraph ? (onlyFrames(own) ? null : own) : statedChange(own);
        const framing = own !== null && stated === null;
        const told = framing ? own : stated;
        const sentence = told === null ? null : withoutTallyClauses(told, blocks[index + 1]?.kind === "heading");
        // A line that only names kinds of change ("機能追加 / 非推奨機能の追加") labels nothing here: never shown alone.
        // "Released on 2019-10-26." opening a paragraph: the release's date, which the post never needs. What the
        // project is ("Mypy is a static type checker for Python.") is no change, unless a question asks it ("What is X?").
        if (sentence === null || (opening && announcesRelease(sentence)) || isBoilerplateEntry(sentence) || namesOnlyKinds(sentence) || namesOnlyWorkDone(sentence) || onlyCountsChanges(sentence) || isReleaseMetadata(sentence) || (definesProject(sentence) && stack.at(-1)?.asked !== true) || isSideTalk(sentence)) continue;
        // Its worth is what the notes said: a version is a change's word ("0.113.0"), "This release" is none.
        const score = proseScore(said);
        // A sentence about a vulnerability or a breaking change is that, wherever it stands.
        // One that talks about the release or the post ("There are many more changes, including … breaking changes")
        // names none, whatever kinds it mentions.
        const about = talksAboutRelease(sentence);
        // "This is the last release to support Go 1.23" talks about the release, and is what its users must plan for.
        const windowed = movesSupportWindow(sentence);
        // "Existing installs need the admin DB upgrade after the files": a step users must take to upgrade.
        const upgradeStep = requiresUpgradeStep(sentence) && readItem(sentence).kind !== "fix";
        const urgent = windowed || upgradeStep ? "breaking" : about ? null : readItem(sentence).kind === "security" && !speaksOfBreakingInGeneral(sentence) ? "security" : saysBreaking(sentence) && !speaksOfBreakingInGeneral(sentence) ? "breaking" : null;
        // Under a breaking heading, a sentence that names no change (why, for whom, "read the section below") is no
        // breaking change of its own: the one that names what changed is.
        // What to do about the change just shown ("To keep X, add Y") is part of it: it goes where the change goes.
        const step = fromSection === "breaking" && tellsStep(sentence) && entries.some((shown) => shown.paragraph === paragraphs && shown.kind === "breaking");
        const aside = !step && ((about && urgent !== "breaking") || (fromSection === "breaking" && !namesWhatChanged(sentence)));
        // "The most notable change is X", "가장 눈에 띄는 변화는 …": the notes name their headline, whatever its verb.
        const headline = pointsAtHeadline(sentence);
        const kind: Kind = mustAct ? "breaking" : aside ? (urgent === "security" ? urgent : "other") : (urgent ?? fromSection ?? (score > 0 || headline ? "highlight" : "other"));
        // An intro's sentence that ends a runtime's support ("This release ends support for Internet Explorer") wears the
        // breaking label where it is shown, as a listed breaking change does: a reader of the post's first lines sees
        // that it breaks.
        // One that only warns of a later release ("the last to support Go 1.23") breaks nothing yet: a softer label.
        const ahead = windowed && kind === "breaking" && warnsOfWindowAhead(sentence);
        const shownLabel = ahead && (label === null || label === phrases.label(kind)) ? (phrases.headsUp ?? phrases.label("deprecation")) : (windowed || upgradeStep) && kind === "breaking" && (label === null || !BREAKING_WORD.test(label)) ? phrases.label(kind) : label;
        // (A sentence whose own words say it breaks or closes a hole is that, however it opens.) A framing part's sentence
        // that says what was done ("This release adds offline mode") is a change like any other.
        const frames = (framing || (stack.at(-1)?.frames === true && !(score > 0 && SAYS_DONE.test(sentence)))) && !mustAct && urgent === null;
        const added = entry(sentence, frames ? "other" : kind, frames ? label : shownLabel, true, paragraphs, score < 0 || frames);
        const noted = ahead ? { ...added, ahead } : step ? { ...added, step } : added;
        // Named the headline, it leads.
        if (kind === "highlight" && headline) noted.important = true;
        entries.push(advisory ? { ...noted, advisory } : noted);
        if (!frames) shownInParagraph = true;
      }
      continue;
    }

    // A list item.
    if (consumed.has(index)) continue;
    const parent = labelItems.get(block.parent);
    // A change under a label under a label ("Tools" then "TiCDC" then the change): every label above it is used, or
    // the outer one would stand alone as an item.
    const useLabels = (): void => {
      for (let at = block.parent; at >= 0; at = blocks[at]?.parent ?? -1) {
        const label = labelItems.get(at);
        if (label) label.used = true;
      }
    };
    /** The item and its short sub-items as one change ("Expose these APIs: `a`, `b`"). */
    const namingList = (text: string, fallback: Kind = "other"): void => {
      const item = itemEntry(text, block.parent, fallback);
      if (!item) return;
      if (parent) useLabels();
      entries.push(item);
    };
    // "  - This is a breaking change.", "  - (breaking)", "  - This fixes CVE-2024-1234" under a change: that change
    // breaks or closes a hole, and the line is none of its own.
    if (block.depth > 0 && block.parent >= 0 && markedByDetail(block.parent, clean(block.text))) continue;
    // An example of the change above ("  - e.g. exit with error on `--flag=http://:2379`.") or the issue it addresses
    // ("  - Address [advertise URLs accept empty hosts](…/issues/8379)", the issue's title, which says the opposite of
    // the change): never a change of its own, whatever labels the item above.
    if (block.depth > 0 && block.parent >= 0 && (EXAMPLE_DETAIL.test(clean(block.text)) || ADDRESSES_ISSUE.test(block.text))) continue;
    // A sub-item is a detail of the item above, unless it says it breaks ("  - [BREAKING] `x` is removed").
    if (block.depth > 0 && !parent && !BREAKING_MARK.test(block.text)) continue;
    const own = withoutSideRemarks(clean(block.text));
    // "Various small fixes.", "その他細かい修正など": a catch-all shows nowhere, but stands for one change at least.
    if (!own && block.depth === 0 && isCatchAll(block.text)) countedOnly += 1;
    // "http1 server graceful shutdown fix" under "http1:" names its scope already.
    const scope = parent?.scope;
    const scoped = scope && own && !own.toLowerCase().startsWith(scope.toLowerCase()) ? `${scope}: ${own}` : own;
    // "…Ractor から次のメソッドを削除しました。" over its sub-items: Japanese, Chinese and Korean close a lead-in with a
    // stop where English writes a colon; it leads in all the same.
    // (Over a list of bare links it stays as written: the links go, and what it pointed at is counted.)
    const overLinks = (childItems.get(index) ?? []).every((child) => (blocks[child]?.linkShare ?? 0) >= 0.9);
    const cleaned = block.hasChildren && scoped && !overLinks ? withLeadInColon(scoped) : scoped;
    // An item that is only an address ("- https://…/v2.0.0") is an example or a pointer, not a change; nor is a
    // list under a lead-in no post shows ("Impact:", "Downloads:").
    // Nor is the release's date as an item ("- 2019년 4월 28일", "- Released May 1, 2024"), nor what the project is.
    if (!cleaned || isPlaceholder(cleaned) || isBoilerplateEntry(cleaned) || (block.depth === 0 && (namesOnlyAreaOfChange(cleaned) || isAffectedField(cleaned) || onlyCountsChanges(cleaned))) || isReleaseMetadata(cleaned) || definesProject(cleaned) || /^<?[a-z][\w+.-]*:\/\/\S+$/iu.test(cleaned) || (isAdvisoryScaffold(cleaned) && !CHANGE_VERB.test(cleaned) && !opensWithAdvisoryId(cleaned))) continue;
    // "* 7.1.3 (2024-07-26)" above the changes: the release line, not a change; its sub-items keep the section's label.
    if (isVersionLine(cleaned)) {
      if (block.hasChildren) labelItems.set(index, { label: null, meaning: null, used: false, asEntry: null });
      continue;
    }
    // Only a short lead-in names the list's kind ("Impact:"); a sentence that mentions "contributors" does not.
    if (listLabel?.meaning === "drop" && (isLabelLike(listLabel.label ?? "") || listLabel.problems === true) && block.depth === 0) continue;
    // An item over sub-points it letters or numbers itself ("vnpy_riskmanager模块重构" over "a. 采用…", "b. 支持…") is one
    // change in outline: the head is the change and the points its details, never a label over them or a stub. A head of
    // a few words keeps its first point (outlineHead).
    if (block.hasChildren && outlinesPoints((childItems.get(index) ?? []).map((child) => blocks[child]?.text ?? ""))) {
      const points = (childItems.get(index) ?? []).map((child) => clean(blocks[child]?.text ?? ""));
      const item = itemEntry(outlineHead(cleaned.replace(/\s*[:：]$/u, ""), points), block.parent);
      if (item) {
        if (parent) useLabels();
        entries.push(item);
      }
      continue;
    }
    // A sentence that leads in to a few short sub-items ("Expose the promises of these APIs:" then "`useNavigate()`",
    // "`useSubmit`") is one change that names them.
    if (block.hasChildren && /[:：]$/u.test(cleaned) && !isLabelLike(cleaned, 5)) {
      const list = inlineList(childItems.get(index) ?? [], (child) => clean(blocks[child]?.text ?? ""));
      if (list !== null) {
        // The names say no kind: outside a section, the lead-in's own words do ("…に対応" adds support).
        namingList(`${cleaned}${/：$/u.test(cleaned) ? "" : " "}${list}`, readItem(cleaned.replace(/\s*[:：]$/u, "")).kind ?? "other");
        continue;
      }
    }
    // Too many names to show, under a lead-in that promised them with no colon ("以下の機種に対応" over a dozen models):
    // it says how many instead ("12件の機種に対応", "Support 12 printer models"), never the bare promise.
    const promised = block.hasChildren && cleaned !== scoped && scoped !== undefined ? childItems.get(index) ?? [] : [];
    const bare = (scoped ?? "").trim();
    const howMany = !CJK_LEAD_IN_STOP.test(bare) && promised.length > 1 && inlineList(promised, (child) => clean(blocks[child]?.text ?? "")) === null && promised.every((child) => !blocks[child]?.hasChildren && namesOnlyThing(clean(blocks[child]?.text ?? ""))) ? countedLeadIn(bare, promised.length, promised.length) : null;
    if (howMany !== null) {
      namingList(howMany, readItem(bare).kind ?? "other");
      continue;
    }
    // A short change over a few bare names ("More strings translated" then "Danish by @a", "Greek by @b") is one change
    // that names them; sub-items that say what changed ("🔥 new icons") make it their label instead.
    if (block.hasChildren && isLabelName(cleaned) && !/[:：]$/u.test(cleaned) && cleaned.split(/\s+/).length >= 2 && headingMeaning(cleaned) === null) {
      const children = childItems.get(index) ?? [];
      const names = children.every((child) => {
        const text = clean(blocks[child]?.text ?? "");
        return !CHANGE_WORDS.test(text) && !CHANGE_VERB.test(text) && readItem(text).kind === null;
      });
      const list = names ? inlineList(children, (child) => clean(blocks[child]?.text ?? "")) : null;
      if (list !== null) {
        namingList(`${cleaned.replace(/[.]$/u, "")}: ${list}`);
        continue;
      }
    }
    // A sentence over the cases it happens in ("Safeguards were bypassed:" then "When …", "During …") is the change:
    // the cases detail it, and alone under it as a label they would read as changes of their own.
    const children = childItems.get(index) ?? [];
    // An item kept as a change: its section's labels are used, and it is registered for markers below it (markBreaking).
    const keepItem = (item: Entry, text = item.text, typed = block.typed === true): void => {
      if (parent) useLabels();
      entries.push(item);
      itemEntries.set(index, { entry: item, text, parent: block.parent, typed });
    };
    // changesets' "Updated dependencies [0d98723]" over the packages it moved ("@modern-js/core@2.68.1"): one dependency
    // update, its package lines no changes of their own (as a label over them, each would count as one).
    if (children.length > 0 && DEPENDENCY_LEAD.test(cleaned) && children.every((child) => !blocks[child]?.hasChildren && PACKAGE_SPEC.test(clean(blocks[child]?.text ?? "")))) {
      for (const child of children) consumed.add(child);
      const item = itemEntry(cleaned.replace(/\s*[:：]$/u, ""), block.parent);
      if (item) keepItem(item);
      continue;
    }
    // "…以下の脆弱性の影響を受けない…", "Fixes the following advisories" over a list of bare links, which no post shows:
    // the lead-in says how many instead ("5件の脆弱性", "5 advisories"), or it points at nothing.
    const counted = block.hasChildren ? countedLeadIn(cleaned, children.filter((child) => (blocks[child]?.linkShare ?? 0) >= 0.9).length, children.length) : null;
    if (counted !== null) {
      const item = itemEntry(counted, block.parent);
      if (item) keepItem(item);
      continue;
    }
    // A fix of a named hole that leads in to how it was fixed ("Address CVE 2023-48795 (the "Terrapin Attack") as
    // follows:" over who is affected and what changed) is one security fix, its sub-items the details: as their label it
    // would stand over each, and count them as as many fixes.
    if (children.length > 0 && /[:：]$/u.test(cleaned) && closedVulnerability(cleaned) === "named" && children.every((child) => !blocks[child]?.hasChildren)) {
      for (const child of children) consumed.add(child);
      const item = itemEntry(cleaned.replace(/\s*(?:,?\s*as follows|(?:with|by|in) the following(?: ways?| changes?)?)?\s*[:：]$/iu, ""), block.parent);
      if (item) keepItem(item);
      continue;
    }
    if (block.hasChildren && /[:：]$/u.test(cleaned) && !isLabelLike(cleaned, 5) && children.every((child) => CONDITION.test(clean(blocks[child]?.text ?? "")))) {
      const item = itemEntry(cleaned.replace(/\s*[:：]$/u, ""), block.parent);
      if (item) entries.push(item);
      continue;
    }
    // "* **http1:**" over commits under "Bug Fixes": conventional-changelog's scope, which its other lines put before the
    // change ("* **client:** Make…"). Each sub-item is a change of the section, named with the scope as they are.
    // So is a component's name in code marks ("- `Drawer`:" over "  - 修复…"), which its sibling lines put before their
    // changes ("- `Dialog`: 修复…"): as a label it would stand over two lines like a section of its own.
    if (block.hasChildren && ((block.strong && SCOPE.test(cleaned)) || CODE_SCOPE.test(cleaned)) && sectionKind(stack).kind !== null) {
      labelItems.set(index, { label: null, meaning: null, used: false, asEntry: null, scope: cleaned.replace(/[:：]$/u, "") });
      continue;
    }
    // lerna-changelog's group of the packages a pull request touched ("`@embroider/compat`, `@embroider/core`, …" over
    // "  - [#2760] dont use array spread") and its "Other" for none: the sub-items are the changes, under the section's
    // kind ("Bug Fix"). As a label the list of names would stand for the change; as an item it would be the change.
    if (block.hasChildren && isPackageGroup(cleaned, blocks, index)) {
      labelItems.set(index, { label: null, meaning: null, used: false, asEntry: null });
      continue;
    }
    // An item that says a change in sentences of its own before the lead-in to its sub-items ("Rework X to track Y.
    // … The lack of a wrapper has some other benefits as well:") is that change: the sub-items detail it, and shown
    // without it they would stand for it. The dangling lead-in goes.
    const spelledOut = block.hasChildren && /[:：]$/u.test(cleaned) ? sentences(cleaned) : [];
    if (spelledOut.length >= 2 && (saysChange(spelledOut.slice(0, -1).join(" ")) || NOTES_LEAD_IN.test(spelledOut.at(-1) ?? ""))) {
      // Sentences that only point at the sub-items ("Rebuilding X changed a few behaviors. Most fail silently:") say
      // nothing alone: the item goes with its sub-items, and is counted among the changes not shown.
      if (spelledOut.slice(0, -1).every(pointsAtList)) {
        countedOnly += 1;
        continue;
      }
      const item = itemEntry(spelledOut.slice(0, -1).join(" "), block.parent);
      if (!item) continue;
      if (block.text.includes(DROPPED_MARK)) item.referenced = true;
      keepItem(item);
      continue;
    }
    // An umbrella over its sub-items that names no change of its own ("Bug fixes and improvements", "Improvements",
    // "その他の改善") is their label: shown alone it is a stub, and the sub-items are the changes.
    // So is a short topic over several sub-items that says no change itself ("网页搜索工具" over "WebSearchTool：…",
    // "NewsSearchTool：…"), like its sibling "Function Calling 支持" over its own.
    const umbrella =
      block.hasChildren &&
      ((changesUnder(index) >= 1 && (namesOnlyKinds(cleaned) || namesNoChange(cleaned.replace(/[:：.。]$/u, "")))) ||
        ((childItems.get(index)?.length ?? 0) >= 2 && isLabelLike(cleaned, 3) && cjkCount(cleaned) <= 8 && !saysChange(cleaned) && !OWN_NUMBER.test(block.text)));
    // A sentence in a breaking section that leads in to what it takes away ("The following deprecated hooks are
    // removed:" over "`a`, use `b` instead", …) is one breaking change, its sub-items said after it: as a label it
    // would stand over each sub-item again, post after post.
    const leadsInBreaking = block.hasChildren && /[:：]$/u.test(cleaned) && sectionKind(stack).kind === "breaking" && !isLabelLike(cleaned, 5) && saysChange(cleaned);
    const details = leadsInBreaking ? (childItems.get(index) ?? []) : [];
    const joined = details.map((child) => clean(blocks[child]?.text ?? "").replace(/[.。;；,，]$/u, "")).filter((text) => text !== "").join("; ");
    const whole = `${cleaned.replace(/\s*[:：]$/u, "")}: ${joined}`;
    // (One that a post could not show whole stays a label over its sub-items: nothing it lists is lost.)
    if (joined !== "" && details.length <= 8 && details.every((child) => !blocks[child]?.hasChildren) && whole.length + cjkCount(whole) <= LEAD_IN_WITH_DETAILS) {
      const item = itemEntry(whole, block.parent, "other", false, true);
      for (const child of details) consumed.add(child);
      if (item) keepItem(item, whole, false);
      continue;
    }
    // A sentence that leads in to its own sub-points ("Unified config loading with a clear precedence order:" over
    // "Env vars", "Defaults") says the change; its sub-points detail it. As a label it would stand over some of them,
    // and over an orphan one again in a later thread post.
    // (Sub-items that all say changes, "Fix a crash…" under "Several parser bugs were fixed:", are what it labels.)
    if (block.hasChildren && !umbrella && isChangeLeadIn(cleaned) && changesUnder(index) < children.length) {
      const item = itemEntry(cleaned.replace(/\s*[:：]$/u, ""), block.parent);
      if (item) keepItem(item);
      continue;
    }
    // An item with sub-items is their label when it is a name ("Icon", "BREAKING") or a lead-in ending with ":".
    // One that says what it does ("Remove `react-router-dom` package") is the change, and its sub-items its details.
    if (block.hasChildren && (umbrella || (isLabelName(cleaned) && !namesChange(cleaned)) || /[:：]$/u.test(cleaned))) {
      const name = cleaned.replace(/[:：.]$/u, "");
      // A label that only names a version ("[SDK] 2.6.0") says nothing: its sub-items keep the section's label. Nor
      // does a bracketed area ("[결제]", "【core】", "(api)"): it names where, not what kind; they say their own kinds.
      if (VERSION_LABEL.test(name) || BRACKETED_AREA.test(name) || bracketTagsKind(name)?.meaning === null) {
        labelItems.set(index, { label: null, meaning: null, used: false, asEntry: null });
        continue;
      }
      const formed = labelInPlaceOf(name, headingMeaning(name), (kind) => phrases.label(kind));
      const label = formed ? formed.label : shownLabel(name, phrases);
      const meaning = label === null ? null : headingMeaning(label);
      // "- What's Changed" over its items labels nothing: the section's label stands.
      labelItems.set(index, { label: meaning === "generic" ? null : label, meaning, used: false, asEntry: /[:：]$/u.test(cleaned) ? null : itemEntry(cleaned, block.parent) });
      continue;
    }
    // (One whose own lines go on past the colon, "BSFF => Refonte & DSFR :" then its pull requests, is an item: what
    // follows the colon is its own, and the items after it were never under it.)
    if (!block.hasChildren && /[:：]$/u.test(cleaned) && isLabelLike(cleaned, 5) && /[:：]\s*$/u.test(block.text)) {
      // "- Other Improvements:" with nothing under it: a label for the items after it, never a change.
      const label = cleaned.replace(/[:：]$/u, "");
      listLabel = labelSaying(label);
      continue;
    }
    // A short Title-Case topic ("- Adopted Future Flag Behaviors") among sentence-case changes titles them.
    // One that carries its own reference ("System Bars Plugin (#8180) (a32216a)") is a change a commit or PR made.
    if (!block.hasChildren && !OWN_REFERENCE.test(block.text) && isTitleCase(cleaned) && titleAmongSentences(blocks, index)) continue;
    if (!block.hasChildren && block.strong && boldGroupHeads && isLabelName(cleaned.replace(/[:：]$/u, "")) && !namesChange(cleaned) && !/[.!?。！？]$/u.test(cleaned)) continue;
    // A bare umbrella item ("Release MobX 7, mobx-react-lite 5, and mobx-react 10.": no change word, no kind or
    // type prefix of its own, like "Enhance:") stays, and its sub-items are the changes it stands for, with its
    // kind and label.
    // One that carries its own pull request ("ページのブロック数をラベルごとに設定できるように #124") is the change that
    // request made, and its sub-items detail it.
    if ((childItems.get(index)?.length ?? 0) >= 2 && changesUnder(index) >= 2 && !CHANGE_WORDS.test(cleaned) && readItem(cleaned).kind === null && !/^[\p{L}-]{2,20}[:：]/u.test(cleaned) && !OWN_NUMBER.test(block.text)) {
      labelItems.set(index, { label: null, meaning: null, used: true, asEntry: null, details: true });
    }
    // A bare name among them is an example; a CJK sentence has no spaces either ("WebSearchTool：搜索互联网获取实时信息").
    if (parent?.details && /^(?:`[^`]+`|[^\s:：]+)$/u.test(cleaned) && cjkCount(cleaned) <= 4) continue;
    // A lead-in without its list ("- Speed up X; these commands benefit:") keeps what it said before the lead-in.
    // One whose colon only led to its own references ("BSFF => Refonte & DSFR :" then its pull requests) says its change.
    const statement = !block.hasChildren && /[:：]$/u.test(cleaned) && isLabelLike(cleaned, 5) && !/[:：]\s*$/u.test(block.text) ? cleaned.replace(/\s*[:：]$/u, "") : cleaned;
    const text = withoutDanglingLeadIn(statement, block.hasChildren ? next : undefined, block.hasChildren);
    // "add the `x` flag\n  BREAKING CHANGE: the `y` flag is gone": a marker on a later line of the item breaks it.
    const marker = text.search(INLINE_BREAKING_MARK);
    const said = marker > 0 ? text.slice(0, marker) : text;
    let item = text ? itemEntry(said, block.parent, "other", block.typed === true, marker > 0 || migrationBreaking.has(index)) : null;
    if (!item) continue;
    // A breaking change's sub-items that say what goes ("廃止: `Option<T>`", "The class is now `Obsolete`") carry the
    // break: they go with it, or the post says something changed and not what users lose.
    const carried = item.kind === "breaking" && block.hasChildren && !labelItems.has(index) ? breakingDetails(childItems.get(index) ?? [], (child) => clean(blocks[child]?.text ?? "")) : null;
    // "As-of Homebrew 4.3.1: … requires Ruby >=3.3.0" in 4.3.0's notes: an addendum about a later release, not this
    // one's breaking change.
    if (item.kind === "breaking" && laterThanRelease(said)) item = { ...item, kind: "other", label: parent?.label ?? listLabel?.label ?? sectionLabel(stack) };
    // "Miscellaneous additional code deprecation/disable/removals.", "Various small fixes": a change that names nothing
    // changed, which no post should pick over one that does.
    if (item.kind !== "breaking" && item.kind !== "security" && VAGUE_ITEM.test(item.text.charAt(0).toLowerCase() + item.text.slice(1))) item = { ...item, kind: "other" };
    // "- **Mihomo(Meta) 内核升级至 v1.19.24**" above the notes' sections: a change the author set in bold before all
    // the others is the release's headline, whatever its words say it is.
    if (block.strong && !block.hasChildren && block.parent === -1 && sectionLabel(stack) === null && !listLabel && ["other", "change", "dependencies", "feature", "performance", "fix"].includes(item.kind)) item = { ...item, kind: "highlight" };
    // "[Rust] 依存ライブラリが変化します。" over a list no post shows, "The following were updated.": a stub, counted as upkeep.
    if (item.kind !== "breaking" && item.kind !== "security" && isStub(item.text)) item = { ...item, kind: DEPENDENCY_WORD.test(item.text) ? "dependencies" : "internal" };
    // "Keep X if you do not need Y" among a major release's breaking changes: advice to some users, no change. Neither
    // shown nor counted among the changes left out.
    if (item.kind === "breaking" && onlyRecommends(item.text)) continue;
    if (carried !== null) item = itemEntry(`${said.replace(/[.。]$/u, "")} (${carried})`, block.parent, "other", block.typed === true, marker > 0) ?? item;
    if (parent) useLabels();
    if (block.text.includes(DROPPED_MARK)) item.referenced = true;
    if (block.pulls) item.pulls = block.pulls;
    item.partOf = changeOf(index);
    // The changes the notes point at as their headline lead their kind.
    if (listLabel?.headline === true && block.parent === -1) item.important = true;
    entries.push(item);
    itemEntries.set(index, { entry: item, text, parent: block.parent, typed: block.typed === true });
  }
  while (stack.length > 0) closeSection(stack.pop());
  for (const [index, stress] of stressOfChanges(blocks, new Map([...itemEntries].map(([index, { entry }]) => [index, entry])))) itemEntries.get(index)!.entry.stress = stress;
  for (const { used, asEntry } of labelItems.values()) if (!used && asEntry) entries.push(asEntry);
  entries.sort((a, b) => a.order - b.order);
  const told = marksBreaking ? entries : withBreaksToldInProse(entries, phrases);
  return { countedOnly, entries: withoutLoneCatchAll(withOneLabelPerKind(withoutRepeatedHighlights(withoutRepeatedPulls(withoutDuplicates(withoutAuthorColumn(withSecurityFixSaid(onceInMainLanguage(told, language)))))), phrases)), language, truncated: read.truncated };
}
