// A conventional commit's scope that lists several packages ("feat(medusa,core-flows,types): …", "fix(medusa, types):
// …") names no one area a reader knows: written before the change it reads as a label of raw package names, and a
// sentence's capital would make its first package look like the product ("Medusa,core-flows,types: …"). The change
// is told without it.

/** True when a scope lists two or more names. */
export const isScopeList = (scope: string | undefined): boolean => scope !== undefined && /^[^,，、]+(?:\s*[,，、]\s*[^,，、\s][^,，、]*)+$/u.test(scope.trim());
