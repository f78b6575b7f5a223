// A fix's commit subject that names only the fault ("fix(race): race condition in ControllerPublishVolume"): with its
// type word gone, the line would announce the fault as if it were added. It keeps a verb of fixing.

// A fault named at the start: "race condition in …", "a crash when …", "memory leak in …", "nil pointer dereference".
const FAULT_FIRST =
  /^(?:(?:an?|the|possible|potential|rare|occasional|intermittent)\s+)*(?:data\s+)?(?:race(?:\s+conditions?)?|races|deadlocks?|crash(?:es)?|panics?|(?:memory\s+)?leaks?|regressions?|segfaults?|segmentation\s+faults?|(?:nil|null)\s+pointer(?:\s+dereferences?)?|infinite\s+loops?|hangs?|(?:buffer\s+|integer\s+|stack\s+)?overflows?|typos?|bugs?)\b(?!\s+(?:is|are|was|were|now|no longer|(?:can|will|should)\b))/iu;

/** "fix race condition in …" for a fix type's subject that names only a fault; the subject as it is otherwise. */
export function withFixingVerb(type: string, subject: string): string {
  return /^(?:bug ?|hot ?)?fix(?:e[sd])?$/iu.test(type) && FAULT_FIRST.test(subject) ? `fix ${subject}` : subject;
}
