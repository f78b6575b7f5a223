// Sentences of a part that go with its change but are not it: a caveat about how ready the change is ("Local only
// communities still need more testing and should be considered experimental for now."), how the release was checked or
// who helped ("A security audit was recently performed on Lemmy.", "Big thanks to X for funding"), and a sentence that
// points back at the one before ("Instead if `image_mode` is set…", "This means…"). A part's item is the sentence that
// states what changed; these stand for it only when nothing else does. Pure text rules, en, de, fr, es, pt, zh, ja, ko.

import { saysChange } from "./change-statement.js";
import { isSideTalk } from "./side-talk.js";
import { straightApostrophes } from "../text/apostrophes.js";

// How ready a change is, said as the whole point of the sentence: experimental, needs testing, may change, not for
// production yet. ("Ruby Box provides …, an experimental feature" states the feature: only the caveat's own wording is
// read, as a predicate, not the word "experimental" anywhere.)
const CAVEAT =
  /\b(?:(?:should|must) (?:still )?be (?:considered|treated|regarded) (?:as )?(?:experimental|unstable|beta|alpha|a preview)|(?:is|are) (?:still |currently )?(?:considered )?(?:experimental|unstable|in (?:beta|alpha|preview))(?: for now)?[.!]?$|(?:still )?needs? (?:more|further|additional|some) (?:testing|work|feedback)|(?:may|might|could) (?:still )?change (?:in|before|without)\b|(?:is|are) subject to change|not (?:yet )?(?:production[- ]ready|ready for production|recommended for production)|use (?:it )?at your own risk|(?:only|was only) (?:minor|limited|light) testing)\b/iu;
const CAVEAT_OTHER =
  /\b(?:(?:gilt|gelten|ist|sind) (?:noch |weiterhin )?(?:als )?experimentell|kann sich (?:noch )?ändern|noch nicht (?:produktionsreif|für den produktiven einsatz)|(?:reste|restent|est|sont) (?:encore )?expérimenta(?:l|le|les|ux)|(?:peut|peuvent) (?:encore )?changer|susceptibles? de changer|(?:sigue|siguen|es|son) (?:siendo )?experimental(?:es)?|(?:puede|pueden) cambiar|sujet[oa]s? a cambios|(?:continua|continuam|é|são) experimental(?:is)?|(?:pode|podem) mudar|sujeit[oa]s? a mudanças)\b/iu;
const CAVEAT_CJK =
  /(?:仍(?:然)?(?:处于|處於|是|属于|屬於)?实验(?:性|阶段)|仍(?:然)?(?:處於|是)?實驗(?:性|階段)|(?:仍|还|還)需(?:要)?(?:更多|进一步|進一步)?(?:的)?测试|(?:仍|還)需(?:要)?(?:更多|進一步)?(?:的)?測試|可能(?:会|會)(?:发生)?(?:变化|變化|变更|變更|调整|調整)|不建议(?:在)?生产|不建議(?:在)?生產|まだ実験的|実験的(?:な)?(?:扱い|段階)|変更される可能性があります|本番(?:環境)?(?:で|へ)の(?:利用|使用|デプロイ)は(?:推奨しません|控え)|아직 실험적|변경될 수 있습니다|더 많은 테스트가 필요)/u;

// How the release was checked, or who to thank: "A security audit was recently performed on X", "Big thanks to …",
// "We'd like to thank …", "Ein Sicherheitsaudit wurde durchgeführt", "感谢…". (A fix an audit found says what it fixed.)
const PROCESS =
  /^(?:an? |the |our )?(?:(?:third|second|first|new|recent|external|independent|full) )?(?:security )?audit (?:(?:of [^.!?]{1,40} )?(?:was|has been|have been) (?:recently )?(?:performed|carried out|conducted|completed|done|finished)|took place)\b|^(?:we(?:'d| would)? (?:like to |want to )?(?:thank|are (?:greatly )?indebted))\b|^(?:ein |das )?(?:sicherheits)?audit wurde\b|^(?:un )?audit (?:de sécurité )?a été (?:réalisé|effectué|mené)\b|^(?:una )?auditoría (?:de seguridad )?(?:fue|ha sido) (?:realizada|llevada)\b|^(?:uma )?auditoria (?:de segurança )?(?:foi|tem sido) (?:realizada|feita)\b|^(?:vielen )?dank an\b|^merci (?:à|a)\b/iu;

// "Thanks to @kim", "Big thanks to the docs team", "Gracias a todos los colaboradores": a credit, when a person, a team,
// a handle or the people who helped follow. "Thanks to the new incremental cache, rebuilds are now 5x faster" credits a
// thing, and states a change.
const THANKS_TO = /^(?:(?:big|many|special|huge) )?thanks (?:go(?:es)? )?to\s+|^gracias a\s+|^obrigad[oa] a\s+/iu;
const PEOPLE =
  /^(?:@[\w-]+|(?:all |everyone|everybody|each )|(?:(?:the|our|all|all of our|all the|todos (?:los|as|os)|tod[oa]s|a todos|a todas|l[oa]s|[oa]s) )?(?:[\w'-]+ ){0,3}(?:team|teams|contributors?|community|sponsors?|backers?|donors?|maintainers?|users?|folks|people|translators?|reviewers?|testers?|auditors?|developers?|volunteers?|colaborador(?:es|as)|contribuidor(?:es|as)|equipo|equipe|comunidad|comunidade|patrocinador(?:es|as))\b|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?\s*(?:[,.!]|$| and | y | e | for | por | pelo | pela ))/u;
const credits = (text: string): boolean => {
  const opening = THANKS_TO.exec(text);
  return opening !== null && PEOPLE.test(text.slice(opening[0].length));
};
const PROCESS_CJK = /^(?:(?:最近|近期)?(?:对|對)?.{0,20}(?:进行|進行)了(?:一次)?(?:安全)?审计|(?:特别|特別)?感谢|(?:特別)?感謝|.{0,20}(?:セキュリティ)?監査(?:が|を)(?:実施|行)|.{0,20}보안 감사(?:를|가) (?:실시|진행|수행))/u;

// A sentence that points back at the one before and needs it: "Instead if …", "This means …", "That's why …" (a
// connective with its comma, "However, X", is said without it: change-statement.ts), "Stattdessen …", "En revanche …", "En cambio …", "相反", "代わりに", "대신".
const POINTS_BACK =
  /^(?:instead(?! of)(?!\s*,)\b|this means\b|that(?:'s| is) why\b|that means\b|in other words\b|stattdessen\b|das bedeutet\b|en revanche\b|au lieu de cela\b|cela signifie\b|en cambio\b|esto significa\b|em vez disso\b|isso significa\b|相反|反之|这意味着|這意味著|代わりに|その代わり|つまり|대신(?:에)?\s|이는 곧)/iu;

// A sentence that also introduces what it qualifies ("The new `foo` API is experimental") states the change.
const INTRODUCES = /\b(?:new|adds?|added|introduc(?:es|ed))\b|新增|新しい|新た|추가|새로운/iu;

/** A caveat about how ready a change is: the sentence says that, not the change. One whose clause before the caveat states
 *  a change ("The plugin API is now available to everyone and should be considered experimental") is that change. */
export const isCaveat = (sentence: string): boolean => {
  const text = straightApostrophes(sentence).trim();
  const caveat = CAVEAT.exec(text) ?? CAVEAT_OTHER.exec(text) ?? CAVEAT_CJK.exec(text);
  return caveat !== null && !INTRODUCES.test(text) && !saysChange(text.slice(0, caveat.index));
};

/** How the release was checked or who to thank for it: no change. */
export const tellsProcess = (sentence: string): boolean => {
  const text = straightApostrophes(sentence).replace(/^[*_]+/u, "").trim();
  return PROCESS.test(text) || PROCESS_CJK.test(text) || credits(text);
};

/** Opens by pointing back at the sentence before ("Instead if …", "This means …"): alone it says nothing. */
export const pointsBackward = (sentence: string): boolean => POINTS_BACK.test(straightApostrophes(sentence).trim());

/** A sentence of a part that is not its item: a caveat, the process, one that points back, or a launch post's side talk
 *  (side-talk.ts). */
export const isSideSentence = (sentence: string): boolean => isCaveat(sentence) || tellsProcess(sentence) || pointsBackward(sentence) || isSideTalk(sentence);
