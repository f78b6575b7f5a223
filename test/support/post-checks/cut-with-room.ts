// cut-with-room: a thread below its cap that cuts a sentence with "…" although the sentence, whole, fits a post. A
// thread is there to say each change whole; the reader loses the end of a sentence for no reason (often its point).
import twitter from "twitter-text";
import type { Context, Defect } from "./types.ts";
import { BULLET, ELLIPSIS, ZWSP, itemText, lines, normalize, plainText } from "./text.ts";

/** The notes' list items and paragraphs, each with its wrapped lines joined: the whole text a post may have cut. */
function unitsOf(notes: string): string[] {
  const units: string[] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length > 0) units.push(current.join(" "));
    current = [];
  };
  for (const line of notes.split("\n")) {
    if (line.trim() === "" || /^\s*#{1,6}\s/u.test(line)) close();
    else if (BULLET.test(line)) {
      close();
      current.push(itemText(line));
    } else current.push(line.trim());
  }
  close();
  return units;
}

// What a post never carries of an item: links, the credit after them.
const withoutReferences = (text: string) => text.replace(/\s*\bby\s+@[\w-]+(?:\[bot\])?/giu, "").replace(/\s*\b(?:in\s+)?https?:\/\/\S+/gu, "");

export function cutWithRoom({ posts, notes, mode, threadCap: cap, maxLength }: Context): Defect[] {
  if (mode !== "thread" || cap === undefined || posts.length >= cap) return [];
  const units = unitsOf(notes).map((unit) => ({ unit, text: normalize(plainText(unit)) }));
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    for (const line of lines(text)) {
      const trimmed = line.trimEnd();
      if (!trimmed.endsWith(ELLIPSIS)) continue;
      const kept = normalize(itemText(trimmed.slice(0, -ELLIPSIS.length).replaceAll(ZWSP, "")));
      if (kept.length < 16) continue;
      const source = units.find((unit) => unit.text.includes(kept.slice(0, 40)));
      if (!source) continue;
      const from = source.text.indexOf(kept.slice(0, 40));
      // The notes' own "…" (a pull request's title cut by GitHub) is theirs to have cut.
      const rest = source.text.slice(from + kept.length - 12);
      if (/…|\.\.\./u.test(rest)) continue;
      // What the post could have said in place of its cut: the kept text to the end of the sentence it cut.
      const after = normalize(withoutReferences(source.text.slice(from + kept.length)));
      const end = /[.!?。！？](?=\s|$)|$/u.exec(after)!.index;
      const sentence = `${kept} ${after.slice(0, end + 1)}`;
      // A lead-in ("…the following rules now recognize them:") leads to a list a post may leave out: cut before it.
      if (/[:：]$/u.test(sentence.replace(/\s*[(（][^()（）]*[)）]\s*$/u, "").trim())) continue;
      const whole = twitter.parseTweet(sentence).weightedLength;
      if (whole <= maxLength * 0.7) defects.push({ check: "cut-with-room", post, detail: `cut although the thread has ${cap - posts.length} more post(s) and the sentence, whole (${whole}), fits one: "${trimmed.trim()}"` });
    }
  });
  return defects;
}
