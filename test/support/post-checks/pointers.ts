// Prose pointing at "the following" or "below": a post has no below (reported as dangling-lead-in, its sentence form).
import type { Context, Defect } from "./types.ts";
import { BULLET, isLabel, isNumbering, lines, nonEmpty } from "./text.ts";

// A sentence that points at what comes next: "…read the following information carefully.", "The changes are listed
// below.", "See below for details.", "详见下文", "以下の変更があります", "변경 사항은 다음과 같습니다".
const FORWARD_POINTER =
  /\b(?:the following|as follows)\b[^.!?:：]*[.!]?$|\bbelow(?: for (?:more )?(?:details|information|info|more))?[.!]?$|\b(?:listed|described|detailed|shown|summari[sz]ed|outlined|explained|included|found|see|read) below\b[^.!?:：]{0,30}[.!]?$|(?:下文|下方|下面|如下)[^。！？：:]{0,10}[。！.!]?$|以下の[^。：:]{0,20}(?:あります|です|含まれています|含まれます)[。.]?$|(?:다음과 같습니다|아래와 같습니다|아래(?:를|에서) (?:참고|확인))[^.:：]{0,10}[.]?$/iu;
/** Prose that ends a post pointing at "the following" or "below", with nothing after it to point at (reported as a
 *  dangling lead-in: a lead-in in sentence form). */
export function danglingPointer({ posts, releaseUrl }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    const content = nonEmpty(lines(text)).filter((line) => !isNumbering(line) && (releaseUrl === "" || line.trim() !== releaseUrl) && !/^\s*(?:https?:\/\/\S+|(?:[#＃]\S+\s*)+)\s*$/u.test(line));
    // "(more on what that means later)", "(see below)": an aside pointing further into the notes, anywhere in a post.
    for (const line of content) {
      const aside = /\((?:see|more|details?|read more|explained|described|covered|discussed)\b[^()]{0,40}?\b(?:below|later|further down)\b[^()]{0,10}\)/iu.exec(line);
      if (aside) defects.push({ check: "dangling-lead-in", post, detail: `points further into the notes: "${aside[0]}"` });
    }
    const last = content.at(-1);
    if (last === undefined || BULLET.test(last) || isLabel(last)) return;
    const sentence = last.split(/(?<=[.!?。！？])\s*/u).filter((piece) => piece.trim() !== "").at(-1) ?? "";
    if (FORWARD_POINTER.test(sentence.trim())) defects.push({ check: "dangling-lead-in", post, detail: `ends pointing at what follows: "${sentence.trim()}"` });
  });
  return defects;
}

// "Siehe folgenden Eintrag.", "see the next entry", "voir ci-dessus", "см. ниже", "参见下文", "下記参照": a reference to
// another entry of the notes by its place. A post keeps only some entries, in its own order: the place points at nothing.
const CROSS_REFERENCE = new RegExp(
  [
    String.raw`\b(?:see|cf\.?)\s+(?:the\s+)?(?:following|next|previous|preceding|above|below)\s+(?:entry|entries|item|items|section|point|note|change)\b`,
    // ("see below" is the forward pointer above; "see above" points back at what a post may not have.)
    String.raw`(?<!\()\b(?:see|cf\.?)\s+above\b`,
    String.raw`\bsiehe\s+(?:(?:den\s+|die\s+|das\s+)?(?:folgenden?|nächsten?|vorherigen?|obigen?)\s+(?:Eintrag|Einträge|Punkt|Abschnitt)|oben|unten)\b`,
    String.raw`\bvoir\s+(?:ci-dessus|ci-dessous|(?:l'|l’)entrée\s+suivante)`,
    String.raw`\b(?:ver|véase|vea)\s+(?:abajo|arriba|la\s+entrada\s+siguiente)\b`,
    String.raw`(?:^|\s)(?:см\.|смотрите)\s+(?:ниже|выше|следующ)`,
    String.raw`(?:参见|参看|见|詳見|详见)(?:下文|上文|下条|下一条|上一条)|(?:下記|上記|後述|前述)(?:を)?参照`,
  ].join("|"),
  "iu",
);
/** A sentence that sends the reader to another entry of the notes by its place ("see the following entry"): the entry
 *  a post kept is not where the notes had it (reported as a dangling lead-in). */
export function crossReference({ posts }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    for (const line of nonEmpty(lines(text))) {
      const match = CROSS_REFERENCE.exec(line);
      if (match) defects.push({ check: "dangling-lead-in", post, detail: `refers to another entry by its place: "${match[0].trim()}"` });
    }
  });
  return defects;
}

/** Pointers of both forms, a sentence reported once: "详见下文。" ending a post is a forward pointer, not also a
 *  cross-reference. */
export function pointers(context: Context): Defect[] {
  const forward = danglingPointer(context);
  const quoted = (defect: Defect) => /"([^"]*)"$/u.exec(defect.detail)?.[1] ?? "";
  const cross = crossReference(context).filter((defect) => !forward.some((other) => other.post === defect.post && quoted(other).includes(quoted(defect))));
  return [...forward, ...cross];
}
