// A lead-in that announces how many changes follow ("Three changes that together…", "两个新功能：", "3つの新機能",
// "네 가지 방법"): it reads true only with all of them after it.

const EN_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const CJK_COUNTS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 두: 2, 세: 3, 네: 4, 다섯: 5 };
// What a count counts: a plural, up to two words after it ("three new security advisories").
const COUNTED = String.raw`\s+(?:[a-z-]+\s+){0,2}?([a-z-]{2,}s)\b`;
// The count opens the sentence or a clause ("Auth — Three changes…", "the following two options"): "fixes two crashes"
// tells a change, it announces none.
const EN_OPENING = new RegExp(String.raw`(?:^|[—–:]\s*|\b(?:the following|these)\s+)(two|three|four|five|six|seven|eight|nine|ten|(?<![\d.,])[2-9])${COUNTED}`, "iu");
// Anywhere in a lead-in to a list, which is its own sentence: "Homebrew published three security advisories:".
const EN_ANYWHERE = new RegExp(String.raw`\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?<![\d.,])[2-9]|[1-9]\d)${COUNTED}`, "iu");
// Time, size and people say how long, how big or who, not how many changes follow ("Two years after 1.0…").
const NOT_CHANGES = new Set(["years", "months", "weeks", "days", "hours", "minutes", "seconds", "times", "bytes", "percent", "lines", "people", "contributors", "users", "stars", "downloads", "releases", "versions", "commits", "prs"]);
// CJK: the counter ends the sentence's point, a few characters from its end ("…四种自定义主题方式。").
const CJK_COUNT = /((?<![\d.,])[2-9]|[两二三四五六七八九十]|두|세|네|다섯)\s*(?:种|種|个|個|项|項|大|つの|가지|개의?)[^。！？.!?:：]{0,16}[。：:．.]?$/u;
// The sentence lists its items itself ("Three new hooks: useA, useB and useC.").
const ITEMS_INSIDE = /[:：]\s*\S{3,}/u;

// A tally ("2 dependency updates, 1 docs change and 3 chores") counts what it says, not what follows.
const isTally = (text: string): boolean => (text.match(/\d+/gu) ?? []).length >= 2;

/** The count of changes `text` names where `at` looks for one, and where that count's words end; null for none. */
function englishCount(text: string, at: RegExp): { count: number; end: number } | null {
  const found = at.exec(text);
  if (!found || NOT_CHANGES.has((found[2] ?? "").toLowerCase())) return null;
  const word = (found[1] ?? "").toLowerCase();
  return { count: EN_COUNTS[word] ?? Number(word), end: found.index + found[0].length };
}

/** How many changes `sentence` announces will follow it; null when it announces no count. */
export function announcedCount(sentence: string): number | null {
  const text = sentence.trim().replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u, "");
  if (isTally(text)) return null;
  const english = englishCount(text, EN_OPENING);
  if (english && !ITEMS_INSIDE.test(text.slice(english.end))) return english.count;
  const cjk = CJK_COUNT.exec(text);
  if (!cjk) return null;
  const word = cjk[1] ?? "";
  return CJK_COUNTS[word] ?? Number(word);
}

/**
 * True when a lead-in to a list says how many items it has ("Homebrew published three security advisories:", "两个新功能："):
 * it reads true only over all of them, so it is no label to repeat over the part of the list each post shows.
 */
export function countsItsList(leadIn: string): boolean {
  if (announcedCount(leadIn) !== null) return true;
  const text = leadIn.trim();
  return !isTally(text) && englishCount(text, EN_ANYWHERE) !== null;
}
