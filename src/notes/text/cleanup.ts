// Cleans one line of notes for a post: what is left of dropped links, credits and references in the formats
// projects use, pointers to pages a post cannot link, release metadata (metadata.ts). Pure text in, text out; every
// pattern is anchored or bounded so that it stays linear on long lines.
import { BY_CREDITS } from "./by-credits.js";
import { saysStatus } from "./qualifiers.js";
import { HANDLE_OR_CODED, handleRun } from "./handles.js";
import { withoutThankYouSentences } from "./thank-you-sentences.js";
import { fieldItemText } from "../formats/field-items.js";
import { onlyCountsChanges } from "../prose/change-counts.js";
import { isOrphanPointer, withAdvisoryIdJoined } from "../prose/orphan-references.js";
import { withAdvisoryPointerAsId, withoutLinkedPagePointers, withoutReferenceVerbs, withoutTrackerTags } from "./reference-verbs.js";
import { withoutTagBrackets } from "../formats/tag-brackets.js";
import { tidyHead } from "./cut-head.js";
import { DROPPED_MARK, LINK_CLOSE, LINK_OPEN } from "../formats/markdown.js";
import { withoutPageContents } from "../prose/link-titles.js";
import { withoutPointerLeftovers } from "./pointer-leftovers.js";
import { withoutLinkSentences } from "./link-sentences.js";
import { withoutPointingWords } from "../prose/pointing-text.js";
import { isContentFreeSentence, namesNoChange } from "../kinds/kinds.js";
import { isReleaseMetadata } from "../formats/metadata.js";
import { CJK_LETTERS } from "./cjk.js";
import { STANDARD_NAMES_UPPER } from "./standard-names.js";

const MARK = DROPPED_MARK;
// "(v6 upgrade guidance)", " - [docs]", "(cf. [guide])", "(see [docs])": a bracket that holds only a link's words, or
// a pointer word and them, points at a page the post cannot link.
const LINK_ONLY_IN_BRACKETS = new RegExp(`\\s*[-–—:]?\\s*[([]\\s*(?:(?:cf\\.?|see(?: also)?|vgl\\.|siehe|voir|ver|veja|参见|参考|詳細は)\\s*)?${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]*${LINK_CLOSE}\\s*[)\\]]`, "giu");
// "反代地址为 [[pengzhile](…)] 的 `https://…`", "uses [@alice]'s fork": a bracketed name the sentence owns something by is
// no credit; without it the sentence loses its subject ("反代地址为 的"). Its words stay, the brackets go.
const BRACKETED_POSSESSOR = new RegExp(`[([（]\\s*(${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]{1,80}${LINK_CLOSE}|@[A-Za-z0-9][\\w-]{0,38})\\s*[)\\]）](?=\\s*(?:的|之|の|'s\\b))`, "gu");
const LINK_MARKS = new RegExp(`[${LINK_OPEN}${LINK_CLOSE}]`, "g");
// Signs that point at what follows: "👉 [文档](…)", "📖 [Docs](…)": before a link, whatever its words, the link is a
// pointer. A book or a chain before words alone is a section's icon ("### 📖 Documentation").
const POINTER_ICON = "(?:[👉👇📖📚📘📄🔗]\\uFE0F?)";
// Arrows point too ("→ [Read more](…)", "👉 文档"), but only at a pointer's words: "`a` → [`b`](…)" renames and
// "设置 → 其他设置" is a menu path.
const POINTER_ARROW = "(?:[👉👇➡]\\uFE0F?|[→⇒➜»]|->)";
// Words a link carries when the page is its whole point: "Docs", "guide", "详情", "ドキュメント". Some are a change's
// object too ("Update [docs](…)"): those point only after a pointer sign or where a sentence or a label has ended.
const POINTER_WORDS =
  "(?:(?:the |our )?(?:docs?|documentation|guide|details|link|here|more|blog(?: post)?|announcement|release notes|changelog)|文档|文檔|说明|ドキュメント|문서)";
// ...others never are: "Add a flag [详情](…)", "… [Read more](…)".
const ONLY_POINTER_WORDS =
  "(?:(?:read|learn|find out|see) more|more (?:info(?:rmation)?|details)|(?:查看)?详情|詳情|了解更多|詳細|詳しく|자세히(?: 보기)?)";
const LINK_WORDS = (words: string): string => `${LINK_OPEN}\\s*${words}\\s*[.!:：]?\\s*${LINK_CLOSE}`;
// CJK link words set apart after the change ("新增 支持 微信AI [文档](…)", "… [ドキュメント](…)") point at a page; right
// after a verb they are its object ("更新 [文档](…)": the docs were updated).
const CJK_POINTER_WORDS = "(?:文档|文檔|说明|說明|指南|ドキュメント|ガイド|문서|가이드)";
const CJK_POINTER_AFTER = "(?<=[\\p{L}\\p{N})）」】]\\s+)(?<!(?:更新|修复|修正|完善|补充|補充|新增|添加|追加|调整|優化|优化|改进|改善|翻译|翻訳|更新了|업데이트|추가|수정)\\s*)";
// A link that ends the text and only points at a page; read from a few characters before the last link's start (its
// sign, the end of the sentence before it), so that no run of spaces is scanned again from every position.
const POINTER_REACH = 12;
const POINTER_LINK = new RegExp(
  `\\s*[-–—:|·]?\\s*(?:${POINTER_ICON}\\s*${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]*${LINK_CLOSE}|(?:(?<=[.。!！?？|·–—]\\s*)|${POINTER_ARROW}\\s*)${LINK_WORDS(POINTER_WORDS)}|(?:${POINTER_ARROW}\\s*)?${LINK_WORDS(ONLY_POINTER_WORDS)}|${CJK_POINTER_AFTER}${LINK_WORDS(CJK_POINTER_WORDS)})\\s*[.。!！]?\\s*$`,
  "iu",
);
// Brackets that held only dropped links: "([abc1234](…))", "Updated dependencies [[a](…), [b](…)]:". Real
// brackets ("useId()", "string[]") never hold the mark, so they stay.
// A reference keyword may stand before each: hyper's "(\u0000, closes \u0000)" (a commit and the issue it closes).
const DROPPED_KEYWORD = "(?:(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?|refs?|see(?: also)?|related to|part of|PR|pull request|issues?|commit)\\s*:?\\s*)";
const DROPPED_IN_BRACKETS = new RegExp(`\\s*[([](?:\\s*(?:[,;&]|\\band\\b)?\\s*${DROPPED_KEYWORD}?${MARK})+\\s*[,;]?\\s*[)\\]]`, "giu");
// "[(435)](…/issues/435)": a link whose words are only an issue's number in brackets is a reference like "[#435](…)";
// so is changesets' "[`#10036`](…/pull/10036)", the number in code marks.
const NUMBER_LINK = new RegExp(`${LINK_OPEN}\\s*(?:[([（]\\s*#?\\d{1,9}\\s*[)\\]）]|#\\d{1,9}|\`#\\d{1,9}\`)\\s*${LINK_CLOSE}`, "gu");
// "(completed in [#123](…))", "… via [#123](…)", "fixed in [#12](…), [#13](…).": the words that pointed at dropped
// references go with them, or "(completed in)" and "… via" are left. A bracket that only pointed goes whole.
const DROPPED_RUN = `${MARK}(?:\\s*(?:[,;&]|\\band\\b)?\\s*${MARK}){0,20}`;
const POINTING_WORDS = "(?:in|by|from|via|see|at|since|after|thanks(?: to)?)";
// In a bracket the words that cite a specification or a page point too: "(per [MSC3860](…))", "(as per …)", "(cf. …)",
// "(refs …)", "(following …)", "(siehe …)", "(voir …)", "(ver …)", "(veja …)", "(参见 …)", "(詳細は …)".
const CITING_WORDS = "(?:per|as per|cf\\.?|refs?|re|following|according to|siehe|vgl\\.|voir|ver|veja|véase|参见|参考|详见|詳細は|参照)";
const BRACKET_POINTING_AT_DROPPED = new RegExp(
  `\\s*[,;]?\\s*[(（]\\s*(?:(?:[A-Za-z]{2,20}(?:\\s+[A-Za-z]{2,20}){0,3}\\s+)?${POINTING_WORDS}|${CITING_WORDS})\\s*${DROPPED_RUN}\\s*[)）]`,
  "giu",
);
const WORDS_POINTING_AT_DROPPED = new RegExp(
  `(?<=[^\\s,;])[\\s,;]+(?:[A-Za-z]{2,20}(?:ed|en)\\s+)?${POINTING_WORDS}\\s*${DROPPED_RUN}(?=\\s*[.,;:!?)\\]。，、；：！？]|\\s*$)`,
  "giu",
);
// Dropped links before punctuation take their space and separating commas along: "fixed in <a>, <b>." → "fixed in.".
const DROPPED_BEFORE_PUNCTUATION = new RegExp(`(?:\\s*[,;]?\\s*${MARK})+(?=\\s*[.,;:!?)\\]。，、；：！？]|$)`, "g");
// "Done. [#12](…).": dropped links after a finished sentence take their own full stop along, not leave "Done..".
const DROPPED_AFTER_SENTENCE = new RegExp(`(?<=[.!?。！？])(?:\\s*[,;]?\\s*${MARK})+\\s*[.。](?![.。])`, "g");
// "…is present. (commit [c948b31]).": so does a bracket that held only dropped references, not leave "present..".
const DROPPED_BRACKETS_AFTER_SENTENCE = new RegExp(`(?<=[.!?。！？])(?:${DROPPED_IN_BRACKETS.source})+\\s*[.。](?![.。])`, "giu");
// "[#512](…) @juridon text": a handle right after a dropped reference credits its author.
const HANDLE_AFTER_DROPPED = new RegExp(`(${MARK})\\s*@[A-Za-z0-9][\\w-]{0,38}(?:\\[bot\\])?(?=\\s|$)`, "g");
// "… [#13701](…) by Copilot": a name after a reference that was a link, ending the change, is its author, even a
// bot's or a person's without a handle; it goes with the reference.
const NAME_AFTER_DROPPED = new RegExp(`(${MARK})\\s+by\\s+\\p{Lu}[\\w.'’-]{0,38}(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}){0,3}(?=\\s*[.!]?\\s*$)`, "u");
// "PR [#12](…)": the keyword of a reference whose number was a link goes with it, or "PR" is left on its own.
const KEYWORD_BEFORE_DROPPED = new RegExp(`(?:^|(?<=[\\s(\\[,;:]))(?:PRs?|MRs?|[Pp]ull [Rr]equests?)\\s*(?=${MARK})`, "g");

const HANDLE = HANDLE_OR_CODED;
// "@a, @b", "@a and @b", "@a & @b", "@a、@b", "@a / @b", "@a @b".
const HANDLES = handleRun(HANDLE, String.raw`\s?,\s?|\sand\s|\s?&\s?|\s?[、和与及]\s?|\s?\/\s?|\s`, 20);
// "#12", "owner/repo#12"; names bounded so that a long run of word characters costs one pass, not a square.
const REF = "(?:[\\w.-]{1,100}\\/[\\w.-]{1,100})?#\\d{1,9}";
// "12109", "#12109, 12110": numbers after a word that says they are pull requests.
const BARE_NUMBERS = "#?\\d{1,9}(?:\\s?(?:,|and)\\s?#?\\d{1,9}){0,20}";
const REFS = `${REF}(?:(?:\\s?,\\s?|\\sand\\s|\\s)${REF}){0,20}`;
// A trailing slash or fragment ("pull/3906/", "pull/116#issue-1") belongs to the URL: it must not stay behind.
const PR_URL = "https?:\\/\\/github\\.com\\/[\\w.-]+\\/[\\w.-]+\\/(?:pull|issues|commit|compare)\\/[\\w.-]+\\/?(?:#[\\w-]{1,100})?";
const KEYWORDS = "(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?|refs?|see|in|via|from|part of|backport(?:ed)?(?: of)?|cherry-pick(?:ed)?(?: from)?|port of)";
// hutool's "issue#IANKQ1@Gitee", "pr#3720@Github": an issue or pull request of a named site, ids with letters too.
const SITE_REF = "(?:issues?|pr|mr)\\s*#[A-Za-z0-9]{1,20}(?:@[A-Za-z]{2,20})?";
// One reference in a bracketed list, with the keyword it may carry: "#12", "closes #13", "PR #14", "GH-15".
const REF_ITEM = `(?:(?:(?:${KEYWORDS}|PR|pull request|issue|MR)\\s+)?(?:${REF}|GH-\\d+|!\\d+)|${SITE_REF})`;
// "any-listen#82": another repository's issue, named without its owner. Only inside a bracket of references: in a
// sentence, "C#12" may be the language's version.
const REPO_REF = "[A-Za-z][\\w.-]{1,99}#\\d{1,9}";
// A bracket that only credits: references and the handles of their authors, "(#2575 @user)", "(#2382 @a, #2390)",
// "(closes #12, @a)"; a space alone may part a reference from its author.
const CREDIT_ITEM = `(?:${REF_ITEM}|${REPO_REF}|${HANDLE})`;

// Prefixes of a whole change: changesets' "#123 abc1234 Thanks @user! - text" (the references may already be
// gone), a commit hash "abc1234: text", a dash left by a dropped link ("[`abc`] - buffer: …").
// Another repository's reference may stand apart from its number: PHPUnit's "phpunit/php-code-coverage #1231: …".
const HEAD_REF = `(?:(?:[A-Z]{2,15}|[Ii]ssue|[Bb]ug|[Ff]eature|[Tt]icket)\\s+)?(?:[\\w.-]{1,100}\\/[\\w.-]{1,100}\\s+)?${REF}`;
const PREFIXES: RegExp[] = [
  new RegExp(`^(?:(?:${REF}|[0-9a-f]{7,40})\\s+)*Thanks\\s+${HANDLES}\\s*!\\s*-\\s+`, "i"),
  /^[0-9a-f]{7,40}:\s+/i,
  /^[-–—|:]\s+/u,
  // A gitmoji shortcode (":bug: fix …") GitHub would draw as an emoji; a post would show the word.
  /^(?::[a-z0-9_+-]{1,30}:\s*)+/u,
  // References that head the change, their link words and all: ripgrep's "[BUG #2653](…), [BUG #3001](…): Include …".
  // Only a shouted or reference word goes with one: "Fixes #12: crash…" keeps saying what it does.
  new RegExp(`^${HEAD_REF}(?:\\s*[,;&/]\\s*${HEAD_REF}){0,20}\\s*[:：]\\s+`, "u"),
  // A branch tag before the title, housekeeping of how the change was merged: Laravel's "[12.x] …", a backport's
  // "[release/v7.5] …", "[backport 2.x] …", "[v7.5] …".
  /^\[(?:(?:release|releases|backport|branch|stable|maint(?:enance)?|hotfix|lts)[\s/_-]*v?\d+(?:\.(?:\d+|x))*|v?\d+(?:\.\d+)*\.x|v\d+(?:\.\d+)+)\]\s+/iu,
  // A pull request's number heading its title, from a link that carried both ("[1407: Fix …](…/pull/1407)"), or Gitee's
  // "!364 fix …".
  /^(?:\d{1,7}[:：]|!\d{1,7}[:：]?)\s+(?=[\p{L}`])/u,
  // A merge commit's head before what it merged: Gitee's "merge: pr 364 fix: …", "Merge PR !364: …".
  /^merge[sd]?\s*[:：]?\s*(?:(?:pr|pull request|mr)\s*[#!]?\d{1,9}|!\d{1,9})\s*[:：]?\s*/iu,
];

// Symfony's changelog: "bug #57803 [FrameworkBundle] move … (xabbuh)": a type, the pull request's number, the
// components in brackets, the text, the author. Number and author go; the type and components are written as a
// conventional commit's ("fix(FrameworkBundle): move …"), which the item's reading turns into its kind and a scope
// ("FrameworkBundle: move …"). Only with both ends, so "Bug #12 crashes the parser" is left alone.
const TYPED_ENTRY = /^(bug|feature|minor|security|performance)\s+#\d{1,9}\s+((?:\[[^[\]\s][^[\]]{0,40}\]){0,10})\s*/iu;
const TYPED_ENTRY_AUTHOR = /\s+\([\p{L}\p{M}\p{N}_.'-]{1,39}(?:,?\s[\p{L}\p{M}\p{N}_.'-]{1,39}){0,5}\)$/u;
const TYPED_ENTRY_TYPES: Record<string, string> = { bug: "fix", feature: "feat", minor: "chore", security: "security", performance: "perf" };

/** Symfony's typed entry, read whole with its author by withoutTypedEntryPrefix(). */
export const isTypedEntry = (text: string): boolean => TYPED_ENTRY.test(text) && TYPED_ENTRY_AUTHOR.test(text);

/** "bug #57803 [Console][VarDumper] Fix x (alice)" → "fix(Console/VarDumper): Fix x"; other text is returned as is. */
function withoutTypedEntryPrefix(text: string): string {
  const typed = TYPED_ENTRY.exec(text);
  if (!typed || !TYPED_ENTRY_AUTHOR.test(text)) return text;
  const type = TYPED_ENTRY_TYPES[(typed[1] ?? "").toLowerCase()] ?? "";
  const parts = [...(typed[2] ?? "").matchAll(/\[([^\]]+)\]/gu)].map((part) => (part[1] ?? "").trim());
  const rest = text.slice(typed[0].length).replace(TYPED_ENTRY_AUTHOR, "");
  return `${type}${parts.length > 0 ? `(${parts.join("/")})` : ""}: ${rest}`;
}

// A handle as the subject of a change: "@kareemZarka 新增LFS支持。", "@user: fix x", "@user added y". Not a package
// scope ("@scope/pkg"), nor a JSDoc tag, CSS at-rule or decorator written without code marks ("@deprecated tags …").
const CODE_AT_WORDS = /^@(?:deprecated|param|returns?|type(?:def)?|template|see|link|example|internal|public|private|since|throws|media|import|layer|apply|tailwind|container|supports|font-face|keyframes|property|use|forward|mixin|include|extend|font-feature-values|page|charset|namespace|scope|starting-style|view-transition|component|input|output|injectable|ngmodule|directive|pipe|test|before|after|override|ts-ignore|ts-expect-error|jsx|vite-ignore|nuxt|vue|angular|babel|types)$/iu;
const SUBJECT_VERBS = "(?:added|adds|fixed|fixes|made|makes|implemented|implements|introduced|introduces|improved|improves|updated|updates|removed|removes|refactored|refactors|contributed|wrote|rewrote|submitted|changed|changes|supported|supports)";
const HANDLE_AS_SUBJECT = new RegExp(
  `^(@[A-Za-z0-9][\\w-]{0,38}(?:\\[bot\\])?)(?![\\w/@.-])(?:\\s*[:：]\\s*|\\s+(?=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]|${SUBJECT_VERBS}\\b))`,
  "u",
);

/** "@user 新增 X" → "新增 X", "@user added X" → "Added X"; a code word in the subject's place stays. */
function withoutHandleAsSubject(text: string): string {
  const subject = HANDLE_AS_SUBJECT.exec(text);
  if (!subject || CODE_AT_WORDS.test(subject[1] ?? "")) return text;
  const rest = text.slice(subject[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

// "jane at example dot com", "jing dot empty at gmail.com", "x7 at pm dot me": an e-mail address spelled out.
const OBFUSCATED_EMAIL = "[\\w+-]{1,64}(?:(?:\\s+dot\\s+|\\.)[\\w+-]{1,64}){0,5}\\s+at\\s+[\\w-]{1,63}(?:(?:\\s+dot\\s+|\\.)[\\w-]{1,63}){0,4}(?:\\s+dot\\s+|\\.)(?:com|org|net|edu|gov|io|me|dev|info|co|jp|de|uk|fr|cn|ru|nl|se|fi|no|it|es|pl|ch|at|be|cz|au|ca|br|in|kr|tw|us|eu)\\b";
// A name as a login or a name in Latin letters, one word: "fehead", "Alexander-Programming".
const PLAIN_NAME = "[A-Za-z0-9][\\w.-]{0,38}";
const CREDITED_PERSON = `(?:${HANDLE}|\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}){0,3})`;
// People as the subject of a sentence, one of them a handle: "Ameen Radwan and @vyacheslavhere have added custom errors",
// "@a, @b and Jane Doe fixed …". The credit goes, the change stays ("Added custom errors …").
const PEOPLE_AS_SUBJECT = new RegExp(
  `^(?:${CREDITED_PERSON}\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*))*${CREDITED_PERSON}\\s+(?:(?:have|has)\\s+)?(?=${SUBJECT_VERBS}\\b)`,
  "u",
);

const A_HANDLE = new RegExp(HANDLE, "u");

/** "Jane Doe and @bob have added X" → "Added X": only where a handle says they are people. */
function withoutPeopleAsSubject(sentence: string): string {
  const subject = PEOPLE_AS_SUBJECT.exec(sentence);
  if (!subject || !A_HANDLE.test(subject[0])) return sentence;
  const rest = sentence.slice(subject[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

// Every NAMED_CREDIT_CLAUSE has one of these: "… by Name", "Thanks", "Kudos to", "Props to".
const NAMED_CREDIT_HINT = /\sby\s|[Tt]hank|[Kk]udos to|[Pp]rops to/u;
const NAMED_CREDIT_CLAUSE = `\\b(?:(?:[Cc]ontributed|[Pp]atched|[Rr]eported|[Ii]mplemented|[Aa]uthored|[Ss]uggested|[Ff]ixed|[Ss]ubmitted|[Tt]ranslated|[Ww]ritten|[Pp]roposed|[Dd]one|[Ss]ponsored)\\s+by|[Tt]hanks(?:\\s+to)?|[Tt]hank you|[Kk]udos to|[Pp]rops to)\\s+${CREDITED_PERSON}(?:\\s*(?:,|\\band\\b|&)\\s*${CREDITED_PERSON}){0,10}`;

// The people a thanks names: "Jane Doe", "A, B, and C", each maybe with where they work ("Jane Doe (@jd) of CyStack",
// "Qifan Zhang, Palo Alto Networks").
const AFFILIATION = `\\p{Lu}[\\p{L}\\p{M}.'’&-]{0,40}(?:\\s(?:(?:of|and|for|the)\\s)*\\p{Lu}[\\p{L}\\p{M}.'’&-]{0,40}){0,8}`;
const THANKED_PERSON = `${CREDITED_PERSON}(?:\\s+\\(${HANDLE}\\))?(?:\\s*,?\\s+(?:of|from|at)\\s+(?:the\\s+)?${AFFILIATION}(?:\\s+\\(\\p{Lu}{2,8}\\))?)?`;
const THANKED_PEOPLE = `${THANKED_PERSON}(?:(?:\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+(?:and|&)\\s+)${THANKED_PERSON}){0,10}`;

// A name as a credit beside a reference writes it: a handle, a login ("jdoe", "Rutgerdj"), or a full name.
const PLAIN_CREDITED = `(?:${HANDLE}|[\\p{L}\\p{N}][\\w.-]{0,38}(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}){0,3})`;
// Before a bracketed reference only a name that cannot be a common word: a handle, a capital, or a login's digit or dash.
const NAMED_PLAINLY = `(?:${HANDLE}|\\p{Lu}[\\w.'’-]{0,38}(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}){0,3}|[a-z][a-z]*[\\d_-][\\w-]{0,37})`;
// Verbs whose "by" names the author, which go with the credit: "Contributed by Jane Doe (#12)".
const CREDIT_VERB = "(?:[Cc]ontributed|[Rr]eported|[Pp]atched|[Ii]mplemented|[Ss]uggested|[Ff]ixed|[Ss]ubmitted|[Aa]uthored|[Ww]ritten|[Dd]one)";
// Verbs whose "by" names a cause, not an author: "a regression caused by Parser (#12)".
const AGENT_VERBS = "(?:caused|introduced|triggered|affected|used|required|replaced|superseded|blocked|covered|handled|generated|sorted|grouped|ordered|followed|broken|raised|thrown|returned|called|set|read|written)";

// A plain name credited beside a reference (GitHub's and git-cliff's forms): "… (#12) by Jane Doe", "… by jdoe in #12",
// "… by Jane Doe (#12)", or "… by jdoe in" once its link went. The reference beside it makes the name a credit; the
// sentence keeps its own stop. A passive verb's agent stays ("caused by Parser (#12)" names a cause), and "by the
// parser" is prose anyway.
const PLAIN_NAME_CREDITS: RegExp[] = [
  new RegExp(`\\s*[(\\[]\\s*${REFS}\\s*[)\\]]\\s+by\\s+${PLAIN_CREDITED}(?=\\s*[.!]?\\s*$)`, "gu"),
  new RegExp(`(?<!\\b${AGENT_VERBS}\\s*)(?:(?:^|\\s+)${CREDIT_VERB})?\\s+by\\s+${PLAIN_CREDITED}\\s+in(?:\\s+(?:${REFS}|${PR_URL}))?(?=\\s*[.!]?\\s*$)`, "gu"),
  new RegExp(`(?<!\\b${AGENT_VERBS}\\s*)(?:(?:^|\\s+)${CREDIT_VERB})?\\s+by\\s+${NAMED_PLAINLY}\\s*[(\\[]\\s*${REFS}\\s*[)\\]](?=\\s*[.!]?\\s*$)`, "gu"),
];

// How a Japanese thanks may end: a stop, or a cheerful "っ！", "ー！", "♪" ("MY4kさんありがとうっ！").
const THANKS_TAIL = "[っッー〜~]*[。！!♪]*";

// A role in a change's credit ("report by", "Reviewed by", "with help from"), and a person's name: capitalised words
// ("Gabriel Scherer", "Jean de la Fontaine") or a handle ("@bob").
const ROLE_WORDS = "reports? reviews? suggestions? requests? ideas? help testing tests feedback advice analysis investigation diagnosis patch fix reported reviewed suggested requested tested diagnosed investigated analysed analyzed co-authored".split(" ");
const CREDIT_ROLE = String.raw`(?:(?:[Ii]nitial |[Oo]riginal |[Ff]irst )?(?:${ROLE_WORDS.map((word) => `[${word[0] ?? ""}${word[0]?.toUpperCase() ?? ""}]${word.slice(1)}`).join("|")}) by|with (?:help|input|review) from)`;
const CREDITED_NAME = String.raw`(?:@[\w.-]{1,39}|\p{Lu}[\p{L}\p{M}.'’-]{0,40}(?:\s+(?:(?:de|van|von|der|den|da|di|du|la|le)\s+){0,2}\p{Lu}[\p{L}\p{M}.'’-]{0,40}){0,3})`;
// A bracket that names people and roles only: each part a name or a role then its name, parts joined by a comma or
// "and" (", and" too); at least one role. "(previously reported by NuGet as a warning)" says more than who, and stays.
const CREDIT_PART = String.raw`(?:${CREDIT_ROLE}\s+)?${CREDITED_NAME}`;
const CREDIT_BRACKET = String.raw`(?=[^()（）]{0,300}(?<![\p{L}])${CREDIT_ROLE}\s+[@\p{Lu}])${CREDIT_PART}(?:\s*(?:,\s*(?:and\b)?|\band\b|&)\s*${CREDIT_PART})*\s*`;

// Each pattern removes one credit or reference format from a sentence; applied in order.
type Replacer = (whole: string, ...groups: Array<string | number | undefined>) => string;
// A third element is a cheap test every text the pattern can change passes: a long pattern is compiled on first use,
// and most notes never need it.
const CREDITS: Array<[RegExp, string | Replacer, RegExp?]> = [
  ...BY_CREDITS,
  // OCaml's Changes and kin credit each role in a bracket that ends the change: "(Olivier Nicole, report by Nathan
  // Taylor, review by Gabriel Scherer and Stefan Muenzel)", "(Jane Doe, review by X)", "(review by X)": a closing bracket of
  // names and roles only (CREDIT_BRACKET) is all credit.
  [new RegExp(`\\s*[(（]\\s*${CREDIT_BRACKET}[)）][.。]?\\s*$`, "u"), "", /\b(?:by|from)\s/u],
  // A GitHub page's title as a link's words: "Add x by spectranaut · Pull Request #1174 · tc39/ecma262", "ES2020 の対応 ·
  // Issue #1145 · owner/repo". The card's author, number and repository go; the title stays. Also what is left once the
  // number went: "… by spectranaut · · tc39/ecma262".
  [new RegExp(`(?:\\s+by\\s+[\\w-]{1,39})?\\s+·\\s+(?:(?:Pull Request|Issue|Discussion|Commit)\\s+#?\\w{1,40}\\s+)?·\\s+[\\w.-]{1,100}\\/[\\w.-]{1,100}(?=\\s*$|\\s*[)\\]])`, "gu"), ""],
  // GitHub's generated notes: "… by @user in https://github.com/o/r/pull/12" (or "in #12", or a link now gone)
  // Also before a tag git-cliff writes after the link ("… by @user in [#12](…) [**breaking**]"): the tag stays for the
  // kind, the credit and its "in" go.
  [new RegExp(`(?:^|\\s+)by\\s+${HANDLES}\\s+in(?:\\s+(?:${PR_URL}|${REF})|\\s*$|(?=(?:\\s*${MARK})*\\s*\\[\\**[\\p{L}][\\p{L} -]{0,28}\\**\\]\\s*$))`, "giu"), ""],
  // Chinese credits: "由 @user 贡献，在 #123", "感谢 @user 的贡献", "（由 @a、@b 提交）"
  [new RegExp(`[，,（(]?\\s*由\\s*${HANDLES}\\s*(?:贡献|提交|提供|实现|修复)?(?:[，,]\\s*在\\s*(?:${REFS})?(?:\\s*中)?)?\\s*[）)]?`, "g"), ""],
  // A reference and its author in plain brackets at a change's end (Sidekiq's Changes.md): "[#6874, deve1212]",
  // "(#12, #13, jdoe)", "[#6865, Jane Doe]".
  [new RegExp(`\\s*[(\\[]\\s*${REFS}\\s*,\\s*@?[\\p{L}\\p{N}][\\w.-]{0,38}(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}){0,3}(?:\\s*(?:,|\\band\\b|&)\\s*@?[\\p{L}\\p{N}][\\w.-]{0,38})*\\s*[)\\]](?=\\s*[.!]?\\s*$)`, "gu"), ""],
  // changelogithub's credit without a handle: "… &nbsp;-&nbsp; by **Azir-11**", "… - by **刘璐**": after a dash, "by"
  // and one or more names end the change. (Not the words a change sorts or groups by: "Sort the list - by date".)
  [/(?:^|\s+)[-–—]\s+by\s+(?!(?:default|date|name|size|type|time|key|value|id|path|hand|design|itself|far|now|then|the|a|an)\b)@?[\p{L}\p{N}][\p{L}\p{N}._-]{0,38}(?:\s*(?:,|&|\band\b)\s*@?[\p{L}\p{N}][\p{L}\p{N}._-]{0,38}){0,10}\s*$/gu, "", /\sby\s/u],
  // "PR #123 by @user.", "(#123 by user)", "(by @user)", "(author by @user)", "（作者：@user）", "— @user", "thanks to @a and @b!", "contributed by @user"
  [new RegExp(`\\s*\\(\\s*(?:(?:PR|pull request)\\s*)?${REFS}(?:\\s*,)?\\s+by\\s+@?[\\w-]+(?:\\[bot\\])?\\s*\\)`, "gi"), ""],
  // The same with a person's full name, or a reference link to one defined elsewhere in the changelog: "(#4927 by Bastien
  // de Luca)", "(#5025 by [Marius Volkhart][MariusV])".
  [new RegExp(`\\s*\\(\\s*${REFS}(?:\\s*,)?\\s+by\\s+(?:\\[[^\\]\\n]{1,60}\\](?:\\[[^\\]\\n]{0,60}\\])?|\\p{Lu}[\\p{L}'.-]*(?:\\s+(?:\\p{Lu}|de|da|van|von|der|le|la|del)[\\p{L}'.-]*){0,4})\\s*\\)`, "gu"), ""],
  // A commit's short hash in brackets, alone or in a list, maybe named so: "(5e71d77e)", "(6621d45, d836b90, 5e08c764)",
  // libexpat's "(commit 16e2efd867ea…)".
  [/\s*\((?:commits?\s+)?(?=[0-9a-f]*\d)[0-9a-f]{7,40}(?:\s*,\s*(?=[0-9a-f]*\d)[0-9a-f]{7,40}){0,10}\)/gu, ""],
  // A sentence that goes on from the issue number it opens with, as its subject or object ("#812 で報告された問題への対策",
  // "#812 中的问题", "#812 의 문제"): without the number it is half a sentence, with it a reference no reader can open.
  // It goes whole.
  [/^(?:[\w()-]{1,30}!?:\s*)?#\d{2,9}\s*(?:で|の|に|を|は|が|と|へ|も|から|まで|より|中|里|内|的|에서|에|의|을|를|이|가|은|는)[^。.!?！？]*[。.!?！？]?$/u, ""],
  // An issue number that opens the change's words: "feat: #1600 提高超大文档的性能".
  [/(^|^[\w()-]{1,30}!?:\s*)#\d{2,9}\s+(?=\S)/u, "$1"],
  [new RegExp(`[\\s,;]*(?:\\b(?:PR|pull request|MR)\\s*)?${REFS}\\s+by\\s+${HANDLES}\\s*[.!]?`, "gi"), ""],
  [new RegExp(`\\s*[(\\[（]\\s*(?:(?:thanks?(?:\\s+to)?|by|via|from|cc|props to|kudos to|h\\/t|hat tip(?:\\s+to)?|(?:author(?:ed)?|contributors?|co-authored)(?:\\s+by)?|感谢|感謝|作者|贡献者|貢献者|작성자)\\s*[:：]?\\s*)?${HANDLES}\\s*[!！]?\\s*[)\\]）]`, "gi"), ""],
  // "（感谢 @algolia 团队的协助）": a bracket that opens by thanking is all credit, whatever it names after the handle.
  [/\s*[（(]\s*(?:特别|特別)?(?:感谢|感謝|鸣谢|鳴謝|致谢|致謝)[^（）()\n]{0,80}[）)]/gu, ""],
  [new RegExp(`[，,]?\\s*感谢\\s*${HANDLES}\\s*(?:的)?(?:贡献|帮助|支持|反馈|报告|建议|测试|\\s*PR)?[。！!]?`, "g"), ""],
  // Pull requests as Chinese and Japanese notes name them: "，合并PR-3926", "合并PR-2888、PR-3006", "PR-12 をマージ".
  [/[，,；;、]?\s*(?:(?:合并|合並|マージ)了?\s*(?:PR|MR)s?\s*[-#]?\s*|(?<![\w-])(?:PR|MR)-)\d{1,9}(?:\s*[、,，/和及]\s*(?:(?:PR|MR)\s*[-#]?\s*)?\d{1,9}){0,20}(?:\s*を?\s*マージ(?:しました)?)?/gu, ""],
  // Japanese and Korean thank after the name: "@x さんありがとうございます！", "@x 님 감사합니다".
  [new RegExp(`[、，,]?\\s*${HANDLES}\\s*(?:さん|様|氏)?\\s*[、，,]?\\s*(?:ありがとうございます|ありがとうございました|ありがとう|に感謝(?:します|いたします)?)${THANKS_TAIL}`, "g"), ""],
  [new RegExp(`[,]?\\s*${HANDLES}\\s*님?\\s*(?:께\\s*)?(?:감사합니다|감사드립니다|고맙습니다)[.!]?`, "g"), ""],
  // The same with a plain name, which the honorific marks as a person's: NavilIME's "32비트 어플리케이션 지원- fehead 님
  // 감사합니다.", "x さん、ありがとうございます", "修复 X，感谢 张三 的贡献"; also the honorific left once a handle
  // before it went ("さん、ありがとうございます").
  [new RegExp(`(?:\\s*[-–—,、，]\\s*|\\s+|^)(?:${PLAIN_NAME}\\s*)?님\\s*(?:께서?\\s*)?(?:정말\\s*|진심으로\\s*)?(?:감사합니다|감사드립니다|고맙습니다)[.!]?`, "gu"), ""],
  [new RegExp(`(?:\\s*[-–—,、，。:：]\\s*|\\s+|^)(?:${PLAIN_NAME}\\s*)?(?:さん|様|氏)\\s*[、，,]?\\s*(?:(?:本当に|どうも)\\s*)?(?:ありがとうございます|ありがとうございました|ありがとう|に感謝(?:します|いたします|しています)?)${THANKS_TAIL}`, "gu"), ""],
  [new RegExp(`(?:\\s*[-–—,、，]\\s*|^)(?:(?:特别|非常)\\s*)?感谢\\s*(?:${PLAIN_NAME}|\\p{Script=Han}{2,4}?)(?:\\s*[、和与及,，]\\s*(?:${PLAIN_NAME}|\\p{Script=Han}{2,4}?)){0,10}\\s*的\\s*(?:贡献|帮助|支持|反馈|报告|建议|测试|修复|付出|PR)[。！!]?`, "gu"), ""],
  // The name and its honorific or deed alone end the change: "… @x 贡献", "…を修正 @x さん", "… @x 님".
  [new RegExp(`[，,、]?\\s*${HANDLES}\\s*(?:贡献|貢献|提交|提供|さん|様|氏|님)\\s*[。！!.]?\\s*$`, "u"), ""],
  // "…, thanks to work by @user", "thanks to @a and @b for the report"
  // changesets' "… - Thanks @user!": the dash before the thanks and the "!" that ends the change go with it.
  [new RegExp(`[\\s,;]*(?:[—–-]\\s*)?\\b(?:(?:many|big|special|huge|also|and)\\s+)*(?:thanks|thank you|kudos|props to|shout-?out)\\b[^.!?]{0,60}?${HANDLES}(?:\\s+for\\s+[^.!?]{0,40})?(?:!+\\s*$|(?=[.!?]|$))`, "gi"), ""],
  [new RegExp(`[\\s,;.]*[—–-]?\\s*(?:\\b(?:thanks?(?:\\s+to)?|(?:contributed|reported|implemented|authored|suggested|fixed|submitted|done|translation)\\s+by|by|via|from|props to|kudos to|hat tip(?:\\s+to)?|cc)|\\bh\\/t)\\s+${HANDLES}\\s*[.!]*\\s*$`, "i"), ""],
  [new RegExp(`\\s+[—–-]\\s*${HANDLES}\\s*$`), ""],
  // "Fix crash @alice, thanks!": the thanks after the name.
  [new RegExp(`\\s+${HANDLES}\\s*[,，]?\\s*(?:thanks|thank you|谢谢|感谢)\\s*[!！.。]*\\s*$`, "iu"), ""],
  // "— contributed by Jane Doe", "- thanks Jane Doe!", ", reported by Jane Doe, fixed by @bob": credits that name
  // people without handles end the change; only after a word that credits, so "Sort by Name" keeps its words.
  // "Fix various memory leaks reported by Huihui Huang.": a deed only people do needs no comma before it.
  [new RegExp(`(?:\\s*[,;.—–-]\\s*|\\s+(?=[Tt]hank|(?:reported|contributed|suggested|submitted|patched|authored|sponsored)\\s+by\\s)|^)${NAMED_CREDIT_CLAUSE}(?:\\s*[,;]?\\s*(?:and\\s+)?${NAMED_CREDIT_CLAUSE}){0,3}\\s*[.!]*\\s*$`, "u"), "", NAMED_CREDIT_HINT],
  // "…is hidden. by wryyyds7": a name after the sentence has ended
  [/(?<=[.!?。！？])\s*by\s+[\w.-]{2,39}\s*$|^by\s+[\w.-]{2,39}$/u, ""],
  // an issue tracker's key in square brackets: "[DSFR-109]", "[JIRA-1234]" (a reader of the post cannot open it)
  [/\s*\[[A-Z][A-Z0-9]{1,15}-\d{1,7}\]/gu, ""],
  // The same key in round brackets at the change's end: "… une version `undefined` (PIX-14943)." Not a standard's or
  // an advisory's name ("(UTF-8)", "(PSR-4)", "(PEP-8)", "(CVE-2024-1)": standard-names.ts): those say what changed.
  [new RegExp(String.raw`\s*\((?!(?:${STANDARD_NAMES_UPPER})-)[A-Z][A-Z0-9]{1,15}-\d{2,7}\)(?=\s*[.。!]?\s*$)`, "u"), ""],
  // A dependency bot's tag after a bump ("Update dependency axios to v1.7.4 [SECURITY]."), said in words that still
  // mark the change as a security fix.
  [/\s*\[SECURITY\](?=\s*[.。]?\s*$)/u, " (security fix)"],
  // "(#12)", "(closes #12, #13)", "[#12]", "(PR #12)", "(GH-12)", "(#1922, closes #1904)", "(#729 / #730)", "（#12）"
  // "(#2575 @user)", "（any-listen#82）": their authors and other repositories' references with them
  [new RegExp(`\\s*[(\\[（]\\s*${CREDIT_ITEM}(?:(?:\\s*(?:[,;/、]|\\band\\b)\\s*|\\s+)${CREDIT_ITEM}){0,20}\\s*[)\\]）]`, "gi"), ""],
  // The brackets a reference stood in, left empty: "になります([#1412])。" (a reference link defined elsewhere in the
  // changelog), "Fix the parser ([#12])". Not a call's brackets ("`foo()`", "foo()"), nor "an empty [] literal".
  [/(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s]|^)\s*(?:\(\s*\)|（\s*）)(?=[\s.,;:!?。、，；：！？]|$)/gu, ""],
  // a trailing reference with the words that point at it: "Fix failing tests introduced by #59201"
  [new RegExp(`[\\s,;]*\\b(?:[A-Za-z]{2,20}(?:ed|en)\\s+)?(?:by|in|since|after|from)\\s+(?:${REFS}|${PR_URL})\\.?\\s*$`, "i"), ""],
  // trailing "closes #12" / "Fixes owner/repo#3 and #4." / "in https://github.com/o/r/pull/12"
  // ("Add X that closes #12": the clause that only pointed at the reference goes whole)
  [new RegExp(`[\\s,;]*(?:\\b(?:that|which|and)\\s+)?\\b${KEYWORDS}:?\\s+(?:${REFS}|${PR_URL})\\.?\\s*$`, "i"), ""],
  // "Fix zombie git proc issue #1012", "Fix the issue #12 where …": "issue" is the sentence's noun there and stays;
  // after a pointing word ("closes issue #12", "see issue #3") or a bracket it only names the reference, and goes.
  [new RegExp(`([\\s,;]*)\\b(?:PR|pull request|MR|(issue))\\s+${REFS}`, "gi"), (...args) => issueAsNoun(args)],
  // A pull request's number without its "#": "(PR 12109)", "(pull request 12109 by jdoe)", "…, PR 12109 by jdoe".
  [new RegExp(`\\s*[(\\[（]\\s*(?:PR|pull request|MR)s?\\s*${BARE_NUMBERS}(?:\\s*,?\\s+by\\s+(?:${HANDLES}|[\\w-]{1,39}))?\\s*[)\\]）]`, "gi"), ""],
  // The sentence keeps its stop: "…caused by PR 12109. (#12279)" must not run into the next line.
  [new RegExp(`[\\s,;]*\\b(?:PR|pull request|MR)s?\\s*${BARE_NUMBERS}(?:\\s+by\\s+(?:${HANDLES}|[\\w-]{1,39}))?(?=\\s*[.!]?\\s*$)`, "gi"), ""],
  // a sentence that only credits: "Contributed by Kohei Ueno in #53593.", Sphinx's "Patch by A, B and C.",
  // "Original patch by X.", tmux's "From Leo Henon in issue 5025."
  [/^(?:this (?:was|has been) )?(?:(?:original(?:ly)?|initial(?:ly)?|mostly|partly)\s+)?(?:contributed|implemented|authored|written|reported|proposed|sponsored|reviewed|(?:patch(?:es)?|work|fix(?:es)?|implementation|pr|pull request)) by\b[^.!?]{0,120}[.!?]?$/iu, ""],
  [new RegExp(`^[Ff]rom\\s+${CREDITED_PERSON}(?:\\s*(?:,|\\band\\b|&)\\s*${CREDITED_PERSON}){0,10}\\s+in\\s+(?:GitHub\\s+)?issue\\s+\\d{1,9}[.!]?$`, "u"), ""],
  // "Thanks to Jane Doe for the report.": a sentence that thanks people by name, for whatever they did
  // "Credit to Alexander-Programming for reporting the issue.", "Kudos to @a and @b.", "Shout-out to Jane for the idea."
  // A further thanks after the first ("In addition, thanks to Jane Doe, for also reporting this issue.") too.
  [new RegExp(`^(?:(?:[Ii]n addition|[Aa]dditionally|[Aa]lso|[Ff]urthermore),?\\s+)?(?:(?:[Mm]any|[Ss]pecial|[Bb]ig|[Hh]uge|[Aa]lso)\\s+)?(?:[Tt]hanks|[Tt]hank you|(?:(?:[Cc]redits?|[Kk]udos|[Pp]rops|[Ss]hout-?outs?|[Hh]at tip)(?=\\s+(?:go(?:es)?\\s+)?to\\b)))(?:\\s+(?:go(?:es)?\\s+)?to)?\\s+${THANKED_PEOPLE},?(?:\\s+for\\b[^.!?]{0,80})?[.!]?$`, "u"), ""],
  // The thanks said without the word, the people first: "@yuske for reporting this to us responsibly", "Jane Doe for
  // the report.", "@a and @b for finding and fixing this."
  // (A handle or a full name first: one capitalised word is as often a product, "Windows for reporting tools".)
  [new RegExp(`^(?=@|\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+\\p{Lu})${THANKED_PEOPLE},?\\s+for\\s+(?:(?:responsibly\\s+)?(?:reporting|disclosing|finding|discovering|spotting|investigating|debugging|bisecting)|(?:the|their|his|her|a)\\s+(?:(?:detailed|responsible|initial|original|bug)\\s+)?(?:report|disclosure|analysis|investigation|fix|patch))\\b[^.!?]{0,80}[.!]?$`, "u"), ""],
  // an address written out so that robots miss it ("jane at example dot com") is a person's, never a post's; the
  // credit it ends goes with it: ", reported by jane at example dot com"
  [new RegExp(`[\\s,;]*(?:\\b(?:[a-z]{2,20}ed\\s+by|by|from|thanks(?:\\s+to)?)\\s+)?${OBFUSCATED_EMAIL}`, "giu"), ""],
  // a reference keyword whose references were links, now gone: "…, closes"
  // A bracket goes whole; after a comma the bracket it stands in stays closed ("(x, closes)" → "(x)").
  [/\s*\(\s*(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?|refs?|see|PR|pull request)\s*[.:]?\s*\)?\s*$/i, ""],
  [/\s*[,;]\s*(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?|refs?|see|PR|pull request)\s*[.:]?(?=\s*\)?\s*$)/i, ""],
  // a bare link to a pull request, issue or commit: a post cannot use it, and X would bill it as a link
  [new RegExp(`[\\s,;]*(?:\\(\\s*)?${PR_URL}(?:\\s*\\))?`, "gi"), ""],
];

// The word that introduced a reference goes with it: "支持按 path 过滤表项，关闭 [#7475](…)", "…, fixes #12", "see #12".
// Only where the references end the sentence or clause: "修复 [#12] 中的问题" says more. A reference is a dropped link
// or a plain "#12"; Japanese puts the word after it ("#12 を参照").
const LEAD_REFERENCE = `(?:${MARK}|${REF}|GH-\\d{1,9})`;
const LEAD_REFERENCES = `${LEAD_REFERENCE}(?:\\s*(?:[,，、;/&]|\\band\\b)?\\s*${LEAD_REFERENCE}){0,20}`;
// English words after a word boundary; Chinese ones only after punctuation or at the start: "表格问题修复 #12"
// ("the table problem, fixed") keeps its verb.
const LEAD_WORDS =
  "(?:\\b(?:close[sd]?|fix(?:e[sd])|resolve[sd]?|see(?: also)?|refs?|related to|cf\\.?)|(?<=^|[\\s,;:，；、：(（])(?:关闭|修复|解决|详见|参见|参考|關閉|修復|解決|詳見|參見|参照))";
const CLAUSE_ENDS = "(?=\\s*(?:[.。!！?？;；]|$))";
const LEAD_IN_REFERENCE: RegExp[] = [
  new RegExp(`\\s*[(（]\\s*${LEAD_WORDS}\\s*[:：]?\\s*${LEAD_REFERENCES}\\s*[)）]`, "giu"),
  // Not the first of several in brackets ("(see #12; fixes #13)"): the bracket's own rule takes the list whole.
  new RegExp(`(?<![(（]\\s*)[\\s,;:，；、：]*(?:\\b(?:that|which|and)\\s+)?${LEAD_WORDS}\\s*[:：]?\\s*${LEAD_REFERENCES}${CLAUSE_ENDS}`, "giu"),
  new RegExp(`[\\s,，、]*[(（]?\\s*${LEAD_REFERENCES}\\s*(?:を)?\\s*参照(?:してください|下さい|ください)?\\s*[)）]?${CLAUSE_ENDS}`, "gu"),
];

// A person as changelogs credit one: a linked name ("[Jianqi Pan](mailto:…)"), a handle, or up to four plain words.
const PERSON = `(?:${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]{1,80}${LINK_CLOSE}|${HANDLE}|[\\p{L}\\p{M}][\\p{L}\\p{M}.'’-]{0,40}(?:\\s[\\p{L}\\p{M}][\\p{L}\\p{M}.'’-]{0,40}){0,3})`;
// changelogithub and kin: "… - By [Name](mailto:…) in [abc1234](…)", "… by @a and @b in [#12](…)": a credit whose
// reference was a link, now dropped ("in [#1](…) | [#2](…)" too). Only before a dropped link, so a sentence that says
// "by" keeps it.
const CREDIT_BEFORE_DROPPED_LINK = new RegExp(
  `\\s*[-–—]?\\s*\\bby\\s+${PERSON}(?:\\s*(?:,|\\band\\b|&)\\s*${PERSON}){0,10}\\s+in\\s*${MARK}(?:\\s*(?:,|[|｜]|\\band\\b)?\\s*${MARK}){0,20}\\s*$`,
  "iu",
);

// A commit's short or full hash: hex with a digit and a letter in it.
const COMMIT_HASH = "(?=[0-9a-f]*\\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}";
// A body that ends its sentence, or ends in a CJK letter (whose sentence needs no stop to end before a credit).
const ENDS_SENTENCE_OR_CJK = new RegExp(`[.!?。！？)）${CJK_LETTERS}]$`, "u");
const TRAILING_TOKEN = new RegExp(`^(?:${REF}|${HANDLE}|${COMMIT_HASH}|GH-\\d+|!\\d+)[,.;!?。！？]?$`);
const REF_TOKEN = new RegExp(`^(?:${REF}|GH-\\d+|!\\d+)[,.;!?。！？]?$`);
const HASH_TOKEN = new RegExp(`^${COMMIT_HASH}[,.;!?。！？]?$`, "u");
const HASH_AS_OBJECT = /\b(?:to|at|from|of|on|onto|commits?|revision|rev|sha|hash|version|upstream|tag|backport(?:s|ed)?|cherry-pick(?:s|ed)?|revert(?:s|ed)?|reapply|port(?:s|ed)?)$/iu;

// A handle after one of these words is what the sentence is about: "Move the packages to @acme", "Mention support for
// @here". After any other word it is the author's credit: "Disable the check @user".
const HANDLE_AS_OBJECT = /\b(?:to|for|with|of|on|at|about|into|onto|under|as|from|than|like|mention(?:s|ing)?|ping(?:s|ing)?|tag(?:s|ging)?|named|called)$/iu;

/** Handles that end a change after its text are its author's credit, unless they are code words or its object. */
function isTrailingCredit(kept: string, handles: readonly string[]): boolean {
  return !HANDLE_AS_OBJECT.test(kept) && handles.every((token) => !CODE_AT_WORDS.test(token.replace(/[,.;]$/u, "")));
}

// A run of handles inside a change before a new sentence or clause: MAA's "…不再区分 NoAVX 版本 @MistEO @hguandl" then
// "终于…" on the next line, "Add a flag @alice" then "Second line": the notes credit at a line's end, and the line break
// became a space. What follows starts anew: a capital and a small letter, or CJK text.
const INNER_HANDLE_RUN = new RegExp(
  `(?<=[^\\s@])\\s+(${HANDLE}(?:\\s+${HANDLE}){0,20})\\s+(?=\\p{Lu}\\p{Ll}|[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}])`,
  "gu",
);
// A person's handle, as opposed to an annotation or decorator in the same place ("@Nullable", "@JsonProperty"): a digit,
// a hyphen or an underscore, or a small first letter. PascalCase alone may be code, so such a run stays.
const PERSON_HANDLE = /^@(?:[a-z]|[\w-]*[\d_-])/u;
// Words after a handle that make it code: "@customElement 装饰器", "@click 事件"; a particle makes it the sentence's part
// ("@babel 中的问题", "@foo の設定").
const AFTER_CODE_OR_PARTICLE =
  /^(?:Decorators?|Annotations?|Directives?|贡献|貢献|提交|提供|さん|様|氏|님|装饰器|修饰器|修饰符|注解|事件|指令|语法|デコレータ|アノテーション|イベント|ディレクティブ|데코레이터|어노테이션|이벤트|[的中里上下之内] |[のをにがはでとへも](?![\p{Script=Katakana}])|[은는이가을를의에와과])/u;

// A word that credits or lists ("感谢 @x 和 @y 的贡献", "by @a and @b"): other patterns read those whole.
const CREDIT_OR_LIST_BEFORE = /(?:\b(?:by|thanks?|to|and|cc)|感谢|感謝|由|和|与|及|[、,&])$/iu;

/** "…版本 @a @b 终于…" → "…版本，终于…", "Add a flag @alice Second line" → "Add a flag. Second line". */
function withoutInnerHandleRuns(text: string): string {
  if (!text.includes("@")) return text;
  return text.replace(INNER_HANDLE_RUN, (run: string, handles: string, at: number) => {
    const before = text.slice(0, at);
    const after = text.slice(at + run.length);
    const list = handles.split(/\s+/u);
    if (HANDLE_AS_OBJECT.test(before) || CREDIT_OR_LIST_BEFORE.test(before) || AFTER_CODE_OR_PARTICLE.test(after)) return run;
    if (list.some((handle) => CODE_AT_WORDS.test(handle)) || !list.some((handle) => PERSON_HANDLE.test(handle))) return run;
    if (/[\p{P}\p{S}]$/u.test(before)) return " ";
    if (/^\p{Lu}/u.test(after)) return ". ";
    if (/^\p{Script=Hangul}/u.test(after)) return " ";
    return /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) ? "、" : "，";
  });
}

/**
 * A trailing run of references and handles ("… support X. #58209 #58210 @user"): gone when it holds a reference,
 * follows a finished sentence or credits the change's author. Walks tokens from the end, so a long line costs one pass.
 */
function withoutTrailingReferences(text: string): string {
  const tokens = text.split(" ");
  let cut = tokens.length;
  let hasReference = false;
  let hashes = false;
  while (cut > 1 && TRAILING_TOKEN.test(tokens[cut - 1] ?? "")) {
    hasReference ||= REF_TOKEN.test(tokens[cut - 1] ?? "");
    hashes ||= HASH_TOKEN.test(tokens[cut - 1] ?? "");
    cut -= 1;
  }
  if (cut === tokens.length) return text;
  // "Fix the foo, #12.": the comma that led to the references goes with them, or the post reads "foo,.".
  const body = tokens.slice(0, cut).join(" ").replace(/\s*[,;、，；]+$/u, "");
  // "Fix the parser crash abc1234": a commit's hash after the change's words is its reference, unless the words make
  // it their object ("Pin the action to 8e5e7e5").
  hasReference ||= hashes && !HASH_AS_OBJECT.test(body);
  // "Add X @alice. Also Y.": the sentence's own end stays, or the next sentence runs on from this one.
  const end = /[.!?。！？]$/u.exec(tokens.at(-1) ?? "")?.[0] ?? "";
  const kept = /[.!?。！？]$/u.test(body) ? body : body + end;
  if (hasReference || ENDS_SENTENCE_OR_CJK.test(body)) return kept;
  const tail = tokens.slice(cut);
  return tail.every((token) => token.startsWith("@")) && isTrailingCredit(body, tail) ? kept : text;
}

// Sentences or clauses that only point at a page ("For more details check out the docs.", "Refer to X for
// details"): in a post the link is gone, so the pointer is an orphan.
const POINTER_START =
  /^(?:for (?:more|further|full)\b|for (?:details|information|info|context)\b|please\s+(?:see|read|check|visit|view|refer)\b|refer to\b|find (?:out )?more|learn more|more (?:details|info|information)|you can (?:find|read|view|see|check)|details (?:are )?(?:in|at|on)|full (?:details|changelog|release notes)|the full\b|详见|详情|请(?:查看|参考|参阅|阅读)|具体(?:请)?(?:查看|参考|参阅|见)|参见|更多(?:信息|详情|细节)|詳しくは|詳細は|자세한 내용)/iu;
// "See" ("Also see"), "Read" or "Check" also start real changes ("Read .env files", "Check types before emitting"): they
// point only when what follows within a few words is a page, or the sentence ends on "this"/"it".
const POINTER_VERB_START =
  /^(?:also,?\s+)?(?:see|read|check(?: out)?|visit|head (?:over )?to|take a look(?: at)?|view)\b(?:(?:\s+(?:and|or|also|&))*\s*[.!:]?$|(?:\s+[^\s.!?]+){0,6}?\s+(?:docs?|documentation|guides?|blog|posts?|announcement|changelog|release notes|notes|migration|upgrade|reference|readme|wiki|issues?|pull requests?|prs?|discussions?|section|page|links?|article|website|site|faq|manual|tutorial|video|thread|rfc|proposal|details|below|above|here|more|examples?)\b|\s+(?:this|it|them|these|those)[.!:]?$)/iu;
// "The complete list of changes is at the [Changelog](…).", "All changes are listed in the release notes.": a sentence
// whose subject is the list of changes and whose predicate is where it is only points at a page.
const POINTER_SUBJECT =
  /^(?:the |a |our )?(?:(?:complete|full|detailed|entire) )?(?:list of (?:all )?(?:the )?(?:changes|commits|fixes|updates|improvements|features)|changelog|change ?log|release notes|all (?:the |other )?changes)\s+(?:(?:is|are|can be)\s+(?:(?:found|read|seen|available|listed|documented|described|published)\s+)?(?:at|in|on|here|below|above)|lives? (?:at|in|on))\b/iu;
// "→ Read more", "👉 文档": a pointer whose page the notes named without a link.
const SIGNED_POINTER_WORDS = new RegExp(`^${POINTER_ARROW}\\s*(?:${POINTER_WORDS}|${ONLY_POINTER_WORDS})[.!:：。]?$`, "iu");
const POINTER_HEAD = new RegExp(`^(?:[\\p{Extended_Pictographic}\\uFE0F\\s]|${POINTER_ARROW})+`, "u");
// "All issues associated with this milestone can be found using this filter.", "The pull requests in this release are
// listed here.": what is tracked elsewhere and where, with the link gone.
const POINTER_TRACKED =
  /^(?:all |the )?(?:(?:closed |resolved |merged )?(?:issues|pull requests|prs|tickets|commits|changes))\b[^.!?]{0,60}?\b(?:can be (?:found|seen|viewed|browsed)|are (?:listed|tracked|collected))\s+(?:here|there|below|above|(?:at|in|on|using|via|with|through)\b[^.!?]{0,30})[.!]?$/iu;
// Chinese, Japanese and Korean put the pointing verb last: "…を併せて参照してください", "…をご覧ください",
// "详细说明请参阅文档", "…를 참고하세요". A sentence that ends so only points.
// One clause only: "…移除 X 图标，具体请查看图标页面" is a change with a pointer clause, which goes on its own.
const POINTER_END =
  /^[^、，,；;]{0,80}(?:参照|ご覧|ご確認|ご参照)(?:して)?(?:ください|下さい)[。.]?$|^[^、，,；;。]{0,16}请(?:参阅|参考|查看|阅读|参见)[^、，,；;。！？]{0,40}[。.]?$|^[^,，;]{0,80}(?:참고|참조|확인)(?:하세요|하십시오|해 주세요|바랍니다)[.]?$/u;
const POINTER_ANYWHERE = /\b(?:for (?:more )?details|for more information|to learn more)\b/i;
// A sentence or clause that only points at what follows: "so be sure to read the following information carefully.", "The
// changes are listed below.", "Details below.", "详见下文", "以下の変更があります", "변경 사항은 다음과 같습니다". A post shows
// the changes without it, and one that ends on it points at nothing. (A lead-in ending in ":" is read with its list.)
const POINTER_FORWARD =
  /^(?:(?:so|and|but|therefore|thus)\s+)?(?:(?:please|kindly)\s+)?(?:(?:be sure|make sure|remember|take care)\s+(?:to|you)\s+|you (?:should|must|may want to|will want to)\s+|we (?:recommend|suggest|encourage)(?: you)?(?: to)?\s+|it is (?:recommended|important|advised) to\s+)?(?:(?:carefully|also)\s+)?(?:read|review|check|see|consult|look (?:at|over|through)|go (?:over|through)|note|refer to)\s+(?:(?:the|all|each of the)\s+)?(?:following|below|details below|notes below|list below|section below)\b[^.!?:：]{0,60}[.!]?$|^(?:the |all )?(?:(?:notable|main|key|major|detailed|full) )?(?:changes|details|updates|highlights|fixes|features|improvements|notes|release notes|changelog)(?: (?:in|of|for) (?:this|the) (?:release|version|update))? (?:are|is) (?:as follows|(?:listed|described|detailed|shown|summari[sz]ed|outlined|explained|included) (?:below|in the following)|below)[.!]?$|^(?:(?:more |full |further )?details|more (?:info(?:rmation)?)|see) below[.!]?$|^(?:[^。！？，,]{0,20}?)(?:详见|见|参见|参考|请(?:仔细)?(?:阅读|查看))(?:以下|下文|下方|下面)(?:内容|说明|信息)?[。.！!]?$|^(?:本次|此次|这次|本版本)?(?:更新|变更|改动|修复|版本)?(?:内容|详情|说明)?(?:如下|见下文|见下方)[。.]?$|^(?:今回の|この|本)?(?:リリース|バージョン|アップデート)?(?:には|では|の)?以下の(?:変更|修正|機能|内容|改善|更新)(?:点)?(?:が|を)?(?:あります|含まれています|含まれます|行いました|です)[。.]?$|^[^.,，]{0,20}(?:다음과 같습니다|아래와 같습니다|아래(?:를|에서) (?:참고|확인)(?:하세요|하십시오|해 주세요|바랍니다))[.]?$/iu;

/** Splits at sentence ends (". ", "! ", "。") outside brackets; the pieces keep their punctuation. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  // Inside a code span nothing ends a sentence: "use `Symbol.observable ?? '@@observable'` as a workaround".
  let code = false;
  // A stray backtick (an odd count) opens no span.
  const spans = (text.match(/`/gu)?.length ?? 0) % 2 === 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? "";
    if (char === "`" && spans) code = !code;
    else if (code) continue;
    else if ("([{（【「『".includes(char)) depth += 1;
    else if (")]}）】」』".includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[.!?。！？]/u.test(char)) {
      // Closing quotes belong to the sentence they end: 'the first release of "Rust 2018." For more…'.
      let end = index + 1;
      while (end < text.length && /["'”’」』]/u.test(text[end] ?? "")) end += 1;
      const next = text[end];
      const wide = /[。！？]/u.test(char);
      if (next === undefined || (wide && next !== undefined) || (/\s/.test(next) && !abbreviationBefore(text, index))) {
        if (next !== undefined && /[.!?]/.test(next)) continue;
        // A quotation or an ellipsis that the sentence goes on after ('"git checkout [<tree-ish>] path..." learned to…'):
        // a lower-case word after it is no new sentence.
        if ((end > index + 1 || text.slice(index - 2, index + 1) === "...") && /^\s+\p{Ll}/u.test(text.slice(end))) continue;
        out.push(text.slice(start, end).trim());
        start = end;
        index = end - 1;
      }
    }
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  // A piece without a letter ("🎉" after "…released!") belongs to the sentence before it.
  const merged: string[] = [];
  for (const piece of out) {
    if (merged.length > 0 && !/[\p{L}\p{N}]/u.test(piece)) merged[merged.length - 1] += ` ${piece}`;
    else if (piece) merged.push(piece);
  }
  return merged;
}

// Full-width punctuation carries its own spacing: "构建。从底层来看", "廃止しました。なぜかって？キャッシュ" have no
// space between the sentences, and joining them again must not add one.
const WIDE_END = /[。！？、，：；）」』】〉》]$/u;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}「『【（〈《]/u;

const WIDE_GAP = /(?<=[。！？、，：；）」』】〉》])\s+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}「『【（〈《])/gu;

/** Sentences joined back into one text: a space between them, none after full-width punctuation before CJK text. */
export function joinSentences(parts: readonly string[]): string {
  let text = "";
  for (const part of parts) {
    if (!part) continue;
    text += text === "" || (WIDE_END.test(text) && CJK_START.test(part)) ? part : ` ${part}`;
  }
  return text;
}

/** "e.g.", "i.e.", "vs.", "etc." and a version's dots do not end a sentence. */
function abbreviationBefore(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 5), dot + 1).toLowerCase();
  return /(?:\be\.g\.|\bi\.e\.|\bvs\.|\betc\.|\bapprox\.|\bincl\.|\bno\.)$/.test(before) || /\d\.$/.test(before) && /^\s*\d/.test(text.slice(dot + 1, dot + 3));
}

// A lead-out to the links that followed it, gone with them: "These are just some of the highlights.", "That's only a
// selection of the changes."
const LEAD_OUT =
  /^(?:these|those|this|that|the above)(?:\s+(?:are|is|were)|'s|’s|'re|’re)\s+(?:just|only|merely)\s+(?:some|a few|a handful|a selection|a (?:small )?sample|a taste)(?:\s+of\s+(?:the\s+)?(?:highlights|changes|features|improvements|updates|additions|fixes))?[^.!?:：]{0,40}[.!]?$/iu;

// A sentence that only says the release holds what its list says: "This release includes the following highlights.",
// "이번 릴리스에는 다음과 같은 주요 사항이 포함됩니다.", "このリリースには次の主な変更が含まれます。", "本次发布包含以下主要内容。".
// Above the list's items it adds nothing; among them (a thread's later post) it restarts the list.
const POINTER_INCLUDES =
  /^(?:this|the|today's)\s+(?:\w+\s+)?(?:release|version|update|patch)\s+(?:also\s+)?(?:includes|contains|brings|introduces|comes with|has)\s+the following(?:\s+[\w-]+){0,3}[.:!]?$|^[^.,，]{0,20}다음과 같은\s*(?:[^\s.,，]+\s*){0,3}(?:포함됩니다|포함되어 있습니다|있습니다)[.]?$|^[^、。，,]{0,20}(?:次|以下|下記)の(?:[^、。，,]{0,8})(?:が|を)(?:含まれます|含まれています|含みます|あります)[。.]?$|^[^，,。]{0,20}(?:包含|包括|带来)了?(?:以下|如下|下列)[^，,。]{0,12}[。.]?$/iu;

/** A sentence (or, with `clause`, the part after a comma) that only points at a page. */
function isPointer(text: string, clause = false): boolean {
  const bare = text.replace(POINTER_HEAD, "");
  if (isOrphanPointer(bare)) return true;
  if (LEAD_OUT.test(bare)) return true;
  if (SIGNED_POINTER_WORDS.test(text.trim())) return true;
  return POINTER_START.test(bare) || POINTER_VERB_START.test(bare) || POINTER_SUBJECT.test(bare) || POINTER_TRACKED.test(bare) || POINTER_END.test(bare) || POINTER_FORWARD.test(bare) || POINTER_INCLUDES.test(bare) || (clause && POINTER_ANYWHERE.test(bare));
}

/** Drops pointer sentences, and pointer clauses after a comma ("Semantic structure, refer to X for details."). */
function withoutPointers(text: string): string {
  const kept = sentences(text)
    .filter((sentence) => !isPointer(sentence) || /https?:\/\//.test(sentence))
    .map((sentence) => {
      // The first clause that only points elsewhere ends the sentence there ("…；具体请查看图标页面").
      const clauses = /[,，;；]\s*/gu;
      for (let match = clauses.exec(sentence); match; match = clauses.exec(sentence)) {
        const rest = sentence.slice(match.index + match[0].length);
        // A pointer that carries its own URL can still be followed.
        if (!isPointer(rest, true) || /https?:\/\//.test(rest)) continue;
        // "If you want to migrate, please check the guide.": without its pointer the condition says nothing.
        if (CONDITION.test(sentence.replace(POINTER_HEAD, ""))) return "";
        const end = /[。！？]$/u.test(sentence) ? "。" : /[.!?]$/u.test(sentence) ? "." : "";
        return sentence.slice(0, match.index) + end;
      }
      return sentence;
    });
  return joinSentences(kept);
}

// Dropped references that end the text ("… [docs](…) [#12](…) [#13](…)"): a pointer link before them ends the change.
const TRAILING_DROPPED = new RegExp(`(?:\\s*[,;]?\\s*${MARK})+\\s*[.。!！]?\\s*$`, "u");
// A link with a generic word in a run of references at the end: cargo's "… for MSRV-aware diagnostics [docs](…)
// [#17106](…)". It points, unless a word before it makes it the change's object ("Update the [docs](…) [#12](…)").
const GENERIC_LINK_BEFORE_REFERENCES = new RegExp(`(?<!\\b(?:the|a|an|our|its|their|this|new|in|to|for|of|on|with|and|or|into|from|about|add(?:s|ed)?|update[sd]?|improve[sd]?|fix(?:e[sd])?|rewrite|rewrote|clarif(?:y|ies|ied)|expand(?:s|ed)?|move[sd]?|document(?:s|ed)?|see|read|check)\\s*)\\s*${LINK_WORDS(`(?:${POINTER_WORDS}|${ONLY_POINTER_WORDS}|pr|issue|rfc)`)}$`, "iu");

// Links whose words are only their address, ending the text: an autolink ("<https://…>") or a pasted address.
const TRAILING_ADDRESS_LINKS = new RegExp(`(?:\\s*${LINK_OPEN}https?:\\/\\/[^\\s${LINK_OPEN}${LINK_CLOSE}]{1,500}${LINK_CLOSE})+\\s*$`, "u");

/** "Done. 👉 [Docs](…)" → "Done.": a link that ends the text and only points at a page goes with its sign. */
function withoutPointerLink(text: string): string {
  const open = text.lastIndexOf(LINK_OPEN);
  if (open < 0) return text;
  // Bare addresses after the pointer ("[文档](…) <https://issues…>") go later as links of their own: the pointer still
  // ends the change's words.
  const addresses = TRAILING_ADDRESS_LINKS.exec(text);
  if (addresses && addresses.index > 0) return withoutPointerLink(text.slice(0, addresses.index)) + text.slice(addresses.index);
  const tail = TRAILING_DROPPED.exec(text);
  const body = tail && tail.index > open ? text.slice(0, tail.index) : text;
  const from = Math.max(0, open - POINTER_REACH);
  const head = body.slice(0, from);
  let end = body.slice(from).replace(POINTER_LINK, "");
  if (body !== text && end === body.slice(from)) end = end.replace(GENERIC_LINK_BEFORE_REFERENCES, "");
  return head + end + (body === text ? "" : text.slice(body.length));
}

const CONDITION = /^(?:if|when|whenever|before|after|to|in order to|for|should|once|如果|若|要|在)\b/iu;

// Words that only point at references: "Fixes", "addresses", "Addressed in", "Closed by", "See also".
const REFERENCING =
  "(?:(?:fix(?:es|ed)?|address(?:es|ed)?|close[sd]?|resolve[sd]?|refs?|see(?: also)?|related to|relates to|part of|follow-up (?:to|of|for))(?:\\s+(?:in|by))?|(?:[A-Za-z]{2,20}(?:ed|en)\\s+)?(?:in|by|via))";
// "…with a request handler. Fixes [#1](…) and addresses [#2](…).", "…the Cypress CLI. Addressed in [#3](…).": a
// sentence whose every object was a link now gone goes whole, its full stop too, or "Fixes and addresses." and
// "CLI.." are left.
const SENTENCE_OF_DROPPED = new RegExp(
  `(?:(?<=[.!?。！？])|^)\\s*${REFERENCING}\\s*[:：]?\\s*${DROPPED_RUN}(?:\\s*(?:[,;&]|\\band\\b)\\s*${REFERENCING}\\s*[:：]?\\s*${DROPPED_RUN}){0,5}\\s*(?:[.!。！]|$)`,
  "giu",
);
// A sentence whose point was its link, now gone: "See [the Migration Guide](…) for a guide to migrate…", "Check out
// [the docs](…) for more", "Full commit log can be found at <…>", "The full list can be found [here](…)". It pointed
// at a page no post shows, and alone it points at nothing.
// "**Full Azure Guide**: [Setting up an Azure stack](…)", "Documentation: [AzureML orchestrator](…)", "文档：[…](…)": a key
// that names a page and only a link after it points at that page; without the link it is an orphan, never a change.
// The key starts with a capital or is CJK, so a commit's "docs: [fix typo](…)" stays.
const POINTER_KEY_LINE = new RegExp(
  `^(?:[\\p{L}\\p{N}'’ -]{0,40}?\\s)?(?:docs?|documentation|guides?|details|(?:more )?info(?:rmation)?|blog(?: post)?|reference|tutorials?|examples?|demo|announcement|release notes|changelog|article|video|see also|links?|read more|learn more|walkthrough|文档|文檔|指南|详情|說明|说明|ドキュメント|ガイド|詳細|문서|가이드|자세히)\\s*[:：]\\s*${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]{1,200}${LINK_CLOSE}\\s*[.。]?$`,
  "iu",
);
const isPointerKeyLine = (text: string): boolean => text.includes(LINK_OPEN) && !/^[a-z]/u.test(text) && POINTER_KEY_LINE.test(text);
const LINKED = `(?:${MARK}|${LINK_OPEN}[^${LINK_CLOSE}]{0,200}${LINK_CLOSE})`;
// A sentence's character: a stop inside a word ("v4.0.0", "CHANGES.md") ends nothing.
const IN_SENTENCE = "(?:[^.!?]|[.!?](?=\\S))";
const POINTER_SENTENCE = new RegExp(
  `(?:(?<=[.!?。！？])|^)\\s*(?:(?:please\\s+|also,?\\s+)?(?:see|refer to|check out|visit|consult|head (?:over )?to)\\b(?:(?![${MARK}${LINK_OPEN}])${IN_SENTENCE}){0,80}${LINKED}${IN_SENTENCE}{0,120}|${IN_SENTENCE}{0,120}\\b(?:can|may) be (?:found|seen|viewed|read)\\s+(?:at|in|on|here)?\\s*${LINKED}?)\\s*(?:[.!。！]|$)`,
  "giu",
);
// "Fixed [#9899](…): the `json` reporter now escapes…": a lead-in whose reference is gone. Where what follows says how
// things are now ("now", "no longer", "correctly"), it is the change whole; else the verb governs it ("Fixes #12: crash
// on start" → "Fixes crash on start"). At the text's start, after a sentence, or after changesets' " - ".
const LEAD_IN_FIX = new RegExp(`(?<=^|[.!?。！？]\\s+|\\s[-–—]\\s+)(fix(?:es|ed)?|close[sd]?|resolve[sd]?|address(?:es|ed)?)\\s+${LEAD_REFERENCES}\\s*[:：]\\s+(?=\\p{L}|${LINK_OPEN}|\`)`, "giu");
const NOW_STATE = /^[^.!?;:]{0,120}?\b(?:now|no longer|correctly|properly|anymore|again)\b/iu;
// A pull request's own title after its issue ("Fix #970: Block local file reads via UNC paths") opens with the verb of
// the change, as titles do: it is the change whole, and its capital is the title's.
const TITLE_VERB =
  /^(?:add|allow|avoid|block|bump|change|check|clean|correct|deny|disable|disallow|drop|enable|enforce|ensure|escape|guard|handle|harden|ignore|implement|improve|keep|limit|make|move|prevent|reject|remove|rename|replace|require|respect|restore|restrict|return|revert|sanitize|sanitise|set|show|skip|stop|strip|support|throw|update|use|validate|verify)\s/u;

function withoutFixLeadIn(text: string): string {
  let result = "";
  let from = 0;
  for (const lead of text.matchAll(LEAD_IN_FIX)) {
    const at = lead.index ?? 0;
    const restAt = at + lead[0].length;
    const rest = text.slice(restAt);
    // "Fixed #12: Crash on start": a capital may be a name's; the case flag lets the lead-in's lookahead pass it.
    // "Closes #12: the parser is slow" names the problem closed, not a change: only a fix's verb governs what follows.
    const state = NOW_STATE.test(rest);
    const titled = TITLE_VERB.test(`${rest.charAt(0).toLowerCase()}${rest.slice(1)}`) && /^\p{Lu}\p{Ll}/u.test(rest);
    if (!titled && (/^\p{Lu}/u.test(rest) || (!state && !/^fix/iu.test(lead[1] ?? "")))) continue;
    result += text.slice(from, at);
    from = restAt;
    if (titled) continue;
    if (!state) result += `${lead[1] ?? ""} `;
    // "the `json` reporter" → "The `json` reporter"; a name from code ("useErrorCause", "`biome`") keeps its case.
    else if (/^[a-z]+\s/u.test(rest)) {
      result += rest.charAt(0).toUpperCase();
      from += 1;
    }
  }
  return result + text.slice(from);
}

// "[useErrorCause](…/use-error-cause/)": a link whose words are one name from code, camelCase or snake_case or a call,
// is code the notes linked to its page; without the link it keeps the code marks the other names have.
const LINKED_CODE_NAME = new RegExp(`${LINK_OPEN}([a-z][a-z0-9]+(?:[A-Z][a-z0-9]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Za-z_$][\\w$.]*\\(\\))${LINK_CLOSE}`, "gu");

// What every rule of tidy() but the spacing ones needs to find: a link's or a dropped reference's marks, a "#12" or
// "GH-12" reference, or an "@" handle. Most sentences have none and skip the long patterns.
const TIDY_WORK = new RegExp(`[${MARK}${LINK_OPEN}${LINK_CLOSE}#@]|GH-`, "u");

// A link whose point was the page, left as words: "install it as described [here](…)", "visit [X's repo](…) and see
// there how to…", "follow the migration guide: [Upgrading from 1 to 2](…)." Its words are "here"/"there", or a pointing
// verb leads to it and it ends the sentence or is followed by "there"/"how to". Once the link goes the clause points
// at nothing: it goes from its start (a comma, "and", "or", "otherwise") to the sentence's end.
const DEICTIC_LINK = new RegExp(`${LINK_OPEN}\\s*(?:here|there|this(?: page| link)?|hier|ici|aquí|aqui|qui|здесь|这里|此处|こちら|여기)\\s*${LINK_CLOSE}`, "iu");
const POINTED_LINK = new RegExp(
  `\\b(?:visit|open|see|read|follow|consult|refer to|check out|head (?:over )?to|go to)\\b[^,;.!?${LINK_OPEN}${LINK_CLOSE}]{0,40}?[:：]?\\s*${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]{1,120}${LINK_CLOSE}(?=\\s*[.!]?$|\\s+(?:and\\s+)?(?:see|look|find|read|check)\\s+(?:there|here|how)\\b)`,
  "iu",
);
const CLAUSE_START = /[,;:]\s+|\s+(?:and|or|otherwise|then)\s+/giu;

/** A sentence without the clause that pointed at a link's page; "" when nothing else was said. */
function withoutOrphanLinkClause(sentence: string): string {
  const link = DEICTIC_LINK.exec(sentence) ?? POINTED_LINK.exec(sentence);
  if (!link) return sentence;
  const before = sentence.slice(0, link.index);
  let cut = 0;
  for (const start of before.matchAll(CLAUSE_START)) cut = start.index ?? 0;
  const head = sentence.slice(0, cut).replace(/[\s,;:]+$/u, "");
  // "If you want to migrate, follow [the guide](…)": a condition without its main clause says nothing.
  if (!/[\p{L}\p{N}]/u.test(head) || (CONDITION.test(head) && !/[,，]/u.test(head))) return "";
  return `${head}${/[!]$/u.test(sentence.trim()) ? "!" : "."}`;
}

function withoutOrphanLinks(text: string): string {
  if (!DEICTIC_LINK.test(text) && !POINTED_LINK.test(text)) return text;
  return joinSentences(sentences(text).map(withoutOrphanLinkClause));
}

function tidy(text: string): string {
  if (!TIDY_WORK.test(text)) return spaced(text);
  return spaced(withoutFixLeadIn(withoutOrphanLinks(text.replace(NUMBER_LINK, MARK).replace(LINKED_CODE_NAME, "`$1`").replace(SENTENCE_OF_DROPPED, "").replace(POINTER_SENTENCE, "")))
    .replace(BRACKETED_POSSESSOR, "$1")
    .replace(LINK_ONLY_IN_BRACKETS, "")
    .replace(LINK_MARKS, "")
    .replace(/\s+/g, " ")
    .replace(KEYWORD_BEFORE_DROPPED, "")
    .replace(DROPPED_BRACKETS_AFTER_SENTENCE, "")
    // "Fixes [#7092](…) ([ef272ff](…))": the commit's bracket goes first, so the issue's word ends the clause with it.
    .replace(DROPPED_IN_BRACKETS, "")
    .replace(LEAD_IN_REFERENCE[0]!, "")
    .replace(LEAD_IN_REFERENCE[1]!, "")
    .replace(LEAD_IN_REFERENCE[2]!, "")
    .replace(HANDLE_AFTER_DROPPED, "$1")
    .replace(NAME_AFTER_DROPPED, "$1")
    .replace(DROPPED_IN_BRACKETS, "")
    .replace(BRACKET_POINTING_AT_DROPPED, "")
    .replace(WORDS_POINTING_AT_DROPPED, "")
    .replace(DROPPED_AFTER_SENTENCE, "")
    .replace(DROPPED_BEFORE_PUNCTUATION, "")
    .replaceAll(MARK, ""));
}

function spaced(text: string): string {
  return text
    .replace(/\s+/g, " ")
    // A line break after full-width punctuation became a space ("构建，\n从底层" → "构建， 从底层"): that
    // punctuation carries its own spacing, so CJK text follows it directly.
    .replace(WIDE_GAP, "")
    // hutool pads its module tags to one width ("【core   】      text"): the padding was for a fixed-width column.
    .replace(/【\s*([^【】\s][^【】]{0,40}?)\s*】\s*/gu, "【$1】")
    .trim();
}

const ANY_HANDLE = new RegExp(HANDLE, "g");
const ANY_REF = new RegExp(REF, "g");

/** Nothing a reader can use: only punctuation, symbols, handles or references. */
export function isEmptyText(text: string): boolean {
  const rest = text
    .replace(ANY_HANDLE, "")
    .replace(ANY_REF, "")
    .replace(/`[^`]*`/g, (code) => (code.length > 2 ? "x" : ""));
  return !/[\p{L}\p{N}]/u.test(rest);
}

/** Applies `change` to the text outside code spans: "`npm i .`" is what the notes say. */
function outsideCode(text: string, change: (part: string) => string): string {
  if (!text.includes("`")) return change(text);
  return text
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : change(part)))
    .join("");
}

/**
 * Closes the gap a removed credit leaves before punctuation ("fixed (#12) ." → "fixed."), but only before punctuation
 * that ends something: the dot of ".env", ".NET" or "…/.cur" starts a word and keeps its space.
 */
function closeUpPunctuation(text: string): string {
  return text.replace(/\s+(?:([,.;:!?])(?=[\s)\]"'’”]|$)|([，。；：！？]))/gu, "$1$2");
}

// A bracket that only credits people, in any wording: "(With fixes in by @someone)", "(reported by Jane Doe, fixed
// by @b)", "(with help from @x)", "(由 @x 贡献)", "(@x さんありがとうございます)", "(@x 님 감사합니다)". What is left
// once its people and references are taken out is only words of crediting, and at least one person was there.
const BRACKET = /[\s,;]*[(（]([^()（）]{1,200})[)）]/gu;
// A name as a credit writes it, after the word that credits: "by Jane Doe", "thanks to John Smith and Ann Lee".
const NAME = "\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}){0,3}";
const NAMED_CREDIT = new RegExp(`\\b(by|from|thanks(?:\\s+to)?|thank you)\\s+${NAME}(?:\\s*(?:,|\\band\\b|&)\\s*${NAME}){0,10}`, "gu");
const EMAIL_IN_CREDIT = new RegExp(OBFUSCATED_EMAIL, "giu");
const PLAIN_ISSUE = /\b(?:(?:github|gh)\s+)?issues?\s+\d{1,9}\b/giu;
const PERSON_IN_CREDIT = new RegExp(`${HANDLE}|${REF}|GH-\\d{1,9}`, "gu");
const CREDIT_WORDS = new RegExp(
  "\\b(?:with|fix(?:e[sd])?|in|by|and|thanks?|thank you|to|(?:reported|contributed|implemented|authored|suggested|submitted|proposed|reviewed|tested|co-authored|written|done|started|finished|completed|helped)(?:\\s+by)?|help|from|props|kudos|h\\/t|hat tip|original(?:ly)?|see|close[sd]?|resolve[sd]?|refs?|related(?: to)?|issues?|initial(?:ly)?|work|patch(?:es)?|prs?|pull requests?|reviews?|testing|ideas?|reports?|for|the|a|special|many|big|huge|also|via|cc|credits?|lots?|of|much|as|later|regression|some|bits)\\b" +
    "|感谢|感謝|贡献|貢献|由|提交|提供|实现|修复|反馈|报告|建议|帮助|支持|测试|的|さん|様|氏|ありがとうございます|ありがとうございました|ありがとう|に|より|님|께|감사합니다|고맙습니다|[\\s,;:!.&、，！。・]",
  "giu",
);

function isCreditBracket(content: string): boolean {
  // "reworked by", "ported by": any deed done by someone credits them.
  // tmux's "(issue 5157 from github at jiku dot jp)", "(GitHub issue 4527)": plain-text issues and spelled-out addresses.
  const plain = content.replace(EMAIL_IN_CREDIT, " @person ").replace(PLAIN_ISSUE, " #1 ");
  const named = plain.replace(NAMED_CREDIT, (_match, word: string) => `${word} @person`).replace(/\b[a-z][a-z-]{2,20}ed\s+by\b/giu, "by");
  if (!/@|#\d|GH-\d/u.test(named)) return false;
  return named.replace(PERSON_IN_CREDIT, " ").replace(CREDIT_WORDS, "").trim() === "";
}

function withoutCreditBrackets(text: string): string {
  return text.replace(BRACKET, (bracket, content: string) => (isCreditBracket(content) ? "" : bracket));
}

// After a credit or reference went: a comma left before a bracket or an end ("Add X, (beta)"), a bracket left empty,
// a word left pointing at nothing at the end ("… via", "… thanks to", "… and").
const STRAY_COMMA = /\s*[,;]\s*(?=[(（])/gu;
const EMPTY_BRACKETS = /\s+[([（]\s*[)\]）]/gu;
// A passive verb whose agent was the reference goes with it ("…a regression caused by PR 12." → "…a regression.").
const DANGLING_END = /\s+(?:via|by|from|thanks(?:\s+to)?|thank you|and|with(?:\s+(?:fixes|help))?(?:\s+(?:in|from|by))*|(?:fixed|completed|landed|merged|done|released|shipped|included|introduced|implemented|resolved|addressed|reported|contributed|caused|triggered)\s+(?:in|by))(?=[.!。]?$)/iu;

/** The leftovers a removal leaves, tidied; only where something was removed, so "group by" in the notes stays. */
function withoutLeftovers(text: string): string {
  let result = text.replace(EMPTY_BRACKETS, "");
  for (let round = 0; round < 3 && DANGLING_END.test(result); round += 1) result = result.replace(DANGLING_END, "").replace(/[\s,;]+$/u, "");
  return result;
}

// Words a bracket at an item's end qualifies the change with, never a person's name: "(Windows only)", "(Stable)",
// "(experimental)", "(Breaking Change)".
const QUALIFIERS = new Set(
  (
    "only stable beta alpha rc preview experimental deprecated breaking change changes optional default unstable internal " +
    "required partial release candidate feature features support supported windows linux macos mac osx android ios ipados " +
    "unix bsd freebsd openbsd netbsd solaris aix web browser browsers server client desktop mobile api cli ui docs " +
    "documentation all platforms platform fix fixed bug bugs security regression performance lts edition version update " +
    "new legacy wip draft core plugin chrome chromium firefox safari edge node deno bun python java ruby go rust php x86 " +
    "x64 arm arm64 wasm electron gpu cpu tests test ci build typescript javascript minor major patch hotfix backport " +
    "revert reverted removed added updated improved important note opt-in opt-out enterprise premium pro community free " +
    "cloud high medium low critical moderate severe severity minor-severity and or for the of in on with not no default enabled disabled off by via again too also first part"
  ).split(" "),
);
// Particles inside a person's name: "Ludwig van Beethoven", "Ana de Souza".
const PARTICLES = /^(?:van|von|de|der|den|da|di|du|la|le|del|dos|das|bin|al|ter|ten|y|e)$/u;

/** Whether a bracket's words are a person's name or handle (or a few, "Jane Doe and @bob"). */
export function isPersonCredit(content: string, loose = false): boolean {
  // A status, in any script: "（実験的）", "(베타)" read like one-word names, "(Developer Preview)" like two.
  if (saysStatus(content)) return false;
  const people = content.split(/\s*(?:,|\band\b|&)\s*/u).filter(Boolean);
  return people.length > 0 && people.every((person) => {
    const words = person.split(" ");
    if (words.some((word) => QUALIFIERS.has(word.toLowerCase().replace(/^@/u, "")))) return false;
    // A version or a number ("(v2)", "(2024)") is no name; a handle may hold digits among letters ("tobil4sk").
    if (words.some((word) => /^v?\d/iu.test(word))) return false;
    // One word: a name or a handle in any case. More: each a capitalised name word, a particle, or a word of a script
    // without case.
    // A capital inside one word is an acronym or a name from code, the change's subject: tcpdump's "CVE-2018-14468
    // (FrameRelay)", "(AoE)", "(BGP)".
    // In a list already known to credit, a handle may have one ("eMerzh"); an acronym ("BGP") never is one.
    if (words.length === 1) return loose ? !/^[\p{Lu}\p{N}]+$/u.test(words[0] ?? "") : !/^.[\p{L}\p{N}_.'’-]*\p{Lu}/u.test(words[0] ?? "");
    return words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && (PARTICLES.test(word) || /^\p{Extended_Pictographic}/u.test(word))) || /^\p{Lo}/u.test(word));
  });
}

// PHP's NEWS: "Fixed bug GH-15240 (Infinite recursion in trait hook). (ilutov)": after a finished sentence, a bracket
// that is only people ("(nielsdos)", "(timwolla, Colin Percival, Graham Percival)") is the change's credit.
const ONLY_BRACKET = /^[(（]\s*([^()（）[\]]{1,120}?)\s*[)）]\s*[.。;,]?$/u;
// A sentence that credits the release's contributors as a list, whoever they are and however linked: "The 3.1.0 release
// includes contributions from @a, [b], and c.", "Contributors: @a, @b". It goes whole: a part of it is bracket residue.
const CONTRIBUTIONS_SENTENCE =
  /^(?:(?:[^.!?]|\.(?=\d)){0,80}?\b(?:includes?|included|contains?|features?|has|had|brings?|with)\s+)?(?:(?:code|many|several|first[- ]time|new|community|external)\s+){0,2}contributions?\s+(?:from|by)\s+\S.{0,600}$|^(?:contributors?|contributed by)\s*[:：]?\s*@.{0,600}$/iu;
// One person as a translator's credit names them: a handle in any script ("@杨鹏"), or up to four capitalised or
// caseless words of a name ("Jane Doe", "李雷").
const ANY_PERSON = "(?:@[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}_.'’-]{0,40}|[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.'’-]{0,40}(?:\\s[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.'’-]{0,40}){0,3})";
const ANY_PEOPLE = `${ANY_PERSON}(?:\\s*(?:[,，、&]|\\band\\b|和|与|及)\\s*${ANY_PERSON}){0,10}`;
// "译者：@x", "Translator: Jane Doe", "翻译：@x": who translated the change, in any language. A word for the person
// ("译者", "translator") credits whatever follows; a word for the work ("翻译", "translation") may be the change's
// subject ("翻译：补全德语"), so only a handle after it is a credit.
const TRANSLATOR_CREDIT = new RegExp(
  `^(?:(?:译者|譯者|翻訳者|翻译者|translators?|translated by|traducteurs?|übersetzer)\\s*[:：]?\\s*${ANY_PEOPLE}|(?:翻译|翻譯|翻訳|translations?)\\s*[:：]\\s*(?=@)${ANY_PEOPLE})\\s*[.。!！]?$`,
  "iu",
);

// Every TRANSLATOR_CREDIT names the translator or the translation by one of these.
const TRANSLATOR_HINT = /译|譯|翻|translat|traduct|übersetz/iu;

// A sentence that only thanks, naming no one: "Thank you!", "Thanks, everyone.", "谢谢！".
const ONLY_THANKS = /^(?:(?:many|big|huge)\s+)?(?:thanks?(?:\s+you)?|thank you all|kudos|cheers|谢谢|感谢|ありがとうございます|감사합니다)(?:\s*,?\s*(?:all|everyone|everybody|all of you|大家))?\s*[!.。！]*$/iu;

function isCreditSentence(sentence: string, index: number): boolean {
  if (CONTRIBUTIONS_SENTENCE.test(sentence.trim()) || (TRANSLATOR_HINT.test(sentence) && TRANSLATOR_CREDIT.test(sentence.trim()))) return true;
  const content = ONLY_BRACKET.exec(sentence)?.[1];
  // A one-word name holds no "_" or "." of code ("(html5_serializer)", "(php.ini)").
  return index > 0 && content !== undefined && !/^[^\s,]*[_.][^\s,]*$/u.test(content) && isPersonCredit(content, true);
}
// mypy's "(Jukka Lehtosalo, PR 20900)", "(Neil Schemenauer and Brian Schubert, PR 20850)": people and the pull request.
const NAME_WORD = "[\\p{L}@][\\p{L}\\p{M}\\p{N}.'’_-]{0,40}";
const NAMES = `${NAME_WORD}(?:\\s${NAME_WORD}){0,3}`;
const NAMES_AND_PR = new RegExp(
  `\\s*[(（]\\s*${NAMES}(?:\\s*(?:,|\\band\\b|&)\\s*${NAMES}){0,10}\\s*[,;]\\s*(?:PR|pull request|MR)s?\\s*#?\\d{1,9}(?:\\s*(?:,|and)\\s*#?\\d{1,9}){0,10}\\s*[)）]`,
  "giu",
);
// PHP's "Fixed bug #51558 (Shared readline build fails).", "Fixed bug GH-15192 (Segmentation fault in dom extension
// (html5_serializer))": the tracker's number goes, its title in brackets is what was fixed.
const FIXED_BUG_TITLE = /\b((?:[Ff]ix(?:ed|es)?|[Rr]esolved)(?:\s+(?:bug|issue|crash|regression))?)\s+(?:[\w.-]{1,100}\/[\w.-]{1,100})?(?:#|GH-)\d{1,9}\s*[(（]((?:[^()（）]|\([^()]*\))+)[)）](?=\s*(?:[.;,!]|$))/gu;

// git-cliff's author after a dash at the change's end: "Add any_added to outputs - (Jellyfrog)", "… - (Tonye Jack)",
// "… - (dependabot[bot])". The dash sets the bracket apart from the change's words, so one item alone says it.
const DASH_CREDIT = /(?<=^|\s)[-–—]\s*[(（]\s*([\p{L}@][^()（）\n]{0,80}?)\s*[)）]\s*$/u;

function withoutDashCredit(text: string): string {
  const credit = DASH_CREDIT.exec(text);
  return credit && isPersonCredit(credit[1] ?? "", true) ? text.slice(0, credit.index).trimEnd() : text;
}

/** Credits and references in each sentence, so that one ending a sentence mid-text goes too. */
function withoutCredits(text: string): string {
  let rest = withoutDashCredit(withoutHandleAsSubject(withoutTypedEntryPrefix(withoutTagBrackets(text))));
  for (const prefix of PREFIXES) rest = rest.replace(prefix, "");
  const all = sentences(rest);
  const kept = all
    // The thanks that closes a credit sentence ("… contributions from @a and @b. Thank you!") goes with it.
    .filter((sentence, index) => !isCreditSentence(sentence, index) && !(index > 0 && ONLY_THANKS.test(sentence.trim()) && isCreditSentence(all[index - 1] ?? "", index - 1)))
    .map((sentence) => {
      const named = PLAIN_NAME_CREDITS.reduce((text, pattern) => text.replace(pattern, ""), withoutPeopleAsSubject(sentence));
      let result = withoutCreditBrackets(named.replace(FIXED_BUG_TITLE, "$1: $2").replace(NAMES_AND_PR, ""));
      // Both arms alike: TypeScript picks replace()'s overload by the replacement's type, so the union is split.
      for (const [pattern, replacement, hint] of CREDITS) {
        if (hint && !hint.test(result)) continue;
        result = typeof replacement === "string" ? result.replace(pattern, replacement) : result.replace(pattern, replacement);
      }
      result = withoutInnerHandleRuns(result);
      result = withoutTrailingReferences(withoutCreditBrackets(result).replace(STRAY_COMMA, " ").trim());
      // "…configuration. GH-9253", "…in a log.  d8d3e4813, 40ad7a25c": a sentence of references or commits only is no
      // words of the change.
      if (result.split(/\s+/u).every((token) => REF_TOKEN.test(token) || HASH_TOKEN.test(token))) return "";
      return result === sentence ? result : withoutLeftovers(result);
    })
    .filter((sentence) => sentence && !isEmptyText(sentence));
  return joinSentences(kept);
}

// GitHub cuts a long commit subject when it becomes a pull request's title ("…that prevented quotin…"): a long line
// that ends with "…" right after a letter was cut by the notes, most likely inside a word.
const CUT_BY_NOTES = /^(.{40,}?\S)\s+\S*[\p{L}\p{N}]\u2026$/su;

// "Add `:on_join_through_conflict` option for": a line the notes broke off after a word that needs more after it (and
// lost the rest), with no mark of the cut.
const ENDS_MID_PHRASE = /^(.{20,}?\S)\s+(?:for|of|the|an?|and|or|with|into)$/su;

/**
 * Where a change's text opens a bracket it never closes, or -1: the outermost such bracket. A hard-wrapped bullet whose
 * next line starts "+ " or "- " ends there, the rest read as a sub-list ("물리 행 재배열(완전 순열" over "+ rowAddr
 * 재기입)…"). Code spans are skipped: "`fn(`" is code.
 */
function unclosedBracket(text: string): number {
  const opens: number[] = [];
  let code = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (char === "`") code = !code;
    else if (code) continue;
    else if (char === "(" || char === "（" || char === "[") opens.push(at);
    else if ((char === ")" || char === "）" || char === "]") && opens.length > 0) opens.pop();
  }
  return opens[0] ?? -1;
}

/** A change the notes themselves cut, back to its last whole word (or phrase) before the cut, or before a bracket
 *  the cut left open, and marked as cut; null for a whole one. */
export function wholeWordsOfCut(text: string): string | null {
  const cut = CUT_BY_NOTES.exec(text) ?? ENDS_MID_PHRASE.exec(text);
  // "…$newItem in set…" keeps "…$newItem…": the word the notes cut goes, and so does the "in" it needed.
  if (cut?.[1]) return `${tidyHead(cut[1].replace(/[\s\p{P}]+$/u, ""))}\u2026`;
  const open = unclosedBracket(text);
  const before = open >= 20 ? text.slice(0, open).replace(/[\s\p{P}]+$/u, "") : "";
  return before.length >= 20 ? `${before}\u2026` : null;
}

// A sentence that is only kinds of change, maybe with a quantity: "Bug fixes and performance improvements.", "Minor fixes.".
// (One that speaks to readers, "Feel free to help us.", is a remark the prose rules weigh.)
const VAGUE_CHANGES =
  /^(?:(?:various|several|many|some|minor|small|misc(?:ellaneous)?|general|other|additional|numerous|multiple|assorted|lots of|a (?:few|number of|bunch of|handful of))\s+)*(?:bug ?fix(?:es)?|fix(?:es)?|improvements?|enhancements?|updates?|changes|tweaks?|optimi[sz]ations?|stability|performance|documentation|docs)\b/iu;

/** Drops the sentences that name no change ("No significant changes.", "Please help us test this version…", "Bug fixes
 *  and performance improvements."). Without a full stop a vague phrase may be a heading, read as one elsewhere. */
function withoutContentFree(text: string): string {
  const all = sentences(text);
  const kept = all.filter((sentence) => !isContentFreeSentence(sentence) && !(/[.!。！]$/u.test(sentence) && VAGUE_CHANGES.test(sentence) && namesNoChange(sentence)));
  return kept.length === all.length ? text : joinSentences(kept);
}

/** The text of one block as a post shows it, or "" when nothing worth showing is left. */
// "curl: add --ip-tos [41]": the numbers of the notes' own reference list, whose entries no post shows.
const NOTE_NUMBERS = /(?:\s*\[\d{1,4}\])+(?=[.!]?$)/u;

// "⚠️ Breaking: x", "💥 BREAKING CHANGE: x": an icon before the marker says it twice; without it the marker opens the line,
// where it makes the line a breaking change (see kinds.ts), not the end of a change before it ("add x BREAKING CHANGE: y").
const ICON_BEFORE_BREAKING = /^[\p{Extended_Pictographic}\uFE0F\u200D]+\s*(?=(?:\[\s*)?breaking(?:[ -]changes?)?\s*(?:\]|[:：]))/iu;

// A git branch's name used as a pull request's title ("Doug/fix trivy socket results", "jane/add node to the image"):
// the owner's part before the slash is no word of the change; its verb opens the item.
const BRANCH_TITLE = /^[A-Za-z][\w.-]{0,38}\/(add|allow|bump|change|clean|disable|drop|enable|fix|handle|implement|improve|make|move|refactor|remove|rename|replace|revert|support|update|upgrade|use)(?=\s)/u;
const withoutBranchOwner = (text: string): string => text.replace(BRANCH_TITLE, (_whole, verb: string) => verb.charAt(0).toUpperCase() + verb.slice(1));

// GitHub's merge commit subject quoted in a revert ('Revert "Merge pull request #2313 from x/y"'): a quote is the notes'
// words as written, so taking the number out of it would change them; it names no change a reader meets, so it goes.
const QUOTED_MERGE_TITLE = /\s*["“](?:Merge (?:pull request|PR) #\d{1,9} from|Merge (?:remote-tracking )?branch\s)[^"“”\n]{0,200}["”]/giu;
// "Revert \#2318 \#2320": an escaped "#" some generators write (github-changelog-generator) is a reference all the same.
const ESCAPED_REFERENCE = /\\#(?=\d)/gu;
// A change reduced to its verb once its references went ("Revert #2318 #2320" → "Revert"): it no longer says what.
const STUB_VERB =
  /^(?:revert(?:s|ed)?|reapply|undo|fix(?:e[sd])?|bump(?:s|ed)?|update[sd]?|merge[sd]?|backport(?:s|ed)?|cherry-pick(?:s|ed)?|port(?:s|ed)?|close[sd]?|resolve[sd]?|add(?:s|ed)?|remove[sd]?|修复|修正|回滚|还原|撤销|更新|合并|対応|追加|削除)[.:。：]?$/iu;

/** What removing references leaves around them: "()", "(,)", a bracket left open at the end, "问题。。". */
function withoutRemovalResidue(text: string, removed: boolean): string {
  return outsideCode(text, (part) =>
    // "an empty [] literal" may be what the notes say; only where references went is "()" what is left of them.
    (removed ? part.replace(/(?:^|\s+)[([（]\s*[)\]）]/gu, "") : part)
      .replace(/\s*[([（]\s*[,;、/&][\s,;、/&]*[)\]）]/gu, "")
      .replace(/(?<=[。！？])\s*[。.](?![.。])|(?<=[.!?])\s+\.(?!\.)/gu, ""),
  )
    .replace(/\s*[([（【]\s*[,;、]?\s*$/u, "")
    .trim();
}

// Gitee's issue ids ("#IJTNJK", "#I5ABC1"): "I" and five capitals or digits, a reference as "#12" is. Read in capitals
// only, so "#import" stays.
const GITEE_ISSUE = /(?<![\w`&#])#I[A-Z0-9]{5}(?![\w-])/gu;
// A merge commit's own title at the end of a change: Gitee's "… Merge pull request !364 from user/branch".
const MERGE_TAIL = /\s*\bMerge (?:pull request|PR) [#!]\d{1,9} from [\w./-]{1,200}$/iu;
// "See https://docs.example.org/…#config" at a change's end: a second link in a post that has the release's own; the
// notes' page is one tap away.
// (A pointer inside the sentence, "…translation, see https://…", stays: there the address may be the point.)
const SEE_URL = /(?:(?<=[.!?])\s+()(?:See|Cf\.|More (?:info(?:rmation)?|details)(?: (?:at|in))?:?)|\s*(\()(?:see|cf\.))\s+https?:\/\/\S+?(\))?([.。]?)$/u;
/** What stays of a "See <url>" tail: the full stop of the sentence it was in brackets inside. */
const afterSeeUrl = (_whole: string, _alone: string | undefined, open: string | undefined, close: string | undefined, stop: string): string => (open && close ? stop : "");
// "…that has a location -- Jane Doe." with the name gone: the dashes that set it off stay behind.
const ORPHAN_DASHES = /\s+(?:--|—|–)\s*([.!?。]?)$/u;
// "…`git help --no-verbose -a`.." or '…-a"..': a full stop typed twice after a quotation, where a sentence ends. Inside
// code it is code: "`..` segments", "`../x`".
const DOUBLED_STOP = /(["'”’)`])\.\.(?=\s|$)/gu;
// Git's release notes credit the topic branch a change was merged from: "(merge cc4cb0902c en/merge-path-collision
// later to maint)." — a commit and a branch, no words for readers.
const GIT_MERGE_NOTE = /\s*\(merge [0-9a-f]{7,40} [\w./-]{1,200}(?: later to maint)?\)\.?/gu;
// An item that only says the list goes on ("etc.", "…", "and more", "等", "など"): no change of its own.
const ONLY_GOES_ON = /^(?:etc\.?|(?:and|&) (?:so on|(?:much |many )?more)|…+|\.{3,}|等等?|など|등등?|以及更多|还有更多)[\s.。!！…]*$/iu;

// A list marker or separator the references, credits or address before it left at the start: changesets' "[#1](…)
// [`1ef5800`](…) Thanks [@x](…)! - **[New] X**: …", "https://github.com/o/r/pull/621 - `[].splice()`".
const LEFT_SEPARATOR = /^(?:[-–—*•:：|]\s+)+(?=\S)/u;
// An issue tracker's address left as a change's tail: "… 수정 http://code.google.com/p/nabi/issues/detail?id=3", "… see
// https://bugs.example.org/show_bug.cgi?id=12". Where to read more, not the change. The word that pointed at it goes
// along ("… in https://github.com/o/r/pull/12", "(via <url>)"), or the item ends on a dangling "in"; after "by
// Jane Doe" the credit rules take the name and its "in <url>" as one. An autolink's opening mark goes with it.
const TRACKER_URL_TAIL = new RegExp(
  String.raw`\s*[([（]?\s*(?:\b(?<!\bby\s[^.!?\n]{1,80})(?:see|cf\.?|in|via|from|at)\s+|(?:参见|参考|参照|详见|詳見|참고)\s*[:：]?\s*)?${LINK_OPEN}?https?:\/\/\S*?(?:\/issues?\/|\/pulls?\/|\/commits?\/[0-9a-f]{7,40}|\/merge_requests\/|\/bugs?\/|\/tickets?\/|\/tracker\/|show_bug\.cgi|[?&]id=\d)\S*?\s*[)\]）]?\s*[.。]?$`,
  "iu",
);
// Thanks in Japanese after a change: "… shirayu 氏に感謝します。", "… A 氏、B さんに感謝いたします。".
const JAPANESE_THANKS =
  /\s*(?:[\p{L}\p{N}_.@-]+\s*(?:氏|さん|様|殿)\s*(?:[、,]|と|および|及び)?\s*)+に(?:深く|心から)?感謝(?:します|いたします|致します|しています|申し上げます)?[。.！!]?/gu;
// A note on how the release was cut, not a change in it: "(Note: Version 5.2.0 was skipped due to issues with the
// automated CI release process.)", "Version 1.4.1 was never published."
const RELEASE_PROCESS_NOTE =
  /^[([（]?\s*(?:note\s*[:：]\s*)?(?:(?:the\s+)?(?:version|release|tag)\s+)?v?\d+(?:\.\d+)+[\w.+-]*\s+(?:was|has been|is|were)\s+(?:skipped|never (?:released|published|tagged)|not (?:released|published|tagged)|yanked|unpublished|withdrawn)\b[^)）]*[)）]?\s*[.。]?$|^[([（]\s*note\s*[:：][^)）]*\b(?:release|publish(?:ing)?|deploy(?:ment)?)\s+(?:process|pipeline|workflow|automation|job)\b[^)）]*[)）]\s*[.。]?$/iu;

// What a removed link or reference leaves of its bracket: "(, since v10.50.0)", "(see below, )" once "#12" went,
// "( )", "(,)", "（）". A call's "foo()" follows a word and stays; so does "[]", which is code or the notes' own words.
const BRACKET_LEFTOVERS: Array<[RegExp, string]> = [
  [/\s*(?:（\s*[,，;；、]?\s*）|【\s*】)|(?<![\p{L}\p{N}_$\]>])\s*\((?:\s*[,;]\s*|\s+)\)/gu, ""],
  [/([(（])\s*[,，;；、]\s*(?=[^\s)）])/gu, "$1"],
  [/(?<=[^\s(（])\s*[,，;；、]\s*([)）])/gu, "$1"],
];

// An aside that points further into the notes ("(more on what that means later)", "(see below)", "(details below)"):
// no post has what it points at.
const FORWARD_ASIDE = /\s*\((?:see|more|details?|read more|explained|described|covered|discussed)\b[^()]{0,40}?\b(?:below|later|further down)\b[^()]{0,10}\)/giu;

/** Brackets that held only what was removed, tidied outside code; other text is returned as is. */
function withoutBracketLeftovers(text: string): string {
  if (!/[(（【]/u.test(text)) return text;
  return outsideCode(text, (part) => BRACKET_LEFTOVERS.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), part));
}

// The word before "issue #12" that makes "issue" a noun of the sentence ("the issue", "zombie git proc issue"), not one
// that only points at the reference ("closes", "see", "in", "(").
const ISSUE_AS_NOUN = /(?<![\p{L}-])(?!(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?|refs?|see|in|via|from|for|per|and|or|also|to|on|at|by|with|cf|address(?:es|ed)?|part of|related(?: to)?|github|gitee|gitlab|gh|pr|mr)\s+$)\p{L}[\p{L}'-]*\s+$/iu;

// "…sql错误，github #184", "gitee #I7ABC1", "GitHub issue #12": a reference with the site it lives on; the site's name
// goes with the number, and the separator before it.
const SITE_NAMED_REF = /[\s,;，、；]*(?<![\w/.-])(?:github|gitee|gitlab|codeberg|gh)(?:\s+(?:issues?|prs?|mrs?|pull requests?|merge requests?))?\s*#(?:\d{1,9}|I[A-Z0-9]{5})(?![\w-])/giu;

// Addresses no reader can open: this machine ("http://localhost:3000/qrlogin.html", "127.0.0.1", "0.0.0.0", "[::1]") or
// a name on the local network ("printer.local"). The address goes; so does a bracket that held only such addresses, and
// the separator or pointing word one leaves. (In code marks it is a value the notes quote, and stays as written.)
const PRIVATE_HOST = String.raw`(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|[\w-]+(?:\.[\w-]+)*\.local)(?::\d{1,5})?(?:[/?#][^\s,，;；、)）\]】"'<>\x60]*)?`;
const PRIVATE_URL_MARK = "\u0002";
const PRIVATE_URL_HERE = new RegExp(String.raw`(?<![\w@.-])https?:\/\/${PRIVATE_HOST}`, "giu");
const PRIVATE_URL_BRACKET = new RegExp(String.raw`\s*[(（\[【]\s*${PRIVATE_URL_MARK}(?:\s*(?:[,，;；、/]|\band\b|和|及|或)?\s*${PRIVATE_URL_MARK})*\s*[)）\]】]`, "gu");
const PRIVATE_URL_LEFT = new RegExp(String.raw`(?:\s*(?:[,，;；、/]|\band\b|和|及|或))?\s*(?:\b(?:at|on|via)\s+|(?:地址[:：]?)\s*)?${PRIVATE_URL_MARK}(?:\s*[,，;；、/]\s*(?=${PRIVATE_URL_MARK}))?`, "giu");

/** The text without addresses no reader of the post can open (localhost, 127.0.0.1, *.local). */
function withoutPrivateUrls(text: string): string {
  if (!/localhost|127\.|0\.0\.0\.0|\[::|\.local\b/iu.test(text)) return text;
  const marked = outsideCode(text, (part) => part.replace(PRIVATE_URL_HERE, PRIVATE_URL_MARK));
  if (!marked.includes(PRIVATE_URL_MARK)) return text;
  return marked.replace(PRIVATE_URL_BRACKET, "").replace(PRIVATE_URL_LEFT, "").replace(/^\s*[,，;；、:：]\s*/u, "").replace(/\s{2,}/gu, " ").trim();
}

/** What "issue #12" leaves: the word "issue" where it is the sentence's noun, nothing where it only named the reference. */
function issueAsNoun([, space, issue, offset, all]: Array<string | number | undefined>): string {
  if (typeof space !== "string" || typeof issue !== "string" || typeof offset !== "number" || typeof all !== "string") return "";
  return ISSUE_AS_NOUN.test(all.slice(Math.max(0, offset - 40), offset + space.length)) ? `${space}${issue}` : "";
}

// Git's trailers, pasted from a commit's message into the notes: "Co-authored-by: Jane <jane@example.com>",
// "Signed-off-by: …". Credits, never a change, and their address must never reach a post (X links the domain). With an
// address (in angle brackets, or a mailto link Markdown made of it) the trailer goes wherever it stands; without one,
// only a name at the text's end ("…thing Co-authored-by: Jane Doe"), so a change about trailers keeps its words.
const TRAILER_KEY = "\\b(?:co-authored|signed-off|reviewed|acked|tested|reported|helped|suggested)-by\\s*:\\s*";
const TRAILER_EMAIL = `<?\\s*${LINK_OPEN}?(?:mailto:)?[\\w.+[\\]-]{1,100}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,6}${LINK_CLOSE}?\\s*>?`;
const TRAILER_WITH_EMAIL = new RegExp(`${TRAILER_KEY}[^<>\\n:${MARK}${LINK_OPEN}${LINK_CLOSE}@]{0,100}?\\s*${TRAILER_EMAIL}`, "giu");
const TRAILER_AT_END = new RegExp(`${TRAILER_KEY}([^<>\\n:${MARK}${LINK_OPEN}${LINK_CLOSE}]{1,100})$`, "iu");

function withoutTrailers(text: string): string {
  if (!/-by\s*:/iu.test(text)) return text;
  return outsideCode(text, (part) => {
    const rest = part.replace(TRAILER_WITH_EMAIL, "");
    const name = TRAILER_AT_END.exec(rest);
    return name && isPersonCredit((name[1] ?? "").trim(), true) ? rest.slice(0, name.index).trimEnd() : rest;
  });
}

// conventional-changelog's ", closes #12", whatever its reference became: a link whose text the generator mangled
// (", closes [/github.com/o/r/blob/…#L45-L51](https://github.com//github.com/…)"), a dropped link, a bare URL.
const CLOSES_TARGET = `(?:${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]{0,300}${LINK_CLOSE}|${MARK}|${REF}|GH-\\d{1,9}|https?:\\/\\/\\S{1,300})`;
const CREDIT_JOINER_LEFT = /\s+[-–—]\s+(?:和|与|及|and)$/u;
// "添加应用错误处理程序。关闭 #587", "…菜单。修复 #608": after the change's own sentence, the issue it closes.
const CJK_CLOSES_TRAILER = /([。！？.!?])\s*(?:关闭|修复|解决|修正|關閉|修復|解決)\s*#\d+(?:\s*(?:[,，、]|和|与)\s*#\d+)*(?=\s|$)/gu;
const CLOSES_TRAILER = new RegExp(
  `[,;]\\s*(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\\s*:?\\s+${CLOSES_TARGET}(?:\\s*(?:[,;&]|\\band\\b)?\\s*${CLOSES_TARGET}){0,20}\\s*\\.?\\s*$`,
  "iu",
);

const TEMPLATE_IMAGE = /!\[[^\]\n]{0,200}\]\([^)\n]{0,300}\)/gu;

// "You can view the full security advisory: [GHSA-…](…)", "Read the migration guide here: [Upgrading](…)": a sentence
// leading in to one link, the link being what it offers. A post shows the link's words without it, a pointer to
// nothing: the sentence goes whole. (Three words or more before the colon: "Docs: [API](…)" is an item's area.)
const LINK_LEAD_IN = new RegExp(`(?:^|(?<=[.!?。！？]\\s+))([^.!?。！？:：\\n]{3,200})[:：]\\s*${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]{1,200}${LINK_CLOSE}\\s*[.。]?\\s*$`, "u");
// A web address the notes ran into the next word ("<https://…/issues>에서 버그 신고"): the address ends where it ends.
// Only before Chinese, Japanese or Korean, where X's link ends too: an accented or Cyrillic letter is part of the
// address ("…/wiki/Café").
const URL_THEN_LETTER = new RegExp(String.raw`(https?:\/\/[!-~]+)(?=[${CJK_LETTERS}])`, "gu");

/** True when a sentence only points at a page ("You can view the full advisory", "For details"), by the pointer
 *  forms above: one that says what changed ("Identifiers now accept the full Unicode 15 range") keeps its words. */
const pointsAtPage = (lead: string): boolean => POINTER_START.test(lead) || POINTER_VERB_START.test(lead) || POINTER_SUBJECT.test(lead);

/** The notes' text without a sentence that only led in to a link now gone. */
function withoutLinkLeadIn(text: string): string {
  if (!text.includes(LINK_OPEN)) return text;
  const match = LINK_LEAD_IN.exec(text);
  const lead = match?.[1] ?? "";
  if (!match || (lead.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3 || lead.includes("`") || !pointsAtPage(lead.trim())) return text;
  return text.slice(0, match.index).trimEnd();
}

// "…documentation. - The build tool will now refuse…": a list marker the notes wrapped into a paragraph's line, which
// Markdown reads as text. Before a sentence's capital, after a sentence's end or a title's colon, it marks nothing.
const STRAY_LIST_MARKER = /(^|[.!?。:：]\s+)[-*+]\s+(?=\p{Lu})/gu;

export function cleanText(text: string): string {
  if (RELEASE_PROCESS_NOTE.test(text.trim())) return "";
  if (isPointerKeyLine(text.trim()) || onlyCountsChanges(text)) return "";
  text = withoutTrailers(fieldItemText(text));
  text = withAdvisoryPointerAsId(withoutReferenceVerbs(withoutTrackerTags(withoutLinkSentences(withoutLinkedPagePointers(text)))));
  if (/clos|fix|resol/iu.test(text)) text = text.replace(CLOSES_TRAILER, "").trimEnd();
  if (/关闭|修复|解决|修正|關閉|修復|解決/u.test(text)) text = text.replace(CJK_CLOSES_TRAILER, "$1");
  text = withoutPrivateUrls(text);
  text = withoutPageContents(withoutLinkLeadIn(text));
  if (text.trim() === "") return "";
  // An image the parser left as text, its address being a site generator's template ("![Launch]({{ site.baseurl }}/a.png)").
  if (text.includes("![")) text = text.replace(TEMPLATE_IMAGE, "");
  if (text.includes("#")) text = outsideCode(text, (part) => part.replace(SITE_NAMED_REF, ""));
  if (text.includes("/")) text = withoutBranchOwner(text);
  text = text.replace(ICON_BEFORE_BREAKING, "").replace(QUOTED_MERGE_TITLE, "").replace(ESCAPED_REFERENCE, "#");
  if (/に(?:深く|心から)?感謝/u.test(text)) text = text.replace(JAPANESE_THANKS, "");
  if (/https?:/u.test(text)) text = text.replace(TRACKER_URL_TAIL, "");
  if (text.includes("#I")) text = outsideCode(text, (part) => part.replace(GITEE_ISSUE, MARK));
  text = text.replace(MERGE_TAIL, "");
  if (text.includes("(merge ")) text = text.replace(GIT_MERGE_NOTE, "");
  if (ONLY_GOES_ON.test(text.trim())) return "";
  // A sentence that is only a credit ("Contributed by X in [#1](…)") goes whole below, not down to "Contributed".
  const uncredited = text.includes(MARK) && /\bby\s/iu.test(text) ? text.replace(CREDIT_BEFORE_DROPPED_LINK, "") : text;
  const credited = uncredited.replace(/[^\p{L}\p{N}\s]/gu, "").trim().split(/\s+/).length > 1 ? uncredited : text;
  // A link that only pointed is known by its marks: it goes before tidy() takes them off.
  let result = withoutCredits(tidy(withoutPointerLink(withoutThankYouSentences(credited))));
  result = withoutPointers(tidy(result)).replace(NOTE_NUMBERS, "");
  // "This release includes a number of improvements since the last version.": says that changes exist, not which.
  result = withoutContentFree(result);
  // An item that ends on a separator (";", "；", "，": xxl-job's "…，提升查询性能；") goes on nowhere: it goes.
  result = withoutRemovalResidue(outsideCode(result, closeUpPunctuation), /[#@]/u.test(text) || text.includes(MARK) || text.includes(LINK_OPEN)).replace(/[\s,;:—–\-，；、]+$/u, (tail) => (tail.includes(":") ? ":" : "")).trim();
  result = withoutPointerLeftovers(result, text);
  // "… - 和", "… - and": what is left of a credit of two links ("by @a in <url> 和 <url>") once they are gone.
  result = withoutBracketLeftovers(result.replace(LEFT_SEPARATOR, "").replace(CREDIT_JOINER_LEFT, "")).replace(FORWARD_ASIDE, "").trim();
  // "`rebuildFsCache` ( `JITI_REBUILD_FS_CACHE`)": a bracket's inner space, the notes' typo or a removed word's.
  if (/\(\s|\s\)/u.test(result)) result = outsideCode(result, (part) => part.replace(/\([ \t]+(?!\s)/gu, "(").replace(/(?<![\s(])[ \t]+\)/gu, ")"));
  result = result.replace(SEE_URL, afterSeeUrl).replace(ORPHAN_DASHES, "$1").replace(DOUBLED_STOP, "$1.").replace(STRAY_LIST_MARKER, "$1");
  if (result.includes("://")) result = result.replace(URL_THEN_LETTER, "$1 ");
  if (isEmptyText(result) || isReleaseMetadata(result)) return "";
  // Only a number in brackets ("(435)"), or a lone verb whose object was references: nothing a reader can use.
  if (/^[([（]?#?\d{1,9}[)\]）]?$/u.test(result) || (result !== text.trim() && STUB_VERB.test(result))) return "";
  // "Add X, which is documented below.", "And we've added Y": what tied the change to the notes around it goes.
  return withAdvisoryIdJoined(withoutPointingWords(result));
}
