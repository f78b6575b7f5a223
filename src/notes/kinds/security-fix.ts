// A security note told in prose over paragraphs: the problem first ("CVE-2021-45444: … would trigger …"), then
// "This is fixed in the shell itself by …". The second says what the release did about the first, yet alone it
// leans on it ("This") and reads as a plain highlight. It is the security fix, said without the word it leans on.
import type { Entry } from "../model.js";

// "This is fixed by…", "This has been fixed in…", "It was addressed by…", "The issue is now resolved by…"; the verb is
// kept to open the fix's own sentence.
const FIX_OF_BEFORE = /^(?:this|it|the (?:issue|problem|vulnerability|bug))(?: issue| problem| vulnerability)? (?:is|was|has been|have been) (?:now )?(fixed|addressed|resolved|patched|mitigated)\b\s*/iu;
// How far back the problem may be told: its paragraph's sentences, one or two more.
const REACH = 4;

/** Prose that says a security problem told just before is fixed: a security entry, opening on "Fixed …". */
export function withSecurityFixSaid<T extends Entry>(entries: readonly T[]): T[] {
  return entries.map((entry, index) => {
    if (!entry.prose || entry.kind === "security" || entry.kind === "breaking") return entry;
    const match = FIX_OF_BEFORE.exec(entry.text);
    if (!match) return entry;
    const before = entries.slice(Math.max(0, index - REACH), index);
    if (!before.some((earlier) => earlier.prose && earlier.kind === "security")) return entry;
    // Right after its problem in one paragraph, the sentence reads on from it; opening a paragraph, it stands alone.
    if (entries[index - 1]?.paragraph === entry.paragraph) return { ...entry, kind: "security" };
    const verb = (match[1] ?? "fixed").toLowerCase();
    const text = `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${entry.text.slice(match[0].length)}`.trim();
    return { ...entry, kind: "security", text };
  });
}
