// What a run's results mean as a whole, in words every door uses: which networks are done, which failed, and why
// running again is safe. Pure.
import { ReleaseTweetError } from "../core/errors.js";
import type { NetworkResult } from "./publish.js";
import { NETWORK_NAME } from "./settings.js";

/** A network that did not end with every post in place. */
export function isFailure(result: NetworkResult): boolean {
  return result.status === "failed" || result.status === "partly-posted";
}

function names(results: readonly NetworkResult[]): string {
  const list = results.map((result) => NETWORK_NAME[result.network]);
  return list.length <= 1 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} and ${list.at(-1)!}`;
}

/** "Announced on X and Mastodon; Bluesky failed." (or "partly posted"), for a run where at least one network failed. */
export function outcomeLine(results: readonly NetworkResult[]): string {
  const done = results.filter((result) => !isFailure(result));
  const failed = results.filter((result) => result.status === "failed");
  const partly = results.filter((result) => result.status === "partly-posted");
  const parts = [
    done.length > 0 ? `Announced on ${names(done)}` : "",
    partly.length > 0 ? `the thread on ${names(partly)} was only partly posted` : "",
    failed.length > 0 ? `${names(failed)} failed` : "",
  ].filter(Boolean);
  const line = parts.join("; ");
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;
}

/**
 * Why a second run posts nothing twice, for the networks of this run: Bluesky and Mastodon continue from the posts
 * that exist (record keys, Idempotency-Key), X refuses a copy of a post it already has.
 */
export function rerunNote(results: readonly NetworkResult[]): string {
  const keyed = results.filter((result) => result.network !== "x");
  const parts = [
    keyed.length > 0 ? `${names(keyed)} ${keyed.length === 1 ? "continues" : "continue"} from the posts that exist` : "",
    results.some((result) => result.network === "x") ? "X refuses a second copy of a post it already has" : "",
  ].filter(Boolean);
  return `Running it again is safe: nothing is posted twice (${parts.join("; ")}).`;
}

/**
 * Several networks, some of which failed: one error per failed network (`errors`), the outcome of all of them
 * (`summary`) and what a re-run does (`rerun`). A door prints them in its own way.
 */
export class AnnouncementFailedError extends AggregateError {
  readonly results: readonly NetworkResult[];
  readonly summary: string;
  readonly rerun: string;

  constructor(results: readonly NetworkResult[]) {
    const failed = results.filter(isFailure);
    const summary = outcomeLine(results);
    super(
      failed.map((result) => result.error),
      summary,
    );
    this.name = "AnnouncementFailedError";
    this.results = results;
    this.summary = summary;
    this.rerun = rerunNote(results);
  }

  /** Every failure is an expected one (a catalogue error), so no stack trace is worth showing. */
  get expected(): boolean {
    return this.errors.every((error) => error instanceof ReleaseTweetError);
  }
}

/**
 * The error a run ends with, or undefined when every network is done. With one network it is that network's own error,
 * exactly as before there were several; with more, an AnnouncementFailedError.
 */
export function runFailure(results: readonly NetworkResult[]): unknown {
  const failed = results.filter(isFailure);
  if (failed.length === 0) return undefined;
  if (results.length === 1) return failed[0]!.error;
  return new AnnouncementFailedError(results);
}
