// Builds the job summary (Markdown) and the dry-run listing from the posts; pure, never sees a credential.
import type { Post } from "../core/types.js";

export interface SummaryPost {
  text: string;
  url: string | null;
}

export type SummaryOutcome = (
  | { kind: "posted"; posts: SummaryPost[] }
  | { kind: "already-posted"; posts: SummaryPost[] }
  | { kind: "dry-run"; posts: SummaryPost[] }
  /**
   * A thread that broke off: the first `posted` of `posts` exist (url null when X did not say which), the rest do not.
   * `replyRefused`: X refused a reply, which a re-run meets again.
   */
  | { kind: "partly-posted"; posts: SummaryPost[]; posted: number; replyRefused?: boolean }
) & {
  /** Lines said after the heading: the image, what the run costs (src/x/cost.ts). */
  notes?: string[];
};

const HEADINGS: Record<SummaryOutcome["kind"], string> = {
  posted: "Announced on X",
  "already-posted": "Already announced on X: nothing new was posted",
  "dry-run": "Dry run: nothing was posted to X",
  "partly-posted": "Partly posted on X: the thread is incomplete",
};

export function buildSummary(outcome: SummaryOutcome): string {
  const { posts } = outcome;
  const lines = [`### ${HEADINGS[outcome.kind]}`, ""];
  if (outcome.kind === "partly-posted") {
    const next = outcome.replyRefused
      ? "X refused a reply (since 2026-02-23 it restricts replies from self-serve apps): post the others by hand as replies to the last post that exists, or set `thread: false` to announce in one post."
      : "Running the job again posts only the missing ones, each as a reply to the post before it.";
    lines.push(`${outcome.posted} of ${posts.length} posts exist; the others did not get posted. ${next}`, "");
  }
  for (const note of outcome.notes ?? []) lines.push(note, "");
  posts.forEach((post, index) => {
    const label = posts.length > 1 ? `Post ${index + 1} of ${posts.length}` : "Post";
    let head: string;
    if (outcome.kind === "partly-posted" && index >= outcome.posted) head = `**${label}:** not posted`;
    else if (post.url) head = `**${label}:** [${post.url}](${post.url})`;
    else if (outcome.kind === "partly-posted") head = `**${label}:** posted (X did not return its id)`;
    else head = `**${label}**`;
    lines.push(head, "", fence(post.text), "");
  });
  return lines.join("\n");
}

/** The dry-run log: a title, and each post exactly as it would be sent, framed as `release-tweet preview` frames it. */
export function formatDryRun(posts: Post[], maxLength: number): { title: string; body: string } {
  const blocks = posts.map(
    (post, index) =>
      `── post ${index + 1} of ${posts.length} ──\n${post.text}\n── ${post.weightedLength}/${maxLength} ──`,
  );
  const count = posts.length === 1 ? "1 post" : `${posts.length} posts`;
  return { title: `Dry run: ${count} would be sent to X; nothing is posted.`, body: blocks.join("\n\n") };
}

// A code fence longer than any backtick run in the text, so release notes cannot break out of it.
export function fence(text: string): string {
  const longestRun = Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
  const marks = "`".repeat(Math.max(3, longestRun + 1));
  return `${marks}text\n${text}\n${marks}`;
}
