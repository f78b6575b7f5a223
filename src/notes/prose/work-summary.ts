// Lines that name only the kinds of work a release holds, never a change of it: a summary "新コンポーネントや機能開発,
// メンテナンス対応, ドキュメントのアップデートを行いました" ("we did new components, maintenance, docs updates") under
// "概要", or a project's stock first item "Évolution du système socio-fiscal." ("change of the tax-benefit system").
// The changes themselves follow; these introduce them and, shown, take the place of one.
import { headingMeaning } from "../kinds/kinds.js";

// The frame "we did …": JA "…を行いました", KO "…을/를 진행했습니다", ZH "进行了…", EN "We did/worked on …",
// "This release includes …". What is left inside is the list of kinds.
const DID_FRAME_END = /\s*(?:を|の)(?:行い|実施し|し)(?:ました|ます)[。.]?$|\s*(?:을|를)?\s*(?:진행|수행)(?:했습니다|하였습니다|했다)[.。]?$/u;
const DID_FRAME_START = /^(?:本次(?:更新|发布|版本)?(?:主要)?(?:进行了|包括|包含)|(?:we|this release|this version|this update)\s+(?:also\s+)?(?:did|made|worked on|carried out|includes?|contains?|brings?)\s+)/iu;
const PART_SPLIT = /\s*(?:[,、，/／・]|や|및|以及|和|与|\band\b|\bet\b)\s*/u;

/** A sentence whose every part is a kind of work ("new components, maintenance, docs updates"), framed as done. */
export function namesOnlyWorkDone(sentence: string): boolean {
  const text = sentence.trim();
  const inner = DID_FRAME_END.test(text) ? text.replace(DID_FRAME_END, "") : DID_FRAME_START.test(text) ? text.replace(DID_FRAME_START, "").replace(/[.。]$/u, "") : null;
  if (inner === null || /[`<>()（）]/u.test(inner)) return false;
  const parts = inner.split(PART_SPLIT).filter((part) => part !== "");
  // Three or more, each a short name ("メンテナンス対応", "bug fixes") that means a kind: a list of categories.
  return parts.length >= 3 && parts.every((part) => part.split(/\s+/u).length <= 3 && part.length <= 24 && headingMeaning(part) !== null);
}

// A verbless line "Évolution du système socio-fiscal", "Changes to the system", "Modification of the rules": a change
// noun whose only complement is what area it touches — the category, said as a phrase.
const CHANGE_OF_AREA = /^(?:[ÉE]volutions?|Changements?|Modifications?|Changes?|Evolutions?)\s+(?:du|de la|de l'|des|d'|of the|to the|in the|of|to)\s*[\p{L}'-]+(?:[\s-]+[\p{L}'-]+){0,2}[.。]?$/u;

/** A list item that names only the area of change ("Évolution du système socio-fiscal."), with no change in it. */
export const namesOnlyAreaOfChange = (text: string): boolean => CHANGE_OF_AREA.test(text.trim());

// "Périodes concernées : du 01/01/2020…", "Zones impactées :", "Affected files:": where or when a change applies, a
// field of the project's template beside the change ("Détails :"), not the change.
const AFFECTED_FIELD = /^(?:[\p{L}-]+\s+){1,2}(?:concern[ée]e?s?|impact[ée]e?s?|affect[ée]e?s?|affected|impacted|touched)\s*[:：]/iu;

/** A template field that says what a change affects ("Zones impactées :", "Affected periods: 2020–2021"). */
export const isAffectedField = (text: string): boolean => AFFECTED_FIELD.test(text.trim());
