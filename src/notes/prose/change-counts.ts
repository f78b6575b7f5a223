// Lines that only count a release's changes: "本次发布包含 6 项更新，涵盖了功能增强、Bug修复…", "新功能: 4项", "总计: 6项更改",
// "🐛 Bug fixes: 2", "Total: 6 changes", "This release contains 42 commits from 12 contributors", "12 files changed". A
// generator's statistics block, no change of its own: shown, it takes the place of one; counted, it makes the "+N more"
// count false. What it counts must be changes: "Default page size: 50 items" and "最大并发数：10个" are settings, and
// "This release includes 3 fixes for the installer crash" says what was fixed. The one owner of this for model.ts,
// cleanup.ts and plain-outline.ts.

// A kind of change, or the total, as a statistics list names it.
const KIND = String.raw`(?:(?:new )?features?|enhancements?|improvements?|(?:bug ?)?fix(?:es)?|bugs?|breaking changes?|changes?|updates?|commits?|pull requests?|prs|merge requests?|contributors?|files? changed|docs?|documentation|refactor(?:ing)?s?|performance|optimi[sz]ations?|dependencies|chores?|tests?|total|in total|gesamt|insgesamt|итого|всего|新功能|新特性|功能增强|增强|优化|性能优化|bug\s*修复|修复|问题修复|重构|文档|测试|依赖(?:更新)?|其他|总计|合计|總計|合計|共计|新機能|改善|修正|バグ修正|신규 기능|기능|개선|버그 수정|수정|합계|총)`;
// A counter word, and what counts as a change after it ("6项更改"); a counter alone counts anything ("10个").
const COUNTER = String.raw`(?:项|項|个|個|件|条|條|处|건|개)`;
const CHANGE_WORD = String.raw`(?:更改|更新|变更|變更|変更|변경|修改|修复|改动|提交)`;
// What a count of changes counts, in words.
const THINGS = String.raw`(?:commits?|changes?|pull requests?|prs|merge requests?|updates?|fixes|features|improvements|contributors?)`;
// Words for what a tally brings that name nothing ("众多新功能和改进", "many new features and improvements").
const VAGUE_ZH = String.raw`(?:众多|大量|许多|很多|诸多|一系列|不少)?的?(?:新功能|新特性|功能|改进|优化|修复|更新|增强)(?:[和、与及]+(?:新功能|新特性|功能|改进|优化|修复|更新|增强))*`;
const VAGUE_EN = String.raw`(?:many|numerous|lots of|a number of|several|various|a host of)\s+(?:new\s+)?(?:features|improvements|fixes|changes|enhancements)(?:\s*(?:,|and|&)\s*(?:new\s+)?(?:features|improvements|fixes|changes|enhancements))*`;
// The number a tally gives, perhaps in bold.
const NUMBER = String.raw`\*{0,2}\d{1,6}\*{0,2}`;

const COUNTS = new RegExp(
  [
    // "新功能: 4项", "Bug fixes: 12", "总计: 6项更改", "Total: 6 changes": a kind of change, a colon, a number.
    String.raw`^${KIND}\s*[:：]\s*${NUMBER}(?:\s*${COUNTER}${CHANGE_WORD}?|\s*${THINGS}|\s*items?)?\s*[.。]?$`,
    // "Tests: 2 commits", "范围: 6项更改": any label over a number of changes.
    String.raw`^[^:：\n]{1,30}[:：]\s*${NUMBER}\s*(?:${COUNTER}${CHANGE_WORD}|${THINGS})\s*[.。]?$`,
    // "本次发布包含 6 项更新，涵盖了…", "本版本共包含 12 个改动", "本リリースには 5 件の変更", "이번 릴리스에는 3개의 변경".
    String.raw`^(?:本次|此次|这次|本)(?:发布|更新|版本|发行)?(?:共|总共)?(?:包含|包括|涉及|带来|有)(?:了)?\s*\d+\s*${COUNTER}${CHANGE_WORD}(?:$|[。.]$|[，,]\s*(?:涵盖|包括|包含|涉及|其中))`,
    String.raw`^(?:本|この|今回の)(?:リリース|バージョン|アップデート)(?:には|では|は)\s*\d+\s*${COUNTER}の?(?:変更|更新|修正)`,
    String.raw`^이번\s*(?:릴리스|버전|업데이트)(?:에는|는|에서는)\s*\d+\s*${COUNTER}의?\s*(?:변경|업데이트|수정)`,
    // "This release contains 42 commits from 12 contributors.": the whole sentence is the count.
    String.raw`^(?:this|the)\s+(?:release|version|update)\s+(?:contains|includes|has|brings|consists\s+of|is\s+made\s+up\s+of)\s+\d+\s+(?:new\s+)?${THINGS}(?:\s+(?:from|by)\s+\d+\s+(?:contributors?|authors?|people))?\s*[.!]?$`,
    String.raw`^\d+\s+(?:commits?|changes?|pull requests?|prs)\s+(?:from|by)\s+\d+\s+(?:contributors?|authors?|people)\s*[.!]?$`,
    // "此次发布合并了468个PR，带来了众多新功能和改进。", "This release merges 468 pull requests, bringing many new features and
    // improvements.": a tally of merged work and vague words for what it brings; none of it names a change.
    String.raw`^(?:本次|此次|这次|本)(?:发布|更新|版本|发行)?(?:共|总共)?(?:合并|合入)了?\s*\d+\s*${COUNTER}?\s*(?:PR|pull requests?|提交|commits?|合并请求)(?:$|[。.]$|[，,]\s*(?:带来|包含|包括|涵盖)了?${VAGUE_ZH}[。.!！]?$)`,
    String.raw`^(?:this|the)\s+(?:release|version|update)\s+(?:merges|merged|includes|contains|brings|has)\s+\d+\s+(?:merged\s+)?(?:pull requests|prs|commits)(?:,?\s+(?:bringing|with|including|which bring)\s+${VAGUE_EN})?\s*[.!]?$`,
    // "12 files changed, 340 insertions(+), 12 deletions(-)".
    String.raw`^\d+\s+files?\s+changed\b`,
  ].join("|"),
  "iu",
);

/** True when a line or sentence only counts the release's changes (a statistics line), naming none. */
export const onlyCountsChanges = (text: string): boolean =>
  /\d/u.test(text) && COUNTS.test(text.trim().replace(/^[\p{Extended_Pictographic}\uFE0F\s*_•-]+/u, "").replace(/^(\S[^:：]{0,30}?)\*\*(?=\s*[:：])/u, "$1"));

// A bare tally of plain-text notes ("Public curl releases:   262", "Contributors: 3273"): a label and a number alone.
// Alone it may be a setting ("Retries: 3"); two or more in a row are a statistics block.
const BARE_TALLY = /^[ \t]*[^\s:][^:\n]{1,60}:[ \t]+\d[\d,.]*[ \t]*$/u;

/**
 * The lines of `source` without its statistics: each block of two or more bare tallies, and each other line that counts
 * changes ("12 files changed"). A bare tally alone stays: the items' own cleanup judges it by its label.
 */
export function withoutStatistics(source: string): string {
  const lines = source.split("\n");
  const bare = lines.map((line) => BARE_TALLY.test(line));
  return lines.filter((line, at) => (bare[at] ? bare[at - 1] !== true && bare[at + 1] !== true : !onlyCountsChanges(line))).join("\n");
}
