// How much the notes themselves stress a change, read from their structure and not from their order: among changes of
// one kind and standing, the one the notes explain at length (sub-items, a paragraph or code block of its own: "The
// breaking implications for this are:") comes before a bare one-liner, and one qualified to a single platform
// ("(Windows) Removed …", "[macOS] …", "Windows: …") reaches fewer users than an unqualified one: it comes after.
// Any language: the structure is the notes' own, the platform names are names.
import type { Block } from "../formats/markdown.js";

// Sub-details worth counting: sub-items that say more than a credit or a link ("@someone", "#123"), or a paragraph of
// its own that explains at some length. A one-line aside ("This means X is no longer forced.") is how changesets and
// towncrier entries often end: no stress. CJK letters weigh as words do.
const ITEM_LETTERS = 40;
const PARAGRAPH_LETTERS = 160;
const LONG_LETTERS = 300;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const weight = (text: string): number => text.replace(/[\s\p{P}\p{S}]/gu, "").length + 2 * (text.match(CJK)?.length ?? 0);

/** How each item is explained under it (block index → 2, 1.5 or 1; unexplained items are absent): 2 at length by a
 *  list ("The breaking implications for this are:" over sub-items, 300 letters and more with what follows), 1.5 at
 *  length in paragraphs only, 1 by sub-items, a paragraph or a code block of its own. Only a list of consequences says
 *  what users must change (compose.ts lifts such a breaking change); paragraphs as often say why the change is good
 *  ("This change allows easier management…"). One pass over the blocks: large notes have thousands of items. */
export function explanations(blocks: readonly Block[]): Map<number, number> {
  const under = new Map<number, { items: number; paragraphs: number; code: boolean }>();
  for (const block of blocks) {
    if (block.parent < 0) continue;
    const said = under.get(block.parent) ?? { items: 0, paragraphs: 0, code: false };
    if (block.kind === "dropped" && block.dropped === "code") said.code = true;
    if (block.kind === "item") said.items += weight(block.text);
    if (block.kind === "paragraph") said.paragraphs += weight(block.text);
    under.set(block.parent, said);
  }
  const explained = new Map<number, number>();
  for (const [index, { items, paragraphs, code }] of under) {
    // How much is said counts, not its form: four paragraphs explain as much as a list of consequences.
    const level =
      items + paragraphs >= LONG_LETTERS ? (items >= ITEM_LETTERS ? 2 : 1.5) : items >= ITEM_LETTERS || code || paragraphs >= PARAGRAPH_LETTERS ? 1 : 0;
    if (level > 0) explained.set(index, level);
  }
  return explained;
}

/** The kinds among `changes` where most changes (two or more) pass `test`: there what the test looks for is how the
 *  notes are written, not a sign that sets one change apart. */
function kindsMostly<Change extends { kind: unknown }>(changes: Iterable<Change>, test: (change: Change) => boolean): Set<Change["kind"]> {
  const counts = new Map<Change["kind"], { passed: number; all: number }>();
  for (const change of changes) {
    const count = counts.get(change.kind) ?? { passed: 0, all: 0 };
    count.all += 1;
    if (test(change)) count.passed += 1;
    counts.set(change.kind, count);
  }
  return new Set([...counts].filter(([, { passed, all }]) => passed >= 2 && passed * 2 > all).map(([kind]) => kind));
}

// A platform or OS the change is qualified to, written as its tag at the start: "(Windows) …", "[macOS] …",
// "Windows: …", "**Linux**: …", "(non-Windows)" is no narrowing (it is most users).
const PLATFORM = String.raw`(?:windows|win32|macos|mac ?os ?x?|os ?x|ios|ipados|android|linux|freebsd|openbsd|netbsd|solaris|aix|wsl|msys2?|cygwin|mingw)`;
const PLATFORM_TAG = new RegExp(String.raw`^(?:\(\s*${PLATFORM}(?:\s*[,/&]\s*${PLATFORM})?\s*\)|\[\s*${PLATFORM}(?:\s*[,/&]\s*${PLATFORM})?\s*\]|${PLATFORM}(?:\s*[,/&]\s*${PLATFORM})?\s*[:：])\s*`, "iu");
// …or by its words: "on Windows only", "Windows-only", "仅 Windows", "Windows のみ", "Windows 전용".
const PLATFORM_ONLY = new RegExp(String.raw`\b(?:on|for) ${PLATFORM} only\b|\b${PLATFORM}[- ]only\b|(?:仅|仅限|只在)\s*${PLATFORM}|${PLATFORM}\s*(?:のみ|専用|전용|에서만)`, "iu");

/** True when a change says it touches one platform only. */
export const onOnePlatform = (text: string): boolean => PLATFORM_TAG.test(text.trim()) || PLATFORM_ONLY.test(text);

/**
 * The stress of each listed change (`items`: block index → its kind and text), where it has any: its explanation (0 to
 * 2, above), minus 1 for one platform. Stress is measured against the notes' own habit: where most changes of a kind
 * are explained under them, as release notes that explain every breaking change do, an explanation is how the notes
 * are written, not a sign of weight, and only the platform counts there.
 */
export function stressOfChanges<Kind>(blocks: readonly Block[], items: ReadonlyMap<number, { kind: Kind; text: string }>): Map<number, number> {
  const explained = explanations(blocks);
  // A sub-item is part of its change's explanation, not a change of the kind's.
  const changes = [...items].filter(([index]) => !items.has(blocks[index]?.parent ?? -1)).map(([index, { kind }]) => ({ index, kind }));
  const habitual = kindsMostly(changes, ({ index }) => explained.has(index));
  const stresses = new Map<number, number>();
  for (const [index, { kind, text }] of items) {
    const stress = (habitual.has(kind) ? 0 : (explained.get(index) ?? 0)) - Number(onOnePlatform(text));
    if (stress !== 0) stresses.set(index, stress);
  }
  return stresses;
}

// A tag that files a change under an area at its start: "ANDROID: …", "(Windows) …", "[macOS] …", "LWJGL3: …".
const AREA_TAG = /^(?:\([^()\s][^()]{0,23}\)|\[[^[\]\s][^[\]]{0,23}\]|[^\s:：]{1,24}[:：])\s/u;

/** The kinds among `changes` where most changes (two or more) open with an area tag: there a platform tag files the
 *  change, as every other tag does. */
export function filedByArea<Kind>(changes: readonly { kind: Kind; text: string }[]): Set<Kind> {
  return kindsMostly(changes, (change) => AREA_TAG.test(change.text.trim()));
}
