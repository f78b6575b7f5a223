// The order a thread reads its changes in, and the blocks no break between posts may split. A maintainer writing a
// thread goes section by section: all the changes under one label stand together (the label comes back only at the
// top of the next post, to continue its group), the sections in rank order, a paragraph's sentences together and in
// source order. A sentence that leans on the one before it ("It also…", "This means…", "また、…") never opens a post
// without it, and a lead-in ("The following rules are now recommended:") goes with the change it introduces.
import { groupRank, RANK, REMOVED_API_RANK } from "./kinds/kinds.js";
import type { Phrases } from "./language.js";
import { onlyLocale } from "./kinds/locale-items.js";
import { opensMidArgument, withoutStrandedReasons } from "./prose/mid-argument.js";
import type { Entry } from "./model.js";
import { cjkCount } from "./text/cjk.js";

/** Entries that go into one post together, in reading order. */
export interface Block {
  entries: Entry[];
  /** The group the block stands in: its label, its kind's label, or its paragraph. */
  group: string;
  /** How important the block's first change is (RANK). */
  rank: number;
  /** For prose: the paragraph it belongs to, else null. */
  paragraph: number | null;
  /** The notes' one-line summary, put before the breaking changes (leadingSummary). */
  summary?: boolean;
}

// "This release…", "This version…" name the release and lean on nothing; "This means…", "These…", "It also…" do.
const LEANING_EN =
  /^(?:it|its|it's|they|their|them|these|those|that|this(?!\s+(?:release|version|update|patch|build)\b)|also|additionally|moreover|furthermore|however|but|and|or|so|then|thus|hence|therefore|instead|otherwise|likewise|similarly|still|yet|besides|plus|such|both|as a result|in addition|on top of that|for (?:example|instance)|the (?:latter|former))\b/iu;
// …and so do "このリリース", "这个版本", "該版本".
const LEANING_CJK =
  /^(?:また|さらに|これ|この(?!(?:リリース|バージョン|版|アップデート))|それ|その|ただし|なお|しかし|加えて|此外|另外|同时|同時|(?:这|這|该|該)(?!(?:个|個)?(?:版本|发布|發布|更新))|此(?!次?(?:版本|发布|發布|更新|升级))|它|但|并且|而且|因此|또한|이는|이것|이를|이로써|이러한|그러나|하지만|따라서)/u;

// …or sets such a word between commas after its subject: "The website, however, will reference 2.0.", "Users, in
// turn, must…".
const LEANING_ASIDE_EN =
  /^[^,.;:!?]{1,60},\s*(?:however|though|instead|therefore|thus|hence|in turn|as a result|in that case|on the other hand|by contrast|in contrast|meanwhile|too|also|as well|then)\s*,/iu;

// …or whose subject, after an opening clause, points back at what the sentence before it said: "While there are still
// many steps ahead of us, this important milestone already brings…", "With that, these changes…". (Not "this release",
// which names the release.)
const LEANING_SUBJECT_EN =
  /^[^,.;:!?]{1,60},\s*(?:this|these|that|those|such)\s+(?:[a-z-]+\s+){0,2}(?:milestones?|work|efforts?|changes?|improvements?|additions?|steps?|features?|updates?|refactors?|rewrites?)\b/iu;

/** True when a sentence opens with a word that points back at the sentence before it (every explanation mid-argument.ts
 *  knows among them: "which is why…", "つまり…"), or sets one after its subject. */
export function leansBack(text: string): boolean {
  const start = text.replace(/^[…\s"'“‘(（「]+/u, "");
  return opensMidArgument(start) || LEANING_EN.test(start) || LEANING_CJK.test(start) || LEANING_ASIDE_EN.test(start) || (start.includes(",") && LEANING_SUBJECT_EN.test(start));
}

/** A sentence that announces what follows it ("The following rules are now recommended:"). */
export const isLeadIn = (entry: Entry | undefined): boolean => entry !== undefined && entry.prose && (/[:：]$/u.test(entry.text.trim()) || TRAILING_OFF.test(entry.text.trim()));
// A sentence that trails off into what follows it ("The 0.28 release includes a limited set of deprecations...") is a
// lead-in too; "…and more..." or "etc…" closes a list instead.
const TRAILING_OFF = /^(?![\s\S]*\b(?:etc|and (?:more|so on)|more to come|stay tuned)\W*$)[\s\S]*[\p{L}\p{N})`]\s*(?:\.{3}|…)$/u;

// A label that is a sentence introducing its list, not a heading: it has a subject that acts ("This release stabilizes
// these APIs", "We added the following rules to the recommended config", "Homebrew published …") or points at the
// list ("…these APIs", "…the following rules").
const LEAD_IN_SENTENCE =
  /^(?:this\s+(?:release|version|update)|we|i|it|they|our\s+\w+)\s+\w+|^[\w.@/-]+\s+(?:now\s+|also\s+)?(?:has|have|published|publishes|stabili[sz]es|stabili[sz]ed|introduces?|introduced|includes?|included|brings?|ships?|shipped|contains?)\s+\S|\b(?:these|the\s+following)\b/iu;

/** True when a list's label is the sentence that introduced it in the notes ("This release stabilizes these APIs"). */
export const isLeadInSentence = (label: string): boolean => LEAD_IN_SENTENCE.test(label.trim());

/** The label an entry is shown under in a thread: its own, or its kind's when the thread has labels. */
export function threadLabel(entry: Entry, labelled: boolean, phrases: Pick<Phrases, "label">): string | null {
  return entry.label ?? (labelled && !entry.prose ? phrases.label(entry.kind) : null);
}

/** The group an entry stands in: its label (or its kind's), else its paragraph, else the one group of unlabelled changes. */
export function groupKey(entry: Entry, labelled: boolean, phrases: Pick<Phrases, "label">): string {
  const label = threadLabel(entry, labelled, phrases);
  // Under one label, items and prose stay together; unlabelled prose keeps its own paragraph.
  return label !== null ? `l${label}` : entry.prose ? `p${entry.paragraph}` : "l";
}

interface Group {
  rank: number;
  order: number;
  entries: Entry[];
}

/**
 * The ranked entries in thread order: groups in rank order (their most important change, or a paragraph's first
 * sentence; then source order), each whole; within a group the ranked order, a paragraph's sentences in source order
 * where its first ranked one stands.
 */
export function threadOrder(ranked: readonly Entry[], phrases: Pick<Phrases, "label">, leadSummary = true, standing: (entry: Entry) => number = () => 0): Entry[] {
  const labelled = ranked.some((entry) => entry.label !== null);
  const groups = new Map<string, Group>();
  const summary = leadSummary ? leadingSummary(ranked) : null;
  const chain = summary ? leaningOn(ranked, summary) : [];
  const told = summary ? [summary, ...fitting(summary, chain)] : [];
  for (const entry of ranked) {
    if (told.includes(entry)) continue;
    // The summary's leaning sentences past its room go: alone they would lean on nothing.
    if (chain.includes(entry)) continue;
    const key = groupKey(entry, labelled, phrases);
    let group = groups.get(key);
    if (!group) {
      group = { rank: threadRank(entry), order: entry.order, entries: [] };
      groups.set(key, group);
    }
    // A paragraph of its own stands where its first sentence ranks: one sentence that says "breaking" must not pull
    // the whole introduction ahead of the breaking changes themselves.
    if (!key.startsWith("p")) group.rank = Math.min(group.rank, threadRank(entry));
    else if (entry.order < group.order) group.rank = threadRank(entry);
    group.order = Math.min(group.order, entry.order);
    group.entries.push(entry);
  }
  if (summary) groups.set("summary", { rank: SUMMARY_RANK, order: summary.order, entries: told });
  // A group of only a language's strings ("i18n") waits behind the groups of its rank that every user meets.
  const locale = (group: Group): number => Number(group.entries.every(onlyLocale));
  return [...groups.values()].sort((a, b) => a.rank - b.rank || locale(a) - locale(b) || a.order - b.order).flatMap((group) => inReadingOrder(withoutAsides(withAdvisoriesInOrder(group.entries, standing))));
}

/**
 * A group's entries in the ranked order, its security fixes of one standing (`standing`: advisories with their own id,
 * hardening, one filed as a dependency update) in the notes' order: the notes list their advisories in the order they
 * mean them read (the primary one first), and the words of one are no measure of it against the next.
 * (Where the ranking sets a breaking change apart, "Rename FlatESLint to ESLint" before a rule's new default, it stays.)
 */
function withAdvisoriesInOrder(entries: readonly Entry[], standing: (entry: Entry) => number): Entry[] {
  const advisory = (entry: Entry): boolean => !entry.prose && entry.kind === "security";
  const inOrder = entries.filter(advisory).toSorted((a, b) => standing(a) - standing(b) || a.order - b.order);
  let next = 0;
  return entries.map((entry) => (advisory(entry) ? (inOrder[next++] ?? entry) : entry));
}

/**
 * Where an entry's group stands in a thread: its group rank, except that a listed removal ("Removed", "Deprecations and
 * Removals", "移除") of what users wrote against stands where removed public API does, before the features: what users lose is what they must act
 * on, and a thread that opens with "Added" leaves it for a later post. (A single post ranks each change for itself.)
 */
const threadRank = (entry: Entry): number => (entry.kind === "removal" && !entry.prose && USED_BY_USERS.test(entry.text) ? Math.min(groupRank(entry), REMOVED_API_RANK) : groupRank(entry));
// What users wrote against: API they were told would go, code they name, a platform's support. ("Remove extra button"
// tidies the interface, and waits with the other changes.)
const USED_BY_USERS = /\bdeprecated\b|`|\bsupport for\b|废弃|弃用|不再支持|非推奨|サポート(?:を)?終了|사용 중단|지원(?:을)? 중단/iu;

/** Where the notes' one-line summary stands: after the notes' word that this is a security release, before the rest. */
const SUMMARY_RANK = RANK.breaking - 0.25;
/** A summary up to this long (one sentence naming the release's main changes) leaves the first post room for more. */
const SUMMARY_LENGTH = 170;
/** A text's length with CJK characters counted twice, as X and most readers' eyes do. */
const width = (text: string): number => [...text].length + cjkCount(text);
/** A heading over the release summed up in a sentence or two. */
const SUMMARY_HEADING = /^(?:summary|overview|tl;?\s?dr|at a glance|概要|概述|摘要|总结|總結|요약|개요)$/iu;

/**
 * The notes' own one-line summary ("A release of search speed-ups and a new training-data pipeline."): a short
 * sentence that opens the notes, unlabelled or under a "Summary" heading, and says what the release is about. It
 * opens the thread on its own, before the breaking changes (the rest of its paragraph stays where the paragraph
 * ranks), so that a long breaking section never takes every post while what the release is about waits at the end.
 * Null when the notes open otherwise.
 */
export function leadingSummary(ranked: readonly Entry[]): Entry | null {
  let first: Entry | null = null;
  for (const entry of ranked) if (!first || entry.order < first.order) first = entry;
  if (!first || !first.prose || first.kind !== "highlight" || width(first.text) > SUMMARY_LENGTH) return null;
  if (first.label !== null && !SUMMARY_HEADING.test(first.label.trim())) return null;
  // A sentence that ends in a colon introduces what follows it; one that advises ("Be aware that…") sums nothing up. The
  // sentences that lean on it go with it (leaningOn) as far as its room goes.
  if (isLeadIn(first) || first.advisory === true) return null;
  // A long summary ("… Furthermore, …") leads by its first sentence, which names the headline; the sentences leaning on
  // it that do not fit go (fitting).
  return first;
}

/** The leading sentences of `chain` that fit the summary's room after `summary`. */
function fitting(summary: Entry, chain: readonly Entry[]): Entry[] {
  let used = width(summary.text);
  const kept: Entry[] = [];
  for (const entry of chain) {
    used += width(entry.text) + 1;
    if (used > SUMMARY_LENGTH) break;
    kept.push(entry);
  }
  return kept;
}

/**
 * The sentences right after `opening` in its paragraph that lean on the one before them ("This release adds a new
 * router." then "Furthermore, …"): they stand with it wherever it goes, never alone after another paragraph.
 */
function leaningOn(ranked: readonly Entry[], opening: Entry): Entry[] {
  const next = new Map(ranked.filter((entry) => entry.prose && entry.paragraph === opening.paragraph).map((entry) => [entry.order, entry]));
  const chain: Entry[] = [];
  for (let entry = next.get(opening.order + 1); entry !== undefined && leansBack(entry.text); entry = next.get(entry.order + 1)) chain.push(entry);
  return chain;
}

/**
 * A paragraph that opens with a change ends where its sentences turn to remarks that name none (ranked "other"):
 * what follows them would come out of context, and the remarks would take the room of the changes after it.
 */
function withoutAsides(entries: readonly Entry[]): Entry[] {
  const firsts = new Map<number, Entry>();
  for (const entry of entries) {
    const first = firsts.get(entry.paragraph);
    if (entry.prose && (!first || entry.order < first.order)) firsts.set(entry.paragraph, entry);
  }
  const ends = new Map<number, number>();
  for (const entry of entries) {
    const first = firsts.get(entry.paragraph);
    if (!entry.prose || !first || RANK[first.kind] >= RANK.other || RANK[entry.kind] < RANK.other) continue;
    ends.set(entry.paragraph, Math.min(ends.get(entry.paragraph) ?? Infinity, entry.order));
  }
  return entries.filter((entry) => !entry.prose || entry.step === true || entry.order < (ends.get(entry.paragraph) ?? Infinity));
}

/** A group's entries with each paragraph's sentences together, in source order, where its first one was ranked. */
function inReadingOrder(entries: readonly Entry[]): Entry[] {
  const first = new Map<number, number>();
  entries.forEach((entry, index) => {
    if (entry.prose && !first.has(entry.paragraph)) first.set(entry.paragraph, index);
  });
  const place = (entry: Entry, index: number): number => (entry.prose ? (first.get(entry.paragraph) ?? index) : index);
  return entries
    .map((entry, index) => ({ entry, key: place(entry, index) }))
    .sort((a, b) => a.key - b.key || (a.entry.prose && b.entry.prose ? a.entry.order - b.entry.order : 0))
    .map(({ entry }) => entry);
}

/**
 * The thread's entries cut into blocks: a change alone; a sentence with the sentences after it that lean on it; a
 * lead-in with the change right after it in the notes. A lead-in whose change does not follow it in the thread is
 * left out: alone it says nothing.
 */
export function threadBlocks(ranked: readonly Entry[], phrases: Pick<Phrases, "label">, leadSummary = true, standing?: (entry: Entry) => number): Block[] {
  const summary = leadSummary ? leadingSummary(ranked) : null;
  // A reason or consequence whose antecedent the thread does not read right before it would open a post mid-argument.
  const order = withoutStrandedReasons(threadOrder(ranked, phrases, leadSummary, standing), (entry) => RANK[entry.kind] <= RANK.security);
  const labelled = ranked.some((entry) => entry.label !== null);
  const blocks: Block[] = [];
  let leadIn: Entry | null = null;
  let leadInLeans = false;
  order.forEach((entry, index) => {
    const last = blocks.at(-1);
    // A sentence that leans on the one right before it goes where that one goes.
    const leans = entry.prose && last !== undefined && last.entries.at(-1) === order[index - 1] && isSentenceBefore(order[index - 1], entry) && leansBack(entry.text);
    if (isLeadIn(entry)) {
      const next = order[index + 1];
      // (A change under another heading is introduced by that heading, not by the sentence before it.)
      const introduces = next !== undefined && next.order > entry.order && next.order <= entry.order + 1 && next.label === entry.label;
      leadIn = introduces ? entry : null;
      leadInLeans = introduces && leans;
      return;
    }
    const entries = leadIn ? [leadIn, entry] : [entry];
    if (last && (leans || leadInLeans)) last.entries.push(...entries);
    else {
      const head = entries[0] ?? entry;
      const block: Block = { entries, group: groupKey(entry, labelled, phrases), rank: RANK[entry.kind], paragraph: head.prose ? head.paragraph : null };
      if (entry === summary) block.summary = true;
      blocks.push(block);
    }
    if (last && leadInLeans) last.group = groupKey(entry, labelled, phrases);
    leadIn = null;
    leadInLeans = false;
  });
  return blocks;
}

/** True when `previous` is the sentence right before `entry` in the same paragraph. */
export function isSentenceBefore(previous: Entry | undefined, entry: Entry): boolean {
  return previous !== undefined && previous.prose && previous.paragraph === entry.paragraph && previous.order === entry.order - 1;
}
