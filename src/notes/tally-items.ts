// Tally lines of a release's statistics ("新功能: 4项", "🐛 Bug fixes: 2", "总计: 6项更改", "Total: 12 changes"): they
// count the changes the notes list elsewhere, and are none themselves, so a post neither shows nor counts them.

// A kind of change, or the total, as a statistics list names it.
const KIND =
  "(?:(?:new )?features?|enhancements?|improvements?|(?:bug ?)?fix(?:es)?|bugs?|breaking changes?|changes?|docs?|documentation|refactor(?:ing)?s?|performance|optimi[sz]ations?|dependencies|chores?|tests?|total|in total|新功能|新特性|功能增强|增强|优化|性能优化|bug\\s*修复|修复|问题修复|重构|文档|测试|依赖(?:更新)?|其他|总计|合计|共计|新機能|改善|修正|バグ修正|合計|신규 기능|기능|개선|버그 수정|수정|합계)";
// What a tally counts in: "项", "个", "件", "changes"; the number may stand alone.
const UNIT = "(?:\\s*(?:项|項|个|個|件|条|條|处|건|개|changes?|fixes|features|items|commits|prs|pull requests)(?:更改|更新|变更|修复|改动)?)?";
const TALLY = new RegExp(`^[\\p{Extended_Pictographic}\\uFE0F\\s*_-]*${KIND}\\s*[:：]\\s*\\*{0,2}\\d{1,5}\\*{0,2}${UNIT}\\s*[.。]?$`, "iu");

/** Whether `text` is a line of a release's statistics: a kind of change or the total, a colon, a number. */
export const isTallyLine = (text: string): boolean => /\d/u.test(text) && TALLY.test(text.trim());
