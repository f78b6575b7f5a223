// A fix's commit subject that names only the fault ("fix(race): race condition in ControllerPublishVolume"): with its
// type word gone, the line would announce the fault as if it were added. It keeps a verb of fixing.

// A fault named at the start: "race condition in …", "a crash when …", "memory leak in …", "nil pointer dereference".
// (Not "panic is no longer raised …": a fault the subject says is gone.)
const FAULT_FIRST =
  /^(?:(?:an?|the|possible|potential|rare|occasional|intermittent)\s+)*(?:data\s+)?(?:race(?:\s+conditions?)?|races|deadlocks?|crash(?:es)?|panics?|(?:memory\s+)?leaks?|regressions?|segfaults?|segmentation\s+faults?|(?:nil|null)\s+pointer(?:\s+dereferences?)?|infinite\s+loops?|hangs?|(?:buffer\s+|integer\s+|stack\s+)?overflows?|typos?|bugs?)\b(?!\s+(?:is|are|was|were|now|no longer|(?:can|will|should)\b))/u;

/** "fix race condition in …" for a commit's fix type and subject, both in lower case ("fix(race): race condition in
 *  …"), that name only a fault; the subject as it is otherwise. "Fix: the crash when …" is prose and keeps its own type
 *  word as written, so a capitalised type or subject is left alone. */
export function withFixingVerb(type: string, subject: string): string {
  return /^(?:bug ?|hot ?)?fix(?:e[sd])?$/u.test(type) && FAULT_FIRST.test(subject) ? `fix ${subject}` : subject;
}

/** True when a scope only names the fault its subject names first ("fix(race): race condition in …"): once the verb is
 *  kept, "race: fix race condition in …" would say it twice, so the scope goes. */
export function scopeNamesFault(scope: string | undefined, subject: string): boolean {
  if (scope === undefined || !FAULT_FIRST.test(subject)) return false;
  const fault = /^(?:(?:an?|the|possible|potential|rare|occasional|intermittent|data)\s+)*(\p{L}+)/u.exec(subject)?.[1];
  return fault !== undefined && fault.toLowerCase().replace(/s$/u, "") === scope.toLowerCase().replace(/s$/u, "");
}
