// What a sentence of prose is worth to a post: the notes' own announcement, greetings and thanks, what every
// release post says, pointers and promises, advisory notices, side remarks — or a change. Pure text rules.
import { isGreeting } from "./greetings.js";
import { closesLetter } from "../kinds/no-change-items.js";
import { hedgesBreaking } from "../kinds/hedged-breaks.js";
import { isTransition } from "./transitions.js";
import { speaksOfWorkAhead } from "./work-ahead.js";
import { isMetaStatement } from "./meta-statements.js";
import { isCaveat, tellsProcess } from "./side-sentences.js";
import { isSideTalk } from "./side-talk.js";
import { onlyIntroduces } from "./pointing-text.js";
import { sentences } from "../text/cleanup.js";
import { headingMeaning, isCategoryName, isContentFreeSentence, namesNoChange, readItem } from "../kinds/kinds.js";
import { straightApostrophes } from "../text/apostrophes.js";

// The notes' own announcement ("v2.0.0 is here!", "🏆 Ant Design 6.0.0 is released.", "We're excited to announce…"):
// the post's opener says it already.
export const OPENER =
  /\b(?:is (?:now )?(?:out|here|live|available|released)|has (?:just )?been released|(?:we(?:'re| are)|i(?:'m| am)) (?:so |very |really )?(?:excited|happy|pleased|thrilled|proud|glad) to (?:announce|release|share|introduce|present|bring you|offer you|deliver)|(?:announc(?:e|es|ing)|introducing) (?:the (?:release|availability) of|\S+ v?\d)|new (?:major |minor |patch )?(?:version|release) of)\b|(?:正式)?发布了?[！!。]|リリースしました|출시|여기에 있습니다|登場しました/iu;
// A line that only names the release: "What's new in version 3.5.0", "Nushell 0.113.1", "Foo v2.0.0 release",
// "Summary for 4.9.3 tcpdump release". A name
// is a few words that say no change ("Requires Node 18.0" says one).
const RELEASE_WORD = String.raw`(?:release|version|update|changelog|release notes?)`;
const NAME_WORD = String.raw`(?!(?:requires?|supports?|drops?|adds?|removes?|bumps?|upgrades?|fix(?:es)?|uses?|to|from|now|for|in|on|with)\b)\p{L}[\p{L}\p{N}._@/+-]*`;
// The release's date after its version: "(2024/01/27)", "- 2026-03-17", "Tue March 17 2026", "17 March 2026".
const RELEASE_DATE = String.raw`(?:\s*[-–—,]?\s*[(（\[]?\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:\p{L}{3,9},?\s+)?\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})\s*[)）\]]?)?`;
const RESTATES_RELEASE = new RegExp(
  String.raw`^[\p{Extended_Pictographic}\uFE0F\s=~*#-]*(?:what'?s (?:new|changed)\s+(?:in|for|since)\s+|(?:changes|news|summary|overview)\s+(?:in|for|of)\s+)?(?:the\s+)?(?:${NAME_WORD}\s+){0,3}?(?:${RELEASE_WORD}\s+)?v?\d+(?:\.\d+)+(?:[-+][\w.]+)?(?:(?:\s+${NAME_WORD}){0,2}?\s+${RELEASE_WORD})?${RELEASE_DATE}[\s.!:：\p{Extended_Pictographic}\uFE0F=~*#-]*$`,
  "iu",
);

/** A title or line that only names the release the post's opener already names. */
export const restatesRelease = (text: string): boolean => RESTATES_RELEASE.test(straightApostrophes(text).trim());

// A sentence whose subject is the release's version: "`2.6.0` is a minor release centered on X", "Foo 2.0 is a patch
// release", "`2.6.0` adds X". (With its name, "Vitest 3.2 focuses on X" reads as a sentence about the project.)
const BARE_VERSION = String.raw`(?:version\s+)?\x60?v?\d+(?:\.\d+)+[\w.+-]*\x60?\s+`;
const VERSION_SUBJECT = String.raw`^(?:${NAME_WORD}\s+){0,2}?${BARE_VERSION}`;
const VERSION_IS_RELEASE = new RegExp(`${VERSION_SUBJECT}is an?\\s+((?:[\\w-]+\\s+){0,2}?)(release|update|version)\\b[,;:]?\\s*(.*)$`, "iu");
const VERSION_DOES = new RegExp(`^${BARE_VERSION}((?:brings|adds|includes|contains|fixes|introduces|focuses on|improves|ships|delivers)\\b.*)$`, "iu");

/**
 * A sentence about the release that names it by its version, said without the version the opener carries: "This is a
 * minor release centered on X"; "`2.6.0` adds X" as "This release adds X"; null when it says nothing more ("`2.6.0` is a patch release.").
 */
export function withoutVersionSubject(sentence: string): string | null {
  const is = VERSION_IS_RELEASE.exec(sentence);
  if (is) {
    const rest = (is[3] ?? "").trim();
    if (!/[\p{L}\p{N}]/u.test(rest)) return null;
    const kind = (is[1] ?? "").trim();
    const article = /^[aeiou]/iu.test(kind || (is[2] ?? "")) ? "an" : "a";
    return `This is ${article} ${kind === "" ? "" : `${kind} `}${is[2] ?? "release"} ${rest}`;
  }
  const does = VERSION_DOES.exec(sentence);
  return does ? `This release ${does[1] ?? ""}` : sentence;
}

// Sentences that carry no change: greetings, thanks, invitations, sign-offs ("Right, that's everything!"), apologies
// ("we admit that three years for a major release is too long", "we are sorry for the wait").
const FLUFF =
  /^(?:(?:(?:right|ok(?:ay)?|well|so|and),?\s+)?that'?s (?:all|everything|it)(?: for (?:now|today|this (?:release|time)))?[.!]|hi|hello|hey|dear|greetings|welcome|happy|enjoy|cheers|stay tuned|as always|thank|thanks|a big thank|special thanks|shout-?out|we (?:want to |would like to |'d like to )?(?:thank|invite|hope|encourage|appreciate|are grateful)|we(?:'re| are) (?:grateful|thankful)|today,? we|it'?s been|it'?s about time|here we go|well,? here|as promised|this (?:release|version) (?:is|was) (?:made possible|brought to you)|please (?:report|let us know|give|try)|feedback|if you (?:find|have|encounter|run into)|follow us|join (?:us|our)|(?:on \w+, )?expect another|感谢|谢谢|致谢|ありがとう|感謝)|\b(?:thank you|thanks to (?:all|every)|grateful|community|contributors? (?:who|that)|sponsors?)\b|^without (?:you|your (?:help|support|work)|all of you|them|their (?:help|support|work)|(?:the|our) (?:community|contributors))\b[^.!?]{0,40}\b(?:would|could)(?:n'?t| not| never)\b|\bwould(?:n'?t| not) (?:have been|be) possible without\b|\b(?:we(?:'re| are) (?:so |very |truly |really )?sorry|we (?:sincerely )?apologi[sz]e|(?:our )?apologies|we (?:must |have to |do )?admit)\b|소중한 (?:피드백|의견)|(?:피드백|의견)을 (?:공유해|남겨|보내|들려|알려) ?주세요|(?:ご意見|フィードバック)を(?:お寄せ|お待ち|お聞かせ)|(?:欢迎|期待)(?:大家|您)?的?(?:反馈|意见)|\b(?:please|feel free to|do(?:n'?t| not) hesitate to)\s+(?:open|file|create|submit|raise|report)\b[^.!?]{0,40}?\b(?:issues?|reports?|bugs?|tickets?)\b|^if you (?:still )?(?:hit|see|experience|face|notice|get)\b[^.!?]{0,40}\b(?:issues?|problems?|bugs?|errors?|regressions?)\b[^.!?]{0,30}\bplease\b/iu;
// What the project is: "Nushell, or Nu for short, is a new shell that…", "Mypy is a static type checker…", "Dioxus
// (dye • ox • us) is a framework for…".
const PRODUCT_DEFINITION =
  /^\S+(?: \S+)?(?: \([^)]{1,40}\))?(?:,? (?:or|aka|also known as) [^,.!?]{1,30},)? is an? (?:[\w-]+ ){0,5}(?:language|library|framework|tool|toolkit|runtime|platform|compiler|engine|database|editor|bundler|linter|formatter|client|server|app|application|shell|terminal|package manager|build (?:system|tool)|test runner|web server|operating system|static site generator)\b/iu;
// What every release post of a project says besides: how to install or update it ("Check out if the package manager of
// your OS already ships…", "download it from our nightly builds", "Make sure your foo-up is 0.8.5 or higher", "Follow
// the instructions in Installing Knative to install the components you require", "The latest 9.0 release is always
// listed at .NET 9.0 Releases", "You can try it out on a new project with `npm create x@latest`").
const BOILERPLATE =
  /\bfollow the (?:instructions|steps|guide|docs|documentation)\b.{0,60}\bto (?:install|upgrade|update|get|set up)\b|\b(?:is|are) always (?:listed|available|published|linked) (?:at|on|in|from)\b|\bif you (?:don'?t|do not) have it (?:already|installed)\b|\b(?:you can|to) (?:try (?:it |them |this )?out|get|install|update|upgrade)\b.{0,80}\b(?:with|from|using|run)\b|\b(?:is|was) an? (?:[\w-]+ )?(?:exciting|big|huge|massive|great|amazing|awesome|small) release\b|^(?:to download|you can download|download)\b|\bthis (?:blog )?(?:post|article|announcement)\b|\b(?:outlined|listed|described) in the (?:changelog|release notes)\b|\brelease policy\b|\b(?:these are|this is|here are) the release notes?\b|リリースノートです|릴리스 노트입니다|\b(?:arrives|comes|lands|ships)\b.{0,40}\b(?:months|weeks)\s+after\b|\bpackage manager of your (?:os|operating system|distro|distribution)\b|\b(?:download|install|get|grab)\b.{0,60}\bfrom (?:our |the )?nightl(?:y|ies)\b|^make sure (?:that )?(?:the version of )?[\w.-]+(?: (?:you have|that you have|you've) installed)? is (?:v?\d+(?:\.\d+)+|at least\b)|\bbuy (?:me|us) an? (?:coffee|beer|pizza|tea)\b|\b(?:github sponsors|open ?collective|patreon|ko-?fi|liberapay|buymeacoffee)\b|^(?:please )?(?:consider )?(?:sponsor(?:ing)?|donat(?:e|ing) to|support(?:ing)?) (?:this|the|our|my) (?:project|work|development)(?:\s+(?:on|via|through|with|by)\b|\s*(?:[.!:：]|\p{Extended_Pictographic})|$)|\b(?:binaries|assets|artifacts|installers|downloads) (?:are |can be (?:found|downloaded) )?(?:available |attached )?(?:below|above)\b|^(?:docker|container|oci) images?\s*[:：]/iu;
export const CHANGE_WORDS =
  /\b(?:add(?:s|ed)?|allow(?:s|ed)?|enabl(?:e|es|ed)|new|now|support(?:s|ed)?|introduc\w*|improv\w*|faster|speed|performance|breaking|remov\w*|deprecat\w*|fix(?:es|ed)?|rewrit\w*|redesign\w*|api|option|flag|command|plugin|compiler|runtime|config\w*|migrat\w*|requires?|drop(?:s|ped)?|node(?:\.js)? ?\d+|typescript|esm|cjs)\b|`[^`]+`|\d+(?:\.\d+)+|新增|支持|修复|优化|改进|性能|新機能|対応|追加|修正|改善|高速/iu;
// Lines that say nothing about the release's changes: a release PR's title ("Version Packages", "chore(release):
// 1.2.0"), a notice of the release's own kind ("This is a beta release."), placeholders ("No release notes"), a line
// that only says what the notes are ("These are the release notes for 2.1.", "…v1.0.4 のリリースノートです。").
const BOILERPLATE_ENTRY =
  /^(?:version packages|(?:release|publish)(?:ed)?:?\s+v?\d[\w.+-]*|(?:bump|update|set)(?:s|ed)?\s+(?:the\s+)?(?:package\s+)?version(?:\s+number)?(?:\s+to\s+v?\d[\w.+-]*)?|prepared?\s+(?:for\s+)?(?:the\s+)?release(?:\s+v?\d[\w.+-]*)?|no\s+(?:release\s+notes?|changes|notable\s+changes|user[- ]facing\s+changes|changelog)(?:\s+(?:provided|yet|for\s+this\s+release|in\s+this\s+release))?|not\s+published\b.{0,80}|(?:this|it)\s+is\s+an?\s+(?:beta|alpha|pre-?release|preview|nightly|canary|dev(?:elopment)?|test)\s+(?:release|build|version)(?:\s+of\s+\S+)?|(?:these are|this is|here are) the release notes?\b[^.!?]{0,60}|[^.!?。]{0,80}(?:のリリースノートです|릴리스 노트입니다))[.!。]?$/iu;

// A sentence that starts by pointing at what follows it: "The following…", "These…", "Here are…", "Below…". What it
// names may be a change ("The following rules are now recommended:"); LIST_INTRO tells when it names none.
export const LIST_LEAD_IN = /^(?:the following|these|here (?:are|is)|below)\b/iu;

// What notes call their changes when they only point at them.
const CHANGE_NOUN = String.raw`(?:changes?|updates?|fixes|bug ?fixes|improvements?|enhancements?|features?|highlights?|changelog|items?|pull requests?|PRs|commits?|(?:release )?notes|additions?)`;
const CHANGE_NOUNS = String.raw`(?:(?:main|notable|key|major|important|most important|significant|user[- ]facing|new|other|all(?: the)?|some(?: of the)?|several|a few|the)\s+)*${CHANGE_NOUN}(?:,?\s+(?:and|&)\s+${CHANGE_NOUN})?`;
// Where the changes are: "in this release", "since v2.6.6", "for version 3", "compared to 1.x".
const IN_RELEASE = String.raw`(?:\s+(?:in|to|with|for|since|from|of|compared (?:to|with))\b[^.!?:：]{0,60}?)?`;

// A sentence that only says the list of changes follows, or that a pre-release already had them: "Here are the changes
// since v2.6.6.", "The following changes are included in this release.", "These are changes that require you to update
// your code:", "This release includes the following changes:", "以下是本次更新内容", "本次更新内容如下", "主な変更点は以下の
// 通りです", "今回のリリースでは以下の変更が含まれています", "다음은 변경 사항입니다", "No changes since 3.0.0-beta.37". A
// post shows the changes, or not; it never says "below". One that names a change ("The following rules are now
// recommended:") is no such sentence.
const LIST_INTRO = new RegExp(
  [
    String.raw`^(?:here|below) (?:are|is)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:(?:main|notable|key|major|full|complete)\s+)?(?:list of\s+)?(?:changes|updates|fixes|improvements|highlights|changelog)\b(?:\s+(?:since|from|in|for|compared (?:to|with))\b[^!?]{0,60}?)?`,
    String.raw`^(?:the following|below)(?:\s+(?:is|are))?(?:\s+(?:a|the)\s+(?:list|summary|overview) of)?\s+${CHANGE_NOUNS}(?:\s+(?:are|is|were|was|have been|has been)(?:\s+(?:included|made|listed|contained|shipped|merged|introduced|added|part of this release))?)?${IN_RELEASE}`,
    String.raw`^(?:these|this) (?:are|is)\s+${CHANGE_NOUNS}${IN_RELEASE}(?:\s+(?:that|which)\s+[^.!?:：]{0,80})?(?=[:：]|$)`,
    String.raw`^(?:this|the) (?:release|version|update)(?:\s+\S+)?\s+(?:includes|contains|brings|has|ships(?: with)?|introduces)\s+(?:the following|these)(?:\s+${CHANGE_NOUNS})?`,
    String.raw`^here(?:'s| is| are)\s+(?:what(?:'s| is| has)?\s+(?:new|changed|been (?:changed|fixed|added))|an?\s+(?:list|summary|rundown|overview) of\s+${CHANGE_NOUNS})${IN_RELEASE}`,
    String.raw`^below,?\s+you(?:'ll| will| can)?\s+find\b[^.!?:：]{0,80}`,
    // "Below we list the most remarkable changes in the language, compiler and stdlib."
    String.raw`^(?:below,?\s+)?we(?:'ll| will)?\s+(?:list|describe|summari[sz]e|highlight|cover|go (?:over|through))(?:\s+below)?\s+(?:the\s+|some\s+of\s+the\s+)?(?:(?:most\s+)?(?:remarkable|notable|important|interesting|significant|main|key|major|biggest)\s+)?${CHANGE_NOUN}${IN_RELEASE}`,
    String.raw`^(?:the\s+)?(?:main|notable|key|major|most important|important)\s+${CHANGE_NOUN}${IN_RELEASE}\s+(?:are|include)(?:\s+(?:the following|as follows|(?:listed )?below))?(?=[:：]|\s+(?:the following|as follows|(?:listed )?below)|$)`,
    String.raw`^(?:changes|updates) since v?\d[\w.+-]*`,
    String.raw`^no (?:other )?changes (?:since|from|compared (?:to|with)) v?\d[\w.+-]*`,
    String.raw`^以下[はが是为]?[^。！？]{0,40}(?:変更点|変更内容|更新内容|更新日志|变更|改动|修改|变化)(?:です|である|如下)?`,
    String.raw`^下面是[^。！？]{0,40}(?:更新|变更|改动)(?:内容)?`,
    // "本次更新包含以下内容", "主要变更如下", "更新内容如下".
    String.raw`^[^。！？!?]{0,24}?(?:包含|包括|有)?(?:如下|以下)(?:内容|几点|变更|改动|更新)?`,
    // "主な変更点は以下の通りです", "今回のリリースでは以下の変更が含まれています", "以下の変更を行いました".
    String.raw`^[^。！？!?]{0,30}?(?:以下|下記)の(?:通り|とおり)(?:です)?`,
    String.raw`^[^。！？!?]{0,30}?(?:以下|下記)の(?:主な)?(?:変更|修正|更新|改善)(?:点|内容)?(?:が|を)(?:含まれて(?:い)?ます|行いました|加えました|あります)`,
    String.raw`^다음은[^.!?]{0,40}(?:변경 ?사항|변경점)(?:입니다)?`,
    // "주요 변경 사항은 다음과 같습니다", "이번 릴리스에는 다음 변경 사항이 포함되어 있습니다".
    String.raw`^[^.!?]{0,30}?(?:다음과 같습니다|다음(?:과 같은)? (?:변경 ?사항|변경점|내용)(?:이|을)? 포함되어 있습니다)`,
    String.raw`^[^。！？!?]{0,60}から(?:の)?変更(?:点)?はありません`,
  ]
    // Each form is the whole sentence: only a remark in brackets and a full stop or colon may follow it.
    .map((part) => `(?:${part})\\s*(?:[(（][^)）]{0,120}[)）])?\\s*[.!。:：]?$`)
    .join("|"),
  "iu",
);

// A lead-in that sums the release up before the full notes ("Here's a glimpse of what's changed in this release:", "At a
// glance:", "The gist of this release:", "TL;DR:", "本次更新亮点：", "主なハイライト：", "이번 릴리스 요약:"): the list under it picks the release's highlights.
const SUMMARY_INTRO = new RegExp(
  [
    String.raw`^(?:here(?:'s| is| are)\s+)?(?:an?\s+|the\s+)?(?:(?:quick|short|brief|high[- ]level)\s+)?(?:glimpse|summary|overview|rundown|recap|snapshot|taste|look|tour)\s+(?:of|at)\s+(?:what(?:'s| is| has)?\s+(?:new|changed|been \w+)|the\s+(?:(?:main|key|notable|biggest|major|most important|important)\s+)?(?:changes|highlights|features|updates|improvements)|(?:(?:main|key|notable|biggest|major|most important|important)\s+)?(?:changes|highlights|features|updates|improvements)|(?:this|the) (?:release|version|update))\b[^.!?:：]{0,60}`,
    String.raw`^(?:at a glance|tl;?\s?dr|in (?:short|brief|a nutshell)|key takeaways|the short version|the gist(?: of (?:this|the) (?:release|version|update))?|(?:quick |short )?summary(?: of (?:the )?(?:changes|this release|the release|what'?s new|updates))?|(?:release )?highlights?(?: of this release)?)`,
    String.raw`^(?:本次|本版本?|此次|这次|本期)?(?:更新|版本|发布|发版)?(?:的)?(?:主要)?(?:亮点|要点|概要|摘要|速览|概览|一览|总结)(?:如下)?`,
    String.raw`^(?:今回の|本)?(?:リリース|アップデート|バージョン)?(?:の)?(?:主な)?(?:ハイライト|概要|要約|まとめ|見どころ)(?:は(?:以下|次)の(?:通り|とおり)です)?`,
    String.raw`^(?:이번 )?(?:릴리스|업데이트|버전)?\s*(?:주요 )?(?:하이라이트|요약|개요)`,
    // "Here's what shipped:", "Here is what's new in 0.6:", "This release includes:": the release's own list of what it
    // is, the post's lead. ("The new version brings:" names the kind of its list: features.)
    String.raw`^(?:so,?\s+)?here(?:'s| is| are)\s+what(?:'s| is| has| we)?\s+(?:shipped|landed|new|changed|included|inside|arrived|coming|shipping|in (?:this|the) (?:release|version|update)|got shipped|made it in)\b(?:[^.!?:：]|\.(?=\d)){0,40}`,
    String.raw`^(?:this|the)\s+(?:new\s+)?(?:release|version|update)\s+(?:includes|contains|ships with)`,
  ]
    .map((part) => `(?:${part})\\s*[.!。:：]?$`)
    .join("|"),
  "iu",
);

/** A lead-in that sums the release up ("At a glance:", "TL;DR:", "本次更新亮点："): its list holds the highlights. */
export const introducesHighlights = (sentence: string): boolean => SUMMARY_INTRO.test(straightApostrophes(sentence.trim().replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, "").replace(/\*+/gu, "")));

/** A sentence that only introduces the list or section after it and names no change. */
export const isListIntro = (sentence: string): boolean => LIST_INTRO.test(sentence.trim());

// A line that only points elsewhere in the notes ("See security fixes below.", "Details below", "详见下文", "下記参照"),
// maybe after a name of its own ("Upgrade urgency SECURITY: See security fixes below."): a post shows what it points at.
const POINTS_ELSEWHERE =
  /^(?:[^:：.!?。]{0,40}[:：]\s*)?(?:(?:please\s+)?(?:see|refer to|check(?: out)?|read|find)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:below|above|further down|later in (?:these|the) notes)|(?:more\s+|full\s+)?details\s+(?:are\s+)?(?:below|above)|(?:详见|详情见|参见|请参阅|见)(?:下文|下方|下面|以下)|(?:下記|以下)(?:を)?参照(?:してください)?|詳細は(?:下記|以下)(?:を参照(?:してください)?)?|아래(?:를)? 참(?:조|고)(?:하세요)?)\s*[.。!！]?$/iu;

// The notes' own title as a range of versions ("CHANGES FROM 3.6b TO 3.7", "Changes since 1.2.0", "Changes in 3.7:"):
// the opener says the release.
const VERSION_RANGE_TITLE =
  /^(?:changes|changelog|release notes?|what'?s (?:new|changed))\s+(?:from|since|between|in|for)\s+(?:version\s+)?v?\d[\w.+-]*(?:\s+(?:to|and|until|through|->|→)\s+(?:version\s+)?v?\d[\w.+-]*)?\s*[:：]?$/iu;

// Advice to install this very release ("Make sure to update both NPM and Cargo dependencies to the 1.7.0 release."):
// how to get it, which the post's link says, not a change of it.
// A pointer at the whole list kept elsewhere ("Check out the entire list of changes: tauri, tauri-cli"): its links are
// gone, and the post's link leads to the notes.
const POINTS_TO_FULL_LIST =
  /^(?:please\s+)?(?:check out|see|read|view|browse|find|have a look at|take a look at|look at)\s+(?:the\s+)?(?:full|entire|complete|whole|detailed)\s+(?:list\s+of\s+)?(?:changes|changelog|release notes?|commits)\b[^.!?]{0,80}[.!]?$/iu;

// Where to get the release ("Pre-built packages are available on GitHub Releases and our official distribution
// channels.", "Binaries can be downloaded from the releases page."): the post's link says it.
const GET_THIS_RELEASE =
  /^(?:(?:pre-?built|prebuilt|official)\s+)?(?:packages|binaries|builds|installers|artifacts|downloads)\s+(?:are|is)\s+(?:now\s+)?(?:available|published)\s+(?:on|at|from|in|via)\b[^.!?]{0,120}[.!]?$|^(?:(?:make sure|be sure|remember|don't forget|do not forget)\s+to|please|simply|just|you (?:can|should|need to|must))\s+(?:update|upgrade|bump|install)\b[^.!?]{0,80}\bto (?:the )?(?:latest|newest|v?\d+(?:\.\d+)+)(?:\s+(?:release|version|versions|releases))?[.!]?$/iu;

// A changelog template's own words, left in the published file: its instruction to contributors ("All PRs merged to
// develop are registered here.", "Add your changes here", "所有提交到 develop 分支的 PR 请在此处登记。", "ここに記載してください")
// and the placeholder of an entry never filled in ("XXX", "TODO", "TBD", "[#XXX] XXX").
const TEMPLATE_INSTRUCTION =
  /^(?:[^.!?。]{0,60}\b(?:prs?|pull requests?|changes?|entries|items?)\b[^.!?。]{0,40}\b(?:should be|are to be|must be|go|goes)\s+(?:registered|listed|added|recorded|logged|noted)\s+(?:here|below)|(?:please\s+)?(?:register|list|add|record|log|put|note)\s+(?:all\s+|every\s+|each\s+|your\s+|new\s+)*(?:the\s+)?(?:prs?|pull requests?|changes?|entries|items?)\b[^.!?。]{0,60}\b(?:here|below)|[^。！？!?]{0,60}(?:请|請)?(?:在|于)(?:此处|这里|此)(?:登记|记录|填写|添加)|[^。！？!?]{0,60}(?:ここ|こちら)に(?:記載|記入|登録|追記)(?:して(?:ください|下さい))?)\s*[.!。！]?$/iu;
const PLACEHOLDER = /^(?:[\s[\]()#:：,.-]*(?:x{3,}|todo|tbd|tba|n\/a|\.\.\.|…)[\s[\]()#:：,.-]*)+$/iu;

// A maintainer's note on how the notes are made, to contributors rather than users: "(note: new PRs will not be merged
// until they add release note wording here)", "Note: every PR must add a changelog entry to this file." It speaks of
// PRs or contributors and of the notes, and stands apart as a note (in brackets, after "Note:") or points at the notes
// themselves ("here", "this file"); a change to a tool that makes release notes says neither.
const PROCESS_NOTE =
  /^(?:[(（[]\s*(?:note\s*[:：]\s*)?|note\s*[:：]\s*|(?=.*\b(?:here|this (?:file|section|page|list|document|changelog))\b))(?=.*\b(?:prs?|pull requests?|contributors?|commits)\b)(?=.*\b(?:release[- ]notes?|changelog|change log|notes? (?:wording|entry|entries)|wording)\b).{10,300}$/iu;

/** Text of the notes' template, not of the release: an instruction to contributors or an entry's placeholder. */
export const isTemplateText = (text: string): boolean => TEMPLATE_INSTRUCTION.test(text.trim()) || PLACEHOLDER.test(text.trim()) || PROCESS_NOTE.test(text.trim());

// A lead-in to the problems that motivated a change ("This has multiple problems:", "There are several issues with
// this approach:", "The problems are:"): the list under it says what was wrong, not what changed.
const PROBLEMS_LEAD_IN =
  /^(?:(?:(?:this|that|it)\s+|the (?:old|current|previous|existing) (?:\w+ ){0,2})(?:has|had|causes?|caused|creates?|created|brings?|brought)\s+(?:(?:multiple|several|many|some|a few|a couple of|two|three|four|\d+|various|a number of)\s+)?(?:problems|issues|drawbacks|downsides|shortcomings|limitations)|there (?:are|were)\s+(?:(?:multiple|several|many|some|a few|a couple of|two|three|four|\d+|various|a number of)\s+)?(?:problems|issues|drawbacks|downsides|shortcomings|limitations)(?:\s+with\s+[^:：]{1,40})?|the (?:main )?(?:problems|issues|drawbacks|downsides|shortcomings|limitations)(?:\s+with\s+[^:：]{1,40})? (?:are|were))\s*[:：]?$/iu;

/** A lead-in whose list names the problems a change answers, not changes. */
export const introducesProblems = (text: string): boolean => PROBLEMS_LEAD_IN.test(text.trim());

// What a sentence under a breaking heading says when it names the change itself: what became of something ("renamed",
// "removed", "now", "no longer", "instead", "prefixed", "upgraded to v4"); a name in code alone may be background ("Plugins need to
// implement the `Plugin` trait"). Around it on a docs page stand
// sentences that name none: why ("This will cause a breaking change to all capabilities"), who is affected ("For app
// developers we have breaking changes in…"), pointers ("Otherwise please read the detailed section below").
const NAMES_WHAT_CHANGED =
  /\b(?:now|no longer|renamed|removed|replaced|changed|added|prefix(?:ed)?|prepend(?:ed)?|instead|deprecated|dropped|moved|requires?|is gone|are gone|upgraded|bumped|raised|switched|migrated)\b|重命名|改名|移除|删除|废弃|不再|改为|升级|変更|削除|廃止|非推奨|アップグレード|변경|제거|삭제|업그레이드/iu;

/** A sentence of prose under a breaking heading that names what changed, not why, for whom or where to read on. */
export const namesWhatChanged = (sentence: string): boolean => NAMES_WHAT_CHANGED.test(sentence);

// A blog post's lead-ins and outros ("Read on for an overview of…", "In this post we'll cover…", "Let's dive in!", "You
// can try out these new features today!") and its questions to the reader ("Do you want a single codebase?", "Are you
// a web developer?"): they frame the changes and name none.
// "You may be wondering…", "이쯤에서 이런 의문이 들지도 모르겠다.", "疑問に思うかもしれません", "你可能会问": the post muses on
// the reader's question; the answer, not the musing, is the change.
const READER_WONDERS = /^(?:(?:at this point|now|so),? )?you (?:may|might|could) (?:be wondering|wonder|ask(?: yourself)?)\b|(?:의문이|궁금증이|궁금해)\s*(?:들|할)(?:지도|수도)\s*모르|疑問に思(?:う|われる)かもしれ|(?:你|您)(?:可能|也许)(?:会)?(?:问|想知道|好奇)/iu;
const READER_ASIDE =
  /^(?:(?:so,? )?(?:read|keep reading|continue reading) on\b|read on\b|in this (?:blog )?(?:post|article|write-?up),? (?:we|i|you)\b|let'?s (?:dive|jump|get started|take a (?:closer )?look|have a look|explore|see)\b|without further ado\b|(?:you can|go ahead and|be sure to|make sure to|don'?t forget to) (?:try|test|check) (?:out )?(?:these|this|them|it|all of (?:these|this)|the new)\b[^!?]{0,80}\b(?:today|now|yourself)[.!]*$|(?:do|are|have|would|could|did|were) you\b[^!?]*\?$|(?:want|need|looking|wish(?:ing)?) (?:to|for)\b[^.!?]*\?$|ever wondered\b[^.!?]*\?$)/iu;

// How big the community is ("Our Discord server has ~17,700 members", "the repository has ~4,878 pull requests closed"):
// a launch post's pride, no change of the release.
const COMMUNITY_SIZE =
  /\b(?:discord|slack|matrix|forum|community|server|repository|repo|github|project)\b[^.!?]{0,60}\b(?:has|have|had|reached|passed|counts?)\b[^.!?]{0,20}?[~≈>+]?\s?\d[\d,.]*\s?k?\+?\s+(?:\w+\s+){0,2}(?:members|stars|users|downloads|contributors|pull requests|prs|issues|discussions|commits|followers)\b/iu;

export function isBoilerplateEntry(text: string): boolean {
  const trimmed = text.trim();
  if (READER_ASIDE.test(trimmed) || READER_ASIDE.test(readItem(text).text.trim()) || READER_WONDERS.test(trimmed) || COMMUNITY_SIZE.test(trimmed) || isMetaStatement(trimmed) || onlyIntroduces(trimmed)) return true;
  return isTemplateText(trimmed) || BOILERPLATE_ENTRY.test(trimmed) || GET_THIS_RELEASE.test(trimmed) || POINTS_TO_FULL_LIST.test(trimmed) || isListIntro(trimmed) || POINTS_ELSEWHERE.test(trimmed) || VERSION_RANGE_TITLE.test(trimmed) || BOILERPLATE_ENTRY.test(readItem(text).text.trim()) || isTemplateText(readItem(text).text);
}

// A sentence that points elsewhere ("You can find the release post at https://…") or announces what is still to come
// ("The project will release new versions on…", "A future release will…", "…will enter long-term support in October"):
// no change of this release.
const POINTER_OR_FUTURE =
  /^(?:(?:you|users) can |please |for (?:more|details|the full)\b.{0,60})?(?:find|read|see|check out|visit)\b.{0,80}\bhttps?:\/\/|\b(?:can be found|is available|are available|is published) (?:at|on|here)\b.{0,20}\bhttps?:\/\/|\bhttps?:\/\/\S+,? (?:which|that|for|with) (?:contains|lists|has|more|details|the full)|\bwill (?:release|enter|ship|publish|be released|bring|land)\b|^(?:a|the) (?:future|next|later|upcoming) (?:release|version)s?\b/iu;

// What an advisory says around its fixes: who is affected ("Impact: all users on 20.x", "This vulnerability affects
// all users of…", "The 20.x release line is vulnerable to 2 high severity issues"), that end-of-life lines are affected
// too and upgrading is advised, that updates are available. The fixes' titles say what changed; these do not.
export const ADVISORY_NOTICE =
  /^impact\s*[:：]|\b(?:this|these|the) (?:vulnerabilit(?:y|ies)|issues?|flaws?|bugs?) (?:only )?affects?\b|\baffects? (?:all|only|any) (?:\w+ )?users\b|\b(?:is|are) vulnerable to \d|\bend[- ]of[- ]life\b.{0,60}\b(?:affected|vulnerable)\b|\bwe (?:strongly )?(?:recommend|advise|encourage) (?:all users to )?(?:upgrad|updat)|\b(?:updates?|releases?|versions?) (?:are|is) (?:now )?available for\b/iu;

// Who reported the hole, and when, in any language ("On November 29, Jane Doe reported a security vulnerability in X",
// "11 月 29 日、Jane Doe 氏が…脆弱性を報告しました", "张三报告了该漏洞", "홍길동 님이 취약점을 제보했습니다"): a credit
// and a date of the advisory's timeline, not the fix.
const REPORTER_CREDIT =
  /^(?:[Oo]n\s+[\w ,]{1,30}?,\s*)?\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3}\s+(?:\([^)\n]{1,60}\)\s+)?(?:responsibly\s+|privately\s+)?(?:reported|disclosed|discovered)\s+(?:this|the|a|an|two|three|several|multiple)\s+(?:[\w-]+\s+){0,3}?(?:security|vulnerabilit(?:y|ies)|flaws?|holes?)\b|(?:氏|さん|様)が[^。\n]{0,80}?(?:報告|発見|通報)(?:しました|した|されました)?。?$|(?:报告|報告|回報)了[^。\n]{0,40}?漏洞|님(?:이|께서)[^.\n]{0,80}?(?:제보|보고|발견)(?:했|하였|해 주셨)/u;
/** A sentence or line of an advisory that says who reported the hole, and when: a credit, never a change. */
export const isAdvisoryScaffold = (text: string): boolean => ADVISORY_NOTICE.test(text) || REPORTER_CREDIT.test(text);

// What a change's later sentences may say beside it: who reported or helped ("Thanks to Jane for the report"), how
// old the problem was ("This was a long-standing issue"). Such a sentence names no change.
const SIDE_REMARK =
  /^(?:(?:this|that|it|the (?:bug|issue|problem))\s+(?:was|were|has been|had been|is)\s+(?:(?:first|originally|kindly)\s+)?(?:reported|found|noticed|discovered|requested|suggested|raised|spotted|a long[- ]standing|long[- ]standing|an? (?:old|annoying|known))\b|(?:reported|found|noticed|requested|suggested|raised|spotted) by\b)/iu;

/** A change's text without the sentences after its first that only thank or remark on it. */
export function withoutSideRemarks(text: string): string {
  const [first, ...rest] = sentences(text);
  if (first === undefined || rest.length === 0) return text;
  const side = (sentence: string): boolean =>
    SIDE_REMARK.test(sentence) || /^(?:thanks|thank you|many thanks|kudos|props|shout-?out)\b/iu.test(sentence) || (FLUFF.test(sentence) && !CHANGE_WORDS.test(sentence));
  const kept = rest.filter((sentence) => !side(sentence));
  return kept.length === rest.length ? text : [first, ...kept].join(" ");
}

/** Only names of kinds of change, joined: "Removals and backward incompatible breaking changes" (towncrier's
 *  category), "Bug fixes and improvements". A title that long is no label, and it names no change either. */
function namesKindsOnly(sentence: string): boolean {
  const parts = sentence.replace(/[.:：]$/u, "").split(/\s*(?:,|&|\/|\band\b)\s*/u).filter((part) => part !== "");
  const kindName = (part: string): boolean =>
    part.split(/\s+/u).length <= 4 && KIND_NOUN.test(part) && !["generic", "drop", null].includes(headingMeaning(part));
  return parts.length > 1 && parts.every(kindName);
}
/** A line that only names kinds of change, one or several joined ("New features", "機能追加 / 非推奨機能の追加",
 *  "Bug fixes and improvements"): a label, or a table of contents; shown alone, a label with nothing under it. */
export function namesOnlyKinds(sentence: string): boolean {
  const parts = sentence.replace(/[.:：。]$/u, "").split(/\s*(?:[,、/／・&＆|]|\band\b|和|と|及び)\s*/u).filter((part) => part.trim() !== "");
  return parts.length > 0 && parts.every((part) => isCategoryName(part) && !["generic", "drop", null].includes(headingMeaning(part)));
}
const KIND_NOUN = /\b(?:changes?|fixes|bug ?fixes|improvements?|features?|removals?|deprecations?|enhancements?|additions?)$/iu;

// A sentence about the release or the post rather than a change in it: that there are more changes ("There are many more
// changes in this release, including…"), what else ships with it ("This also includes new major versions of `a`, `b`"),
// where it stands among releases ("NumPy 2.0.0 is the first major release since 2006", "이번 릴리즈는 … 세 번째
// 릴리즈입니다"), what the post will cover ("이 글에서는 … 다룰 예정입니다", "この記事では…"), where to ask questions, that
// the work is appreciated, and a team's announcement ("The Poetry team is pleased to announce the immediate
// availability of…").
const ABOUT_RELEASE = new RegExp(
  [
    String.raw`^(?:also,?\s+)?there (?:are|is|were) (?:also\s+)?(?:many|lots of|plenty of|a lot of|numerous|several|a (?:few|number of|bunch of)|some|even)?\s*(?:more|other|additional|further) (?:changes|fixes|improvements|features|updates|things)\b`,
    String.raw`^(?:this|the|it) (?:release |version |update )?(?:also\s+)?(?:includes|comes with|ships(?: with)?|brings) (?:new (?:major |minor |patch )?(?:versions|releases) of)\b`,
    String.raw`\b(?:is|marks|was) (?:the|our|its) (?:very )?(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|last|final|latest|biggest|largest) (?:[\w-]+\s+){0,2}(?:release|version|update)\b(?:\s+(?:since|this|of|in)\b[^.!?]{0,40})?[.!]?$`,
    String.raw`\bthe [\p{L}\p{N} .-]{1,40} (?:team|maintainers|developers|contributors|authors|project) (?:is|are) (?:so |very |really )?(?:excited|happy|pleased|thrilled|proud|glad) to (?:announce|release|share|introduce|present)\b`,
    String.raw`\b(?:immediate|general) availability of\b`,
    // "While it is one of the largest major releases of Jest ever, …": how big the release is, no change in it.
    String.raw`\bone of (?:the|our) (?:largest|biggest|most (?:ambitious|significant|important|exciting)) (?:[\w-]+\s+){0,2}(?:releases?|versions?|updates?)\b`,
    String.raw`^in the following,? we\b|\b(?:we(?:'ll| will)?|this (?:post|article|section)(?: will)?) (?:only )?(?:explain|cover|describe|walk (?:you )?through|go over) (?:the|some|a few|only)\b`,
    String.raw`\b(?:is|was) the (?:result|culmination|product) of\b[^.!?]{0,40}\b(?:months?|years?|weeks?) of (?:work|development)\b|\bthe work of \d+ (?:contributors|people|developers)\b`,
    String.raw`^(?:it|this (?:release|version))\s+(?:also\s+)?(?:contains|includes|brings)\s+(?:a (?:large |huge |great |good )?(?:number|lot) of|many|lots of|numerous|plenty of)\s+(?:exciting\s+|new\s+|notable\s+)*(?:features|changes|improvements|fixes)\b`,
    String.raw`\b(?:you(?:'re| are) (?:also |always )?welcome to|feel free to|don't hesitate to|do not hesitate to)\s+(?:ask|join|reach|open|contact|share|come|chat)\b|\bask (?:us )?(?:any )?questions (?:in|on|at|via|over)\b`,
    String.raw`\b(?:is|are) (?:greatly |much |very much |deeply |truly |really )?appreciated\b`,
    // A call for contributors or for custom: "encourage new people to join the project", "we need help with all of
    // them", "contributions are welcome", "we are available for direct consulting work"; and the community's news around it ("wonderful to see new contributors",
    // "For those of you at KubeCon this week, …"). It ships nothing.
    String.raw`\bencourage (?:new (?:people|contributors|users)|everyone|anyone|you|others) to (?:join|contribute|get involved|help)\b|\bwe (?:always |really |could (?:always )?)?(?:need|use) (?:your |more |some )?help\b|\bcontributions? (?:are|is) (?:always |very |most |more than )?welcome\b|\bwe (?:are|'re) available for (?:direct |paid |commercial )?(?:consulting|support|contract)\b|\bwe(?:'d| would) love to hear (?:about it|from you|your feedback)\b|\b(?:wonderful|great|exciting|amazing) to see (?:so many |more |new )*(?:contributors|people|folks)\b|\bfor those of you (?:at|attending|joining|going to|in)\b`,
    String.raw`(?:첫|두|세|네|다섯|여섯|\d+)\s?번째 (?:릴리[즈스]|출시|버전)|(?:이|이번|본)\s?(?:글|게시물|포스트)에서는|(?:この|本)(?:記事|投稿|ポスト)では|\d+(?:回|度)目のリリース|(?:本文|这篇文章|這篇文章|本篇)(?:将|將|会|會)?(?:为您|为你|為您)?(?:详细|詳細|具体|具體|简要|簡要)?(?:地)?(?:介绍|介紹|讲述|講述|说明|說明)|第[一二三四五六七八九十\d]+(?:个|個|次)(?:大)?(?:版本|发布|發布|更新)`,
  ].join("|"),
  "iu",
);

/** A sentence about the release or the post (more changes elsewhere, where it stands among releases, what the post
 *  covers, where to ask, thanks), not a change in it: it ranks below every change. */
export const talksAboutRelease = (sentence: string): boolean => ABOUT_RELEASE.test(straightApostrophes(sentence).trim());

// A sentence that only says security holes were closed, naming none ("Addressed high-severity security issues."): the
// security label says as much, and the items under it name them. So does one that weighs their reach ("Impact was
// limited to specific use cases…"): the advisories say it for those who need it.
const SECURITY_SUMMARY =
  /^(?:this (?:release|version|update) )?(?:address|fix|resolve|patch|close)(?:e[sd]|s|ed)? (?:(?:several|multiple|some|a few|a number of|two|three|four|\d+)\s+)?(?:(?:high|medium|low|critical|moderate|important)(?:[- ]severity)?\s+)?security (?:issues|vulnerabilities|problems|bugs|flaws|holes)[.!]?$|^(?:the |overall )?(?:impact|(?:user )?exposure|risk)\b[^.!?]{0,60}?\b(?:was|is|were|are|has been|is estimated to be|was estimated to be)\s+(?:very\s+)?(?:limited|minimal|low|marginal|small|negligible)\b/iu;

// The day, the year or the team's mood, said in any language: "Today, we're…", "What a year it has been", "오늘, 저희는…",
// "올해는 정말 다사다난한 한 해였습니다", "今日、私たちは…", "今年は…な一年でした", "今天，我们…", "这一年…". No change.
const MOOD_OF_DAY = /^(?:what an? (?:\w+ )?(?:year|ride|journey)\b|(?:it'?s|it has) been an? (?:\w+ )?(?:year|ride|journey)\b)/iu;
const MOOD_OF_DAY_CJK = /^(?:오늘[,，]?\s*(?:저희|우리)|올해는|지난 ?한 ?해|今日[、,，]?\s*(?:私たち|我々|われわれ)|今年は|この一年|今天[，,]?\s*(?:我们|我們)|今年(?:是|真)|这一年|這一年)/u;
// That time has passed since the last release, which the version says already: "It has been some time since our last
// release, but …", "It's been a while", "Es ist schon eine Weile her", "Cela fait longtemps", "Ha pasado un tiempo desde",
// "Faz algum tempo", "好久不见", "距离上次发布已经…", "久しぶりの", "오랜만에". (A sentence that goes on in code names a change.)
const TIME_SINCE =
  /^(?:(?:it'?s|it has|it'?s been|it has been)\s+(?:been\s+)?(?:(?:quite|rather|such)\s+)?(?:a (?:while|long time|long while|bit|minute)|some time|a few (?:weeks|months|years)|(?:several|many|\d+|two|three|four|five|six) (?:weeks|months|years))\b|long time no see\b|es ist (?:schon\s+)?(?:eine (?:ganze\s+)?weile|einige zeit|lange)\s+her\b|(?:cela|ça) fait (?:un (?:moment|bail|bon moment)|longtemps|quelque temps)\b|ha pasado (?:un (?:tiempo|buen tiempo|rato)|mucho tiempo|algún tiempo)\b|(?:já\s+)?faz (?:um (?:tempo|bom tempo)|muito tempo|algum tempo)\b|好久不见|好久不見|距(?:离|離)上(?:一)?次(?:发布|發佈|发版|更新)|久しぶり|お久しぶり|오랜만)/iu;
const talksOfDay = (sentence: string): boolean =>
  MOOD_OF_DAY.test(sentence.trim()) || MOOD_OF_DAY_CJK.test(sentence.trim()) || (TIME_SINCE.test(straightApostrophes(sentence.trim())) && !sentence.includes("`"));

// A sentence about the release that trails off into what follows it ("The 0.28 release includes a limited set of
// deprecations..."): it names none of them, and shown apart from them it dangles.
const TRAILS_OFF_ABOUT_RELEASE = /^(?:the|this)\s+(?:[\w.-]+\s+)?(?:release|version|update)\b[^.!?…]*(?:\.{3}|…)$/iu;

/** Prose worth showing: names a change and is no greeting. Negative: fluff, shown only when nothing else is. */
export function proseScore(sentence: string): number {
  if (TRAILS_OFF_ABOUT_RELEASE.test(sentence.trim())) return -1;
  if (isGreeting(sentence) || closesLetter(sentence) || isTransition(sentence) || isMetaStatement(sentence) || onlyIntroduces(sentence) || talksOfDay(sentence) || SECURITY_SUMMARY.test(sentence.trim()) || FLUFF.test(sentence) || talksAboutRelease(sentence) || BOILERPLATE.test(sentence) || PRODUCT_DEFINITION.test(sentence) || POINTER_OR_FUTURE.test(sentence) || isAdvisoryScaffold(sentence) || namesNoChangeOfRelease(sentence) || isCaveat(sentence) || tellsProcess(sentence) || isSideTalk(sentence) || speaksOfWorkAhead(sentence)) return -1;
  return CHANGE_WORDS.test(sentence) && !namesKindsOnly(sentence) ? 1 : 0;
}

/**
 * A sentence about the release that names no change, whatever names the release: "This is a patch release with bug
 * fixes", "MLflow 2.14.3 is a patch release that addresses bug fixes and additional documentation for released features"
 * (its subject read as "This"), "Various bug fixes and improvements" with or without a full stop. Shown only when
 * nothing else can be.
 */
function namesNoChangeOfRelease(sentence: string): boolean {
  const subject = withoutVersionSubject(sentence.trim());
  if (subject === null) return true;
  // "MLflow 2.14.3 is a patch release …" without a full stop, "Foo 3.1 is a maintenance release with several bug fixes."
  if (isContentFreeSentence(subject) || isContentFreeSentence(subject.replace(/[.!。！]$/u, ""))) return true;
  // A phrase that only names kinds of change ("Various bug fixes and improvements"); a title in capitals is a heading's.
  return VAGUE_FIXES.test(subject) && namesNoChange(subject.replace(/[.!。！]$/u, ""));
}

// "Various bug fixes and improvements", "Minor fixes", "Bug fixes and performance improvements": kinds of change, maybe
// with a quantity, and nothing else.
const VAGUE_FIXES =
  /^(?:(?:various|several|many|some|minor|small|misc(?:ellaneous)?|general|other|additional|numerous|multiple|assorted|lots of|a (?:few|number of|bunch of|handful of))\s+)*(?:bug ?fix(?:es)?|fix(?:es)?|improvements?|enhancements?|updates?|changes|tweaks?|optimi[sz]ations?|stability|performance)\b/iu;

// A paragraph that advises about the changes rather than announcing one: "Be aware that…", "Note that…", "Keep in mind…",
// "…may require updates to test suites", "We are working towards…", "Our revised documentation covers…".
const ADVISORY =
  /^(?:be aware|beware|(?:please )?note(?: that)?|nb\b|keep in mind|bear in mind|heads[- ]up|remember that|(?:important|warning|caution)\s*[:：])|\bmay (?:require|need)\b|\bshould (?:require|need) no\b|\b(?:we|i)(?:'re| are| am) working (?:on|towards?)\b|\b(?:documentation|docs|guide) (?:covers|explains|describes)\b|^(?:注意|请注意|需要注意的是|ご注意|注意事項|참고|주의)/iu;

/** The first sentence of a paragraph that advises users rather than announcing a change. */
export const isAdvisory = (sentence: string): boolean => ADVISORY.test(sentence);

// The notes announcing this release again in words OPENER does not know: "We've just uploaded mypy 1.20.0 to the
// Python Package Index", "We have released Foo 2.0", "Foo 2.0 has been published", "나빌 입력기 2.1을 릴리즈합니다.",
// "Foo 2.0 がリリースされました", "Foo 2.0 正式发布", "Rails Versions 7.1.4.1 and 7.2.1.1 have been released!", "A new version
// of Foo is available", "Une nouvelle version de Foo est disponible". Only with the release's version (or "the new version") in it: "We
// published the docs" announces nothing.
const ANNOUNCED =
  /\b(?:we(?:'ve| have)?|i(?:'ve| have)?|(?:team|maintainers|developers)\s+(?:has|have))\s+(?:just\s+|now\s+|finally\s+|officially\s+)?(?:uploaded|published|released|pushed|tagged|shipped|cut|rolled out)\b|\b(?:today,?\s+)?we(?:'re| are)\s+(?:(?:now\s+)?(?:releasing|shipping|publishing|announcing|rolling out))\b|\bv?\d+(?:\.\d+)+[\w.+-]*\s+(?:has|have)\s+(?:just\s+|now\s+|finally\s+|officially\s+)?been\s+(?:published|released|uploaded|tagged|shipped|pushed|rolled out)\b|(?:릴리즈|릴리스|출시|배포|공개|발표)(?:를|을)?\s?(?:합니다|했습니다|하였습니다|되었습니다|됐습니다|됩니다|하게 되었습니다|하게 됐습니다|하게 되어)|(?:リリース|公開|発表|配信)(?:されました|しました|いたしました|します|いたします|となりました|を開始しました)|(?:正式|现已|現已|已经|已經|今天|今日|终于|終於)\s*(?:发布|發布|推出|上线|上線)|(?:很|非常)?(?:高兴|高興)(?:地)?(?:宣布|发布|發布)|\b(?:a|the) new (?:version|release) of\b.{1,60}?\b(?:is|has been) (?:now )?(?:available|out|released)\b|\bune nouvelle version\b.{0,60}?\best (?:maintenant )?(?:disponible|sortie)\b|\beine neue version\b.{0,60}?\bist (?:jetzt )?(?:verfügbar|erschienen|da)\b|\buna nueva versión\b.{0,60}?\b(?:ya )?está disponible\b|\buma nova versão\b.{0,60}?\b(?:já )?está disponível\b/iu;
const NAMES_RELEASE = /\d+(?:\.\d+)+|\bnew (?:major |minor |patch )?(?:version|release)\b|\b(?:nouvelle|neue|nueva|nova) (?:version|versión|versão)\b|새 (?:버전|릴리스)|새로운 버전|新(?:版本|バージョン)|[该該本此]版本|このバージョン|이번 (?:버전|릴리스)/iu;

/** A sentence that says this release is out, which the post's opener says already. */
export const announcesRelease = (sentence: string): boolean => {
  const text = straightApostrophes(sentence).trim();
  // "The binaries of v2.1.0 have been published, but not the other artifacts": a story about a release, not this one's.
  return OPENER.test(text) || (ANNOUNCED.test(text) && NAMES_RELEASE.test(text) && !/\b(?:but|not|failed|only)\b/iu.test(text) && text.length <= 200);
};

// What an announcing sentence goes on to say the release does, as a participle after its comma: "The Express team has
// released body-parser 1.20.6 and 2.3.0, addressing a denial of service…"; said as the change's own verb.
const ANNOUNCED_DOING = /^(.{8,200}?),\s+(?:which\s+|that\s+)?(addressing|fixing|patching|resolving|mitigating|closing|bringing|including|adding|introducing|improving|addresses|fixes|patches|resolves|mitigates|brings|includes|adds|introduces|improves)\s+(\S.*)$/iu;
const DOES: Record<string, string> = { addressing: "Addresses", fixing: "Fixes", patching: "Patches", resolving: "Resolves", mitigating: "Mitigates", closing: "Closes", bringing: "Brings", including: "Includes", adding: "Adds", introducing: "Introduces", improving: "Improves" };

/** What an announcing sentence says the release does, without the announcement the opener makes ("Addresses a denial of
 *  service…"); the sentence itself where it announces nothing or says nothing more. */
export function withoutAnnouncingClause(sentence: string): string {
  const match = ANNOUNCED_DOING.exec(sentence.trim());
  if (!match?.[1] || !match[2] || !announcesRelease(`${match[1]}.`)) return sentence;
  const verb = match[2].toLowerCase();
  return `${DOES[verb] ?? `${verb.charAt(0).toUpperCase()}${verb.slice(1)}`} ${match[3] ?? ""}`;
}

// A sentence that leans on the one before it: "Additionally, …", "Also, …", "In addition, …", "Furthermore, …",
// "此外，…", "また、…", "또한 …". Said alone it opens on nothing.
const CONNECTIVE =
  /^(?:(?:additionally|also|in addition(?: to (?:this|that|these))?|furthermore|moreover)\s*[,，:]?\s+|(?:besides(?: (?:this|that))?|plus|further|on top of (?:this|that)|apart from (?:this|that)|aside from (?:this|that)|other than (?:this|that)|beyond (?:this|that)|as well|likewise|similarly)\s*[,，]\s*|(?:此外|另外|同时|同時|而且|并且|並且|还有|還有|除此之外|除此以外|以及)\s*[，,、：:]?\s*|(?:また|さらに|更に|加えて|それに加えて|ほかに|他に|なお|あわせて|併せて)\s*[、,，]\s*|(?:또한|그리고|게다가|아울러|더불어|이 외에도|이외에도|그 밖에도|그 외에도|뿐만 아니라)\s*[,，]?\s*)(?=\S)/iu;
// "It also contains …", "This release also fixes …": the same lean, after the subject.
const SUBJECT_ALSO = /^((?:it|this(?: release| version| update)?|they|these)\s+)(?:also|additionally|further)\s+(?=\S)/iu;

/**
 * A sentence that leans on the one before it ("Additionally, it contains several bug fixes…"), said so it stands
 * alone: without its connective when it names a change by itself ("Also, `foo` now accepts a path." → "`foo` now
 * accepts a path."; "It also adds X" as it is), or null when it names none. The sentence as it is when it leans on nothing.
 */
export function standingAlone(sentence: string): string | null {
  const text = sentence.trim();
  const connective = CONNECTIVE.exec(text);
  const also = connective ? null : SUBJECT_ALSO.exec(text);
  if (!connective && !also) return sentence;
  const rest = connective ? text.slice(connective[0].length) : `${also?.[1] ?? ""}${text.slice(also?.[0].length ?? 0)}`;
  // Its subject read as the release's: "it contains several bug fixes" says what "This release contains…" says.
  const asRelease = rest.replace(/^(?:it|this|they|these)\b(?!\s+(?:release|version|update)\b)/iu, "This release");
  if (proseScore(asRelease) <= 0 || namesNoChangeOfRelease(asRelease) || VAGUE_CONTENTS.test(asRelease) || VAGUE_CJK.test(rest)) return null;
  // "It also adds a `--watch` flag": its subject is the release, which the opener names; it reads on as it is.
  return connective ? rest.charAt(0).toUpperCase() + rest.slice(1) : sentence;
}

// "This release contains several bug fixes, as well as internal refactoring and performance improvements.": kinds of
// change, with nothing named.
const VAGUE_CONTENTS = new RegExp(
  String.raw`^this (?:release|version|update)\s+(?:also\s+)?(?:contains|includes|brings|has|comes with|ships|adds|fixes|makes)\s+(?:(?:(?:various|several|many|some|minor|small|misc(?:ellaneous)?|general|other|additional|numerous|multiple|assorted|lots of|a (?:few|number of|bunch of|handful of)|internal|more|further)\s+)*(?:bug ?fix(?:es)?|fix(?:es)?|improvements?|enhancements?|updates?|changes|tweaks?|optimi[sz]ations?|refactor(?:ing|ings|s)?|clean-?ups?|stability|performance(?: improvements?)?|(?:code )?quality|polish)(?:\s*(?:,|and|as well as|&)\s*)*)+[.!]?$`,
  "iu",
);

// "还有一些错误修复。", "いくつかのバグ修正が含まれています。", "몇 가지 버그를 수정했습니다.": some fixes, none named (no code,
// no name in Latin letters, no number), in a short sentence.
const VAGUE_CJK = /^(?=[^`\p{Script=Latin}\d]{1,40}$)(?=.*(?:一些|若干|多个|多項|多项|部分|少量|几个|幾個|各种|各種|いくつか|幾つか|複数|一部|多くの|様々な|さまざまな|몇 가지|몇몇|여러|일부|다양한))/u;

// What the project is, said again in every release's notes: "Mypy is a static type checker for Python.", "X is a fast,
// lightweight Y.", "Foo は…のためのライブラリです。", "Foo 是一个…的库", "Foo는 …을 위한 라이브러리입니다." Its subject is a name
// (no pronoun, no code, no version) and it says no change ("is now", "new", "default", "no longer").
const DEFINES_EN =
  /^(?!(?:it|this|that|these|those|there|here|which|what|each|every|one|all|some|the)\b)[\p{L}][\p{L}\p{N}.+#_-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}.+#_-]*){0,2}\s+(?:is|are)\s+an?\s+[^.!?`]{3,160}[.!]?$/iu;
const CHANGE_IN_DEFINITION =
  /\b(?:now|no longer|new|newly|default|deprecated|removed|replaced|renamed|breaking|change[sd]?|fix(?:e[sd])?|bug|release|version|update[sd]?|regression|alias|no-op|shorthand|required|requirement|dependency|optional|experimental|preview|beta|alpha|supported|unsupported|still|longer)\b|\d/iu;
const DEFINES_CJK = new RegExp(
  [
    String.raw`^[^、。，,！!？?]{1,30}(?:は|とは)[^。！？]{0,80}(?:ライブラリー?|ツール|フレームワーク|ソフトウェア|アプリ(?:ケーション)?|エンジン|言語|プラットフォーム|ランタイム|サーバー?|クライアント|エディタ|プラグイン|パッケージ|コンパイラ|チェッカー|モジュール|システム|サービス|SDK|CLI)(?:です|である)[。.!！]?$`,
    String.raw`^[^，。,、！!？?]{1,30}是(?:一个|一款|一套|一种|一個|一種|个|款)[^。！？]{0,80}(?:库|庫|工具|框架|引擎|语言|語言|平台|应用|應用|编辑器|編輯器|组件库|組件庫|插件|系统|系統|软件|軟體|客户端|客戶端|服务器?|伺服器|输入法|輸入法|SDK|CLI)[。.!！]?$`,
    String.raw`^[^,.!?]{1,30}(?:은|는)\s[^.!?]{0,80}(?:라이브러리|도구|툴|프레임워크|엔진|언어|플랫폼|앱|애플리케이션|어플리케이션|에디터|편집기|입력기|플러그인|시스템|소프트웨어|클라이언트|서버|SDK|CLI)(?:입니다|이다)[.!]?$`,
  ].join("|"),
  "u",
);

/** A sentence that says what the project is ("Mypy is a static type checker for Python."): no change of this release. */
// "In a Tauri application the frontend is written in…", "In a Foo project, each page is a file": how apps built with
// the project work, said of every release.
const DEFINES_SETUP = /^in (?:a|an|any|every) [\p{L}][\p{L}\p{N}.+#_-]* (?:application|app|project|program|site|setup|workspace)\b/iu;

export function definesProject(sentence: string): boolean {
  const text = sentence.trim();
  if (PRODUCT_DEFINITION.test(text)) return true;
  if (DEFINES_SETUP.test(text)) return !CHANGE_IN_DEFINITION.test(text);
  if (DEFINES_CJK.test(text)) return !/(?:新|不再|现在|現在|今後|이제|새로|변경|変更|更新|修复|修正|追加|新增|支持|対応|지원)/u.test(text);
  return DEFINES_EN.test(text) && !CHANGE_IN_DEFINITION.test(text);
}

// What an item says once the list or links it stood over are gone: "Dependencies changed:", "Updated dependencies.",
// "The following were updated.", "[Rust] 依存ライブラリが変化します。", "依赖库有变化", "일부 의존성이 업데이트되었습니다." It names nothing.
const DEPENDENCY_NOUN = String.raw`(?:(?:the|our|its|all|some|several|various|a few|many|(?:third[- ]party|internal|external|upstream|rust|python|js|npm|go)\s+)\s*)*(?:dependenc(?:y|ies)|deps|packages|libraries|crates|modules|gems|plugins|components)`;
const STUB = new RegExp(
  [
    String.raw`^(?:the following|these|those|some|several|various|a few|many|others?)(?:\s+(?:${DEPENDENCY_NOUN}|items|ones|changes|things))?\s+(?:were|was|are|is|have been|has been|got)\s+(?:updated|upgraded|bumped|changed|added|removed|modified)`,
    String.raw`^${DEPENDENCY_NOUN}\s+(?:(?:were|was|are|is|have been|has been|got)\s+)?(?:updated|upgraded|bumped|changed|modified)`,
    String.raw`^(?:update[sd]?|upgrade[sd]?|bump(?:s|ed)?|change[sd]?)\s+${DEPENDENCY_NOUN}`,
    String.raw`^${DEPENDENCY_NOUN}\s+(?:updates|upgrades|bumps|changes)`,
    String.raw`^(?:いくつかの|一部の)?依存(?:ライブラリ|関係|パッケージ|クレート)?(?:が|を)?(?:変化|変更|更新|アップデート)(?:します|しました|されます|されました|しています)?`,
    String.raw`^(?:更新|升级)?了?(?:一些|部分)?依赖(?:库|包|项)?(?:有)?(?:变化|变更|更新|升级)(?:了)?`,
    String.raw`^(?:일부\s*)?(?:의존성|종속성)(?:이|을)?\s*(?:변경|업데이트)(?:되었습니다|됩니다|했습니다|됨)?`,
  ]
    .map((part) => `(?:${part})\\s*[.。:：]?$`)
    .join("|"),
  "iu",
);

/** An item that only points at what was under it ("Dependencies changed:", "[Rust] 依存ライブラリが変化します。"): counted, never shown. */
export const isStub = (text: string): boolean => STUB.test(text.trim().replace(/^(?:\[[^\]]{1,30}\]|【[^】]{1,30}】)\s*/u, ""));

// What a project does about breaking changes in general, not one it makes: "Our strategy aims to make major releases
// boring by introducing breaking changes ahead of time behind flags", "We will make every effort not to introduce
// breaking changes", "Going forward, breaking changes only land in major versions"; and what it would do about a
// vulnerability ("Should a critical bug be discovered we reserve the right to fix the security issue").
const BREAKING_IN_GENERAL =
  /^should\b|\bif (?:a|an|any)\b[^.]{0,60}\b(?:is|are) (?:found|discovered|reported)\b|\breserve the right\b|\b(?:strateg(?:y|ies)|polic(?:y|ies)|aims? to|(?:we|i)(?:'ll| will| would)? (?:try|strive|aim|intend|be making|make) (?:every effort|to)|every effort|ahead of time|going forward|from now on|in (?:the )?future|avoid(?:s|ing)?|minimi[sz](?:e|es|ing)|only (?:land|happen|come)s? in|(?:does|do|will) not introduce)\b/iu;

/** A sentence about breaking changes or vulnerabilities in general (a policy, a strategy, a promise, a case that may
 *  come): it names no change that breaks and no hole closed. */
export const speaksOfBreakingInGeneral = (sentence: string): boolean => BREAKING_IN_GENERAL.test(sentence) || hedgesBreaking(sentence);

// Where a long first sentence turns from what changed to why or how: ", this should…", ", which means…", ", so that…".
const CLAUSE_TURN = /,\s+(?=(?:this|that|which|so(?:\s+that)?|meaning|making|allowing|because|as|since|in order to|it)\b)/iu;
/** What a paragraph of prose says changed: its first sentence, cut before a clause that explains it ("Defer all DOM
 *  updates by an animation frame, this should make it so…" → "Defer all DOM updates by an animation frame"). */
export function leadClause(text: string): string {
  const first = sentences(text)[0]?.trim() ?? text.trim();
  const turn = CLAUSE_TURN.exec(first);
  return turn && turn.index >= 20 ? first.slice(0, turn.index).trim() : first;
}

/** A change written as a paragraph, not a bullet's line: more than one sentence, or one long sentence. */
export const isProseParagraph = (text: string): boolean => sentences(text).length >= 2 || text.trim().split(/\s+/u).length >= 20;
