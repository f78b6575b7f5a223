// A lead-in over a list of dependency floors ("Increased minimum versions for:" over "- asdf >= 2.12.0", "- python >=
// 3.10", …): one change, the floors raised, not a dozen. Shown as one item that names the floors, a raised runtime
// floor first ("Increased minimum versions for: python >= 3.10, asdf >= 2.12.0, …"), and counted once. Its lead-in is
// part of that item, never a label (which the breaking label would glue it into: "⚠️ Breaking changes (Increased
// minimum versions for)"). It breaks when a floor it names is a runtime's (kinds.ts's raisesPlatformFloor).

import type { Entry } from "../model.js";
import { raisesPlatformFloor } from "./kinds.js";

// The class of lead-in: minimum, required or supported versions (or dependencies) raised, in the languages notes come in.
const MINIMUM_VERSIONS =
  /^(?:(?:increased|raised|bumped|updated|new|changed)\s+)?(?:minimum|min\.?|required|lowest supported)\s+(?:supported\s+|required\s+)?(?:(?:dependency|package|library)\s+)?(?:versions?|dependenc(?:y|ies)|requirements?)(?:\s+(?:have been|were|are now)\s+(?:increased|raised|bumped|updated))?(?:\s+(?:for|of))?$|^dependency (?:minimums|floors)$|^(?:angehobene\s+)?mindestversionen(?:\s+angehoben)?(?:\s+(?:für|von))?$|^(?:nouvelles\s+)?versions minimales(?:\s+(?:requises|de|pour))?$|^(?:nuevas\s+)?versiones mínimas(?:\s+(?:requeridas|de|para))?$|^(?:novas\s+)?versões mínimas(?:\s+(?:exigidas|de|para))?$|^最低(?:依赖)?版本(?:要求)?(?:提升|更新)?$|^最低(?:バージョン|動作バージョン|要件)(?:の引き上げ)?$|^最小バージョン$|^최소\s?(?:버전|요구\s?사항)(?:\s?상향)?$/iu;
// One floor: a package's name, then its version range ("asdf >= 2.12.0", "h5netcdf > =1.0.0", "numpy ~= 1.24", "pandas 1.4+").
const FLOOR = /^`?[\w.@/[\]-]{1,60}`?\s*(?:(?:>\s*=|>|≥|\^|~=?|==?)\s*`?v?\d[\w.*+-]*`?|v?\d[\w.]*\+|(?:to|→)\s+v?\d[\w.]*)\.?$/u;

// How many floors the item names before it says how many more: a runtime's always, the first others up to this.
const SHOWN_FLOORS = 3;
// "and 16 more": the floors not named, in the language of the lead-in.
const MORE: Array<[RegExp, (count: number) => string]> = [
  [/mindest/iu, (count) => `und ${count} weitere`],
  [/minimales/iu, (count) => `et ${count} autres`],
  [/versiones/iu, (count) => `y ${count} más`],
  [/versões/iu, (count) => `e mais ${count}`],
  [/最低(?:依赖)?版本/u, (count) => `等 ${count} 项`],
  [/[\p{Script=Katakana}\p{Script=Hiragana}]|最小/u, (count) => `他 ${count} 件`],
  [/\p{Script=Hangul}/u, (count) => `외 ${count}개`],
];
const moreWords = (lead: string, count: number): string => (MORE.find(([pattern]) => pattern.test(lead))?.[1] ?? ((n: number) => `and ${n} more`))(count);

/** The lead-in a label names: itself, or inside the brackets of a breaking label ("⚠️ Breaking changes (X)"). */
function leadIn(label: string | null): string | null {
  if (label === null) return null;
  const inner = /\(([^()]+)\)\s*$/u.exec(label)?.[1] ?? label;
  const text = inner.replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, "").replace(/[:：]\s*$/u, "").trim();
  return MINIMUM_VERSIONS.test(text) ? text : null;
}

/** Each run of two or more floors under one minimum-versions lead-in, joined into one change. */
export function withMinimumVersionsJoined(entries: readonly Entry[], breakingLabel: string): Entry[] {
  const out: Entry[] = [];
  for (let at = 0; at < entries.length; ) {
    const first = entries[at] as Entry;
    const lead = first.prose ? null : leadIn(first.label);
    let end = at;
    while (lead !== null && end < entries.length && !entries[end]?.prose && leadIn(entries[end]?.label ?? null) === lead && FLOOR.test(entries[end]?.text.trim() ?? "")) end += 1;
    if (lead === null || end - at < 2) {
      out.push(first);
      at += 1;
      continue;
    }
    const run = entries.slice(at, end);
    const floors = run.filter((entry) => raisesPlatformFloor(entry.text));
    const ordered = [...floors, ...run.filter((entry) => !floors.includes(entry))];
    const named = ordered.slice(0, Math.max(floors.length, SHOWN_FLOORS)).map((entry) => entry.text.trim().replace(/\.$/u, ""));
    const rest = ordered.length - named.length;
    const text = `${lead}: ${named.join(", ")}${rest > 0 ? ` ${moreWords(lead, rest)}` : ""}`;
    const breaks = floors.length > 0;
    const { markedBreaking: _marked, ...base } = first;
    out.push({ ...base, text, kind: breaks ? "breaking" : first.kind === "breaking" ? "dependencies" : first.kind, label: breaks ? breakingLabel : null });
    at = end;
  }
  return out;
}
