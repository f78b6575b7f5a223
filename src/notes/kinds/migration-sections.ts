// A section whose heading tells users what they must change on upgrading ("Migration", "Upgrading", "Upgrade notes",
// "Migration guide", "移行", "迁移", "升级指南", "마이그레이션", "Mise à jour", "Actualización") and which lists what
// changed ("`Client::from_url()` is replaced by `Client::builder()`"): its items are the release's breaking changes,
// under whatever other headings the notes also file them. The same heading over prose only ("## Upgrading" then "Make
// sure to update both NPM and Cargo dependencies") says how to take up the release and stays a document part
// (blog-sections.ts).

import { breaksInWords, saysMustAct } from "./kinds.js";
import { tellsUsers } from "./user-steps.js";

// The words of such a heading, one per language where the class exists; a version may follow ("Migrating to v3",
// "Upgrading from 2.x", "v5 への移行", "迁移到 v5").
const VERSION_TAIL = String.raw`(?:\s+(?:(?:from|to|zu|vers|à|a|para|de)\s+)?(?:[^\s]{1,30}\s+)?v?\d[\w.x-]*(?:\s+(?:to|zu|vers|à|a|para)\s+v?\d[\w.x-]*)?)?`;
const LATIN = new RegExp(
  "^(?:" +
    [
      // English
      String.raw`(?:migration|migrating|upgrading|upgrade|breaking changes (?:and|&) migration)(?:\s+(?:notes?|guide|instructions|steps))?`,
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

/** A listed item under such a heading that says what changed for users: something replaced, renamed, removed or no
 *  longer done, or a step users must take. */
const saysWhatChanged = (item: string): boolean => breaksInWords(item, null) || saysMustAct(item) || tellsUsers(item);

/** True when the section titled `heading` lists changes users must act on: its items are breaking changes. */
export function holdsMigrationChanges(heading: string, items: readonly string[]): boolean {
  return items.length > 0 && namesMigration(heading) && items.some(saysWhatChanged);
}
