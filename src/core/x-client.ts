// CONTRACT STUB (owned by the X client work): the only module that talks HTTP to X, on undici.
import type { Dispatcher } from "undici";
import type { XCredentials } from "./types.js";

export interface XClientOptions {
  credentials: XCredentials;
  /** Default https://api.x.com */
  baseUrl?: string;
  dispatcher?: Dispatcher;
  /** Per-request timeout. */
  timeoutMs?: number;
  /** For tests: replaces real waiting between retries. */
  sleep?: (ms: number) => Promise<void>;
  /** Epoch milliseconds, for tests. */
  now?: () => number;
  /** Debug lines (never contain secrets). */
  debug?: (message: string) => void;
}

export interface PostResult {
  /** null when X answered "duplicate" after a retried POST: the post exists but its id is unknown. */
  id: string | null;
  url: string | null;
  alreadyPosted: boolean;
}

export class XClient {
  constructor(_options: XClientOptions) {
    throw new Error("not implemented");
  }
  /** POST /2/tweets. Throws ReleaseTweetError with an actionable message on every failure. */
  postTweet(_text: string, _options: { replyTo?: string } = {}): Promise<PostResult> {
    throw new Error("not implemented");
  }
  /** GET /2/users/me: checks the credentials (costs quota). */
  getMe(): Promise<{ id: string; username: string }> {
    throw new Error("not implemented");
  }
}
