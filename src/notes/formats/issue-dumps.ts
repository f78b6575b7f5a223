// Plain-text notes that paste their tracker's issue or pull-request list, a number then its title on each line
// ("#839 rose_auto_create_models: MetaSetups …", "#828 Wiederkehrende Rechnungen; …"), under a lead-in that names the
// tracker ("Bugfixes von Github-Issues (https://…/issues/):"). Markdown reads such a block as one paragraph: the whole
// dump of numbers would show as one change. Written over as the list it is, before the one Markdown parse: each line a
// change without its number (a reference nothing in a post can open), the lead-in its label, and the closing remark
// ("... und viele weitere gemergete PRs", "…and many more") gone. Pure; one pass over the lines.
import { rewriteRuns } from "./line-blocks.js";

// A line that opens with an issue or pull-request number, then its title.
const NUMBERED = /^#\d{1,7}[ \t]+(?=\S)/u;
// A remark closing such a list that says more were left out: "... und viele weitere", "…and many more merged PRs".
const AND_MORE = /^(?:\.{3}|…)\s*(?:(?:and|und|et|y|e|plus|sowie)\s+)?(?:many|much|lots|viele|zahlreiche|weitere|more|plus de|beaucoup|muchos|muitos)\b/iu;

/** The notes with each block of two or more numbered lines written as a Markdown list under its lead-in. */
export function issueDumpsAsLists(source: string): string {
  if (!/^#\d{1,7}[ \t]+\S[^\n]*\n#\d{1,7}[ \t]+\S/mu.test(source)) return source;
  return rewriteRuns(source, (lines, at, out) => {
    let end = at;
    while (end < lines.length && NUMBERED.test(lines[end] ?? "")) end += 1;
    if (end - at < 2) return null;
    labelLeadIn(out);
    out.push("", ...lines.slice(at, end).map((item) => `- ${item.replace(NUMBERED, "")}`), "");
    // "... und viele weitere gemergete PRs" right after the list: a remark, not a change.
    return AND_MORE.test((lines[end] ?? "").trim()) ? end + 1 : end;
  });
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

// The tracker's own lists pasted after the changes, by heading: "Issues closed for 1.14.0", "Pull requests for 1.14.0",
// "Pull requests merged", "PRs merged in this release", "Closed issues", and their names in other languages ("已关闭的
// issue", "本次合并的 PR", "クローズされた Issue", "닫힌 이슈", "Geschlossene Issues", "Issues fermées", "Issues cerradas",
// "Issues fechadas"); and the list of the release's authors ("Authors", "作者", "Autoren"), names with "+" marks. Each
// repeats as reporters' titles or as credit what the sections above tell as changes: neither picked nor counted.
// (A bare "Merged pull requests" beside "Fixed bugs" is github_changelog_generator's list of the other changes, and
// stays: only one tied to the version or the release, or named after it as merged, is a dump. Nor are "Fixed bugs",
// "Resolved issues", "Issues fixed in 2.3", "已解决的问题", "Behobene Fehler": those name the release's fixes.)
const TRACKER_LIST_HEADING = new RegExp(
  [
    String.raw`^closed\s+(?:issues?|tickets?)(?:\s+(?:for|in)\s+\S.*)?$`,
    String.raw`^(?:issues?|tickets?)\s+closed(?:\s+(?:for|in|since)\s+\S.*)?$`,
    String.raw`^(?:(?:merged|closed)\s+)?(?:pull\s+requests?|prs|merge\s+requests?|mrs)\s+(?:merged\s+|closed\s+|included\s+)?(?:for|in|since)\s+(?:v?\d[\w.+-]*|this\s+release|the\s+release)(?:\s.*)?$`,
    String.raw`^(?:pull\s+requests?|prs|merge\s+requests?|mrs)\s+(?:merged|closed)$`,
    String.raw`^(?:authors?|autoren|auteurs|autores|autori)(?:\s+(?:for|of|in)\s+\S.*)?$`,
    String.raw`^(?:已关闭|已關閉)(?:的)?\s*(?:issues?|工单|PRs?)$|^(?:本次)?(?:合并|合併)(?:的)?\s*(?:PRs?|pull\s*requests?|拉取请求)$|^作者(?:列表|名单)?$`,
    String.raw`^クローズ(?:され|し)た\s*(?:issues?|イシュー|PRs?|プルリクエスト)$|^マージ(?:され|し)た\s*(?:PRs?|プルリクエスト)$|^著者$`,
    String.raw`^(?:닫힌|종료된)\s*(?:이슈|issues?)$|^(?:병합된|머지된)\s*(?:PRs?|풀\s*리퀘스트)$`,
    String.raw`^geschlossene\s+(?:issues?|tickets?)$|^(?:gemergte|zusammengeführte)\s+(?:pull\s+requests?|prs)$`,
    String.raw`^(?:issues?|tickets?)\s+(?:fermées?|cerrad[oa]s|fechad[oa]s)$|^(?:pull requests?|demandes de fusion)\s+(?:fusionnées?|fusionad[oa]s|mesclad[oa]s)$`,
  ].join("|"),
  "iu",
);

/** True when a heading names the tracker's list of issues closed or pull requests merged, or the release's authors. */
export const namesTrackerList = (heading: string): boolean => TRACKER_LIST_HEADING.test(heading.trim());
