// Leak checks finer than "the whole secret is absent": a shortened message can leak most of a credential.

/** The first `run` consecutive characters of `secret` that appear in `text`, or undefined when none do. */
export function leakedRun(text: string, secret: string, run = 8): string | undefined {
  for (let at = 0; at + run <= secret.length; at++) {
    const piece = secret.slice(at, at + run);
    if (text.includes(piece)) return piece;
  }
  return undefined;
}

/** Each offset from `from` to `to` (inclusive): where a test puts an echoed secret in a message. */
export function offsets(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** `filler` characters, then `secret`, then more: an error message that echoes a credential at `offset`. */
export function echoAt(offset: number, secret: string, filler = "."): string {
  return `${filler.repeat(offset)}${secret} was not accepted${filler.repeat(40)}`;
}
