// Items a "Performance" section holds that are no speed-up: DooTask's generator files every "feat"/"perf" commit under
// "Performance", so "添加任务模板", "支持自定义AI个人提示词" and "Upgrade office" sit beside "优化已读数据". What adds or
// supports something is a feature and shows under that label; a bundled component upgraded by its name alone is a
// bump. The vague "optimize X" lines stay where the notes filed them, after the features.

// Verbs that add or newly allow, at the start (en, zh, de, fr, es, pt) or, in Japanese and Korean, at the end; and
// Chinese "X 支持 Y" / "可自定义" (now supports, can be customised) inside the line.
const ADDS = new RegExp(
  [
    String.raw`^(?:add(?:s|ed)?|new|introduce[sd]?|support(?:s|ed)?|allow(?:s|ed)?|enable[sd]?)\b`,
    String.raw`^(?:添加|新增|增加|加入|引入|支持|允许)|[^优]{1,20}(?:支持|可(?:以)?自定义|可(?:以)?设置)`,
    String.raw`(?:を)?(?:追加|サポート|対応)(?:しました|します|した)?[。.]?$|(?:를|을)?\s?(?:추가|지원)(?:했습니다|합니다|하였습니다|함|됨)?[.]?$`,
    String.raw`^(?:neue?[rsnm]?|hinzugefügt|unterstützung für|ajout(?:e|é)?|nouvel(?:le)?|prise en charge|añadid[oa]|agregad[oa]|nuev[oa]|soporte (?:para|de)|adicionad[oa]|nov[oa]|suporte (?:a|para))\b`,
  ].join("|"),
  "iu",
);
// "Upgrade office", "Upgrade drawio", "升级 drawio": a component the release bundles, bumped, named and nothing more.
const COMPONENT_BUMP = /^(?:upgrade[sd]?|update[sd]?|bump(?:s|ed)?)\s+\x60?[\w.@/-]+\x60?$|^(?:升级|更新)\s*[\w.@/-]+$/iu;

/** The kind a line filed under "Performance" has by its own words, when that is not performance. */
export function misfiledUnderPerformance(text: string): "feature" | "dependencies" | null {
  const line = text.trim();
  if (COMPONENT_BUMP.test(line)) return "dependencies";
  return ADDS.test(line) ? "feature" : null;
}
