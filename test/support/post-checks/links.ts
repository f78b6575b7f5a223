// accidental-link, live-mention: X links URLs, tags and @handles the notes never meant as links, so they must not stay.
import twitter from "twitter-text";
import type { Context, Defect } from "./types.ts";
import { urlsIn } from "./text.ts";

/** URLs the notes present as links, GitHub-style: scheme URLs, www. autolinks, <autolinks>, link targets, definitions. */
export function linksInNotes(notes: string): Set<string> {
  const found = new Set<string>();
  for (const url of urlsIn(notes)) if (/^(?:[a-z][\w+.-]*:\/\/|www\.)/iu.test(url)) found.add(url);
  for (const [, target] of notes.matchAll(/\]\(\s*<?([^\s)>]+)/gu)) found.add(target!);
  for (const [, target] of notes.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gmu)) found.add(target!);
  for (const [, target] of notes.matchAll(/<((?:https?|ftp):\/\/[^\s>]+)>/gu)) found.add(target!);
  // A link target as written may carry what twitter-text leaves out of the URL (a trailing ")" or "."); keep both.
  for (const target of [...found]) for (const url of urlsIn(target)) found.add(url);
  return found;
}

/** A URL X would link that was no link in the notes (a file name, a dotted identifier, a bare domain), or a hashtag or
 *  cashtag X would make of the notes' text ("#ifdef", "$TERM"). */
export function accidentalLink({ posts, notes, notesUrls, releaseUrl }: Context): Defect[] {
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

/** An @handle X would turn into a mention; handles taken from the notes must be quieted. */
export function liveMention({ posts, notes }: Context): Defect[] {
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
