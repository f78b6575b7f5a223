// What a major release now requires and what it only recommends, read from the paragraphs and items under a breaking
// change (a changesets body): "mobx-react 10 requires MobX 7 and React 18 or later" is what every user must meet;
// "Keep function-component imports on `mobx-react-lite` if you do not need class components" is advice, no change.

// A version floor on what the release runs or builds with: "require MobX 7 and React 18 or later", "needs Node >= 20",
// "requires at least Python 3.10", "需要 React 18 及以上", "React 18 以上が必要".
const REQUIRES_FLOOR =
  /\b(?:now )?(?:requires?|needs?|depends on)\b[^.;!?\n]{0,80}?(?:\bv?\d+(?:\.\d+)*\s*(?:or (?:later|newer|higher|above|greater)|\+(?!\d))|(?:>=|≥|\bat least\s+)\s*[\p{L}.-]*\s*v?\d)|(?:需要|要求)[^。；\n]{0,40}?\d+(?:\.\d+)*\s*(?:及以上|以上|或更高)|\d+(?:\.\d+)*\s*以上が必要|\d+(?:\.\d+)*\s*이상(?:이|을)? 필요/iu;

/** True when a sentence states a version floor users must meet. */
export const statesRequirement = (text: string): boolean => REQUIRES_FLOOR.test(text);

// "Keep X if you do not need Y", "Use X when you need Y", "Prefer X unless…", "Consider X if…": a recommendation that
// holds only for some users, said as an imperative with a condition on the reader. (Not "Use `y` instead of `x`": that
// is the step a removal asks of everyone.)
const RECOMMENDS =
  /^(?:keep|use|prefer|consider|stay on|continue (?:to use|using)|choose|pick|you (?:can|may) (?:keep|use|continue))\b(?![^.;\n]{0,80}\binstead\b)[^.;\n]{0,120}?\b(?:if|when|unless|where|as long as) (?:you|your)\b|^(?:we )?recommend(?:ed)?\b|^it is recommended\b/iu;

/** True when a listed line only recommends (conditional advice to some users), and names no change. */
export const onlyRecommends = (text: string): boolean => RECOMMENDS.test(text.trim());
