// Turns a release into the posts to send: reads the notes as a maintainer skims them, ranks what changed, and lays
// the most important changes out in one post or a thread, counted as the target network counts. Pure.
import { filedByArea, onOnePlatform } from "./kinds/stress.js";
import { unpooledChanges } from "./unpooled-changes.js";
import { nowByDefault } from "./kinds/new-defaults.js";
import { taggedUpkeep } from "./kinds/maintenance-tags.js";
import { callsItselfDeprecated, expiresDeprecation } from "./kinds/expected-removals.js";
import { withAreaAsScope } from "./formats/bracket-areas.js";
import { titlesAdvisories, withAdvisoryIdColon } from "./kinds/advisory-titles.js";
import { withAdvisoryListsSummed } from "./kinds/advisory-lists.js";
import { withoutRepeatedItems } from "./prose/repeated-items.js";
import { withoutRetoldChanges } from "./prose/retold-changes.js";
import { isCatchAll, isStoreListing } from "./prose/catch-alls.js";
import { trackerKeys, withoutTrackerIds } from "./text/tracker-ids.js";
import { endsWithComponentTags, withoutComponentTag } from "./formats/component-tags.js";
import { ReleaseTweetError } from "../core/errors.js";
import {
  DEFAULT_MAX_LENGTH,
  DEFAULT_MAX_POSTS,
  MAX_LENGTH_LIMIT,
  MAX_POSTS_LIMIT,
  maxLengthProblem,
  maxPostsProblem,
} from "../core/setting-rules.js";
import type { ComposeOptions, Post, Release, SettingNames } from "../core/types.js";
import { wholeWordsOfCut } from "./text/cleanup.js";
import { advisoryIds, closedVulnerability, groupRank, isNoise, RANK, revertedSubject, revertsUserChange, saysMustAct, touchesEveryUser, type Kind } from "./kinds/kinds.js";
import { phrasesFor, type Language, type Phrases } from "./language.js";
import { layOut } from "./layout.js";
import { readNotesModel, type Entry, type NotesModel } from "./model.js";
import { NETWORK_NAME, xRules, type NetworkRules } from "./networks.js";
import { projectName } from "./project-name.js";
import { onlyLocale } from "./kinds/locale-items.js";
import { quietText } from "./text/quiet.js";
import { impactOf } from "./kinds/impact.js";
import { listsOnlyIds } from "./prose/id-lists.js";
import { namesTrackerList } from "./formats/issue-dumps.js";
import { namesAttack } from "./kinds/standout-changes.js";
import { choresAmong, nearDuplicates, reachAmong } from "./kinds/reach.js";
import { sanitizeField, withLineFeeds } from "./text/sanitize.js";
import { parseTemplate, renderTemplate, type ParsedTemplate, type TemplateValues } from "./template.js";
import { narrowsBehaviour, reworksApi, swapsPublicApi } from "./kinds/weighty-changes.js";
import { claimsMeasuredGain } from "./kinds/measured-gains.js";
import { setupBreakage } from "./kinds/setup-breaks.js";
import { movesMajorDependency, removesDeprecatedOption } from "./kinds/emphasis-words.js";
import { touchesOnlyPrivate } from "./kinds/private-api.js";
import { noticesEndOfLife } from "./kinds/end-of-life.js";
import { fixesDataLoss, hardensRequests } from "./kinds/item-signals.js";
import { closesHole } from "./kinds/security-effects.js";
import { scopedToCi } from "./kinds/ci-scopes.js";
import { withRemovalsBreaking } from "./kinds/feature-removals.js";
import { withMinimumVersionsJoined } from "./kinds/minimum-version-lists.js";
import { withAreaSecurity } from "./kinds/area-security.js";
import { withSecurityFirst } from "./kinds/security-first.js";
import { repeatedActions } from "./kinds/repeated-actions.js";
import { withoutEmptyScopes } from "./labels/empty-scopes.js";
import { withoutSourceMarks } from "./labels/source-marks.js";
import { namesOnlyProject } from "./prose/page-titles.js";
import { withBreakingAntecedents, withBreakingExplained, withMergedScopes, withoutAdvisoryCount, withoutAdvisorySummary, withoutFloorRepeats, withoutSectionRestatements, withoutSummaryRepeats } from "./prose/restatements.js";

/** The default post when no template is set: in it, {repo} stands for the project's name as readers know it. */
export const DEFAULT_TEMPLATE = "{repo} {version} is out!\n\n{notes}\n\n{url}";
export { DEFAULT_MAX_LENGTH, DEFAULT_MAX_POSTS, MAX_LENGTH_LIMIT, MAX_POSTS_LIMIT };

/** Throws ReleaseTweetError (code ETEMPLATE) naming an unknown or unclosed placeholder. */
export function validateTemplate(template: string): void {
  parseTemplate(template);
}

export interface Composition {
  posts: Post[];
  /** Changes in the notes that no post shows. */
  omitted: number;
  /** Things the user should know about how the notes were read ("only the first 384 KiB were read"). */
  notices: string[];
  language: Language;
}

function fail(code: string, message: string, fix: string, docs = "templates"): ReleaseTweetError {
  return new ReleaseTweetError(code, message, fix, { docs });
}

interface Settings {
  template: ParsedTemplate;
  /** True when the user set no template: the opener is written in the notes' language. */
  defaultTemplate: boolean;
  maxLength: number;
  thread: boolean;
  maxPosts: number;
  numbering: boolean;
  names: SettingNames;
}

const PLUGIN_NAMES: SettingNames = { maxLength: "maxLength", thread: "thread", maxPosts: "maxPosts", numbering: "numbering" };

function checkBoolean(value: unknown, name: string): boolean {
  if (value !== undefined && typeof value !== "boolean") {
    throw fail("ETHREAD", `${name} must be true or false, not ${JSON.stringify(value)}.`, `Set ${name} to true or false.`);
  }
  return value === true;
}

function checkOptions(options: ComposeOptions): Settings {
  const names = { ...PLUGIN_NAMES, ...options.settingNames };
  const maxLength: unknown = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const problem = maxLengthProblem(maxLength);
  if (problem !== undefined || typeof maxLength !== "number") {
    throw fail(
      "EMAXLENGTH",
      `${names.maxLength} ${problem}, not ${JSON.stringify(maxLength)}.`,
      `Use 280 for a standard X account, or up to ${MAX_LENGTH_LIMIT} with X Premium.`,
    );
  }
  const maxPosts: unknown = options.maxPosts ?? DEFAULT_MAX_POSTS;
  const postsProblem = maxPostsProblem(maxPosts);
  if (postsProblem !== undefined || typeof maxPosts !== "number") {
    throw fail(
      "EMAXPOSTS",
      `${names.maxPosts} ${postsProblem}, not ${JSON.stringify(maxPosts)}.`,
      `Use ${DEFAULT_MAX_POSTS} (the default), or any number up to ${MAX_POSTS_LIMIT}: the last post points at the full release notes.`,
    );
  }
  return {
    template: parseTemplate(options.template ?? DEFAULT_TEMPLATE),
    defaultTemplate: options.template === undefined,
    maxLength,
    thread: checkBoolean(options.thread, names.thread),
    maxPosts,
    numbering: checkBoolean(options.numbering, names.numbering),
    names,
  };
}

const PREVIEW_API = /\b(?:beta|alpha|experimental|unstable|preview|canary|nightly)\b|\bunstable_|\bexperimental_/iu;
// …and so does one to what was private, internal or undocumented (private-api.ts): it reaches the fewest.
const previewOnly = (entry: Entry): boolean => entry.kind === "breaking" && (PREVIEW_API.test(entry.text) || touchesOnlyPrivate(entry.text));
// A security fix that names its vulnerability, ahead of a "Security" section's hardening and dependency updates.
const namedVulnerability = (entry: Entry): boolean => entry.kind === "security" && closedVulnerability(entry.text) === "named";
// …and among those, one that names the attack ("RCE", "绕过 … 校验") before one only tagged a vulnerability fix.
// (Advisories with their own id keep their order: the notes rank them by severity.)
const namedAttack = (entry: Entry): boolean => entry.kind === "security" && advisoryIds(entry.text).length === 0 && namesAttack(entry.text);
// "`a()`", "`a()` and `b()`", "`a()`, `b()`, and `c()`": names of code and nothing said of them.
const ONLY_CODE = /^`[^`]+`(?:,?\s*(?:and\s+)?`[^`]+`)*\.?$/u;
// Kinds whose changes keep the notes' order among themselves, however much the notes explain one.
const KEEP_ORDER: ReadonlySet<Kind> = new Set(["breaking", "security", "highlight"]);
// A label that says what happened ("⚠️ Removed") is read with the change: "Removed: Support for PHP 8.2" drops a runtime.
// A breaking change that swaps a public API or the type every API takes ("Public APIs use `Uint8Array` instead of
// `Buffer`") meets every line of user code: it leads even a raised runtime floor, which the count can carry.
const swapsApi = (entry: Entry): boolean => entry.kind === "breaking" && !entry.prose && swapsPublicApi(entry.text);
// A required move to a new major of a framework or peer dependency ("Upgrades Prisma major version to 7") is the broadest
// break: it leads what every user meets otherwise (a command removed), as only a swapped public API does not.
const movesMajor = (entry: Entry): boolean => entry.kind === "breaking" && !entry.prose && movesMajorDependency(entry.text);
// An option or flag removed after its deprecation ("Removes the deprecated `--fix` flag") reaches the few who kept it:
// last among breaking changes, with those to beta APIs.
const deprecatedGone = (entry: Entry): boolean => entry.kind === "breaking" && !entry.prose && removesDeprecatedOption(entry.text);
const everyUser = (entry: Entry): boolean =>
  entry.kind === "breaking" && !entry.prose && (touchesEveryUser(entry.text) || (entry.label !== null && touchesEveryUser(`${entry.label.replace(/^[^\p{L}]+/u, "")} ${entry.text}`)));

/**
 * Where an entry stands in a post: its group's rank (groupRank: the notes' "This is a security release" before all),
 * except that a listed change users must act on — one that says what to do ("you need to…", "has been renamed",
 * "升级后需要…"), that takes something away ("has been removed", "no longer supported", "No longer search for…"), or a
 * removal of what was deprecated — comes right after the highlights, and before the prose that only advises ("Be aware
 * that…", "Note that…"). A fix is never one: it acts for the user.
 */
function standing(entry: Entry): number {
  // A notice of what a later release drops comes after this release's breaking changes and security fixes.
  if (entry.ahead === true) return AHEAD;
  // A runtime dropped in a release that closes an advisory comes right after its security fixes.
  if (entry.afterSecurity === true) return AFTER_SECURITY;
  const rank = groupRank(entry);
  // A notice that an older version reached its end of life changes nothing in this release (end-of-life.ts); one the
  // notes file as breaking stays where they put it.
  if (entry.kind !== "breaking" && noticesEndOfLife(entry.text)) return Math.max(rank, RANK.other);
  // A section of what only nightly builds have ("Nightly only", "Unstable") comes after what every user gets, its
  // 🔥 marks notwithstanding.
  if (entry.label !== null && NIGHTLY_SECTION.test(entry.label) && rank > RANK.security && rank < RANK.fix) return NIGHTLY;
  if (entry.prose) return entry.advisory === true && rank >= RANK.highlight && !saysMustAct(entry.text) ? Math.max(ADVICE, rank) : rank;
  // "Add migration guide from version 2.x to 3.x": what users upgrading across the break read first, no ordinary doc.
  if (upgradeGuide(entry)) return MUST_ACT;
  // A fix of lost or overwritten data comes before the improvements; one that hardens the requests a server accepts
  // ("reject CONNECT requests with fast proxy") or closes a hole it names by its effect ("check origin now",
  // security-effects.ts) before the other fixes.
  if (entry.kind === "fix" && rank === RANK.fix) return fixesDataLoss(entry.text) ? DATA_LOSS_FIX : hardensRequests(entry.text) || closesHole(entry.text) ? HARDENING_FIX : rank;
  // A change scoped to the CI ("github: …") the notes list among the others comes after them (ci-scopes.ts).
  if (entry.kind === "other" && scopedToCi(entry.text)) return rank + 0.5;
  // A feature now on by default ("既定ですべて変換されるようになりました") meets every user: it leads the other features.
  if (entry.kind === "feature" && rank === RANK.feature && nowByDefault(entry.text)) return NEW_DEFAULT;
  // A deprecation expiring on schedule comes after the new features, one that calls itself deprecated last of them
  // (expected-removals.ts); a removal the notes mark breaking stays where they put it.
  if (entry.kind !== "breaking" && rank > RANK.highlight && rank < RANK.fix && expiresDeprecation(entry.text)) return EXPECTED_REMOVAL;
  if (rank >= RANK.highlight && rank < RANK.fix && callsItselfDeprecated(entry.text)) return SELF_DEPRECATED;
  const mayAct = rank > RANK.highlight && rank < RANK.docs && entry.kind !== "fix";
  if (!mayAct) return rank;
  // A default now stricter ("no longer loaded by default", "now rejects…") meets users as a removal does; a public API
  // rebuilt ("the `Storage` trait has been reworked") is a headline, whatever the section filed it as.
  // So does what a major release reworked or moved to a new major that users write or build with (Entry.weighty).
  if (saysMustAct(entry.text) || (entry.kind === "removal" && DEPRECATED.test(entry.text)) || narrowsBehaviour(entry.text) || entry.weighty === true) return MUST_ACT;
  return reworksApi(entry.text) ? RANK.highlight : rank;
}
const MUST_ACT = RANK.highlight + 0.5;
const DATA_LOSS_FIX = RANK.feature - 0.25;
const NEW_DEFAULT = RANK.feature - 0.5;
const EXPECTED_REMOVAL = RANK.feature + 0.25;
const SELF_DEPRECATED = RANK.feature + 0.75;
const HARDENING_FIX = RANK.fix - 0.25;
const AHEAD = RANK.security + 0.5;
const AFTER_SECURITY = RANK.security + 0.25;
const UPGRADE_GUIDE = /\b(?:migration|upgrad(?:e|ing)|porting)\s+(?:guide|notes|instructions)\b|迁移指南|升级指南|移行ガイド|マイグレーションガイド|마이그레이션 가이드/iu;
// "Document X in the migration guide" is one more page of docs, no guide: docs never lead the fixes.
const IN_GUIDE = /\b(?:in|to|into) (?:the |our )?(?:[\w./-]+ )?(?:migration|upgrad(?:e|ing)|porting) (?:guide|notes|instructions)\b|(?:迁移指南|升级指南)(?:中|里)|(?:移行ガイド|マイグレーションガイド)(?:に|へ)|마이그레이션 가이드에/iu;
const upgradeGuide = (entry: Entry): boolean => entry.kind === "docs" && !entry.prose && UPGRADE_GUIDE.test(entry.text) && !IN_GUIDE.test(entry.text);
const NIGHTLY = RANK.fix + 0.5;
const UPDATE_INSTRUCTIONS =
  /^(?:update|upgrade|updating|upgrading|install(?:ation)?)\s+(?:instructions|steps|guide)$|^how to (?:update|upgrade)$|^(?:更新|アップデート|アップグレード)(?:手順|方法)$|^(?:升级|更新)(?:步骤|方法|指南|说明)$|^(?:업데이트|업그레이드) ?(?:방법|절차|안내)$/iu;
const isUpdateInstructions = (label: string): boolean => UPDATE_INSTRUCTIONS.test(label.replace(/[:：]\s*$/u, "").trim());
const NIGHTLY_SECTION = /\b(?:nightly|unstable)\b|夜间版|ナイトリー/iu;
const ADVICE = RANK.highlight + 0.75;
// What users were told would go: removing it is what they were told to prepare for.
const DEPRECATED = /\bdeprecated\b|废弃|弃用|非推奨|사용 중단|더 이상 사용되지/iu;
// How hard a listed breaking change hits a running setup (setup-breaks.ts), 0 for anything else. One the notes explain
// by sub-items ("The breaking implications for this are:" over a list: kinds/stress.ts) says what users must change,
// as a removed option does.
const breakageOf = (entry: Entry): number => (entry.kind === "breaking" && !entry.prose ? Math.max(setupBreakage(entry.text), Number((entry.stress ?? 0) >= 2)) : 0);
// How far each level of breakage (0, 1, 2) lifts a breaking change's tier from 8 toward the 4 of one every user meets,
// never up to it: a taken-away key or API by 2, a startup failure by 3.
const BREAKAGE_LIFT = [0, 2, 3] as const;

/**
 * Where a change stands in the ranking below, as one number: two changes with the same are equals there. A thread that
 * fills a post out of order takes only an equal (never a hardening note before a named vulnerability).
 */
// `standing` steps by a quarter (MUST_ACT, ADVICE): times 64, a step outweighs the sum of the tie-breakers (17).
// A security fix filed as a dependency update or chore comes after every other security fix.
// Among the other breaking changes, what stops a setup (setupBreakage) stands apart: a thread never fills post 1 with a
// change of behaviour where one that makes agents fail at startup did not fit. (Other kinds of the same standing stay
// equal to a breaking change that only changes behaviour.)
const tier = (entry: Entry): number =>
  standing(entry) * 64 + (swapsApi(entry) ? 0 : movesMajor(entry) ? 2 : everyUser(entry) ? 4 : 8 - (BREAKAGE_LIFT[breakageOf(entry)] ?? 0)) + Number(previewOnly(entry)) * 2 + Number(deprecatedGone(entry)) * 2 + Number(entry.upkeep === true) * 3 + Number(entry.kind === "security" && !namedVulnerability(entry)) + Number(entry.kind === "security" && !withAdvisoryId(entry));
// An advisory's severity as its score says it ("CVSS 10.0", "CVSS スコアは 10.0", "CVSS: 7.5"), or its word ("Critical"), or 0.
const CVSS_SCORE = /\bCVSS(?:\s*v?[234](?:\.\d)?)?\s*(?:base\s+)?(?:score|スコア|评分|評分|점수)?\s*(?:は|is|of|:|：|=)?\s*(\d{1,2}(?:\.\d)?)\b/giu;
const CRITICAL = /\bcritical\b|緊急|严重|嚴重|심각|치명적/iu;
function severity(entry: Entry): number {
  if (entry.kind !== "security" || !/cvss|critical|緊急|严重|嚴重|심각|치명/iu.test(entry.text)) return 0;
  const scores = [...entry.text.matchAll(CVSS_SCORE)].map((match) => Number(match[1])).filter((score) => score <= 10);
  return scores.length > 0 ? Math.max(...scores) : CRITICAL.test(entry.text) ? 9.5 : 0;
}
// A fix or security fix the notes mark important stands above any whose words only state an impact.
const graveness = (entry: Entry): number => (entry.kind === "security" || entry.kind === "fix" ? (entry.important === true ? 3 : impactOf(entry.text)) : 0);
/** The primary advisory of a security release — the gravest, by its score — leads, even told in prose ("この脆弱性は
 *  CVE-… として公開されており、CVSS スコアは 10.0 です") over a list of later, lesser ones (CVSS 7.5). */
const graver = (left: number, right: number): number => (left > 0 && right > 0 ? right - left : 0);
// A fix of an advisory with its own CVE or GHSA id, ahead of those without one (hardening, a cipher retired).
const withAdvisoryId = (entry: Entry): boolean => entry.kind === "security" && advisoryIds(entry.text).length > 0;

/**
 * Security notes often list a fix twice: once in the advisory summary ("(Critical) GHSA-… fix: …") and once among the
 * release's changes. A security fix whose advisories an earlier one already named is that fix again, and goes.
 */
function withoutRepeatedAdvisories(entries: readonly Entry[]): Entry[] {
  const named = new Set<string>();
  return entries.filter((entry) => {
    if (entry.kind !== "security" || entry.prose) return true;
    const ids = advisoryIds(entry.text);
    if (ids.length > 0 && ids.every((id) => named.has(id))) return false;
    for (const id of ids) named.add(id);
    return true;
  });
}

/**
 * A release of docs, dependency updates and housekeeping only, said as one sentence that counts them, where the language
 * has one: a list of CI bumps or "Configure Renovate" then "Delete renovate.json" under "Features" tells users nothing,
 * and a maintainer would say what kind of release it is. Null when the release changes anything else.
 */
function maintenanceSummary(listed: readonly Entry[], phrases: Phrases, chore: (entry: Entry) => boolean): Entry | null {
  // The repository's upkeep filed as a fix or a change ("修复 CI 配置") is housekeeping here too.
  if (!phrases.maintenance || listed.length === 0 || !listed.every((entry) => isNoise(entry.kind) || chore(entry))) return null;
  // A release that undoes a change users met says so: "Revert 'export CJS types from ESM'" is its news.
  if (listed.some((entry) => revertsUserChange(entry.text))) return null;
  const count = (kind: Kind): number => listed.filter((entry) => entry.kind === kind).length;
  const text = phrases.maintenance({ docs: count("docs"), dependencies: count("dependencies"), internal: listed.length - count("docs") - count("dependencies") });
  return { text, kind: "other", label: null, order: 0, prose: true, paragraph: -1, fluff: false, tally: true };
}

const REVERTS_LABEL = /\brevert|还原|回滚|撤销|取り消し|リバート|되돌/iu;
/** Under a "Reverts:" label a revert says what it undid, not "Revert" again: "Reverts: • Export CJS types from ESM". */
function withoutDoubledRevert(entries: readonly Entry[]): Entry[] {
  return entries.map((entry) => {
    const subject = entry.label !== null && REVERTS_LABEL.test(entry.label) ? revertedSubject(entry.text) : null;
    return subject === null ? entry : { ...entry, text: subject.charAt(0).toUpperCase() + subject.slice(1) };
  });
}

// A package or area named before a change in code or brackets: "`react-router` - Remove …", "[core] Fix …",
// "(xgplayer-hls) 修复…" (a commit's scope in round brackets, a package's name in it).
const NAMED_PREFIX = /^(?:`([^`\n]{1,60})`|\[([^\]\n]{1,40})\]|\(([\p{Ll}\d][\p{Ll}\d@/._-]{1,40})\))\s*(?:[-–—:]\s+|\s)(?=\S)/u;
// A kind's tag in capitals: "BUMP", "BUGFIX", "FEATURE", "TECH" (not an area: "[CLI]" says where).
const KIND_TAG = /^(?:BUMP|BUGFIX|BUG|FIX|FIXED|FEATURE|FEAT|TECH|CHORE|DOCS?|REFACTOR|PERF|UPDATE|ADD|ADDED|NEW|IMPROVEMENT|ENHANCEMENT|BREAKING|DEPS|DEPENDENCIES|CHANGE|CHANGED|REMOVED?|MAINTENANCE|INTERNAL)$/u;
const bare = (name: string): string => name.toLowerCase().replace(/^@[\w.-]+\//u, "").replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * The listed changes without a prefix the post says already: one that names the project itself ("`react-router` - "
 * in React Router's notes, below an opener that names it), or one that every change under a label repeats ("[core] "
 * on all of them), said once with the label instead. Said on every line it only takes room.
 */
function withoutRepeatedPrefix(entries: readonly Entry[], project: readonly string[]): Entry[] {
  const names = new Set(project.map(bare).filter((name) => name !== ""));
  const prefix = (entry: Entry): string | null => {
    const match = entry.prose ? null : NAMED_PREFIX.exec(entry.text);
    return match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
  };
  const byLabel = new Map<string, Set<string | null>>();
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (entry.prose) continue;
    const key = entry.label ?? "";
    byLabel.set(key, (byLabel.get(key) ?? new Set()).add(prefix(entry)));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = (entry: Entry): boolean => {
    const key = entry.label ?? "";
    return (byLabel.get(key)?.size ?? 0) === 1 && (counts.get(key) ?? 0) >= 3;
  };
  return entries.map((entry) => {
    const name = prefix(entry);
    const own = name !== null && names.has(bare(name));
    if (name === null || !(own || repeated(entry))) return entry;
    const rest = entry.text.replace(NAMED_PREFIX, "");
    // A scope in round brackets stood before a commit's subject as written ("(hls) load函数…": "load" is code).
    const text = entry.text.startsWith("(") ? rest : rest.charAt(0).toUpperCase() + rest.slice(1);
    // A tag in capitals on every change ("[BUMP] Update …" under "Montée de version") names the kind the label says,
    // not another package or area: it goes, and the label stays the notes' own.
    if (!own && KIND_TAG.test(name)) return { ...entry, text };
    // Another package or area is said once, with the label: "Added (PostgreSQL Dialect):".
    return { ...entry, text, label: own ? entry.label : entry.label === null ? name : `${entry.label} (${name})` };
  });
}

// (Not a removal or a deprecation: what goes keeps its kind, whatever it saves.)
const GAIN_KINDS = new Set<Kind>(["feature", "change", "performance"]);
const measuredHeadline = (entry: Entry): boolean => entry.prose && !entry.fluff && entry.advisory !== true && GAIN_KINDS.has(entry.kind) && claimsMeasuredGain(entry.text);

/** The entries worth a post, most important first; noise (docs, dependencies, chores) and fluff only when there is
 *  nothing else, and then said as one sentence where the language has it. */
function rank(model: NotesModel, phrases: Phrases, project: readonly string[] = []): { ranked: Entry[]; unshown: number; unshownKinds?: Kind[] } {
  // A paragraph that is only a code span ("`mymod/mypack coverage: 0.0% of statements`") is an example's output, shown
  // under the sentence that leads in to it: on its own it says no change.
  // "⚠️ Breaking changes: the release notes say what to change." stands for a breaking section whose content was only
  // links; where the notes list breaking changes elsewhere ("feat(runtime)!: drop Node 14"), those say it.
  const listsBreaking = model.entries.some((entry) => entry.kind === "breaking" && !entry.prose);
  const spoken = model.entries.filter((entry) => !(entry.prose && /^`[^`]+`[.:]?$/u.test(entry.text.trim())) && !(listsBreaking && entry.prose && entry.text === phrases.breakingSeeNotes));
  // The steps of "업데이트 방법" / "Update instructions" ("Back up the files and the DB", "Apply the patch") say how to
  // install the release, not what it changed: no post shows them, nor counts them among the changes left out.
  // Nor lines that only list ids under a bookkeeping label ("Updated versions: ACSD-1, ACSD-2").
  const step = (entry: Entry): boolean => !entry.prose && RANK[entry.kind] > RANK.security && ((entry.label !== null && isUpdateInstructions(entry.label)) || listsOnlyIds(entry.text));
  // Nor the tracker's lists pasted after the changes ("Issues closed for 1.14.0", "Pull requests for 1.14.0", "Authors").
  const dumped = (entry: Entry): boolean => entry.label !== null && namesTrackerList(entry.label.replace(/[:：]\s*$/u, ""));
  // Only while the notes tell users' changes elsewhere: a release whose fixes are all under "Closed issues for 2.4.0"
  // tells them there, and a lone dependency bump must not stand for it.
  const toldElsewhere = spoken.some((entry) => !entry.prose && !step(entry) && !dumped(entry) && RANK[entry.kind] < RANK.docs);
  const kept = (entry: Entry): boolean => !step(entry) && !(toldElsewhere && dumped(entry));
  const said = spoken.some((entry) => !entry.prose && kept(entry)) ? spoken.filter(kept) : spoken;
  // A catch-all ("其他细节方面的改进。") names no change; a store's listing ("Plugin: 删除旧插件 x") is no change of the
  // project's: the one goes, the other is housekeeping, counted with the noise.
  const catchAll = (entry: Entry): boolean => !entry.prose && isCatchAll(entry.text) && said.length > 1;
  // A tracker's key on a change ("rig-819: …", "(PROJ-12)") goes; a change that was only its key goes too.
  // So does the component tag a tracker's export ends each change with ("… token exchange `oidc`": component-tags.ts).
  const keys = trackerKeys(said.map((entry) => entry.text));
  const tagged = endsWithComponentTags(said.filter((entry) => !entry.prose).map((entry) => entry.text));
  // Where the notes title some advisories "[CVE-…] title", "CVE-… title" is titled the same ("CVE-…: title").
  const titled = titlesAdvisories(said.map((entry) => entry.text));
  const tidied = (text: string): string => withoutTrackerIds(tagged ? withoutComponentTag(text) : text, keys);
  const named = said
    .map((entry) => (entry.prose ? entry : { ...entry, text: titled ? withAdvisoryIdColon(tidied(entry.text)) : tidied(entry.text) }))
    .filter((entry) => entry.text !== "" && !catchAll(entry) && !(!entry.prose && namesOnlyProject(entry.text, project)))
    .map((entry): Entry => (!entry.prose && RANK[entry.kind] >= RANK.other && isStoreListing(entry.text, entry.miscSection === true) ? { ...entry, kind: "internal" } : entry))
    .map((entry): Entry => (!entry.prose && entry.kind !== "breaking" && entry.kind !== "security" && taggedUpkeep(entry.text, entry.label) ? { ...entry, kind: "internal" } : entry))
    // A launch post's sentence that states a gain by a figure ("Builds are now up to 4x faster", "30% smaller"), under a
    // part its heading files as a performance or a change, is a headline as the post's untitled parts are.
    .map((entry): Entry => (measuredHeadline(entry) ? { ...entry, kind: "highlight" } : entry));
  const breaking = phrases.label("breaking");
  const security = phrases.label("security");
  // Each step reads the whole list: joins what the notes split, drops what they say twice, refiles what they misfile.
  const steps: ReadonlyArray<(entries: Entry[]) => Entry[]> = [
    (list) => withMinimumVersionsJoined(list, breaking),
    withoutRepeatedItems,
    withoutRetoldChanges,
    (list) => withAdvisoryListsSummed(list, security),
    withoutSourceMarks,
    withoutEmptyScopes,
    withoutSectionRestatements,
    withoutRepeatedAdvisories,
    withoutAdvisorySummary,
    withoutAdvisoryCount,
    withoutSummaryRepeats,
    withoutFloorRepeats,
    withBreakingExplained,
    withBreakingAntecedents,
    withMergedScopes,
    (list) => withoutRepeatedPrefix(list, project),
    (list) => withRemovalsBreaking(list, breaking),
    (list) => withAreaSecurity(list, security),
    withSecurityFirst,
  ];
  const entries = steps.reduce((list, step) => step(list), named);
  // The repository's upkeep (CI workflows, release tooling, tests), fixes that repeat another's scope or subject and
  // changes that repeat another's action on another target (repeated-actions.ts) are counted, never shown: a thread ends when what users get runs out.
  const chore = choresAmong(entries);
  const again = new Set([...nearDuplicates(entries), ...repeatedActions(entries)]);
  const meaningful = entries.filter((entry) => (!isNoise(entry.kind) || upgradeGuide(entry)) && !entry.fluff && !chore(entry) && !again.has(entry));
  const substantial = entries.filter((entry) => !entry.fluff);
  const pool = meaningful.length > 0 ? meaningful : substantial.length > 0 ? substantial : entries;
  const maintenance = meaningful.length > 0 ? null : maintenanceSummary(pool.filter((entry) => !entry.prose), phrases, chore);
  if (maintenance) return { ranked: [maintenance], unshown: model.truncated?.unreadItems ?? 0 };
  // Within a kind, the listed changes come before the prose around them.
  // Among breaking changes, those every user meets (a raised runtime floor, ESM only, a package or input removed)
  // lead, and those that only touch a beta or experimental API come last;
  // among security fixes, those that name a vulnerability come first, and one filed as a dependency update or chore
  // last. A change the notes cut mid-word comes after the
  // whole ones of its kind, and shows only its whole words.
  const cutByNotes = new Set<Entry>();
  const whole = withoutDoubledRevert(pool).map((entry) => {
    const cut = entry.prose ? null : wholeWordsOfCut(entry.text);
    if (cut === null) return entry;
    const shown = { ...entry, text: cut };
    cutByNotes.add(shown);
    return shown;
  });
  const cutLast = (entry: Entry): number => Number(cutByNotes.has(entry));
  // Read once per entry, not once per comparison.
  const standings = new Map(whole.map((entry) => [entry, standing(entry)]));
  const stands = (entry: Entry): number => standings.get(entry) ?? RANK[entry.kind];
  const reachesAll = new Map(whole.map((entry) => [entry, everyUser(entry)]));
  const swaps = new Map(whole.map((entry) => [entry, swapsApi(entry)]));
  const majors = new Map(whole.map((entry) => [entry, movesMajor(entry)]));
  const gone = new Map(whole.map((entry) => [entry, deprecatedGone(entry)]));
  const locales = new Map(whole.map((entry) => [entry, onlyLocale(entry)]));
  const gains = new Map(whole.map((entry) => [entry, entry.prose && !entry.fluff && claimsMeasuredGain(entry.text)]));
  // Among breaking changes, one that stops a running setup (fails at startup), then one that takes away config or API
  // or says what users must change, before one that only changes behaviour.
  const breakage = new Map(whole.map((entry) => [entry, breakageOf(entry)]));
  const severities = new Map(whole.map((entry) => [entry, severity(entry)]));
  // Among security fixes and fixes, one whose words state a grave impact (code run as root, a crash) comes first.
  const impacts = new Map(whole.map((entry) => [entry, graveness(entry)]));
  // Among changes users must act on, or security fixes, every one reaches all: they keep the notes' order. So do the
  // notes' own highlights, picked and ordered by hand.
  const reach = reachAmong(whole);
  // Among those, a line that only names code ("`TestCase::iniSet()`" under "Removed") reaches only its callers, where
  // one that says what went ("Support for metadata in doc-comments") reaches everyone who relied on it.
  const reaches = (entry: Entry): number =>
    entry.kind === "breaking" || entry.kind === "security" ? 1 + Number(ONLY_CODE.test(entry.text)) : entry.kind === "highlight" ? (entry.important === true ? 0 : 1) : reach(entry);
  // Among the rest, what the notes explain at length comes first, what touches one platform last (kinds/stress.ts).
  // Highlights and security fixes keep the notes' order: picked by hand, or each reaching all. A fix's sub-items more
  // often list small fixes ("`admin/emoji/update` の各種修正" over five) than explain one: only its platform counts.
  // Where most changes of a kind open with an area tag ("ANDROID: …", "LWJGL3: …", "iOS: …"), a platform tag is how the
  // notes file every change, not a sign that one reaches fewer users: no platform counts there.
  const byArea = filedByArea(whole.filter((entry) => !entry.prose));
  const stress = (entry: Entry): number => (entry.stress ?? 0) + Number(byArea.has(entry.kind) && onOnePlatform(entry.text));
  const stressed = (entry: Entry): number => (entry.kind === "highlight" || entry.kind === "security" ? 0 : entry.kind === "fix" ? Math.min(stress(entry), 0) : stress(entry));
  // A new thing the notes explain under it (paragraphs, a code example, sub-items: tmux's "Add floating panes." over
  // two paragraphs in a flat CHANGES list) is the release's headline: it reaches as far as a new command or option does
  // and, explained, comes before the one-liners. (Breaking changes and security fixes keep the notes' order; an API
  // deprecated over its replacement is an upgrade step, no headline.)
  const lifted = (entry: Entry): number => reaches(entry) - Number(!KEEP_ORDER.has(entry.kind) && stressed(entry) >= 1 && !DEPRECATED.test(entry.text));
  const ranked = whole.sort(
    (a, b) =>
      stands(a) - stands(b) ||
      Number(swaps.get(b) === true) - Number(swaps.get(a) === true) ||
      Number(majors.get(b) === true) - Number(majors.get(a) === true) ||
      Number(reachesAll.get(b) === true) - Number(reachesAll.get(a) === true) ||
      Number(previewOnly(a)) - Number(previewOnly(b)) ||
      Number(gone.get(a) === true) - Number(gone.get(b) === true) ||
      (breakage.get(b) ?? 0) - (breakage.get(a) ?? 0) ||
      Number(a.upkeep === true) - Number(b.upkeep === true) ||
      Number(namedVulnerability(b)) - Number(namedVulnerability(a)) ||
      graver(severities.get(a) ?? 0, severities.get(b) ?? 0) ||
      // What a named hole lets an attacker do outweighs whether the notes link its advisory (request smuggling before a
      // busy loop, both with a GHSA id or not).
      (impacts.get(b) ?? 0) - (impacts.get(a) ?? 0) ||
      Number(withAdvisoryId(b)) - Number(withAdvisoryId(a)) ||
      Number(namedAttack(b)) - Number(namedAttack(a)) ||
      Number(a.prose) - Number(b.prose) ||
      cutLast(a) - cutLast(b) ||
      Number(locales.get(a) === true) - Number(locales.get(b) === true) ||
      lifted(a) - lifted(b) ||
      stressed(b) - stressed(a) ||
      // Among a launch post's sentences of one standing, one that states its gain by a figure ("up to 4x faster").
      Number(gains.get(b) === true) - Number(gains.get(a) === true) ||
      a.order - b.order,
  );
  const pooled = new Set(pool);
  const unpooled = entries.filter((entry) => !entry.prose && !pooled.has(entry));
  // Their kinds: a fix the pool left out is counted among the fixes, not among the other changes. Docs, dependency
  // updates and upkeep stay "other changes": a count is no place to spell out the noise.
  const kinds = [...unpooled.filter((entry) => !isNoise(entry.kind)).map((entry) => entry.kind), ...unreadKinds(model)];
  // A listed catch-all ("その他細かい修正など", "Various fixes") is shown nowhere, but stands for one change at least: counted.
  const caughtAll = said.filter(catchAll).length;
  return { ranked, unshown: unpooledChanges(unpooled, pooled) + caughtAll + (model.countedOnly ?? 0) + (model.truncated?.unreadItems ?? 0), unshownKinds: kinds };
}

/** The kinds of the changes past what was read, as their own types or sections say (noise stays "other changes"). */
function unreadKinds(model: NotesModel): Kind[] {
  const counts = model.truncated?.unreadKinds ?? {};
  return (Object.entries(counts) as Array<[Kind, number]>).filter(([kind]) => !isNoise(kind)).flatMap(([kind, count]) => Array<Kind>(count).fill(kind));
}

/** Notes text made safe for the network: quiet mentions and accidental links, in the entry and its label alike. */
function quietEntry(entry: Entry, rules: NetworkRules): Entry {
  // ("[Button] fix x" is shown as "Button: fix x": bracket-areas.ts.)
  return { ...entry, text: quietText(withAreaAsScope(entry.text), rules), label: entry.label === null ? null : quietText(entry.label, rules) };
}

function notices(model: NotesModel): string[] {
  if (!model.truncated) return [];
  const { readChars, totalChars } = model.truncated;
  const size = (chars: number): string => (chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MiB` : `${Math.round(chars / 1024)} KiB`);
  return [
    `The release notes are ${size(totalChars)}: the first ${size(readChars)} were read, more than the posts can use; the rest was counted, not read.`,
  ];
}

/** One post, or a thread when options.thread is set; every post within the network's limit. */
export function composePosts(given: Release, options: ComposeOptions = {}, network?: NetworkRules): Composition {
  // Notes written on Windows end their lines in "\r\n": every reader (and where a long changelog is cut) sees "\n".
  const release = given.notes ? { ...given, notes: withLineFeeds(given.notes) } : given;
  const settings = checkOptions(options);
  const rules = network ?? xRules(settings.maxLength);
  // Several times what the posts can show is all the notes that can matter (Markdown, credits and links included).
  const room = rules.maxLength * (settings.thread ? settings.maxPosts : 1);
  const model = readNotesModel(settings.template.uses.notes > 0 ? release.notes : null, room * 12, release.version);
  const phrases = phrasesFor(model.language);
  // The default opener speaks the notes' language ("Ant Design 6.5.0 发布了！").
  const template = settings.defaultTemplate ? parseTemplate(`${phrases.opener}\n\n{notes}\n\n{url}`) : settings.template;
  // A name like "shields.rs" or "socket.io" is no link either: only {url} is one.
  const quiet = (value: string): string => quietText(sanitizeField(value), rules);
  const values: TemplateValues = {
    // Like the notes, the release's own fields come from GitHub or npm: an @handle there is not an account here.
    version: quiet(release.version),
    tag: quiet(release.tag),
    name: quiet(release.name),
    repo: quiet(settings.defaultTemplate ? projectName(release, release.notes ?? "") : release.repo),
    owner: quiet(release.owner),
    url: sanitizeField(release.url),
    notes: "",
  };
  const render = (notes: string): string => renderTemplate(template, { ...values, notes });
  const { ranked: chosen, unshown, unshownKinds } = rank(model, phrases, [release.repo.split("/").at(-1) ?? "", projectName(release, release.notes ?? "")]);
  // A breaking change or security fix says so, even alone in a post: unlabelled, "CVE-2024-45590 in body-parser" or
  // "The `legacy` export is gone" reads as one more change.
  // A security fix under the advisory's update instructions ("更新手順", "Update instructions") is labelled by its kind:
  // the heading it happens to sit under says how to upgrade, not what was fixed.
  const ranked = chosen.map((entry) =>
    RANK[entry.kind] <= RANK.security && !entry.prose && (entry.label === null || (entry.kind === "security" && isUpdateInstructions(entry.label))) ? { ...entry, label: phrases.label(entry.kind) } : entry,
  );
  const fixed = render("");
  if (!rules.fits(fixed) && rules.length(fixed) > rules.maxLength) {
    throw fail(
      "ETEMPLATETOOLONG",
      `The post without any notes is already ${rules.length(fixed)} characters as ${NETWORK_NAME[rules.network]} counts them, over the limit of ${rules.maxLength}.`,
      // Only X's limit is a setting; Bluesky's is fixed and Mastodon's is the instance's.
      rules.network === "x"
        ? `Shorten the template (or the release name), or raise ${settings.names.maxLength} if your account allows longer posts.`
        : `Shorten ${NETWORK_NAME[rules.network]}'s template (or the release name): its limit of ${rules.maxLength} is ${rules.network === "bluesky" ? "Bluesky's own" : "the instance's"}.`,
    );
  }
  const layout = layOut({
    ranked,
    prepare: (entry) => quietEntry(entry, rules),
    unshownChanges: unshown,
    ...(unshownKinds ? { unshownKinds } : {}),
    renderFirst: render,
    rules,
    phrases,
    language: model.language,
    standing: tier,
    thread: settings.thread,
    maxPosts: settings.maxPosts,
    numbering: settings.numbering,
  });
  const posts = layout.posts.map((text) => ({ text, weightedLength: rules.length(text) }));
  if (posts.every((post) => post.text.trim() === "")) {
    throw fail(
      "EEMPTYPOST",
      "The post would be empty: the template's placeholders and the release notes are all empty.",
      "Pass a version, tag, URL or notes, or put fixed text in the template.",
    );
  }
  return { posts, omitted: layout.omitted, notices: notices(model), language: model.language };
}

/** The posts for X (X's weighted length, options.maxLength). */
export function compose(release: Release, options: ComposeOptions = {}): Post[] {
  return composePosts(release, options).posts;
}
