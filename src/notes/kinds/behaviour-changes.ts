// Sections of changed behaviour: "Behavior changes", "Changed behaviour", "Behavioural changes", "Verhaltensänderungen",
// "Changements de comportement", "Cambios de comportamiento", "Mudanças de comportamento", "行为变更", "動作の変更",
// "동작 변경 사항". What is under them is what users meet on upgrading, so it ranks right after the security fixes; but
// the notes do not call it breaking, and neither may the post: it keeps the notes' own label, and counts as no breaking
// change, unless a change's own words say it breaks or is incompatible. Pure.
import { bareHeading } from "../labels/bare-heading.js";

export const BEHAVIOUR_HEADING = new RegExp(
  [
    String.raw`^(?:notable\s+|important\s+)?behaviou?r(?:al)?\s+changes?$`,
    String.raw`^(?:changed|changes\s+(?:in|of|to))\s+behaviou?rs?$`,
    String.raw`^(?:verhaltensänderungen|geändertes\s+verhalten|änderungen\s+(?:am|im|des)\s+verhalten)$`,
    String.raw`^(?:changements?|modifications?)\s+(?:de|du)\s+comportements?$`,
    String.raw`^(?:cambios|modificaciones)\s+(?:de|en\s+el)\s+comportamiento$`,
    String.raw`^(?:mudanças|alterações)\s+(?:de|no)\s+comportamento$`,
    String.raw`^(?:行为|行為)(?:上的)?(?:变更|變更|变化|變化|改变|改變)$`,
    String.raw`^(?:動作|挙動)(?:の)?(?:変更|変化)(?:点)?$`,
    String.raw`^(?:동작|행동)\s*(?:변경|변화)(?:\s*사항)?$`,
  ].join("|"),
  "iu",
);

/** True when a heading (without its colon and emoji) names a section of changed behaviour. */
export const namesBehaviourChanges = (heading: string): boolean => BEHAVIOUR_HEADING.test(bareHeading(heading));

// A change's own word that it breaks: "breaking", "breaks existing/your/compatibility…" (not "no longer breaks words"), "incompatible", "不兼容", "破坏性", "破壊的", "互換性がありません",
// "호환되지 않". (Not "no longer", "by default", "now": every change of behaviour says those.)
const SAYS_IT_BREAKS = /\bbreaking(?:\s+change)?\b|\bbreaks?\s+(?:backwards?[- ]compat\w*|compat\w*|existing|your|user|the\s+api|api|builds?|code|config\w*|scripts?|plugins?)\b|\bincompatib|\bnot\s+backwards?[- ]compatible\b|不兼容|破坏性|破壞性|破壊的|互換性(?:が|は)?(?:なく|ない|ありません)|호환되지\s*않|inkompatib|incompatib|nicht\s+(?:mehr\s+)?(?:abwärts)?kompatibel/iu;

/** True when a change's own words say it breaks or is incompatible. */
export const saysItBreaks = (text: string): boolean => SAYS_IT_BREAKS.test(text);
