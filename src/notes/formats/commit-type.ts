// A conventional commit's type, its optional scope and "!", then its colon ("feat:", "fix(load)!:", "docs(readme)："):
// one pattern for every reader that tells a commit subject from prose (commit-lines.ts, model.ts), as a source to anchor
// where it is used. The types are the conventional ones and the spellings logs add ("feature", "bugfix", "deps"). Pure.
import { startsWithCjk } from "../text/cjk.js";

const TYPES = "feat|feature|fix|bugfix|hotfix|perf|refactor|docs?|chore|build|ci|tests?|style|revert|deps|security";
export const COMMIT_TYPE = String.raw`(?:${TYPES})(?:\([^)\n]{0,60}\))?!?[:：]`;

// A type written without its colon: "feat 新增…", "fix 修复…" (nothing English starts a Chinese, Japanese or Korean
// sentence so), "feat(table) add column resizing" (a scope in brackets is a commit's), "feat add x" ("feat" is no
// English word). "fix crash on start" stays a sentence: its "fix" is the verb. Lower case only, as commits write types.
const TYPE_WITHOUT_COLON = new RegExp(String.raw`^(${TYPES})(\([^()\n]{1,60}\))?(!)?[ \t]+(?=\S)`, "u");

/** The change with the colon its conventional type left out put back ("feat(x) add y" → "feat(x): add y"); other text as is. */
export function withTypeColon(text: string): string {
  const typed = TYPE_WITHOUT_COLON.exec(text);
  if (!typed) return text;
  const rest = text.slice(typed[0].length);
  const scoped = typed[2] !== undefined && /^[\p{L}`]/u.test(rest);
  const typeOnly = typed[1] === "feat" && /^\p{Ll}{2,}\s/u.test(rest);
  if (!scoped && !typeOnly && !startsWithCjk(rest)) return text;
  return `${typed[1] ?? ""}${typed[2] ?? ""}${typed[3] ?? ""}: ${rest}`;
}
