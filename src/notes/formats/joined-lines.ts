// Two changes on two lines of one item, which Markdown runs together ("remove `readOnly` prop" then "document `keyMap`
// prop was removed in migration guide", a changeset's summary and its second commit line): the second line opens a
// change of its own, so the lines are set apart with a semicolon, not read as one sentence. A hard-wrapped sentence
// breaks where the line is full, or after a word that leads on ("Fix a bug in" / "update handling"), or its first line
// opens with no change's verb ("Users can now" / "disable telemetry…"): it runs on.
import type { Token } from "markdown-it";

// A change's verb opening a line, in the imperative or the past ("document", "add", "removed", "fixes").
const CHANGE_VERB_START = /^(?:add|remove|fix|document|update|support|drop|deprecate|rename|allow|improve|bump|refactor|replace|move|expose|introduce|disable|enable|prevent|avoid|handle|migrate)(?:s|e?d)?(?:\s|$)/iu;
// A line that ends on a word that leads on: an article, preposition, conjunction or auxiliary.
const LEADS_ON = /(?:^|\s)(?:a|an|the|of|in|on|at|to|for|from|with|by|and|or|but|that|which|when|if|is|are|was|were|be|been|not|no|its|their|this|these|as|into|onto|than)$/iu;
// Up to this many characters a line was not wrapped for width.
const SHORT_LINE = 48;

/** The break after `line` (the text of the line so far) starts a change of its own on the next line. */
export function startsOwnChange(line: string, next: Token | undefined): boolean {
  // (Only its last clause: a changeset's line opens with its credit, "Thanks @x! - ".)
  const text = (line.split(/[.!?]\s+(?:-\s+)?|\s+-\s+/u).at(-1) ?? "").trim();
  if (next?.type !== "text" || text.length === 0 || text.length > SHORT_LINE || /[.!?:;,(\-–—]$/u.test(text) || LEADS_ON.test(text)) return false;
  // Both lines open with a change's verb: "Users can now" / "disable telemetry…" is one wrapped sentence.
  return CHANGE_VERB_START.test(text) && CHANGE_VERB_START.test(next.content) && text.split(/\s+/u).length >= 2;
}
