// What a breaking change tells users to do: the step that follows the change in its paragraph ("To keep the previous
// behavior, add `provideX()`.", "Use `LogRecord` instead.", "请使用 …", "… を使用してください", "…를 사용하세요").
// Pure text rules.

// An English step opens with its verb, after a goal clause if any ("To keep X, add Y"; "If you relied on X, use Y").
const EN_VERBS =
  "use|add|replace|switch|migrate|call|set|install|import|pass|configure|provide|register|wrap|rename|update|change|move|pin|enable|disable|remove|run|upgrade|downgrade|include|specify|adopt";
const EN_STEP = new RegExp(`^(?:please |instead, |(?:to|if you|when you|for)\\b[^,.;:]{1,80}, (?:please |you (?:can|should|must|need to) )?)?(?:${EN_VERBS})\\b`, "u");
// Chinese, Japanese and Korean steps say "please" or "do this" in their own way.
const CJK_STEP = /^(?:[^。，,]{0,40}[，,]\s*)?请(?:改用|使用|添加|迁移|替换|更新|安装|设置|调用|配置|升级|移除|引入)|(?:してください|して下さい)[。.]?$|(?:하세요|하십시오|해 주세요|해주세요)[.。]?$/u;

/** True when `sentence` tells users what to do about the breaking change before it. */
export function tellsStep(sentence: string): boolean {
  const text = sentence.trim();
  if (text.length > 240) return false;
  return EN_STEP.test(text.toLowerCase()) || CJK_STEP.test(text);
}
