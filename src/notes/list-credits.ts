// Credits a list writes as the last words of its items: libuv's ChangeLog "* unix: fix discard const (Rudi Heitbaum)",
// "* build(deps): bump x (dependabot[bot])". One item alone cannot tell "(Jane Doe)" from "(Windows)"; a list whose
// items mostly end in a bracketed name can. Pure: blocks in, blocks out.
import { isTypedEntry } from "./cleanup.js";
import type { Block } from "./markdown.js";

// One name word in any script ("Saúl", "Corretgé", "O'Brien", "张伟"), or a handle ("@bnoordhuis", "tobil4sk",
// "dependabot[bot]"); ESLint marks a first-time contributor with an emoji ("(Josh Goldberg ✨)").
const WORD = "(?:@?[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}_.'’-]{0,40}(?:\\[bot\\])?|\\p{Extended_Pictographic}\\uFE0F?)";
const PERSON = `${WORD}(?: ${WORD}){0,3}`;
// The bracket that ends an item's text; a hard wrap inside it is one space by now ("(Juan José\n  Arboleda)").
const ENDING_BRACKET = new RegExp(`\\s*[(（]\\s*(${PERSON}(?:\\s*(?:,|\\band\\b|&)\\s*${PERSON}){0,3})\\s*[)）]\\s*$`, "u");

// Words a bracket at an item's end qualifies the change with, never a person's name: "(Windows only)", "(Stable)",
// "(experimental)", "(Breaking Change)".
const QUALIFIERS = new Set(
  (
    "only stable beta alpha rc preview experimental deprecated breaking change changes optional default unstable internal " +
    "required partial release candidate feature features support supported windows linux macos mac osx android ios ipados " +
    "unix bsd freebsd openbsd netbsd solaris aix web browser browsers server client desktop mobile api cli ui docs " +
    "documentation all platforms platform fix fixed bug bugs security regression performance lts edition version update " +
    "new legacy wip draft core plugin chrome chromium firefox safari edge node deno bun python java ruby go rust php x86 " +
    "x64 arm arm64 wasm electron gpu cpu tests test ci build typescript javascript minor major patch hotfix backport " +
    "revert reverted removed added updated improved important note opt-in opt-out enterprise premium pro community free " +
    "cloud high medium low critical moderate severe severity minor-severity and or for the of in on with not no default enabled disabled off by via again too also first part"
  ).split(" "),
);
// Particles inside a person's name: "Ludwig van Beethoven", "Ana de Souza".
const PARTICLES = /^(?:van|von|de|der|den|da|di|du|la|le|del|dos|das|bin|al|ter|ten|y|e)$/u;

/** Whether a bracket's words are a person's name or handle (or a few, "Jane Doe and @bob"). */
function isPersonCredit(content: string, loose = false): boolean {
  const people = content.split(/\s*(?:,|\band\b|&)\s*/u).filter(Boolean);
  return people.length > 0 && people.every((person) => {
    const words = person.split(" ");
    if (words.some((word) => QUALIFIERS.has(word.toLowerCase().replace(/^@/u, "")))) return false;
    // A version or a number ("(v2)", "(2024)") is no name; a handle may hold digits among letters ("tobil4sk").
    if (words.some((word) => /^v?\d/iu.test(word))) return false;
    // One word: a name or a handle in any case. More: each a capitalised name word, a particle, or a word of a script
    // without case.
    // A capital inside one word is an acronym or a name from code, the change's subject: tcpdump's "CVE-2018-14468
    // (FrameRelay)", "(AoE)", "(BGP)".
    // In a list already known to credit, a handle may have one ("eMerzh"); an acronym ("BGP") never is one.
    if (words.length === 1) return loose ? !/^[\p{Lu}\p{N}]+$/u.test(words[0] ?? "") : !/^.[\p{L}\p{N}_.'’-]*\p{Lu}/u.test(words[0] ?? "");
    return words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && (PARTICLES.test(word) || /^\p{Extended_Pictographic}/u.test(word))) || /^\p{Lo}/u.test(word));
  });
}

/** The credit bracket that ends `text`, or null. */
function endingCredit(text: string, loose = false): RegExpExecArray | null {
  // Symfony's "bug #1 [Form] Fix x (alice)": cleanup reads the entry with its author whole.
  if (isTypedEntry(text)) return null;
  const bracket = ENDING_BRACKET.exec(text);
  // The change must say something before its credit: "CVE-2018-14468 (FrameRelay)" is an id and what it is about.
  const said = (text.slice(0, bracket?.index ?? 0).match(/\p{L}{2,}/gu) ?? []).length >= 2;
  return bracket && said && isPersonCredit(bracket[1] ?? "", loose) ? bracket : null;
}

// A list credits this way when most of its items do, and at least three.
const MIN_CREDITED = 3;

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
  for (const list of lists) {
    const credited = list.filter((index) => endingCredit(blocks[index]?.text ?? "") !== null);
    if (credited.length < MIN_CREDITED || credited.length * 2 <= list.length) continue;
    for (const index of list) {
      const block = blocks[index];
      const bracket = block ? endingCredit(block.text, true) : null;
      if (block && bracket) result[index] = { ...block, text: block.text.slice(0, bracket.index) };
    }
  }
  return result;
}
