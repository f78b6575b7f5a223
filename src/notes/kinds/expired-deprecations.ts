// Sections that list deprecations whose time ran out: "Expired deprecations" (NumPy, SciPy), "Removal of prior version
// deprecations/changes" (pandas), "Removed deprecated APIs", "Entfernte veraltete Funktionen", "移除已弃用的 API",
// "非推奨機能の削除", "더 이상 사용되지 않는 API 제거". What they list is gone, so it breaks whoever still used it; but
// users were warned a release or two ago, and a long release lists dozens of them. The post says what happened under the
// notes' own heading ("⚠️ Expired deprecations") and after the notes' highlights, as a removal section's list goes,
// never as the release's leading breaking changes. Pure.
import { bareHeading } from "../labels/bare-heading.js";

const EXPIRED_HEADING = new RegExp(
  [
    String.raw`^expired\s+deprecations?$`,
    String.raw`^(?:removal|removals|removing)\s+of\s+(?:(?:prior|previous|earlier|old(?:er)?)\s+(?:version\s+)?)?deprecat(?:ions?|ed)\b.*$`,
    String.raw`^(?:removed|dropped)\s+deprecat(?:ions|ed\s+\S.*)$`,
    String.raw`^deprecat(?:ions|ed\s+\S+)\s+(?:removed|dropped)$`,
    String.raw`^(?:entfernte\s+veraltete\s+\S.*|entfernung\s+veralteter\s+\S.*)$`,
    String.raw`^(?:suppression\s+des?\s+\S+\s+(?:obsolètes|dépréciée?s)|(?:fonctionnalités|api)\s+obsolètes\s+supprimées)$`,
    String.raw`^(?:移除|删除|刪除)(?:了)?(?:已)?(?:弃用|廢棄|废弃|棄用)(?:的)?\s*\S*$`,
    String.raw`^(?:非推奨|廃止予定)(?:の|だった)?\S{0,8}(?:の)?削除$`,
    String.raw`^더\s*이상\s*사용되지\s*않는\s*\S.*\s*제거$|^(?:지원\s*중단된|폐기된)\s*\S.*\s*제거$`,
  ].join("|"),
  "iu",
);

/** True when a heading (without its colon and emoji) names a list of deprecations now removed. */
export const namesExpiredDeprecations = (heading: string): boolean =>
  EXPIRED_HEADING.test(bareHeading(heading));
