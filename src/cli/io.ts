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

/**
 * A reader that stops early (`release-tweet preview | head -1`) closes the pipe, and the next write fails with EPIPE,
 * which Node raises as an unhandled error with a stack trace. Nobody is left to read anything, so the command ends
 * there, quietly: with the status it already had, else 0 (as if the rest had been read, so a `set -o pipefail`
 * script does not fail because its reader had enough). A closed stderr is only ignored.
 */
export function endQuietlyOnClosedPipes(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
  process.stderr.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}
