// Reads answers from stdin: lines from a pipe, or typed input on a terminal (unechoed for secrets).
import { ReleaseTweetError } from "../core/errors.js";
import type { CliIo } from "./io.js";

export interface Prompter {
  /** Next line, without its line ending. `hidden` turns off echo on a terminal. */
  ask(question: string, options?: { hidden?: boolean }): Promise<string>;
  /** Stops reading stdin so the process can exit. */
  close(): void;
}

const CTRL_C = "\u0003";
const CTRL_D = "\u0004";
const BACKSPACE = new Set(["\u007f", "\b"]);

/**
 * One reader per run, because a pipe delivers all lines at once: the key, the secret and the PIN may
 * arrive in a single chunk, and each ask() takes the next one.
 */
export function createPrompter(io: Pick<CliIo, "stdin" | "err">): Prompter {
  const stdin = io.stdin;
  let buffer = "";
  let ended = false;
  let waiter: (() => void) | undefined;
  const wake = () => {
    const current = waiter;
    waiter = undefined;
    current?.();
  };
  const onData = (chunk: Buffer | string) => {
    buffer += typeof chunk === "string" ? chunk : chunk.toString("utf8");
    wake();
  };
  const onEnd = () => {
    ended = true;
    wake();
  };
  let listening = false;
  const listen = () => {
    if (listening) return;
    listening = true;
    stdin.on("data", onData);
    stdin.once("end", onEnd);
    stdin.once("close", onEnd);
  };
  const next = () =>
    new Promise<void>((resolve) => {
      waiter = resolve;
      stdin.resume();
    });

  const readLine = async (): Promise<string> => {
    listen();
    for (;;) {
      const newline = buffer.search(/\r?\n/);
      if (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(buffer[newline] === "\r" ? newline + 2 : newline + 1);
        stdin.pause();
        return line;
      }
      if (ended) {
        if (buffer.length > 0) {
          const line = buffer;
          buffer = "";
          return line;
        }
        throw new ReleaseTweetError(
          "ENOINPUT",
          "Input ended before an answer was given.",
          "Run the command in a terminal, or pipe one answer per line.",
          { docs: "authorize" },
        );
      }
      await next();
    }
  };

  const readHidden = async (): Promise<string> => {
    listen();
    stdin.setRawMode?.(true);
    try {
      let typed = "";
      for (;;) {
        while (buffer.length > 0) {
          const char = buffer[0] ?? "";
          buffer = buffer.slice(1);
          if (char === "\r" || char === "\n") return typed;
          if (char === CTRL_C) {
            throw new ReleaseTweetError("ECANCELLED", "Cancelled.", "", { docs: "authorize" });
          }
          if (char === CTRL_D) return typed;
          if (BACKSPACE.has(char)) typed = typed.slice(0, -1);
          else typed += char;
        }
        if (ended) return typed;
        await next();
      }
    } finally {
      stdin.setRawMode?.(false);
      stdin.pause();
      io.err("");
    }
  };

  return {
    async ask(question, options = {}) {
      io.err(question);
      return options.hidden && stdin.isTTY ? readHidden() : readLine();
    },
    close() {
      stdin.off("data", onData);
      stdin.off("end", onEnd);
      stdin.off("close", onEnd);
      stdin.pause();
    },
  };
}
