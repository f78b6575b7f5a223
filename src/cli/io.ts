// The CLI's only contact with the terminal: output streams, stdin and environment, injectable for tests.
import type { Readable } from "node:stream";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  stdin: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

// C0 controls except tab and newline (so ESC, BEL and CR too), DEL and C1 (CSI U+009B, OSC U+009D). Lines carry
// text from X, GitHub and git remotes: an escape sequence there could rewrite the terminal (links, titles, cursor).
// The CLI prints no colours or cursor moves of its own.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** `text` as the terminal may see it: every control character other than newline and tab removed. */
export function forTerminal(text: string): string {
  return text.replace(TERMINAL_CONTROLS, "");
}

export function standardIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${forTerminal(text)}\n`),
    err: (text) => process.stderr.write(`${forTerminal(text)}\n`),
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
}
