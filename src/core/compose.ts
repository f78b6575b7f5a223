// CONTRACT STUB (owned by the composer work): turns a release into the posts to send. Pure.
import type { ComposeOptions, Post, Release } from "./types.js";

export const DEFAULT_TEMPLATE = "{repo} {version} is out!\n\n{notes}\n\n{url}";
export const MAX_LENGTH_LIMIT = 25_000;
/** Threads longer than this are refused with a clear error rather than flooding followers. */
export const MAX_THREAD_POSTS = 25;

/** Throws ReleaseTweetError (code ETEMPLATE) naming an unknown or unclosed placeholder. */
export function validateTemplate(_template: string): void {
  throw new Error("not implemented");
}

/** X's weighted length (twitter-text v3 config: URL = 23, CJK/emoji = 2, NFC first). */
export function weightedLength(_text: string): number {
  throw new Error("not implemented");
}

/** One post, or a thread when options.thread is set; every post within options.maxLength. */
export function compose(_release: Release, _options: ComposeOptions = {}): Post[] {
  throw new Error("not implemented");
}
