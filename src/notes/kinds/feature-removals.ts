// A change that takes away what users ran, set or wrote: "Removed support for Hack", "cscope support was removed",
// "Removed the `'insertmode'` option", "Bzlmod fully replaces WORKSPACE", "移除对 Python 3.8 的支持", "…オプションを削除".
// Wherever the notes write it (a "Deprecations" list, a "Parsing" paragraph, a "Removed" section), it breaks the setups
// that used it: it ranks with the breaking changes, in post 1. Not a removal of a bug, a warning, a dependency, dead
// code or the project's own tests and internals: users lose nothing there. Pure word tests on one change's text.
import type { Entry } from "../model.js";
import { withAreaSaid } from "./area-security.js";
import { headingMeaning, raisesPlatformFloor, RANK } from "./kinds.js";
import { joinedRemovalClauses } from "./joined-removals.js";
import { namesProjectSection } from "./project-sections.js";
import { replacesWithAddition } from "./replacements.js";

// What users meet: support for a language or platform, an option, a flag, a command, a feature, an API.
const THING =
  String.raw`(?:support|option|options|flag|flags|setting|settings|command|commands|subcommand|feature|features|api|apis|parameter|parameters|argument|arguments|backend|backends|integration|mode|modes|target|targets|platform|platforms|provider|providers|builtin|built-in|module|modules|endpoint|endpoints|function|functions|method|methods|keyword|syntax|config(?:uration)? (?:key|field|option)s?)`;
// "Removed support for X", "Drop the `--fix` flag", "Removes the deprecated `x` option", "removed the `'insertmode'`
// option": the verb, then within a few words the thing.
const REMOVED_THING = new RegExp(
  String.raw`^(?:removed|removes|remove|removing|drop|drops|dropped|dropping|deleted|deletes|delete)\s+(?:the\s+|all\s+|any\s+)?(?:(?:deprecated|legacy|old|obsolete|experimental)\s+)?(?:support\s+for\b|(?:\S+\s+){0,3}${THING}\b)`,
  "iu",
);
// "Cscope support was removed", "The `--foo` flag has been removed". ("No longer supported" may say a narrower case,
// "outside of a module in the legacy mode": kinds.ts's must-act words rank it.)
const THING_REMOVED = new RegExp(String.raw`\b${THING}\s+(?:for\s+\S+\s+)?(?:was|were|has been|have been|is|are)\s+(?:now\s+)?(?:removed|dropped|deleted|gone)\b`, "iu");
// "Bzlmod fully replaces WORKSPACE": the old way is gone, not only joined by a new one.
const FULLY_REPLACES = /\b(?:fully|completely|entirely) replaces?\b|\breplaces?\s+\S+(?:\s+\S+)?\s+(?:entirely|completely)\b/iu;
// Chinese, Japanese, Korean: "移除对 X 的支持", "删除 `x` 选项", "不再支持", "X のサポートを削除", "オプションを廃止", "지원 중단/제거".
const CJK_REMOVED =
  /(?:移除|删除|刪除|去除|废除|廢除)(?:了)?(?:对|對)?[^，。；,;]{0,40}(?:的)?(?:支持|支援|选项|選項|参数|參數|命令|功能|接口|配置项)|不再(?:支持|支援|提供)|(?:サポート|オプション|コマンド|機能|引数|設定)(?:を|の)?(?:削除|廃止)|(?:지원|옵션|명령|기능)(?:을|를)?\s*(?:제거|삭제|중단|폐지)/u;
// What users never ran: a bug, a warning, a dependency, dead or duplicate code, the project's own tests and tooling.
const NOTHING_LOST =
  /\b(?:bugs?|warnings?|deprecation (?:notice|message)s?|dependenc(?:y|ies)|deps|dead code|unused|unnecessary|unneeded|redundant (?:code|checks?|calls?|logic)|duplicated?|leftovers?|debug(?:ging)?|logs? (?:line|message|statement)s?|print statements?|comments?|typos?|tests?|internal|workarounds?|polyfills?|ci|lint(?:ing|er)?|headers?)\b|\.h\b|警告|依赖|依存関係|未使用|测试|テスト|경고|의존성/iu;

// A commit scope or area for the docs or examples ("docs: ", "README: ", "examples(x): ").
const DOCS_SCOPE = /^\s*(?:[-*•]\s*)?(?:docs?|documentation|readme|examples?|guides?|website|site)(?:\([^)\n]{0,40}\))?!?[:：]/iu;
// A document file ("local-installation.md", "README", "CHANGELOG.rst") or the documentation named as where it went.
const DOCS_NAMED = /[\w-]\.(?:md|mdx|markdown|rst|adoc|txt)\b|\b(?:readme|changelog|documentation|docs)\b|文档|ドキュメント|문서/iu;

/** True when a change's words say it takes away something users ran, set or wrote. */
export function removesUserFeature(text: string): boolean {
  // A commit's type or an area before it ("build: ", "cli: ") names where, not what went.
  const stated = text.replace(/^\s*[-*•]\s*/u, "").replace(/^[\w`'"./-]{1,30}(?:\([^)\n]{0,40}\))?!?[:：]\s+(?=\S)/u, "");
  // A removal in a later clause ("refactored the CLI, … and removing several deprecated options") is read from there.
  const said = [stated, ...joinedRemovalClauses(stated)].find((clause) => removalIn(clause)) ?? stated;
  return removalStated(text, said) && !DOCS_NAMED.test(stated);
}

const removalIn = (said: string): boolean => REMOVED_THING.test(said) || THING_REMOVED.test(said) || FULLY_REPLACES.test(said) || CJK_REMOVED.test(said);

function removalStated(text: string, said: string): boolean {
  if (!removalIn(said) || replacesWithAddition(said)) return false;
  // What the docs said went ("Remove non-existent install options from local-installation.md", "docs: remove …"):
  // users lose a paragraph, not a feature.
  if (DOCS_SCOPE.test(text) || DOCS_NAMED.test(said)) return false;
  // Only what the removal names counts: its clause, up to the reason ("…, as the upstream parser is no longer maintained").
  const clause = said.split(/[,;:，；：(（]|\s(?:as|because|since|which|so|in favou?r of)\s/u)[0] ?? said;
  return !NOTHING_LOST.test(clause.replace(/`[^`]*`/gu, "`x`"));
}


// A log this long, most of it under area names (not kinds of change), is a shortlog of commits.
const LOG_LENGTH = 100;
function isCommitLog(entries: readonly Entry[]): boolean {
  if (entries.length < LOG_LENGTH) return false;
  const underAreas = entries.filter((entry) => entry.label !== null && headingMeaning(entry.label) === null).length;
  return underAreas * 2 > entries.length;
}

// "removing several deprecated options", "drops the legacy `--conf` flag", "removed obsolete settings".
const DEPRECATED_GONE = /\b(?:remov|drop|delet)\w*\s+(?:\S+\s+){0,2}(?:deprecated|obsolete|legacy)\s/iu;

const PREVIEW_ONLY = /\b(?:nightly|unstable|experimental|preview|canary|beta|alpha)\b|夜间版|ナイトリー|实验|実験|실험/iu;

/**
 * Entries with each removal of what users met (removesUserFeature) made a breaking change under the breaking label
 * (Entry.removes): a sentence of prose that says one is a change of its own, and public API a removals section lists
 * stands with it, not after the highlights.
 */
export function withRemovalsBreaking(entries: readonly Entry[], breakingLabel: string): Entry[] {
  // A long commit log ("lsfd: remove --source option  [Masatake YAMATO]" among hundreds of "area: verb …" lines) says
  // what each commit did, not what users lose: only what its notes mark breaking is.
  if (isCommitLog(entries)) return [...entries];
  return entries.map((entry) => {
    // What only nightly or experimental builds had (or the project's own build, project-sections.ts) ("Nightly only", "Unstable") was never promised to users.
    if (entry.fluff || entry.ahead === true || entry.step === true || (entry.label !== null && PREVIEW_ONLY.test(entry.label)) || namesProjectSection(entry.label) || !removesUserFeature(entry.text)) return entry;
    // Public API a removals section lists went, as "Removed support for Hack" did: it stands with them.
    if (entry.kind === "breaking") return entry.removedApi === true ? { ...entry, removedApi: false, removes: true } : entry;
    // A fix, a security fix and the noise (docs, dependencies, chores) take away nothing users ran.
    // (A refactor that removes what was deprecated, "refactored the CLI, … removing several deprecated options", takes
    // away what users were warned of: that is no chore.)
    if (entry.kind === "fix" || entry.kind === "security" || (RANK[entry.kind] >= RANK.docs && !(entry.kind === "internal" && DEPRECATED_GONE.test(entry.text)))) return entry;
    // The notes' own removals heading ("Removed", "移除") says the kind already; any other label (an area, a topic,
    // "Deprecations") does not.
    // The notes' own "Removed" list keeps its plain label and its order: it already says what went.
    if (entry.label !== null && headingMeaning(entry.label) === "removal") return entry;
    // A runtime dropped under the notes' "Deprecations" ("Dropped support for pypy 3.9 following its end of support") is
    // what the maintainer told as a deprecation: it stays one, never a break above the release's security fix.
    if (entry.kind === "deprecation" && entry.label !== null && headingMeaning(entry.label) === "deprecation" && raisesPlatformFloor(entry.text)) return entry;
    // An area's label ("hardlink") is said before the change (area-security.ts).
    const said = withAreaSaid(entry, breakingLabel);
    return { ...said, kind: "breaking", label: breakingLabel, prose: false, removedApi: false, removes: true };
  });
}
