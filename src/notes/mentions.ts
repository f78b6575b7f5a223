// Keeps release notes from notifying strangers on X: a GitHub @handle or an npm @scope is not the X account of
// the same name, yet X would turn it into a mention. A zero-width space after the "@" keeps the text as written
// (it weighs 1) while X no longer sees a mention. The template's own text is left alone: mentions there are meant.
import { mentionOffsets } from "./x-text.js";

const ZERO_WIDTH_SPACE = "\u200B";

export function quietMentions(text: string): string {
  if (!text.includes("@") && !text.includes("\uFF20")) return text;
  const offsets = mentionOffsets(text);
  if (offsets.length === 0) return text;
  let result = "";
  let from = 0;
  for (const at of offsets) {
    result += text.slice(from, at + 1) + ZERO_WIDTH_SPACE;
    from = at + 1;
  }
  return result + text.slice(from);
}
