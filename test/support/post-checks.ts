// Objective checks of composed posts against the release notes they came from: the defects a program can see
// (POST-QUALITY.md). Pure; each check is a small named function and errs towards passing text a maintainer would publish.
import twitter from "twitter-text";
import configs from "twitter-text/dist/configs.js";

export interface CheckInput {
  posts: string[]; // the composed posts, in order
  notes: string; // the release notes Markdown the posts were made from
  releaseUrl: string; // the release link the template put in ({url}); "" if none
  mode: "single" | "thread";
  maxLength: number; // 280 by default
  threadCap?: number; // the composer's thread cap (posts), when mode is thread
}
export interface Defect {
  check: string;
  post: number; // 0-based
  detail: string;
}

/** What every check gets: the input plus facts about the notes computed once. */
interface Context extends CheckInput {
  notesUrls: Set<string>;
  notesWords: Set<string>;
  notesAuthors: Set<string>;
  leadIns: LeadIn[];
  breaking: BreakingMarkers;
}
type Check = (context: Context) => Defect[];

const ELLIPSIS = "…";
const ZWSP = "\u200B";
const BULLET = /^\s*(?:[-*+•◦▪‣·‧∙●○■□►▶➤→]|\d{1,3}[.)])\s+/u;
// A leading emoji (with its variation selector, skin tone or ZWJ sequence) as used for item kinds: ✨ 🐛 ⚠️ 🧑‍💻.
const EMOJI = /^\s*(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*\uFE0F?\s*/u;
const BARE_MARKER = /^\s*(?:[-*+•◦▪‣·‧∙●○■□►▶➤→]|\d{1,3}[.)])?\s*$/u;
const LABEL_END = /[:：]\s*$/u;

const lines = (post: string) => post.split("\n");
const nonEmpty = (list: string[]) => list.filter((line) => line.trim() !== "");
/** Drops a line's bullet or item number and leading kind emoji: "• ✨ Add x" → "Add x". */
function itemText(line: string): string {
  let text = line.replace(BULLET, "");
  for (let i = 0; i < 3 && EMOJI.test(text); i++) text = text.replace(EMOJI, "");
  return text.trim();
}
/** Text as a reader compares it: NFC, no quieting ZWSP or Markdown marks, single spaces, lower case. */
function normalize(text: string): string {
  return text
    .normalize("NFC")
    .replaceAll(ZWSP, "")
    .replace(/[`*_~]/gu, "")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}
function urlsIn(text: string): string[] {
  return twitter.extractUrls(text);
}
const isLabel = (line: string) => LABEL_END.test(line) && urlsIn(line).length === 0 && !line.trim().endsWith("://");
const isNumbering = (line: string) => /^\s*\(?\d+\s*\/\s*\d+\)?[:：]?\s*$/u.test(line);

// ── Facts about the notes ──────────────────────────────────────────────────────────────────────────────────

/** URLs the notes present as links, GitHub-style: scheme URLs, www. autolinks, <autolinks>, link targets, definitions. */
function linksInNotes(notes: string): Set<string> {
  const found = new Set<string>();
  for (const url of urlsIn(notes)) if (/^(?:[a-z][\w+.-]*:\/\/|www\.)/iu.test(url)) found.add(url);
  for (const [, target] of notes.matchAll(/\]\(\s*<?([^\s)>]+)/gu)) found.add(target!);
  for (const [, target] of notes.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gmu)) found.add(target!);
  for (const [, target] of notes.matchAll(/<((?:https?|ftp):\/\/[^\s>]+)>/gu)) found.add(target!);
  // A link target as written may carry what twitter-text leaves out of the URL (a trailing ")" or "."); keep both.
  for (const target of [...found]) for (const url of urlsIn(target)) found.add(url);
  return found;
}

const WORD = /[\p{L}\p{M}\p{N}_]+/gu;
/** Scripts written with spaces between words, where a cut can land inside a word (Latin is handled on its own). */
const SPACED_SCRIPTS = ["Cyrillic", "Greek", "Arabic", "Hebrew", "Hangul", "Armenian", "Georgian", "Devanagari"];

/** The notes' words, also split where the script changes ("修复filter" → "filter"), lower case; dotted numbers whole. */
function wordsIn(notes: string): Set<string> {
  const words = new Set<string>();
  const text = notes.normalize("NFC");
  for (const [run] of text.matchAll(WORD)) words.add(run.toLowerCase());
  for (const [run] of text.matchAll(/[\p{Script=Latin}\p{M}\p{N}_]+/gu)) words.add(run.toLowerCase());
  for (const [number] of text.matchAll(/\d+(?:\.\d+)+/gu)) words.add(number);
  for (const script of SPACED_SCRIPTS) for (const [run] of text.matchAll(new RegExp(`[\\p{Script=${script}}\\p{M}\\p{N}_]+`, "gu"))) words.add(run.toLowerCase());
  return words;
}

/** Markdown inline syntax reduced to the text a reader sees: link text, autolinks, no emphasis marks. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, "$1")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/gu, "$1")
    // A shortcut reference ("[`Set#select!`]", defined elsewhere in the notes) shows its text.
    .replace(/\[([^\]\n]*)\](?![([:])/gu, "$1")
    .replace(/<((?:https?|ftp):\/\/[^>\s]+)>/gu, "$1");
}

/**
 * Author names the notes put in parentheses on lines that also carry a PR or commit reference, as Node.js and
 * ESLint do ("… (Matteo Collina) [#123](…)", "… ([#123](…)) (Josh Goldberg ✨)").
 */
function authorsIn(notes: string): Set<string> {
  const authors = new Set<string>();
  const REF = String.raw`\[[^\]]*#\d+\]\([^)]*\)`;
  // "(Name)" after a space, ending the line or followed only by a reference link.
  const AUTHOR = new RegExp(String.raw` \(([\p{L}@][^()[\]]{1,39})\)\s*(?:${REF}\s*)?$`, "u");
  for (const line of notes.split("\n")) {
    if (!/#\d+|\/commit\/[0-9a-f]{7,}/u.test(line)) continue;
    const name = AUTHOR.exec(line)?.[1]?.trim();
    // An example or a label in brackets ("(예: `숱하다` → `수타다`)", "(e.g. `x`)") is no name: names hold no code or colon.
    // Nor is a qualifier ("(beta)", "(Windows only)"): a change's status, not who made it.
    const qualifier = name !== undefined && name.split(/\s+/u).every((word) => QUALIFIER_WORDS.has(word.toLowerCase()));
    if (name && !qualifier && !/#|https?:|^(?:closes|fixes|see|e\.g\.)\b|[`:：→=<>]/iu.test(name)) authors.add(name);
  }
  listAuthorsIn(notes, authors);
  return authors;
}

// Words that qualify a change in brackets at an item's end ("(Windows only)", "(Stable)", "(High)"), never a name.
const QUALIFIER_WORDS = new Set(
  "only stable beta alpha rc preview experimental deprecated breaking change optional default unstable internal release candidate feature support windows linux macos android ios unix web browser server client desktop mobile api cli docs all platforms fix bug security regression performance lts version new legacy high medium low critical moderate and or for the of in on with not".split(" "),
);
/** A bracket's words as a credit writes them: one name or handle, or up to four name words (any script). */
function isNameShaped(content: string): boolean {
  const words = content.trim().split(/\s+/u);
  if (words.length > 4 || words.some((word) => QUALIFIER_WORDS.has(word.toLowerCase()) || /^v?\d|[#:`/=<>]/iu.test(word))) return false;
  // One word with a capital inside is an acronym or a protocol ("(AoE)", "(BGP)"), not a handle.
  if (words.length === 1) return /^@?[\p{L}\p{N}][\p{L}\p{M}\p{N}_.'’-]*(?:\[bot\])?$/u.test(words[0]!) && !/^.[^\p{Lu}]*\p{Lu}/u.test(words[0]!.replace(/\[bot\]$/u, ""));
  return words.every((word) => /^(?:\p{Lu}|\p{Lo}|\p{Extended_Pictographic})[\p{L}\p{M}.'’-]*\uFE0F?$/u.test(word) || /^(?:van|von|de|der|da|di|du|la|le|del|bin)$/u.test(word));
}
/**
 * Author names a list puts in brackets at its items' ends without any reference, as libuv's ChangeLog does
 * ("* unix: fix discard const (Rudi Heitbaum)", hard-wrapped too): when most of a list's items (three at least) end so.
 */
function listAuthorsIn(notes: string, authors: Set<string>): void {
  const lists: string[][] = [[]];
  for (const raw of notes.split("\n")) {
    const list = lists.at(-1)!;
    if (BULLET.test(raw)) list.push(raw.replace(BULLET, ""));
    else if (raw.trim() !== "" && /^\s+\S/u.test(raw) && list.length > 0) list[list.length - 1] += ` ${raw.trim()}`;
    else if (raw.trim() !== "" && list.length > 0) lists.push([]);
  }
  for (const items of lists) {
    const names = items.map((item) => / \(([^()[\]]{1,60}(?:\[bot\])?)\)$/u.exec(item.trim())?.[1]).filter((name) => name !== undefined && isNameShaped(name));
    if (names.length >= 3 && names.length * 2 > items.length) for (const name of names) authors.add(name!.trim());
  }
}

interface LeadIn {
  tail: string; // the normalized end of the paragraph or item that ends with ":"
  follows: "code" | "list" | "text" | "none";
  followers: string[]; // normalized lines of the block that follows it
}
/** Paragraphs and list items of the notes that end with ":" and what follows them (a code block, a list…). */
function leadInsOf(notes: string): LeadIn[] {
  type Block = { kind: "code" | "list" | "text"; lines: string[] };
  const blocks: Block[] = [];
  let fence: string | undefined;
  let current: Block | undefined;
  const close = () => {
    if (current) blocks.push(current);
    current = undefined;
  };
  for (const raw of notes.split("\n")) {
    if (fence !== undefined) {
      if (raw.trim().startsWith(fence)) {
        fence = undefined;
        close();
      } else current!.lines.push(raw);
      continue;
    }
    const opener = /^\s*(`{3,}|~{3,})/u.exec(raw);
    if (opener) {
      close();
      fence = opener[1]!;
      current = { kind: "code", lines: [] };
      continue;
    }
    if (raw.trim() === "") {
      close();
      continue;
    }
    if (/^ {4,}|^\t/u.test(raw) && !current) {
      current = { kind: "code", lines: [raw] };
      continue;
    }
    if (BULLET.test(raw)) {
      // Each item is its own block: a lead-in item ("- the following:") is followed by its sub-items.
      close();
      current = { kind: "list", lines: [raw] };
      continue;
    }
    if (!current) current = { kind: "text", lines: [] };
    current.lines.push(raw);
  }
  close();
  const leadIns: LeadIn[] = [];
  blocks.forEach((block, i) => {
    if (block.kind === "code") return;
    const text = plainText(block.lines.join(" "));
    if (!LABEL_END.test(text)) return;
    const next = blocks[i + 1];
    // A list goes on over consecutive item blocks, and over an item's own code blocks; a code block is one block.
    const following: Block[] = [];
    for (let j = i + 1; next && j < blocks.length; j++) {
      const block = blocks[j]!;
      if (next.kind === "list" && block.kind === "code") continue;
      if (block.kind !== next.kind) break;
      following.push(block);
      if (next.kind !== "list") break;
    }
    leadIns.push({
      tail: normalize(text).slice(-40),
      follows: next ? next.kind : "none",
      followers: following.flatMap((block) => block.lines.map((line) => normalize(plainText(itemText(line))))).filter(Boolean),
    });
  });
  return leadIns;
}

interface BreakingMarkers {
  present: boolean;
  words: string[]; // the notes' own words for it, lower case
}
const UNIVERSAL_BREAKING = ["breaking", "⚠", "💥", "破坏性", "不兼容", "破壊的", "incompatible"];
/** Whether the section under the heading on line `index` holds anything (sub-sections included) but blank lines and
 *  HTML comments. */
function sectionHolds(lines: readonly string[], index: number): boolean {
  const level = /^\s{0,3}(#{1,6})\s/u.exec(lines[index] ?? "")?.[1]?.length ?? 1;
  for (const line of lines.slice(index + 1)) {
    const heading = /^\s{0,3}(#{1,6})\s/u.exec(line)?.[1];
    if (heading !== undefined && heading.length <= level) return false;
    if (heading === undefined && line.replace(/<!--.*?-->/gu, "").trim() !== "") return true;
  }
  return false;
}

/** Whether the notes announce a breaking change, and in which words. Code blocks are not read. */
function breakingIn(notes: string): BreakingMarkers {
  const words = new Set<string>();
  let inCode = false;
  const lines = notes.split("\n");
  for (const [index, raw] of lines.entries()) {
    if (/^\s*(?:`{3,}|~{3,})/u.test(raw)) inCode = !inCode;
    if (inCode) continue;
    const heading = /^\s{0,3}#{1,6}\s+(.*)$/u.exec(raw)?.[1];
    const item = itemText(raw).replace(/^[*_[(]+/u, "");
    if (heading !== undefined) {
      const title = heading.replace(/[#*_`]/gu, "").trim();
      // A breaking-change label, not a heading that happens to use the word ("Fix line breaking in JSX").
      // A template's empty "## Breaking Changes" announces nothing.
      const marked = /\bBREAKING\b/u.test(title) || /breaking changes?|^\W*(?:breaking|backwards?[- ]incompatible|⚠|💥)|破坏性|不兼容|破壊的|^major changes$/iu.test(title);
      if (marked && sectionHolds(lines, index)) {
        if (title.length <= 40) words.add(title.toLowerCase());
        for (const word of UNIVERSAL_BREAKING) if (title.toLowerCase().includes(word)) words.add(word);
        if (/^major changes$/iu.test(title)) words.add("major");
      }
    }
    if (
      /\bBREAKING\b|\b[a-z]+(?:\([^)]*\))?!:/u.test(raw) ||
      /breaking changes?\s*[:：]/iu.test(raw) ||
      /^(?:\[?breaking\]?|breaking change)\s*[:：\]]/iu.test(item) ||
      /^(?:⚠|💥)/u.test(item) ||
      // git-cliff: "- *(azure_devops)* [**breaking**] Rename …"
      /^\s*[-*+]\s+(?:\*?\([^)]{1,40}\)\*?\s*)?\[\s*\**breaking\**\s*\]/iu.test(raw) ||
      /^(?:\*\*)?[\w-]+:(?:\*\*)?\s*⚠/u.test(item) ||
      // "不兼容" names a break as a kind of change ("不兼容的变更", "不向下兼容"); "与 CPU 不兼容时" describes a bug.
      /破坏性|不兼容(?:的)?(?:变更|更新|改动|修改|升级)|不向[下后]兼容|向[下后]不兼容|破壊的|SEMVER-MAJOR/u.test(raw) ||
      /^backwards?[- ]incompatible/iu.test(item)
    ) {
      for (const word of UNIVERSAL_BREAKING) if (raw.toLowerCase().includes(word)) words.add(word);
      words.add("breaking");
    }
  }
  return { present: words.size > 0, words: [...words] };
}

// ── The checks ─────────────────────────────────────────────────────────────────────────────────────────────

/** Each post fits as X counts it and X accepts it. */
function length({ posts, maxLength }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    const parsed = twitter.parseTweet(text, { ...configs.defaults, maxWeightedTweetLength: maxLength });
    if (parsed.weightedLength > maxLength) defects.push({ check: "length", post, detail: `weighted length ${parsed.weightedLength} > ${maxLength}` });
    else if (!parsed.valid) defects.push({ check: "length", post, detail: "X would refuse this text (empty or invalid characters)" });
  });
  return defects;
}

/** A URL X would link that was no link in the notes (a file name, a dotted identifier, a bare domain), or a hashtag or
 *  cashtag X would make of the notes' text ("#ifdef", "$TERM"). */
function accidentalLink({ posts, notes, notesUrls, releaseUrl }: Context): Defect[] {
  const known = (url: string) => url === releaseUrl || notesUrls.has(url) || notesUrls.has(url.replace(/\/$/u, "")) || notesUrls.has(`${url}/`);
  const inNotes = (sigil: string, tag: string) => notes.toLowerCase().includes(`${sigil}${tag.toLowerCase()}`);
  return posts.flatMap((text, post) => [
    ...urlsIn(text)
      .filter((url) => !known(url))
      .map((url) => ({ check: "accidental-link", post, detail: `X would link "${url}", which is no link in the notes` })),
    ...twitter
      .extractHashtags(text)
      .filter((tag) => inNotes("#", tag))
      .map((tag) => ({ check: "accidental-link", post, detail: `X would make a hashtag of "#${tag}" from the notes` })),
    ...twitter
      .extractCashtags(text)
      .filter((tag) => inNotes("$", tag))
      .map((tag) => ({ check: "accidental-link", post, detail: `X would make a cashtag of "$${tag}" from the notes` })),
  ]);
}

/** "…" straight after sentence punctuation ("notes.…", "Config,…", "修复。…"). */
function ellipsisAfterPunctuation({ posts, notes }: Context): Defect[] {
  const pattern = /[.,;:!?。，、；：！？][)\]}"'”’」』）】]*…/gu;
  return posts.flatMap((text, post) =>
    [...text.matchAll(pattern)]
      .filter(([match]) => !notes.includes(match))
      .map(([match]) => ({ check: "ellipsis-after-punctuation", post, detail: `"${match}"` })),
  );
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** How much a cut line kept, in words: Latin-like tokens count one each, CJK two characters per word. */
function wordCount(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u).filter(Boolean)) {
    const cjk = [...token].filter((char) => CJK.test(char)).length;
    count += cjk > 0 ? Math.max(1, Math.floor(cjk / 2)) + (/[\p{L}\p{N}]{2,}/u.test(token.replace(new RegExp(CJK.source, "gu"), " ")) ? 1 : 0) : 1;
  }
  return count;
}
/** The word a cut line ends in, when it ends inside a word of a spaced script (or a Latin run in CJK text). */
function cutWord(before: string): string | undefined {
  const last = [...before].at(-1);
  if (last === undefined) return undefined;
  if (/\p{N}/u.test(last)) return /\d+(?:\.\d+)*$/u.exec(before)?.[0];
  if (/\p{Script=Latin}/u.test(last)) return /[\p{Script=Latin}\p{M}\p{N}_]+$/u.exec(before)?.[0];
  // Han, kana, Thai…: no spaces, so no word boundary to check.
  const script = SPACED_SCRIPTS.find((name) => new RegExp(`\\p{Script=${name}}`, "u").test(last));
  return script ? new RegExp(`[\\p{Script=${script}}\\p{M}\\p{N}_]+$`, "u").exec(before)?.[0] : undefined;
}
/** A cut that keeps too little: a bare bullet, one word, only a scope, an emoji and a word, or half a word. */
const ENDS_MID_PHRASE = /\s(?:for|of|the|an?|and|or|with|into)$/u;
function stubCut({ posts, notesWords }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    for (const line of lines(text)) {
      const trimmed = line.trimEnd();
      // "• Add `:on_conflict` option for": an item that stops on a word that needs more after it, cut with no mark.
      if (BULLET.test(trimmed) && ENDS_MID_PHRASE.test(trimmed)) defects.push({ check: "stub-cut", post, detail: `ends mid-phrase: "${trimmed.trim()}"` });
      if (!trimmed.endsWith(ELLIPSIS)) continue;
      const before = trimmed.slice(0, -ELLIPSIS.length).replaceAll(ZWSP, "");
      const led = BULLET.test(before) || EMOJI.test(before);
      const kept = itemText(before).replace(/^[*_`]+|[*_`]+$/gu, "");
      const report = (detail: string) => defects.push({ check: "stub-cut", post, detail: `${detail}: "${trimmed.trim()}"` });
      if (before.trim() === "") continue; // a line that is only "…" marks omitted text, it cuts nothing
      if (kept === "" || BARE_MARKER.test(before)) report("nothing left but the bullet");
      else if (led && /^[\w@./-]+[:：]$/u.test(kept)) report("only a scope or label is left");
      else if (led && wordCount(kept) <= 1) report("one word is left");
      else {
        const word = cutWord(before);
        if (word !== undefined && !notesWords.has(word.toLowerCase())) report(`cut inside "${word}"`);
      }
    }
  });
  return defects;
}

const PAIRS: Array<[string, string]> = [["(", ")"], ["[", "]"], ["{", "}"], ["“", "”"], ["「", "」"], ["『", "』"], ["（", "）"], ["【", "】"], ["‘", "’"]];
/** Whether a straight quote is left open: '"' by parity, "'" only where it opens a quote (not "don't", "users'"). */
function openStraightQuote(text: string, quote: '"' | "'"): boolean {
  const chars = [...text];
  // A quote with spaces on both sides is the character itself ("start with ' or \" and"), not a quotation.
  const quoting = (i: number) => !(/\s/u.test(chars[i - 1] ?? " ") && /\s/u.test(chars[i + 1] ?? " "));
  if (quote === '"') return chars.filter((char, i) => char === '"' && quoting(i)).length % 2 === 1;
  let opens = 0;
  let closes = 0;
  chars.forEach((char, i) => {
    if (char !== "'") return;
    const prev = chars[i - 1] ?? " ";
    const next = chars[i + 1] ?? " ";
    if (/[\s([{]/u.test(prev) && /\S/u.test(next)) opens += 1;
    else if (/\S/u.test(prev) && /[\s)\]}.,;:!?]/u.test(next)) closes += 1;
  });
  return opens > closes;
}
/** A cut line ending inside brackets, quotes or a code span. */
function cutInBrackets({ posts }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    for (const line of lines(text)) {
      const trimmed = line.trimEnd();
      if (!trimmed.endsWith(ELLIPSIS)) continue;
      const before = trimmed.slice(0, -ELLIPSIS.length);
      const open: string[] = [];
      for (const [left, right] of PAIRS) if (before.split(left).length - 1 > before.split(right).length - 1) open.push(left);
      for (const quote of ['"', "'"] as const) if (openStraightQuote(before, quote)) open.push(quote);
      if ((before.split("`").length - 1) % 2 === 1) open.push("`");
      if (open.length > 0) defects.push({ check: "cut-in-brackets", post, detail: `cut inside ${open.join(" ")}: "${trimmed.trim()}"` });
    }
  });
  return defects;
}

const HANDLE = String.raw`[@＠]${ZWSP}?[A-Za-z0-9_][\w-]*(?:\[bot\])?`;
const CREDIT_PATTERNS: Array<[RegExp, string]> = [
  [new RegExp(String.raw`\bby\s+${HANDLE}`, "iu"), "“by @user”"],
  [new RegExp(String.raw`\bthanks(?:\s+to)?\s+${HANDLE}`, "iu"), "“Thanks @user”"],
  [new RegExp(String.raw`\(${HANDLE}\)`, "u"), "“(@user)”"],
  [/\bPR\s*#\d+/u, "“PR #123”"],
  // A pull request's number without its "#": "(PR 12109)", "PR 12109 by x".
  [/\b(?:PRs?|MRs?|[Pp]ull [Rr]equests?)\s+\d{2,}\b/u, "“PR 123”"],
  // Chinese and Japanese notes' "合并PR-3926", "PR-2888、PR-3006".
  [/(?:合并|合並|マージ)\s*(?:PR|MR)|(?<![\w-])(?:PR|MR)-\d+/u, "“合并PR-123”"],
  // "@`okJiang`": a handle in code marks.
  [/[@＠]`[A-Za-z0-9][\w-]*`/u, "“@`user`”"],
  [new RegExp(String.raw`\[${HANDLE}\]`, "u"), "“[@user]”"],
  [new RegExp(String.raw`(?:\bvia|\bh\/t|\bhat tip(?: to)?|\bcc|[—–])\s*${HANDLE}`, "iu"), "“via @user”, “h/t @user”, “— @user”"],
  // "Contributed by Jane Doe", "Patch by A and B": a credit by name, no handle needed.
  [/\b(?:contributed|patch(?:ed)?|reported|authored|implemented) by\s+\p{Lu}/u, "“Contributed by …”"],
  [new RegExp(String.raw`${HANDLE}\s*(?:さん|様|氏|님)`, "u"), "“@user さん”"],
  [new RegExp(String.raw`(?:感谢|感謝|谢谢)\s*${HANDLE}`, "u"), "“感谢 @user”"],
  // What is left of "PR [#123](…)" when only the number went: "… docs. PR", "observer.errorPR".
  [/(?:^|[.!?]\s+|\p{Ll})PRs?[.,;]?\s*$/u, "a “PR” without its number"],
  [/\(#\d+[^)]*\)/u, "“(#123…)”"],
  [/(?:^|[\s([{,，、:：（【])#\d+\b/mu, "an issue or PR number"],
  // hutool's "（issue#IANKQ1@Gitee）", "(pr#3720@Github)": ids with letters, a site's name after them.
  [/\b(?:issues?|pr|mr)\s*#[A-Za-z0-9]+|#[A-Za-z0-9]+@[A-Za-z]+/iu, "an issue or PR id"],
  [/[\w.-]+\/[\w.-]+#\d+\b/u, "a cross-repository reference"],
  // Ghostty's "… configuration. GH-9253", libexpat's "(commit 16e2efd867ea…)".
  [/(?:^|[\s(])GH-\d+\b/u, "a “GH-123” reference"],
  [/\(commits?\s+[0-9a-f]{7,40}\)/u, "“(commit abc1234)”"],
  [new RegExp(String.raw`由\s*${HANDLE}`, "u"), "“由@user”"],
  [new RegExp(String.raw`${HANDLE}\s*(?:贡献|提交|提供)`, "u"), "“@user 贡献”"],
  [/贡献[，,]?\s*在|首次贡献|中首次/u, "“贡献，在…”"],
  [/\bin\s+https?:\/\/github\.com\/[^\s/]+\/[^\s/]+\/pull\/\d+/u, "“in https://github.com/…/pull/N”"],
  [/github\.com\/[^\s/]+\/[^\s/]+\/(?:pull|issues|commit)\/\w+/u, "a link to a PR, issue or commit"],
  // What a GitHub page's title leaves as a link's words: "… by spectranaut · Pull Request #1174 · tc39/ecma262", or
  // "… by spectranaut · · tc39/ecma262" once the number went.
  [/·\s*(?:(?:Pull Request|Issue|Discussion|Commit)\s+#?\w+\s*)?·\s*[\w.-]+\/[\w.-]+/u, "a GitHub page title's “· owner/repo” tail"],
  // What changesets' "… - Thanks [@user](…)!" leaves once the thanks went: "… component -!".
  [/\s[-–—]\s*[!！]?\s*$/u, "a separator left at the end “ -!”"],
  // A bot credited by its name, no handle: "… by Copilot", "… by dependabot".
  [/\bby\s+(?:copilot|dependabot|renovate|github-actions|pre-commit-ci|claude|codex|devin)(?:\[bot\])?\s*[.!]?\s*$/iu, "a bot's credit “by Copilot”"],
  // What "（感谢 @x 团队的协助）" leaves once the handle went: a bracket of help with no one to thank.
  [/[（(]\s*(?:(?:团队|團隊|チーム|팀)\s*的?|的)\s*(?:协助|協助|帮助|幫助|支持|贡献|貢獻|協力)\s*[）)]/u, "a credit bracket without its name"],
];
// "…版本 @a @b 终于…", "Fix the crash @a @b": handles one after another are credits wherever they stand.
const HANDLE_RUN = new RegExp(String.raw`(?:^|\s)${HANDLE}(?:\s+${HANDLE})+(?=\s|[.,;!?。，、；！？]|$)`, "u");
// "修复崩溃 @a", "Fix crash. @a": one handle after CJK text or a finished sentence ends the line as its author's credit.
const HANDLE_AFTER_END = new RegExp(String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}.!?。！？]\s*${HANDLE}\s*[.。]?$`, "u");
// "(@a / @b / @c)", "(@a, @b)": several handles in brackets, in any separator.
const HANDLE_LIST = new RegExp(String.raw`[(（]\s*${HANDLE}(?:\s*(?:[,/&、]|and)?\s*${HANDLE})+\s*[)）]`, "u");
// "@kareemZarka 新增LFS支持", "@user: fix x", "@user added y": a handle as the change's subject. A package scope
// ("@scope/pkg") is not one.
// A Java or Kotlin annotation ("@EnumValue 注解…", "@JsonProperty") is code: a capital, lowercase, then a capital again.
const HANDLE_SUBJECT = new RegExp(
  String.raw`^(?![@＠]${ZWSP}?\p{Lu}\p{Ll}+\p{Lu})${HANDLE}(?![\w/@.-])(?:\s*[:：]\s*|\s+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|(?:added|adds|fixed|fixes|made|implemented|introduced|improved|updated|removed|refactored|contributed|submitted|changed)\b))`,
  "u",
);
const AUTHOR_ONLY = new RegExp(String.raw`^\s*(?:[-*+•◦▪‣·]\s*)?${HANDLE}(?:[\s,、]+${HANDLE})*\s*$`, "u");
// What a removed reference leaves around it: an empty group ("()", "( )", "(,)", "( , )") after a space or holding only
// separators ("workloads (,)"), a bracket opened at the item's end ("… executor ("), an item that is only a number in
// brackets ("(435)"). "useId()" and "string[]" are code: their brackets follow a name.
const EMPTY_GROUP = /(?:^|\s)[([（]\s*[)\]）]|[([（]\s*[,;、/&][\s,;、/&]*[)\]）]/u;
const OPEN_AT_END = /[([（【]\s*[,;、]?\s*$/u;
// A group that opens or closes on a separator once what stood next to it went: "(, since v10.50.0)", "(see x, )".
const SEPARATOR_EDGE = /[([（]\s*[,;、，；]\s*[^\s)\]）]|[^\s([（]\s*[,;、，；]\s*[)\]）]/u;
const ONLY_NUMBER = /^[([（]\s*#?\d+\s*[)\]）]$/u;
// "[(435)](…/issues/435)": the notes link a bracketed number; kept as text it is a reference no reader can open.
const LINKED_NUMBER = /\[\s*([([（]\s*#?\d+\s*[)\]）])\s*\]\(/gu;
// "1407: Fix constants map" from "[1407: Fix …](…/pull/1407)": a number heading the item that the notes use as a
// pull request's or issue's number.
const LEADING_NUMBER = /^(\d{1,7})[:：]\s/u;
// A merge commit's head ("merge: pr 364 …", "Merge PR !364") and Gitee's issue ids ("#IJTNJK", maybe with the zero-width
// space quieting put after the "#").
const MERGE_HEAD = /(?:^|\s)merge[sd]?\s*[:：]?\s*(?:(?:pr|pull request|mr)\s*[#!]?\d|!\d)/iu;
const GITEE_ID = new RegExp(`#${ZWSP}?(I[A-Z0-9]{5})(?![\\w-])`, "u");
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
// "… filter d95e46e": a short commit hash the notes link to its commit (RST's "`d95e46e`_", Markdown's "[d95e46e](…)").
const HEX_WORD = /(?<![\w`#/.-])[0-9a-f]{7,12}(?![\w`/.-])/gu;
// "[Issue-zensical-818](…/issues/818)": a link whose words are only the id of the change it points at.
const ID_LINK = /\[([\p{L}\p{N}._#-]{1,60}?)\]\(<?https?:\/\/[^\s)]{1,300}?\/(?:pull|pulls|issues|merge_requests)\/(\d+)[/)>#?]/gu;
/** A short commit hash or an id-only link's words that the notes use as a reference, kept as text in the item. */
function bareReference(prose: string, notes: string): string | null {
  for (const [hash] of prose.matchAll(HEX_WORD)) {
    if (/\d/u.test(hash) && /[a-f]/u.test(hash) && new RegExp(`/commits?/${hash}|\\.\\. _${hash}:`, "u").test(notes)) return `a bare commit hash "${hash}"`;
  }
  for (const [, words = "", number = ""] of notes.matchAll(ID_LINK)) {
    if (/\p{L}/u.test(words) && words.endsWith(number) && new RegExp(`(?<![\\w-])${escapeRegExp(words)}(?![\\w-])`, "u").test(prose)) return `link text that is only an id "${words}"`;
  }
  return null;
}
/** Residue of a removed reference in one item, or null. */
function referenceResidue(item: string, notes: string): string | null {
  const prose = item.replace(/`[^`]*`/gu, "`…`");
  const number = LEADING_NUMBER.exec(prose)?.[1];
  if (number && new RegExp(`(?:#|/(?:pull|issues|merge_requests)/)${number}\\b`, "u").test(notes)) return `a leading reference number "${number}:"`;
  if (MERGE_HEAD.test(prose)) return "a merge head";
  const gitee = GITEE_ID.exec(prose);
  if (gitee && notes.includes(`#${gitee[1]}`)) return `a Gitee issue id "#${gitee[1]}"`;
  for (const [, number] of notes.matchAll(LINKED_NUMBER)) if (prose.includes(number!)) return `a linked number kept as text "${number}"`;
  const empty = EMPTY_GROUP.exec(prose);
  if (empty) return `an empty group "${empty[0].trim()}"`;
  const edge = SEPARATOR_EDGE.exec(prose);
  if (edge) return `a group that opens or closes on a separator "${edge[0].trim()}"`;
  if (ONLY_NUMBER.test(prose)) return "an item that is only a number in brackets";
  if (OPEN_AT_END.test(prose) && !prose.endsWith(ELLIPSIS)) return "a bracket left open at the end";
  const bare = bareReference(prose, notes);
  if (bare) return bare;
  // "…in a single JVM in": the reference ("in <PR URL>", "by @user") went and its preposition stayed.
  const preposition = /\s(?:in|by|via|from|at)$/u.exec(prose);
  if (preposition && new RegExp(`${escapeRegExp(prose.slice(-24))}\\s+(?:<?https?:|#\\d|@\\w|\\[)`, "u").test(notes)) return `a preposition whose reference was removed "${preposition[0].trim()}"`;
  return null;
}
/** Credits and references that the notes carry for their readers on GitHub, not for a post: one defect per line. */
function creditLeftover({ posts, notes, notesAuthors }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    for (const line of lines(text)) {
      const found: string[] = [];
      for (const [pattern, what] of CREDIT_PATTERNS) {
        const match = pattern.exec(line);
        if (match) found.push(`${what} "${match[0].trim()}"`);
      }
      for (const author of notesAuthors) if (line.includes(`(${author})`)) found.push(`an author in parentheses "(${author})"`);
      if (AUTHOR_ONLY.test(line)) found.push("an item that is only an author");
      const residue = referenceResidue(itemText(line), notes);
      if (residue) found.push(`what a removed reference left, ${residue}`);
      const handles = HANDLE_LIST.exec(line);
      if (handles && !found.some((what) => what.startsWith("“(@user)”"))) found.push(`a list of handles "${handles[0]}"`);
      if (HANDLE_SUBJECT.test(itemText(line))) found.push("a handle as the subject of the change");
      const run = HANDLE_RUN.exec(itemText(line));
      if (run && !found.some((what) => what.startsWith("a list of handles") || what.startsWith("an item that is only"))) found.push(`a run of handles "${run[0].trim()}"`);
      else if (HANDLE_AFTER_END.test(itemText(line))) found.push("a handle ending the line after its sentence");
      if (found.length > 0) defects.push({ check: "credit-leftover", post, detail: `${found.join(", ")}: "${line.trim()}"` });
    }
  });
  return defects;
}

/** Whether two normalized lines share a beginning long enough to be the same line (one may be cut). */
function overlaps(a: string, b: string): boolean {
  const head = (text: string) => text.slice(0, 24);
  return (head(a).length >= 6 && b.includes(head(a))) || (head(b).length >= 6 && a.includes(head(b)));
}
/** A lead-in with nothing after it: a last line ending in ":", stacked labels, or "with:" whose code block was dropped. */
function danglingLeadIn({ posts, leadIns, notes }: Context): Defect[] {
  const defects: Defect[] = [];
  // A post shows a conventional commit's scope as its label: "chore(type-utils)!: remove X" reads "type-utils: remove X".
  const notesItems = notes.split("\n").filter((line) => BULLET.test(line)).map((line) => normalize(plainText(itemText(line))).replace(/^[a-z]+\(([^()]+)\)!?:\s*/u, "$1: ")).filter(Boolean);
  const notesHeadings = notes.split("\n").filter((line) => /^#{1,6}\s/u.test(line)).map((line) => normalize(plainText(line.replace(/^#+\s*/u, "")))).filter(Boolean);
  posts.forEach((text, post) => {
    const content = nonEmpty(lines(text));
    content.forEach((line, i) => {
      if (!isLabel(line) || isNumbering(line)) return;
      const rest = content.slice(i + 1).filter((next) => !isNumbering(next));
      if (rest.every(isLabel)) {
        defects.push({ check: "dangling-lead-in", post, detail: `${rest.length === 0 ? "ends the post" : "is followed only by labels"}: "${line.trim()}"` });
        return;
      }
      // Compare with the notes: a lead-in to a code block or list must be followed by some of it.
      const tail = normalize(itemText(line)).slice(-40);
      const source = leadIns.find((leadIn) => tail.length >= 8 && (leadIn.tail.endsWith(tail) || tail.endsWith(leadIn.tail)));
      if (!source || (source.follows !== "code" && source.follows !== "list")) return;
      const next = normalize(itemText(rest[0]!)).replace(/…$/u, "");
      const kept = source.followers.some((follower) => overlaps(next, follower));
      // A one-word label ("Features:") over a change the notes list elsewhere is the post's own label for that change's
      // kind, which only shares its word with a lead-in of the notes.
      // The composer's kind labels run to three words ("Breaking changes:", "Heads-up:"), and a change it lists may be a
      // heading of the notes ("### Replacement of `ban-types`"), not one of their list items.
      const label = normalize(itemText(line)).replace(EMOJI, "").trim();
      const ownLabel = /^[\p{L}\s-]{2,32}:$/u.test(label) && label.split(/\s+/u).length <= 3 && [...notesItems, ...notesHeadings].some((item) => overlaps(next, item));
      if (!kept && !ownLabel) defects.push({ check: "dangling-lead-in", post, detail: `its ${source.follows === "code" ? "code block" : "list"} was left out: "${line.trim()}"` });
    });
  });
  return defects;
}

// A sentence that points at what comes next: "…read the following information carefully.", "The changes are listed
// below.", "See below for details.", "详见下文", "以下の変更があります", "변경 사항은 다음과 같습니다".
const FORWARD_POINTER =
  /\b(?:the following|as follows)\b[^.!?:：]*[.!]?$|\bbelow(?: for (?:more )?(?:details|information|info|more))?[.!]?$|\b(?:listed|described|detailed|shown|summari[sz]ed|outlined|explained|included|found|see|read) below\b[^.!?:：]{0,30}[.!]?$|(?:下文|下方|下面|如下)[^。！？：:]{0,10}[。！.!]?$|以下の[^。：:]{0,20}(?:あります|です|含まれています|含まれます)[。.]?$|(?:다음과 같습니다|아래와 같습니다|아래(?:를|에서) (?:참고|확인))[^.:：]{0,10}[.]?$/iu;
/** Prose that ends a post pointing at "the following" or "below", with nothing after it to point at (reported as a
 *  dangling lead-in: a lead-in in sentence form). */
function danglingPointer({ posts, releaseUrl }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    const content = nonEmpty(lines(text)).filter((line) => !isNumbering(line) && (releaseUrl === "" || line.trim() !== releaseUrl) && !/^\s*(?:https?:\/\/\S+|(?:[#＃]\S+\s*)+)\s*$/u.test(line));
    // "(more on what that means later)", "(see below)": an aside pointing further into the notes, anywhere in a post.
    for (const line of content) {
      const aside = /\((?:see|more|details?|read more|explained|described|covered|discussed)\b[^()]{0,40}?\b(?:below|later|further down)\b[^()]{0,10}\)/iu.exec(line);
      if (aside) defects.push({ check: "dangling-lead-in", post, detail: `points further into the notes: "${aside[0]}"` });
    }
    const last = content.at(-1);
    if (last === undefined || BULLET.test(last) || isLabel(last)) return;
    const sentence = last.split(/(?<=[.!?。！？])\s*/u).filter((piece) => piece.trim() !== "").at(-1) ?? "";
    if (FORWARD_POINTER.test(sentence.trim())) defects.push({ check: "dangling-lead-in", post, detail: `ends pointing at what follows: "${sentence.trim()}"` });
  });
  return defects;
}

const ORPHAN_TEXT = [
  "github release",
  "the github release",
  "all commits",
  "full changelog",
  "release notes",
  "full release notes",
  "changelog",
  "here",
  "the reference",
  "reference",
  "this pr",
  "compare",
  "compare changes",
  "diff",
  "commits",
  "github security advisory",
  "security advisory",
  "migration guide",
  "the migration guide",
  "more details",
  "details",
];
// Generic words a link carries when the page is its point: once the link is gone they say nothing.
const GENERIC_LINK_WORDS = "(?:docs?|documentation|details|more|here|link|guide|blog(?: post)?|announcement|release notes|changelog|pr|issue)";
// "…used for dependency resolution. docs", "Add a flag (docs)", "…diagnostics Docs": the word of a link that stood after
// the sentence, alone in brackets, or capitalised after a sentence's last word.
const TRAILING_ORPHAN = [
  new RegExp(`[.!?。！？]\\s+${GENERIC_LINK_WORDS}[.!]?$`, "iu"),
  new RegExp(`[([]\\s*${GENERIC_LINK_WORDS}\\s*[)\\]]`, "iu"),
  /\p{Ll}\s(?:Docs?|Documentation|Details|More|Here|Link|Guide|Blog(?: post)?|Announcement|Release notes|Changelog)$/u,
];
/** A line that was only link text, now without its link ("GitHub release", "All Commits", "here"). */
// The notes had a link whose words were "here"/"there", or a link followed by "and see there".
const HERE_LINK_IN_NOTES = /\[\s*(?:here|there)\s*\]\(|\]\([^)\s]*\)\s+and\s+see\s+there\b/iu;
const ORPHAN_HERE = [
  /\b(?:described|found|available|listed|explained|documented|shown|detailed|instructions|click|go|look)\s+(?:here|there)\s*[.!]?$/iu,
  /\b(?:and|then)\s+see\s+there\b/iu,
];

function orphanLinkText({ posts, notes }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    const content = nonEmpty(lines(text));
    content.forEach((line, i) => {
      if (urlsIn(line).length > 0) return;
      const phrase = normalize(itemText(line))
        .replace(/[.!:：。]+$/u, "")
        .replace(/^(?:see|read|check(?: out)?|view|more in|details in)\s+/u, "")
        .trim();
      const item = itemText(line).trim();
      if (TRAILING_ORPHAN.some((pattern) => pattern.test(item))) {
        defects.push({ check: "orphan-link-text", post, detail: `link text left after the change: "${item}"` });
        return;
      }
      // "…install it as described here.", "…visit X and see there how to…": the link "here" or "there" pointed at went.
      if (HERE_LINK_IN_NOTES.test(notes) && ORPHAN_HERE.some((pattern) => pattern.test(item))) {
        defects.push({ check: "orphan-link-text", post, detail: `"here"/"there" without its link: "${item}"` });
        return;
      }
      if (!ORPHAN_TEXT.includes(phrase)) return;
      // A label with something after it is a label ("Changelog:" then items; "Release notes:" then the link).
      if (LABEL_END.test(line) && i < content.length - 1) return;
      defects.push({ check: "orphan-link-text", post, detail: `link text without its link: "${line.trim()}"` });
    });
  });
  return defects;
}

/** Markdown or HTML the reader would see as marks: bold, headings, link syntax, tags, fences, table rows. */
function markdownLeftover({ posts }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    const report = (what: string) => defects.push({ check: "markdown-leftover", post, detail: what });
    if (text.includes("```")) report("a code fence (```)");
    const prose = text.replace(/`[^`\n]+`/gu, "`…`"); // code spans keep their marks (`**kwargs`, `__init__`)
    if (/\*\*[^*\n]+?\*\*/u.test(prose)) report("bold marks (**)");
    // "__init__" and "__attrs_pre_init__" are Python names; "__Note__" and "__two words__" are emphasis.
    for (const [, inner] of prose.matchAll(/__([^_\s][^_\n]*?)__(?![\w(])/gu)) if (/\s|^\p{Lu}/u.test(inner!)) report("emphasis marks (__)");
    if (prose.includes("](")) report("link syntax (](…)");
    if (/^\s{0,3}#{1,6}\s/mu.test(text)) report("a heading mark (#)");
    if (/^\s*(?:\\toc|\[\[toc\]\]|\[toc\])\s*$/imu.test(text)) report("a table-of-contents marker");
    if (/<(?:br|details|summary|img|sup|kbd)\b|<!--/iu.test(prose)) report("HTML");
    if (/^\s*\|.*\|.*\|\s*$/mu.test(text) || /^\s*\|?\s*:?-{3,}:?\s*\|/mu.test(text)) report("a table row");
    // "• - Update X", "• * Fix Y", "• : Z": a list marker or separator the notes' references left after the post's bullet.
    if (/^\s*•\s+[-–—*•:：](?:\s|$)/mu.test(text)) report("a second list marker after the bullet (• -)");
    // GFM strike-through closes on a non-space: "~~old~~", "~[Withdrawn](…)~"; "~1-2 months" is "about".
    if (/(?<![~\w])~{1,2}[^\s~][^~\n]*?(?<=\S)~{1,2}(?![~\w])/u.test(prose)) report("strike-through marks (~)");
    if (/\{%[^%\n]*%\}|\{\{[^}\n]*\}\}/u.test(prose)) report("a template tag ({% %}, {{ }})");
  });
  return defects;
}

/** Whether a post says a breaking change as a label, a mark or a count ("⚠️ Breaking changes:", "(2 breaking)",
 *  "破坏性变更："), not only as a word in a sentence ("…by introducing breaking changes ahead of time"). */
function saysBreaking(post: string, words: readonly string[]): boolean {
  if (/[⚠💥]/u.test(post)) return true;
  const lines = post.toLowerCase().split("\n");
  return words.some((word) =>
    lines.some((line) => {
      const at = line.indexOf(word);
      if (at < 0) return false;
      const before = line.slice(0, at);
      const after = line.slice(at + word.length);
      return /^[\W\d]*$/u.test(before) || /(?:\d+|[:：])\s*$/u.test(before) || /^[^.!?。]{0,20}[:：]/u.test(after);
    }),
  );
}

/** When the notes announce a breaking change, the first post says so. */
function breakingFirst({ posts, breaking }: Context): Defect[] {
  if (!breaking.present || posts.length === 0) return [];
  const said = saysBreaking(posts[0]!, [...UNIVERSAL_BREAKING, ...breaking.words]);
  return said ? [] : [{ check: "breaking-first", post: 0, detail: `the notes announce a breaking change (${breaking.words.slice(0, 3).join(", ")}) but post 1 does not say so` }];
}

/** A thread stays within the composer's cap; a single post is one post. */
function threadCap({ posts, mode, threadCap: cap }: Context): Defect[] {
  if (mode === "single" && posts.length > 1) return [{ check: "thread-cap", post: 1, detail: `single mode made ${posts.length} posts` }];
  if (mode === "thread" && cap !== undefined && posts.length > cap) return [{ check: "thread-cap", post: cap, detail: `${posts.length} posts > cap ${cap}` }];
  return [];
}

/** The release link is where a reader finds it: in the post, or in a thread's first or last post. */
function releaseLink({ posts, releaseUrl, mode }: Context): Defect[] {
  if (releaseUrl === "" || posts.length === 0) return [];
  const found = mode === "thread" ? posts[0]!.includes(releaseUrl) || posts.at(-1)!.includes(releaseUrl) : posts[0]!.includes(releaseUrl);
  return found ? [] : [{ check: "release-link", post: 0, detail: `${mode === "thread" ? "neither the first nor the last post" : "the post"} carries ${releaseUrl}` }];
}

const OPENERS = [
  /\b(?:is|are)\s+(?:now\s+)?(?:out|here|live|available)\b/giu,
  /\b(?:has been|have been|was|were|just|now|finally)\s+released\b/giu,
  /(?:^|[.!]\s+)released\s*[!:]/gimu,
  /正式发布|已发布|发布了|发布啦|リリースしました|リリースされました|출시/gu,
];
/**
 * Only one "is out" in the first post (the header's), not a second from the notes ("v2.0.0 is here!"). An opener
 * announces a release: its sentence names a version or ends right after it ("is out!"); "is available for general
 * use" inside a change is not one.
 */
function duplicateOpener({ posts }: Context): Defect[] {
  if (posts.length === 0) return [];
  const sentences = posts[0]!.split(/(?<=[.!?。！？])\s+|\n+/u);
  const announces = (sentence: string, match: RegExpMatchArray): boolean =>
    // "Widget 1.2.0 is out!": a version right before the phrase, or the phrase ending its sentence.
    /\bv?\d+(?:\.\d+)+\S*\s+(?:\S+\s+)?$/u.test(sentence.slice(0, match.index ?? 0)) ||
    // A list item ending "…port is available" is a change, not an announcement, unless it names a version.
    (!BULLET.test(sentence) && /^\s*[!！.。]?\s*$/u.test(sentence.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 3)));
  const found = sentences.flatMap((sentence) =>
    OPENERS.flatMap((pattern) => [...sentence.matchAll(pattern)].filter((match) => announces(sentence, match)).map(([match]) => match.trim())),
  );
  return found.length > 1 ? [{ check: "duplicate-opener", post: 0, detail: `${found.length} openers: ${found.map((m) => `"${m}"`).join(", ")}` }] : [];
}

const DATE = String.raw`(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:of\s+)?\p{L}+,?\s+\d{4}|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`;
const RELEASED_ON = new RegExp(String.raw`\b(?:released|published)\s+(?:on|at)\s+${DATE}|\brelease date\s*[:：]?\s*${DATE}`, "iu");
const DATE_LINE = new RegExp("^\\s*[(\\[_*`]*" + DATE + "[)\\]_*`]*\\s*$", "u");
// "… instead of being overwritten by the deletion. 19th August, 2026": a date line run into the sentence before it.
const DATE_AFTER_SENTENCE = new RegExp(String.raw`[.!?。！？]\s*${DATE}\s*$`, "u");
/** Dates a post does not need: "Released on 2025-02-03", a line that is only a date. */
function incidentalDate({ posts }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    for (const line of lines(text)) {
      if (RELEASED_ON.test(line) || DATE_LINE.test(itemText(line)) || DATE_AFTER_SENTENCE.test(line)) defects.push({ check: "incidental-date", post, detail: `"${line.trim()}"` });
    }
  });
  return defects;
}

const INVISIBLE: Array<[RegExp, string]> = [
  [/[\u200E\u200F\u061C]/u, "a direction mark (LRM/RLM/ALM)"],
  [/[\u202A-\u202E\u2066-\u2069]/u, "a bidi control"],
  [/[\u2060-\u2064\u180E\uFEFF]/u, "a word joiner or invisible operator"],
  [/[\u3164\u115F\u1160\uFFA0]/u, "a Hangul filler"],
  [/\u00AD/u, "a soft hyphen"],
  [/\u034F/u, "a combining grapheme joiner"],
];
/** Characters a reader cannot see; the ZWSP that quiets a mention ("@\u200Buser") is the one allowed. */
function invisibleCharacters({ posts }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    const report = (what: string, at: number) => defects.push({ check: "invisible-characters", post, detail: `${what} at ${at}` });
    const chars = [...text];
    chars.forEach((char, i) => {
      const prev = chars[i - 1] ?? "";
      const next = chars[i + 1] ?? "";
      // After the sigil of a mention, hashtag or cashtag the notes never meant: the one place it belongs.
      if (char === ZWSP && (prev === "" || !"@＠#＃$".includes(prev))) report("a zero-width space (not after @, # or $)", i);
      else if (char === "\u200D" && !(/\p{Extended_Pictographic}|\uFE0F|\p{Emoji_Modifier}/u.test(prev) && /\p{Extended_Pictographic}/u.test(next)) && !(/\p{L}|\p{M}/u.test(prev) && /\p{L}|\p{M}/u.test(next)))
        report("a zero-width joiner outside an emoji", i);
      else if (char === "\u200C" && !(/\p{L}|\p{M}/u.test(prev) && /\p{L}|\p{M}/u.test(next))) report("a zero-width non-joiner outside a word", i);
      else if (/[\u{E0000}-\u{E007F}]/u.test(char)) {
        // Tag characters are allowed only inside a subdivision flag: 🏴 followed by tags up to CANCEL TAG.
        let start = i;
        while (start > 0 && /[\u{E0020}-\u{E007E}]/u.test(chars[start - 1]!)) start -= 1;
        if (chars[start - 1] !== "\u{1F3F4}") report("a tag character", i);
      } else for (const [pattern, what] of INVISIBLE) if (pattern.test(char)) report(what, i);
    });
  });
  return defects;
}

/** An @handle X would turn into a mention; handles taken from the notes must be quieted. */
function liveMention({ posts, notes }: Context): Defect[] {
  const lower = notes.toLowerCase();
  return posts.flatMap((text, post) => {
    const urls = twitter.extractUrlsWithIndices(text).map((entity) => entity.indices);
    return twitter
      .extractMentionsOrListsWithIndices(text)
      .filter(({ indices: [at] }) => !urls.some(([start, end]) => at >= start && at < end))
      .filter(({ screenName }) => lower.includes(`@${screenName.toLowerCase()}`) || lower.includes(`/${screenName.toLowerCase()})`))
      .map(({ screenName }) => ({ check: "live-mention", post, detail: `X would mention @${screenName}` }));
  });
}

// UTF-8 read as Latin-1 or Windows-1252: "Ã©" for "é", "â€™" for "’", "â¦" for "…" (its C1 byte stripped).
const MOJIBAKE = /Ã[\u0080-\u00BF]|â(?:€|[\u0080-\u00BF])|Â[\u0080-\u00BF]/u;

/** Mojibake from a mis-decoded source: no one writes it, and the post must not print it. */
function mojibake({ posts }: Context): Defect[] {
  return posts.flatMap((text, post) => {
    const found = MOJIBAKE.exec(text);
    return found ? [{ check: "mojibake", post, detail: `mis-decoded UTF-8 "${found[0]}"` }] : [];
  });
}

/** Code a post quotes that the notes do not have: code is the one text a post must never change ("`..`" is not "`.`").
 *  The one-dot leader that keeps X from linking a name is a dot here, and a cut span ends in "…". */
function codeAltered({ posts, notes }: Context): Defect[] {
  const spans = [...notes.matchAll(/(`+)([^`\n]+?)\1(?!`)|<code>([^<\n]+)<\/code>/gu)].map((match) => (match[2] ?? match[3] ?? "").trim());
  // An RST role shows its display text: ":func:`get() <pluggy.Result.get>`" reads "get()", ":class:`~pluggy.Result`" reads "Result".
  const roles = [...notes.matchAll(/:[\w.:-]+:`([^`<\n]+?)(?:\s*<[^>`\n]*>)?`/gu)].map((match) => {
    const shown = (match[1] ?? "").trim();
    return shown.startsWith("~") ? (shown.split(".").at(-1) ?? "") : shown.replace(/^!/u, "");
  });
  const exact = new Set([...spans, ...roles]);
  return posts.flatMap((text, post) =>
    [...text.matchAll(/`([^`\n]+)`/gu)].flatMap((match) => {
      const quoted = (match[1] ?? "").replace(/\u2024/gu, ".").replace(/\u200B/gu, "").trim();
      const code = quoted.replace(/…$/u, "");
      const cut = code !== quoted;
      if (code === "" || exact.has(code) || (cut && spans.some((span) => span.startsWith(code)))) return [];
      // A piece of the notes' code that is not the whole of it ("`.`" of "`..`"), or text the notes do not have.
      const altered = spans.some((span) => span.includes(code)) || !notes.includes(code);
      return altered ? [{ check: "code-altered", post, detail: `code not as the notes have it: "${match[0]}"` }] : [];
    }),
  );
}

/** A label ending in its own "?" or "!" with a colon added: "What’s New?:". */
function labelPunctuation({ posts }: Context): Defect[] {
  return posts.flatMap((text, post) =>
    lines(text)
      .filter((line) => /[?!？！][:：]\s*$/u.test(line) && isLabel(line))
      .map((line) => ({ check: "label-punctuation", post, detail: `doubled label punctuation: "${line.trim()}"` })),
  );
}

// A security fix the notes name by its id is in the first post, and a "+N more" count is no larger than the changes
// the notes list beyond those shown.

const ADVISORY_ID_IN_NOTES = /\b(?:CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3})\b/giu;

/** The notes' advisory ids (CVE, GHSA), each once, upper-cased. */
const advisoryIdsIn = (text: string): string[] => [...new Set((text.match(ADVISORY_ID_IN_NOTES) ?? []).map((id) => id.toUpperCase()))];

/**
 * A release that fixes one to three advisories shows each one it shows at all in its first post, before anything
 * else: a post that opens with a summary and leaves an id for post 2 buries a fix users must act on. (More ids than
 * that are counted, and which lead is the composer's choice.)
 */
function securityFirst({ posts, notes }: Context): Defect[] {
  const ids = advisoryIdsIn(notes);
  if (posts.length < 2 || ids.length === 0 || ids.length > 3) return [];
  const first = posts[0]!.toUpperCase();
  const later = posts.slice(1).join("\n").toUpperCase();
  // Only where post 1 spends room on something else: advisories too long to share one post are a thread's to spread.
  const other = nonEmpty(lines(posts[0]!).slice(1)).filter((line) => !LABEL_END.test(line) && !/^https?:\/\//u.test(line.trim()) && advisoryIdsIn(line).length === 0);
  if (other.length === 0) return [];
  const buried = ids.filter((id) => !first.includes(id) && later.includes(id));
  return buried.length > 0 ? [{ check: "security-first", post: 0, detail: `post 1 leaves ${buried.join(", ")} to a later post` }] : [];
}

// "+40 more changes (2 breaking)", "+3 more features, 5 fixes and 2 other changes", "另有 58 项更新（含 2 项…）",
// "ほか 12 件の変更", "+4 autres changements": the count line, whatever the language.
const COUNT_LINE = /^(?:\+\s*\d|另有\s*\d|ほか\s*\d|외\s*\d|그 외\s*\d)/u;

/** The total a count line says, without the numbers in its brackets ("(2 breaking)" is part of the total). */
function countedTotal(line: string): number {
  const outside = line.replace(/[(（][^)）]*[)）]/gu, " ");
  return (outside.match(/\d+/gu) ?? []).reduce((sum, number) => sum + Number(number), 0);
}

const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+(\S.*)$/u;
// "@modern-js/core@2.68.1", "[react-router@8.3.0](…)": a package and its new version, nothing said of it.
const PACKAGE_LINE = /^\[?(?:@[\w.-]+\/)?[\w.-]+@[\w.^~<>=*+-]+\]?(?:\([^)\s]*\))?$/u;
const HEADING = /^ {0,3}#{1,6}\s|^[=~^-]{3,}\s*$/u;

/**
 * The changes Markdown notes can hold at most, or null for notes not written as Markdown lists (five items at least):
 * their list items, but not the sub-items of an item that says a change of its own (they are its details; those of
 * a label item such as "- core:" are changes), and each sentence of their paragraphs, generously.
 */
function changesAtMost(notes: string): number | null {
  let items = 0;
  let listed = 0;
  let sentences = 0;
  // The indents of the open items, and whether each is a label ("- core：") whose sub-items are changes.
  const open: Array<{ indent: number; label: boolean }> = [];
  for (const raw of notes.split("\n")) {
    const line = raw.replace(/\t/gu, "    ");
    const item = LIST_ITEM.exec(line);
    if (item) {
      const indent = item[1]?.length ?? 0;
      while (open.length > 0 && open.at(-1)!.indent >= indent) open.pop();
      listed += 1;
      // A label says no change: it ends in a colon ("- core："), or is a few words without a stop ("- **youtube**",
      // "3. Linters new features"). (Generous: a bound must not count fewer changes than the notes hold.)
      const words = (item[2] ?? "").replace(/[*_`]/gu, "").trim();
      // "  - @scope/pkg@1.2.3" under changesets' "Updated dependencies": a package the update moved, no change.
      const packageLine = open.length > 0 && PACKAGE_LINE.test(words);
      if (open.every((parent) => parent.label) && !packageLine) items += 1;
      open.push({ indent, label: /[:：]$/u.test(words) || (!/[.!?。！？]$/u.test(words) && words.split(/\s+/u).length <= 5) });
    } else if (line.trim() !== "" && !HEADING.test(line) && !/^\s/u.test(line)) {
      open.length = 0;
      // Each sentence of a paragraph may be told as a change of its own.
      sentences += Math.max(1, (line.match(/[.!?。！？](?:\s|$)/gu) ?? []).length);
    }
  }
  return listed >= 5 ? items + sentences : null;
}

/** The bullets the posts show, each a change the count does not hold. */
const shownBullets = (posts: readonly string[]): number => posts.join("\n").split("\n").filter((line) => /^\s*•\s/u.test(line)).length;

/** A "+N more" that counts more changes than the notes list beyond those shown: sub-items or repeats counted. */
function countTooHigh({ posts, notes }: Context): Defect[] {
  const found: Defect[] = [];
  const most = changesAtMost(notes);
  if (most === null) return [];
  const shown = shownBullets(posts);
  for (const [index, post] of posts.entries()) {
    const line = post.split("\n").find((candidate) => COUNT_LINE.test(candidate.trim()));
    if (!line) continue;
    const said = countedTotal(line);
    // One over is within what a bound read from the text alone can tell (a paragraph's sentences, a wrapped item).
    if (said > most - shown + 1) found.push({ check: "count-too-high", post: index, detail: `"${line.trim()}" counts ${said}, but the notes list at most ${Math.max(0, most - shown)} changes beyond the ${shown} shown` });
  }
  return found;
}

/**
 * A post that says nothing of notes of real size: only its opener ("X 1.2 is out!"), the link, perhaps a count. The
 * notes held changes (over 1 KB of text) and the reader learns none of them.
 */
function emptyPost({ posts, notes }: Context): Defect[] {
  if (posts.length !== 1) return [];
  const text = plainText(notes).replace(/\bhttps?:\/\/\S+/gu, "");
  if (Buffer.byteLength(text, "utf8") <= 1024) return [];
  const said = nonEmpty(lines(posts[0]!).slice(1)).filter((line) => {
    const trimmed = line.trim();
    const rest = urlsIn(trimmed).reduce((left, url) => left.replace(url, ""), trimmed).trim();
    return rest !== "" && !COUNT_LINE.test(rest) && !/^(?:#\S+\s*)+$/u.test(rest);
  });
  return said.length === 0 ? [{ check: "empty-post", post: 0, detail: `no change shown from ${Buffer.byteLength(text, "utf8")} bytes of notes` }] : [];
}

// A lead-in that announces how many follow ("Three changes that…", "两个新功能：", "3つの新機能", "세 가지 방법").
const EN_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const CJK_DIGITS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 두: 2, 세: 3, 네: 4, 다섯: 5 };
// Time and size words say how long or how big, not how many follow ("Two years after 1.0…").
const NOT_ITEMS = /^(?:years|months|weeks|days|hours|minutes|seconds|times|bytes|percent|x|ms|kb|mb|gb|lines|people|contributors|users|stars|downloads|releases|versions|pull|prs|commits)$/u;
const EN_COUNT = /(?:^|[—–:]\s*|\b(?:the following|these|following)\s+)(two|three|four|five|six|seven|eight|nine|ten|(?<![\d.,])[2-9])\s+(?:[a-z-]+\s+){0,2}?([a-z-]{2,}s)\b/iu;
const CJK_COUNT = /((?<![\d.,])[2-9]|[两二三四五六七八九十]|두|세|네|다섯)\s*(?:种|個|个|项|項|大|つの|가지|개의?)[^。！？.!?]{0,16}[。：:．.]?$/u;

/** How many a sentence announces, when it announces a count of what follows it; null otherwise. */
function announcedCount(sentence: string): number | null {
  const text = sentence.trim().replace(EMOJI, "");
  const english = EN_COUNT.exec(text);
  if (english && !NOT_ITEMS.test(english[2]!.toLowerCase())) {
    const word = english[1]!.toLowerCase();
    return EN_COUNTS[word] ?? Number(word);
  }
  const cjk = CJK_COUNT.exec(text);
  if (cjk) return CJK_DIGITS[cjk[1]!] ?? Number(cjk[1]);
  return null;
}

/**
 * A lead-in that announces a number ("Three changes that together…", "…四种自定义主题方式。") followed in its post by
 * fewer items than it announced: the reader counts, and finds some missing.
 */
function danglingCount({ posts }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    const content = lines(text);
    content.forEach((line, i) => {
      // The "+N more" line counts what was left out, not what follows.
      if (BULLET.test(line) || line.trim() === "" || COUNT_LINE.test(line.trim())) return;
      const parts = line.split(/(?<=[.!?])\s+|(?<=[。！？])\s*/u).filter((part) => part.trim() !== "");
      const at = parts.findIndex((part) => announcedCount(part) !== null);
      if (at < 0) return;
      const count = announcedCount(parts[at]!)!;
      let items = parts.length - at - 1;
      for (let j = i + 1; j < content.length && BULLET.test(content[j]!); j++) items += 1;
      if (items < count) defects.push({ check: "dangling-count", post, detail: `announces ${count}, ${items} follow: "${line.trim()}"` });
    });
  });
  return defects;
}

export const CHECKS: Record<string, Check> = {
  length,
  "accidental-link": accidentalLink,
  "ellipsis-after-punctuation": ellipsisAfterPunctuation,
  "stub-cut": stubCut,
  "cut-in-brackets": cutInBrackets,
  "credit-leftover": creditLeftover,
  "dangling-lead-in": (context) => [...danglingLeadIn(context), ...danglingPointer(context)],
  "orphan-link-text": orphanLinkText,
  "markdown-leftover": markdownLeftover,
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
