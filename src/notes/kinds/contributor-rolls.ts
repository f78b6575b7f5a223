// A contributor roll: the list of the people who made a release, after a sentence that introduces it ("53 authors added
// to this release (alphabetically):", "12 people contributed to this release:", "Thanks to the following
// contributors:", "感谢以下贡献者："). Its items name people, not changes: no post shows them and no "+N more" counts them.
// A roll of sponsors ("Thank you to all our sponsors! And special thanks to our top sponsors:") names people too.
// (A roll under its own heading, "Contributors", "New Contributors", "贡献者", is a dropped section: kinds.ts.)

// The people: the words for contributors, authors, committers, people in the languages notes come in.
const PEOPLE =
  "(?:people|persons?|contributors?|authors?|committers?|developers?|maintainers?|folks|humans|individuals|sponsors?|backers?|supporters?|patrons?|donors?|Mitwirkende[n]?|Beitragende[n]?|Personen|Entwickler(?:innen)?|contribut(?:eurs?|rices?)|personnes|auteurs?|développeu?r(?:s|ses)?|colaborador(?:es|as)|contribuid?or(?:es|as)|contribuyentes|personas|pessoas|desenvolvedor(?:es|as))";
// What they did for the release: contributed, were added, made (their first) contributions, helped.
const DID =
  "(?:contributed|contributing|added|made|helped|worked|participated|committed|submitted|landed|haben (?:\\w+ )?beigetragen|mitgewirkt|ont (?:\\w+ )?contribué|ont participé|contribuyeron|colaboraron|participaron|contribuíram|colaboraram|participaram)";
// "53 authors added to this release (alphabetically):", "A total of 12 people contributed to this release."
const COUNTED_ROLL = new RegExp(
  `^(?:(?:a total of|in total|overall|altogether|some|over|more than|nearly|almost)\\s+)?\\d[\\d,.]*\\+?\\s+(?:(?:new|first[- ]time|unique|distinct|different|amazing|wonderful|awesome)\\s+)?${PEOPLE}\\b.{0,60}\\b${DID}\\b`,
  "iu",
);
const EN_ROLL = new RegExp(
  [
    // "Thanks to the following contributors:", "Thank you to everyone who contributed:", "Many thanks to our contributors"
    // (Only over the list: "Thanks to our contributors, this release adds:" leads in to changes.)
    `^(?:and\\s+)?(?:(?:a\\s+)?(?:big|huge|many|special)\\s+)?(?:thanks|thank you)\\b.{0,40}\\b(?:${PEOPLE}|everyone|everybody|all)(?:\\s+who\\s+${DID}(?:\\s+to\\s+(?:this|the)\\s+(?:release|version))?)?\\s*(?:\\([^)]*\\))?\\s*[:：]$`,
    // "The following people contributed to this release:", "Contributors to this release:", "This release was made
    // possible by the following contributors:"
    `^(?:the\\s+)?following\\s+(?:\\d+\\s+)?${PEOPLE}\\b`,
    `^(?:the\\s+)?(?:new\\s+)?${PEOPLE}\\s+(?:to|of|for|in)\\s+(?:this|the)\\s+(?:release|version)`,
    `\\b(?:made possible|brought to you)\\s+by\\b.{0,40}\\b${PEOPLE}\\b`,
    // German, French, Spanish, Portuguese: "An diesem Release haben 12 Personen mitgewirkt:", "Merci aux contributeurs :"
    `^(?:(?:vielen\\s+)?dank|merci|gracias|obrigad[oa]|agradecemos|agradecimientos?|remerciements?)\\b.{0,40}\\b${PEOPLE}\\s*[:：]$`,
  ].join("|"),
  "iu",
);
// Chinese, Japanese, Korean: "感谢以下贡献者", "本次发布共有 12 位贡献者", "以下の方々にご協力いただきました", "기여해 주신 분들".
const CJK_ROLL = /(?:感谢|感謝|鸣谢|鳴謝|致谢).{0,12}(?:贡献者|貢獻者|貢献者|开发者|開發者|参与者|參與者|朋友|同学|各位)|以下.{0,6}(?:贡献者|貢獻者|貢献者|コントリビューター)|\d+\s*(?:位|名|人)\s*(?:贡献者|貢獻者|貢献者|开发者|コントリビューター)|(?:以下の|次の)(?:方々|皆さん|皆様|コントリビューター)|コントリビューター(?:の皆さん|の方々)|기여(?:해\s*주신|하신)\s*분들|기여자\s*(?:목록|분들)/u;

// Words for changes: a lead-in that names them leads in to changes.
// ("15 contributors made 120 commits; here is what they shipped:", "12 Entwickler haben an diesen Verbesserungen
// mitgewirkt:" lead in to changes too, however many people they count.)
const NAMES_CHANGES = /\b(?:changes?|fix(?:es)?|features?|improvements?|enhancements?|updates?|bugs?|shipped|what (?:they|we) (?:did|built|made)|Änderungen|Korrekturen|Verbesserungen|Neuerungen|changements|corrections|améliorations|nouveautés|cambios|correcciones|mejoras|novedades|mudanças|correções|melhorias|novidades)\b|变更|修复|更新|功能|改进|変更|修正|改善|변경|수정|개선/iu;

/** True when `sentence`, right before a list, introduces the list as the people who made the release. */
export function introducesRoll(sentence: string): boolean {
  const text = sentence.trim().replace(/^[\p{Extended_Pictographic}\uFE0F\s*_#]+/u, "");
  // A lead-in, not a paragraph that happens to mention contributors on the way to a change.
  if (text.length === 0 || text.length > 160) return false;
  // "Thanks to all contributors for these fixes:" leads in to changes, whoever made them.
  if (NAMES_CHANGES.test(text)) return false;
  return COUNTED_ROLL.test(text) || EN_ROLL.test(text) || CJK_ROLL.test(text);
}
