// Finding what an earlier run (or an attempt whose answer was lost) posted: the account's own recent posts, read only
// when X says a post exists already or does not say its id, and matched to the thread's posts by their text.
// X has no idempotency key (issue 13): this is how a re-run posts only the missing replies, each to the right parent.
import { ReleaseTweetError } from "../core/errors.js";
import { urlRanges } from "../notes/text/x-text.js";
import type { XClient } from "./client.js";

/** One of the account's own posts, as GET /2/users/:id/tweets gives it. */
export interface OwnPost {
  id: string;
  /** The whole text (a long post's note_tweet text), with X's HTML escapes (&amp; &lt; &gt;) and t.co links. */
  text: string;
  /** The post it replies to, or null. */
  replyTo: string | null;
  /** X's URL entities of that text: the t.co link, where it leads, and whether it is the link of attached media. */
  urls: OwnUrl[];
}

export interface OwnUrl {
  url: string;
  expandedUrl: string | null;
  media: boolean;
}

export interface TimelinePage {
  /** Newest first, as X lists them. */
  posts: OwnPost[];
  /** meta.next_token: older posts are on the next page. */
  nextToken: string | null;
}

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

function readUrls(entities: unknown): OwnUrl[] {
  const urls = isRecord(entities) && Array.isArray(entities.urls) ? entities.urls : [];
  return urls.filter(isRecord).flatMap((entity) => {
    const url = text(entity.url);
    if (url === null) return [];
    const display = text(entity.display_url) ?? "";
    // The link X appends for attached media carries a media_key, and reads pic.x.com (pic.twitter.com before).
    const media = typeof entity.media_key === "string" || /^pic\.(?:x|twitter)\.com\//.test(display);
    return [{ url, expandedUrl: text(entity.expanded_url), media }];
  });
}

/** The answer of GET /2/users/:id/tweets; null when it is not that answer. A page without posts has no `data`. */
export function parseTimelinePage(body: string): TimelinePage | null {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  if (value.data !== undefined && !Array.isArray(value.data)) return null;
  const posts = ((value.data as unknown[] | undefined) ?? []).filter(isRecord).flatMap((tweet): OwnPost[] => {
    const id = text(tweet.id);
    const note = isRecord(tweet.note_tweet) ? tweet.note_tweet : null;
    const body = text(note?.text) ?? text(tweet.text);
    if (id === null || !/^\d+$/.test(id) || body === null) return [];
    const refs = Array.isArray(tweet.referenced_tweets) ? tweet.referenced_tweets.filter(isRecord) : [];
    const replyTo = text(refs.find((ref) => ref.type === "replied_to")?.id) ?? null;
    return [{ id, text: body, replyTo, urls: readUrls(note ? note.entities : tweet.entities) }];
  });
  const meta = isRecord(value.meta) ? value.meta : {};
  return { posts, nextToken: text(meta.next_token) };
}

/** A text as both sides can compare it: NFC, every run of white space one space, trimmed; each link a marker. */
interface Shape {
  words: string;
  links: string[];
}

const LINK = "\u0000";

function shapeOf(value: string, linkOf: (found: string) => string): Shape {
  const normalized = value.normalize("NFC");
  const links: string[] = [];
  let words = "";
  let at = 0;
  for (const [start, end] of urlRanges(normalized)) {
    words += normalized.slice(at, start) + LINK;
    links.push(linkOf(normalized.slice(start, end)));
    at = end;
  }
  words += normalized.slice(at);
  return { words: words.replace(/\s+/g, " ").trim(), links };
}

// X escapes these three in `text` (and has been seen to escape quotes); &amp; last, so "&amp;lt;" stays "&lt;".
function unescapeX(value: string): string {
  return value
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}

/** The same place, the way a person reads a link: scheme, `www.`, letter case of the host and a final `/` aside. */
function sameLink(sent: string, shown: string): boolean {
  const key = (link: string): string => {
    const url = URL.parse(/^[a-z][a-z\d+.-]*:\/\//i.test(link) ? link : `http://${link}`);
    if (url === null) return link.toLowerCase();
    return `${url.hostname.replace(/^www\./, "")}${url.pathname.replace(/\/+$/, "")}${url.search}${url.hash}`;
  };
  return key(sent) === key(shown);
}

/**
 * True when `own` is the post release-tweet would send as `sent`. X stores the text NFC-normalized, shows it with
 * HTML escapes, every link as a t.co link (its URL entity says where it leads) and, with media, an extra t.co link
 * at the end: those differences aside, the words and the links must be the same. A link whose entity is missing is
 * compared by place only (the words around it still decide).
 */
export function isSamePost(sent: string, own: OwnPost): boolean {
  let shown = unescapeX(own.text);
  for (const entity of own.urls) if (entity.media) shown = shown.replaceAll(entity.url, " ");
  const expand = (found: string): string => own.urls.find((entity) => entity.url === found)?.expandedUrl ?? "";
  const ours = shapeOf(sent, (link) => link);
  const theirs = shapeOf(shown, expand);
  if (ours.words !== theirs.words || ours.links.length !== theirs.links.length) return false;
  return ours.links.every((link, index) => theirs.links[index] === "" || sameLink(link, theirs.links[index]!));
}

/** EXTHREADLOOKUP: X says the first post of the thread exists, but release-tweet cannot tell which replies do. */
export class ThreadLookupError extends ReleaseTweetError {
  constructor(reason: string, cause?: unknown) {
    super(
      "EXTHREADLOOKUP",
      `X says the first post of this thread exists already (an earlier run posted it), but ${reason} Nothing was posted.`,
      "Look at the account on x.com: if the thread is complete, nothing needs doing; otherwise post the missing replies by hand, each as a reply to the post before it.",
      { docs: "troubleshooting", cause },
    );
  }
}

export type LookupClient = Pick<XClient, "getMe" | "getOwnPosts">;

export interface LookupOptions {
  /** The thread's length: a page holds it and ten more posts the account may have made since. */
  threadLength: number;
  /** Timeline pages read at most in one run (each a request billed per post read). Default 3. */
  maxPages?: number;
  debug?: (line: string) => void;
}

/**
 * The account's recent posts, read lazily and at most `maxPages` pages in a run: one GET /2/users/me for the
 * account's id, then GET /2/users/:id/tweets. A post made after the last read sends the next search back to the
 * newest page; a search for a thread's first post may go on to an older page.
 */
export class ThreadLookup {
  readonly #client: LookupClient;
  readonly #pageSize: number;
  readonly #maxPages: number;
  readonly #debug: (line: string) => void;
  #userId: string | null = null;
  #known: OwnPost[] = [];
  #nextToken: string | null = null;
  #pagesRead = 0;
  #requests = 0;
  #postedSinceRead = false;

  constructor(client: LookupClient, options: LookupOptions) {
    this.#client = client;
    this.#pageSize = Math.min(100, Math.max(5, options.threadLength + 10));
    this.#maxPages = options.maxPages ?? 3;
    this.#debug = options.debug ?? (() => undefined);
  }

  /** Read requests sent so far (the account and the pages). */
  get requests(): number {
    return this.#requests;
  }

  /** A post was made: what was read before no longer shows the newest posts. */
  markPosted(): void {
    if (this.#pagesRead > 0) this.#postedSinceRead = true;
  }

  /** The account's post with this text replying to `parentId` (null: the thread's first post), among those read. */
  findKnown(sent: string, parentId: string | null): OwnPost | null {
    const candidates = this.#known.filter((own) => isSamePost(sent, own));
    if (parentId !== null) return candidates.find((own) => own.replyTo === parentId) ?? null;
    // The first post replies to nothing; a same-text post that is a reply is someone else's thread of ours.
    return candidates.find((own) => own.replyTo === null) ?? candidates[0] ?? null;
  }

  /** As findKnown, reading (more) posts when needed and allowed. Throws the read's ReleaseTweetError when it fails. */
  async find(sent: string, parentId: string | null): Promise<OwnPost | null> {
    for (;;) {
      const known = this.#postedSinceRead ? null : this.findKnown(sent, parentId);
      if (known) return known;
      if (this.#pagesRead >= this.#maxPages) return this.findKnown(sent, parentId);
      const fresh = this.#pagesRead === 0 || this.#postedSinceRead;
      // Older posts are worth a page only for the first post: a reply is never older than the post it answers.
      if (!fresh && (parentId !== null || this.#nextToken === null)) return null;
      await this.#read(fresh);
    }
  }

  async #read(fresh: boolean): Promise<void> {
    if (this.#userId === null) {
      this.#requests++;
      this.#userId = (await this.#client.getMe()).id;
    }
    this.#requests++;
    this.#pagesRead++;
    const page = await this.#client.getOwnPosts(this.#userId, {
      maxResults: this.#pageSize,
      ...(fresh || this.#nextToken === null ? {} : { paginationToken: this.#nextToken }),
    });
    this.#debug(`read ${page.posts.length} of the account's recent posts (page ${this.#pagesRead} of at most ${this.#maxPages})`);
    const seen = new Set(this.#known.map((own) => own.id));
    const fresher = page.posts.filter((own) => !seen.has(own.id));
    // Newest first throughout: a fresh page goes before what was known, an older one after it.
    this.#known = fresh ? [...fresher, ...this.#known] : [...this.#known, ...fresher];
    if (!fresh || this.#nextToken === null) this.#nextToken = page.nextToken;
    this.#postedSinceRead = false;
  }
}
