// Items that name no change of their own: a catch-all ("Other minor improvements.", "其他细节方面的改进。", "その他細かな
// 修正", "기타 자잘한 개선") says only that more changed, and a listing of an ecosystem's store ("Plugin: 删除旧插件 x",
// "Plugin: skland 插件添加标签", "Add adapter foo to the registry") says what others published, not what the project
// changed. Neither is worth a post's room. Pure word tests on one item's text.

import { onlyGenericWords } from "../kinds/kinds.js";

// What a catch-all says beyond kinds.ts's generic words, in CJK: "other", "small" or "details", "some" or "many", and the
// nouns that stand for changes in general ("aspects", "places", "items").
const CJK_OTHER = "其他|其它|另外|その他|ほか|기타|그 외";
const CJK_SMALL = "细节|細節|細部|细微|细小|小幅|微小|細かな|細かい|軽微な|小さな|자잘한|사소한|세부";
const CJK_SOME = "若干|一些|部分|多处|多項|诸多|諸々|いくつかの|여러|등";
const CJK_GENERAL = "方面|地方|之处|内容|项目|事項|点|사항|부분";
const CJK_CATCH_ALL = new RegExp(`${CJK_OTHER}|${CJK_SMALL}|${CJK_SOME}|${CJK_GENERAL}`, "gu");
const OTHER = /\b(?:other|misc(?:ellaneous)?|various|assorted|several|minor|small)\b|其他|其它|その他|기타|细节|細かな|細かい|細部|자잘한|多处/iu;

/** True when an item only says that other or small changes were made, naming none. */
export function isCatchAll(text: string): boolean {
  const words = text.trim().replace(/[.。!！]+$/u, "");
  if (words === "" || words.length > 60 || !OTHER.test(words)) return false;
  return onlyGenericWords(words.replace(CJK_CATCH_ALL, "")) || words.replace(CJK_CATCH_ALL, "").replace(/[\s\p{P}]/gu, "") === "";
}

// A section that gathers what fits nowhere else ("杂项", "その他", "기타", "Misc", "Other", "Chores"): the one place a
// store's housekeeping is listed among the project's changes.
const MISC_SECTION = /^(?:杂项|雜項|其他|其它|その他|기타|misc(?:ellaneous|ellanea)?|others?(?: changes)?|chores?|housekeeping|maintenance)$/iu;

/** True when a section's heading names a catch-all section ("💫 杂项", "Miscellaneous", "Chores:"). */
export function isMiscSection(heading: string | null): boolean {
  if (heading === null) return false;
  return MISC_SECTION.test(heading.replace(/[\p{Extended_Pictographic}\uFE0F#:：*_]/gu, "").trim());
}

// An entry of a store's listing: a listing type as the item's tag ("Plugin: …", "Adapter: …", "插件: …"), or words that
// add or remove a third-party plugin, adapter or tag from the registry or list.
const LISTING_TYPES = "plugins?|adapters?|bots?|drivers?|themes?|extensions?|packages?|integrations?";
const LISTING_TYPES_CJK = "插件|适配器|機器人|机器人|驱动器?|驅動|主题|主題|扩展|擴展|拡張|プラグイン|アダプター|テーマ|플러그인|어댑터|테마|확장";
const LISTING_TAG = new RegExp(`^(?:${LISTING_TYPES}|${LISTING_TYPES_CJK})\\s*[:：]\\s*`, "iu");
// Adding, removing or tagging an entry: a CJK deed then what it acts on ("删除旧插件", "插件添加标签", "プラグインを追加"),
// or English words that act on the store, registry or list.
const CJK_DEED = "删除|刪除|移除|添加|新增|下架|上架|收录|收錄|追加|削除|掲載|추가|삭제|등록";
const CJK_LISTED = `${LISTING_TYPES_CJK}|标签|標籤|タグ|태그`;
const LISTING_DEED = new RegExp(
  `(?:${CJK_DEED})[^，。,.；;]{0,8}?(?:${CJK_LISTED})|(?:${CJK_LISTED})[^，。,.；;]{0,8}?(?:${CJK_DEED})|(?:add|remove|delete|list|delist|publish|retire|tag)(?:s|ed|d|ing)?\\b[^.;]{0,40}\\b(?:to|from|in|on)\\s+(?:the\\s+)?(?:store|registry|marketplace|listing|index|catalog(?:ue)?|(?:plugin|awesome)\\s+list)\\b`,
  "iu",
);
// After a listing's tag, an English deed on the entry it names: "Plugin: add nonebot-plugin-foo", "Theme: remove dracula".
const ENTRY_DEED = /^(?:add|remove|delete|list|delist|publish|retire|drop)(?:s|es|ed|d)?\b/iu;

/** True when an item is housekeeping of an ecosystem's store rather than a change of the project: a deed on the store's
 *  listing, or, in a catch-all section (`miscellaneous`: "杂项", "Misc"), a listing type's tag on an item that adds,
 *  removes or tags an entry. Elsewhere a tag names an area of the project ("Theme: the default theme follows …"). */
export function isStoreListing(text: string, miscellaneous: boolean): boolean {
  const tagged = LISTING_TAG.exec(text.trim());
  if (tagged === null) return LISTING_DEED.test(text) && /\b(?:store|registry|marketplace|listing)\b|插件|适配器|プラグイン|플러그인/iu.test(text);
  return miscellaneous && (LISTING_DEED.test(text) || ENTRY_DEED.test(text.trim().slice(tagged[0].length)));
}
