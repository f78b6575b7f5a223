// What release notes tell users to do, in the three places a composer must not lose it: the step after a breaking
// change ("To keep the previous behavior, add `provideX()`.", "请使用 …", "… を使用してください", "…를 사용하세요"), what a
// known problem's notice asks ("please use 3.8.1", "downgrade"), and a sentence a cut must keep ("you should update to
// 1.8.7 first"). Pure text rules. (Steps the notes require to upgrade at all, a DB upgrade or a server config change,
// are upgrade-steps.ts.)

// The step after a breaking change. An English one opens with its verb, after a goal clause if any ("To keep X, add
// Y"; "If you relied on X, use Y").
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

// What a known problem's notice tells users to do: stay on or go back to a version, hold off upgrading, work around it.
const ACT_HINT = /use|stay|downgrade|roll ?back|revert|pin|avoid|wait|upgrad|workaround|work around|disable|回退|降级|使用|暂缓|避免|ダウングレード|使用して|待って|回避|다운그레이드|사용하|피하/u;
const TELLS_TO_ACT =
  /\b(?:please |we recommend (?:you )?|you (?:should|can|may want to) |we suggest (?:you )?)?(?:use|stay on|keep using|downgrade to|roll ?back to|revert to|pin(?: to)?)\s+(?:version\s+)?v?\d+(?:\.\d+)+|\b(?:downgrade|roll ?back|revert)\b|\b(?:avoid|hold off|wait (?:before|with)|do not|don't) (?:upgrading|updating|the upgrade|to upgrade|upgrade)\b|\bwork ?around\b|(?:回退|降级|退回)到?|请(?:暂时)?(?:使用|暂缓)|ダウングレード|(?:を)?使用してください|回避策|다운그레이드|(?:을|를) 사용하(?:세요|십시오)/u;

/** A known problem's text that tells users what to do about it ("please use 3.8.1", "downgrade", "avoid upgrading",
 *  "a workaround is…"): a notice users must act on, not an aside. */
export function tellsToAct(text: string): boolean {
  const lower = text.toLowerCase();
  return ACT_HINT.test(lower) && TELLS_TO_ACT.test(lower);
}

// A sentence that tells users what to do on upgrading: "you should update to 1.8.7 first", "you must re-run the migration",
// "ensure you take a full backup", "it is very important that you read this section before upgrading".
const TELLS_USERS = /\byou(?:'ll)? (?:should|must|need to|have to|will need to|may need to)\b|\b(?:make sure|ensure) (?:to|that|you)\b|\b(?:it is|it's) (?:very |really |extremely )?(?:important|essential|critical|crucial) (?:that )?you\b|\bupgrade (?:to [\w.`-]+ )?first\b|(?:需要|必须|请先)(?:升级|更新|迁移)|(?:してください|する必要があります)/iu;

/** True when `sentence` tells users what they must do on upgrading. */
export const tellsUsers = (sentence: string): boolean => TELLS_USERS.test(sentence);
