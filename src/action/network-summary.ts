// The Action's job summary and dry-run listing for Bluesky and Mastodon (and for any network that failed outright),
// beside X's in summary.ts. Pure; never sees a credential.
import { describeError } from "../core/errors.js";
import type { Post } from "../core/types.js";
import type { NetworkResult } from "../announce/publish.js";
import { NETWORK_NAME, type Network } from "../announce/settings.js";
import { fence } from "./summary.js";

const UNIT: Record<Network, string> = { x: "weighted", bluesky: "graphemes", mastodon: "characters" };

/** The dry-run log of one network: a title, and each post as `release-tweet preview` frames it, with its length. */
export function formatNetworkDryRun(network: Network, posts: readonly Post[], limit: number): { title: string; body: string } {
  const blocks = posts.map(
    (post, index) => `── post ${index + 1} of ${posts.length} ──\n${post.text}\n── ${post.weightedLength}/${limit} ${UNIT[network]} ──`,
  );
  const count = posts.length === 1 ? "1 post" : `${posts.length} posts`;
  return { title: `Dry run: ${count} would be sent to ${NETWORK_NAME[network]}; nothing is posted.`, body: blocks.join("\n\n") };
}

/** A network's section of the job summary for a dry run. */
export function networkDryRunSummary(network: Network, posts: readonly Post[]): string {
  return section(`Dry run: nothing was posted to ${NETWORK_NAME[network]}`, [], posts.map((post) => ({ text: post.text, head: undefined })));
}

/** A network's section of the job summary for its result. */
export function networkSummary(result: NetworkResult): string {
  const name = NETWORK_NAME[result.network];
  const total = result.composed.length;
  const label = (index: number) => (total > 1 ? `Post ${index + 1} of ${total}` : "Post");
  const link = (url: string | null) => (url ? `[${url}](${url})` : "posted");
  const posts = result.composed.map((post, index) => {
    const made = result.posts[index];
    const head = made ? `**${label(index)}:** ${link(made.url)}${made.alreadyPosted ? " (posted by an earlier run)" : ""}` : `**${label(index)}:** not posted`;
    return { text: post.text, head };
  });
  switch (result.status) {
    case "posted": {
      const earlier = result.posts.filter((post) => post.alreadyPosted).length;
      const note = earlier > 0 ? [`${earlier} of ${total} posts existed from an earlier run; the rest were posted now.`] : [];
      return section(`Announced on ${name}`, note, posts);
    }
    case "already-posted":
      return section(`Already announced on ${name}: nothing new was posted`, [], posts);
    case "partly-posted":
      return section(
        `Partly posted on ${name}: the thread is incomplete`,
        [`${result.posts.length} of ${total} posts exist. ${describeError(result.error)}`],
        posts,
      );
    case "failed":
      return section(`Not posted on ${name}`, [describeError(result.error)], posts.map((post) => ({ text: post.text, head: undefined })));
  }
}

function section(heading: string, paragraphs: readonly string[], posts: ReadonlyArray<{ text: string; head: string | undefined }>): string {
  const lines = [`### ${heading}`, ""];
  for (const paragraph of paragraphs) lines.push(paragraph, "");
  posts.forEach((post, index) => {
    lines.push(post.head ?? `**${posts.length > 1 ? `Post ${index + 1} of ${posts.length}` : "Post"}**`, "", fence(post.text), "");
  });
  return lines.join("\n");
}
