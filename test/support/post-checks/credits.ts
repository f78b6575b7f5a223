// credit-leftover: "by @user", "PR #12", "(Jane Doe)" are for GitHub readers; a post has no room and X would mention them.
import type { Context, Defect } from "./types.ts";
import { ZWSP, itemText, lines } from "./text.ts";
import { referenceResidue } from "./references.ts";

const HANDLE = String.raw`[@＠]${ZWSP}?[A-Za-z0-9_][\w-]*(?:\[bot\])?`;
const CREDIT_PATTERNS: Array<[RegExp, string]> = [
  [new RegExp(String.raw`\bby\s+${HANDLE}`, "iu"), "“by @user”"],
  [new RegExp(String.raw`\bthanks(?:\s+to)?\s+${HANDLE}`, "iu"), "“Thanks @user”"],
  [new RegExp(String.raw`\(${HANDLE}\)`, "u"), "“(@user)”"],
  [/\bPR\s*#\d+/u, "“PR #123”"],
  // An author's address from a NEWS header or a commit trailer: "staff@irssi.org", "<jane@example.org>".
  [new RegExp(String.raw`[\w.+-]+@${ZWSP}?[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b`, "u"), "an e-mail address"],
  // A pull request's number without its "#": "(PR 12109)", "PR 12109 by x".
  [/\b(?:PRs?|MRs?|[Pp]ull [Rr]equests?)\s+\d{2,}\b/u, "“PR 123”"],
  // Chinese and Japanese notes' "合并PR-3926", "PR-2888、PR-3006".
  [/(?:合并|合並|マージ)\s*(?:PR|MR)|(?<![\w-])(?:PR|MR)-\d+/u, "“合并PR-123”"],
  // "@`okJiang`": a handle in code marks.
  [/[@＠]`[A-Za-z0-9][\w-]*`/u, "“@`user`”"],
  [new RegExp(String.raw`\[${HANDLE}\]`, "u"), "“[@user]”"],
  [new RegExp(String.raw`(?:\bvia|\bh\/t|\bhat tip(?: to)?|\bcc|[—–])\s*${HANDLE}`, "iu"), "“via @user”, “h/t @user”, “— @user”"],
  // "Ameen Radwan and @user have added …", "@a, @b fixed …": people as the subject of the change, a handle among them
  // (defused with a zero-width space or not).
  [
    new RegExp(String.raw`(?:\band\s+|&\s*|,\s*)${HANDLE}\s+(?:(?:have|has)\s+)?(?:added|fixed|made|implemented|improved|contributed|wrote|rewrote|written|introduced|updated|refactored|submitted|reworked)\b|${HANDLE}\s+(?:have|has)\s+(?:added|fixed|made|implemented|improved|contributed|written|rewritten|introduced|updated|refactored|submitted|reworked)\b`, "u"),
    "“Jane Doe and @user have added …”",
  ],
  // "Contributed by Jane Doe", "Patch by A and B": a credit by name, no handle needed.
  [/\b(?:contributed|patch(?:ed)?|reported|authored|implemented) by\s+\p{Lu}/u, "“Contributed by …”"],
  // OCaml's Changes: "(Olivier Nicole, report by Nathan Taylor, review by Gabriel Scherer)", "(review by X)".
  [/[(（][^()（）]{0,200}\b(?:[Rr]eports?|[Rr]eviews?|[Rr]eported|[Rr]eviewed|[Ss]uggested|[Ss]uggestions?|[Tt]ested|[Hh]elp) by\s+\p{Lu}[^()（）]{0,200}[)）]/u, "“(Name, review by …)”"],
  [new RegExp(String.raw`${HANDLE}\s*(?:さん|様|氏|님)`, "u"), "“@user さん”"],
  [new RegExp(String.raw`(?:感谢|感謝|谢谢)\s*${HANDLE}`, "u"), "“感谢 @user”"],
  // What is left of "PR [#123](…)" when only the number went: "… docs. PR", "observer.errorPR".
  [/(?:^|[.!?]\s+|\p{Ll})PRs?[.,;]?\s*$/u, "a “PR” without its number"],
  [/\(#\d+[^)]*\)/u, "“(#123…)”"],
  [/(?:^|[\s([{,，、:：（【])#\d+\b/mu, "an issue or PR number"],
  // hutool's "（issue#IANKQ1@Gitee）", "(pr#3720@Github)": ids with letters, a site's name after them.
  [/\b(?:issues?|pr|mr)\s*#[A-Za-z0-9]+|#[A-Za-z0-9]+@[A-Za-z]+/iu, "an issue or PR id"],
  [/[\w.-]+\/[\w.-]+#\d+\b/u, "a cross-repository reference"],
  // Ghostty's "… configuration. GH-9253", libexpat's "(commit 16e2efd867ea…)".
  [/(?:^|[\s(])GH-\d+\b/u, "a “GH-123” reference"],
  [/\(commits?\s+[0-9a-f]{7,40}\)/u, "“(commit abc1234)”"],
  [new RegExp(String.raw`由\s*${HANDLE}`, "u"), "“由@user”"],
  [new RegExp(String.raw`${HANDLE}\s*(?:贡献|提交|提供)`, "u"), "“@user 贡献”"],
  [/贡献[，,]?\s*在|首次贡献|中首次/u, "“贡献，在…”"],
  [/\bin\s+https?:\/\/github\.com\/[^\s/]+\/[^\s/]+\/pull\/\d+/u, "“in https://github.com/…/pull/N”"],
  [/github\.com\/[^\s/]+\/[^\s/]+\/(?:pull|issues|commit)\/\w+/u, "a link to a PR, issue or commit"],
  // What a GitHub page's title leaves as a link's words: "… by spectranaut · Pull Request #1174 · tc39/ecma262", or
  // "… by spectranaut · · tc39/ecma262" once the number went.
  [/·\s*(?:(?:Pull Request|Issue|Discussion|Commit)\s+#?\w+\s*)?·\s*[\w.-]+\/[\w.-]+/u, "a GitHub page title's “· owner/repo” tail"],
  // What changesets' "… - Thanks [@user](…)!" leaves once the thanks went: "… component -!".
  [/\s[-–—]\s*[!！]?\s*$/u, "a separator left at the end “ -!”"],
  // A bot credited by its name, no handle: "… by Copilot", "… by dependabot".
  [/\bby\s+(?:copilot|dependabot|renovate|github-actions|pre-commit-ci|claude|codex|devin)(?:\[bot\])?\s*[.!]?\s*$/iu, "a bot's credit “by Copilot”"],
  // The all-contributors bot's commit: "Add juwit as a contributor for code". A credit, not a change.
  [/^(?:[-•*]\s*)?(?:add|update)s?\s+@?\u200B?[\w.-]+\s+as\s+(?:a\s+)?contributors?\b/iu, "an all-contributors bot line"],
  // What "（感谢 @x 团队的协助）" leaves once the handle went: a bracket of help with no one to thank.
  [/[（(]\s*(?:(?:团队|團隊|チーム|팀)\s*的?|的)\s*(?:协助|協助|帮助|幫助|支持|贡献|貢獻|協力)\s*[）)]/u, "a credit bracket without its name"],
];
// "…版本 @a @b 终于…", "Fix the crash @a @b": handles one after another are credits wherever they stand.
const HANDLE_RUN = new RegExp(String.raw`(?:^|\s)${HANDLE}(?:\s+${HANDLE})+(?=\s|[.,;!?。，、；！？]|$)`, "u");
// "修复崩溃 @a", "Fix crash. @a": one handle after CJK text or a finished sentence ends the line as its author's credit.
const HANDLE_AFTER_END = new RegExp(String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}.!?。！？]\s*${HANDLE}\s*[.。]?$`, "u");
// "(@a / @b / @c)", "(@a, @b)": several handles in brackets, in any separator.
const HANDLE_LIST = new RegExp(String.raw`[(（]\s*${HANDLE}(?:\s*(?:[,/&、]|and)?\s*${HANDLE})+\s*[)）]`, "u");
// "@kareemZarka 新增LFS支持", "@user: fix x", "@user added y": a handle as the change's subject. A package scope
// ("@scope/pkg") is not one.
// A Java or Kotlin annotation ("@EnumValue 注解…", "@JsonProperty") is code: a capital, lowercase, then a capital again.
const HANDLE_SUBJECT = new RegExp(
  String.raw`^(?![@＠]${ZWSP}?\p{Lu}\p{Ll}+\p{Lu})${HANDLE}(?![\w/@.-])(?:\s*[:：]\s*|\s+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|(?:added|adds|fixed|fixes|made|implemented|introduced|improved|updated|removed|refactored|contributed|submitted|changed)\b))`,
  "u",
);
const AUTHOR_ONLY = new RegExp(String.raw`^\s*(?:[-*+•◦▪‣·]\s*)?${HANDLE}(?:[\s,、]+${HANDLE})*\s*$`, "u");

// "Related PR: Contributor: Change Log: …": field labels one after another. In the notes each field held a link, a handle
// or a line below it; once those went, the labels stand empty.
const FIELD_LABEL = String.raw`(?:\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}|[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z ]{1,10})`;
const EMPTY_FIELDS = new RegExp(String.raw`(?:^|\s)(${FIELD_LABEL})\s*[:：]\s*(${FIELD_LABEL})\s*[:：](?!\/\/)`, "u");
/** Whether the notes give `label` a value that a post drops: a link, a handle or an issue number after it, or nothing on its line. */
function fieldOfNotes(label: string, notes: string): boolean {
  const escaped = label.trim().replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return new RegExp(String.raw`(?:^|[\s*_>|])${escaped}\s*[*_]*\s*[:：]\s*[*_]*\s*(?:$|\[|<|https?:|[@＠#])`, "imu").test(notes);
}

// "…remove readline support [CVE-2022-0563] [Karel Zak]": util-linux's log ends each line with its author (or its
// source, "[coverity scan]") in brackets. Brackets that end two or more of the notes' lines are such a column; an
// advisory id in brackets says what the fix is and stays.
function bracketTail(line: string, notes: string): string | undefined {
  const tail = /\[([^\]\n]{2,40})\]\s*$/u.exec(line.trim())?.[1];
  if (tail === undefined || /^(?:CVE|GHSA)-/iu.test(tail)) return undefined;
  const ends = notes.split("\n").filter((row) => row.trimEnd().endsWith(`[${tail}]`)).length;
  return ends >= 2 ? `[${tail}]` : undefined;
}

/** Credits and references that the notes carry for their readers on GitHub, not for a post: one defect per line. */
export function creditLeftover({ posts, notes, notesAuthors }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    for (const line of lines(text)) {
      const found: string[] = [];
      for (const [pattern, what] of CREDIT_PATTERNS) {
        const match = pattern.exec(line);
        if (match) found.push(`${what} "${match[0].trim()}"`);
      }
      for (const author of notesAuthors) if (line.includes(`(${author})`)) found.push(`an author in parentheses "(${author})"`);
      if (AUTHOR_ONLY.test(line)) found.push("an item that is only an author");
      const tail = bracketTail(line, notes);
      if (tail) found.push(`a bracketed name that ends many lines of the notes "${tail}"`);
      const fields = EMPTY_FIELDS.exec(itemText(line));
      if (fields && fieldOfNotes(fields[1]!, notes)) found.push(`field labels left without their values "${fields[0].trim()}"`);
      const residue = referenceResidue(itemText(line), notes);
      if (residue) found.push(`what a removed reference left, ${residue}`);
      const handles = HANDLE_LIST.exec(line);
      if (handles && !found.some((what) => what.startsWith("“(@user)”"))) found.push(`a list of handles "${handles[0]}"`);
      if (HANDLE_SUBJECT.test(itemText(line))) found.push("a handle as the subject of the change");
      const run = HANDLE_RUN.exec(itemText(line));
      if (run && !found.some((what) => what.startsWith("a list of handles") || what.startsWith("an item that is only"))) found.push(`a run of handles "${run[0].trim()}"`);
      else if (HANDLE_AFTER_END.test(itemText(line))) found.push("a handle ending the line after its sentence");
      if (found.length > 0) defects.push({ check: "credit-leftover", post, detail: `${found.join(", ")}: "${line.trim()}"` });
    }
  });
  return defects;
}
