// The frame of a launch post in the languages blog-sections.ts and no-change-headings.ts do not cover, and the parts
// they leave: a recap of the old mechanism ("A Qwik recap", "Background"), credits ("Crédits & Remerciements"), "what
// is X" for newcomers ("Qu'est-ce que Wails ?"), the outlook ("Un regard tourné vers l'avenir"), the close ("Derniers
// mots", "Enjoy a much faster experience!") and the arrival line that opens the post ("It's here!", "C'est là !").
// None names a new feature. Pure text rules on one heading.
import { bareHeading } from "../labels/bare-heading.js";

// How things worked before this release, told for newcomers: "A Qwik recap", "Quick recap", "A refresher",
// "Background", "Rappel", "Kurzer Rückblick" is the story's (no-change-headings.ts).
const RECAP =
  /^(?:(?:an? |the )?(?:(?:quick|brief|short|little) )?(?:[\p{L}\p{N}.+-]+ )?(?:recap|refresher)(?: (?:of|on) [^?]{1,40})?|(?:some )?background|récapitulatif|(?:un )?(?:petit |bref )?rappel|kurze? zusammenfassung|resumen rápido|(?:un )?(?:breve )?repaso|recapitulando)$/u;

// Credits and thanks, alone or joined: "Credits & Thanks", "Crédits & Remerciements", "Danksagung", "Agradecimientos".
const THANKS_WORD = String.raw`(?:credits?|thanks|thank you|acknowledge?ments?|shout-?outs?|crédits|remerciements|merci|danksagungen?|dank|agradecimientos|créditos|agradecimentos|obrigad[oa])`;
const CREDITS = new RegExp(String.raw`^${THANKS_WORD}(?:\s*(?:&|and|et|und|y|e|,)\s*${THANKS_WORD})*$`, "u");

// "What is X?" for newcomers, in fr, de, es, pt (English is blog-sections.ts's): the project, not the release.
const WHAT_IS = /^(?:qu'est[- ]ce(?: que| qu')?\s?[^?]{1,40}|c'est quoi [^?]{1,40}|was ist [^?]{1,40}|¿?qu[ée] es [^?]{1,40}|o que (?:é|são) [^?]{1,40})\s?\?$/u;

// The outlook and the close: "Un regard tourné vers l'avenir", "Perspectives", "L'avenir de Wails", "Derniers mots",
// "Letzte Worte", "Últimas palabras", "Wrapping up" is ABOUT_PROJECT's.
const OUTLOOK_OR_CLOSE =
  /^(?:(?:un )?regard (?:tourné )?vers l'avenir|(?:et )?(?:après|ensuite) \?|perspectives d'avenir|l'avenir(?: de [^?]{1,30})?|(?:le |les )?(?:derniers?|quelques) mots|pour conclure|en conclusion|conclusion|letzte worte|schlussworte?|fazit|zum schluss|(?:la )?mirada (?:hacia|al) (?:el )?futuro|(?:el )?futuro de [^?]{1,30}|últimas palabras|conclusiones?|(?:o )?futuro d[oa] [^?]{1,30}|olhando para (?:o )?futuro|últimas palavras|conclusão)[!.]?$/u;

// The post's cheer as a heading: "Enjoy a much faster experience!", "Stay tuned!", "Profitez bien !": a closing line.
const CHEER = /^(?:enjoy|have fun|profitez|amusez-vous|viel spaß|genießt|disfruta|disfrutad|aproveite)\b[^?]{0,50}!$|^(?:so )?stay tuned!?$/u;

// "It's here!", "It's finally here!", "C'est là !", "Es ist da!", "¡Ya está aquí!", "Chegou!": the arrival, the post's
// opening line, whose paragraphs greet.
const ARRIVAL =
  /^(?:(?:and )?(?:it|they|we)(?:'s|'re| is| are)? (?:finally |officially )?(?:here|out|live|landed)|(?:it|the wait) is over|(?:c'est|il est|elle est) (?:enfin )?(?:là|arrivée?|sortie?)|(?:es|sie) ist (?:endlich )?(?:da|raus)|¡?(?:ya )?(?:está|llegó) (?:aquí|aqui)|¡?ya (?:está|llegó)|(?:já )?chegou)\s?[!.]*$/u;

// A heading as its lowered words, apostrophes straightened.
const words = (title: string): string =>
  bareHeading(title)
    // "4. Enjoy a much faster experience!": a step's number says nothing of the part.
    .replace(/^\d{1,2}[.)]\s+/u, "")
    .replace(/[’`]/gu, "'")
    .replace(/\s+([?!])/gu, "$1")
    .replace(/[.:：]$/u, "")
    .trim()
    .toLowerCase();

/** A launch post's part that frames its features (recap, credits, what the project is, outlook, close, cheer): it
 *  names no change of this release, and nothing under it is one. */
export function framesLaunchPost(title: string): boolean {
  const text = words(title);
  if (text === "" || text.length > 70) return false;
  return RECAP.test(text) || CREDITS.test(text) || WHAT_IS.test(text) || OUTLOOK_OR_CLOSE.test(text) || CHEER.test(text);
}

/** The launch post's arrival line as a heading ("It's here!", "C'est là !"): it opens the post, as its title does. */
export const announcesArrival = (title: string): boolean => ARRIVAL.test(words(title));
