// The runner's workflow-command protocol (inputs, masks, outputs, annotations, job summary), written for the Action
// instead of importing @actions/core: its entry statically loads an OIDC client and with it a whole HTTP stack
// (undici), which alone took the Action's start from about 1x to 2.5x a bare `node -e 0` (README "Performance").
// The lines and file records are the ones @actions/core 3 writes; test/action/runner.test.ts pins them.
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync } from "node:fs";
import { EOL } from "node:os";
import { commandPause } from "../core/workflow-commands.js";

export interface Runner {
  /** The input as the runner passes it (INPUT_<NAME>), trimmed; "" when unset. */
  input(name: string): string;
  /** Registers a value the runner replaces with *** in every later log line. */
  mask(secret: string): void;
  output(name: string, value: string): void;
  debug(message: string): void;
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Appends Markdown (and a line end) to the job summary; throws when the step has no summary file. */
  summary(markdown: string): void;
  /** Marks the step failed (exit code 1) with an error annotation. */
  fail(message: string): void;
  readonly isDebug: boolean;
}

/** Workflow commands read %, CR and LF in their data as escapes. */
export function escapeData(value: string): string {
  return value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** A command property (name=…) also ends at ':' and ','. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/** The variable the runner sets for an input: spaces become '_', letters upper case. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replaceAll(" ", "_").toUpperCase()}`;
}

/**
 * GITHUB_OUTPUT's multi-line record: name<<DELIMITER, the value, DELIMITER, each on its own line. The delimiter is
 * random so a value (release notes are user text) cannot end the record early and inject another output.
 */
export function fileCommandEntry(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: the output '${name}' contains its delimiter.`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

export interface RunnerIo {
  /** Writes one line (without its line end) to the step's log. */
  writeLine(line: string): void;
  setExitCode(code: number): void;
}

const processIo: RunnerIo = {
  writeLine: (line) => void process.stdout.write(line + EOL),
  setExitCode: (code) => {
    process.exitCode = code;
  },
};

/** The runner protocol over an environment; env is read at each call, as @actions/core does. */
export function createRunner(env: NodeJS.ProcessEnv = process.env, io: RunnerIo = processIo): Runner {
  const command = (name: string, message: string): void => io.writeLine(`::${name}::${escapeData(message)}`);
  const appendToFile = (variable: string, text: string): void => {
    const path = env[variable];
    if (!path) throw new Error(`${variable} is not set: this step must run on a GitHub Actions runner.`);
    // The runner creates these files before the step; a missing one means a wrong path, not a file to create.
    if (!existsSync(path)) throw new Error(`${variable} points to a missing file: ${path}`);
    appendFileSync(path, text, "utf8");
  };
  return {
    input: (name) => (env[inputEnvName(name)] ?? "").trim(),
    mask: (secret) => {
      // The runner masks line by line, so each line of a multi-line value is registered on its own.
      for (const line of secret.split(/\r?\n/)) if (line.trim()) command("add-mask", line);
    },
    output: (name, value) => {
      if (env.GITHUB_OUTPUT) {
        appendToFile("GITHUB_OUTPUT", fileCommandEntry(name, value));
        return;
      }
      // Only runners older than GITHUB_OUTPUT (2022) get here; the deprecated command is all they understand.
      io.writeLine("");
      io.writeLine(`::set-output name=${escapeProperty(name)}::${escapeData(value)}`);
    },
    debug: (message) => command("debug", message),
    info: (message) => {
      // Release notes reach the log as they are (a dry run prints the posts): commands in them are paused.
      const pause = commandPause(message);
      if (pause) io.writeLine(pause.before);
      io.writeLine(message);
      if (pause) io.writeLine(pause.after);
    },
    notice: (message) => command("notice", message),
    warning: (message) => command("warning", message),
    error: (message) => command("error", message),
    summary: (markdown) => appendToFile("GITHUB_STEP_SUMMARY", markdown + EOL),
    fail: (message) => {
      io.setExitCode(1);
      command("error", message);
    },
    get isDebug() {
      return env.RUNNER_DEBUG === "1";
    },
  };
}
