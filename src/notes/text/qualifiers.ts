// A bracket that says how far a change can be relied on: "(experimental)", "（実験的）", "(beta)", "(preview)", "（实验性）",
// "(베타)". It is part of what the change means: a post that drops it presents an experiment as a stable feature.

/** The words of such a bracket in scripts without case, where a one-word bracket could read as a name. */
const CJK_QUALIFIER = /実験|試験|试验|实验|實驗|ベータ|アルファ|プレビュー|预览|預覽|测试版|測試版|公测|内测|非推奨|廃止予定|弃用|棄用|废弃|廢棄|不稳定|不穩定|베타|알파|실험|미리\s?보기|프리뷰/u;
const LATIN_QUALIFIER = /^(?:(?:still|very|highly|currently)\s+)?(?:experimental|beta|alpha|preview|unstable|nightly|opt-in|deprecated|incubating|tech(?:nology)? preview|developer preview|early access|work in progress|wip)(?:\s+(?:feature|api|support|only))?$/iu;
// At the end of an item, after its sentence or before its full stop: "… (experimental)", "…しました。（実験的）",
// "… [beta]".
const TRAILING = /\s*([(（]([^()（）\n]{1,30})[)）]|\[([^[\]\n]{1,30})\])\s*[.。]?\s*$/u;

/** True when bracketed `words` say how far a change can be relied on ("experimental", "beta, opt-in", "実験的"). */
export const saysStatus = (words: string): boolean => CJK_QUALIFIER.test(words) || words.trim().split(/\s*[,;、，]\s*/u).some((part) => LATIN_QUALIFIER.test(part));

/** The status bracket that ends `text` ("(experimental)", "[beta]"), or null. */
export function trailingQualifier(text: string): string | null {
  const match = TRAILING.exec(text);
  if (!match) return null;
  return saysStatus(match[2] ?? match[3] ?? "") ? (match[1] ?? null) : null;
}
