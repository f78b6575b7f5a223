// Dates a post does not need ("Released on 2025-02-03", a date line): the post itself is dated.
import type { Context, Defect } from "./types.ts";
import { itemText, lines } from "./text.ts";

const DATE = String.raw`(?:\d{4}[-/.]\s?\d{1,2}[-/.]\s?\d{1,2}\.?|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|\d{4}\s?년\s?\d{1,2}\s?월\s?\d{1,2}\s?일|\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:of\s+)?\p{L}+,?\s+\d{4}|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`;
const RELEASED_ON = new RegExp(String.raw`\b(?:released|published)\s+(?:on|at)\s+${DATE}|\brelease date\s*[:：]?\s*${DATE}`, "iu");
// A date alone, also as a label ("2026. 06. 23.:"): a heading turned into a post's label.
const DATE_LINE = new RegExp("^\\s*[(\\[_*`]*" + DATE + "[)\\]_*`]*\\s*[:：]?\\s*$", "u");
// "… instead of being overwritten by the deletion. 19th August, 2026": a date line run into the sentence before it.
const DATE_AFTER_SENTENCE = new RegExp(String.raw`[.!?。！？]\s*${DATE}\s*$`, "u");
/** Dates a post does not need: "Released on 2025-02-03", a line that is only a date. */
export function incidentalDate({ posts }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    for (const line of lines(text)) {
      if (RELEASED_ON.test(line) || DATE_LINE.test(itemText(line)) || DATE_AFTER_SENTENCE.test(line)) defects.push({ check: "incidental-date", post, detail: `"${line.trim()}"` });
    }
  });
  return defects;
}
