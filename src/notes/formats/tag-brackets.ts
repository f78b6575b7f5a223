// Ruby's changelogs (RD or Markdown NEWS) end a change with square-bracketed tags: where it was discussed and who did
// it, "[GitHub#120][Patch by Alice Example]", "[Bug #19234]", "[Feature #11358]", "[ruby-core:12345]",
// "[Reported by Bob]". A reader of the post can open none of them, and the names are credits.

const DEED = String.raw`(?:patch(?:ed)?|report(?:ed)?|suggest(?:ed|ion)|contribut(?:ed|ion)|review(?:ed)?|fix(?:ed)?|implement(?:ed)?|writt?en|help(?:ed)?|original patch|work)\s+by\s+[^\]\n]{1,120}`;
const TRACKER = String.raw`(?:GitHub|GitLab|GH|Bug|Feature|Misc|ruby-(?:core|dev|talk|list)|redmine)\s?[#:-]\s?\d{1,7}`;
// The brackets of a tag whose reference was read as a link and dropped: "…3.4. []", "[][Patch by …]". Not an empty
// list in the text ("returns [] when empty", "nil. [] is also accepted").
const EMPTIED = String.raw`(?<=[.!?。！？][ \t]*)\[\s*\](?=[ \t]*(?:\[|$))|\[\s*\](?=[ \t]*\[)`;
const TAG = String.raw`\[\s*(?:${DEED}|${TRACKER}(?:\s*[,;]\s*${TRACKER})*)\s*\]|${EMPTIED}`;
// A run of tags, with the space or line end before it.
const TAGS = new RegExp(String.raw`[ \t]*(?:${TAG})(?:[ \t]*(?:${TAG}))*`, "giu");

/** The text without its Ruby-style tag brackets. */
export function withoutTagBrackets(text: string): string {
  return text.includes("[") ? text.replace(TAGS, "") : text;
}
