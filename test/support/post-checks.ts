// Objective checks of composed posts against the release notes they came from: the defects a program can see
// (POST-QUALITY.md). Pure; each check is a small named function and errs towards passing text a maintainer would publish.
// The checks live by family in post-checks/; this entry point computes the notes' facts once and runs them all in order.
import { authorsIn } from "./post-checks/authors.ts";
import { breakingFirst, breakingIn } from "./post-checks/breaking.ts";
import { invisibleCharacters, length, mojibake } from "./post-checks/characters.ts";
import { countTooHigh } from "./post-checks/counts.ts";
import { creditLeftover } from "./post-checks/credits.ts";
import { cutInBrackets, ellipsisAfterPunctuation, stubCut, wordsIn } from "./post-checks/cuts.ts";
import { cutWithRoom } from "./post-checks/cut-with-room.ts";
import { danglingCount } from "./post-checks/dangling-count.ts";
import { incidentalDate } from "./post-checks/dates.ts";
import { emptyPost } from "./post-checks/empty-post.ts";
import { foreignMarkup } from "./post-checks/foreign-markup.ts";
import { gluedUrl } from "./post-checks/glued-urls.ts";
import { labelNotRepeated } from "./post-checks/label-repeats.ts";
import { announcedList, danglingLeadIn, leadInsOf, promisedList } from "./post-checks/lead-ins.ts";
import { strandedHeading } from "./post-checks/stranded-headings.ts";
import { bareAdvisory, linkTitle, orphanLinkText } from "./post-checks/link-text.ts";
import { accidentalLink, linksInNotes, liveMention } from "./post-checks/links.ts";
import { codeAltered, labelPunctuation, markdownLeftover } from "./post-checks/markup.ts";
import { midArgument } from "./post-checks/mid-argument.ts";
import { duplicateOpener } from "./post-checks/openers.ts";
import { pointers } from "./post-checks/pointers.ts";
import { repeatedText } from "./post-checks/repeats.ts";
import { securityFirst } from "./post-checks/security.ts";
import { subListMarker } from "./post-checks/sub-lists.ts";
import { countOff } from "./post-checks/recount.ts";
import { releaseLink, threadCap } from "./post-checks/thread.ts";
import type { Check, CheckInput, Context, Defect } from "./post-checks/types.ts";

export type { CheckInput, Defect } from "./post-checks/types.ts";

export const CHECKS: Record<string, Check> = {
  length,
  "accidental-link": accidentalLink,
  "ellipsis-after-punctuation": ellipsisAfterPunctuation,
  "stub-cut": stubCut,
  "cut-in-brackets": cutInBrackets,
  "sub-list-marker": subListMarker,
  "credit-leftover": creditLeftover,
  "dangling-lead-in": (context) => [...danglingLeadIn(context), ...pointers(context), ...strandedHeading(context), ...announcedList(context), ...promisedList(context)],
  "orphan-link-text": (context) => [...orphanLinkText(context), ...bareAdvisory(context), ...linkTitle(context)],
  "glued-url": gluedUrl,
  "markdown-leftover": markdownLeftover,
  "foreign-markup": foreignMarkup,
  "breaking-first": breakingFirst,
  "thread-cap": threadCap,
  "release-link": releaseLink,
  "duplicate-opener": duplicateOpener,
  "incidental-date": incidentalDate,
  "invisible-characters": invisibleCharacters,
  "live-mention": liveMention,
  mojibake,
  "code-altered": codeAltered,
  "label-punctuation": labelPunctuation,
  "security-first": securityFirst,
  "count-too-high": countTooHigh,
  "empty-post": emptyPost,
  "dangling-count": danglingCount,
  "mid-argument": midArgument,
  "cut-with-room": cutWithRoom,
  "repeated-text": repeatedText,
  "label-not-repeated": labelNotRepeated,
  "count-off": countOff,
};

export function checkPosts(input: CheckInput): Defect[] {
  const context: Context = {
    ...input,
    notesUrls: linksInNotes(input.notes),
    notesWords: wordsIn(input.notes),
    notesAuthors: authorsIn(input.notes),
    leadIns: leadInsOf(input.notes),
    breaking: breakingIn(input.notes),
  };
  return Object.values(CHECKS).flatMap((check) => check(context));
}
