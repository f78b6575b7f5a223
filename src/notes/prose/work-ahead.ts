// A blog post's sentence about the team's work still to come ("We'll continue to work on Vite's performance.", "We're
// working on an official benchmark tool", "We plan to ship a plugin API in 3.1", "Stay tuned!"): a plan, no change of
// this release. (A support window kept, "We'll continue to support Node 18 until April", tells users what they may run:
// not read here.) Pure.

const WORK_AHEAD = new RegExp(
  [
    String.raw`^(?:(?:and|but|so|also|meanwhile|going forward|in the meantime),?\s+)?we(?:'ll| will| are going to| shall) (?:(?:also|still|now)\s+)?(?:continue|keep|be (?:working|looking|exploring|investigating)|look (?:into|at)|explore|investigate|work on)\b`,
    String.raw`^(?:(?:and|but|so|also|meanwhile),?\s+)?we(?:'re| are) (?:(?:currently|also|now|still|actively)\s+)*(?:working on|planning|exploring|investigating|looking (?:into|at)|experimenting with|thinking about)\b`,
    String.raw`^(?:(?:and|but|so|also),?\s+)?we (?:(?:also|still)\s+)?(?:plan|hope|intend|aim|want|expect) to\b`,
    String.raw`^in (?:the )?(?:future|coming (?:weeks|months|releases)|next (?:few )?(?:releases?|versions?|months))\b`,
    String.raw`^stay tuned\b`,
  ].join("|"),
  "iu",
);

/** True for a sentence that tells what the team will do next, not what the release did. */
export const speaksOfWorkAhead = (sentence: string): boolean => {
  const text = sentence.trim().replace(/[’‘]/gu, "'");
  return WORK_AHEAD.test(text) && !/\bsupport(?:s|ed|ing)?\b/iu.test(text);
};
