// Items that name no change of their own: a catch-all ("Other minor improvements.", "其他细节方面的改进。", "その他細かな
// 修正", "기타 자잘한 개선") says only that more changed, and a listing of an ecosystem's store ("Plugin: 删除旧插件 x",
// "Plugin: skland 插件添加标签", "Add adapter foo to the registry") says what others published, not what the project
// changed. Neither is worth a post's room. Pure word tests on one item's text.

import { onlyGenericWords } from "./kinds.js";

// What a catch-all says beyond kinds.ts's generic words: "other", "aspects", "details", "small" in CJK.
const CJK_CATCH_ALL = /其他|其它|另外|方面|细节|細節|细微|细小|小幅|若干|その他|細かな|細かい|細部|軽微な|기타|자잘한|세부|사항|등|多处|諸々/gu;
const OTHER = /\b(?:other|misc(?:ellaneous)?|various|assorted|several|minor|small)\b|其他|其它|その他|기타|细节|細かな|細かい|細部|자잘한|多处/iu;

/** True when an item only says that other or small changes were made, naming none. */
export function isCatchAll(text: string): boolean {
  const words = text.trim().replace(/[.。!！]+$/u, "");
  if (words === "" || words.length > 60 || !OTHER.test(words)) return false;
  return onlyGenericWords(words.replace(CJK_CATCH_ALL, "")) || words.replace(CJK_CATCH_ALL, "").replace(/[\s\p{P}]/gu, "") === "";
}

// An entry of a store's listing: a listing type as the item's tag ("Plugin: …", "Adapter: …", "插件: …"), or words that
// add or remove a third-party plugin, adapter or tag from the registry or list.
const LISTING_TAG = /^(?:plugins?|adapters?|bots?|drivers?|themes?|extensions?|插件|适配器|机器人|驱动器|主题)\s*[:：]\s*/iu;
const LISTING_DEED = /(?:删除|移除|添加|新增|下架|上架)(?:旧|失效|废弃)?(?:插件|适配器|机器人)|插件添加标签|添加标签|(?:add|remove|delete|list|delist|tag)(?:s|ed|ing)?\b[^.;]{0,40}\b(?:to|from|in)\s+(?:the\s+)?(?:store|registry|marketplace|listing|plugin list|awesome list)\b/iu;

/** True when an item is housekeeping of an ecosystem's store rather than a change of the project: a deed on the listing,
 *  or a listing type's tag on an item of a catch-all section (`miscellaneous`: "其他", "Misc"). */
export function isStoreListing(text: string, miscellaneous: boolean): boolean {
  const tagged = LISTING_TAG.exec(text.trim());
  if (tagged === null) return LISTING_DEED.test(text) && /\b(?:store|registry|marketplace|listing)\b|插件|适配器/iu.test(text);
  return miscellaneous || LISTING_DEED.test(text);
}
