// Bad cuts ("…" after punctuation, a stub or half a word, inside brackets or code): the reader sees where a cut lands.
import type { Context, Defect } from "./types.ts";
import { BARE_MARKER, BULLET, ELLIPSIS, EMOJI, ZWSP, itemText, lines } from "./text.ts";

const WORD = /[\p{L}\p{M}\p{N}_]+/gu;
/** Scripts written with spaces between words, where a cut can land inside a word (Latin is handled on its own). */
const SPACED_SCRIPTS = ["Cyrillic", "Greek", "Arabic", "Hebrew", "Hangul", "Armenian", "Georgian", "Devanagari"];

/** The notes' words, also split where the script changes ("修复filter" → "filter"), lower case; dotted numbers whole. */
export function wordsIn(notes: string): Set<string> {
  const words = new Set<string>();
  const text = notes.normalize("NFC");
  for (const [run] of text.matchAll(WORD)) words.add(run.toLowerCase());
  for (const [run] of text.matchAll(/[\p{Script=Latin}\p{M}\p{N}_]+/gu)) words.add(run.toLowerCase());
  for (const [number] of text.matchAll(/\d+(?:\.\d+)+/gu)) words.add(number);
  for (const script of SPACED_SCRIPTS) for (const [run] of text.matchAll(new RegExp(`[\\p{Script=${script}}\\p{M}\\p{N}_]+`, "gu"))) words.add(run.toLowerCase());
  return words;
}

/** "…" straight after sentence punctuation ("notes.…", "Config,…", "修复。…"). */
export function ellipsisAfterPunctuation({ posts, notes }: Context): Defect[] {
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
// "…default whose type…", "…now renders…", "…where they previously…": the cut stops on a word that only leads to the
// part that says what happens (an article, a preposition, an auxiliary, an adverb before its verb, or a verb right
// after one: "now renders…"), or inside a relative clause before its verb; the reader is left without the change's
// meaning. ("…fail to serialize…" ends a clause.)
// German, French, Spanish and Portuguese articles and prepositions end a cut as badly ("…in Salesforce den…"); Japanese,
// Chinese and Korean particles too ("…の設定を…", "…修复了…", "…설정을…").
const NEEDS_COMPLEMENT_OTHER =
  /\s(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|und|oder|mit|für|von|zum|zur|im|auf|bei|le|la|les|une?|du|et|ou|avec|pour|dans|sur|los|las|con|para|del|por|uma?|os|com|da|do)\s*$|[\p{Script=Han}\p{Script=Katakana}ー](?:を|に|が|は|へ|と|や|の)\s*$|[\p{Script=Han}](?:的|了|和|与|與|及|在|对|對|将|將|把|被)\s*$|[\p{Script=Hangul}](?:을|를|이|가|은|는|의|에|와|과|로|으로)\s*$/u;
const NEEDS_COMPLEMENT =
  /\s(?:the|an?|of|for|to|with|into|from|by|on|at|in|as|than|and|or|but|is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|now|previously|also|not|whose|which|that|where|when|who|its|their|this|these)\s*$|\s(?:whose|which|where|who)\s+\S+\s*$|\s(?:now|previously|also|will)\s+\p{Ll}+s?\s*$/u;
/** True when the notes themselves end these words with "…" (any case: the post capitalises a commit's subject). */
const notesEllipsis = (notes: string, kept: string): boolean => {
  const lower = notes.toLowerCase();
  const words = kept.trim().toLowerCase();
  return lower.includes(`${words} ${ELLIPSIS}`) || lower.includes(`${words}${ELLIPSIS}`);
};
/** A cut that keeps too little: a bare bullet, one word, only a scope, an emoji and a word, or half a word. */
const ENDS_MID_PHRASE = /\s(?:for|of|the|an?|and|or|with|into)$/u;
export function stubCut({ posts, notes, notesWords }: Context): Defect[] {
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
      // (The notes' own "…" is theirs: "do not mutate object given to options …".)
      else if (led && (NEEDS_COMPLEMENT.test(before) || NEEDS_COMPLEMENT_OTHER.test(before)) && !notesEllipsis(notes, itemText(before))) report("cut right after a word that needs what follows it");
      else if (led && /^[\w@./-]+[:：]$/u.test(kept)) report("only a scope or label is left");
      else if (led && wordCount(kept) <= 1) report("one word is left");
      // "全新的控制台插件：\n在这个版本中…": a paragraph cut after its first words says nothing, bullet or not.
      else if (!led && wordCount(kept) <= 3 && CJK.test(kept)) report("only a paragraph's first words are left");
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
export function cutInBrackets({ posts }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    for (const line of lines(text)) {
      const trimmed = line.trimEnd();
      if (!trimmed.endsWith(ELLIPSIS)) continue;
      const before = trimmed.slice(0, -ELLIPSIS.length);
      const open: string[] = [];
      // German quotes open with „ and close with “, the English opening mark: pair those first.
      const count = (mark: string) => before.split(mark).length - 1;
      const german = Math.min(count("„"), count("“"));
      if (count("„") > count("“")) open.push("„");
      if (count("«") > count("»")) open.push("«");
      for (const [left, right] of PAIRS) if (count(left) - (left === "“" ? german : 0) > count(right)) open.push(left);
      for (const quote of ['"', "'"] as const) if (openStraightQuote(before, quote)) open.push(quote);
      if ((before.split("`").length - 1) % 2 === 1) open.push("`");
      if (open.length > 0) defects.push({ check: "cut-in-brackets", post, detail: `cut inside ${open.join(" ")}: "${trimmed.trim()}"` });
    }
  });
  return defects;
}
