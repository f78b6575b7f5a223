// A sentence that opens on a word pointing back at an argument ("That's because…", "This means…", "However, …",
// "因此…", "そのため…", "그래서…") reads only right after what it points at. A thread that does not show that sentence
// right before it would open a post, or a block, mid-argument: such a sentence goes with its antecedent or not at all.
import type { Entry } from "./model.js";

// The openers of a reason, a consequence or a turn: what they point at must come first. (Narrower than leansBack in
// thread-order.ts: "Also, X now …" or "This release …" names a change of its own.)
const MID_ARGUMENT =
  /^(?:that(?:'s|’s| is| was) (?:because|why|how|where|when)|this (?:is|was) (?:because|why|how|where|when)|this (?:means|meant|way)|that (?:means|meant|way)|which (?:means|is why)|because of (?:this|that)|as a result|it also|however|so(?:,|\s+(?:we|you|it|this|that|now)\b)|hence|thus|therefore|consequently|in other words|for (?:this|that) reason|因此|所以|这意味着|這意味著|也就是说|そのため|このため|したがって|つまり|그래서|따라서|이 때문에|즉)/iu;

/** True when `text` opens mid-argument: on a reason, consequence or turn that points at the sentence before it. */
export function opensMidArgument(text: string): boolean {
  return MID_ARGUMENT.test(text.replace(/^[…\s"'“‘(（「]+/u, ""));
}

/**
 * `order` (a thread's entries in reading order) without the sentences that open mid-argument where the thread does
 * not read their antecedent, the notes' entry right before them, just before them. The notes' first paragraph leans on
 * the announcement the opener says, and a breaking change or security fix names a change of its own: those stay.
 */
export function withoutStrandedReasons(order: readonly Entry[], urgent: (entry: Entry) => boolean): Entry[] {
  const prose = order.filter((entry) => entry.prose);
  const firstParagraph = prose.length === 0 ? -1 : prose.reduce((a, b) => (b.order < a.order ? b : a)).paragraph;
  const kept: Entry[] = [];
  for (const entry of order) {
    const before = kept.at(-1);
    const stranded = entry.prose && entry.paragraph !== firstParagraph && !urgent(entry) && opensMidArgument(entry.text) && (before === undefined || !before.prose || before.order !== entry.order - 1);
    if (!stranded) kept.push(entry);
  }
  return kept;
}
