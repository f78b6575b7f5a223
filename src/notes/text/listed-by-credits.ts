// A list whose items each end with their author after "by", with no "@" ("- fix: 修复文本拖拽的问题 by ChangeSuger",
// "- fix(core): 修复笔记本触摸板点击边事件失效 by wuchenguang1998", "- feat: add X by wbccb"), as changesets and other
// generators write them: the author is a credit, whatever its case, in any language. One such item could be a
// sentence ("sort entries by name"); three items or more, most of the list's items, ending that way are the
// generator's credits. Each trailing "by <handle>" goes. Pure; one pass over the lines.
import { isListItem } from "./list-items.js";

// A list item's last words: "by" and one login-like word (a login: letters, digits, "-", "_", "."), maybe several
// joined by commas or "and".
// No "@": credits with one are read by cleanup.ts's patterns, with what the generator's other marks say.
const HANDLE = String.raw`[A-Za-z0-9](?:[\w.-]{0,37}[\w-])?`;
const TRAILING = new RegExp(String.raw`[ \t]+by[ \t]+(${HANDLE}(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)${HANDLE}){0,5})[ \t]*$`, "u");
// Words that "by" takes in a change itself ("sort by default", "group by name"): never a login here.
const NOT_A_LOGIN = /^(?:default|design|name|names|id|key|keys|value|values|type|date|time|size|hand|now|itself|themselves|users?|people|one|reference|path|tag|hash|index|column|row|field|version)$/iu;

const creditOf = (line: string): RegExpExecArray | null => {
  const credit = TRAILING.exec(line);
  return credit && !NOT_A_LOGIN.test(credit[1] ?? "") ? credit : null;
};

// What shows that the word after "by" is an author, not what a change sorts or groups by ("Sort search results by
// relevance", "Group issues by milestone"): the item is a commit subject ("fix: …") or written in another script than
// the login, the login has a login's marks (a digit, an inner capital, "-", "_", "."), or one login credits two items.
const COMMIT_SUBJECT = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+[a-z]+(?:\([^)]*\))?!?:[ \t]/u;
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const LOGIN_MARKS = /\d|[a-z][A-Z]|[-_.]/u;

function namesAuthors(items: string[]): boolean {
  const logins = items.map((line) => creditOf(line)?.[1] ?? null);
  const seen = new Map<string, number>();
  for (const login of logins) if (login !== null) seen.set(login.toLowerCase(), (seen.get(login.toLowerCase()) ?? 0) + 1);
  const shown = logins.filter((login, index) => {
    if (login === null) return false;
    const line = items[index] ?? "";
    return COMMIT_SUBJECT.test(line) || OTHER_SCRIPT.test(line.slice(0, line.lastIndexOf(" by "))) || LOGIN_MARKS.test(login) || (seen.get(login.toLowerCase()) ?? 0) > 1;
  }).length;
  return shown * 2 >= logins.filter((login) => login !== null).length;
}

/** The notes with each list item's trailing "by <handle>" credit gone, where most items carry one. */
export function withoutListedByCredits(markdown: string): string {
  if (!/[ \t]by[ \t]+\S+[ \t]*$/mu.test(markdown)) return markdown;
  const lines = markdown.split("\n");
  const items = lines.filter(isListItem);
  const credited = items.filter((line) => creditOf(line) !== null).length;
  if (credited < 3 || credited * 2 < items.length || !namesAuthors(items)) return markdown;
  return lines
    .map((line) => {
      if (!isListItem(line)) return line;
      const credit = creditOf(line);
      return credit === null ? line : line.slice(0, credit.index);
    })
    .join("\n");
}
