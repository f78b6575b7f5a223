// Changes the notes say twice: the same change listed once per area it touched, and changes the notes' opening
// summary already names. Launch posts open with what the release is about ("It includes
// upgrades to Chromium 130.0.6723.44, V8 13.0, and Node 20.18.0.") and then list it again, short ("Chromium
// `130.0.6723.44`") or at length ("Electron 33 upgrades Chromium from … to …"): a post that shows the summary and
// then its repeats says one thing three times.
import { advisoryIds, platformVersions, RANK, raisesPlatformFloor } from "../kinds/kinds.js";
import type { Entry } from "../model.js";
import { leadingSummary } from "../thread-order.js";

const COMMON = new Set(["the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "has", "have", "its", "into", "now", "new", "also"]);
/** A version or a dotted number ("130.0.6723.44", "13.0", "v2.1"): one name, not four numbers. */
const VERSION = /\bv?\d+(?:\.\d+)+\b/giu;

/** The names in a text: its versions, and its words of three letters or more (code marks aside), in lower case; and
 *  the numbers that follow a name ("Node 24", "Python 3.12"), which say which version it is. */
export function names(text: string): { words: Set<string>; versions: number; numbered: Set<string> } {
  const words = new Set<string>();
  const numbered = new Set<string>();
  let versions = 0;
  const plain = text.replace(/`/gu, "");
  for (const match of plain.matchAll(NAMED_NUMBER)) numbered.add(`${match[1]?.toLowerCase()} ${match[2]?.replace(/^v/iu, "")}`);
  const rest = plain.replace(VERSION, (version) => {
    words.add(version.toLowerCase().replace(/^v/u, ""));
    versions += 1;
    return " ";
  });
  for (const word of rest.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}_-]*/gu) ?? []) {
    if (word.length >= 3 && !COMMON.has(word) && !/^\d+$/u.test(word)) words.add(stem(word));
  }
  return { words, versions, numbered };
}
/** "moves", "moved", "move" and "moving" as one word. */
const stem = (word: string): string => word.replace(/(?:ing|ed|es|s)$/u, "").replace(/e$/u, "");
// "Node 24", "Python 3.12", "Vite v8": a name and the version of it.
const NAMED_NUMBER = /\b(\p{L}+)\s+(v?\d+(?:\.\d+)*)\b/gu;

/**
 * The entries without those that say again what the opening summary says: an item whose every name the summary has
 * and that names a version the summary gives ("Node `20.18.0`"), and a sentence that shares most of its names with the
 * summary, three at least. A breaking change or security fix always stays: it is what users must read, under its label.
 */
export function withoutSummaryRepeats(entries: readonly Entry[]): Entry[] {
  const summary = leadingSummary(entries);
  if (!summary) return [...entries];
  const said = names(summary.text);
  if (said.versions === 0 && said.numbered.size === 0) return [...entries];
  return entries.filter((entry) => {
    if (entry === summary || RANK[entry.kind] <= RANK.security) return true;
    const { words, versions, numbered } = names(entry.text);
    let shared = 0;
    for (const word of words) if (said.words.has(word)) shared += 1;
    // "Move the action runtime and bundle target to Node 24" under "moves the action runtime from Node 20 to Node 24":
    // the same move, to the same version, said with most of the summary's words.
    const sameMove = numbered.size > 0 && [...numbered].every((name) => said.numbered.has(name)) && shared >= 3 && shared >= 0.6 * words.size;
    const listedAgain = !entry.prose && ((versions > 0 && said.versions > 0 && shared === words.size) || sameMove);
    const saidAgain = entry.prose && versions > 0 && said.versions > 0 && shared >= 3 && shared >= 0.6 * Math.min(words.size, said.words.size);
    return !(listedAgain || saidAgain);
  });
}

/** "modal: Fix …" or "modal, drawer: Fix …": the areas a change touched (conventional-changelog scopes), then the change. */
const SCOPED = /^([\w@$./-]{1,40}(?:,\s*[\w@$./-]{1,40})*):\s+(\S.*)$/su;

/**
 * The entries with a change listed once per area it touched ("modal: Fix error not propagated in onBeforeOk",
 * "drawer: Fix error not propagated in onBeforeOk") said once, with its areas together ("modal, drawer: Fix …"), where
 * its first listing stands: one change, one line.
 */
export function withMergedScopes(entries: readonly Entry[]): Entry[] {
  const first = new Map<string, { at: number; scopes: string[]; change: string }>();
  const merged: Entry[] = [];
  for (const entry of entries) {
    const match = entry.prose ? null : SCOPED.exec(entry.text);
    const scope = match?.[1];
    const change = match?.[2];
    if (!scope || !change) {
      merged.push(entry);
      continue;
    }
    const key = `${entry.label ?? ""}\u0000${entry.kind}\u0000${change.replace(/\s+/gu, " ").trim()}`;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, { at: merged.length, scopes: [scope], change });
      merged.push(entry);
      continue;
    }
    seen.scopes.push(scope);
    const head = merged[seen.at];
    if (head) merged[seen.at] = { ...head, text: `${seen.scopes.join(", ")}: ${seen.change}` };
  }
  return merged;
}

/** How many names two texts share, versions included. */
function sharedNames(one: string, other: string): number {
  const theirs = names(other).words;
  let shared = 0;
  for (const word of names(one).words) if (theirs.has(word)) shared += 1;
  return shared;
}

/**
 * The entries with each change marked breaking in its own line ("feat!: ship lerna as ESM-only") said once when the
 * notes' breaking section explains it again ("Lerna is now shipped as ESM-only…"): the explanation stays, in the
 * marked line's place, and the count of breaking changes is the count of changes. A marked line and an explanation
 * are one change when they share two names; when some pair so and as many lines as explanations are left over,
 * those pair in order too (conventional-changelog lists both in commit order).
 */
export function withBreakingExplained(entries: readonly Entry[]): Entry[] {
  const marked = entries.filter((entry) => entry.kind === "breaking" && entry.markedBreaking === true && !entry.prose);
  const explained = entries.filter((entry) => entry.kind === "breaking" && entry.markedBreaking !== true && !entry.prose);
  if (marked.length === 0 || explained.length === 0) return [...entries];
  const pairs = new Map<Entry, Entry>();
  const candidates = marked
    .flatMap((line) => explained.map((note) => ({ line, note, shared: sharedNames(line.text, note.text) })))
    .filter(({ shared }) => shared >= 2)
    .sort((one, other) => other.shared - one.shared);
  const taken = new Set<Entry>();
  for (const { line, note } of candidates) {
    if (pairs.has(line) || taken.has(note)) continue;
    pairs.set(line, note);
    taken.add(note);
  }
  const lines = marked.filter((line) => !pairs.has(line));
  const notes = explained.filter((note) => !taken.has(note));
  if (pairs.size > 0 && marked.length === explained.length && lines.length === notes.length) {
    for (const [index, line] of lines.entries()) {
      const note = notes[index];
      if (note) pairs.set(line, note);
    }
  }
  if (pairs.size === 0) return [...entries];
  const placeOf = new Map([...pairs].map(([line, note]) => [note, line.order]));
  return entries.filter((entry) => !pairs.has(entry)).map((entry) => (placeOf.has(entry) ? { ...entry, order: placeOf.get(entry) ?? entry.order } : entry));
}

// A note that opens by pointing back ("these are now replaced by …", "this now requires …", "it no longer …"): it
// explains a commit listed elsewhere, and alone it names nothing.
const POINTS_BACK = /^(?:these|this|they|it|those)\b(?!\s+(?:release|version|project|package|library|plugin)\b)/iu;
// What such a commit does that its note explains: takes a name away or moves it.
const TAKES_AWAY = /^(?:remove|rename|replace|drop|delete|deprecate|move|change|split|merge)/iu;

/**
 * The entries with a breaking note that points back ("experimental: these are now replaced by `b`") said together
 * with the commit it explains ("experimental: remove `a`"), found by their shared scope, as one breaking change in
 * the note's place: "experimental: remove `a`; these are now replaced by `b`". conventional-changelog keys a commit's
 * BREAKING CHANGE footer by the commit's scope and lists the subject under its own type. Where the scope has several
 * commits, the one that takes something away is the one explained; where that is not one, the note stays as it is.
 */
export function withBreakingAntecedents(entries: readonly Entry[]): Entry[] {
  const byScope = new Map<string, Entry[]>();
  for (const entry of entries) {
    const match = entry.prose || entry.kind === "breaking" ? null : SCOPED.exec(entry.text);
    if (match?.[1] && match[2]) byScope.set(match[1].toLowerCase(), [...(byScope.get(match[1].toLowerCase()) ?? []), entry]);
  }
  if (byScope.size === 0) return [...entries];
  const explains = new Map<Entry, { subject: Entry; text: string }>();
  const subjects = new Set<Entry>();
  for (const note of entries) {
    const match = note.kind === "breaking" && !note.prose ? SCOPED.exec(note.text) : null;
    const scope = match?.[1];
    const said = match?.[2];
    if (!scope || !said || !POINTS_BACK.test(said)) continue;
    const commits = (byScope.get(scope.toLowerCase()) ?? []).filter((entry) => !subjects.has(entry));
    const taking = commits.filter((entry) => TAKES_AWAY.test(SCOPED.exec(entry.text)?.[2] ?? ""));
    const subject = commits.length === 1 ? commits[0] : taking.length === 1 ? taking[0] : undefined;
    const change = subject ? SCOPED.exec(subject.text)?.[2]?.replace(/[.;:]\s*$/u, "") : undefined;
    if (!subject || !change) continue;
    explains.set(note, { subject, text: `${scope}: ${change}; ${said}` });
    subjects.add(subject);
  }
  if (explains.size === 0) return [...entries];
  return entries.filter((entry) => !subjects.has(entry)).map((entry) => {
    const joined = explains.get(entry);
    return joined ? { ...entry, text: joined.text } : entry;
  });
}

// Words that say a text is about which versions are supported or required.
const ABOUT_SUPPORT = /support|requir|minimum|below|older|earlier|미만|이상|지원|필수|以上|未満|以前|サポート|必須|支持|要求|最低|需要/iu;

/**
 * The entries with a raised runtime floor said once: notes often state it as the breaking change ("Java 21 필수: …"),
 * again among the highlights ("Java 21 지원: Java 21 is now the minimum…"), and again as advice for those below it.
 * The first breaking change that raises the floor stays; a later line about support for the same platform version goes.
 */
export function withoutFloorRepeats(entries: readonly Entry[]): Entry[] {
  const floor = entries.find((entry) => entry.kind === "breaking" && !entry.prose && raisesPlatformFloor(entry.text));
  if (!floor) return [...entries];
  const raised = new Set(platformVersions(floor.text));
  if (raised.size === 0) return [...entries];
  return entries.filter((entry) => {
    if (entry === floor || RANK[entry.kind] > RANK.fix) return true;
    const same = platformVersions(entry.text).some((named) => raised.has(named));
    return !(same && ABOUT_SUPPORT.test(entry.text) && (entry.kind === "breaking" || raisesPlatformFloor(entry.text) || platformVersions(entry.text).length <= 2));
  });
}

// "Django 5.1.4 fixes one security issue with severity "high", one … and several bugs": a count of the fixes that the
// notes then list, each by its id.
const COUNTS_FIXES = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)\s+(?:(?:new|more|other|\w+-severity)\s+)?(?:security\s+(?:issues?|fix(?:es)?|vulnerabilit(?:y|ies)|bugs?|flaws?)|vulnerabilit(?:y|ies)|CVEs?)\b|\d+\s*(?:个|個|件|건|개)\s*(?:安全)?(?:漏洞|问题|問題|脆弱性|취약점)/iu;

/**
 * The entries without a sentence that counts the security fixes ("fixes one security issue with severity "high" …")
 * where the notes list each fix by its CVE or GHSA id: the list says it, and the count would open a thread ahead of it,
 * naming the release and its version a second time ("Django 5.1.4 is out!" then "Django 5.1.4 fixes…").
 */
export function withoutAdvisoryCount(entries: readonly Entry[]): Entry[] {
  if (!entries.some((entry) => entry.kind === "security" && !entry.prose && advisoryIds(entry.text).length > 0)) return [...entries];
  return entries.filter((entry) => !(entry.prose && entry.kind === "security" && advisoryIds(entry.text).length === 0 && COUNTS_FIXES.test(entry.text)));
}

/**
 * The entries without an advisory's summary list where the same notes list each vulnerability by its id: Rails' "Two
 * potential DoS vulnerabilities in Active Storage related to range requests" over "CVE-2026-33174 Possible DoS
 * vulnerability in Active Storage proxy mode…" says the fixes twice, and "+14 more security fixes" would count 10 twice.
 * A run of security fixes without ids goes when at least three fixes have ids, the run is no longer than they are,
 * and most of its lines share two names or more with one of them. Fixes that name nothing the ids' lines name stay.
 */
export function withoutAdvisorySummary(entries: readonly Entry[]): Entry[] {
  const identified = entries.filter((entry) => entry.kind === "security" && !entry.prose && advisoryIds(entry.text).length > 0);
  if (identified.length < 3) return [...entries];
  // A summary restates a few fixes: the first hundred with ids are all it can name (and hostile notes stay linear).
  const identifiedNames = identified.slice(0, 100).map((entry) => names(entry.text).words);
  const inOrder = [...entries].sort((a, b) => a.order - b.order);
  const dropped = new Set<Entry>();
  let run: Entry[] = [];
  const closeRun = (): void => {
    const summary = run;
    run = [];
    if (summary.length === 0 || summary.length > identifiedNames.length) return;
    const restated = summary.filter((entry) => {
      const words = [...names(entry.text).words];
      return identifiedNames.some((other) => words.filter((word) => other.has(word)).length >= 2);
    });
    if (restated.length * 2 > summary.length) for (const entry of summary) dropped.add(entry);
  };
  for (const entry of inOrder) {
    if (entry.kind === "security" && !entry.prose && advisoryIds(entry.text).length === 0) run.push(entry);
    else closeRun();
  }
  closeRun();
  return dropped.size === 0 ? [...entries] : entries.filter((entry) => !dropped.has(entry));
}

/** The title a section's entry carries: its label, and its own words before a key's colon or, for a title alone, all. */
function sectionTitle(entry: Entry): string {
  const head = /^([^:：]{2,80})[:：]\s/u.exec(entry.text)?.[1];
  return `${entry.label ?? ""} ${entry.prose ? "" : (head ?? entry.text)}`;
}

/**
 * The entries without a pull request's line that restates a section the notes wrote earlier: ZenML's "AzureML
 * orchestrator" under "### AzureML Orchestrator Support", "Upload code to artifact store" under "### Reduced Docker
 * Builds with Code Uploads". Shown once, counted once: a line with few names that shares two with the section's
 * title and half of its names with the section, or one with the title and two thirds with the section, is the same
 * change. A breaking change or security fix always stays, and so does a line of the same part as the section: a
 * sibling in one list ("Add Tajik translations" after "feat: Add Azerbaijani translation") is a change of its own.
 */
export function withoutSectionRestatements(entries: readonly Entry[]): Entry[] {
  const sections = entries.filter((entry) => entry.label !== null);
  if (sections.length === 0) return [...entries];
  return entries.filter((line) => {
    if (line.prose || line.label !== null || RANK[line.kind] <= RANK.security) return true;
    const { words } = names(line.text);
    if (words.size < 2 || words.size > 8) return true;
    return !sections.some((section) => {
      if (section.order >= line.order || (section.part !== undefined && section.part === line.part)) return false;
      const title = names(sectionTitle(section)).words;
      const body = names(`${section.label ?? ""} ${section.text}`).words;
      let inTitle = 0;
      let inBody = 0;
      for (const word of words) {
        if (title.has(word)) inTitle += 1;
        if (body.has(word)) inBody += 1;
      }
      return (inTitle >= 2 && inBody >= words.size / 2) || (inTitle >= 1 && inBody >= 3 && inBody >= (2 * words.size) / 3);
    });
  });
}
