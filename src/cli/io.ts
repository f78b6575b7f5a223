// The CLI's only contact with the terminal: output streams, stdin and environment, injectable for tests.
import type { Readable } from "node:stream";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  stdin: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function standardIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
}
