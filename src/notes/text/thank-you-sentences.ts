// Sentences that thank people for their part in the release, naming them by handle: "We sincerely thank @a and @b for
// their contributions.", "Wir danken @a für …", "Merci à @a pour …", "Gracias a @a por …", "Agradecemos a @a …",
// "特别感谢 @a 的贡献。". And the praise that follows such a thanks ("We appreciate your great efforts!"), which names no
// change either. Credits, not content: the sentence goes whole, the change beside it stays.

import { HANDLE, handleRun } from "./handles.js";

const HANDLES = handleRun(HANDLE, String.raw`\s?,\s?(?:and\s|&\s?)?|\sand\s|\s?&\s?|\s?[、和与及]\s?|\s(?:und|et|y|e)\s|\s`, 20);
// What the sentence thanks them for, up to its end: "for their contributions", "für ihre Beiträge", "pour leurs
// contributions", "por sus contribuciones", "pelas contribuições".
const FOR_WHAT = String.raw`(?:\s+(?:for|für|pour|por|pel[oa]s?)\b[^.!?。！？]{0,80})?`;
const END = String.raw`\s*[.!。！]*\s*`;

const THANKS_SENTENCES = [
  // "We sincerely thank @a …", "I'd like to thank @a …", "We are grateful to @a …", "Huge thanks to @a …" (the last in cleanup.ts).
  String.raw`(?:we|i)(?:'d| would| want to| wish to)?\s+(?:(?:sincerely|really|truly|deeply|warmly|also|especially|greatly|heartily|again|like to)\s+){0,3}(?:thank|are (?:very )?(?:grateful|thankful) to)\s+${HANDLES}${FOR_WHAT}`,
  String.raw`(?:wir|ich)\s+(?:(?:danken|bedanken uns bei)\s+|möchten uns bei\s+)${HANDLES}${FOR_WHAT}(?:\s+bedanken)?`,
  String.raw`(?:(?:vielen|herzlichen|großen)\s+)?dank\s+an\s+${HANDLES}${FOR_WHAT}`,
  String.raw`(?:(?:un\s+)?(?:grand\s+)?merci\s+à|nous\s+remercions)\s+${HANDLES}${FOR_WHAT}`,
  String.raw`(?:(?:muchas\s+)?gracias\s+a|agradecemos\s+a|(?:muito\s+)?obrigad[oa]s?\s+a[os]?|agradecemos\s+(?:a[os]?\s+)?)\s*${HANDLES}${FOR_WHAT}`,
  String.raw`(?:特别|衷心|非常|再次)?(?:感谢|感謝|鸣谢)\s*${HANDLES}\s*(?:的(?:贡献|帮助|支持|付出|努力))?`,
];
const THANKS = new RegExp(String.raw`(?:^|(?<=[.!?。！？]\s*))(?:${THANKS_SENTENCES.join("|")})${END}(?=$|\p{Lu}|\p{Lo})`, "giu");
// "We appreciate your great efforts!", "Your contributions are much appreciated.": praise for work the post does not name.
const PRAISE = /(?:^|(?<=[.!?。！？]\s*))(?:(?:we|i)\s+(?:(?:really|truly|greatly|deeply|very much|sincerely)\s+)?appreciate\s+(?:your|their|all|everyone's|the)\s+(?:(?:great|hard|amazing|awesome|wonderful|continued)\s+)?(?:efforts?|contributions?|work|help|support)|(?:your|their|all)\s+(?:contributions?|efforts?|help)\s+(?:is|are)\s+(?:(?:much|greatly|really|very much)\s+)?appreciated)\s*[.!]*\s*$/iu;

/** The text without its sentences that thank people by handle, and the praise after such a thanks; other text as it is. */
export function withoutThankYouSentences(text: string): string {
  if (!text.includes("@")) return text;
  const without = text.replace(THANKS, "");
  if (without === text) return text;
  return without.replace(PRAISE, "").trim();
}
