// What a launch post says beside its changes: an introduction for newcomers ("If you're new here: Dioxus is a library
// for…"), a plug for the community ("Dioxus Labs now has weekly office hours"), statistics about the people or the
// work ("more than 30 distinct contributors have worked on the package"), a tally of kinds ("We have also included one
// bugfix and there are no new deprecations.") and news of the ecosystem taking up the release ("… are making their way
// into the Swift on server ecosystem"). Each is true, none is a change a post can show. Pure text rules, en, de, fr,
// es, pt, zh, ja, ko.

import { saysChange } from "./change-statement.js";
import { straightApostrophes } from "../text/apostrophes.js";

// Addressing readers who do not know the project yet: the sentence tells what the project is.
const NEWCOMERS =
  /^(?:(?:so,?\s+)?if (?:you(?:'re| are) new(?: here| to [^,:.!?]{1,40})?|you (?:don't|do not|didn't|did not) know\b|you haven't heard\b|this is your first\b)|for (?:those|anyone|everyone|all)(?: of you)? (?:who (?:(?:are|is) new|(?:don't|do not|didn't|did not) know|haven't heard|(?:are|is) not familiar)|new to\b|unfamiliar with\b)|for (?:the uninitiated|newcomers|new readers)\b|new to [^?]{1,40}\?|in case you (?:don't know|haven't heard|are new)\b|(?:falls|wenn) (?:du|sie|ihr) (?:neu (?:hier )?(?:bist|sind|seid)|[^,.]{1,30} noch nicht kenn(?:st|en|t))|für (?:alle|diejenigen),? die [^,.]{1,40} (?:noch )?nicht kennen|si vous (?:êtes nouveau|découvrez|ne connaissez pas)|pour (?:ceux|celles) qui ne connaissent pas|si (?:eres|es) nuev[oa]|para (?:quienes|los que|aquellos que) no (?:conocen|conozcan)|se (?:você )?(?:é|for) novo|para quem (?:ainda )?não conhece)/iu;
const NEWCOMERS_CJK =
  /^(?:如果(?:你|您)(?:是)?(?:第一次|初次|刚刚?)(?:接触|听说|了解|來到|来到)|(?:对于|對於)(?:还|還)?不(?:熟悉|了解|认识|認識)|(?:初めての方|はじめての方|ご存じない方|ご存知ない方)(?:へ|に|のために)|(?:처음(?:이신|이라면|오신)|모르시는 분)|.{1,20}を(?:初めて|はじめて)(?:知った|聞いた)方)/u;

// A plug for the community, not a change: a meeting held at a time or in a place ("weekly office hours, every Friday at
// 9am", "community call on our Discord", "Sprechstunde jeden Freitag", "每周的社区会议"), an invitation to a chat server
// or forum ("Join the Lantern Discord server!", "join us on Matrix"), a newsletter, a job ad. A channel's or a meeting's
// name alone is no plug: "Slack notifications now support threads" and "Join our new Discord integration" are changes.
const MEETING =
  /\b(?:office hours|community (?:calls?|meetings?|meetups?|hangouts?)|meetups?|town halls?|livestreams?|Sprechstunden?|Community-(?:Treffen|Calls?)|heures? de permanence|réunions? communautaires?|horario de (?:oficina|atención)|reuniones? (?:de la )?comunidad|horário de atendimento|reuniões? (?:da )?comunidade)\b|答疑(?:时间|時間)|(?:社区|社區)(?:会议|會議|例会|例會)|オフィスアワー|コミュニティ(?:ミーティング|コール)|오피스 ?아워|커뮤니티 (?:미팅|콜)/iu;
const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta`;
const TIME_OR_PLACE = new RegExp(
  String.raw`\b(?:weekly|monthly|bi-?weekly|every (?:week|month|other week|${DAY})|on (?:${DAY})s?|jeden (?:${DAY})|wöchentlich|monatlich|chaque (?:semaine|mois|${DAY})|hebdomadaires?|mensuel(?:le)?s?|cada (?:semana|mes|${DAY})|semanal(?:es)?|mensual(?:es)?|toda (?:semana|${DAY})|todo (?:mês|${DAY})|\d{1,2}(?::\d\d)?\s?(?:am|pm|uhr|h)|UTC|GMT|[PECM][SD]T|CES?T|JST|KST|discord|slack|matrix|zulip|gitter|telegram|zoom|jitsi|google meet|youtube|twitch)\b|每周|每週|每月|毎週|毎月|매주|매월|\d{1,2}\s?(?:点|點|時|时|시)`,
  "iu",
);
const INVITATION =
  /\b(?:join|follow) (?:us (?:on|in|at)\b|(?:our|the) (?:[\p{L}\p{N}.-]+ ){0,3}(?:server|community|forum|newsletter|mailing list|chat|channel)\b)|\bsubscribe to (?:our|the) (?:newsletter|mailing list|channel)\b|\bwe(?:'re| are) hiring\b/iu;
const isPlug = (text: string): boolean => (MEETING.test(text) && TIME_OR_PLACE.test(text)) || INVITATION.test(text);

// Statistics about the people or the work: "more than 30 distinct contributors have worked on the package", "accounting
// for more than 30% of the commits", "1,200 commits from 85 people", "30 位贡献者", "30人のコントリビューター",
// "기여자 30명". (A count of users, stars or members is COMMUNITY_SIZE's, in prose.ts.)
const PEOPLE_COUNT =
  /\b\d[\d,.]*\+?\s+(?:(?:distinct|unique|different|individual|new|first[- ]time|external|community)\s+)?(?:contributors|people|developers|authors|committers|maintainers|Mitwirkende[n]?|Beitragende[n]?|contributeur(?:s|ices)|colaboradores|contribuidores)\b[^.!?]{0,60}?\b(?:have|has|had|were|are)?\s*(?:worked|contributed|helped|participated|landed|submitted|authored|made|merged|beigetragen|mitgewirkt|contribué|participé|contribuido|participado|colaborado)\b|\b\d[\d,.]*\s*%\s+(?:of (?:the |all )?(?:commits|contributions|pull requests|changes|code)|der (?:Commits|Beiträge)|des (?:commits|contributions)|de (?:los |os )?(?:commits|contribuciones|contribuições))\b|\b\d[\d,.]*\s+(?:commits|pull requests|PRs|merge requests)\s+(?:from|by)\s+(?:more than |over |about )?\d[\d,.]*\s+(?:contributors|people|developers|authors)\b/iu;
const PEOPLE_COUNT_CJK = /\d+\s*(?:位|名)(?:不同的)?(?:贡献者|貢獻者|开发者|開發者)|\d+\s*人(?:以上)?の(?:コントリビューター|貢献者|開発者)|(?:기여자|개발자)\s*\d+\s*명|\d+\s*명의\s*(?:기여자|개발자)/u;

// A tally of kinds of change that names none: "We have also included one bugfix and there are no new deprecations.",
// "There are also 3 minor features, 5 bugfixes, and 2 new deprecations introduced." Each clause counts a kind; a clause
// that says what ("a new way to publish the package") makes it a change.
const COUNT_WORD =
  String.raw`(?:no|one|two|three|four|five|six|seven|eight|nine|ten|a single|a (?:few|couple of|handful of|number of)|several|some|\d+|kein(?:e|en)?|ein(?:e|en)?|zwei|drei|vier|fünf|aucun(?:e)?|une?|deux|trois|quatre|cinq|ningun[oa]|un[oa]?|dos|tres|cuatro|cinco|nenhum(?:a)?|um|uma|duas|três|quatro)`;
const KIND_NAME =
  String.raw`(?:features?|bug ?fix(?:es)?|fix(?:es)?|deprecations?|changes?|improvements?|enhancements?|breaking changes?|regressions?|removals?|Funktionen|Features?|Fehlerbehebungen|Bugfixes|Verwerfungen|Änderungen|fonctionnalités?|corrections?|dépréciations?|changements?|funcionalidad(?:es)?|características|correcciones|corrección|obsolescencias?|cambios?|funcionalidades?|correç(?:ão|ões)|mudanças?)`;
const KIND_COUNT = new RegExp(
  String.raw`^(?:(?:and|also|but|plus|und|et|y|e)\s+)*(?:there (?:are|is|were|was) (?:also )?|we(?:'ve| have)? (?:also )?(?:included?|added|made|shipped|introduced|got|have)\s+|it (?:also )?(?:includes|contains|has)\s+|this (?:release|version) (?:also )?(?:includes|contains|has)\s+)?${COUNT_WORD}\s+(?:(?:new|minor|major|small|key|notable|other|additional|more|neue|kleine|weitere|nouvelles?|petites?|autres|nuev[oa]s|pequeñ[oa]s|otr[oa]s|nov[oa]s|pequen[oa]s|outr[oa]s)\s+)*${KIND_NAME}(?:\s+(?:introduced|included|added|landed|this time|in this release|as well))*$`,
  "iu",
);
const KIND_COUNT_CJK = /^(?:(?:还|還|另外|此外|また|그리고|또한)[，,、]?\s*)?(?:(?:包括|包含|有|含)\s*)?(?:\d+|[一两二三四五六七八九十没]|没有)\s*(?:个|個|项|項|处|處)?\s*(?:新(?:的)?)?(?:功能|特性|修复|修復|错误修复|錯誤修復|弃用|棄用|变更|變更)(?:[，,、和及与與]\s*(?:\d+|[一两二三四五六七八九十]|没有)\s*(?:个|個|项|項)?\s*(?:新(?:的)?)?(?:功能|特性|修复|修復|错误修复|錯誤修復|弃用|棄用|变更|變更))*[。.]?$/u;

/** Every clause of the sentence counts a kind of change and names none. */
function onlyTalliesKinds(sentence: string): boolean {
  const text = sentence.replace(/[.!。！]+$/u, "").trim();
  if (KIND_COUNT_CJK.test(text)) return true;
  // "Lantern CLI 6.8 introduces 2 new deprecations."
  const introduced = INTRODUCES_LIST.exec(text);
  if (introduced !== null && tallyClauses(introduced[2] ?? "").every((clause) => TALLY_CLAUSE.test(clause))) return true;
  const clauses = text.split(/\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/iu).filter((clause) => clause !== "");
  return clauses.length > 0 && clauses.every((clause) => KIND_COUNT.test(clause.trim()));
}

// What a release "introduces" listed with tallies of kinds among the things it names: "Lantern 6.8 introduces 3 key
// features, 2 new things for developers to use today and a new way to publish the package", "Lantern CLI 6.8 introduces
// 2 key features, a brand-new app blueprint and a new default for templates". The counts say how the notes are laid
// out, the rest what changed. (A tally may go on to whom it serves, "… for developers to use today", not to an area it
// touched: "3 fixes for the router" names one.)
const INTRODUCES_LIST = /^(.{1,60}?\s(?:introduces|brings|includes|contains|comes with|ships(?: with)?|has|führt|bringt|enthält|introduit|apporte|introduce|trae|incluye|traz|inclui))\s+(.+?)([.!]?)$/iu;
const TALLY_CLAUSE = new RegExp(
  String.raw`^${COUNT_WORD}\s+(?:(?:new|minor|major|small|key|notable|other|additional|more|neue|kleine|weitere|nouvelles?|petites?|autres|nuev[oa]s|pequeñ[oa]s|otr[oa]s|nov[oa]s|pequen[oa]s|outr[oa]s)\s+)*(?:${KIND_NAME}|things|items|Dinge|choses|cosas|coisas)(?:\s+(?:for|für|pour|para)\s+(?:\S+\s+){0,2}(?:developers|users|you|everyone|people|teams|Entwickler(?:innen)?|Nutzer(?:innen)?|développeur(?:s|euses)|utilisateur(?:s|rices)|desarrolladores|usuari[oa]s|desenvolvedores)\b[^,]{0,40})?$`,
  "iu",
);

const tallyClauses = (list: string): string[] =>
  list
    .split(/\s*,\s*(?:and\s+|und\s+|et\s+|y\s+|e\s+)?|\s+(?:and|und|et|y|e)\s+/iu)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== "");

/** The sentence without the tallies among what it says a release introduces ("… introduces a new way to publish the
 *  package."); as it was when it holds no tally or nothing but tallies (isSideTalk's). Right before the titled parts
 *  that tell them (`partsFollow`), such a sentence is the parts' table of contents: null, the parts say each change. */
export function withoutTallyClauses(sentence: string, partsFollow = false): string | null {
  const match = INTRODUCES_LIST.exec(sentence.trim());
  if (match === null) return sentence;
  const [, head = "", list = "", stop = ""] = match;
  const clauses = tallyClauses(list);
  const named = clauses.filter((clause) => !TALLY_CLAUSE.test(clause.trim()));
  if (named.length === clauses.length || named.length === 0) return sentence;
  if (partsFollow) return null;
  const joined = named.length === 1 ? named[0] : `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
  return `${head} ${joined}${stop}`;
}

// The ecosystem taking up the release's features, which tells of others' work, not a change of this release: "Custom
// actor executors … are making their way into the Swift on server ecosystem", "halten Einzug in das Ökosystem".
const ECOSYSTEM =
  /\b(?:are|is) (?:making|finding) (?:their|its) way (?:into|to|across)\b[^.!?]{0,60}\b(?:ecosystem|community|libraries|frameworks|packages)\b|\b(?:halten|hält) Einzug in\b[^.!?]{0,40}Ökosystem|\bfont leur (?:chemin|entrée) dans l'écosystème\b|\bse (?:están|está) abriendo camino en el ecosistema\b|\bestão chegando ao ecossistema\b|(?:正在|逐步)(?:进入|進入|融入)[^。]{0,20}生态|エコシステムに(?:広が|浸透|取り入れ)られ?つつあります|생태계(?:로|에) (?:확산|도입)되고 있습니다/iu;

/** A sentence that addresses readers new to the project: it and the rest of its paragraph tell what the project is. */
export function addressesNewcomers(sentence: string): boolean {
  const text = straightApostrophes(sentence).replace(/[*_]+/gu, "").trim();
  const address = NEWCOMERS.exec(text) ?? NEWCOMERS_CJK.exec(text);
  // "If you're new to Lantern, the `init` wizard now walks you through setup" tells newcomers of a change.
  return address !== null && !saysChange(text.slice(address.index + address[0].length));
}

// What this release did, said in a sentence of the newcomers' paragraph: "This release adds incremental builds", "Lantern
// now…", "本次更新新增…", "このリリースでは…を追加しました", "이번 릴리스에서는…". What the project is ("Lantern supports
// many targets") says none: it describes, in the present, what was already so.
const RELEASE_CHANGE =
  /\b(?:this (?:release|version|update)|now|no longer|add(?:s|ed)|introduc(?:es|ed)|brings|ships|landed|gain(?:s|ed)|new in)\b|(?<![\p{L}])(?:diese (?:Version|Veröffentlichung)|jetzt|neu in|cette (?:version|mise à jour)|désormais|ajoute|esta (?:versión|versão|actualização|actualización)|ahora|agora|añade|adiciona)(?![\p{L}])|本次|这次|此版本|这个版本|现在|新增|今回|このリリース|このバージョン|追加しました|이번 (?:릴리스|버전|업데이트)|이제|추가했습니다/iu;

/** In a paragraph that opened by addressing newcomers, a sentence that goes on telling what the project is (no change of
 *  this release): side talk with the address. One that says what the release did stays. */
export function tellsNewcomers(sentence: string): boolean {
  return !RELEASE_CHANGE.test(straightApostrophes(sentence));
}

/** A sentence a launch post says beside its changes: an introduction for newcomers, a community plug, statistics about
 *  the people, a tally of kinds, or news of the ecosystem. Never a post's item. */
export function isSideTalk(sentence: string): boolean {
  const text = straightApostrophes(sentence).replace(/[*_]+/gu, "").trim();
  return addressesNewcomers(text) || isPlug(text) || PEOPLE_COUNT.test(text) || PEOPLE_COUNT_CJK.test(text) || ECOSYSTEM.test(text) || onlyTalliesKinds(text);
}
