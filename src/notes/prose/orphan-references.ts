// What is left of a reference once its link is gone: "Siehe folgenden Eintrag.", "See the following entry.", "Voir
// ci-dessous.", "См. ниже." point at a page or entry no post shows; and an advisory id standing as its own sentence
// before what it fixes ("CVE-2026-26982. Fixed an issue where …") is the fix's name, not a sentence of its own.
import { isAdvisoryIdList } from "../kinds/advisory-ids.js";
import { sentences } from "../text/cleanup.js";

// A pointing verb in the languages notes are written in, then what it points at: what follows or precedes, an entry,
// a post, a page. Short: a sentence that goes on to say more is no mere pointer.
const POINT = String.raw`(?:see(?:\s+also)?|siehe(?:\s+auch)?|s\.|vgl\.|voir(?:\s+aussi)?|cf\.?|ver|veja|vedi|zie|zobacz|см\.?|смотрите|смотри)`;
const ARTICLE = String.raw`(?:the|den|die|das|dem|der|le|la|les|l'|el|los|las|o|a|os|as|il|lo|gli|de|het|this|these|diesen?|dieses)`;
const WHERE = String.raw`(?:following|below|above|next|previous|folgenden?|nachfolgenden?|unten(?:stehenden?)?|obigen?|oben|ci-dessous|ci-dessus|suivante?s?|précédente?s?|abajo|arriba|siguientes?|abaixo|acima|seguintes?|sotto|sopra|seguenti|hieronder|hierboven|volgende|poniżej|powyżej|ниже|выше|далее)`;
const THING = String.raw`(?:entry|entries|item|post|posts|page|link|links|section|thread|topic|article|eintrag|einträge|beitrag|beiträge|artikel|seite|abschnitt|entrée|billet|lien|entrada|artículo|enlace|sección|postagem|voce|articolo|collegamento|bericht|pagina|wpis|запись|статью|ссылку|раздел)`;
const ORPHAN_POINTER = new RegExp(String.raw`^${POINT}\s+(?:${ARTICLE}\s+)?(?:${WHERE}(?:\s+${THING})?|${THING}\s+${WHERE}|${THING})\s*[.!。]?$`, "iu");

/** A sentence that only points at an entry or page elsewhere ("Siehe folgenden Eintrag."), its link gone. */
export const isOrphanPointer = (sentence: string): boolean => sentence.length <= 60 && ORPHAN_POINTER.test(sentence.trim());

/** "CVE-2026-26982. Fixed an issue…" → "CVE-2026-26982: Fixed an issue…": an id that stood as its own sentence names
 *  what follows; alone, it is only the advisory's link text. */
export function withAdvisoryIdJoined(text: string): string {
  if (!/[A-Z]{2,}-/u.test(text)) return text;
  const parts = sentences(text);
  const [first, ...rest] = parts;
  if (first === undefined || rest.length === 0 || !isAdvisoryIdList(first)) return text;
  return `${first.replace(/\.$/u, "")}: ${rest.join(" ")}`;
}
