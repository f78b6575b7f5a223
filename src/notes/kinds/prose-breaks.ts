// Breaking changes that notes tell in words, without a breaking section or marker: blog posts and prose changelogs say
// "Removal of ARM32 (armhf) support", "everything deprecated in 0.3.0 has now been removed", "`map_chr()` no longer
// coerces …", "now require that the predicate returns a logical scalar". A maintainer leads with these. Only notes that
// mark no breaking change of their own are read this way (see explicitBreaks): where the notes mark them, a guess from
// words would add one the maintainer did not call breaking. Pure word tests.

import { changesDefault } from "./changed-defaults.js";
import { noticesEndOfLife } from "./end-of-life.js";
import { describesFix, scopedToTests } from "./fix-words.js";

// Support taken away: "Removal of ARM32 (armhf) support", "Dropped support for Python 3.8", "drops support for …",
// "support for X has been removed", "X is no longer supported".
const SUPPORT_GONE =
  /\b(?:remov(?:al|ed|es|ing)|drop(?:s|ped|ping)?|end(?:s|ed|ing)?)\s+(?:of\s+)?(?:the\s+)?(?:[\w()./+-]+\s+){0,4}?support\b|\b(?:remov(?:al|ed|es|ing)|drop(?:s|ped|ping)?)\s+(?:of\s+)?support\s+for\b|\bsupport\s+(?:for\s+[^.;]{1,60}?\s+)?(?:has|have)\s+been\s+(?:removed|dropped)\b|\b(?:is|are)\s+no\s+longer\s+supported\b/iu;
// What existed is gone in this release: "… have now been removed", "`x` was removed", "`install` now has no `--spec`
// option". (Not "will be removed", a deprecation.)
const GONE = /\b(?:has|have)\s+(?:now\s+)?been\s+(?:removed|dropped|deleted)\b|\b(?:is|are|was|were)\s+(?:now\s+)?(?:removed|dropped)\b|\bnow\s+(?:has|have)\s+no\b/iu;
// …said of what users call or rely on: code, an API, option or flag, or what was deprecated. ("Temporary files are now
// removed after each build" is what the program does, not what it takes away.)
const USERS_CALL = /`x`|\b(?:apis?|options?|flags?|arguments?|parameters?|functions?|methods?|classes|commands?|subcommands?|settings?|aliases|endpoints?|hooks?|modules?|exports?|deprecated|deprecations?|legacy)\b/iu;
// Behaviour users relied on that stops: "`map_chr()` no longer automatically coerces …", "no longer accepts …". Only
// verbs of doing something for the user: "no longer crashes", "no longer requires …" end a problem or a burden.
// ("no longer includes stack traces", "no longer returns `dict`" tell what output looks like now: the notes' sections
// say better whether that breaks anyone.)
const NO_LONGER_DOES =
  /\bno\s+longer\s+(?:automatically\s+|silently\s+|implicitly\s+)?(?:supports?|accepts?|allows?|permits?|coerces?|converts?|casts?|installs?|exports?|exposes?|provides?|bundles?|honou?rs?|recogni[sz]es?|works\s+with|runs\s+on|falls?\s+back)\b/iu;
// A requirement that is new: "now require(s) that …".
// (Not "now requires a timeout argument" nor "is now required": a change of an API's signature, or a step a feature
// adds, which the notes' sections say better. Nor "the variable must now be set to …" under a "Changed" heading: a step
// for those who use it, which mustActUnlabelled in model.ts weighs.)
const NOW_REQUIRED = /\bnow\s+requires?\s+that\b/iu;
// Fields a config or resource must now hold: "GCR `Receivers` now require the `email` and `audience` fields", "the
// `name` key is now mandatory". A config written for the last release stops being valid. (Not an API's argument, above.)
const FIELDS_REQUIRED =
  /\bnow\s+requires?\s+(?:the\s+|an?\s+)?(?:[\w`-]+(?:\s*,\s*|\s+and\s+|\s+))?(?:[\w`-]+\s+)?(?:fields?|keys?|properties|attributes)\b|\b(?:fields?|keys?|properties|attributes)\s+(?:(?:is|are)\s+now|(?:has|have)\s+become)\s+(?:required|mandatory)\b/iu;

/** True when a change's own words say it takes away support, API or behaviour, or adds a requirement: breaking. */
export function statesBreakInProse(text: string): boolean {
  const plain = text.replace(/`[^`]*`/gu, "`x`");
  // (A fix, "Fixed a bug where the cache was removed", in any language the default patterns read (fix-words.ts); a
  // change to the test fixtures only; a notice that an old version reached its end of life: none changes what users
  // meet in this release.)
  if (describesFix(plain) || scopedToTests(plain) || noticesEndOfLife(plain)) return false;
  return changesDefault(plain) || SUPPORT_GONE.test(plain) || (GONE.test(plain) && USERS_CALL.test(plain)) || NO_LONGER_DOES.test(plain) || NOW_REQUIRED.test(plain) || FIELDS_REQUIRED.test(plain);
}

// A sentence that only talks about breaking changes, to set off what follows: "Apart from all the breaking changes,
// there were a couple of small improvements", "Besides the breaking changes above, …", "In addition to the breaking
// changes, …". The words after the comma name the list.
const ASIDE = /^(?:apart\s+from|aside\s+from|besides|beyond|other\s+than|except\s+for|in\s+addition\s+to|on\s+top\s+of|alongside|along\s+with|next\s+to)\b[^,:;]{0,80}[,;]\s*/iu;

/** A lead-in without its opening aside ("Apart from all the breaking changes, …"): what it says of the list under it. */
export const withoutAside = (text: string): string => {
  const rest = text.replace(ASIDE, "");
  return rest === text || rest.trim() === "" ? text : rest;
};

// A heading that says there is none: "No breaking changes", "Breaking changes: none".
const NONE = /\bno\b|\bnone\b|\bwithout\b|\bnon[- ]breaking\b|没有|なし|ありません|없/iu;

/** True when the notes mark breaking changes themselves: a heading that names them ("⚠️ Breaking Changes", "破坏性变更",
 *  "Major Changes": the notes sorted their big changes, which a guess would split), or an item marked so ("feat!: …",
 *  "BREAKING CHANGE: …", "💥 …"). `breakingHeading` and `markedItem` are the kind tests of kinds.ts. */
export function explicitBreaks(
  blocks: ReadonlyArray<{ kind: string; text: string }>,
  breakingHeading: (text: string) => boolean,
  markedItem: (text: string) => boolean,
): boolean {
  return blocks.some((block) => {
    const text = block.text.trim();
    if (block.kind === "heading") return breakingHeading(text) && !NONE.test(text);
    return block.kind === "item" && markedItem(text);
  });
}
