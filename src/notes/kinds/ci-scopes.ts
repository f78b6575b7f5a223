// A change scoped to the project's CI or hosting workflows: "github: reduce binaries size", "ci: cache the toolchain",
// "workflows: build arm64 too". Even where the notes file it with the product's changes (a tiny list with no
// sections), it is how the project is built and shipped: it comes after the changes to the program itself
// ("nfqws: join fragments in quic CRYPTO reconstruction"). Pure word test on one change's text.

const CI_SCOPE =
  /^(?:github|gh|gha|github[- ]actions?|gitlab|gitlab[- ]ci|ci|cd|ci\/cd|workflows?|actions|travis|appveyor|circleci|jenkins|azure[- ]pipelines|buildkite|drone|cirrus)\s*(?:\([^)\n]{1,30}\))?\s*:\s/iu;

/** True when a change's own scope names the CI or the hosting's workflows. */
export const scopedToCi = (text: string): boolean => CI_SCOPE.test(text.trim());
