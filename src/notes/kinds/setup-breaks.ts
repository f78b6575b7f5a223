// How hard a breaking change hits a running setup, for ranking breaking changes among themselves: one that makes a
// service fail at startup comes first, then one that takes away a config key, option, endpoint or API, or tells users
// what they must now change or migrate, and last one that only changes behaviour ("Schedule all workloads … instead of
// dropping …") or internals. A reader of the first post must see what stops their deployment. Pure word tests.

// A setup that stops: "agents with the removed key now fail at startup", "refuses to start", "will not boot".
const FAILS_TO_START =
  /\b(?:fail(?:s|ed)?|crash(?:es|ed)?|abort(?:s|ed)?|exit(?:s|ed)?)\s+(?:(?:at|on|during)\s+(?:start-?up|boot|launch|start)|to\s+(?:start|boot|launch|load))\b|\b(?:refuses?|will\s+not|won'?t|cannot|can'?t)\s+(?:start|boot|launch)\b|起動(?:に失敗|しなく|できなく)|启动(?:失败|时失败|时报错)|无法启动|시작(?:에 실패|되지 않|할 수 없)|기동(?:에 실패|되지 않)/iu;

// What was taken away or must change: a config key, option, flag, setting, endpoint, API or field removed or replaced;
// users who "must now" do something, or "must move / migrate"; something read or accepted no longer.
const TAKES_AWAY =
  /\b(?:remov(?:e|es|ed|ing)|drop(?:s|ped|ping)?|delet(?:e|es|ed))\b[^.;]{0,80}?\b(?:config(?:uration)?\s+(?:keys?|options?|fields?|scopes?|settings?)|keys?|options?|flags?|settings?|endpoints?|apis?|fields?|routes?|commands?|parameters?|drivers?|adapters?|backends?|plugins?|modules?|packages?)\b|\b(?:config(?:uration)?\s+)?(?:key|option|flag|setting|field|endpoint|parameter)\s+`[^`]+`\s+(?:is|has\s+been|was)\s+(?:now\s+)?(?:removed|replaced|renamed|dropped)\b|\bthe\s+removed\s+(?:key|option|flag|setting|field)\b|\b(?:must|need\s+to|have\s+to)\s+(?:now\s+)?(?:also\s+)?(?:pass|move|migrate|set|update|read|change|rename|use|switch|replace|add|re-?configure)\b|\bmust\s+(?:now\s+)?be\s+(?:migrated|changed|updated|renamed|moved|replaced|re-?configured)\b|\brenam(?:e|es|ed|ing)\b|\bno\s+longer\s+(?:reads?|accepts?|loads?|honou?rs?|supports?|recogni[sz]es?)\b/iu;

// A failure the change ends, not one it brings: "the agent no longer fails at startup when the key is missing".
const NO_LONGER_FAILS = /\b(?:no\s+longer|never|not|nor)\s+(?:\w+\s+){0,2}?(?:fail(?:s|ed)?|crash(?:es|ed)?|abort(?:s|ed)?|exit(?:s|ed)?)\s+(?:(?:at|on|during)\s+\S+|to\s+\S+)/giu;

// The same in Chinese, Japanese and Korean, where the object may come first ("`MutationEvent` インターフェイスと、関連するイベント
// (…) を削除しました", "移除了 `foo` 接口", "`x` 옵션을 제거했습니다"): what code calls or configures went, not a style or a look.
const CJK_TAKES_AWAY =
  /(?:インターフェー?ス|API|メソッド|関数|イベント|オプション|設定項目|プロパティ|コマンド|接口|方法|函数|事件|选项|配置项|属性|命令|인터페이스|메서드|함수|이벤트|옵션|속성|명령)[^。！；\n]{0,160}?(?:削除|廃止|移除|删除|제거|삭제)|(?:移除|删除)了?[^。！；\n]{0,80}?(?:接口|API|方法|函数|事件|选项|配置项|属性|命令)/u;

/** 2 when a breaking change says a setup fails to start, 1 when it takes away config or API or says what users must
 *  change, 0 otherwise. */
export function setupBreakage(text: string): number {
  if (FAILS_TO_START.test(text.replace(NO_LONGER_FAILS, ""))) return 2;
  return TAKES_AWAY.test(text) || CJK_TAKES_AWAY.test(text) ? 1 : 0;
}
