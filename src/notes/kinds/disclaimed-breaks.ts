// A change the notes file under "Breaking Changes" while saying it breaks nothing: what a post shows of it is what
// changed (its first sentence) and that it is not expected to break (the clause that says so), not the paragraph of
// reasons between them. Without the second, the notes' "Breaking Changes" label above it would mislead.
import { sentences } from "../text/cleanup.js";
import { disclaimerAt } from "./kinds.js";

// Where a clause starts inside a sentence: after a comma or semicolon in any script.
const CLAUSE_BREAK = /[,，;；、]\s*/gu;
// "but", "however", "但是", "不过", "ただし", "하지만": the turn that opens a disclaiming clause, which says nothing alone.
const TURN = /^(?:but|however|though|although|yet|but still|但是|但|不过|然而|只是|ただし|しかし|하지만|그러나)[,，\s]*/iu;

/** The clause of `sentence` that holds its disclaimer, without the turn that opened it; the sentence if none. */
function disclaimingClause(sentence: string): string {
  const at = disclaimerAt(sentence);
  if (at < 0) return sentence;
  let start = 0;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) if (match.index + match[0].length <= at) start = match.index + match[0].length;
  const next = sentence.slice(at).search(/[,，;；]/u);
  const clause = sentence.slice(start, next < 0 ? undefined : at + next).replace(TURN, "").trim();
  if (clause === "") return sentence;
  const closed = /[.。!！?？]$/u.test(clause) ? clause : `${clause}${/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(clause) ? "。" : "."}`;
  return closed.charAt(0).toUpperCase() + closed.slice(1);
}

/** What changed and that it is not expected to break: the first sentence, then the disclaiming clause where a later
 *  sentence says it. The text as it is where it is one sentence or the first already disclaims. */
export function withDisclaimer(text: string): string {
  const said = sentences(text);
  const first = said[0];
  if (first === undefined || said.length < 2 || disclaimerAt(first) >= 0) return text;
  const later = said.slice(1).find((sentence) => disclaimerAt(sentence) >= 0);
  if (later === undefined) return text;
  const clause = disclaimingClause(later);
  const joint = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}。]$/u.test(first) ? "" : " ";
  return `${first}${joint}${clause}`;
}
