// A breaking section whose own words take the alarm back: "### Breaking" over "We do not expect any breaking changes
// in existing code. We expect the few bugfixes below to not negatively impact your programs." The notes file changes
// there that might surprise someone, and say they break nothing: no post raises a breaking banner over them, and the
// disclaimer, which names no change, is not shown as one. (An item that disclaims its own break is disclaimed-breaks.ts;
// this is the section's introduction saying it for all its items.)

import { disclaimsBreak } from "./kinds.js";

// The notes saying they expect, know of or contain no breaking change, in the languages notes come in.
const EXPECTS_NO_BREAK = new RegExp(
  [
    // English: "We do not expect any breaking changes", "we're not aware of any breaking changes", "There are no
    // breaking changes", "This release contains no backwards-incompatible changes", "No breaking changes."
    String.raw`\b(?:we|i)\s+(?:do not|don't|did not|didn't)\s+(?:expect|anticipate|foresee|know of)\s+(?:any\s+|many\s+)?(?:breaking|backwards?[- ]incompatible|incompatible)\b`,
    String.raw`\b(?:we are|we're|i am|i'm)\s+not aware of any\s+(?:breaking|backwards?[- ]incompatible|incompatible)\b`,
    String.raw`\bthere (?:are|should be|will be|were) no\s+(?:known\s+)?(?:breaking|backwards?[- ]incompatible|incompatible) changes?\b`,
    String.raw`\b(?:this|the) (?:release|version|update) (?:has|contains|includes|introduces|brings) no\s+(?:breaking|backwards?[- ]incompatible|incompatible) changes?\b`,
    String.raw`^no (?:breaking|backwards?[- ]incompatible|incompatible) changes?\b`,
    // German: "Wir erwarten keine Breaking Changes", "enthält keine inkompatiblen Änderungen".
    String.raw`\bkeine\s+(?:breaking changes|(?:abwärts)?inkompatiblen\s+änderungen|brechenden\s+änderungen)\b`,
    // French: "aucun changement cassant", "pas de changements incompatibles".
    String.raw`\b(?:aucun|pas de)\s+changements?\s+(?:cassants?|incompatibles?|non rétrocompatibles?)`,
    // Spanish, Portuguese: "no hay cambios incompatibles", "sin cambios que rompan", "não há mudanças incompatíveis".
    String.raw`\b(?:no hay|no esperamos|no se esperan|sin|não há|não esperamos|sem)\s+(?:ningún\s+|nenhuma\s+|quaisquer\s+)?(?:cambios?|mudanças?|alterações?)\s+(?:incompatibles?|incompatíve(?:l|is)|que (?:rompan|quebrem)|disruptivos?)`,
    // Chinese, Japanese, Korean: "预计没有破坏性变更", "破壊的変更はありません", "호환성 변경은 없습니다".
    String.raw`(?:不会有|没有|沒有|并无|無)(?:任何)?(?:破坏性|破壞性|不兼容)`,
    String.raw`破壊的(?:な)?変更は(?:ありません|ない|想定していません|予定していません|含まれていません)`,
    String.raw`(?:호환성|파괴적)(?:이 깨지는)?\s?변경(?:\s?사항)?(?:은|는|이)?\s?없`,
  ].join("|"),
  "iu",
);

// An exception or a contrast takes the disclaimer back for the list below it: "no breaking changes except the
// following:", "No breaking changes in the CLI, but the library API changed:", "…for users of the public API. If you
// use the internal `core` module:" (not "If you notice any issues, let us know"), "除以下两项外没有破坏性变更", "ただし…", "다만…", "sauf", "außer", "excepto".
const EXCEPTION_OR_CONTRAST = new RegExp(
  [
    // English
    String.raw`\b(?:except|excepting|but|apart from|aside from|other than|unless|besides|with the exception of|however)\b|\bif you (?:use|are using|rely|depend|call|were using|have)\b`,
    // German, French, Spanish, Portuguese
    String.raw`(?<!\p{L})(?:außer|ausgenommen|abgesehen von|aber|jedoch|sauf|à part|mais|excepto|salvo|aparte de|pero|exceto|além de|mas)(?!\p{L})|^(?:wenn sie|falls sie|si vous|si usas|si utiliza|se você)(?!\p{L})`,
    // Chinese, Japanese, Korean
    String.raw`除(?:了)?.{0,20}(?:外|以外|之外)|但(?:是)?|不过|不過|然而|ただし|但し|を除(?:いて|き)|以外(?:は|に)|다만|단,|제외(?:하고|하면)|하지만`,
  ].join("|"),
  "iu",
);

/** What the sentences introducing a breaking section say of breaking: "flat" when they say the release breaks nothing;
 *  "qualified" when that disclaimer carries an exception or contrast, or ends on a colon introducing the list (the
 *  list still breaks, and the introduction, which names no change, is not shown as one); null when they say neither. */
export function sectionDisclaimer(sentences: readonly string[]): "flat" | "qualified" | null {
  const disclaims = (sentence: string): boolean => EXPECTS_NO_BREAK.test(sentence) || disclaimsBreak(sentence);
  if (!sentences.some(disclaims)) return null;
  return sentences.some((sentence) => EXCEPTION_OR_CONTRAST.test(sentence) || (disclaims(sentence) && /[:：]\s*$/u.test(sentence))) ? "qualified" : "flat";
}
