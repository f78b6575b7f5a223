// A component tag after a change's sentence: trackers that export their issues as notes end each title with the area it
// touches, as code ("Privilege escalation in token exchange `oidc`", "… key names `account/ui`", "Upgrade to Quarkus
// 3.33.2 `dist/quarkus`"). It files the change, as a label would; the sentence says it, so a maintainer deletes the tag.
// Known for tags where the notes end many changes so (a third of their list items, three at least, two components at
// least), and only where the words before it could end a sentence: "Add support for `foo`" or "Deprecate `foo`" names
// its object in code; never after a word that needs its object ("…deadlock during `flush`", "…when calling `parse`").
// Pure.
import { needsWordAfter } from "../text/function-words.js";

// One lower-case area or path ("oidc", "account/ui", "admin/fine-grained-permissions"), after a space, ending the text.
const TAG = /(?<=\S)\s+`([a-z][a-z0-9_.-]{0,40}(?:\/[a-z0-9_.-]{1,40}){0,3})`\s*$/u;
// Verbs that name their object (the code after them is that object, not a tag); articles, prepositions, conjunctions
// and linking verbs of every language are function-words.ts's.
const NAMES_NEXT =
  /^(?:use|uses|using|add|adds|added|remove|removes|removed|rename|renamed|replace|replaces|replaced|deprecate|deprecated|support|supports|require|requires|required|call|calls|called|named|new|option|flag|expose|exposes|enable|enables|disable|disables|allow|allows|prefer|prefers|bump|bumps|upgrade|upgrades|update|updates|drop|drops|install|import|export|switch|move|moves)$/iu;

/** Whether the words of a sentence end on one that needs its object: a verb that names it, a function word ("…deadlock
 *  during", "…configurable per"), or a participle after one ("…panic when calling", "…by using"). */
function endsNeedingObject(words: readonly string[]): boolean {
  const last = words.at(-1) ?? "";
  if (NAMES_NEXT.test(last) || needsWordAfter(last)) return true;
  return /\p{L}{2,}ing$/iu.test(last) && needsWordAfter(words.at(-2) ?? "");
}

/** The area a change's text ends with as a tag, and the sentence before it; null for other text. */
function tagOf(text: string): { sentence: string; tag: string } | null {
  const match = TAG.exec(text);
  if (!match) return null;
  const sentence = text.slice(0, match.index).trimEnd();
  const words = sentence.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length < 3 || endsNeedingObject(words) || /[:：,(]$/u.test(sentence)) return null;
  return { sentence, tag: match[1] ?? "" };
}

/** Whether the notes' list items end with component tags: three at least, a third of the items or more, naming two
 *  components or more (one name in code after every change is what the changes are about). */
export function endsWithComponentTags(items: readonly string[]): boolean {
  const tags = items.map((text) => tagOf(text)?.tag).filter((tag): tag is string => tag !== undefined);
  return tags.length >= 3 && tags.length * 3 >= items.length && new Set(tags).size >= 2;
}

/** The change without the component tag ending it ("… token exchange `oidc`" → "… token exchange"); other text as is. */
export function withoutComponentTag(text: string): string {
  return tagOf(text)?.sentence ?? text;
}
