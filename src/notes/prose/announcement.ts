// What announcement-style notes (a blog post's titled parts) say besides their titles: a breaking note quoted inside a
// part, a part about a feature that did not ship, a known problem that tells users what to do. Pure text rules.

// "> **Breaking Change:** …", "BREAKING: …", "⚠️ 破坏性变更：…", "破壊的変更：…", "주요 변경: …": a label that says the
// part's change breaks, wherever the part stands.
const BREAKING_LABEL =
  /^[\p{Extended_Pictographic}\uFE0F\s>*_]*(?:\[!(?:warning|caution|important)\][\s*_]*)?(?:breaking(?:[ -]changes?)?|破坏性(?:变更|更改|修改|改动)|破壊的(?:な)?変更|주요 변경(?:\s*사항)?|호환성(?:이 깨지는)? 변경)[*_]*\s*[:：]/iu;

/** A paragraph that opens with a label saying the change it explains breaks. */
export const opensWithBreakingLabel = (text: string): boolean => BREAKING_LABEL.test(text.trim());

// Words a sentence says a feature was held back with. Lower-cased text: cheap word tests first, the pattern after.
const HELD_HINT = /postpone|did not make|didn't make|not make it|removed from this release|pulled from this release|next (?:version|release)|deferred|delayed|延期|推迟|推遲|見送|연기|다음 (?:버전|릴리스)/u;
const HELD_BACK =
  /\b(?:(?:was|were|has been|have been|is being|had to be) (?:postponed|deferred|delayed|pulled|removed from this release)|did(?: not|n't) make it(?: in)?to (?:this|the) (?:release|version)|(?:was|were|has been|have been) (?:pulled|removed|dropped) from (?:this|the) (?:release|version)|will (?:now )?(?:ship|land|arrive|come) (?:in|with) (?:the )?next (?:version|release|minor|major)|(?:postponed|deferred|delayed|moved) (?:to|until) (?:the )?(?:next|a (?:later|future)) (?:version|release))\b|(?:延期|推迟|推遲)(?:到|至)?(?:下一?个?版本|下次|了)|見送(?:り|られ)|(?:延期|연기)(?:되었|됩니다|했습니다)/u;

/** A sentence that says a feature was held back from this release ("was postponed", "did not make it into this
 *  release", "will ship in the next version", "推迟到下个版本", "見送られました", "연기되었습니다"). */
export function saysHeldBack(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return HELD_HINT.test(lower) && HELD_BACK.test(lower);
}

// "Known regression: …", "Known issue: …", "已知问题：…", "既知の不具合：…", "알려진 문제: …": a paragraph that labels
// itself a known problem, wherever it stands.
const KNOWN_LABEL = /^[\p{Extended_Pictographic}\uFE0F\s*_]*(?:known (?:issues?|problems?|bugs?|regressions?)|已知(?:问题|問題|缺陷)|既知の(?:問題|不具合)|알려진 (?:문제|이슈|버그))[*_]*\s*[:：]/iu;

/** A paragraph that opens by calling what it tells a known problem. */
export const opensAsKnownProblem = (text: string): boolean => KNOWN_LABEL.test(text.trim());

/** The paragraph without its own "Known regression:" label, which the known problem's heading already shows. */
export function withoutKnownLabel(text: string): string {
  const rest = text.trim().replace(KNOWN_LABEL, "").trim();
  // "uploads larger than 2 GB fail" opens the sentence now; "`npm` 11 fails" keeps its name as written.
  return /^\p{Ll}[\p{Ll}\s]/u.test(rest) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
}

// The words a title names a kind of change with, and nothing else ("New experimental features", "Performance:
// speed-up", "새로운 실험적 기능", "성능: 속도 향상"): a title made of them only heads the part under it.
const KIND_WORDS = new Set(
  "new experimental other notable major minor various misc miscellaneous more additional some key general improvements improvement improved enhancements enhancement features feature changes updates performance speed speedup up stability and preview previews highlights".split(" "),
);
const CJK_KIND_WORDS = /新的|新增|新|实验性|實驗性|功能|特性|改进|改進|性能|速度|提升|其他|其它|機能|実験的|改善|向上|その他|새로운|새|실험적(?:인)?|기능|성능|속도|향상|개선|기타|및|パフォーマンス|[的なの와과]/gu;

/** A title that only names a kind of change ("New experimental features", "성능: 속도 향상"), not a change. */
export function namesOnlyAKind(title: string): boolean {
  const words = title
    .toLowerCase()
    .replace(CJK_KIND_WORDS, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
  return words.every((word) => KIND_WORDS.has(word)) && /[\p{L}]/u.test(title);
}
