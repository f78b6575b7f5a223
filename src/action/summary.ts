// Builds the job summary (Markdown) and the dry-run listing from the posts; pure, never sees a credential.
import type { Post } from "../core/types.js";

export interface SummaryPost {
  text: string;
  url: string | null;
}

export type SummaryOutcome =
  | { kind: "posted"; posts: SummaryPost[] }
  | { kind: "already-posted"; posts: SummaryPost[] }
  | { kind: "dry-run"; posts: SummaryPost[] };

const HEADINGS: Record<SummaryOutcome["kind"], string> = {
  posted: "Announced on X",
  "already-posted": "Already announced on X: nothing new was posted",
  "dry-run": "Dry run: nothing was posted to X",
};

export function buildSummary(outcome: SummaryOutcome): string {
  const { posts } = outcome;
  const lines = [`### ${HEADINGS[outcome.kind]}`, ""];
  posts.forEach((post, index) => {
    const label = posts.length > 1 ? `Post ${index + 1} of ${posts.length}` : "Post";
    lines.push(post.url ? `**${label}:** [${post.url}](${post.url})` : `**${label}**`, "", fence(post.text), "");
  });
  return lines.join("\n");
}

/** The dry-run log: each post exactly as it would be sent, framed the way `release-tweet preview` frames it. */
export function formatDryRun(posts: Post[], maxLength: number): string {
  const blocks = posts.map(
    (post, index) =>
      `── post ${index + 1} of ${posts.length} ──\n${post.text}\n── ${post.weightedLength}/${maxLength} ──`,
  );
  const count = posts.length === 1 ? "1 post" : `${posts.length} posts`;
  return [`Dry run: ${count} would be sent to X; nothing is posted.`, ...blocks].join("\n\n");
}

// A code fence longer than any backtick run in the text, so release notes cannot break out of it.
function fence(text: string): string {
  const longestRun = Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
  const marks = "`".repeat(Math.max(3, longestRun + 1));
  return `${marks}text\n${text}\n${marks}`;
}
