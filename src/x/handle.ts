// X account names as messages print them: "@handle" only for a name X's rules allow, so a hostile answer prints nothing raw.

// X's rule for a handle: 1 to 15 letters, digits or underscores.
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;

/** "@name" when `name` is a valid X handle; undefined otherwise, and the caller words it without the name. */
export function xHandle(name: string): string | undefined {
  return HANDLE.test(name) ? `@${name}` : undefined;
}
