// Lays ranked entries out as posts: one post filled with the most important changes, or a thread that keeps
// labels with their items, leaves no crumb posts, stops at its cap with a pointer to the full notes, and numbers
// its posts when asked. Lengths are the network's (rules): added up line by line while filling, and every post
// measured whole before it is kept.
import { RANK, type Kind } from "./kinds.js";
import type { Phrases, phrasesFor } from "./language.js";
import type { Entry } from "./model.js";
import type { NetworkRules } from "./networks.js";
import { ELLIPSIS, shorten } from "./shorten.js";

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
  /** The first post around its notes: the template rendered with `body` as {notes}. */
  renderFirst: (body: string) => string;
  rules: NetworkRules;
  /** Makes an entry's text and label fit for the network (quiet mentions and links); called only for the entries a
   *  post considers, once each. */
  prepare: (entry: Entry) => Entry;
  phrases: ReturnType<typeof phrasesFor>;
  language: string;
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
  rank: number;
  order: number;
  label: string | null;
  items: Shown[];
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
  const place = ({ entry }: Shown, index: number): number => (entry.prose ? (first.get(entry.paragraph) ?? index) : index);
  const ordered = items.map((item, index) => ({ item, key: place(item, index) })).sort((a, b) => a.key - b.key || a.item.entry.order - b.item.entry.order);
  for (const { entry, text: shownText } of ordered.map(({ item }) => item)) {
    // "⚠️ Breaking changes:" then "• ⚠️ Support …": the label already shows the item's marker.
    const text = mark && !entry.prose && leadingMark(shownText) === mark ? shownText.replace(LEADING_MARK, "") : shownText;
    if (entry.prose && entry.paragraph === paragraph && lines.length > 0) lines[lines.length - 1] += ` ${text}`;
    else lines.push(entry.prose ? text : BULLET + text);
    paragraph = entry.prose ? entry.paragraph : -1;
  }
  return lines;
}

const LEADING_MARK = /^[\p{Extended_Pictographic}\uFE0F\u200D]+\s*/u;
/** The emoji a text starts with, without variation selectors ("⚠️" and "⚠" are one mark); "" when none. */
const leadingMark = (text: string): string => (LEADING_MARK.exec(text)?.[0] ?? "").replace(/[\uFE0F\s]/gu, "");

/**
 * The notes part of a post: groups (a label, then its items or paragraphs) in rank order, then "+N more". Items
 * without a label get their kind's label when anything else in the post has one: under "⚠️ Breaking changes:", an
 * unlabelled feature would read as breaking.
 */
export function renderBody(shown: readonly Shown[], more: string | null, phrases: Pick<Phrases, "colon" | "label">): string {
  const labelled = shown.some(({ entry }) => entry.label !== null);
  const groups = new Map<string, Group>();
  for (const item of shown) {
    const { entry } = item;
    const label = entry.label ?? (labelled && !entry.prose ? phrases.label(entry.kind) : null);
    // Under one label, items and prose stay together; unlabelled prose keeps its own paragraph.
    const key = label !== null ? `l${label}` : entry.prose ? `p${entry.paragraph}` : "l";
    let group = groups.get(key);
    if (!group) {
      group = { rank: RANK[entry.kind], order: entry.order, label, items: [] };
      groups.set(key, group);
    }
    group.rank = Math.min(group.rank, RANK[entry.kind]);
    group.order = Math.min(group.order, entry.order);
    group.items.push(item);
  }
  const blocks = [...groups.values()]
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((group) => {
      const body = groupLines(group.items, group.label).join("\n");
      return group.label ? `${group.label}${phrases.colon}\n${body}` : body;
    });
  if (more) blocks.push(more);
  return blocks.join("\n\n");
}

/** Which single kind the left-out changes share, for "+3 more fixes"; null when they are of several kinds. */
function sharedKind(entries: readonly Entry[]): Kind | null {
  const kinds = new Set(entries.filter((entry) => !entry.prose).map((entry) => entry.kind));
  return kinds.size === 1 ? ([...kinds][0] ?? null) : null;
}

/** The number line of a thread post ("2/4"). */
const numberLine = (index: number, total: number): string => `${index + 1}/${total}`;

class Packer {
  constructor(private readonly input: LayoutInput) {}

  private fits(text: string): boolean {
    return this.input.rules.fits(text);
  }

  /** The text of post `index` of `total` (total 0: not numbered) holding `shown`, with a closing line if any. */
  post(index: number, total: number, shown: readonly Shown[], closing: string | null): string {
    const text = this.compose(index, total, shown, closing);
    if (closing === null || this.fits(text)) return text;
    // The post goes without its closing line; fill() takes changes back instead when the line could fit (at a tiny
    // limit even "+3 more" may not fit on its own).
    if (this.fits(this.compose(index, total, [], closing))) this.closingLost = true;
    return this.compose(index, total, shown, null);
  }

  /** Set when post() left out a closing line that a post with fewer changes would have had room for. */
  private closingLost = false;

  private compose(index: number, total: number, shown: readonly Shown[], closing: string | null): string {
    const body = renderBody(shown, closing, this.input.phrases);
    const text = index === 0 ? this.input.renderFirst(body) : body;
    return total > 0 ? `${text}\n\n${numberLine(index, total)}` : text;
  }

  /** The post's length when the network accepts it, else null. */
  measure(text: string): number | null {
    return this.fits(text) ? this.input.rules.length(text) : null;
  }

  /** Shortens an entry that does not fit whole into the post `make` builds around it. */
  private shortenInto(entry: Entry, make: (shown: Shown) => string): Shown | null {
    const { rules, language } = this.input;
    // Start from the room the post has without this entry, then tighten until the whole post fits.
    const ready = this.ready(entry);
    const without = rules.length(make({ entry: ready, text: "" }));
    for (let room = rules.maxLength - without; room > 0; ) {
      const text = shorten(ready.text, room, rules, language);
      if (!text) return null;
      const shown = { entry: ready, text };
      const length = rules.length(make(shown));
      if (length <= rules.maxLength && this.fits(make(shown))) return shown;
      room -= Math.max(1, length - rules.maxLength);
    }
    return null;
  }

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

  /**
   * The part of a sentence a shortened `short` cut off, as an entry of its own that goes on where the cut stopped
   * ("…the following rules now recognize them: …"); null when nothing worth showing is left. It is ready as it is
   * (its text was prepared) and counts as no change of its own in "+N more".
   */
  private continuation(short: Shown): Entry | null {
    // Only a sentence cut in two goes on: the sentences after a whole first one are its details, and shown as a
    // bullet of their own they would read as another change.
    if (!short.text.endsWith(ELLIPSIS)) return null;
    const full = short.entry.text;
    const head = short.text.slice(0, -ELLIPSIS.length);
    if (!full.startsWith(head)) return null;
    const tail = full.slice(head.length).replace(/^[\s,.;:!?、，。；：！？—–\-/&|·]+/u, "");
    if (!/[\p{L}\p{N}]/u.test(tail)) return null;
    const entry: Entry = { ...short.entry, text: ELLIPSIS + tail };
    this.prepared.set(entry, entry);
    this.origins.set(entry, entry);
    CONTINUATIONS.add(entry);
    return entry;
  }

  /** The entry a shown one was prepared from (what the pool and the "+N more" count hold). */
  origin(entry: Entry): Entry {
    return this.origins.get(entry) ?? entry;
  }

  /** An entry's weight as a line of its own, measured once. */
  private readonly weights = new Map<Entry, number>();
  private lineWeight(entry: Entry): number {
    let weight = this.weights.get(entry);
    if (weight === undefined) {
      const ready = this.ready(entry);
      weight = this.input.rules.length(BULLET + ready.text) + (ready.label === null ? 0 : this.input.rules.length(ready.label) + 3);
      this.weights.set(entry, weight);
    }
    return weight;
  }

  /**
   * Fills one post from `pool` in rank order. `skip`: a single post passes over a change too long for it and
   * takes later, shorter ones; a thread post stops at the first that does not fit (the next post takes it).
   * `mustShow`: the post shows at least one change, shortened if need be — the first breaking change or security
   * fix is shortened rather than passed over. Weights add up line by line (posts join lines with line breaks, which
   * no token crosses), so only the final post is measured whole; if it is over, changes go back until it fits.
   */
  fill(
    pool: readonly Entry[],
    make: (shown: readonly Shown[], rest: readonly Entry[]) => string,
    skip: boolean,
    mustShow: boolean,
  ): { shown: Shown[]; rest: Entry[] } {
    const { rules } = this.input;
    let shown: Shown[] = [];
    const rest: Entry[] = [];
    // Room for the closing line ("+12 more changes") is kept while filling.
    const closingRoom = rules.length(make([], pool)) - rules.length(make([], []));
    let used = rules.length(make([], []));
    let misses = 0;
    let firstMiss: number | null = null;
    let carried: Entry | null = null;
    const shortenFirst = (entry: Entry, others: readonly Entry[]): boolean => {
      const short = this.shortenInto(entry, (item) => make([item], others));
      if (!short) return false;
      shown = [short];
      used = rules.length(make(shown, []));
      // A thread has room after this post: what the cut left off goes on at the top of the next one.
      const rest = skip ? null : this.continuation(short);
      if (rest) carried = rest;
      return true;
    };
    for (const [index, entry] of pool.entries()) {
      // A thread post ends at a change that does not fit, but first takes the next few of the same kind that do:
      // a long change must not leave a crumb of a post before it.
      const sameKindAhead = !skip && rest.length > 0 && firstMiss !== null && RANK[entry.kind] === firstMiss && misses < 8;
      if ((!skip && rest.length > 0 && !sameKindAhead) || misses >= 40) {
        rest.push(...pool.slice(index));
        break;
      }
      // Past a change too long for the room, only changes of about its importance may take its place: a chore
      // must not fill the room a feature left.
      if (firstMiss !== null && RANK[entry.kind] > firstMiss + 2) {
        rest.push(entry);
        continue;
      }
      const weight = this.lineWeight(entry) + (shown.length > 0 ? 2 : 0);
      if (used + weight + closingRoom <= rules.maxLength) {
        shown.push({ entry: this.ready(entry), text: this.ready(entry).text });
        used += weight;
        misses = 0;
        continue;
      }
      if (mustShow && shown.length === 0 && (RANK[entry.kind] <= RANK.security || !skip) && shortenFirst(entry, [...rest, ...pool.slice(index + 1)])) {
        continue;
      }
      rest.push(entry);
      misses += 1;
      // A paragraph too long for the room is no change passed over: it sets no bar for what may follow.
      if (!entry.prose) firstMiss ??= RANK[entry.kind];
    }
    // The exact check: what the sum missed (a template with {notes} twice, a label a group is given) goes back, last
    // first, also when it only cost the closing line that counts what is left out.
    const over = (): boolean => {
      this.closingLost = false;
      return !this.fits(make(shown, rest)) || this.closingLost;
    };
    while (shown.length > 0 && over()) {
      const back = shown.pop();
      if (back) rest.unshift(this.origin(back.entry));
    }
    // Nothing fitted whole: the most important change that can be shortened well is shown shortened.
    if (mustShow && shown.length === 0) {
      for (const [index, entry] of rest.entries()) {
        if (shortenFirst(entry, rest.filter((other) => other !== entry))) {
          rest.splice(index, 1);
          break;
        }
      }
    }
    const position = new Map(pool.map((entry, index) => [entry, index]));
    rest.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    if (carried && shown.length > 0) rest.unshift(carried);
    return { shown, rest };
  }
}

/** The rest of a change cut short in one thread post, shown on in the next: part of a change already counted. */
const CONTINUATIONS = new WeakSet<Entry>();

/** How many changes the posts leave out: the listed ones not shown, and those no entry stands for. */
const leftOut = (input: LayoutInput, left: readonly Entry[]): number =>
  left.filter((entry) => !entry.prose && !CONTINUATIONS.has(entry)).length + input.unshownChanges;

/** The "+N more" line for a post that leaves `left` out. */
function moreLine(input: LayoutInput, left: readonly Entry[]): string | null {
  const count = leftOut(input, left);
  if (count === 0) return null;
  return input.phrases.more(count, input.unshownChanges > 0 ? null : sharedKind(left));
}

function single(input: LayoutInput, packer: Packer): Layout {
  const { shown, rest } = packer.fill(input.ranked, (items, left) => packer.post(0, 0, items, moreLine(input, left)), true, true);
  const text = packer.post(0, 0, shown, moreLine(input, rest));
  return { posts: [text], omitted: leftOut(input, rest) };
}

/** Re-splits the entries of the last two posts (the first one included) so that the last one is no crumb. */
function balance(packer: Packer, posts: Shown[][], total: number, closing: string | null, limit: number): void {
  if (posts.length < 2) return;
  const last = posts.length - 1;
  const crumb = packer.measure(packer.post(last, total, posts[last] ?? [], closing));
  if (crumb !== null && crumb >= limit / 2) return;
  const all = [...(posts[last - 1] ?? []), ...(posts[last] ?? [])];
  let best: [Shown[], Shown[]] | null = null;
  let bestShorter = -1;
  for (let split = 1; split < all.length; split += 1) {
    const before = packer.measure(packer.post(last - 1, total, all.slice(0, split), null));
    const after = packer.measure(packer.post(last, total, all.slice(split), closing));
    if (before === null || after === null) continue;
    if (Math.min(before, after) > bestShorter) {
      bestShorter = Math.min(before, after);
      best = [all.slice(0, split), all.slice(split)];
    }
  }
  if (best) [posts[last - 1], posts[last]] = best;
}

/**
 * The last reply of a long thread that balancing left a crumb (one short change, a side sentence) goes: its change
 * is counted in the pointer the post before now closes with. Returns what the thread then leaves out, or null when it stays.
 */
function withoutCrumb(input: LayoutInput, packer: Packer, posts: Shown[][], total: number, left: readonly Entry[]): Entry[] | null {
  // A short thread keeps its last change: its post is short, but the thread stays whole.
  if (posts.length < 4) return null;
  const last = posts.length - 1;
  const crumb = posts[last] ?? [];
  const length = packer.measure(packer.post(last, total, crumb, pointer(input, left)));
  if (length === null || length >= input.rules.maxLength / 2 || crumb.filter(({ entry }) => !entry.prose).length > 1) return null;
  const rest = [...crumb.map(({ entry }) => packer.origin(entry)), ...left];
  const newTotal = total > 0 ? total - 1 : 0;
  if (packer.measure(packer.post(last - 1, newTotal, posts[last - 1] ?? [], pointer(input, rest))) === null) return null;
  posts.pop();
  return rest;
}

/** The closing line of a thread that leaves changes out. */
function pointer(input: LayoutInput, left: readonly Entry[]): string | null {
  const count = leftOut(input, left);
  return count > 0 ? input.phrases.moreInNotes(count) : null;
}

interface ThreadPlan {
  first: Shown[];
  replies: Shown[][];
  left: Entry[];
}

/** Packs the first post and the replies, at most `maxPosts` in all; the last one closes with the pointer. */
function planThread(input: LayoutInput, packer: Packer, total: number): ThreadPlan {
  const first = packer.fill(input.ranked, (items) => packer.post(0, total, items, null), false, true);
  const replies: Shown[][] = [];
  let left = first.rest;
  while (left.length > 0 && 1 + replies.length < input.maxPosts) {
    const index = 1 + replies.length;
    const last = index === input.maxPosts - 1;
    const post = packer.fill(left, (items, rest) => packer.post(index, total, items, last ? pointer(input, rest) : null), false, true);
    if (post.shown.length === 0) break;
    replies.push(post.shown);
    left = post.rest;
  }
  // The closing pointer must fit the last reply: what does not make room for it is left out.
  const lastReply = replies.at(-1);
  while (lastReply && lastReply.length > 1 && packer.measure(packer.post(replies.length, total, lastReply, pointer(input, left))) === null) {
    const moved = lastReply.pop();
    if (moved) left = [packer.origin(moved.entry), ...left];
  }
  return { first: first.shown, replies, left };
}

function thread(input: LayoutInput, packer: Packer): Layout {
  // Everything fits the first post: it is a single post that says what it leaves out.
  const whole = packer.fill(input.ranked, (items) => packer.post(0, 0, items, null), false, true);
  if (whole.rest.length === 0 || input.maxPosts === 1) return single(input, packer);
  // Numbered posts must agree with their count: lay out again until they do (each pass only frees room).
  let total = input.numbering ? input.maxPosts : 0;
  let plan = planThread(input, packer, total);
  for (let pass = 0; input.numbering && pass < 4 && 1 + plan.replies.length !== total; pass += 1) {
    total = 1 + plan.replies.length;
    plan = planThread(input, packer, total);
  }
  if (plan.replies.length === 0) return single(input, packer);
  if (input.numbering) total = 1 + plan.replies.length;
  let closing = pointer(input, plan.left);
  const shown = [plan.first, ...plan.replies];
  balance(packer, shown, total, closing, input.rules.maxLength);
  const dropped = withoutCrumb(input, packer, shown, total, plan.left);
  if (dropped) {
    if (input.numbering) total = shown.length;
    closing = pointer(input, dropped);
  }
  const posts = shown.map((items, index) => packer.post(index, total, items, index === shown.length - 1 ? closing : null));
  return { posts, omitted: leftOut(input, plan.left) };
}

export function layOut(input: LayoutInput): Layout {
  const packer = new Packer(input);
  return input.thread ? thread(input, packer) : single(input, packer);
}
