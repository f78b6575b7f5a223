// Text that goes into a pattern as itself (a project's name, a version, an advisory id): the one escaping every module
// uses, so that none misses a character.

/** The text with each character a RegExp reads as syntax escaped: "1.2.0" → "1\.2\.0". */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
