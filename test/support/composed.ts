// A release of made-up notes, and the posts the composer makes of it: the shape many composer tests share.
import { composePosts } from "../../src/notes/compose.js";
import type { ComposeOptions, Release } from "../../src/core/types.js";

/** The release's own fields a test may set; the rest follow from them (tag `v${version}`, name = tag, GitHub URL). */
export type ReleaseFields = Partial<Omit<Release, "notes">>;
/** A release's fields and the composer's options (thread, maxPosts, template…), in one object. */
export type PostOptions = ReleaseFields & ComposeOptions;

/** A repository's name alone stands for `{ repo }`, the shape older tests call with. */
const fieldsOf = (given: string | PostOptions): PostOptions => (typeof given === "string" ? { repo: given } : given);

/** `octo/lantern` 2.3.0 unless `fields` say otherwise; `release(notes, repo, version)` still works. */
export function release(notes: string | null, given: string | ReleaseFields = {}, version?: string): Release {
  const fields = { ...fieldsOf(given), ...(version === undefined ? {} : { version }) };
  const { repo = "lantern", owner = "octo", version: v = "2.3.0" } = fields;
  const tag = fields.tag ?? `v${v}`;
  return {
    version: v,
    tag,
    name: fields.name ?? tag,
    repo,
    owner,
    url: fields.url ?? `https://github.com/${owner}/${repo}/releases/tag/${tag}`,
    notes,
    ...(fields.project === undefined ? {} : { project: fields.project }),
    ...(fields.about === undefined ? {} : { about: fields.about }),
  };
}

/** A release of `owner/repo` with no notes, for tests of what the composer reads from its names. */
export const namedRelease = (version: string, owner: string, repo: string, fields: ReleaseFields = {}): Release => release("", { version, owner, repo, ...fields });

/** Splits one options object into the release's fields and the composer's options. */
function split(given: string | PostOptions): [ReleaseFields, ComposeOptions] {
  const { version, tag, name, repo, owner, url, project, about, ...options } = fieldsOf(given);
  const fields = Object.fromEntries(Object.entries({ version, tag, name, repo, owner, url, project, about }).filter(([, value]) => value !== undefined));
  return [fields, options];
}

/** Every post's text, with the composer's options as given (a single post unless `thread: true`). */
export function posts(notes: string, options: string | PostOptions = {}): string[] {
  const [fields, compose] = split(options);
  return composePosts(release(notes, fields), compose).posts.map((post) => post.text);
}
/** The single post's text. */
export const single = (notes: string, options: string | PostOptions = {}): string => posts(notes, { ...fieldsOf(options), thread: false })[0] ?? "";
/** The thread's posts' texts. */
export const thread = (notes: string, options: string | PostOptions = {}): string[] => posts(notes, { ...fieldsOf(options), thread: true });
