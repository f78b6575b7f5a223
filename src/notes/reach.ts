// How many users a change reaches, among changes of one kind and standing. Notes order says importance in a hand-written
// list, but not in a generated one (conventional-changelog sorts by scope, GitHub by merge time): there, a new driver
// or command is what a maintainer would name first. Work on the project's own repository (its workspaces, scripts,
// README) reaches no user wherever it stands, whatever section the notes filed it under.
import type { Entry } from "./model.js";

type Change = Pick<Entry, "text" | "prose" | "referenced">;

// The repository's own set-up: its workspaces, CI, README, docblocks, sponsors, release tooling.
const OWN_REPOSITORY =
  /\b(?:workspaces?|monorepo|devDependenc(?:y|ies)|readme|docblocks?|sponsors?(?: section| list)?|contributors? list|(?:ci|github actions?) (?:workflows?|jobs?|config(?:uration)?)|release (?:notes|script|workflow|process)|codeowners|funding\.yml|issue templates?|editorconfig|gitignore)\b/iu;
// A new way in for users: a driver, adapter, backend or engine; a new command.
const NEW_WAY_IN =
  /^(?:add(?:s|ed)?|introduc(?:e|es|ed)|implement(?:s|ed)?|new|support(?:s|ed)?)\b[^.;]{0,80}?\b(?:drivers?|adapters?|backends?|dialects?|engines?|(?:sub)?commands?)\b/iu;

/**
 * A change's reach among `changes` (all the notes' listed changes): 0 for a new way in among generated lines, 2 for
 * work on the repository itself, 1 for the rest. Where many changes speak of workspaces and lockfiles, they are what
 * the project is about (a package manager), not its housekeeping: then none is set back.
 */
export function reachAmong(changes: readonly Change[]): (change: Change) => number {
  const listed = changes.filter((change) => !change.prose);
  const own = listed.filter((change) => OWN_REPOSITORY.test(change.text)).length;
  const housekeeping = own <= Math.max(1, Math.floor(listed.length / 5));
  return (change) => {
    if (change.prose) return 1;
    if (housekeeping && OWN_REPOSITORY.test(change.text)) return 2;
    return change.referenced === true && NEW_WAY_IN.test(change.text) ? 0 : 1;
  };
}
