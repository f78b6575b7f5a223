// Turns a release into the posts to send: template + notes cut (or threaded) to X's weighted length. Pure.
import { ReleaseTweetError } from "../core/errors.js";
import { ELLIPSIS, ELLIPSIS_WEIGHT, cutToBudget, weightWithin } from "./cut.js";
import { readNotes, type NoteLine, type NotesReader } from "./markdown.js";
import { quietMentions } from "./mentions.js";
import { sanitizeField } from "./sanitize.js";
import { DEFAULT_MAX_LENGTH, MAX_LENGTH_LIMIT, maxLengthProblem } from "../core/setting-rules.js";
import { parseTemplate, renderTemplate, type ParsedTemplate, type TemplateValues } from "./template.js";
import { weightedLength } from "./x-text.js";
import type { ComposeOptions, Post, Release, SettingNames } from "../core/types.js";

export const DEFAULT_TEMPLATE = "{repo} {version} is out!\n\n{notes}\n\n{url}";
export { DEFAULT_MAX_LENGTH, MAX_LENGTH_LIMIT };
/** Threads longer than this are refused with a clear error rather than flooding followers. */
export const MAX_THREAD_POSTS = 25;

export { weightedLength };

/** Throws ReleaseTweetError (code ETEMPLATE) naming an unknown or unclosed placeholder. */
export function validateTemplate(template: string): void {
  parseTemplate(template);
}

/** A line of notes as it appears in a post. */
interface Piece {
  kind: NoteLine["kind"];
  text: string;
}

function itemMarker(depth: number): string {
  return depth === 0 ? "\u2022 " : `${"  ".repeat(depth)}\u25E6 `;
}

function pieceOf(line: NoteLine): Piece {
  if (line.kind !== "item") return { kind: line.kind, text: line.text };
  return { kind: "item", text: itemMarker(line.depth) + line.text };
}

/** The bullet an item piece starts with ("" for labels, paragraphs and the rest of an item already cut). */
function markerOf(piece: Piece): string {
  return piece.kind === "item" ? (/^ *[\u2022\u25E6] /u.exec(piece.text)?.[0] ?? "") : "";
}

/** Items follow each other and their label on the next line; other blocks are a paragraph apart. */
function separator(previous: Piece | undefined, next: Piece): string {
  if (!previous) return "";
  return previous.kind === "heading" || (previous.kind === "item" && next.kind === "item") ? "\n" : "\n\n";
}

function join(pieces: readonly Piece[]): string {
  return pieces.map((piece, index) => separator(pieces[index - 1], piece) + piece.text).join("");
}

/** The notes as pieces, pulled from the lazy reader only as far as packing looks. */
class Pieces {
  private readonly seen: Piece[] = [];
  private finished = false;
  constructor(private readonly reader: NotesReader) {}

  at(index: number): Piece | undefined {
    while (this.seen.length <= index && !this.finished) {
      const next = this.reader.lines.next();
      if (next.done) this.finished = true;
      else this.seen.push(pieceOf(next.value));
    }
    return this.seen[index];
  }
  progress(): number {
    return this.reader.progress();
  }
}

/** Where packing resumes: piece `index`, or `partial` — the rest of that piece after a cut. */
interface Cursor {
  index: number;
  partial: Piece | null;
}

const current = (pieces: Pieces, cursor: Cursor): Piece | undefined => cursor.partial ?? pieces.at(cursor.index);
const advance = (cursor: Cursor): Cursor => ({ index: cursor.index + 1, partial: null });

interface Packed {
  text: string;
  next: Cursor;
}

/**
 * Fills `budget` from `cursor`: whole pieces first. A single post then uses the rest of the room for the start
 * of the next piece, cut at a sentence or word boundary with "…" (or ends with a "…" line); a thread post
 * stops at a piece boundary and only cuts a piece when nothing else fits. `mustProgress` (replies) cuts even
 * a label rather than return nothing. Looks at no more than `maxPieces` whole pieces (to make room for "…").
 */
function pack(
  pieces: Pieces,
  cursor: Cursor,
  budget: number,
  mode: "single" | "thread",
  mustProgress: boolean,
  maxPieces = Infinity,
): Packed {
  const taken: Piece[] = [];
  const before: Cursor[] = [];
  let used = 0;
  let at = cursor;
  for (let next = current(pieces, at); next && taken.length < maxPieces; next = current(pieces, at)) {
    const gap = separator(taken.at(-1), next);
    const weight = weightWithin(next.text, budget - used - gap.length);
    if (weight === null) break;
    taken.push(next);
    before.push(at);
    used += gap.length + weight;
    at = advance(at);
  }
  const overflow = current(pieces, at);
  if (!overflow) return { text: join(taken), next: at };

  // `wordsRequired`: a cut that keeps only an item's bullet ("•…") is no cut; the post then ends with a "…" line.
  const cut = (kept: readonly Piece[], piece: Piece, from: Cursor, wordsRequired: boolean): Packed | null => {
    const base = join(kept);
    const gap = kept.length > 0 ? separator(kept.at(-1), piece) : "";
    const room = budget - (base ? weightedLength(base) : 0) - gap.length - ELLIPSIS_WEIGHT;
    const head = cutToBudget(piece.text, room);
    if (!head || (wordsRequired && head.trim().length <= markerOf(piece).trim().length)) return null;
    const rest = piece.text.slice(head.length).trimStart();
    return {
      text: `${base}${gap}${head}${ELLIPSIS}`,
      next: rest ? { index: from.index, partial: { kind: piece.kind, text: rest } } : advance(from),
    };
  };
  const onlyLabels = taken.every((piece) => piece.kind === "heading");
  if (overflow.kind !== "heading" && (mode === "single" || onlyLabels)) {
    const packed = cut(taken, overflow, at, true);
    if (packed) return packed;
  }
  // Ending at a piece boundary: a label with nothing under it belongs with what follows.
  while (taken.at(-1)?.kind === "heading") {
    taken.pop();
    at = before.pop() ?? at;
  }
  const base = join(taken);
  if (mode === "thread") {
    const next = current(pieces, at);
    if (taken.length === 0 && mustProgress && next) return cut([], next, at, false) ?? { text: "", next: at };
    return { text: base, next: at };
  }
  // A single post ending on a whole piece: a line of its own says there is more.
  const baseWeight = base ? weightedLength(base) : 0;
  if (baseWeight + (base ? 1 : 0) + ELLIPSIS_WEIGHT <= budget) {
    return { text: base ? `${base}\n${ELLIPSIS}` : ELLIPSIS, next: at };
  }
  if (taken.length === 0) return { text: "", next: at };
  return pack(pieces, cursor, budget, mode, mustProgress, taken.length - 1);
}

function fail(code: string, message: string, fix: string, docs = "templates"): ReleaseTweetError {
  return new ReleaseTweetError(code, message, fix, { docs });
}

interface Settings {
  template: ParsedTemplate;
  maxLength: number;
  thread: boolean;
  names: SettingNames;
}

const PLUGIN_NAMES: SettingNames = { maxLength: "maxLength", thread: "thread" };

function checkOptions(options: ComposeOptions): Settings {
  const names = options.settingNames ?? PLUGIN_NAMES;
  const maxLength: unknown = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const problem = maxLengthProblem(maxLength);
  if (problem !== undefined || typeof maxLength !== "number") {
    throw fail(
      "EMAXLENGTH",
      `${names.maxLength} ${problem}, not ${JSON.stringify(maxLength)}.`,
      `Use 280 for a standard X account, or up to ${MAX_LENGTH_LIMIT} with X Premium.`,
    );
  }
  const thread: unknown = options.thread;
  if (thread !== undefined && typeof thread !== "boolean") {
    throw fail("ETHREAD", `${names.thread} must be true or false, not ${JSON.stringify(thread)}.`, `Set ${names.thread} to true or false.`);
  }
  return { template: parseTemplate(options.template ?? DEFAULT_TEMPLATE), maxLength, thread: thread === true, names };
}

/** Replies are the notes alone. */
const passThrough = (notes: string): string => notes;

/** Packs one post and checks it with twitter-text; in the rare case the sum of parts was off, packs tighter. */
function exactPost(
  pieces: Pieces,
  cursor: Cursor,
  budget: number,
  maxLength: number,
  mode: "single" | "thread",
  render: (notes: string) => string,
): Post & { next: Cursor } {
  let room = budget;
  for (let attempt = 0; attempt < 8 && room > 0; attempt += 1) {
    const packed = pack(pieces, cursor, room, mode, render === passThrough);
    const text = render(packed.text);
    const length = weightedLength(text);
    if (length <= maxLength) return { text, weightedLength: length, next: packed.next };
    room -= length - maxLength;
  }
  const text = render("");
  return { text, weightedLength: weightedLength(text), next: cursor };
}

/** One post, or a thread when options.thread is set; every post within options.maxLength. */
export function compose(release: Release, options: ComposeOptions = {}): Post[] {
  const { template, maxLength, thread, names } = checkOptions(options);
  const values: TemplateValues = {
    // Like the notes, the release's own fields come from GitHub or npm: an @handle there is not an X account.
    version: quietMentions(sanitizeField(release.version)),
    tag: quietMentions(sanitizeField(release.tag)),
    name: quietMentions(sanitizeField(release.name)),
    repo: quietMentions(sanitizeField(release.repo)),
    owner: quietMentions(sanitizeField(release.owner)),
    url: sanitizeField(release.url),
    notes: "",
  };
  const pieces = new Pieces(readNotes(template.uses.notes > 0 ? release.notes : null));
  const start: Cursor = { index: 0, partial: null };
  const hasNotes = pieces.at(0) !== undefined;
  const render = (notes: string): string => renderTemplate(template, { ...values, notes });

  const fixedWeight = weightedLength(hasNotes ? renderTemplate(template, values, ["notes"]) : render(""));
  if (fixedWeight > maxLength) {
    throw fail(
      "ETEMPLATETOOLONG",
      `The post without any notes is already ${fixedWeight} characters as X counts them, over the limit of ${maxLength}.`,
      `Shorten the template (or the release name), or raise ${names.maxLength} if your account allows longer posts.`,
    );
  }
  const mode = thread ? "thread" : "single";
  const budget = Math.floor((maxLength - fixedWeight) / Math.max(1, template.uses.notes));
  const first = exactPost(pieces, start, budget, maxLength, mode, render);
  if (first.text.trim() === "") {
    throw fail(
      "EEMPTYPOST",
      "The post would be empty: the template's placeholders and the release notes are all empty.",
      "Pass a version, tag, URL or notes, or put fixed text in the template.",
    );
  }
  const posts: Post[] = [{ text: first.text, weightedLength: first.weightedLength }];
  if (!thread) return posts;

  let cursor = first.next;
  while (current(pieces, cursor)) {
    // Past the limit, count on only while the whole body is already parsed (else estimate below).
    if (posts.length > MAX_THREAD_POSTS && (pieces.progress() < 1 || posts.length >= MAX_THREAD_POSTS * 4)) break;
    const reply = exactPost(pieces, cursor, maxLength, maxLength, "thread", passThrough);
    if (!reply.text.trim()) {
      throw fail(
        "ETHREAD",
        `${names.maxLength} ${maxLength} is too small to continue these notes in replies (a link alone counts 23).`,
        `Raise ${names.maxLength}, or turn off ${names.thread}.`,
      );
    }
    posts.push({ text: reply.text, weightedLength: reply.weightedLength });
    cursor = reply.next;
  }
  if (posts.length > MAX_THREAD_POSTS) {
    const exact = !current(pieces, cursor);
    const needed = exact ? posts.length : Math.max(posts.length + 1, Math.ceil(posts.length / Math.max(pieces.progress(), 1e-6)));
    throw fail(
      "ETHREADTOOLONG",
      `These notes need ${exact ? "" : "about "}${needed} posts as a thread at ${maxLength} characters each, more than the limit of ${MAX_THREAD_POSTS}.`,
      `Raise ${names.maxLength} (up to ${MAX_LENGTH_LIMIT} with X Premium), shorten the release notes, or turn off ${names.thread} to post one shortened post.`,
    );
  }
  return posts;
}
