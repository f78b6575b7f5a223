// A change that takes one thing away and adds its successor in the same sentence: "此PR移除了原有的输入框搜索功能，新增了
// …多选下拉筛选框", "Removed the text search and added a multi-select filter", "…を削除し、…を追加". It is a redesign:
// what users get is the addition, a feature, not a removal that breaks. Pure word test on one change's text.

// The removal first, then, before the sentence ends, the addition.
const REMOVES_THEN_ADDS =
  /\b(?:removed?|removes|removing|dropped|drops?|deleted?|deletes)\b[^.!?]{1,200}?\b(?:added|adds|adding|introduces|introduced|introducing)\b|(?:移除|删除|刪除|去除)[^。！？!?]{1,120}?(?:新增|添加|增加|引入|加入)|削除[^。！？!?]{0,120}?追加/iu;

/** True when one sentence of the change both removes something and adds (a replacement, not a removal). */
export const replacesWithAddition = (text: string): boolean => REMOVES_THEN_ADDS.test(text);
