// Shortens one entry to a room without cutting below its meaning: whole leading sentences first; else a cut at a
// clause or word boundary that keeps several words, never inside a word (any script), a link, brackets, quotes or
// code, never right before the number or code it is about, and never "…" after punctuation.
import { joinSentences, sentences } from "./cleanup.js";
import { tidyHead } from "./cut-head.js";
import { statesImpact } from "../kinds/impact.js";
import { tellsUsers } from "../kinds/user-steps.js";
import type { NetworkRules } from "../networks.js";
import { CJK_LETTER, CJK_LETTERS, cjkCount, wordWeight } from "./cjk.js";
import { enclosedDepths } from "./quotes.js";
import { joinsNext } from "./function-words.js";
import { leansOnPrevious } from "./back-references.js";
import { trailingQualifier } from "./qualifiers.js";

export const ELLIPSIS = "\u2026";

// The token right after a cut: a number, version or code is usually the fact the sentence is about.
const KEY_FACT = /^\s*(?:v?\d|`|"|“)/;
// Where a clause ends: a semicolon, or a dash between spaces. Not a colon: what comes before one leads in to what
// follows it ("the following rules now recognize them:"), and stopping there leaves the lead-in dangling.
// A comma before a clause that gives a reason or a detail ("…changed to 22.13.0, because on this version…") ends one too:
// what comes before it is the change. So does a CJK comma ("…1.23.2になり、…", "…，…"): a cut there ends on a verb, not
// on the particle of a clause the cut leaves open ("…`load_once`が…").
const CLAUSE_END = /^(?:[;；、，]|\s[—–]\s|,\s(?:because|since|which|so that|as it|as they|as this|allowing|making)\s)/iu;
const LEAD_IN_END = /^[:：]/u;
// Languages whose sentences end on their verb.
const VERB_FINAL = /^(?:ja|ko)\b/iu;

/** Positions where a cut may end the text: after a word, outside links, brackets, quotes and code. */
function cutPoints(text: string, links: ReadonlyArray<[number, number]>, language: string): number[] {
  const points: number[] = [];
  const inLink = (at: number): boolean => links.some(([start, end]) => at > start && at < end);
  // Bracket and quote depth before each position (quotes.ts pairs them the way each language writes them).
  const depthAt = enclosedDepths(text);
  const segmenter = new Intl.Segmenter(language, { granularity: "word" });
  for (const { index, segment, isWordLike } of segmenter.segment(text)) {
    const end = index + segment.length;
    if (!isWordLike || end >= text.length) continue;
    // Only where the word really ends: a space or punctuation follows ("fix-up", "v1.2", "a/b" are one token),
    // or a CJK text goes on (its words have no spaces between them).
    const after = text[end] ?? "";
    const ends = /[\s,;:!?、，。；：！？)\]）」』]/u.test(after) || CJK_LETTER.test(after) || CJK_LETTER.test(text[end - 1] ?? "");
    if (!ends) continue;
    if ((depthAt[end] ?? 0) > 0 || inLink(end)) continue;
    // A CJK particle or joiner ("…型に", "…问题和", "…오류를") leads to the word the cut leaves out.
    if (joinsNext(segment, language)) continue;
    points.push(end);
  }
  return points;
}

// A bracketed aside of three words or more, with the space before it; code spans inside it stay whole.
const ASIDE = /\s*\((?:[^()`\n]|`[^`\n]*`)*\)/gu;

/** `sentence` without its bracketed asides, or as it is when it has none. */
function withoutAsides(sentence: string): string {
  return sentence.replace(ASIDE, (aside: string, at: number) => {
    // Inside a code span ("`call(a, b, c)`") brackets are code.
    const inCode = (sentence.slice(0, at).match(/`/gu)?.length ?? 0) % 2 === 1;
    return !inCode && aside.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= 3 ? "" : aside;
  });
}

// What a piece cut from the middle of a sentence starts with ("…and XML_SetParamEntityParsing…", "which allows…"):
// words that lean on the part before them, and so carry no meaning of their own at a piece's start.
const LEANING_START = /^(?:\u2026\s*)?(?:(?:and|or|but|nor|so|then|also|plus|as well as|which|who|that|while|whereas|because|since|when|where|thus|hence|allowing|making|avoiding)\b[\s,]*)+/iu;
// Words that only join the others; a piece of them and one name says nothing ("…and the `foo`…").
const FUNCTION_WORD = /^(?:and|or|but|the|a|an|to|of|for|with|without|in|on|at|by|from|into|via|as|that|which|is|are|was|be|it|its|this|these|those|also|now|not|no)$/iu;

/** Enough left to mean something: several words, or a phrase's worth of CJK characters, past any "scope:" and any
 *  word that leans on what was cut before it; two of the words must say something of their own. */
function keepsMeaning(head: string): boolean {
  const body = withoutTags(head.replace(LEANING_START, ""));
  const content = body.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word) && !FUNCTION_WORD.test(word.replace(/[^\p{L}\p{N}]/gu, "")));
  if (!CJK_LETTER.test(body) && content.length < 2) return false;
  const cjk = cjkCount(body);
  const words = body.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return cjk >= 8 || words >= 4 || cjk + words * 2 >= 8;
}

// What opens an entry before its words: a scope ("runtime-core: "), or tags in square brackets ("[Rust,ダウンローダー] ").
const TAGS = /^(?:\[[^\]\n]{1,40}\]\s*)*(?:[^\s:：]{1,40}[:：]\s*)?/u;
const withoutTags = (text: string): string => text.replace(TAGS, "");

/** Words (CJK characters count half a word) of `text` past its tags: how much a text says, to weigh a cut by. */
function weight(text: string): number {
  return wordWeight(withoutTags(text));
}

// A cut that keeps seven words says something whatever it left out; a shorter one must keep a good part of its sentence:
// "Fix a keypair webapp login…" of a 27-word fix, or "11件の…" of a security fix, names no change.
const SAYS_ENOUGH_WORDS = 7;
const SAYS_ENOUGH_SHARE = 0.3;

/** True when the cut `head` keeps enough of `sentence` to stand for it. */
function keepsEnoughOf(head: string, sentence: string): boolean {
  const kept = weight(head);
  return kept >= SAYS_ENOUGH_WORDS || kept >= weight(sentence) * SAYS_ENOUGH_SHARE;
}

// A sentence that says what was done about the one before it ("The command was taught to create a stash.", "This has
// been fixed.", "Now it …", "To remedy this, `--exec` now…", "现已修复"): the sentences before it only state the
// problem, and shown alone they say the opposite of the change.
const RESOLUTION =
  /^(?:(?:now|from now on|starting with this release|with this (?:release|change|version)|as of this release)\b|this (?:version|release)(?: of [\w.-]+)? (?:now|no longer)\b|(?:[\w`'"./-]+\s+){1,6}now\s+\p{L}|(?:this|these|that|it|they|the (?:\w+ ){0,2}(?:command|option|code|bug|issue|problem|behaviou?r|function|method|tool|setting|default|check))\b.{0,80}?\b(?:has|have|was|were|is|are) (?:now |been |also )*(?:fixed|corrected|resolved|addressed|taught|changed|updated|adjusted|improved|made|reworked|removed|prevented)\b|.{0,120}\b(?:has|have) been (?:fixed|corrected|resolved|addressed)\b|.{0,80}\b(?:is|are) now (?:restored|reverted|fixed|back|working again)\b|.{0,40}\b(?:was|were|has been|have been) taught\b|(?:an? )?(?:\w+ )?(?:attempt|effort) (?:is|was|has been) made to\b|to (?:remedy|fix|address|solve|resolve|prevent|mitigate|avoid) (?:this|that|it|these|the (?:issue|problem|risk)s?)\b)|^.{0,40}(?:现已|已经?)(?:修复|修正|解决)|^.{0,40}(?:修正しました|解消しました|直しました)/iu;

// The words that only point back at the problem before a fix says what it does.
const REMEDY_LEAD = /^to (?:remedy|fix|address|solve|resolve|prevent|mitigate|avoid) (?:this|that|it|these|the (?:issue|problem|risk)s?),?\s*/iu;

// What a sentence that states a problem says: behaviour that was wrong, or what it used to do, or a risk users ran
// ("…is an all-too-common pitfall").
const PROBLEM =
  /\b(?:previously|historically|used to|did not|didn't|does not|doesn't|could not|couldn't|cannot|can't|failed|fails|would|gave|broken|incorrect(?:ly)?|wrong(?:ly)?|unexpected(?:ly)?|crash(?:ed|es)?|hang|hung|errors?|bug|regression|leak(?:ed|s)?|only one|ignored|mistakenly|broke|regressed|so far|until now|in (?:earlier|older|previous|prior) (?:versions?|releases?)(?: of [\w.-]+)?|(?:changed|removed) in a breaking (?:manner|way)|pitfalls?|vulnerable|unsafe|insecure)\b|(?:卡顿|失败|报错|崩溃|不能|无法|错误|問題|できない|失敗|不具合)/iu;

// A sentence that opens with what was done ("Reverts a regression…", "Fixes a crash…", "修复…") says the change itself,
// however much of the problem it names.
const DONE =
  /^(?:fix(?:e[sd])?|resolve[sd]?|revert(?:s|ed)?|correct(?:s|ed)?|prevent(?:s|ed)?|avoid(?:s|ed)?|restore[sd]?|address(?:es|ed)?|repair(?:s|ed)?|patch(?:es|ed)?|work(?:s|ed)? around|handle[sd]?|no longer)\b|^(?:修复|修正|解决|解決|対応)/iu;


// A sentence that says what version or target users now get, from one to another: "raises the target from `es5` to
// `es2018`", "targetを `es5` から `es2018` に引き上げ", "最低版本从 16 升级到 18", "최소 버전을 16에서 18로 올림".
const VERSION = "`?v?[\\w.@^~>=<-]{0,20}\\d[\\w.]{0,20}`?";
const BUMP = new RegExp(
  `\\bfrom ${VERSION} to ${VERSION}|${VERSION}\\s*から\\s*${VERSION}\\s*(?:に|へ)|从\\s*${VERSION}\\s*(?:升级|提升|提高|调整|更新|改)?(?:到|至|为)\\s*${VERSION}|${VERSION}\\s*에서\\s*${VERSION}\\s*(?:으로|로)`,
  "u",
);
const bumps = (sentence: string): boolean => /\d/u.test(sentence) && /from |から|从|에서/u.test(sentence) && BUMP.test(sentence.toLowerCase());

/** True when the first `count` of `parts` state a problem and the sentence after them resolves it. */
function leavesOutResolution(parts: readonly string[], count: number): boolean {
  const next = parts[count];
  const head = parts.slice(0, count);
  if (DONE.test(head[0] ?? "")) return false;
  return next !== undefined && RESOLUTION.test(next) && head.some((part) => PROBLEM.test(part)) && !head.some((part) => RESOLUTION.test(part));
}

/**
 * The longest form of `text` that fits `room` (as `rules` counts) and still says something: leading whole
 * sentences, else a cut of the first sentence ending in "…". Null when no such form exists. A problem is shown with the
 * sentence that fixes it, unless `lastResort` (a post that would otherwise show no change at all). `opening`: the post
 * has no change yet, so a cut inside a Japanese or Korean sentence is better than passing the change over.
 */
export function shorten(text: string, room: number, rules: NetworkRules, language = "en", lastResort = false, opening = lastResort): string | null {
  return withQualifier(text, room, rules, (space) => shortened(text, space, rules, language, lastResort, opening));
}

/**
 * What `cut` shows of `text` in `room`, with the status bracket that ends the text ("… (experimental)", "…しました。
 * （実験的）") kept after its whole sentences: without it they would present an experiment as a stable change.
 */
function withQualifier(text: string, room: number, rules: NetworkRules, cut: (room: number) => string | null): string | null {
  const qualifier = trailingQualifier(text);
  if (qualifier === null) return cut(room);
  const short = cut(room - rules.length(` ${qualifier}`));
  // (A cut mid-sentence ends in "…", which the layout reads as cut: it stays as it is.)
  if (short === null || short.includes(qualifier) || short.endsWith(ELLIPSIS)) return cut(room);
  const glued = CJK_LETTER.test(qualifier) && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}。]$/u.test(short);
  return `${short}${glued ? "" : " "}${qualifier}`;
}

function shortened(text: string, room: number, rules: NetworkRules, language: string, lastResort: boolean, opening: boolean): string | null {
  const fits = (candidate: string): boolean => rules.length(candidate) <= room;
  const parts = sentences(text);
  let whole = "";
  let kept = 0;
  for (let count = 1; count < parts.length; count += 1) {
    const head = joinSentences(parts.slice(0, count));
    if (!fits(head)) break;
    whole = head;
    kept = count;
  }
  // A problem without the sentence that fixes it is no way to show a fix: the fix shows too, cut if need be.
  const stated = Math.max(kept, 1);
  if (!lastResort && leavesOutResolution(parts, stated)) {
    const problem = joinSentences(parts.slice(0, stated));
    const fix = shorten(parts[stated] ?? "", room - rules.length(`${problem} `), rules, language);
    // "The command was taught…" says no more than the problem: the fix keeps six words at least, past "To remedy this,".
    const saysFix = fix !== null && (!fix.endsWith(ELLIPSIS) || fix.replace(REMEDY_LEAD, "").split(/\s+/u).length >= 6 || CJK_LETTER.test(fix));
    const both = saysFix ? joinSentences([problem, fix]) : null;
    if (both !== null && fits(both)) return both;
    // "To remedy this, `--exec` now only allows safe conversions." says the fix whole once its pointer back goes: where
    // the problem and its fix do not fit together, the fix alone does.
    const remedy = parts[stated] ?? "";
    if (!REMEDY_LEAD.test(remedy)) return null;
    const alone = remedy.replace(REMEDY_LEAD, "");
    const fixAlone = alone.charAt(0).toUpperCase() + alone.slice(1);
    return fits(fixAlone) ? fixAlone : null;
  }
  // What users must do ("… you should update to 1.8.7 first.") outweighs the background before it ("This is additional
  // hardening against …"): where it would be left out, it takes that background's place.
  const caveat = kept > 0 ? parts.findIndex((part, at) => at >= kept && (tellsUsers(part) || bumps(part))) : -1;
  for (let count = kept; caveat > 0 && count >= 1; count -= 1) {
    // "この場合は…" after a sentence left out would apply to the one before that: it shows only after its antecedent.
    if (count !== caveat && leansOnPrevious(parts[caveat] ?? "")) break;
    const withCaveat = joinSentences([...parts.slice(0, count), parts[caveat] ?? ""]);
    if (fits(withCaveat)) return withCaveat;
  }
  // So does the sentence that states the harm ("This could enable a local privilege escalation attack…"), where the kept
  // ones only describe the option involved: without it a security fix reads as a feature.
  const harm = kept > 0 && !parts.slice(0, kept).some(statesImpact) ? parts.findIndex((part, at) => at >= kept && statesImpact(part)) : -1;
  for (let count = kept; harm > 0 && count >= 1; count -= 1) {
    const withHarm = joinSentences([...parts.slice(0, count), parts[harm] ?? ""]);
    if (fits(withHarm)) return withHarm;
  }
  // So does a version users meet ("targetを `es5` から `es2018` に引き上げ"), alone if need be: the why before it ("to
  // build with TypeScript v6, the tsconfig was updated") is the maintainers' side of the change.
  const bump = parts.find((part, at) => at >= Math.max(kept, 1) && bumps(part));
  if (bump !== undefined && !parts.slice(0, kept).some(bumps) && !leansOnPrevious(bump) && fits(bump)) return bump;
  if (whole && keepsMeaning(whole)) return whole;

  const first = parts[0] ?? text;
  // An aside in brackets ("(the check moved into the compilers package)") goes before any of the sentence does: the
  // sentence stays whole, with the end it was written to have.
  const bare = withoutAsides(first);
  if (bare !== first && fits(bare) && keepsMeaning(bare)) return bare;
  // A title before its description ("… on nested Struct now builds the model - An empty object (`{}`) default whose
  // type…"): the title is the change, whole; a cut into the description ends on a word that needs the rest.
  const title = titleClause(first);
  if (title !== null && fits(title) && keepsMeaning(title)) return title;
  // Japanese and Korean put the verb last: a cut inside the sentence loses what it says was done ("…の後に重なり…" without
  // "…問題を修正しました"). After other changes the item shows whole or not at all; a post's first change may be cut,
  // since passing it over would leave the room to lesser ones.
  if (!opening && VERB_FINAL.test(language) && CJK_LETTER.test(first)) return null;
  // No need to look further than the room could ever hold (a URL weighs at most 23, a character at least 1).
  const window = first.slice(0, room * 4 + 200);
  const points = cutPoints(window, rules.links(window), language);
  const ellipsis = rules.length(ELLIPSIS);
  // The weight grows with the cut point: find the last point that fits, then step back past poor cuts.
  let low = 0;
  let high = points.length - 1;
  let best = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const head = tidyHead(window.slice(0, points[middle]), language);
    if (rules.length(head) + ellipsis <= room) {
      best = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  // A clause that ends near the best cut is a better place to stop than mid-clause ("…hooks; the following rules
  // now recognize them…" stops at "hooks…"): the reader gets a whole thought.
  const bestAt = points[best] ?? 0;
  for (let index = best; index >= 0 && (points[index] ?? 0) >= bestAt * 0.45; index -= 1) {
    const at = points[index] ?? 0;
    if (!CLAUSE_END.test(window.slice(at, at + 12))) continue;
    const head = tidyHead(window.slice(0, at), language);
    if (head && keepsMeaning(head) && keepsEnoughOf(head, first)) return `${head}${ELLIPSIS}`;
  }
  for (let index = best; index >= 0; index -= 1) {
    const at = points[index] ?? 0;
    if (KEY_FACT.test(window.slice(at)) || LEAD_IN_END.test(window.slice(at, at + 1))) continue;
    const head = tidyHead(window.slice(0, at), language);
    if (!head || !keepsMeaning(head) || !keepsEnoughOf(head, first)) return null;
    if (/[.!?。！？]$/u.test(head)) return head;
    return `${head}${ELLIPSIS}`;
  }
  return null;
}

// A title, then a dash or a colon and a description that starts anew in capitals: "Fix X - An empty object …",
// "Support for Y: The parser now …". Four words at least before a colon ("cli: Add …" is a scope, not a title).
const TITLE_DASH = new RegExp(String.raw`^(\S.{10,}?\S)\s+[-–—]\s+(?=[\p{Lu}\u0060${CJK_LETTERS}])`, "u");
const TITLE_COLON = /^((?:\S+\s+){3,}\S*[^\s:])[:：]\s+(?=\p{Lu})/u;

// A title that says what happened: it opens on a verb ("Add …", "Drop …") or has one ("… now builds the model",
// "… is no longer …"). A title that only names a thing or an area ("Pydantic v2 dataclass optional nested-model default
// factory", "Changes to the command line interface") leaves the change in the description: no title to keep.
const TITLE_SAYS_CHANGE =
  /^(?!(?:changes|updates|improvements|fixes|additions|tweaks)\s+(?:to|for|in|of)\b)(?:add|fix|drop|remove|rename|replace|deprecate|support|allow|enable|disable|make|use|require|change|move|prevent|avoid|expose|introduce|improve|update|upgrade|speed up|skip|keep|handle|ensure)(?:s|es|ed|d)?\b|\b(?:now|no longer|is|are|was|were|has|have|will|must|cannot|can)\b/iu;

// A Chinese, Japanese or Korean title says its change in the verb it ends on ("…を追加", "新增…支持", "…지원 추가"):
// the part after the dash only details it ("— `EventApi` をプロビジョニングし、…を注入、…").
const CJK_TITLE_SAYS_CHANGE =
  /(?:追加|修正|対応|削除|変更|改善|導入|廃止|サポート|新增|增加|添加|修复|支持|优化|移除|删除|改进|调整|추가|수정|지원|제거|변경|개선|삭제)(?:しました|した|する|します|了|했습니다|함)?$/u;

/** The title clause of a sentence with a description after it, when it says the change; null otherwise. */
function titleClause(sentence: string): string | null {
  const title = (TITLE_DASH.exec(sentence) ?? TITLE_COLON.exec(sentence))?.[1] ?? null;
  return title !== null && (TITLE_SAYS_CHANGE.test(title) || CJK_TITLE_SAYS_CHANGE.test(title)) ? title : null;
}

// Where a clause of a sentence may end for the rest to go on in the next post: before a semicolon or a dash, or a
// word that starts a clause ("…anymore when the key…", "…which allows you…").
const CLAUSE_BREAK = /^(?:\s*[;；，]\s*|\s[—–]\s|,?\s(?=(?:which|who|whose|when|where|while|because|since|unless|until|although|though|whereas|instead of|without|so that)\s))/iu;
// "and", "but", "or" (after a comma or not) end a clause too ("…exception rendering and add support…"), unless they
// close a list of names ("traits, middleware, exceptions, and commands"), which must stay whole.
const JOINER = /^,?\s(?=(?:and|but|or|so|allowing|making|avoiding|thus)\s)/iu;

/** True when the text may be cut at `at` for its clause to go on in the next post. */
function clauseBreakAt(text: string, at: number): boolean {
  const after = text.slice(at, at + 24);
  if (CLAUSE_BREAK.test(after)) return true;
  return JOINER.test(after) && !closesList(text, at);
}

/** True when the words before `at` are the last of a list of short names after a comma ("…, middleware, exceptions"). */
function closesList(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 50), at);
  const comma = before.lastIndexOf(",");
  return comma >= 0 && before.slice(comma + 1).trim().split(/\s+/u).length <= 3;
}

/**
 * The head of `text`'s first sentence up to a clause boundary, the longest that fits `room` with its "…", for a
 * thread to carry the rest of the sentence on into the next post; null when no clause boundary leaves enough on both
 * sides (a head or a rest of a few words would be a crumb).
 */
export function clauseHead(text: string, room: number, rules: NetworkRules, language = "en"): string | null {
  const first = sentences(text)[0] ?? text;
  const window = first.slice(0, room * 4 + 200);
  const ellipsis = rules.length(ELLIPSIS);
  const points = cutPoints(window, rules.links(window), language);
  for (let index = points.length - 1; index >= 0; index -= 1) {
    const at = points[index] ?? 0;
    if (!clauseBreakAt(first, at)) continue;
    const head = tidyHead(first.slice(0, at), language);
    if (!head || rules.length(head) + ellipsis > room) continue;
    if (!keepsMeaning(head)) return null;
    if (keepsMeaning(first.slice(at).replace(/^[\s,;；，—–]+/u, ""))) return `${head}${ELLIPSIS}`;
  }
  return null;
}
