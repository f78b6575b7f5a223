// What every network's thread publisher returns and throws, so the doors treat X, Bluesky and Mastodon alike.
import { ReleaseTweetError } from "./errors.js";

export type NetworkName = "bluesky" | "mastodon";

export const NETWORK_LABEL: Record<NetworkName, string> = { bluesky: "Bluesky", mastodon: "Mastodon" };

/** One post that exists on a network. `alreadyPosted`: it existed before this run (an earlier run made it). */
export interface PublishedPost {
  /** The network's id: an at:// URI on Bluesky, a status id on Mastodon. */
  id: string;
  /** The post's web page. */
  url: string;
  text: string;
  alreadyPosted: boolean;
}

export interface ThreadResult {
  posts: PublishedPost[];
  /** True when every post of the thread already existed: nothing new was posted. */
  alreadyPosted: boolean;
}

/**
 * The first `posted.length` posts of a thread of `total` exist, the rest do not. On Bluesky and Mastodon a re-run is
 * safe (record keys, idempotency keys): it posts only the missing ones.
 */
const PARTIAL_CODE: Record<NetworkName, string> = { bluesky: "EBLUESKYTHREADPARTIAL", mastodon: "EMASTODONTHREADPARTIAL" };

export class NetworkThreadPartialError extends ReleaseTweetError {
  readonly network: NetworkName;
  readonly posted: readonly PublishedPost[];
  readonly total: number;

  constructor(network: NetworkName, posted: PublishedPost[], total: number, reason: string, fix: string, cause?: unknown) {
    const label = NETWORK_LABEL[network];
    const missing = Array.from({ length: total - posted.length }, (_, i) => posted.length + i + 1);
    const exist =
      posted.length === 0
        ? "none of its posts exist"
        : `post${posted.length === 1 ? "" : "s"} ${posted.map((p, i) => `${i + 1} (${p.url})`).join(", ")} of ${total} exist`;
    super(
      PARTIAL_CODE[network],
      `The ${label} thread was only partly posted: ${exist}; post${missing.length === 1 ? "" : "s"} ${missing.join(", ")} did not get posted. ${reason}`,
      fix,
      { docs: "troubleshooting", cause },
    );
    this.network = network;
    this.posted = [...posted];
    this.total = total;
  }

  /** Post `index` (0-based) of a thread failed with `error` after `posted` went out; `rerun` says why a re-run is safe. */
  static atPost(network: NetworkName, posted: PublishedPost[], total: number, index: number, error: unknown, rerun: string): NetworkThreadPartialError {
    const reason = error instanceof Error ? error.message : String(error);
    return new NetworkThreadPartialError(network, posted, total, `Post ${index + 1} failed: ${reason}`, `Fix the cause above, then run the job again. ${rerun}`, error);
  }
}

/** Retries of one request: attempts (the first included) and the waits before the 2nd, 3rd… */
export interface NetworkRetryPolicy {
  attempts: number;
  delaysMs: readonly number[];
}

export const NETWORK_RETRY_POLICY: NetworkRetryPolicy = { attempts: 3, delaysMs: [1_000, 3_000] };

export const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
