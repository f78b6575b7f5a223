// Items written as label–value fields ("Related PR: [#1](…) Contributor: @a Change Log: … Feature Value: …"), one per
// line or inline: the change is the value of its description field; reference, credit and marketing fields are not it.
// Pure: text in, text out.
import { DROPPED_MARK, LINK_CLOSE, LINK_OPEN } from "./markdown.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { saidAsWord } from "../text/typed-words.js";

// Fields that only point or credit: their value was a link, a number or a handle, and goes with its label.
const REFERENCE_LABELS = [
  "related (?:prs?|pull requests?|issues?|links?)", "(?:pull request|prs?|issues?|commits?|links?|refs?|references?)",
  "contributors?", "authors?", "(?:submitted|reported|reviewed|contributed) by", "reviewers?", "assignees?",
  "相关\\s*(?:PR|issue|链接|提交)", "相關\\s*(?:PR|issue|連結|提交)", "关联\\s*(?:PR|issue)", "贡献者", "貢獻者", "作者", "提交者", "链接", "連結",
  "関連\\s*(?:PR|issue)", "貢献者", "作成者",
];
// Fields whose value is the change itself.
const CHANGE_LABELS = [
  "change ?logs?", "changes?", "descriptions?", "summary", "what(?:'s| is) (?:new|changed)", "details?",
  "变更(?:日志|内容|说明)?", "更新(?:内容|说明)", "描述", "说明", "變更(?:日誌|內容|說明)?", "說明", "変更(?:内容|点)?", "概要", "説明",
];
// Fields that sell the change ("Feature Value: improves flexibility…"): what the change is worth, never the change.
const WORTH_LABELS = [
  "(?:feature|business|user|customer) (?:value|impact|benefits?)", "value", "benefits?", "motivation", "why",
  "功能价值", "业务价值", "用户价值", "价值", "功能價值", "價值", "意义", "收益", "メリット", "効果",
];

const LABEL = (words: readonly string[]): string => `(?:${words.join("|")})`;
const ANY_LABEL = LABEL([...REFERENCE_LABELS, ...CHANGE_LABELS, ...WORTH_LABELS]);
// A label starts the text or follows a space; a colon (ASCII or full-width) ends it.
const FIELD = new RegExp(`(?:^|(?<=\\s))(${ANY_LABEL})\\s*[:：]\\s*`, "giu");
const REFERENCE = new RegExp(`^${LABEL(REFERENCE_LABELS)}$`, "iu");
const CHANGE = new RegExp(`^${LABEL(CHANGE_LABELS)}$`, "iu");
const WORTH = new RegExp(`^${LABEL(WORTH_LABELS)}$`, "iu");
// What a reference or credit leaves: dropped links, handles, numbers, addresses, separators.
const MARK = escapeRegExp(DROPPED_MARK);
const ONLY_REFERENCES = new RegExp(
  `^(?:${MARK}|${LINK_OPEN}[^${LINK_CLOSE}]{0,200}${LINK_CLOSE}|@[\\w-]+(?:\\[bot\\])?|#\\d+|[A-Z]+-\\d+|https?:\\/\\/\\S+|[a-f0-9]{7,40}|[\\s,;、，/&\\\\]|and|和|及)*$`,
  "iu",
);

interface Field {
  label: string;
  value: string;
}

/** The fields of `text` when it opens with a known field label and holds two or more; else null. */
function fieldsOf(text: string): Field[] | null {
  const starts = [...text.matchAll(FIELD)];
  if (starts.length < 2 || starts[0]?.index !== 0) return null;
  return starts.map((match, at) => {
    const end = starts[at + 1]?.index ?? text.length;
    return { label: (match[1] ?? "").trim(), value: text.slice((match.index ?? 0) + match[0].length, end).trim() };
  });
}

/**
 * The change a field-form item says: its description field's value, else its other fields, without the fields that
 * only refer, credit or sell. The text as it is when it is no field form, or when no field holds only references (then
 * it is a sentence with colons, not a form).
 */
export function fieldItemText(text: string): string {
  if (!/[:：]/u.test(text)) return text;
  const fields = fieldsOf(text.trim());
  if (fields === null) return text;
  // One field that holds only references makes it a form; a credit field goes whatever its value ("Author: Jane Doe").
  if (!fields.some((field) => REFERENCE.test(field.label) && ONLY_REFERENCES.test(field.value))) return text;
  const texts = fields.filter((field) => !REFERENCE.test(field.label) && field.value !== "");
  // A worth field only goes beside the field that carries the change; alone, it is the change ("Value: the gauge …").
  const change = texts.find((field) => CHANGE.test(field.label));
  if (change) return asItem(change.value);
  const kept = texts.some((field) => !WORTH.test(field.label)) ? texts.filter((field) => !WORTH.test(field.label)) : texts;
  if (kept.length === 1) return asItem(kept[0]?.value ?? "");
  return kept.map((field) => `${field.label}: ${field.value}`).join(" ");
}

// A field's value stands as an item: it opens in capitals as the label did ("Summary: new `--json` flag" → "New
// `--json` flag") when its first word is a plain lower-case word; code, a number or "iOS" stay as written, and so does
// a name typed in lowercase, not said as a word ("npm now…", "pnpm"): it is written so at a sentence's start too.
function asItem(value: string): string {
  const first = /^\p{Ll}+(?=[\s,;])/u.exec(value)?.[0];
  return first !== undefined && saidAsWord(first) ? value.charAt(0).toUpperCase() + value.slice(1) : value;
}
