// Marks the source page wore that a post does not: a label's doubled decoration ("Enhancements ➕➕"), the gitmoji
// before each change under a label that already names the kind ("Features:" over "✨ Add …"), reference-link brackets
// around the rule a change opens with ("[`no-unknown-property`]: allow …"), and a commit subject's lower-case start
// ("use main instead of exports …"). Pure.
import { LOWER_CASE_NAME } from "../kinds/kinds.js";
import type { Entry } from "../model.js";
import { startsWithCjk } from "../text/cjk.js";

// One emoji: a ZWJ sequence ("👩‍💻") is one, two side by side ("➕➕") are two.
const MARK = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]\uFE0F?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*/gu;
const TRAILING_MARKS = /\s*(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}][\uFE0F\u200D]*\s*)+$/u;
const LEADING_MARKS = /^(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}][\uFE0F\u200D]*\s*)+/u;

/**
 * A label's words with one emoji at most: one before them stays ("🐞 Bug Fixes"), one after them stays when it is the
 * only one ("Bug Fixes 🐞"); a run of them ("➕➕", "🚀🚀") or a second one beside the first is decoration, and goes.
 */
export function labelWithOneMark(label: string): string {
  const words = label.replace(LEADING_MARKS, "").replace(TRAILING_MARKS, "").trim();
  // A label of marks only has nothing else to show.
  if (words === "" || !/[\p{L}\p{N}]/u.test(words)) return label;
  const before = label.match(LEADING_MARKS)?.[0].match(MARK) ?? [];
  const after = label.slice(label.length - (label.match(TRAILING_MARKS)?.[0].length ?? 0)).match(MARK) ?? [];
  if (before.length + after.length <= 1) return label;
  // Marks inside the words ("C++ ➕ Rust") are the words' own: only the ends are trimmed.
  return before.length > 0 ? `${before[0]} ${words}` : words;
}

// Marks that warn: under any label they still tell the reader that this change breaks or is urgent.
const WARNING_MARK = /^(?:⚠|💥|🚨|❗|‼|🔥\s*BREAKING)/u;

/** A change's text without the gitmoji it opens with ("✨ Add …", "🐛 Fix …"), for one under a label that names its
 *  kind already: a warning sign stays, and so does a text that would be left without words. */
export function withoutLeadingIcon(text: string): string {
  const marks = LEADING_MARKS.exec(text);
  if (marks === null || WARNING_MARK.test(text)) return text;
  const rest = text.slice(marks[0].length);
  return /^[\p{L}\p{N}`"“'[(]/u.test(rest) ? rest : text;
}

// "[`no-unknown-property`]: allow …", "[Docs] [`button-has-type`]: …": a reference link's brackets around code,
// whose definition the notes' footer held (or never had). Not a link ("[`x`](…)", "[`x`][ref]").
const REFERENCE_CODE = /\[(`[^`\n\]]{1,80}`)\](?![([])/gu;

/** The text with reference brackets dropped from the code they hold, the code marks kept. */
export const withoutReferenceBrackets = (text: string): string => (text.includes("[`") ? text.replace(REFERENCE_CODE, "$1") : text);

/**
 * A listed change that opens with a plain lower-case word ("use main instead of …", "allow shadow root attrs …")
 * starts with a capital, as a sentence does. A name from code keeps its case: a word with a capital, digit, dot,
 * underscore or hyphen in it ("useId", "v2", "package.json", "x_y", "npm-run"), a word before a flag or call
 * ("bat --plain", "require()"), a command's name ("npm", "git"), a scope ("deps: …") and a word the notes write in
 * code marks elsewhere ("`debug` …").
 */
export function sentenceStart(text: string, codeWords: ReadonlySet<string>): string {
  const word = /^\p{Ll}+(?:['’]\p{Ll}+)?(?=[\s,;!?]|\.(?!\w)|$)/u.exec(text)?.[0];
  if (word === undefined || LOWER_CASE_NAME.test(word) || codeWords.has(word)) return text;
  if (/^\s+(?:--?\w|\()/u.test(text.slice(word.length))) return text;
  // A Latin word before Chinese, Japanese or Korean ("aiohttp 驱动未处理…") is a name in their sentence, which has no case.
  if (startsWithCjk(text.slice(word.length).trimStart())) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every word the entries write in code marks, as written: words that keep their case at a change's start. */
function codeWordsOf(entries: readonly Entry[]): Set<string> {
  const words = new Set<string>();
  for (const entry of entries) for (const span of entry.text.matchAll(/`([^`\n]+)`/gu)) for (const word of span[1]?.split(/[^\p{L}\p{N}_]+/u) ?? []) words.add(word);
  return words;
}

/** The entries as a post shows them: labels with one mark at most, and each listed change without the source's
 *  icon (under a label), reference brackets or a commit subject's lower-case start. */
export function withoutSourceMarks(entries: readonly Entry[]): Entry[] {
  const codeWords = codeWordsOf(entries);
  return entries.map((entry) => {
    const label = entry.label === null ? null : labelWithOneMark(entry.label);
    if (entry.prose) return label === entry.label ? entry : { ...entry, label };
    // Under a label of words ("Features"), the icon only repeats the kind; under one with its own mark ("✨ Added"),
    // a different one ("🐛 fix a crash") says this change is another kind, and stays (the layout drops the same one).
    const bare = withoutReferenceBrackets(label === null || LEADING_MARKS.test(label) ? entry.text : withoutLeadingIcon(entry.text));
    // Only a commit or pull request's subject (the change carried its reference) is a sentence cut from a commit log;
    // a hand-written list in lower case ("- short one") is the author's style, and stays.
    const subject = entry.referenced === true || (entry.pulls?.length ?? 0) > 0;
    const text = subject ? sentenceStart(bare, codeWords) : bare;
    return text === entry.text && label === entry.label ? entry : { ...entry, text, label };
  });
}
