// Credits a list writes as the last words of its items: libuv's ChangeLog "* unix: fix discard const (Rudi Heitbaum)",
// "* build(deps): bump x (dependabot[bot])". One item alone cannot tell "(Jane Doe)" from "(Windows)"; a list whose
// items mostly end in a bracketed name can. Pure: blocks in, blocks out.
import { isPersonCredit, isTypedEntry } from "./cleanup.js";
import { DROPPED_MARK, type Block } from "../formats/markdown.js";

// One name word in any script ("Saúl", "Corretgé", "O'Brien", "张伟"), or a handle ("@bnoordhuis", "tobil4sk",
// "dependabot[bot]", wagtail's "xuliang@QAX"); ESLint marks a first-time contributor with an emoji ("(Josh Goldberg ✨)").
const WORD = "(?:@?[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}_.'’@-]{0,40}(?:\\[bot\\])?|\\p{Extended_Pictographic}\\uFE0F?)";
const PERSON = `${WORD}(?: ${WORD}){0,3}`;
// The bracket that ends an item's text; a hard wrap inside it is one space by now ("(Juan José\n  Arboleda)").
const ENDING_BRACKET = new RegExp(`\\s*[(（]\\s*(${PERSON}(?:\\s*(?:,|\\band\\b|&)\\s*${PERSON}){0,3})\\s*[)）]\\s*$`, "u");
// util-linux's ReleaseNotes credit in square brackets after two spaces: "lsfd: remove --source option  [Masatake YAMATO]",
// and name a tool the same way ("[coverity scan]"). An id in them ("[CVE-2022-0563]") is no name (isPersonCredit).
const ENDING_SQUARE = new RegExp(`\\s*\\[\\s*(${PERSON}(?:\\s*(?:,|\\band\\b|&)\\s*${PERSON}){0,3})\\s*\\]\\s*$`, "u");
// A tool credited in lower case ("coverity scan"): only in a list already known to credit so.
const LOWER_WORDS = /^\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,2}$/u;

const ENDS_IN_BRACKET = /[)）\]]\s*$/u;

/** The credit bracket that ends `text`, or null. */
function endingCredit(text: string, loose = false): RegExpExecArray | null {
  // Symfony's "bug #1 [Form] Fix x (alice)": cleanup reads the entry with its author whole.
  // Most items end in no bracket: one cheap test spares them the long pattern.
  if (!ENDS_IN_BRACKET.test(text) || isTypedEntry(text)) return null;
  const square = /\]\s*$/u.test(text);
  const bracket = (square ? ENDING_SQUARE : ENDING_BRACKET).exec(text);
  // The change must say something before its credit: "CVE-2018-14468 (FrameRelay)" is an id and what it is about.
  const said = (text.slice(0, bracket?.index ?? 0).match(/\p{L}{2,}/gu) ?? []).length >= 2;
  const who = bracket?.[1] ?? "";
  // An id in square brackets ("[CVE-2022-0563]", "[#123]") says what the change is about.
  if (square && /\d/u.test(who)) return null;
  return bracket && said && (isPersonCredit(who, loose) || (square && loose && LOWER_WORDS.test(who))) ? bracket : null;
}

// A list credits this way when most of its items do, and at least three.
const MIN_CREDITED = 3;

// MyBatis-Flex's "新增: 支持 fluent 风格的方法 lixiangxiang", "…支持拼接数据库函数 折翼仍飛": Chinese and Japanese set no
// space between words, so one word after a space at the end of a sentence in them is its author's name or handle, where
// most of a list's items end so. A letter's word needs a digit or three letters; a Han or kana name is two to six.
const BARE_NAME = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}）)」』】])[ \t\u3000]+(?:[A-Za-z][\w-]{2,38}|\d[\w-]*[A-Za-z][\w-]*|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{2,6})$/u;

/** Where `text` ends in a bare name after a Chinese or Japanese sentence: the match, or null. */
function endingBareName(text: string): RegExpExecArray | null {
  const match = BARE_NAME.exec(text.trimEnd());
  // The change must say something before its credit, in more than the name's script.
  return match && (text.slice(0, match.index).match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length >= 4 ? match : null;
}

/** The blocks with the credit that ends each item taken off, in each list most of whose items end in one. */
export function withoutListCredits(blocks: readonly Block[]): Block[] {
  // Items by list: the same parent and depth, until a heading or a top-level paragraph ends the run.
  const lists: number[][] = [];
  const open = new Map<string, number[]>();
  for (const [index, block] of blocks.entries()) {
    if (block.kind === "heading" || (block.kind === "paragraph" && block.parent === -1)) {
      open.clear();
      continue;
    }
    if (block.kind !== "item") continue;
    const key = `${block.parent}:${block.depth}`;
    let list = open.get(key);
    if (!list) {
      list = [];
      open.set(key, list);
      lists.push(list);
    }
    list.push(index);
  }
  const result = [...blocks];
  // A log of many short lists, one per area (util-linux's "chsh, chfn:" with one commit), credits the same way in each:
  // most of all its items say so for every list. Only lists that credit somewhere are weighed: rclone's
  // "Update golang.org/x/crypto to address:" lists CVEs under it, and a list of ids or of area headings credits no one.
  const creditsThroughout = (ending: (text: string, loose: boolean) => RegExpExecArray | null): boolean => {
    const crediting = lists.map((list) => list.filter((index) => ending(result[index]?.text ?? "", false) !== null).length);
    const credited = crediting.reduce((sum, count) => sum + count, 0);
    const weighed = lists.reduce((sum, list, index) => sum + ((crediting[index] ?? 0) > 0 ? list.length : 0), 0);
    return credited >= MIN_CREDITED * 4 && credited * 2 > weighed;
  };
  for (const ending of [(text: string, loose: boolean) => endingCredit(text, loose), endingBareName]) {
    const throughout = creditsThroughout(ending);
    for (const list of lists) {
      const credited = list.filter((index) => ending(result[index]?.text ?? "", false) !== null);
      if (!throughout && (credited.length < MIN_CREDITED || credited.length * 2 <= list.length)) continue;
      for (const index of list) {
        const block = result[index];
        const credit = block ? ending(block.text, true) : null;
        if (block && credit) result[index] = { ...block, text: block.text.slice(0, credit.index).trimEnd() };
      }
    }
  }
  return result;
}

// A person's name in brackets: two to four name words ("(Albert Krewinkel)"). One word alone is as often a place
// or a product ("(Windows)").
// One right before a reference ("(Jane Doe) [#123](…)", Node.js's log) is read with it, by the cleanup of each item.
const BRACKETED_NAME = new RegExp(String.raw`\s*[(（]\s*(\p{Lu}[\p{L}\p{M}.'’-]{0,40}(?: [\p{L}\p{M}.'’-]{1,40}){1,3})\s*[)）](?!\s*(?:${DROPPED_MARK}|\[))`, "gu");
// A name the notes credit this often is their contributor's wherever it stands.
const MIN_NAMED = 3;

/**
 * The blocks with the credit brackets of the notes' repeat contributors taken off, wherever in an item they stand:
 * pandoc's "It replaces the `--no-highlighting` option. (Albert Krewinkel)" mid-item, then "…extensions (Albert
 * Krewinkel). Currently these…". A name must be bracketed three times or more, and read as a person's.
 */
export function withoutNamedCredits(blocks: readonly Block[]): Block[] {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    if (!block.text.includes("(") && !block.text.includes("（")) continue;
    for (const [, name = ""] of block.text.matchAll(BRACKETED_NAME)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const named = new Set([...counts].filter(([name, count]) => count >= MIN_NAMED && isPersonCredit(name)).map(([name]) => name));
  if (named.size === 0) return [...blocks];
  return blocks.map((block) => {
    const text = block.text.replace(BRACKETED_NAME, (whole, name: string) => (named.has(name) ? "" : whole));
    return text === block.text ? block : { ...block, text };
  });
}
