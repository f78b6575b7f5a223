// The Bluesky link card of an announcement (app.bsky.embed.external): the release page, titled and described from the
// release itself. Pure. Bluesky shows no preview of a link by itself; the card is what a reader sees of the page.
import type { Release } from "../core/types.js";
import { readNotesModel } from "../notes/model.js";
import { projectName } from "../notes/project-name.js";
import { sanitizeField } from "../notes/text/sanitize.js";
import type { ImageData } from "./settings.js";

export interface LinkCard {
  uri: string;
  title: string;
  description: string;
  image?: ImageData;
}

/** Bluesky's app shows about three lines of a card's description; more is cut by the app, so by us first. */
const DESCRIPTION_MAX = 200;
const TITLE_MAX = 120;

/** At most `max` code points, cut after a word when one ends in the last fifth, ending in "…" when cut. */
function clip(text: string, max: number): string {
  const points = Array.from(text);
  if (points.length <= max) return text;
  const head = points.slice(0, max - 1).join("");
  const space = head.lastIndexOf(" ");
  const cut = space > head.length * 0.8 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.–—-]+$/u, "")}…`;
}

/**
 * The card for the release page, or undefined when the release has no http(s) page. Title: "Widget 1.2.0" (the
 * project's name and version, or the release's own name when it says more); description: the notes' changes in
 * order, plain text, as far as they fit.
 */
export function releaseLinkCard(release: Release, image?: ImageData): LinkCard | undefined {
  const uri = sanitizeField(release.url);
  if (!/^https?:\/\/[^/\s]/i.test(uri) || URL.parse(uri) === null) return undefined;
  const project = projectName(release, release.notes ?? "");
  const version = sanitizeField(release.version) || sanitizeField(release.tag);
  const name = sanitizeField(release.name);
  // A name that only repeats the tag or version ("v1.2.0") says less than "Widget 1.2.0".
  const plain = (value: string) => value.toLowerCase().replace(/^v(?=\d)/, "");
  const title = name && plain(name) !== plain(version) && plain(name) !== plain(sanitizeField(release.tag)) ? name : [project, version].filter(Boolean).join(" ");
  const entries = readNotesModel(release.notes).entries.filter((entry) => !entry.fluff);
  // A card shows no links: a URL in its description is only noise (the card itself is the link).
  const description = entries
    .map((entry) => entry.text.replace(/\s*\(?https?:\/\/\S+/g, "").replace(/[\s:：]+$/u, "").replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join(" · ");
  return {
    uri,
    title: clip(title || uri, TITLE_MAX),
    description: clip(description, DESCRIPTION_MAX),
    ...(image ? { image } : {}),
  };
}
