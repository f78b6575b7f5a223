// Lays ranked entries out as posts: one post filled with the most important changes, or a thread that reads group
// by group (thread-order.ts), fills each post, leaves no crumb posts, stops at its cap with a pointer to the full
// notes, and numbers its posts when asked. Lengths are the network's (rules): added up line by line while filling,
// and every post measured whole before it is kept.
import { withoutAdvisoryIds } from "./kinds/advisory-ids.js";
import { joinSentences, sentences } from "./text/cleanup.js";
import { announcedCount } from "./prose/counted-lead-ins.js";
import { advisoryIds, groupRank, RANK, saysMustAct, type Kind } from "./kinds/kinds.js";
import { frameLabel, type Language, type Phrases, type phrasesFor } from "./language.js";
import type { Entry } from "./model.js";
import type { NetworkRules } from "./networks.js";
import { clauseHead, ELLIPSIS, shorten } from "./text/shorten.js";
import { onlyLocale } from "./kinds/locale-items.js";
import { groupKey, isLeadIn, isLeadInSentence, isSentenceBefore, leadingSummary, leansBack, threadBlocks, threadLabel, type Block } from "./thread-order.js";
import { wordWeight } from "./text/cjk.js";
import { toldInProse } from "./prose/told-in-prose.js";
import { trailingQualifier } from "./text/qualifiers.js";

/** An entry as a post shows it: whole, or shortened. */
export interface Shown {
  entry: Entry;
  text: string;
}

export interface LayoutInput {
  /** The entries worth showing, most important first. */
  ranked: readonly Entry[];
  /** Changes the notes hold beyond `ranked` (noise, unread notes): counted in "+N more". */
  unshownChanges: number;
  /** The kinds of those of them an entry stands for (the rest are counted as other changes). */
  unshownKinds?: readonly Kind[];
  /** The first post around its notes: the template rendered with `body` as {notes}. */
  renderFirst: (body: string) => string;
  rules: NetworkRules;
  /** Makes an entry's text and label fit for the network (quiet mentions and links); called only for the entries a
   *  post considers, once each. */
  prepare: (entry: Entry) => Entry;
  phrases: ReturnType<typeof phrasesFor>;
  language: Language;
  /**
   * Where an entry stands among the ranked changes of its kind, lower first (a breaking change every user meets before
   * one in a beta API, a named vulnerability before hardening). A thread post that passes over a change too long for
   * it takes a later one of its group only when it stands as high. Omitted: all stand alike.
   */
  standing?: (entry: Entry) => number;
  thread: boolean;
  maxPosts: number;
  numbering: boolean;
}

export interface Layout {
  posts: string[];
  /** Changes no post shows. */
  omitted: number;
}

const BULLET = "\u2022 ";

interface Group {
  key: string;
  rank: number;
  order: number;
  label: string | null;
  items: Shown[];
  /** The label is the highlights' kind label, which the notes never gave them. */
  madeUp: boolean;
}

/** A group's lines: its items as bullets, its prose sentences joined back into their paragraphs. */
function groupLines(items: readonly Shown[], label: string | null): string[] {
  const lines: string[] = [];
  const mark = label === null ? "" : leadingMark(label);
  let paragraph = -1;
  // Changes keep the order they were picked in (most important first); a paragraph's sentences stay in source order,
  // where its first picked sentence stands.
  const first = new Map<number, number>();
  items.forEach(({ entry }, index) => {
    if (entry.prose && !first.has(entry.paragraph)) first.set(entry.paragraph, index);
  });
  // A paragraph that stands above all the group's listed changes in the notes introduces them: it goes first.
  const firstChange = Math.min(...items.filter(({ entry }) => !entry.prose).map(({ entry }) => entry.order));
  const place = ({ entry }: Shown, index: number): number => (entry.prose ? (entry.order < firstChange ? -1 : (first.get(entry.paragraph) ?? index)) : index);
  const ordered = items.map((item, index) => ({ item, key: place(item, index) })).sort((a, b) => a.key - b.key || a.item.entry.order - b.item.entry.order);
  for (const { entry, text: shownText } of withoutShortCounts(ordered.map(({ item }) => item))) {
    // "⚠️ Breaking changes:" then "• ⚠️ Support …": the label already shows the item's marker.
    const text = mark && !entry.prose && leadingMark(shownText) === mark ? shownText.replace(LEADING_MARK, "") : shownText;
    if (entry.prose && entry.paragraph === paragraph && lines.length > 0) lines[lines.length - 1] = joinSentences([lines.at(-1) ?? "", text]);
    else lines.push(entry.prose ? text : BULLET + text);
    paragraph = entry.prose ? entry.paragraph : -1;
  }
  return lines;
}

/**
 * A group's items without a sentence that announces more changes than follow it ("Three changes that…" over two, "…四种
 * 自定义主题方式。" over one): the reader counts. What follows it: the group's changes after it, its paragraph's later
 * sentences.
 */
function withoutShortCounts(items: readonly Shown[]): Shown[] {
  return items.filter(({ entry, text }, index) => {
    // The maintenance sentence counts the changes it stands for, which no post lists.
    if (!entry.prose || entry.tally === true) return true;
    const count = announcedCount(text);
    if (count === null) return true;
    const after = items.slice(index + 1).filter((other) => !other.entry.prose || other.entry.paragraph === entry.paragraph);
    return after.length >= count;
  });
}

const LEADING_MARK = /^[\p{Extended_Pictographic}\uFE0F\u200D]+\s*/u;
/** The emoji a text starts with, without variation selectors ("⚠️" and "⚠" are one mark); "" when none. */
const leadingMark = (text: string): string => (LEADING_MARK.exec(text)?.[0] ?? "").replace(/[\uFE0F\s]/gu, "");

/** How a thread lays its posts' notes out: in the thread's own order, labelled as the whole thread is. */
export interface ThreadStyle {
  /** Whether the thread has labels: then every change stands under one, its kind's when it has none of its own. */
  labelled: boolean;
}

/**
 * The notes part of a post: groups (a label, then its items or paragraphs), then "+N more". Items without a label get
 * their kind's label when anything else in the post has one: under "⚠️ Breaking changes:", an unlabelled feature would
 * read as breaking. A single post orders its groups by where their most important change stands (`standing`, its
 * kind's rank when none is given; then source order), so that a change users must act on comes before the features
 * whatever its kind; a thread post (`thread`) keeps the order its changes come in, so that a group the post before
 * left open goes on at its top.
 */
export function renderBody(
  shown: readonly Shown[],
  more: string | null,
  phrases: Pick<Phrases, "colon" | "label">,
  thread?: ThreadStyle,
  standing: (entry: Entry) => number = groupRank,
  bareHighlights = true,
): string {
  const labelled = thread?.labelled ?? shown.some(({ entry }) => entry.label !== null);
  const groups = new Map<string, Group>();
  for (const item of shown) {
    const { entry } = item;
    const label = threadLabel(entry, labelled, phrases);
    // Under one label, items and prose stay together; unlabelled prose keeps its own paragraph.
    const key = groupKey(entry, labelled, phrases);
    let group = groups.get(key);
    if (!group) {
      group = { key, rank: thread ? groups.size : standing(entry), order: entry.order, label, items: [], madeUp: entry.label === null && entry.kind === "highlight" };
      groups.set(key, group);
    }
    if (!thread) group.rank = Math.min(group.rank, standing(entry));
    group.order = Math.min(group.order, entry.order);
    group.items.push(item);
  }
  // A thread post that goes on with the group the post before ended with says its label again: each post is read on
  // its own, and items without their label read as some other kind of change.
  // A group of only a language's strings ("i18n") waits behind the groups of its rank that every user meets.
  const locale = (group: Group): number => (thread ? 0 : Number(group.items.every(({ entry }) => onlyLocale(entry))));
  const blocks = [...groups.values()]
    .sort((a, b) => a.rank - b.rank || locale(a) - locale(b) || a.order - b.order)
    // "Highlights:" made up over the changes the composer picked out (a blog's parts, "🔥" items) stands only to set
    // them apart from a group before them: first in the post, they need no label the notes never gave (unless
    // `bareHighlights` is off: a reply after a post that ended under another label).
    .map(({ items, label, madeUp }, index) => ({ items, label: madeUp && bareHighlights && index === 0 ? null : label }))
    .map(({ items, label }) => ({ items, label, lines: groupLines(items, label) }))
    // A group whose only line was a count it could not keep shows nothing, not even its label.
    .filter(({ lines }) => lines.length > 0)
    .map(({ items, label, lines }) => {
      const body = lines.join("\n");
      // A label that holds a colon already ("Smooth Corners: Native CSS Squircles") would read "…Squircles:" with one more;
      // one that ends in its own "?" or "!" ("What’s New?", "New!") would read "?:".
      return label ? `${warned(label, items, phrases)}${/[:：]|[?!？！]$/u.test(label) ? "" : phrases.colon}\n${body}` : body;
    });
  if (more) blocks.push(more);
  return blocks.join("\n\n");
}

/**
 * A group's label, with the breaking changes' warning sign when the group shows one under a label of its own that does
 * not warn ("Tauri Core Plugins" under the notes' "Breaking Changes"): a reader must see that it breaks.
 */
function warned(label: string, items: readonly Shown[], phrases: Pick<Phrases, "label">): string {
  if (leadingMark(label) !== "" || SAYS_BREAKING.test(label) || !items.some(({ entry }) => entry.kind === "breaking")) return label;
  const sign = LEADING_MARK.exec(phrases.label("breaking"))?.[0] ?? "";
  return `${sign}${label}`;
}
const SAYS_BREAKING = /breaking|incompatib|破坏|不兼容|破壊|互換|호환/iu;

/** The number line of a thread post ("2/4"). */
const numberLine = (index: number, total: number): string => `${index + 1}/${total}`;

/**
 * A thread post this full or more is left as it is when the next change does not fit whole: the change opens the next
 * post. Below it, the change is cut at a clause and goes on at the top of the next post, so that no post is a crumb.
 */
const FULL_ENOUGH = 0.6;
/** How many blocks a thread post looks past, for a later one of its group that fits; a last post or a single post: more. */
const LOOK_AHEAD = 8;
const LAST_LOOK_AHEAD = 40;
// A change that is only a name in code, with no word of what happened to it.
const BARE_NAME = /^\s*`[^`]+`[.:]?\s*$/u;

/** What a post's lines add up to so far: the groups it opened and where its last line stands. */
interface Tally {
  groups: Set<string>;
  group: string | null;
  paragraph: number | null;
}

const emptyTally = (): Tally => ({ groups: new Set(), group: null, paragraph: null });

/** A block whose group is a label (thread-order.ts groups labelled changes "l…", prose paragraphs "p…"). */
const underLabel = (block: Block): boolean => block.group.startsWith("l");

/** A thread post being filled: its blocks as shown, the blocks they came from, and what its lines add up to. */
interface PostState {
  placed: Shown[][];
  placedBlocks: Block[];
  tally: Tally;
}

const entriesOf = (blocks: readonly Block[]): Entry[] => blocks.flatMap((block) => block.entries);

/** A thread post's content as blocks (each block's entries as shown), and the blocks left for the posts after it. */
interface Filled {
  placed: Shown[][];
  /** The blocks `placed` shows, in the same order. */
  placedBlocks: Block[];
  rest: Block[];
}

/** How many words a text says, its CJK letters counted two to a word. */
const wordsIn = (text: string): number => Math.floor(wordWeight(text));

/** A cut that still says four words of its own once its tag (`tag`, matched at its start) is set aside. */
const saysEnough = (short: string, tag: RegExp): boolean => wordsIn(short.replace(tag, "")) >= 4;
// An advisory's scope ("xmlwf: "); any tag up to its colon ("漏洞修复：", "core: ").
const ADVISORY_SCOPE = /^[\s\p{P}]*[\w./|-]{1,30}:\s/u;
const ANY_TAG = /^[^\s:：]{1,30}[:：]\s*/u;

class Packer {
  constructor(
    private readonly input: LayoutInput,
    readonly threadStyle: ThreadStyle | null = null,
  ) {}

  private fits(text: string): boolean {
    return this.input.rules.fits(text);
  }

  /** The text of post `index` of `total` (total 0: not numbered) holding `shown`, with a closing line if any. */
  post(index: number, total: number, shown: readonly Shown[], closing: string | null): string {
    if (closing === null) return this.compose(index, total, shown, null);
    // The closing line's wordings, longest first (see pointer): the first that fits is the one the post shows.
    const wordings = closing.split(OR);
    for (const wording of wordings) {
      const text = this.compose(index, total, shown, wording);
      if (this.fits(text)) return text;
    }
    // The post goes without its closing line; the filling takes changes back instead when the line could fit (at a
    // tiny limit even "+3 more" may not fit on its own).
    if (wordings.some((wording) => this.fits(this.compose(index, total, [], wording)))) this.closingLost = true;
    return this.compose(index, total, shown, null);
  }

  /**
   * Paragraphs that tell of a breaking change or a security fix the notes list nowhere else: never cut off (cutProse),
   * read on in the next post instead (Rust's "If you do not call `str::repeat` you are not affected…"). Where the
   * notes also list changes of that kind, the list says it and the paragraph shows by its leading sentences.
   */
  private urgent: Set<number> | null = null;
  private urgentParagraph(paragraph: number | null | undefined): boolean {
    if (this.urgent === null) {
      // Prose under a heading read as breaking ("⚠️ Heads-Up Before Upgrading") has that heading's label, not its kind.
      const { phrases } = this.input;
      const label = (kind: Kind): string => phrases.label(kind);
      const urgentKind = (entry: Entry): Kind | null =>
        RANK[entry.kind] <= RANK.security ? entry.kind : entry.label === label("breaking") ? "breaking" : entry.label === label("security") ? "security" : null;
      const listed = new Set(this.input.ranked.filter((entry) => !entry.prose).map(urgentKind));
      this.urgent = new Set(this.input.ranked.filter((entry) => entry.prose && urgentKind(entry) !== null && !listed.has(urgentKind(entry))).map((entry) => entry.paragraph));
    }
    return paragraph !== null && paragraph !== undefined && this.urgent.has(paragraph);
  }

  /** Set when post() left out a closing line that a post with fewer changes would have had room for. */
  private closingLost = false;
  /** The prose sentences of the notes by paragraph and order: which sentence has one before it. */
  private sentenceKeys: Set<string> | null = null;

  /** True when `entry` is a sentence that leans on the one before it in the notes, and `shown` lacks that one. (One
   *  with none before it, an announcement the opener replaced, leans on the opener: "It includes upgrades to…".) */
  private leansOnUnshown(entry: Entry, shown: readonly Shown[]): boolean {
    if (!entry.prose || !leansBack(entry.text)) return false;
    this.sentenceKeys ??= new Set(this.input.ranked.filter((other) => other.prose).map((other) => `${other.paragraph}:${other.order}`));
    if (!this.sentenceKeys.has(`${entry.paragraph}:${entry.order - 1}`)) return false;
    return !shown.some((item) => isSentenceBefore(this.origin(item.entry), entry));
  }

  private compose(index: number, total: number, shown: readonly Shown[], closing: string | null): string {
    // A reply opens without "Highlights:" only in a thread whose first post opened with them unlabelled too.
    this.highlightsFirst ??= !this.input.ranked.some((entry) => RANK[entry.kind] < RANK.highlight);
    const bareHighlights = index === 0 || this.highlightsFirst;
    const body = renderBody(this.threadStyle ? this.withoutContinuedLeadIns(shown) : shown, closing, this.input.phrases, this.threadStyle ?? undefined, this.input.standing, bareHighlights);
    const text = index === 0 ? this.input.renderFirst(body) : body;
    return total > 0 ? `${text}\n\n${numberLine(index, total)}` : text;
  }

  /** True when nothing in the notes ranks above the highlights: a thread opens with them. */
  private highlightsFirst: boolean | null = null;
  /** Where each lead-in label's list starts in the notes (its first change's order). */
  private leadInStarts: Map<string, number> | null = null;

  /**
   * A thread post's changes, those of a list the notes introduced with a sentence ("This release stabilizes these
   * APIs:") under their kind's label when the post goes on with the list rather than start it: the sentence is no
   * heading to say again over every post.
   */
  private withoutContinuedLeadIns(shown: readonly Shown[]): readonly Shown[] {
    if (this.leadInStarts === null) {
      this.leadInStarts = new Map();
      for (const entry of this.input.ranked) {
        if (entry.label === null || !isLeadInSentence(entry.label)) continue;
        this.leadInStarts.set(entry.label, Math.min(this.leadInStarts.get(entry.label) ?? Infinity, entry.order));
      }
    }
    const starts = this.leadInStarts;
    if (starts.size === 0) return shown;
    const started = new Set(shown.filter(({ entry }) => entry.label !== null && starts.get(entry.label) === entry.order).map(({ entry }) => entry.label));
    return shown.map((item) => (item.entry.label !== null && starts.has(item.entry.label) && !started.has(item.entry.label) ? { ...item, entry: { ...item.entry, label: null } } : item));
  }

  /** The post's length when the network accepts it, else null. */
  measure(text: string): number | null {
    return this.fits(text) ? this.input.rules.length(text) : null;
  }

  /** True when post `index` holds `shown` and its closing line within the limit. */
  holds(index: number, total: number, shown: readonly Shown[], closing: string | null): boolean {
    if (this.over(() => this.post(index, total, shown, closing))) return false;
    const text = this.post(index, total, shown, closing);
    return closing === null || closing.split(OR).some((wording) => text.includes(wording));
  }

  /** True when the post `text` is over, or left out a closing line it had room for without its last change. */
  private over(text: () => string): boolean {
    this.closingLost = false;
    return !this.fits(text()) || this.closingLost;
  }

  /** Cuts an entry that does not fit whole (`cut`: shorten, or a clause cut) into the post `make` builds around it. */
  private cutInto(entry: Entry, make: (shown: Shown) => string, cut: (text: string, room: number) => string | null = this.shortened): Shown | null {
    const { rules } = this.input;
    // Start from the room the post has without this entry, then tighten until the whole post fits.
    const ready = this.ready(entry);
    const without = rules.length(make({ entry: ready, text: "" }));
    // A closing line has a shorter wording for a fuller post (pointer): the room may be that much larger.
    for (let room = rules.maxLength - without + CLOSING_PLAY; room > 0; ) {
      const text = cut(ready.text, room);
      if (!text) return null;
      const shown = { entry: ready, text };
      this.closingLost = false;
      const post = make(shown);
      const length = rules.length(post);
      const lost = this.closingLost;
      if (length <= rules.maxLength && this.fits(post) && !lost) return shown;
      // A post that fits only by leaving out its closing line ("+8 more changes") needs a shorter cut than this one.
      room = lost ? Math.min(room - 1, rules.length(text) - 1) : room - Math.max(1, length - rules.maxLength);
    }
    return null;
  }

  private readonly shortened = (text: string, room: number): string | null => shorten(text, room, this.input.rules, this.input.language);
  /** A post's first change: shortened as `shortened`, but not passed over for a cut inside a verb-final sentence. */
  private readonly opening = (text: string, room: number): string | null => shorten(text, room, this.input.rules, this.input.language, false, true);
  private readonly lastResort = (text: string, room: number): string | null => shorten(text, room, this.input.rules, this.input.language, true);
  private readonly clauseCut = (text: string, room: number): string | null => clauseHead(text, room, this.input.rules, this.input.language);
  /** A shortened form that keeps whole sentences, whole clauses ("Fixed header injection in the mail transport…") or
   *  most of its words, never a quarter of them ("The HTTP 1.0 and 1.1 server provided…"). */
  private readonly wholeClauses = (text: string, room: number): string | null => {
    const short = this.shortened(text, room);
    if (!short?.endsWith(ELLIPSIS)) return short;
    // What went is only the ids in brackets at its end, or less than half its words: the advisory is there.
    const words = (value: string): number => wordsIn(value.replace(/\s*[([（][^()[\]（）]*[)\]）]/gu, " "));
    return words(short) * 2 >= words(sentences(text)[0] ?? text) ? short : this.clauseCut(text, room);
  };
  /** A second advisory cut: whole clauses that still say what was fixed. Its id and scope say no word of it: a cut
   *  that keeps fewer than four words of its own ("CVE-… -- xmlwf: Integer overflow…") is a stub: the count names it. */
  private readonly advisoryClauses = (text: string, room: number): string | null => {
    const short = this.wholeClauses(text, room);
    if (!short?.endsWith(ELLIPSIS)) return short;
    return saysEnough(withoutAdvisoryIds(short, " "), ADVISORY_SCOPE) ? short : null;
  };
  /** A cut after other changes that still says something of its own: four words at least beside its tag ("漏洞修复：Snack3
   *  序列化不再…" says three, and the count tells it better). */
  private readonly sayingCut = (text: string, room: number): string | null => {
    const short = this.shortened(text, room);
    if (!short?.endsWith(ELLIPSIS)) return short;
    return saysEnough(short, ANY_TAG) ? short : null;
  };
  /** Only the whole leading sentences of a change: what it says first, without the details after it. */
  private readonly leadingSentences = (text: string, room: number): string | null => {
    const short = this.shortened(text, room);
    return short && !short.endsWith(ELLIPSIS) && short !== text ? short : null;
  };
  /** Only the first sentence of a change: how a change the notes put first leads a post it cannot fill alone. */
  private readonly firstSentence = (text: string, room: number): string | null => {
    const first = sentences(text)[0];
    // (With the status bracket that ends the change, "（実験的）", which the first sentence keeps.)
    const qualifier = trailingQualifier(text);
    const extra = qualifier === null ? 0 : this.input.rules.length(` ${qualifier}`);
    return first ? this.leadingSentences(text, Math.min(room, this.input.rules.length(first) + extra)) : null;
  };

  private readonly prepared = new Map<Entry, Entry>();
  private readonly origins = new Map<Entry, Entry>();
  /** The entry as a post shows it, prepared once. */
  private ready(entry: Entry): Entry {
    let ready = this.prepared.get(entry);
    if (ready === undefined) {
      ready = this.input.prepare(entry);
      this.prepared.set(entry, ready);
      this.origins.set(ready, entry);
    }
    return ready;
  }

  /** An entry shown whole. */
  private whole(entry: Entry): Shown {
    const ready = this.ready(entry);
    return { entry: ready, text: ready.text };
  }

  /** The entry a shown one was prepared from (what the pool and the "+N more" count hold). */
  origin(entry: Entry): Entry {
    return this.origins.get(entry) ?? entry;
  }

  /** An entry's weight as a line of its own under its label, measured once. */
  private readonly weights = new Map<Entry, number>();
  private lineWeight(entry: Entry): number {
    let weight = this.weights.get(entry);
    if (weight === undefined) {
      weight = this.input.rules.length(BULLET + this.ready(entry).text) + this.labelWeight(entry);
      this.weights.set(entry, weight);
    }
    return weight;
  }

  /** What an entry's label line adds to a post ("Bug Fixes:" and its line breaks). */
  private labelWeight(entry: Entry): number {
    const { label } = this.ready(entry);
    return label === null ? 0 : this.input.rules.length(label) + 3;
  }

  /**
   * Fills the single post from `pool` in rank order, passing over a change too long for it for later, shorter ones
   * (never one far less important). The first breaking change or security fix is shortened rather than passed over,
   * and when nothing fits whole the most important change that can be shortened well is. Weights add up line by line
   * (posts join lines with line breaks, which no token crosses), so only the final post is measured whole; if it is
   * over, changes go back until it fits.
   */
  fill(pool: readonly Entry[], make: (shown: readonly Shown[], rest: readonly Entry[]) => string): { shown: Shown[]; rest: Entry[] } {
    const { rules } = this.input;
    let shown: Shown[] = [];
    const rest: Entry[] = [];
    // Room for the closing line ("+12 more changes") is kept while filling.
    const closingRoom = rules.length(make([], pool)) - rules.length(make([], []));
    let used = rules.length(make([], []));
    let misses = 0;
    let firstMiss: number | null = null;
    let advisoryMissed = false;
    const shortenFirst = (entry: Entry, others: readonly Entry[], cut = this.shortened): boolean => {
      const short = this.cutInto(entry, (item) => make([...shown, item], others), cut);
      if (!short) return false;
      shown = [...shown, short];
      used = rules.length(make(shown, []));
      return true;
    };
    // The first breaking change and the first security fix each show, shortened if need be: a post that warns of one
    // must not leave the other to "+N more" while lesser lines fill its room. So does every fix of an advisory with its
    // own CVE or GHSA id: a release that closes two names both, before any hardening.
    const firstOfKind = (entry: Entry): boolean => !shown.some((item) => this.origin(item.entry).kind === entry.kind);
    const firstUrgent = (entry: Entry): boolean =>
      !entry.prose && RANK[entry.kind] <= RANK.security && (firstOfKind(entry) || (entry.kind === "security" && advisoryIds(entry.text).length > 0));
    const firstFeature = (entry: Entry): boolean => !entry.prose && RANK[entry.kind] > RANK.security && RANK[entry.kind] <= RANK.feature && firstOfKind(entry);
    const peerOfShown = (entry: Entry): boolean =>
      !entry.prose && RANK[entry.kind] <= RANK.security && shown.some((item) => this.origin(item.entry).kind === entry.kind && this.standingOf(this.origin(item.entry)) === this.standingOf(entry));
    for (const [index, entry] of pool.entries()) {
      if (misses >= LAST_LOOK_AHEAD) {
        rest.push(...pool.slice(index));
        break;
      }
      // Past a change too long for the room, only changes of about its importance may take its place: a chore
      // must not fill the room a feature left.
      // Nor a bare name in code ("`no-forward-ref`"), which says what changed only under the lead-in it was listed after.
      // Nor a security fix without an id where an advisory with one had no room: the count names it with the others.
      if ((firstMiss !== null && (RANK[entry.kind] > firstMiss + 2 || BARE_NAME.test(entry.text))) || (advisoryMissed && entry.kind === "security" && advisoryIds(entry.text).length === 0)) {
        rest.push(entry);
        continue;
      }
      // A sentence that leans on the one before it ("The website, however, will reference 2.0.") shows only after it:
      // alone it says the opposite of nothing. It is no change passed over, so it sets no bar.
      if (this.leansOnUnshown(entry, shown)) {
        rest.push(entry);
        continue;
      }
      // A label counts once: the changes under it after the first add their own line only.
      const label = this.ready(entry).label;
      const labelled = label !== null && shown.some((item) => item.entry.label === label);
      const weight = this.lineWeight(entry) - (labelled ? this.labelWeight(entry) : 0) + (shown.length > 0 ? 2 : 0);
      // The last change, when every one before it shows, needs no room for a line that counts what is left out.
      const completes = rest.length === 0 && index === pool.length - 1;
      if (used + weight + (completes ? 0 : closingRoom) <= rules.maxLength) {
        shown.push(this.whole(entry));
        used += weight;
        misses = 0;
        continue;
      }
      const others = [...rest, ...pool.slice(index + 1)];
      const leads = shown.length === 0 ? this.leadsUnshortened(entry, pool, index) : firstUrgent(entry);
      // A second advisory shows cut only at a clause's end: "The HTTP 1.0 and 1.1 server provided…" is no advisory,
      // and the count tells it better.
      if (leads && shortenFirst(entry, others, shown.length > 0 ? (firstOfKind(entry) ? this.sayingCut : this.advisoryClauses) : this.opening)) continue;
      // A breaking change or security fix that stands as high as one shown of its kind (a second public API swapped)
      // shows by its whole leading sentences rather than leave the room to lesser lines: never cut inside one.
      if (!leads && peerOfShown(entry) && shortenFirst(entry, others, this.leadingSentences)) continue;
      // A release's first feature after its breaking changes shows by its leading sentences rather than leave the room
      // to lesser lines or to nothing (a major release's one new behaviour beside its dropped Pythons).
      if (!leads && shown.length > 0 && firstMiss === null && firstFeature(entry) && shortenFirst(entry, others, this.leadingSentences)) continue;
      // The change the notes put first, told by its first sentence, keeps its place: that is no stub, and the notes'
      // order says it matters most ("Reverts the 1.8.0 regression…" before a smaller fix).
      // So does a headline the notes explain under it (stress: paragraphs, a code example): by its leading sentences.
      // (Not a breaking change: its first sentence leaves room for the next one.)
      if (shown.length === 0 && firstMiss === null && explainedHeadline({ entries: [entry] }) && shortenFirst(entry, others, this.leadingSentences)) continue;
      if (shown.length === 0 && !entry.prose && firstMiss === null && shortenFirst(entry, others, this.firstSentence)) continue;
      rest.push(entry);
      misses += 1;
      if (entry.kind === "security" && advisoryIds(entry.text).length > 0) advisoryMissed = true;
      // A paragraph too long for the room is no change passed over: it sets no bar for what may follow. Nor does a
      // breaking change or security fix set its own bar: the count tells it ("+45 more changes (1 breaking)"), and the
      // room it left goes to the headline features, not to nothing.
      if (!entry.prose) firstMiss ??= Math.max(RANK[entry.kind], RANK.highlight);
    }
    // The exact check: what the sum missed (a template with {notes} twice, a label a group is given) goes back, last
    // first, also when it only cost the closing line that counts what is left out.
    while (shown.length > 0 && this.over(() => make(shown, rest))) {
      const back = shown.pop();
      if (back) rest.unshift(this.origin(back.entry));
    }
    // Nothing fitted whole: the most important change that can be shortened well is shown shortened; failing that, by
    // any cut that reads (a problem without its fix rather than a post of no change).
    for (const cut of [this.opening, this.lastResort]) {
      if (shown.length > 0) break;
      for (const [index, entry] of rest.entries()) {
        if (shortenFirst(entry, rest.filter((other) => other !== entry), cut)) {
          rest.splice(index, 1);
          break;
        }
      }
    }
    const position = new Map(pool.map((entry, index) => [entry, index]));
    rest.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    return { shown, rest };
  }

  /**
   * True when the single post should show `pool[index]`, the first change it has no room for whole, shortened rather
   * than pass it over: when no later one stands as high and fits whole, since the room would go to far less important
   * ones (a release's only feature, to its patch fixes). A breaking change that another one as grave could replace
   * whole gives way to it: the count says how many more break.
   */
  private leadsUnshortened(entry: Entry, pool: readonly Entry[], index: number): boolean {
    if (entry.prose) return RANK[entry.kind] <= RANK.security;
    const room = this.input.rules.maxLength - this.input.rules.length(this.input.renderFirst(""));
    const stands = this.standingOf(entry);
    return !pool.slice(index + 1, index + 1 + LAST_LOOK_AHEAD).some((other) => !other.prose && this.standingOf(other) <= stands && this.lineWeight(other) <= room);
  }

  /** Where an entry stands in the ranking (LayoutInput.standing; its kind's rank when none is given). */
  private standingOf(entry: Entry): number {
    return this.input.standing ? this.input.standing(entry) : RANK[entry.kind];
  }

  /** What `entries` add to a thread post whose lines stand as `tally` says (and `tally` after them, when `commit`). */
  private threadWeight(entries: readonly Entry[], tally: Tally, commit: boolean): number {
    const { rules, phrases } = this.input;
    const labelled = this.threadStyle?.labelled ?? false;
    const state = commit ? tally : { ...tally, groups: new Set(tally.groups) };
    let weight = 0;
    for (const entry of entries) {
      const ready = this.ready(entry);
      const label = threadLabel(ready, labelled, phrases);
      const group = groupKey(ready, labelled, phrases);
      const line = rules.length(entry.prose ? ready.text : BULLET + ready.text);
      if (!state.groups.has(group)) {
        // A group of its own: a blank line before it (the first one after the opener), its label, its first line.
        weight += 2 + (label === null ? 0 : rules.length(label + phrases.colon) + 1) + line;
      } else {
        // The paragraph goes on (a space), or a new line.
        weight += 1 + (entry.prose && state.group === group && state.paragraph === entry.paragraph ? rules.length(ready.text) : line);
      }
      state.groups.add(group);
      state.group = group;
      state.paragraph = entry.prose ? entry.paragraph : null;
    }
    return weight;
  }

  /**
   * Fills one thread post from `blocks`, in the thread's order. When a block does not fit, the post may take later
   * blocks of the same group that rank as high (a label never comes back after another group); the last post, after
   * which nothing comes, takes any later block of about the same importance. A paragraph that fits a post of its own
   * is not split over two. A post that is still far from full then takes the start of the next change: its leading
   * sentences (a paragraph goes on in the next post; a listed change does not). A post that would show nothing shows
   * the next change shortened. `replyRoom`: what an empty reply has room for.
   */
  fillThread(blocks: readonly Block[], make: (shown: readonly Shown[], rest: readonly Entry[]) => string, last: boolean, replyRoom: number, first = false): Filled {
    const limit = this.input.rules.maxLength;
    const post: PostState = { placed: [], placedBlocks: [], tally: emptyTally() };
    const position = new Map(blocks.map((block, at) => [block, at]));
    let rest = [...blocks];
    // What a cut placed stays: only what came after it may go back.
    let floor = 0;
    for (let round = 0; rest.length > 0 && round < LOOK_AHEAD; round += 1) {
      rest = this.fillWhole(rest, post, make, last, replyRoom, first);
      // The exact check: what the sum missed goes back, last block first.
      while (post.placed.length > floor && this.over(() => make(post.placed.flat(), entriesOf(rest)))) {
        post.placed.pop();
        const back = post.placedBlocks.pop();
        if (back) rest = [back, ...rest].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
      }
      const full = this.input.rules.length(make(post.placed.flat(), entriesOf(rest)));
      if (rest.length === 0 || !(post.placed.length === 0 || (!last && full < limit * FULL_ENOUGH))) break;
      // A post that would show nothing takes the first block that can be cut well; one with room left, only the next.
      const candidates = post.placed.length === 0 ? rest.slice(0, LOOK_AHEAD) : rest.slice(0, 1);
      const cut = candidates
        .map((candidate) => ({ candidate, cut: this.cutBlock(candidate, post.placed, rest.filter((other) => other !== candidate), make, last, replyRoom) }))
        .find(({ cut }) => cut !== null);
      if (!cut?.cut) break;
      post.placed.push(cut.cut.shown);
      post.placedBlocks.push(cut.candidate);
      this.threadWeight(cut.candidate.entries, post.tally, true);
      floor = post.placed.length;
      for (const block of cut.cut.rest) if (!position.has(block)) position.set(block, position.get(cut.candidate) ?? 0);
      rest = cut.cut.rest;
      // A sentence of prose cut short ends its post: the next sentence after "…" would read as a splice of the two
      // ("…zone management… The release is built with Go").
      const lastShown = cut.cut.shown.at(-1);
      if (lastShown?.entry.prose && lastShown.text.endsWith(ELLIPSIS)) break;
    }
    this.inThreadOrder(post, position, rest, make);
    return { placed: post.placed, placedBlocks: post.placedBlocks, rest };
  }

  /**
   * A change passed over for a later one and then shown by its first sentence goes back to its place: the post reads
   * in the thread's order, as the single post does ("Pods are now built in dedicated targets." before the smaller
   * change). A sentence cut short stays last.
   */
  private inThreadOrder(post: PostState, position: ReadonlyMap<Block, number>, rest: readonly Block[], make: (shown: readonly Shown[], rest: readonly Entry[]) => string): void {
    const lastShown = post.placed.at(-1)?.at(-1);
    if (lastShown?.entry.prose && lastShown.text.endsWith(ELLIPSIS)) return;
    const pairs = post.placedBlocks.map((block, index) => ({ block, shown: post.placed[index] ?? [] }));
    const sorted = pairs.toSorted((a, b) => (position.get(a.block) ?? 0) - (position.get(b.block) ?? 0));
    if (sorted.every((pair, index) => pair === pairs[index])) return;
    const placed = sorted.map((pair) => pair.shown);
    if (this.over(() => make(placed.flat(), entriesOf(rest)))) return;
    post.placed = placed;
    post.placedBlocks = sorted.map((pair) => pair.block);
  }

  /** Places whole blocks into `post` while they fit (see fillThread); returns the blocks left for later posts. */
  private fillWhole(blocks: readonly Block[], post: PostState, make: (shown: readonly Shown[], rest: readonly Entry[]) => string, last: boolean, replyRoom: number, first = false): Block[] {
    const limit = this.input.rules.maxLength;
    let used = this.input.rules.length(make(post.placed.flat(), entriesOf(blocks)));
    const skipped: Block[] = [];
    // Paragraphs that go on in the next post: none of their later sentences may come before.
    const stopped = new Set<number>();
    // Paragraphs shown by their leading sentences: the rest is left out.
    const cutOff = new Set<number>();
    let miss: Block | null = null;
    let passed = 0;
    let index = 0;
    for (; index < blocks.length && passed < (last ? LAST_LOOK_AHEAD : LOOK_AHEAD); index += 1) {
      const block = blocks[index];
      if (!block) break;
      if (droppedWith(block, cutOff)) continue;
      if (miss && !this.mayFollow(block, miss, last, post.placedBlocks.some((placed) => placed.group === miss?.group), first)) {
        if (!last && block.group !== miss.group) break;
        skipped.push(block);
        passed += 1;
        continue;
      }
      const weight = this.threadWeight(block.entries, post.tally, false);
      const paragraphGoesOn = block.paragraph !== null && stopped.has(block.paragraph);
      const waits = this.keepsParagraphWhole(blocks, index, post.tally, limit - used, replyRoom, post.placed.length > 0);
      if (used + weight <= limit && !paragraphGoesOn && !waits) {
        post.placed.push(block.entries.map((entry) => this.whole(entry)));
        post.placedBlocks.push(block);
        used += this.threadWeight(block.entries, post.tally, true);
        continue;
      }
      // The release's headline, explained under it in the notes, opens the thread by its leading sentences (fillThread
      // cuts it) rather than give the first post to the one-liners after it.
      if (first && post.placed.length === 0 && skipped.length === 0 && explainedHeadline(block)) return [...blocks.slice(index)];
      skipped.push(block);
      miss ??= block;
      passed += 1;
      if (block.paragraph === null) continue;
      // A paragraph started here and not fitting is shown by its leading sentences: its rest never opens the next
      // post, where a sentence that goes on from one the reader saw a post ago stands alone ("If you've been ignoring…").
      if (post.tally.paragraph === block.paragraph && post.placedBlocks.at(-1)?.paragraph === block.paragraph) {
        // A breaking or security paragraph goes on at the top of the next post instead: what it says must be read.
        if (this.urgentParagraph(block.paragraph)) {
          index += 1;
          break;
        }
        cutOff.add(block.paragraph);
        if (!droppedWith(block, cutOff)) continue;
        skipped.pop();
        if (miss === block) miss = null;
        passed -= 1;
        continue;
      }
      stopped.add(block.paragraph);
    }
    return withoutRestOf([...skipped, ...blocks.slice(index)], cutOff);
  }

  /** Where a block's change stands among those of its kind (LayoutInput.standing). */
  private standing(block: Block): number {
    const entry = block.entries.find((candidate) => !candidate.prose) ?? block.entries[0];
    return entry && this.input.standing ? this.input.standing(entry) : 0;
  }

  /** True when every block fits the post `make` builds, whole. */
  fitsWhole(blocks: readonly Block[], make: (shown: readonly Shown[]) => string): boolean {
    const post: PostState = { placed: [], placedBlocks: [], tally: emptyTally() };
    const rest = this.fillWhole(blocks, post, make, false, this.input.rules.maxLength);
    return rest.length === 0 && !this.over(() => make(post.placed.flat()));
  }

  /** Whether `block` may go into a post that left `miss` for the next one. */
  private mayFollow(block: Block, miss: Block, last: boolean, opened: boolean, first: boolean): boolean {
    // Nothing comes after the last post: any change of about the importance of the one left out may fill it.
    if (last) return block.rank <= miss.rank + 2;
    // Within the group, only a change that ranks as high: never a hardening note before a named vulnerability. Nor
    // opening the highlights, which the notes picked and ordered by importance, or (in the first post, the one every
    // reader sees) a section of the notes: a post that shows none of it yet never opens it with a later change while
    // the one the notes list first (the headline feature, the first advisory) waits for the next post. (A group the
    // composer made up by kind has no such order.)
    const ordered = miss.rank === RANK.highlight || (first && miss.entries.some((entry) => entry.label !== null));
    return block.group === miss.group && block.rank === miss.rank && this.standing(block) === this.standing(miss) && (opened || !ordered);
  }

  /**
   * True when `blocks[index]` starts a paragraph that does not fit the `room` left but fits a reply of its own: it
   * waits for the next post rather than be split over two (a post with nothing in it yet takes what fits).
   */
  private keepsParagraphWhole(blocks: readonly Block[], index: number, tally: Tally, room: number, replyRoom: number, started: boolean): boolean {
    const block = blocks[index];
    if (!started || !block || block.paragraph === null || tally.paragraph === block.paragraph) return false;
    const paragraph: Entry[] = [];
    for (let at = index; blocks[at]?.paragraph === block.paragraph; at += 1) paragraph.push(...(blocks[at]?.entries ?? []));
    if (paragraph.length === block.entries.length) return false;
    return this.threadWeight(paragraph, tally, false) > room && this.threadWeight(paragraph, emptyTally(), false) <= replyRoom;
  }

  /**
   * Shows the start of `block` in a post that has room left: its leading entries that fit whole, then the next one by
   * its leading sentences (its other sentences are left out), a paragraph's later sentences going on in the next post. Null
   * when no cut reads well, or when the block fits a reply of its own and this post already shows something.
   */
  private cutBlock(
    block: Block,
    placed: readonly Shown[][],
    others: readonly Block[],
    make: (shown: readonly Shown[], rest: readonly Entry[]) => string,
    last: boolean,
    replyRoom: number,
  ): { shown: Shown[]; rest: Block[] } | null {
    const before = placed.flat();
    const empty = before.length === 0;
    const othersEntries = others.flatMap((other) => other.entries);
    const left = (count: number): Entry[] => [...block.entries.slice(count), ...othersEntries];
    // A run of sentences, or a lead-in with its change, that fits a reply whole waits for it, unless this post would
    // show nothing.
    const fitsReply = this.threadWeight(block.entries, emptyTally(), false) <= replyRoom;
    if (!empty && block.entries.length > 1 && fitsReply) return null;
    const head: Shown[] = [];
    for (const entry of block.entries) {
      const shown = [...head, this.whole(entry)];
      if (this.over(() => make([...before, ...shown], left(shown.length)))) break;
      head.push(this.whole(entry));
    }
    if (head.length === block.entries.length) return { shown: head, rest: [...others] };
    const entry = block.entries[head.length];
    if (!entry) return null;
    if (entry.prose) return this.cutProse(block, head, entry, others, empty, make, left);
    const around = (item: Shown): string => make([...before, ...head, item], left(head.length + 1));
    // A listed change stands whole in one post, by its leading sentences if need be, never carried on into the next
    // with "…" on both sides: a reply that opens "• …without any flags" reads as a fragment. Only a post that would
    // show nothing cuts one inside a sentence.
    const cuts = [this.leadingSentences, ...(empty ? [this.opening] : [])];
    for (const cut of cuts) {
      const short = this.cutInto(entry, around, cut);
      if (!short) continue;
      // The sentences after the cut one lean on it: they go with it, or not at all.
      return { shown: [...head, short], rest: [...this.standalone(block.entries.slice(head.length + 1), block), ...others] };
    }
    // No cut reads well: a long run's leading sentences alone, when it can never be shown whole; a lead-in never
    // goes without the start of its change.
    while (head.length > 0 && isLeadIn(head.at(-1)?.entry)) head.pop();
    if (head.length === 0 || !(empty || !fitsReply)) return null;
    return { shown: head, rest: [...this.standalone(block.entries.slice(head.length), block), ...others] };
  }

  /**
   * Prose goes over posts in whole sentences: the sentences that fit stay in this post and the paragraph goes on at the
   * top of the next one. A sentence longer than a whole post is shortened at a clause (else between words) with `…` in
   * a post of its own, and never carried on as a fragment ("…further."); the sentences after it go on whole.
   */
  private cutProse(
    block: Block,
    head: readonly Shown[],
    entry: Entry,
    others: readonly Block[],
    empty: boolean,
    make: (shown: readonly Shown[], rest: readonly Entry[]) => string,
    left: (count: number) => Entry[],
  ): { shown: Shown[]; rest: Block[] } | null {
    // The paragraph is shown by its leading sentences and its rest left out: a reply that opened with it would go on
    // from a sentence a post ago (only its listed changes go on).
    const urgent = this.urgentParagraph(entry.paragraph);
    const goesOn = (from: number): Block[] => {
      if (!urgent) return [...this.standalone(block.entries.slice(from), block), ...withoutRestOf(others, new Set([entry.paragraph]))];
      const entries = block.entries.slice(from);
      const first = entries[0];
      return [...(first ? [{ ...block, entries, paragraph: first.prose ? first.paragraph : null }] : []), ...others];
    };
    if (head.length > 0) {
      if (!urgent) return { shown: [...head], rest: goesOn(head.length) };
      // A breaking or security paragraph goes on in the next post, at a sentence that leans on none where it can
      // ("It also includes…" would open the next post leaning on one it cannot see).
      const stands = (at: number): boolean => !leansBack(block.entries[at]?.text ?? "");
      let at = head.length;
      while (at > 1 && !stands(at)) at -= 1;
      if (!stands(at)) at = head.length;
      return { shown: head.slice(0, at), rest: goesOn(at) };
    }
    // A sentence that a post of its own could show whole waits for it.
    if (!empty) return null;
    const around = (item: Shown): string => make([item], left(1));
    for (const cut of [this.clauseCut, this.shortened]) {
      const short = this.cutInto(entry, around, cut);
      if (short) return { shown: [short], rest: goesOn(1) };
    }
    return null;
  }

  /** What of a block's `entries` can open a post when the entries before them went into another: its changes. */
  private standalone(entries: readonly Entry[], block: Block): Block[] {
    const changes = entries.filter((entry) => !entry.prose);
    return changes.length > 0 ? [{ ...block, entries: changes, paragraph: null }] : [];
  }
}

/**
 * `blocks` without the prose of the paragraphs in `cutOff`; their changes stay. (Breaking or security prose is never
 * cut off: Packer.urgentParagraph.)
 */
function withoutRestOf(blocks: readonly Block[], cutOff: ReadonlySet<number>): Block[] {
  return cutOff.size === 0 ? [...blocks] : blocks.filter((block) => !droppedWith(block, cutOff));
}

/** True when `block` is only prose of a paragraph in `cutOff` (withoutRestOf). */
function droppedWith(block: Block, cutOff: ReadonlySet<number>): boolean {
  return block.paragraph !== null && cutOff.has(block.paragraph) && block.entries.every((entry) => entry.prose);
}

/**
 * The changes among `left` that a count tells: the listed ones, and, where the notes list no breaking change, one
 * said only in prose ("The standard library's storage moved…" under "Breaking
 * changes"), once per paragraph, when none of its sentences is shown. Other prose is context, not a change to count.
 */
function countedLeft(input: LayoutInput, left: readonly Entry[]): Entry[] {
  const out = new Set(left);
  const shownProse = input.ranked.filter((entry) => entry.prose && !out.has(entry));
  const counted = onePerChange(input, left.filter((entry) => !entry.prose && !toldInProse(entry, shownProse)));
  const listed = new Set(input.ranked.filter((entry) => !entry.prose).map((entry) => entry.kind));
  // (A security fix said in prose is too often a policy — "we reserve the right to fix a security issue" — to count.)
  const urgent = left.filter((entry) => entry.prose && entry.kind === "breaking" && !listed.has(entry.kind));
  if (urgent.length === 0) return counted;
  const sentencesOf = (entries: readonly Entry[]): Map<number, number> => {
    const sizes = new Map<number, number>();
    for (const entry of entries) if (entry.prose) sizes.set(entry.paragraph, (sizes.get(entry.paragraph) ?? 0) + 1);
    return sizes;
  };
  const [all, unshown] = [sentencesOf(input.ranked), sentencesOf(left)];
  const told = new Set<number>();
  for (const entry of urgent) {
    if (told.has(entry.paragraph) || unshown.get(entry.paragraph) !== all.get(entry.paragraph)) continue;
    told.add(entry.paragraph);
    counted.push(entry);
  }
  return counted;
}

/**
 * `left` with one entry per change: the sub-items of one change ("Release MobX 7…" and the bullets of its body) are
 * parts of it, counted once, and not at all when a post shows any part of it.
 */
function onePerChange(input: LayoutInput, left: readonly Entry[]): Entry[] {
  const unshown = new Set(left.map((entry) => entry.order));
  const shown = new Set(input.ranked.filter((entry) => !unshown.has(entry.order) && entry.partOf !== undefined).map((entry) => entry.partOf));
  const told = new Set<number>();
  return left.filter((entry) => {
    if (entry.partOf === undefined) return true;
    if (shown.has(entry.partOf) || told.has(entry.partOf)) return false;
    told.add(entry.partOf);
    return true;
  });
}

/** How many changes the posts leave out: the listed ones not shown, urgent prose not shown, and those no entry
 *  stands for. */
const leftOut = (input: LayoutInput, left: readonly Entry[]): number => countedLeft(input, left).length + input.unshownChanges;

/** The "+N more" line for a post that leaves `left` out; with `tellBreaking`, how many of them break or close a hole. */
function moreLine(input: LayoutInput, left: readonly Entry[], tellBreaking = false): string | null {
  const count = leftOut(input, left);
  if (count === 0) return null;
  const told = tellBreaking ? countedLeft(input, left) : [];
  // A notice of what a later release drops is no breaking change of this one (see Entry.ahead).
  // (Changes no entry stands for, past what was read, count by the kind their section gives them, as a thread's do.)
  const counted = (kind: Kind): number => told.filter((entry) => entry.kind === kind && entry.ahead !== true).length + (tellBreaking ? (input.unshownKinds ?? []).filter((other) => other === kind).length : 0);
  const kinds = new Set(countedLeft(input, left).map((entry) => entry.kind));
  const shared = input.unshownChanges > 0 || kinds.size !== 1 ? null : ([...kinds][0] ?? null);
  return input.phrases.more(count, shared, counted("breaking"), counted("security"));
}

/**
 * The single post. The notes' own one-line summary ("It includes upgrades to Chromium 130, V8 13.0 and Node 20.18.")
 * leads it, as it leads a thread, when the post still shows a breaking change or security fix after it, whole (when
 * there are any): it says what the release is about in the notes' words.
 */
function single(input: LayoutInput): Layout {
  const summary = leadingSummary(input.ranked);
  const plain = withTopChange(input, singlePost(input));
  if (!summary) return plain.layout;
  const isSummary = (entry: Entry): boolean => entry.prose && entry.order === summary.order;
  const standing = input.standing ?? groupRank;
  const led = singlePost({ ...input, ranked: [summary, ...input.ranked.filter((entry) => entry !== summary)], standing: (entry) => (isSummary(entry) ? -Infinity : standing(entry)) });
  const urgent = (entry: Entry): boolean => !entry.prose && RANK[entry.kind] <= RANK.security;
  // …whole, or by its leading sentences: a summary is not worth a breaking change cut mid-sentence.
  const keepsUrgent = !input.ranked.some(urgent) || led.shown.some(({ entry, clipped }) => urgent(entry) && !clipped);
  // …and it leaves every advisory with its own id that the post shows without it: a sentence that only says "this is a
  // patch release" is not worth the second CVE.
  const keepsAdvisories = advisoriesShown(led.shown) >= advisoriesShown(plain.shown);
  // …and it leaves room for a change of the kind the post would lead with: an opening paragraph about something else
  // (a sister project's launch) must not push every new feature out for one small fix.
  const keepsTop = topRank(led.shown) <= topRank(plain.shown) || led.shown.every(({ entry }) => entry.prose);
  return keepsUrgent && keepsAdvisories && keepsTop && led.shown.some(({ entry, cut }) => isSummary(entry) && !cut) ? led.layout : plain.layout;
}

/** How many security fixes with a CVE or GHSA id of their own `shown` names uncut. */
const advisoriesShown = (shown: readonly ShownChange[]): number =>
  shown.filter(({ entry, clipped }) => !entry.prose && !clipped && entry.kind === "security" && advisoryIds(entry.text).length > 0).length;

/** The rank of the most important listed change among `shown` (past "other" when none is). */
const topRank = (shown: readonly ShownChange[]): number =>
  Math.min(RANK.other + 1, ...shown.filter(({ entry }) => !entry.prose).map(({ entry }) => RANK[entry.kind]));

/**
 * The single post `filled`, unless prose took the room of the most important listed changes and a lesser one slipped
 * into what was left (a long opening paragraph, then one small fix where seven features were): then those go first.
 */
function withTopChange(input: LayoutInput, filled: ReturnType<typeof singlePost>): ReturnType<typeof singlePost> {
  const items = input.ranked.filter((entry) => !entry.prose);
  const best = Math.min(RANK.other + 1, ...items.map((entry) => RANK[entry.kind]));
  // Prose alone may fill the post (an upgrade instruction that opens the notes); prose and a lesser change may not.
  const shown = filled.shown.filter(({ entry }) => !entry.prose);
  if (topRank(filled.shown) <= best || shown.length === 0 || shown.length === filled.shown.length) return filled;
  const first = items.filter((entry) => RANK[entry.kind] <= best);
  const other = singlePost({ ...input, ranked: [...first, ...input.ranked.filter((entry) => !first.includes(entry))] });
  return topRank(other.shown) < topRank(filled.shown) ? other : filled;
}

/** A change a single post shows: `cut` when not whole, `clipped` when cut inside a sentence (it ends in "…"). */
interface ShownChange {
  entry: Entry;
  cut: boolean;
  clipped: boolean;
}

function singlePost(input: LayoutInput): { layout: Layout; shown: readonly ShownChange[] } {
  const filled = singlePostOf(input);
  // A breaking change shown whole may leave no room for the security fix (or the other way round): shown by its
  // leading sentence it lets both in. Each kind users must act on gets a line when a line can hold it.
  const urgentKinds = (entries: readonly Entry[]): Set<Kind> => new Set(entries.filter((entry) => !entry.prose && RANK[entry.kind] <= RANK.security).map((entry) => entry.kind));
  const wanted = urgentKinds(input.ranked);
  const had = urgentKinds(filled.shown.map(({ entry }) => entry)).size;
  if (had >= wanted.size) return filled;
  const leading = new Map<Entry, Entry>();
  const ranked = input.ranked.map((entry) => {
    const parts = wanted.has(entry.kind) && !entry.prose ? sentences(entry.text) : [];
    if (parts.length < 2) return entry;
    const first = { ...entry, text: parts[0] ?? entry.text };
    leading.set(first, entry);
    return first;
  });
  // …and the first of each such kind comes before the others of its kind, which would otherwise take the room first.
  // The security fix first: its line is short and names a hole, where a breaking change shortened still says it breaks.
  const firsts = [...wanted].sort((a, b) => Number(b === "security") - Number(a === "security")).map((kind) => ranked.find((entry) => entry.kind === kind && !entry.prose)).filter((entry) => entry !== undefined);
  const compact = singlePostOf({ ...input, ranked: [...firsts, ...ranked.filter((entry) => !firsts.includes(entry))] });
  if (urgentKinds(compact.shown.map(({ entry }) => entry)).size <= had) return filled;
  return { ...compact, shown: compact.shown.map((shown) => ({ ...shown, entry: leading.get(shown.entry) ?? shown.entry, cut: shown.cut || leading.has(shown.entry) })) };
}

function singlePostOf(input: LayoutInput): { layout: Layout; shown: readonly ShownChange[] } {
  const packer = new Packer(input);
  const plain = packer.fill(input.ranked, (items, left) => packer.post(0, 0, items, moreLine(input, left)));
  // "+20 more changes (13 breaking)": breaking changes left out are said so, at the cost of a change shown, unless the
  // post would then show no breaking change or no security fix where it showed one uncut ("Compile with Go 1.12.9…"
  // is not worth the count of 35 breaking changes).
  const urgentKinds = (shown: readonly Shown[]): string =>
    [...new Set(shown.filter(({ text }) => !text.endsWith(ELLIPSIS)).map(({ entry }) => packer.origin(entry).kind).filter((kind) => RANK[kind] <= RANK.security))].sort().join();
  const tellsBreaking = [...countedLeft(input, plain.rest).map((entry) => entry.kind), ...(input.unshownKinds ?? [])].some((kind) => kind === "breaking" || kind === "security");
  const tell = (ranked: readonly Entry[]): ReturnType<Packer["fill"]> => packer.fill(ranked, (items, left) => packer.post(0, 0, items, moreLine(input, left, true)));
  const told = tellsBreaking ? tell(input.ranked) : null;
  // The count's room may have cost a line plain showed whole where a longer one of its kind took its place cut
  // ("ONNX Runtime…1.23.2になり…" before "Rust: MSRVが1.89.0になります。"): the changes plain shows whole come first.
  const whole = plain.shown.filter(({ entry, text }) => !text.endsWith(ELLIPSIS) && RANK[packer.origin(entry).kind] <= RANK.security).map(({ entry }) => packer.origin(entry));
  const retold = told && urgentKinds(told.shown) !== urgentKinds(plain.shown) ? tell([...whole, ...input.ranked.filter((entry) => !whole.includes(entry))]) : told;
  const { shown, rest } = retold && urgentKinds(retold.shown) === urgentKinds(plain.shown) ? retold : plain;
  const line = moreLine(input, rest, true);
  const text = packer.post(0, 0, shown, line !== null && packer.holds(0, 0, shown, line) ? line : moreLine(input, rest));
  return { layout: { posts: [text], omitted: leftOut(input, rest) }, shown: shown.map(({ entry, text }) => ({ entry: packer.origin(entry), cut: text !== entry.text, clipped: text !== entry.text && text.endsWith(ELLIPSIS) })),
  };
}

/** A thread post as the blocks it holds. */
type PostBlocks = Shown[][];

/** True when a block is one listed change, not a breaking change or security fix, that the notes explain under it
 *  (Entry.stress: paragraphs, a code example): a headline that ranked first. */
function explainedHeadline(block: Pick<Block, "entries">): boolean {
  const [entry] = block.entries;
  return block.entries.length === 1 && entry !== undefined && !entry.prose && RANK[entry.kind] > RANK.security && (entry.stress ?? 0) >= 1;
}

/** True when the thread may break between `before` and `after`: not inside a paragraph. */
function breakable(before: readonly Shown[] | undefined, after: readonly Shown[] | undefined): boolean {
  const last = before?.at(-1)?.entry;
  const first = after?.[0]?.entry;
  if (!last || !first) return false;
  return !(last.prose && first.prose && last.paragraph === first.paragraph);
}

/** Re-splits the blocks of posts `at - 1` and `at` (the first post included) so that the later one is no crumb. */
function balancePair(packer: Packer, posts: PostBlocks[], at: number, total: number, closing: string | null, limit: number): void {
  const closes = at === posts.length - 1 ? closing : null;
  const crumb = packer.measure(packer.post(at, total, (posts[at] ?? []).flat(), closes));
  if (crumb !== null && crumb >= limit / 2) return;
  const all = [...(posts[at - 1] ?? []), ...(posts[at] ?? [])];
  const splits = all.map((_, split) => split).filter((split) => split > 0 && breakable(all[split - 1], all[split]));
  // The post before grows with the split and the later one shrinks: the best split is where they cross, found by
  // halving (a long post is costly to measure, and Premium posts hold hundreds of changes).
  const before = (split: number): number => packer.measure(packer.post(at - 1, total, all.slice(0, split).flat(), null)) ?? Infinity;
  const after = (split: number): number => {
    const shown = all.slice(split).flat();
    const length = packer.measure(packer.post(at, total, shown, closes));
    return length === null || !packer.holds(at, total, shown, closes) ? Infinity : length;
  };
  let low = 0;
  let high = splits.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const split = splits[middle] ?? 0;
    if (before(split) >= after(split)) high = middle;
    else low = middle + 1;
  }
  let best: number | null = null;
  let bestShorter = -1;
  for (const split of [splits[low - 1], splits[low]]) {
    if (split === undefined) continue;
    const shorter = Math.min(before(split), after(split));
    if (shorter !== Infinity && shorter > bestShorter) [best, bestShorter] = [split, shorter];
  }
  if (best !== null) [posts[at - 1], posts[at]] = [all.slice(0, best), all.slice(best)];
}

/** Balances every crumb post with the one before it, from the last post back, so that no post is a leftover line. */
function balance(packer: Packer, posts: PostBlocks[], total: number, closing: string | null, limit: number): void {
  for (let at = posts.length - 1; at >= 1; at -= 1) balancePair(packer, posts, at, total, closing, limit);
}

/**
 * The last reply of a long thread that balancing left a crumb (one short change, a side sentence) goes: its change
 * is counted in the pointer the post before now closes with. Returns what the thread then leaves out, or null when it stays.
 */
function withoutCrumb(input: LayoutInput, packer: Packer, posts: PostBlocks[], total: number, left: readonly Entry[]): Entry[] | null {
  // A short thread keeps its last change: its post is short, but the thread stays whole.
  if (posts.length < 4) return null;
  const last = posts.length - 1;
  const crumb = (posts[last] ?? []).flat();
  const length = packer.measure(packer.post(last, total, crumb, pointer(input, left)));
  if (length === null || length >= input.rules.maxLength / 2 || crumb.filter(({ entry }) => !entry.prose).length > 1) return null;
  const rest = [...crumb.map(({ entry }) => packer.origin(entry)), ...left];
  const newTotal = total > 0 ? total - 1 : 0;
  if (!packer.holds(last - 1, newTotal, (posts[last - 1] ?? []).flat(), pointer(input, rest))) return null;
  posts.pop();
  return rest;
}

/** How much shorter a closing line's last wording may be than its first ("+17 more changes" for a count by kind). */
const CLOSING_PLAY = 40;
/** Between the wordings of one closing line, longest first: the post shows the first that fits (Packer.post). */
const OR = "\u0000";

/**
 * The closing line of a thread that leaves changes out: what each kind left out ("+16 more features and 1 docs
 * change…"), or where that leaves the last post no room, only how many ("+17 more changes…"): a thread never leaves
 * changes out without saying so.
 */
function pointer(input: LayoutInput, left: readonly Entry[]): string | null {
  const count = leftOut(input, left);
  if (count === 0) return null;
  const total = input.phrases.moreInNotes(count);
  const byKind = input.phrases.moreInNotesByKind?.(countsByKind(input, left)) ?? total;
  return byKind === total ? total : `${byKind}${OR}${total}`;
}

/** The changes `left` leaves out by kind, most important kind first, with those no entry stands for (null) last. */
function countsByKind(input: LayoutInput, left: readonly Entry[]): Array<[Kind | null, number]> {
  const counts = new Map<Kind | null, number>();
  for (const entry of countedLeft(input, left)) counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
  const kinds = input.unshownKinds ?? [];
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const rest = input.unshownChanges - kinds.length;
  if (rest > 0) counts.set(null, (counts.get(null) ?? 0) + rest);
  return [...counts].sort(([a], [b]) => (a === null ? Infinity : RANK[a]) - (b === null ? Infinity : RANK[b]));
}

interface ThreadPlan {
  posts: PostBlocks[];
  left: Entry[];
}

/**
 * Packs `blocks` into the first post and the replies, at most `maxPosts` in all; the last one closes with the pointer,
 * which also counts `setAside` (changes left out before packing).
 */
function planThread(input: LayoutInput, packer: Packer, total: number, selected: readonly Block[], setAside: readonly Entry[] = []): ThreadPlan {
  let blocks = [...selected];
  const replyRoom = input.rules.maxLength - input.rules.length(packer.post(1, total, [], null));
  const posts: PostBlocks[] = [];
  const explanations = new Explanations(selected);
  while (blocks.length > 0 && posts.length < input.maxPosts) {
    const index = posts.length;
    const last = index === input.maxPosts - 1;
    if (index > 0) blocks = explanations.without(blocks);
    const post = packer.fillThread(blocks, (items, rest) => packer.post(index, total, items, last ? pointer(input, [...rest, ...setAside]) : null), last, replyRoom, index === 0);
    if (post.placed.length === 0) break;
    blocks = post.rest;
    // The post that turns out last closes with the pointer (changes no entry stands for): when that leaves it no room,
    // its last blocks open one more post.
    while (blocks.length === 0 && !last && post.placed.length > 1 && !packer.holds(index, total, post.placed.flat(), pointer(input, setAside))) {
      post.placed.pop();
      const moved = post.placedBlocks.pop();
      if (moved) blocks = [moved, ...blocks];
    }
    posts.push(post.placed);
    explanations.shown(post.placedBlocks);
  }
  let left = [...blocks.flatMap((block) => block.entries), ...setAside];
  // The closing pointer must fit the last reply: what does not make room for it is left out.
  const lastReply = posts.length > 1 ? posts.at(-1) : undefined;
  while (lastReply && lastReply.length > 1 && !packer.holds(posts.length - 1, total, lastReply.flat(), pointer(input, left))) {
    const moved = lastReply.pop() ?? [];
    left = [...moved.map(({ entry }) => packer.origin(entry)), ...left];
  }
  // A last reply of one change with no room for the pointer: that change is counted in the post before it rather than
  // the thread leaving changes out without a word. A breaking change or security fix is never the one that goes.
  const alone = posts.length > 1 ? posts.at(-1) : undefined;
  const block = alone?.length === 1 ? alone[0] : undefined;
  if (block && !packer.holds(posts.length - 1, total, block, pointer(input, left)) && pointer(input, left) !== null) {
    const moved = block.map(({ entry }) => packer.origin(entry));
    const urgent = moved.some((entry) => !entry.prose && RANK[entry.kind] <= RANK.security);
    const before = posts.at(-2) ?? [];
    if (!urgent && packer.holds(posts.length - 2, total, before.flat(), pointer(input, [...moved, ...left]))) {
      posts.pop();
      left = [...moved, ...left];
    }
  }
  return { posts, left };
}

// A sentence that lifts a requirement ("no longer require manual configuration"): nothing breaks for anyone.
const RELAXES = /\bno longer (?:requires?|needs?)\b|\b(?:is|are) no longer (?:required|needed|necessary)\b/iu;

/** A block of prose only: a paragraph's sentences (or some of them), no listed change. */
const isProse = (block: Block): boolean => block.entries.every((entry) => entry.prose);

/**
 * The paragraphs a thread passes over after its first post. A maintainer's thread names changes: while listed changes
 * wait, a labelled section's prose takes one paragraph (the first that names a change, else its first), and the
 * paragraphs after it, which explain rather than change, go (prose counts in no "+N more"). A paragraph that opens
 * with a word leaning on the one before it ("However, …", "This means…") never opens a post: alone it reads out of
 * context.
 */
class Explanations {
  /** Each paragraph's first sentence in the thread (its source order). */
  private readonly opening = new Map<number, number>();
  /** The paragraph each labelled section keeps. */
  private readonly kept = new Map<string, number>();
  /** Paragraphs the posts so far showed, wholly or in part: what is left of them goes on. */
  private readonly started = new Set<number>();
  /** Sections a post showed a paragraph of: that one is the paragraph they keep. */
  private readonly settled = new Set<string>();

  /** Paragraphs that come right after another paragraph of their section in the notes: what they may lean on. */
  private readonly following = new Set<number>();

  constructor(blocks: readonly Block[]) {
    for (const block of blocks) {
      for (const entry of block.entries) {
        if (entry.prose && entry.order < (this.opening.get(entry.paragraph) ?? Infinity)) this.opening.set(entry.paragraph, entry.order);
      }
    }
    // A paragraph under a heading opens its section ("It now…" speaks of the heading): it leans on no paragraph.
    const inOrder = blocks.flatMap((block) => block.entries).sort((a, b) => a.order - b.order);
    inOrder.forEach((entry, index) => {
      const before = inOrder[index - 1];
      if (entry.prose && before?.prose && before.paragraph !== entry.paragraph && before.label === entry.label) this.following.add(entry.paragraph);
    });
    // Each section's first paragraph, the first that names a change, and the best rank each paragraph names.
    const naming = new Map<string, number>();
    const best = new Map<number, number>();
    for (const block of blocks) {
      if (!underLabel(block) || block.paragraph === null || !isProse(block)) continue;
      if (!this.kept.has(block.group)) this.kept.set(block.group, block.paragraph);
      if (block.rank < RANK.other && !naming.has(block.group)) naming.set(block.group, block.paragraph);
      best.set(block.paragraph, Math.min(best.get(block.paragraph) ?? Infinity, block.rank));
    }
    // The first paragraph names a change, or none does: the first one; else the first that names one.
    for (const [group, paragraph] of naming) if ((best.get(this.kept.get(group) ?? paragraph) ?? Infinity) >= RANK.other) this.kept.set(group, paragraph);
  }

  /** Records what a post showed: a section whose paragraph it opened keeps that one. */
  shown(blocks: readonly Block[]): void {
    for (const block of blocks) {
      if (block.paragraph === null || !isProse(block)) continue;
      this.started.add(block.paragraph);
      if (!underLabel(block) || this.settled.has(block.group)) continue;
      this.settled.add(block.group);
      this.kept.set(block.group, block.paragraph);
    }
  }

  /** `blocks` without the explanations a later post would spend its room on, nor a leaning paragraph at their top. */
  without(blocks: readonly Block[]): Block[] {
    const changesWait = blocks.some((block) => !isProse(block));
    const kept = changesWait ? blocks.filter((block) => this.keeps(block)) : [...blocks];
    while (kept[0] && this.leansOnParagraphBefore(kept[0])) {
      const paragraph = kept[0].paragraph;
      const from = kept.findIndex((block) => block.paragraph !== paragraph);
      kept.splice(0, from < 0 ? kept.length : from);
    }
    return kept;
  }

  private keeps(block: Block): boolean {
    if (!isProse(block) || block.paragraph === null || !underLabel(block)) return true;
    // A paragraph a post already began ends there, at a whole sentence: its rest would take a post of its own.
    if (this.started.has(block.paragraph)) return false;
    // A paragraph that names a breaking change or a security fix of its own is one more change, not an explanation;
    // one that says what users no longer need to do relaxes, as an explanation of the change before it does.
    if (block.entries.some((entry) => RANK[entry.kind] <= RANK.security && !RELAXES.test(entry.text))) return true;
    const kept = this.kept.get(block.group);
    return kept === undefined || kept === block.paragraph;
  }

  /** True when `block` opens a paragraph not yet shown whose first words point back at the paragraph before it. */
  private leansOnParagraphBefore(block: Block): boolean {
    const first = block.entries[0];
    if (!first || !isProse(block) || block.paragraph === null || this.started.has(block.paragraph) || !this.following.has(block.paragraph)) return false;
    return first.order === this.opening.get(block.paragraph) && leansBack(first.text);
  }
}

/** True when a plan leaves out none of its changes but those set aside before packing. */
const showsAll = (plan: ThreadPlan, setAside: readonly Entry[]): boolean =>
  plan.left.every((entry) => entry.prose || setAside.includes(entry));

// A section the project titled for its highlights ("Highlights", "亮点", "ハイライト", "하이라이트"; not a "What's New" of
// every change).
const HIGHLIGHTS_LABEL = /highlight|亮点|ハイライト|하이라이트/iu;
/** The project's own highlight bullets: picked by hand as what matters most, they take no share beside the features,
 *  but come first, as many as fit. */
const ownHighlights = (block: Block): boolean =>
  block.rank === RANK.highlight && block.entries.every((entry) => !entry.prose && entry.kind === "highlight" && entry.label !== null && HIGHLIGHTS_LABEL.test(entry.label));

/**
 * The blocks of a thread at its cap when each important group gets a share: the breaking changes and security fixes
 * whole, then at most `share` changes of every other group up to the fixes (features and fixes both represented),
 * and nothing of the groups after them; with the changes it sets aside. When `summarised`, a security section told by
 * its own prose summary ("Closed a privilege escalation and a login flaw…") keeps only the summary, which names its
 * fixes; the count tells them.
 */
function shares(blocks: readonly Block[], share: number, larger = 0, breakingShare = Infinity, upTo = RANK.fix, summarised = false, wholeUpTo = -1): { selected: Block[]; setAside: Entry[] } {
  const told = summarised ? securitySummaryGroups(blocks) : new Set<string>();
  const rankOfGroup = new Map<string, number>();
  for (const block of blocks) rankOfGroup.set(block.group, Math.min(rankOfGroup.get(block.group) ?? Infinity, block.rank));
  // The first `larger` groups that share take one change more.
  const sharing = [...rankOfGroup].filter(([, rank]) => rank <= upTo).map(([group]) => group);
  const shareOf = (group: string): number => share + Number(sharing.indexOf(group) < larger);
  const taken = new Map<string, number>();
  const selected: Block[] = [];
  const setAside: Entry[] = [];
  let breaking = 0;
  for (const block of blocks) {
    const rank = rankOfGroup.get(block.group) ?? block.rank;
    const count = taken.get(block.group) ?? 0;
    // A breaking change or security fix is kept wherever it stands ("XSS in search" under "Fixes"); breaking changes
    // too many for the thread keep the first `breakingShare` (the ones every user meets come first).
    const changes = block.entries.some((entry) => !entry.prose);
    const overBreaking = block.rank === RANK.breaking && !block.summary && changes && breaking >= breakingShare;
    const summed = told.has(block.group) && block.entries.some((entry) => !entry.prose && entry.kind === "security");
    const whole = (block.rank <= RANK.security && !overBreaking && !summed) || ownHighlights(block) || (rank <= wholeUpTo && block.rank <= wholeUpTo);
    // A change of a lesser kind in a group that shares (a chore under "Packaging" beside its fix) has no share of its own.
    const keeps = whole || (!overBreaking && !summed && rank <= upTo && (block.rank <= upTo || !changes) && count < shareOf(block.group));
    if (block.rank === RANK.breaking && changes && keeps) breaking += 1;
    if (keeps) selected.push(block);
    else setAside.push(...block.entries);
    // A group's prose goes with its share: only its changes count.
    if (keeps && !whole && block.entries.some((entry) => !entry.prose)) taken.set(block.group, count + 1);
  }
  return { selected, setAside };
}

/** The groups (sections) whose security fixes a prose sentence of the section's own sums up. */
function securitySummaryGroups(blocks: readonly Block[]): Set<string> {
  return new Set(blocks.filter((block) => underLabel(block) && block.entries.every((entry) => entry.prose && entry.kind === "security")).map((block) => block.group));
}

/** True when a plan's posts show a security fix, or the prose that tells the release's security fixes. */
const showsSecurity = (plan: ThreadPlan): boolean => plan.posts.flat(2).some(({ entry }) => entry.kind === "security");

/**
 * The thread's plan. When the cap would leave out changes up to the fixes, the thread does not spend every post on
 * the first groups: each gets the largest equal share that lets all of them in (found by halving), and the pointer says
 * what each kind left out. Without a share that fits (the breaking changes alone fill the thread), the groups go in
 * order.
 */
function planWithShares(input: LayoutInput, packer: Packer, total: number): ThreadPlan {
  const blocks = threadBlocksFor(input, packer);
  const plan = planThread(input, packer, total, blocks);
  if (!plan.left.some((entry) => !entry.prose && RANK[entry.kind] <= RANK.fix)) return plan;
  const planFor = (share: number, larger = 0, breakingShare = Infinity, upTo = RANK.fix): SharedPlan => {
    const { selected, setAside } = shares(blocks, share, larger, breakingShare, upTo);
    const shared = planThread(input, packer, total, selected, setAside);
    return { plan: shared, fits: showsAll(shared, setAside), selected, setAside };
  };
  // …beside the security fixes, the first highlight or feature of each group that adds one: the fixes wait.
  const shared = (breakingShare: number): SharedPlan => planFor(1, 0, breakingShare, RANK.feature);
  const first = planFor(1);
  if (!first.fits) {
    // The breaking changes alone would fill the thread: they keep as many posts as leave the security fixes and one
    // new feature of each group in (a major release's thread is not 28 breaking changes and nothing it adds).
    const shown = plan.posts.flat(2).map(({ entry }) => packer.origin(entry));
    // (Security fixes beside them add nothing either: breaking changes and fixes of holes that fill the thread still
    // leave a feature its share.)
    const onlyBreaking = !shown.some((entry) => !entry.prose && entry.kind !== "breaking" && entry.kind !== "security" && RANK[entry.kind] <= RANK.fix);
    // (Security told as a section's prose summary is security left out too.)
    if (!onlyBreaking && !plan.left.some((entry) => entry.kind === "security")) return plan;
    const most = blocks.filter((block) => block.rank === RANK.breaking && !block.summary).length;
    const breakingShare = largestFitting(1, most, (count) => shared(count).fits);
    if (breakingShare !== null) return filledUp(input, packer, total, blocks, shared(breakingShare));
    // No share leaves a feature of each group in: the breaking changes still leave the security fixes room before the
    // thread ends (a section's prose summary standing for its fixes), rather than take every post.
    if (showsSecurity(plan) || !blocks.some((block) => block.rank === RANK.security)) return plan;
    const fits = (shared: ThreadPlan, setAside: readonly Entry[]): boolean => showsAll(shared, setAside) && showsSecurity(shared);
    const urgent = (count: number): SharedPlan => {
      const { selected, setAside } = shares(blocks, 1, 0, count, RANK.security, true);
      const shared = planThread(input, packer, total, selected, setAside);
      return { plan: shared, fits: fits(shared, setAside), selected, setAside };
    };
    const urgentShare = largestFitting(1, most, (count) => urgent(count).fits);
    return urgentShare === null ? plan : filledUp(input, packer, total, blocks, urgent(urgentShare), fits);
  }
  // The features whole, when the fixes still get a share beside them: a thread spends no post on minor fixes while
  // features wait in "+N more" (features-lead-fixes).
  const afterFeatures = (share: number): SharedPlan => {
    const { selected, setAside } = shares(blocks, share, 0, Infinity, RANK.fix, false, RANK.feature);
    const shared = planThread(input, packer, total, selected, setAside);
    return { plan: shared, fits: showsAll(shared, setAside), selected, setAside };
  };
  const fixShare = largestFitting(1, blocks.length, (share) => afterFeatures(share).fits);
  if (fixShare !== null) return filledUp(input, packer, total, blocks, afterFeatures(fixShare));
  // The largest share that fits, then how many groups (the first ones) fit one change more.
  const share = largestFitting(2, blocks.length, (share) => planFor(share).fits) ?? 1;
  const larger = largestFitting(1, blocks.length, (larger) => planFor(share, larger).fits) ?? 0;
  return filledUp(input, packer, total, blocks, planFor(share, larger));
}

/** A thread plan made of the blocks `shares` selected, with the changes it set aside. */
interface SharedPlan {
  plan: ThreadPlan;
  fits: boolean;
  selected: Block[];
  setAside: Entry[];
}

/**
 * A shared plan with room to spare (posts under the cap, or room in them) takes back the changes it set aside, in the
 * thread's order, while everything still fits: equal shares must not leave a post of the cap unused while breaking
 * changes wait in "+N more". Past one that does not fit, only changes of about its importance may follow.
 */
function filledUp(input: LayoutInput, packer: Packer, total: number, blocks: readonly Block[], choice: SharedPlan, fits = showsAll): ThreadPlan {
  if (!choice.fits) return choice.plan;
  const position = new Map(blocks.map((block, index) => [block, index]));
  let { plan, selected, setAside } = choice;
  let tries = 0;
  let missed: number | null = null;
  for (const block of blocks) {
    if (tries >= LOOK_AHEAD) break;
    if (selected.includes(block) || !block.entries.some((entry) => !entry.prose && setAside.includes(entry))) continue;
    if (missed !== null && block.rank > missed + 2) continue;
    tries += 1;
    const withBlock = [...selected, block].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    const rest = setAside.filter((entry) => !block.entries.includes(entry));
    const next = planThread(input, packer, total, withBlock, rest);
    if (fits(next, rest)) {
      plan = next;
      selected = withBlock;
      setAside = rest;
    } else missed ??= block.rank;
  }
  return plan;
}

/**
 * The thread's blocks. The notes' one-line summary opens the thread only when the first post still shows a breaking
 * change or security fix after it (when there are any): a summary never pushes them all out of the first post.
 */
function threadBlocksFor(input: LayoutInput, packer: Packer): Block[] {
  const total = input.numbering ? input.maxPosts : 0;
  const replyRoom = input.rules.maxLength - input.rules.length(packer.post(1, total, [], null));
  const firstPost = (blocks: readonly Block[]): Block[] => packer.fillThread(blocks, (items) => packer.post(0, total, items, null), false, replyRoom, true).placedBlocks;
  return withIntroOnlyFirst(leadingBlocks(input, firstPost), input.ranked, firstPost);
}

/** The thread's blocks, led by the notes' summary or not (see threadBlocksFor); `firstPost`: the blocks post 1 shows. */
function leadingBlocks(input: LayoutInput, firstPost: (blocks: readonly Block[]) => Block[]): Block[] {
  const blocks = threadBlocks(input.ranked, input.phrases, true, input.standing);
  const urgent = (block: Block): boolean => !block.summary && block.rank <= RANK.security;
  if (!blocks[0]?.summary || !blocks.some(urgent)) return blocks;
  const first = firstPost(blocks);
  if (!first.some(urgent)) return threadBlocks(input.ranked, input.phrases, false, input.standing);
  // …nor an advisory with its own id that the first post would show without it.
  const plain = threadBlocks(input.ranked, input.phrases, false, input.standing);
  return advisoryBlocks(firstPost(plain)) > advisoryBlocks(first) ? plain : blocks;
}

/**
 * The blocks without the notes' introduction where the first post does not show it: the unlabelled prose before the
 * notes' first labelled change ("This is a patch release to fix security, performance, and build issues found in 1.8.0.")
 * opens the thread or is left out. A reply that opens with it reads as an aside set above changes it does not
 * introduce. Only a summing up goes so: a change, an upgrade step or advice ("Be aware that…") told there stays where it ranks.
 */
// (A sentence naming code, "a new data type (`Duration`)", tells a change of its own and stays.)
// What users must do to upgrade ("When upgrading to 0.15 you must re-install all packages"): never left out.
const TELLS_UPGRADE = /\b(?:upgrad\w*|migrat\w*|must|need to|have to|required)\b/iu;
// A summing up speaks of the release itself ("This is a patch release to…", "The 0.28 release includes…"); a statement
// of one change ("**OkHttp now supports Happy Eyeballs.**", a launch post's bold headline) is no introduction.
const SUMS_UP = /\b(?:release|version|update|patch|changelog)\b|\bthis (?:is|brings|includes|contains)\b|本次|这次|此版本|本版本|今回|このリリース|이번/iu;

function withIntroOnlyFirst(blocks: Block[], ranked: readonly Entry[], firstPost: (blocks: readonly Block[]) => Block[]): Block[] {
  const firstLabelled = ranked.reduce((first, entry) => (entry.label !== null ? Math.min(first, entry.order) : first), Infinity);
  // Notes with no labels have no introduction apart from their body.
  if (firstLabelled === Infinity) return blocks;
  const intro = (entry: Entry): boolean =>
    entry.prose && entry.label === null && entry.order < firstLabelled && entry.kind === "highlight" && entry.step !== true && entry.advisory !== true && !saysMustAct(entry.text) && !TELLS_UPGRADE.test(entry.text) && !entry.text.includes("`") && SUMS_UP.test(entry.text);
  const introBlock = (block: Block): boolean => block.entries.every(intro);
  if (!blocks.some(introBlock)) return blocks;
  const shown = new Set(firstPost(blocks));
  return blocks.filter((block) => !introBlock(block) || shown.has(block));
}

/** How many of `blocks` are security fixes with a CVE or GHSA id of their own. */
const advisoryBlocks = (blocks: readonly Block[]): number =>
  blocks.filter((block) => block.entries.some((entry) => !entry.prose && entry.kind === "security" && advisoryIds(entry.text).length > 0)).length;

/** The largest value in `low`..`high` that `fits` (which holds up to some value and not past it); null when none. */
function largestFitting(low: number, high: number, fits: (value: number) => boolean): number | null {
  let best: number | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (fits(middle)) {
      best = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return best;
}

function thread(input: LayoutInput): Layout {
  const packer = new Packer(input, { labelled: input.ranked.some((entry) => entry.label !== null) });
  // Everything fits the first post, with the line that counts what no entry stands for: it is a single post.
  if (input.maxPosts === 1 || packer.fitsWhole(threadBlocksFor(input, packer), (items) => packer.post(0, 0, items, moreLine(input, [])))) return single(input);
  // Numbered posts must agree with their count: lay out again until they do (each pass only frees room).
  let total = input.numbering ? input.maxPosts : 0;
  let plan = planWithShares(input, packer, total);
  for (let pass = 0; input.numbering && pass < 4 && plan.posts.length !== total; pass += 1) {
    total = plan.posts.length;
    plan = planWithShares(input, packer, total);
  }
  if (plan.posts.length === 0) return single(input);
  // All of it went into the first post once its long changes were shortened: a single post, in the thread's order.
  const [only] = plan.posts;
  if (only && plan.posts.length === 1) return { posts: [packer.post(0, 0, only.flat(), moreLine(input, plan.left))], omitted: leftOut(input, plan.left) };
  if (input.numbering) total = plan.posts.length;
  let closing = pointer(input, plan.left);
  const shown = plan.posts;
  balance(packer, shown, total, closing, input.rules.maxLength);
  const dropped = withoutCrumb(input, packer, shown, total, plan.left);
  if (dropped) {
    if (input.numbering) total = shown.length;
    closing = pointer(input, dropped);
  }
  // The posts as planned, each measured with its labels, which every post says over its items.
  const posts = shown.map((blocks, index) => packer.post(index, total, blocks.flat(), index === shown.length - 1 ? closing : null));
  return { posts, omitted: leftOut(input, dropped ?? plan.left) };
}

/** The entries with the notes' English category labels said in the post's language (frameLabel). */
function inPostLanguage(ranked: readonly Entry[], language: Language): readonly Entry[] {
  const said = new Map<string, string>();
  return ranked.map((entry) => {
    if (entry.label === null) return entry;
    let label = said.get(entry.label);
    if (label === undefined) {
      label = frameLabel(entry.label, language);
      said.set(entry.label, label);
    }
    return label === entry.label ? entry : { ...entry, label };
  });
}

export function layOut(input: LayoutInput): Layout {
  const framed = { ...input, ranked: inPostLanguage(input.ranked, input.language) };
  return framed.thread ? thread(framed) : single(framed);
}
