// A sentence that opens on a pure explanation of the sentence before ("That's because…", "This means…", "which is
// why…", "这意味着…", "つまり…") reads only right after what it explains. A thread that does not show that sentence
// right before it would open a post, or a block, mid-argument: such a sentence goes with its antecedent or not at all.
import type { Entry } from "../model.js";

// The openers of a pure explanation of the sentence before: what they explain must come first. (Narrower than
// leansBack in thread-order.ts, which uses this list too: "Thus the editor now starts in under a second", "It also adds
// X", "因此我们移除了旧接口" state a change of their own, and stay.) The post-check mid-argument reads the same list, and
// change-statement.ts counts these openers as framing.
const MID_ARGUMENT =
  /^(?:(?:that|this)(?:'s|’s| is| was) (?:because|why)\b|(?:this|that|which) (?:means|meant)\b|which is why\b|in other words\b|这意味着|這意味著|这是因为|這是因為|也就是说|也就是說|つまり)/iu;

/** True when `text` opens mid-argument: on a pure explanation of the sentence before it. */
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
