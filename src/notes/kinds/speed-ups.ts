// A change that makes something users do faster, said as such: "Improve downloading speed", "Speed up startup",
// "下载速度提升", "ダウンロードの高速化", "Schnellere Downloads", "Téléchargement plus rapide",
// "Descarga más rápida", "Download mais rápido". Users feel it: a performance change, under whatever heading ("Other").
// (Japanese and Korean "…を改善", "…개선" stay the changes kinds.ts reads them as.) And the words that name speed
// anywhere in a line (namesSpeed), for a Performance section's items.

const SPEED_UP = new RegExp(
  [
    String.raw`^(?:improve[sd]?|increase[sd]?|boost(?:s|ed)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:speed|performance|throughput|latency)\b`,
    String.raw`^(?:faster|quicker)\s+\w|^speed(?:s|ed)?\s+up\b`,
    String.raw`速度(?:提升|提高|优化|加快)|(?:提升|提高|优化|加快)[^，。,]{0,10}速度|(?:の)?高速化`,
    String.raw`^(?:schneller(?:e[rsn]?)?|plus rapides?|más rápid[oa]s?|mais rápid[oa]s?)\b|\b(?:plus rapides?|más rápid[oa]s?|mais rápid[oa]s?)[.!]?$`,
  ].join("|"),
  "iu",
);

/** A line that says something users do got faster. */
export const speedsUp = (text: string): boolean => SPEED_UP.test(text.trim());

// Speed, memory or latency named: "faster", "3x", "10×", "40%", "latency", "memory", "更快", "提速", "内存", "延迟",
// "高速", "メモリ", "빠르게", "메모리", "schneller", "plus rapide", "más rápido", "mais rápido", "Speicher", "mémoire".
const NAMES_SPEED =
  /\b(?:faster|quicker|speed(?:s|ed)?[ -]?ups?|latency|memory|throughput|schneller|Speicher(?:verbrauch)?|Latenz|plus rapides?|mémoire|latence|más rápid[oa]s?|memoria|latencia|mais rápid[oa]s?|memória|latência)\b|\b\d+(?:\.\d+)?\s?[x×](?=\s|$|[,.;)])|\d\s?%|更快|提速|加速|速度|内存|延迟|耗时|高速|メモリ|レイテンシ|빠르|속도|메모리|지연/iu;

/** A line that names speed, memory or latency anywhere ("Enable SIMD parsing, 3x faster"), whatever its verb. */
export const namesSpeed = (text: string): boolean => NAMES_SPEED.test(text);
