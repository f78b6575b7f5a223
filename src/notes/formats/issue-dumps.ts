// Plain-text notes that paste their tracker's issue or pull-request list, a number then its title on each line
// ("#839 rose_auto_create_models: MetaSetups …", "#828 Wiederkehrende Rechnungen; …"), under a lead-in that names the
// tracker ("Bugfixes von Github-Issues (https://…/issues/):"). Markdown reads such a block as one paragraph: the whole
// dump of numbers would show as one change. Written over as the list it is, before the one Markdown parse: each line a
// change without its number (a reference nothing in a post can open), the lead-in its label, and the closing remark
// ("... und viele weitere gemergete PRs", "…and many more") gone. Pure; one pass over the lines.
import { FENCE } from "./line-blocks.js";

// A line that opens with an issue or pull-request number, then its title.
const NUMBERED = /^#\d{1,7}[ \t]+(?=\S)/u;
// A remark closing such a list that says more were left out: "... und viele weitere", "…and many more merged PRs".
const AND_MORE = /^(?:\.{3}|…)\s*(?:(?:and|und|et|y|e|plus|sowie)\s+)?(?:many|much|lots|viele|zahlreiche|weitere|more|plus de|beaucoup|muchos|muitos)\b/iu;

/** The notes with each block of two or more numbered lines written as a Markdown list under its lead-in. */
export function issueDumpsAsLists(source: string): string {
  if (!/^#\d{1,7}[ \t]+\S[^\n]*\n#\d{1,7}[ \t]+\S/mu.test(source)) return source;
  const lines = source.split("\n");
  const out: string[] = [];
  let fenced = false;
  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at] ?? "";
    if (FENCE.test(line)) fenced = !fenced;
    let end = at;
    while (!fenced && end < lines.length && NUMBERED.test(lines[end] ?? "")) end += 1;
    if (end - at < 2) {
      out.push(line);
      continue;
    }
    labelLeadIn(out);
    out.push("", ...lines.slice(at, end).map((item) => `- ${item.replace(NUMBERED, "")}`), "");
    // "... und viele weitere gemergete PRs" right after the list: a remark, not a change.
    if (AND_MORE.test((lines[end] ?? "").trim())) end += 1;
    at = end - 1;
  }
  return out.join("\n");
}

/**
 * The lead-in above a dump, a line of its own that ends without a stop ("Änderungshistorie laut Github (https://…)"),
 * as the label it is: with its colon, and right above the list. A lead-in that ends with ":" already is one.
 */
function labelLeadIn(out: string[]): void {
  let last = out.length - 1;
  while (last >= 0 && (out[last] ?? "").trim() === "") last -= 1;
  const lead = (out[last] ?? "").trim();
  const alone = last === 0 || (out[last - 1] ?? "").trim() === "";
  if (last < 0 || !alone || lead.length > 120 || /^[-*+#>|]/u.test(lead) || /[.!?。！？]$/u.test(lead)) return;
  out.splice(last + 1);
  // The tracker's address in brackets ("(https://github.com/…/)") is where the numbers lead: nothing a label shows.
  const label = (out[last] ?? "").replace(/\s*\(\s*<?https?:\/\/[^\s)]+>?\s*\)/gu, "").trimEnd();
  out[last] = /[:：]$/u.test(label) ? label : `${label}:`;
}
