// The verb a change opens with, said in Chinese, Japanese or Korean and in English: a pair of items that open with the
// same one ("新增…" and "Add …", "修正…" and "Fix …") may be one change told twice, as a shared name or link says.
const PAIRS: Array<[RegExp, RegExp]> = [
  [/^(?:新增|添加|增加|加入|追加|추가)/u, /^(?:add|introduce|new)/iu],
  [/^(?:修复|修復|修正|解决|수정|해결)/u, /^(?:fix|resolve|correct)/iu],
  [/^(?:优化|優化|改进|改進|提升|改善|개선|최적화)/u, /^(?:improve|optimi[sz]e|enhance|speed)/iu],
  [/^(?:支持|支援|対応|サポート|지원)/u, /^(?:support|allow|enable)/iu],
  [/^(?:更新|升级|升級|업데이트|업그레이드)/u, /^(?:update|upgrade|bump)/iu],
  [/^(?:移除|删除|刪除|削除|去除|제거|삭제)/u, /^(?:remove|delete|drop)/iu],
  [/^(?:重构|重構|리팩터)/u, /^refactor/iu],
];

/** Both texts open with the same change verb, one in a CJK language and one in English. */
export const sameChangeVerb = (cjk: string, latin: string): boolean =>
  PAIRS.some(([there, here]) => there.test(cjk.trim()) && here.test(latin.trim()));

// Japanese says the verb last ("…問題を修正しました", "…コマンドを追加"): the same change verb at the item's end.
const CLOSING: Array<[RegExp, RegExp]> = [
  [/(?:追加|新設)(?:しました|した|します)?[。.]?$/u, /^(?:add|introduce|new)/iu],
  [/(?:修正|解決|解消)(?:しました|した|します)?[。.]?$/u, /^(?:fix|resolve|correct)/iu],
  [/(?:改善|最適化|高速化)(?:しました|した|します)?[。.]?$/u, /^(?:improve|optimi[sz]e|enhance|speed)/iu],
  [/(?:削除|廃止)(?:しました|した|します)?[。.]?$/u, /^(?:remove|delete|drop)/iu],
];

/** Both texts say the same change verb, the CJK one where its language puts it: first, or last in Japanese. */
export const saysSameChangeVerb = (cjk: string, latin: string): boolean =>
  sameChangeVerb(cjk, latin) || CLOSING.some(([there, here]) => there.test(cjk.trim()) && here.test(latin.trim()));
