// A thread says a label once: where a post goes on with the group the post before it ended with, the label is not
// said again ("Update golang.org/x/crypto to v0.52.0 to address:" in all five posts, "新功能：" in posts 4 and 5). The
// post's first lines then read on from the post before, as a reply does. A group that comes back later, after another
// one, is said again: its lines would read as part of the group before them. So is the kind's own warning label for
// breaking changes and security fixes ("⚠️ Breaking changes:"): a post without it would show them as plain changes.
import type { Phrases } from "./language.js";
import type { Entry } from "./model.js";
import { groupKey } from "./thread-order.js";

/** Per post, the group the post before it ended with (null for the first post): the group it may go on with unlabelled. */
export function groupsGoingOn(posts: ReadonlyArray<ReadonlyArray<{ entry: Entry }>>, labelled: boolean, phrases: Pick<Phrases, "label">): Array<string | null> {
  return posts.map((_, index) => {
    const before = index > 0 ? posts[index - 1] : undefined;
    if (!before || before.length === 0) return null;
    // A thread post shows its groups in the order they first come in; the last of them ends the post.
    const keys = [...new Set(before.map(({ entry }) => groupKey(entry, labelled, phrases)))];
    const last = keys[keys.length - 1] ?? null;
    // Only a label is left out; unlabelled groups ("l", a paragraph) have none to say.
    if (last === null || last === "l" || !last.startsWith("l")) return null;
    return last === `l${phrases.label("breaking")}` || last === `l${phrases.label("security")}` ? null : last;
  });
}
