// A greeting or sign-off line of a blog post in the languages notes come in ("Salut à tous,", "Hallo zusammen!", "Hola
// a todos", "Olá pessoal", "大家好！", "皆さん、こんにちは。", "안녕하세요 여러분", "À bientôt !", "Bis bald", "Bonne mise à
// jour"): it opens or closes the post and names no change, so a maintainer deletes it from the post. Short lines only:
// "Hola, this release adds…" goes on to say something. Pure.

const OPENERS = String.raw`salut|bonjour|bonsoir|coucou|hello|hi|hey|hallo|moin|servus|hola|buenas|buenos días|olá|ola|oi|ciao|salve|greetings`;
const GROUP = String.raw`(?:à\s+)?(?:tous|toutes|tout le monde|à tous|zusammen|allerseits|alle|leute|a\s+todos|a\s+todas|todos|todas|pessoal|galera|gente|amigos|amis|everyone|everybody|all|folks|friends|y'all|a\s+tutti|tutti)`;
const LATIN_GREETING = new RegExp(String.raw`^(?:${OPENERS})(?:[\s,]+${GROUP})?(?:[\s,]+(?:et bienvenue|and welcome))?\s*[,!.:;…👋🙂😀😊]*\s*$`, "iu");
const LATIN_SIGN_OFF =
  /^(?:à bientôt|à la prochaine|bonne (?:mise à jour|journée|soirée)|bis bald|bis zum nächsten mal|viel spaß|hasta pronto|hasta la próxima|até (?:logo|breve|a próxima)|a presto|see you(?: soon| next time)?|happy updating|cheers)\s*[,!.…👋🙂😀😊]*\s*$/iu;
const CJK_GREETING = /^(?:(?:大家好|各位好|你好|您好|こんにちは|皆さん|みなさん|皆様|안녕하세요|여러분)[\s,，、!！。.~～]*){1,3}$/u;
// A letter's salutation on a line of its own ("Dear users,", "亲爱的社区小伙伴们，", "Liebe Community,", "Chers
// utilisateurs,", "Queridos usuarios:", "親愛なる皆様へ"): it ends in a comma, colon or "!", so "Dear ImGui 1.90 adds…"
// (a product named Dear ImGui) is no salutation.
const SALUTATION =
  /^(?:(?:dear|liebe[rs]?|cher|chère|chers|chères|querid[oa]s?|estimad[oa]s?|prezad[oa]s?|car[oaie])\s+[^.。!?！？,，:：]{1,30}[,，:：!！]|(?:亲爱的|親愛的|親愛なる|敬爱的|尊敬的)[^.。!?！？,，:：]{1,20}(?:[,，:：!！]|へ)?)\s*$/iu;

/** True when the line only greets or signs off. */
export function isGreeting(sentence: string): boolean {
  const line = sentence.trim();
  return line.length <= 60 && (LATIN_GREETING.test(line) || LATIN_SIGN_OFF.test(line) || CJK_GREETING.test(line) || SALUTATION.test(line));
}
