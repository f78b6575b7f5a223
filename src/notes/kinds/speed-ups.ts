// A change that makes something users do faster, said as such: "Improve downloading speed", "Speed up startup",
// "下载速度提升", "ダウンロードの高速化", "Schnellere Downloads", "Téléchargement plus rapide",
// "Descarga más rápida", "Download mais rápido". Users feel it: a performance change, under whatever heading ("Other").
// (Japanese and Korean "…を改善", "…개선" stay the changes kinds.ts reads them as.)

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
