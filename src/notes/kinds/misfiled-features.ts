// Items a "Performance" section holds that are no speed-up: some generators file every "feat" and "perf" commit under
// "Performance", so "添加任务模板", "支持自定义AI个人提示词" and "Upgrade office" sit beside "优化已读数据". What adds or
// supports something is a feature and shows under that label; a bundled component upgraded by its name alone is a
// bump. A line that names speed ("3x faster", "-40% memory", latency) stays performance whatever its verb ("Enable SIMD
// parsing, 3x faster", "New B-tree index makes lookups 10x faster"), and the vague "optimise X" lines stay where the
// notes filed them, after the features. So does one that adds a way of going faster (lazy loading, a cache).

import { namesSpeed, speedsUp } from "./speed-ups.js";

// A Chinese line that starts by optimising ("优化…", "改进…", "提升…"): what it says is supported or settable inside
// ("优化消息支持…") was there before.
const OPTIMISES = /^(?:优化|改进|改善|完善|提升|提高|加快)/u;

// Verbs that add or newly allow, at the start (en, zh, de, fr, es, pt) or, in Japanese and Korean, at the end; and
// Chinese "X 支持 Y" / "可自定义" (now supports, can be customised) inside the line.
const ADDS = new RegExp(
  [
    String.raw`^(?:add(?:s|ed)?|new|introduce[sd]?|support(?:s|ed)?|allow(?:s|ed)?|enable[sd]?)\b`,
    String.raw`^(?:添加|新增|增加|加入|引入|支持|允许)|.{1,20}(?:支持|可(?:以)?自定义|可(?:以)?设置)`,
    String.raw`(?:を)?(?:追加|サポート|対応)(?:しました|します|した)?[。.]?$|(?:를|을)?\s?(?:추가|지원)(?:했습니다|합니다|하였습니다|함|됨)?[.]?$`,
    String.raw`^(?:neue?[rsnm]?|hinzugefügt|unterstützung für|ajout(?:e|é)?|nouvel(?:le)?|prise en charge|añadid[oa]|agregad[oa]|nuev[oa]|soporte (?:para|de)|adicionad[oa]|nov[oa]|suporte (?:a|para))\b`,
  ].join("|"),
  "iu",
);
// "Upgrade office", "Upgrade drawio", "升级 drawio", "Update pdf.js to 4.2": a component the release bundles, bumped,
// named and nothing more. "Update" is a bump only with a version or a package's shape (a scope, a code span, a dotted
// name): "Update batching" says the batching changed.
const COMPONENT_BUMP =
  /^(?:upgrade[sd]?|bump(?:s|ed)?)\s+\x60?[\w.@/-]+\x60?$|^update[sd]?\s+(?:\x60[\w.@/-]+\x60|@[\w.-]+\/[\w.-]+|[\w-]+\.[\w.-]+|[\w.@/-]+\s+(?:to\s+)?v?\d+(?:\.\d+)+)$|^升级\s*[\w.@/-]+$|^更新\s*[\w.@/-]+\s*(?:到|至)?\s*v?\d+(?:\.\d+)+$/iu;

// A way of making things faster, named: what it adds is the speed-up ("Add lazy loading to skimage.segmentation", "新增
// 缓存", "並列処理を追加"), so it stays where the notes filed it.
const SPEED_TECHNIQUE =
  /\b(?:lazy[ -]?load(?:s|ed|ing)?|lazily|lazy (?:import|evaluation|initiali[sz]ation)s?|cach(?:e|es|ed|ing)|memoi[sz](?:e|es|ed|ation)|paralleli[sz](?:e|es|ed|ation)|parallel|vectori[sz](?:e|es|ed|ation)|simd|prefetch(?:es|ed|ing)?|precomput(?:e|es|ed|ing)|chargement (?:différé|paresseux)|mise en cache|carga (?:diferida|perezosa)|carregamento (?:lento|preguiçoso|sob demanda))\b|懒加载|延迟加载|按需加载|缓存|并行|遅延読み込み|遅延ロード|キャッシュ|並列|지연 로딩|캐시|병렬/iu;

/** The kind a line filed under "Performance" has by its own words, when that is not performance. */
export function misfiledUnderPerformance(text: string): "feature" | "dependencies" | null {
  const line = text.trim();
  if (COMPONENT_BUMP.test(line)) return "dependencies";
  if (namesSpeed(line) || speedsUp(line) || OPTIMISES.test(line) || SPEED_TECHNIQUE.test(line)) return null;
  return ADDS.test(line) ? "feature" : null;
}
