// Sentences about the release's making rather than its changes: its versioning scheme or policy ("napari follows EffVer;
// this is a Macro release…", "As you can see from the version number, this release is not a 1.0 release"), where the
// project is hosted or in which formats the sources come ("The official development repo is hosted on GitHub.", "Also
// available in .zip format."), and how releases get made ("our release process has matured, with the main bottleneck
// now being the monthly blog post"). Every release could say them; none names a change. Pure text rules.
import { straightApostrophes } from "../text/apostrophes.js";

// What a sentence says when it reports a change of these very things: "Foo now follows SemVer", "moved to Codeberg".
const CHANGED_NOW = /\b(?:now|no longer|(?:has |have )?(?:moved|migrated|switched|changed)|starting (?:with|from)|from (?:this|now on))\b|现在|改为|移至|迁移|今後|から|이제/iu;

// The versioning scheme or what the version number means.
const VERSIONING = new RegExp(
  [
    String.raw`\b(?:follows?|uses?|adheres? to|according to|under)\s+(?:the\s+)?(?:semantic versioning|semver|effver|calver|intended effort versioning|calendar versioning|pride versioning)\b`,
    String.raw`\b(?:this|it) is an?\s+\W{0,2}(?:macro|meso|micro)\W{0,2}\s+release\b`,
    String.raw`\b(?:see|tell|guess)\b[^.!?]{0,20}\bfrom the version number\b`,
    String.raw`\bthe (?:increased |new |bumped |higher |incremented )?version number\s+(?:reflects|signals|indicates|means|shows|suggests|does(?:n't| not))\b`,
    String.raw`\b(?:is|isn't|is not) (?:yet )?a 1\.0(?: release| version)?\b|\bwhat (?:a )?1\.0 (?:means|would mean|will mean)\b`,
    String.raw`(?:遵循|遵守|采用|採用)(?:了)?(?:语义化版本|語義化版本|SemVer|EffVer|CalVer)|セマンティック ?バージョニングに(?:従|準拠)|유의적 버전(?:을|를)? 따릅니다`,
  ].join("|"),
  "iu",
);

// Where the project lives or which archive formats the sources come in.
const HOSTING =
  /\b(?:the\s+)?(?:official\s+)?(?:development\s+|source\s+|main\s+|upstream\s+)?(?:repo(?:sitory)?|source(?: code)?|code ?base|development) (?:is|are) (?:hosted|developed|maintained|mirrored|kept) (?:on|at|in)\b|^(?:(?:it|this|they|sources?|the sources?)\s+(?:is|are)\s+)?also available (?:in|as)\s+(?:\S+\s+){0,3}(?:format|formats|archives?|tarballs?|zip)\b|^source tarball\b/iu;

// How the team makes releases or writes their notes, or what it does not plan to do: no change of this one.
const PROCESS =
  /\b(?:our|the) release (?:process|cadence|pipeline|workflow) (?:has|had|is|was) (?:matured|improved|evolved|grown|become|gotten)\b|\bbottleneck\b[^.!?]{0,80}\b(?:blog|post|notes|announcement|writing)\b|\b(?:(?:do|does|did) not|don't|doesn't|have no|has no)\s+(?:currently\s+)?(?:have\s+)?(?:any\s+)?(?:plans?|intention) (?:of|to|for)\b|\b(?:decided|chose) (?:to )?not (?:to )?wait for\b|\bwait(?:ing)? for the (?:monthly|weekly|quarterly|regular) (?:blog )?(?:post|update|newsletter)\b/iu;

/** A sentence about how the release is versioned, hosted or made, not a change in it: never a post's content. */
export function isMetaStatement(sentence: string): boolean {
  const text = straightApostrophes(sentence).replace(/\*+/gu, "").trim();
  if (PROCESS.test(text)) return true;
  if (CHANGED_NOW.test(text)) return false;
  return VERSIONING.test(text) || HOSTING.test(text);
}
