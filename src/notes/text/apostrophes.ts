// Notes write "it’s" and "it's" alike (editors and CMSs curl the quote); the word patterns are written with the
// straight one, so a sentence is matched after this.
const CURLY_APOSTROPHES = /[’‘]/gu;

export const straightApostrophes = (text: string): string => text.replace(CURLY_APOSTROPHES, "'");
