// The CLI's only contact with the terminal: output streams, stdin and environment, injectable for tests.
import type { Readable } from "node:stream";
import { withoutTerminalControls } from "../core/outside-text.js";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  stdin: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * `text` as the terminal may see it: every control character other than newline and tab removed (ESC, BEL, CR, DEL,
 * C1). Lines carry text from X, GitHub and git remotes: an escape sequence there could rewrite the terminal (links,
 * titles, cursor). The CLI prints no colours or cursor moves of its own.
 */
export function forTerminal(text: string): string {
  return withoutTerminalControls(text);
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
