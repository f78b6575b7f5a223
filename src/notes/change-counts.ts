// Lines that only count a release's changes: "本次发布包含 6 项更新，涵盖了功能增强、Bug修复…", "新功能: 4项", "总计: 6项更改",
// "This release contains 42 commits from 12 contributors", "12 files changed". A generator's statistics block, no
// change of its own: shown, it takes the place of one; counted, it makes the "+N more" count false.

// A count: a number and what it counts.
const UNIT = String.raw`(?:项|個|个|件|개|건|条|條|項)`;
const THINGS = String.raw`(?:commits?|changes?|pull requests?|prs|merge requests?|updates?|items?|issues?|fixes|features|improvements|contributors?|files?)`;
const COUNTS = new RegExp(
  [
    // "新功能: 4项", "Bug修复：2项", "总计: 6项更改", "Total: 6 changes", "Features: 4 items".
    String.raw`^[^:：\n]{1,30}[:：]\s*\d+\s*${UNIT}(?:更改|更新|变更|變更|変更|변경|修改|改动)?[。.]?$`,
    String.raw`^[^:\n]{1,30}:\s*\d+\s+${THINGS}\.?$`,
    String.raw`^(?:total|总计|合计|總計|合計|共计|총|gesamt|insgesamt|итого|всего)\s*[:：]\s*\d+\b`,
    // "本次发布包含 6 项更新，…", "本版本共包含 12 个改动", "本リリースには 5 件の変更", "이번 릴리스에는 3개의 변경".
    String.raw`^(?:本次|此次|这次|本)(?:发布|更新|版本|发行)?(?:共|总共)?(?:包含|包括|涉及|带来|有)(?:了)?\s*\d+\s*${UNIT}`,
    String.raw`^(?:本|この|今回の)(?:リリース|バージョン|アップデート)(?:には|では|は)\s*\d+\s*${UNIT}`,
    String.raw`^이번\s*(?:릴리스|버전|업데이트)(?:에는|는|에서는)\s*\d+\s*${UNIT}`,
    // "This release contains 42 commits from 12 contributors", "42 commits from 12 contributors", "12 files changed".
    String.raw`^(?:this|the)\s+(?:release|version|update)\s+(?:contains|includes|has|brings|consists\s+of|is\s+made\s+up\s+of)\s+\d+\s+(?:new\s+)?${THINGS}(?:\s+(?:from|by)\s+\d+\s+(?:contributors?|authors?|people))?\b`,
    String.raw`^\d+\s+(?:commits?|changes?|pull requests?|prs)\s+(?:from|by)\s+\d+\s+(?:contributors?|authors?|people)\b`,
    String.raw`^\d+\s+files?\s+changed\b`,
  ].join("|"),
  "iu",
);

/** True when a line or sentence only counts the release's changes (a statistics block), naming none. */
export const onlyCountsChanges = (text: string): boolean => COUNTS.test(text.trim().replace(/^[\p{Extended_Pictographic}\uFE0F\s*_•-]+/u, ""));
