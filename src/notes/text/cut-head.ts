// Where a cut text may end: not on a word that needs more after it ("…$newItem in…", "…support for…"), nor on
// punctuation that a "…" would follow. Shared by the composer's own cuts and the notes' cuts it passes on. Pure text.
import { latinFunctionWordEnd } from "./function-words.js";

// Words that cannot end a cut: the phrase they start is gone ("…default whose type…", "…where they previously…",
// "…now renders…" ends before what the change is). French and German articles and prepositions too.
// "instead", "rather" and "than" start the other half of a comparison, which is the change's point ("now raises
// `PlatformError` instead of `DistutilsPlatformError`"): a cut before it says which, not half of it.
const DANGLING_WORDS = /\s+(?:and|or|but|the|a|an|to|of|for|with|without|in|on|at|by|from|into|onto|via|as|that|which|when|where|if|is|are|was|be|its|their|your|our|this|these|those|new|instead|rather|than|whose|who|whom|now|previously|then|also|still|they|we|will|would|can|could|should|must|might|has|have|had|were|been|being|not|no|so|such|each|every|any|both|either|his|her|my|about|between|through|upon|under|over|after|before|until|while|since|because|although|though|unless|whether|do|does|did|de|du|des|la|le|les|et|ou|pour|avec|sur|dans|par|der|das|und|mit|für|von|zu)$/i;
// A possessive needs the noun after it: "…in the agent's…" ends on nothing.
const POSSESSIVE_END = /\s+\S+['’]s$/u;
const TRAILING_PUNCTUATION = /[\s,.;:!?、，。；：！？—–\-/&|·]+$/u;

/** The kept head of a cut, without dangling words and punctuation; "" when too little would be left. */
export function tidyHead(head: string, language = "en"): string {
  // The language's own articles and prepositions ("…in Salesforce den…", "…la mise à jour de la…") dangle too.
  const own = latinFunctionWordEnd(language);
  const dangles = (text: string): boolean => DANGLING_WORDS.test(text) || POSSESSIVE_END.test(text) || (own?.test(text) ?? false);
  let result = head.replace(TRAILING_PUNCTUATION, "");
  for (let round = 0; round < 8 && dangles(result); round += 1) {
    result = result.replace(POSSESSIVE_END, "").replace(DANGLING_WORDS, "").replace(TRAILING_PUNCTUATION, "");
    if (own !== null) result = result.replace(own, "").replace(TRAILING_PUNCTUATION, "");
  }
  return result;
}
