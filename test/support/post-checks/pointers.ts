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
