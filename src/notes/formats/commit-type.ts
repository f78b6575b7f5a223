// A conventional commit's type, its optional scope and "!", then its colon ("feat:", "fix(load)!:", "docs(readme)："):
// one pattern for every reader that tells a commit subject from prose (commit-lines.ts, model.ts), as a source to anchor
// where it is used. The types are the conventional ones and the spellings logs add ("feature", "bugfix", "deps"). Pure.
export const COMMIT_TYPE = String.raw`(?:feat|feature|fix|bugfix|hotfix|perf|refactor|docs?|chore|build|ci|tests?|style|revert|deps|security)(?:\([^)\n]{0,60}\))?!?[:：]`;
