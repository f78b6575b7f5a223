// A section whose heading tells users what they must change on upgrading ("Migration", "Upgrading to v3", "Upgrade
// notes", "Migration guide", "移行", "迁移", "升级指南", "마이그레이션", "Mise à jour", "Actualización"): those of its
// items that themselves say what changed ("`Client::from_url()` is replaced by `Client::builder()`") are the release's
// breaking changes, under whatever other headings the notes also file them; a feature, a fix, a step or a bump there
// keeps its own kind. The same heading over prose only ("## Upgrade notes" then "Make sure to update both NPM and Cargo
// dependencies") says how to take up the release and stays a document part (blog-sections.ts).

import { breaksInWords, readItem, saysMustAct } from "./kinds.js";
import { tellsUsers } from "./user-steps.js";
import { namesWhatChanged } from "../prose/prose.js";

// The words of such a heading, one per language where the class exists; a version may follow ("Migrating to v3",
// "Upgrading from 2.x", "v5 への移行", "迁移到 v5").
const VERSION_TAIL = String.raw`(?:\s+(?:(?:from|to|zu|vers|à|a|para|de)\s+)?(?:[^\s]{1,30}\s+)?v?\d[\w.x-]*(?:\s+(?:to|zu|vers|à|a|para)\s+v?\d[\w.x-]*)?)?`;
const LATIN = new RegExp(
  "^(?:" +
    [
      // English
      String.raw`(?:migration|migrating|breaking changes (?:and|&) migration)(?:\s+(?:notes?|guide|instructions|steps))?`,
      // A bare "Upgrade" or "Upgrading" is as often a dependency bump or the steps to install: only with a word for a
      // guide or notes, or a version ("Upgrade notes", "Upgrading to v3"), as the CJK list below.
      String.raw`(?:upgrading|upgrade)\s+(?:notes?|guide|instructions|steps)|(?:upgrading|upgrade)(?=\s+(?:from|to)\s)`,
      String.raw`how to (?:upgrade|migrate)`,
      // German
      String.raw`migration(?:shinweise|sleitfaden|sanleitung)|upgrade-?hinweise|aktualisierung(?:shinweise)?|hinweise zu(?:m|r) (?:upgrade|migration|aktualisierung)`,
      // French
      String.raw`(?:guide|notes?) de migration|mise (?:à|a) (?:jour|niveau)`,
      // Spanish, Portuguese
      String.raw`(?:gu[ií]a (?:de )?)?migraci[oó]n|(?:notas (?:de )?)?actualizaci[oó]n|(?:guia (?:de )?)?migra[cç][aã]o|(?:notas (?:de )?)?atualiza[cç][aã]o`,
    ].join("|") +
    ")" +
    VERSION_TAIL +
    "$",
  "iu",
);
// Chinese, Japanese, Korean: "迁移", "迁移指南", "升级说明", "移行ガイド", "アップグレード手順", "마이그레이션 가이드". ("升级",
// "アップグレード", "업그레이드" alone are as often a dependency bump: only with a word for a guide or notes, or a target.)
const CJK =
  /^(?:(?:迁移|遷移|升级|升級)(?:到|至)\s*.{1,20}|(?:.{1,20}\s*(?:への|へ))?移行|(?:迁移|遷移)(?:指南|说明|說明|注意事项|注意事項|须知|須知)?|(?:升级|升級)(?:指南|说明|說明|注意事项|注意事項|须知|須知)|(?:移行|アップグレード)(?:ガイド|手順|方法|時の注意(?:点|事項)?)|(?:.{1,20}\s?(?:으)?로\s)?마이그레이션(?:\s?(?:가이드|방법|안내|참고\s?사항|노트))?|업그레이드\s?(?:가이드|방법|안내|참고\s?사항|노트))$/u;

/** True when a heading's words tell users what to change on upgrading (any of the languages above). */
export function namesMigration(heading: string): boolean {
  const text = heading.replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, "").replace(/[:：]\s*$/u, "").trim();
  if (text === "" || text.length > 60) return false;
  return LATIN.test(text) || CJK.test(text);
}

// Items under such a heading that are no break of their own: a new feature or a fix the project filed there, a step to
// run ("Run `x doctor` after upgrading"), a dependency bump ("Upgrade `tokio` to 1.38", "升级 SQLite 到 3.46").
const NOT_A_BREAK = new Set(["feature", "fix", "dependencies", "performance", "internal", "docs", "security"]);
// A fault that no longer happens is a fix: "Migrations no longer hang on Postgres 16", "no longer crashes".
const FAULT_GONE = /\bno longer (?:hangs?|crash(?:es)?|fails?|panics?|errors?|leaks?|freezes?|blocks?|throws?|deadlocks?|times? out|breaks?)\b/iu;
const STEP_OR_BUMP =
  /^(?:run|execute|check|back up|read|make sure|ensure|restart|verify)\b|^(?:upgrade[sd]?|bump(?:ed|s)?|update[sd]?)\b(?:(?!\binstead\b)[^;])*?\bto v?\d|^(?:运行|執行|执行|升级|升級|更新)[^，,。]{0,40}(?:到|至)\s*v?\d|^(?:运行|執行|执行)|を実行して|실행하(?:세요|십시오)/iu;

// "You may wish to adjust your code to account for this": what changed asks users to change theirs.
const ADJUST_YOUR_CODE = /\byou (?:may|might|will) (?:wish|want|need) to (?:adjust|update|change|modify|rewrite|account for)\b|\b(?:adjust|update|change) your (?:code|usage|calls?|imports?)\b/iu;

/** An item that itself tells users to change something: replaced, renamed, removed, deprecated, no longer done,
 *  "instead of", "you will now need to", "must", "you may need to adjust your code" — not a feature, a fix, a step to run or a dependency bump. */
function breaksItself(item: string): boolean {
  const own = readItem(item).kind;
  if ((own !== null && NOT_A_BREAK.has(own)) || FAULT_GONE.test(item) || STEP_OR_BUMP.test(item)) return false;
  return breaksInWords(item, own) || saysMustAct(item) || tellsUsers(item) || ADJUST_YOUR_CODE.test(item);
}

/** For the section titled `heading`, which of its `items` are breaking changes: null when the heading names no
 *  migration or no item breaks itself. Only those items break; the others are what their own words say. */
export function migrationBreaks(heading: string, items: readonly string[]): boolean[] | null {
  if (items.length === 0 || !namesMigration(heading)) return null;
  const breaks = items.map(breaksItself);
  return breaks.some(Boolean) ? breaks : null;
}

/** True when the section titled `heading` tells in prose only (no list) what users must change on upgrading, and one of
 *  its `sentences` itself says what changed ("The `output` option was renamed to `outDir`."): a breaking part, told in
 *  the post as the release's breaking changes, not as a guide to read. */
export function migrationProseBreaks(heading: string, sentences: readonly string[]): boolean {
  // (It names what changed, "renamed", "no longer": "We suggest you review the Migration Guide" only points at it.)
  return namesMigration(heading) && sentences.some((sentence) => breaksItself(sentence) && namesWhatChanged(sentence) && !SAYS_UNAFFECTED.test(sentence));
}
// "…that shouldn't affect your projects", "Users are not affected", "No action is needed": the part says its changes
// reach no one, and a post would not call them breaking.
const SAYS_UNAFFECTED = /\b(?:should(?:n['’]t| not)|won['’]t|will not|does(?:n['’]t| not)|do(?:n['’]t| not)|is unlikely to|are unlikely to)\s+(?:\w+\s+)?(?:affect|impact|break)\b|\b(?:not|un)affected\b|\bno (?:action|changes?) (?:is |are )?(?:needed|required|necessary)\b/iu;
