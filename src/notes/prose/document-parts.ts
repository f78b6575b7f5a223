// Headings that name a part of the notes document rather than a change of the release. Two classes:
// - a part that frames the changes: "Release summary", an appendix ("Swift Evolution Appendix", "附录"), "What's new -
//   an overview", "Release-Zusammenfassung",
//   "Résumé de la version", "Resumen de la versión", "Resumo da versão", "版本概述", "リリース概要", "릴리스 개요". It is no change and labels nothing;
//   what it holds is read as usual.
// - a part on taking up or backing the project, which holds no change: how to start, run or use it ("How to start",
//   "启动的方式", "起動方法", "실행 방법"), donations and support ("Support development", "Donate", "Spenden", "捐赠",
//   "寄付"), the contributors ("Contributors", "贡献者"), how the release was checked ("Security Audit", "安全审计").
//   The part goes with what it holds.
// And "Stdlib の更新", "Updates to the standard library", "Core class updates": an area's updates over a list of them,
// a category title, no change. Pure text rules on one heading.
import { bareHeading } from "../labels/bare-heading.js";
import { onlyFrames, saysChange } from "./change-statement.js";
import { isSideSentence } from "./side-sentences.js";
import { straightApostrophes } from "../text/apostrophes.js";

// (A bare "Summary" or "概要" may hold the notes' own one-line summary, which leads: only the release's or a
// what's-new overview is read so.)
const FRAMES =
  /^(?:(?:release|version)s? (?:summary|overview)|(?:what'?s new|what is new|what has changed|what changed)\s*[-–—:]\s*(?:an? )?(?:overview|summary|introduction)|(?:table of )?contents|(?:[\p{L}\p{N}-]+ ){0,3}appendix(?: [a-z\d])?|(?:anhang|annexe|apéndice|apêndice)(?: [\p{L}\p{N}-]+){0,3}|versionsübersicht|release-(?:zusammenfassung|übersicht)|(?:résumé|aperçu) de la version|(?:resumen|descripción general) de la versión|(?:resumo|visão geral) da versão)$/iu;
const FRAMES_CJK = /^(?:.{0,20}(?:附录|附錄|付録|부록)|(?:版本|发布|發布)(?:概要|概述|概览|概覽|摘要|总览|總覽)|リリース(?:概要|サマリー)|(?:릴리스|릴리즈)\s?(?:개요|요약))$/u;

const TAKE_UP =
  /^(?:how to (?:start|run|launch|use(?: it)?|set (?:it )?up|get started)|ways? to (?:start|run|launch)|(?:start(?:ing)?|launch) (?:methods?|options|modes?)|support (?:the )?(?:development|project|maintainers?|developers?)(?: of [^\s]{1,30})?|(?:how to )?donat(?:e|ions?|ing)|(?:new )?contributors?(?: list)?|(?:(?:external|independent|third[- ]party) )?(?:security )?audit(?: results| report)?|sicherheitsaudit|audit de sécurité|auditoría de seguridad|auditoria de segurança|wie (?:man )?(?:startet|starten)|spenden|unterstützt? (?:die entwicklung|das projekt)|mitwirkende|comment (?:démarrer|lancer)|faire un don|dons|soutenir (?:le développement|le projet)|contributeurs|cómo (?:empezar|iniciar|arrancar)|donaciones|donar|apoya(?:r)? (?:el desarrollo|el proyecto)|colaboradores|contribuidores|como (?:iniciar|começar)|doações|doar|apoie (?:o desenvolvimento|o projeto))$/iu;
const TAKE_UP_CJK =
  /^(?:(?:启动|啟動|运行|運行|使用)(?:的)?(?:方式|方法)|如何(?:启动|啟動|运行|運行|使用)|捐赠|捐贈|捐助|打赏|打賞|支持(?:开发|開發|我们|我們|项目|項目)|贡献者(?:名单|列表)?|貢獻者(?:名單)?|起動(?:の)?方法|実行方法|使い方|寄付(?:のお願い)?|コントリビューター|貢献者|(?:시작|실행|사용)(?:하는)?\s?방법|기부(?:하기)?|후원(?:하기)?|기여자|安全审计|安全審計|セキュリティ監査|보안 감사)$/u;

// "Stdlib の更新", "Updates to the standard library", "Core class updates", "标准库的更新", "표준 라이브러리 업데이트":
// the updates of an area, whose list says them.
const AREA_UPDATES = /^(?:[\p{L}\p{N}`'._-]+(?: [\p{L}\p{N}`'._-]+){0,2} updates|updates (?:to|of|in) (?:the )?[\p{L}\p{N}`'._-]+(?: [\p{L}\p{N}`'._-]+){0,2})$/iu;
const AREA_UPDATES_CJK = /^[^\s。、]{1,20}\s?(?:の更新|の変更|的更新|的變更|的变更|업데이트|변경 사항)$/u;

// "Fix broken updates", "Skip empty updates": a change to updates, not an area's.
const SAYS_DONE = /^(?:fix(?:es|ed)?|add(?:s|ed)?|remov(?:e|es|ed)|drop(?:s|ped)?|improv(?:e|es|ed)|skip(?:s|ped)?|allow(?:s|ed)?|support(?:s|ed)?|enabl(?:e|es|ed)|disabl(?:e|es|ed)|handl(?:e|es|ed)|prevent(?:s|ed)?|avoid(?:s|ed)?|faster|better|batch(?:ed)?)\b/iu;

const bare = (title: string): string => straightApostrophes(bareHeading(title)).replace(/[:：]$/u, "").trim();

/** A heading that names a framing part of the document (its summary, overview, introduction): no change, no label. */
export function framesDocument(title: string): boolean {
  const text = bare(title);
  return text !== "" && text.length <= 60 && (FRAMES.test(text.toLowerCase()) || FRAMES_CJK.test(text));
}

/** A heading of a part on starting, using, backing, crediting or auditing the project: no change of the release. */
export function namesSidePart(title: string): boolean {
  const text = bare(title);
  return text !== "" && text.length <= 60 && (TAKE_UP.test(text.toLowerCase()) || TAKE_UP_CJK.test(text));
}

// "Consider donating to support our work": a purpose said with a change's verb, which states no change.
const PURPOSE = /\bto support\b|\bzu unterstützen\b|\bpour soutenir\b|\bpara (?:apoyar|apoiar)\b/giu;

/** Whether a part's sentences state a change of the release ("Every admin action is now written to an audit log"):
 *  a part titled as a side part ("Audit", "Donations", "How to use") that does is a feature, not a side part. */
export const statesAnyChange = (sentences: readonly string[]): boolean =>
  sentences.some((sentence) => !isSideSentence(sentence) && !onlyFrames(sentence) && saysChange(sentence.replace(PURPOSE, " ")));

/** A side part ("Audit", "Donate", "How to use") whose text states no change: it goes with what it holds. */
export const isSidePart = (title: string, sentences: readonly string[]): boolean => namesSidePart(title) && !statesAnyChange(sentences);

// "Automatic updates", "Live updates", "Over-the-air updates", "Automatische Updates", "Mises à jour automatiques",
// "自动更新", "자동 업데이트": words that say how updates happen, a feature of its own, not an area's updates.
const HOW_UPDATES =
  /\b(?:auto(?:matic)?|live|background|silent|over[- ]the[- ]air|ota|in[- ]app|delta|incremental|seamless|instant|push|hot|real[- ]?time|scheduled|rolling|automatische|automatiques?|automátic[oa]s?)\b|(?:自动|自動|静默|靜默|后台|後台|バックグラウンド|サイレント|자동|실시간|백그라운드)/iu;

/** A heading that names an area's updates ("Stdlib の更新"): a category over a list, never a change of its own. */
export function namesAreaUpdates(title: string): boolean {
  const text = bare(title);
  return text !== "" && text.length <= 40 && !SAYS_DONE.test(text) && !HOW_UPDATES.test(text) && (AREA_UPDATES.test(text) || AREA_UPDATES_CJK.test(text));
}

/** An area's updates over its list, with a line leading in at most: the list says the changes, the title none. A part
 *  that explains in prose ("The desktop app now checks for new versions…") is a change titled so. */
export const titlesAreaList = (title: string, listed: boolean, sentences: readonly string[]): boolean => listed && sentences.length <= 1 && namesAreaUpdates(title);

// "Other Notable Enhancements", "More highlights", "Additional features", "Weitere Neuerungen", "Autres nouveautés",
// "Otras mejoras", "Outras melhorias", "其他亮点", "その他の新機能", "기타 개선 사항": a list after the main one.
const SECONDARY = /^(?:other|more|additional|further|minor|misc(?:ellaneous)?|weitere|sonstige|andere|autres|otras|otros|más|outras|outros|mais)\b|^(?:其他|其它|更多|その他|기타|그 외)/iu;

/** A heading of a secondary list ("Other Notable Enhancements"): it ranks after the main highlights. */
export const namesSecondaryList = (title: string): boolean => SECONDARY.test(bare(title));

// "Release notes", "Important notes", "Notes de version", "Remarques importantes", "Versionshinweise", "Wichtige
// Hinweise", "Notas de la versión", "Notas da versão", "リリースノート", "发布说明", "릴리스 노트": a heading that names the
// notes themselves, a kind of text. What is under it may hold changes; the heading is none of them.
const NOTES_PART =
  /^(?:(?:important|release|version|upgrade|upgrading|migration)\s+)?(?:notes?|remarks?)$|^(?:notes?|remarques?)(?:\s+(?:importantes?|de (?:version|mise à jour|publication)))?$|^(?:remarques?|notes?) importantes?$|^(?:wichtige\s+)?(?:versions|release|update|upgrade)?hinweise$|^wichtige hinweise$|^(?:notas?|observaciones|observações)(?:\s+(?:importantes?|de (?:la )?(?:versión|publicación|actualización)|d[aoe] (?:versão|lançamento|atualização)))?$|^(?:リリース|更新|アップデート)\s?(?:ノート|情報|メモ)$|^(?:发布|發布|发行|發行|版本|更新|升级|升級)(?:说明|說明|注意事项|注意事項|笔记|筆記)$|^(?:릴리[스즈]|업데이트|업그레이드)\s?(?:노트|참고 사항)$/iu;

/** A heading that names the notes themselves ("Notes de version", "Release notes"): it heads what is under it, and is
 *  no change of its own. */
export function namesNotesPart(title: string): boolean {
  const text = bare(title);
  return text !== "" && text.length <= 40 && NOTES_PART.test(text);
}
