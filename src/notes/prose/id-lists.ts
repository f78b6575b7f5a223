// A line that names no change in words, only the ids of patches or tickets under a bookkeeping label: "Updated versions:
// ACSD-64212, ACSD-64523", "置換されたパッチ：ACSD-67941、ACSD-64212", "Superseded: MDVA-123". It records what the
// release's catalogue did with changes told elsewhere (or in earlier releases): no post shows it, and no count takes it for
// a change.

// A ticket or patch id: letters, a dash, digits ("ACSD-64212", "MDVA-1234", "JIRA-12"), optionally suffixed ("-v2").
const ID = String.raw`\*{0,2}[A-Z][A-Z0-9]{1,9}-\d{1,7}(?:-[A-Za-z0-9]{1,6})?\*{0,2}`;
const ID_LIST = new RegExp(String.raw`^[^:：\n]{1,40}[:：]\s*${ID}(?:\s*(?:[,、，;；]|and|および|및|和)\s*${ID})*\s*[.。]?$`, "u");

/** True when `text` is a short label followed only by ids. */
export function listsOnlyIds(text: string): boolean {
  return ID_LIST.test(text.trim());
}
