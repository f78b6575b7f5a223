// A lead-in that announces a number ("Three changes…", "两个新功能：") followed by fewer items: the reader counts.
import type { Context, Defect } from "./types.ts";
import { BULLET, EMOJI, lines } from "./text.ts";
import { COUNT_LINE } from "./counts.ts";

// A lead-in that announces how many follow ("Three changes that…", "两个新功能：", "3つの新機能", "세 가지 방법").
const EN_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const CJK_DIGITS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 두: 2, 세: 3, 네: 4, 다섯: 5 };
// Time and size words say how long or how big, not how many follow ("Two years after 1.0…").
const NOT_ITEMS = /^(?:years|months|weeks|days|hours|minutes|seconds|times|bytes|percent|x|ms|kb|mb|gb|lines|people|contributors|users|stars|downloads|releases|versions|pull|prs|commits)$/u;
const EN_COUNT = /(?:^|[—–:]\s*|\b(?:the following|these|following)\s+)(two|three|four|five|six|seven|eight|nine|ten|(?<![\d.,])[2-9])\s+(?:[a-z-]+\s+){0,2}?([a-z-]{2,}s)\b/iu;
const CJK_COUNT = /((?<![\d.,])[2-9]|[两二三四五六七八九十]|두|세|네|다섯)\s*(?:种|個|个|项|項|大|つの|가지|개의?)[^。！？.!?]{0,16}[。：:．.]?$/u;

/** How many a sentence announces, when it announces a count of what follows it; null otherwise. */
function announcedCount(sentence: string): number | null {
  const text = sentence.trim().replace(EMOJI, "");
  const english = EN_COUNT.exec(text);
  if (english && !NOT_ITEMS.test(english[2]!.toLowerCase())) {
    const word = english[1]!.toLowerCase();
    return EN_COUNTS[word] ?? Number(word);
  }
  const cjk = CJK_COUNT.exec(text);
  if (cjk) return CJK_DIGITS[cjk[1]!] ?? Number(cjk[1]);
  return null;
}

/**
 * A lead-in that announces a number ("Three changes that together…", "…四种自定义主题方式。") followed in its post by
 * fewer items than it announced: the reader counts, and finds some missing.
 */
export function danglingCount({ posts }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    const content = lines(text);
    content.forEach((line, i) => {
      // The "+N more" line counts what was left out, not what follows.
      if (BULLET.test(line) || line.trim() === "" || COUNT_LINE.test(line.trim())) return;
      const parts = line.split(/(?<=[.!?])\s+|(?<=[。！？])\s*/u).filter((part) => part.trim() !== "");
      const at = parts.findIndex((part) => announcedCount(part) !== null);
      if (at < 0) return;
      const count = announcedCount(parts[at]!)!;
      let items = parts.length - at - 1;
      for (let j = i + 1; j < content.length && BULLET.test(content[j]!); j++) items += 1;
      if (items < count) defects.push({ check: "dangling-count", post, detail: `announces ${count}, ${items} follow: "${line.trim()}"` });
    });
  });
  return defects;
}
