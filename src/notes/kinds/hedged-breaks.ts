// Breaking changes spoken of as what a versioning policy allows or expects, not as what this release does: "breaking
// changes in the regular monthly releases are expected", "minor releases may contain breaking changes", "breaking
// changes can happen before 1.0". A release that breaks something says what it removed or changed, as done; a sentence
// like these names no change, however loudly it says "breaking".

const KINDS_OF_RELEASE = String.raw`(?:regular|monthly|weekly|nightly|daily|future|upcoming|subsequent|later|next|coming|minor|patch|point|pre-?1\.0|0\.x|unstable|preview|beta|alpha|canary|development|dev)`;
const HEDGES = new RegExp(
  [
    // "breaking changes … are expected", "… are to be expected", "… should be expected", "… are likely".
    String.raw`\bbreaking changes?\b[^.;!?]{0,60}?\b(?:is|are|should be|must be|can be|may be)\s+(?:to be\s+)?(?:expected|likely|possible|anticipated|allowed|permitted|normal|common)\b(?!\s+to\b)`,
    // "breaking changes may happen", "… can occur", "… could land", "… might be introduced".
    String.raw`\bbreaking changes?\s+(?:may|might|can|could|will|would)\s+(?:still\s+|also\s+|sometimes\s+|occasionally\s+)?(?:happen|occur|appear|land|arrive|come|be\s+(?:introduced|made|shipped|released))\b`,
    // "releases may contain breaking changes", "any minor version can introduce breaking changes".
    String.raw`\b(?:may|might|can|could)\s+(?:still\s+|also\s+|sometimes\s+|occasionally\s+)?(?:contain|include|introduce|bring|have|ship)\s+(?:some\s+|more\s+|further\s+)?breaking changes?\b`,
    // "breaking changes in the regular monthly releases", "breaking changes in future versions".
    String.raw`\bbreaking changes?\s+(?:in|with|between|across)\s+(?:the\s+|our\s+|any\s+|all\s+)?(?:${KINDS_OF_RELEASE}\s+){1,3}(?:releases?|versions?|updates?|builds?)\b`,
  ].join("|"),
  "iu",
);

/** True when a sentence speaks of breaking changes as expected, possible or allowed by policy: no change of its own. */
export const hedgesBreaking = (sentence: string): boolean => HEDGES.test(sentence);
