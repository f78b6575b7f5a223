// The command as a process: --version, exit status 2 for every usage error of every subcommand, one sentence per
// error, and no stack trace when the reader of stdout stops early (issue 14 "CLI polish").
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { CLI, ROOT, baseEnv } from "./authorize-harness.js";

const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
/** A stack frame, as Node prints an uncaught error. */
const STACK = /\n\s+at \S+/;

function cli(args: string[], input?: string) {
  return spawnSync(process.execPath, [CLI, ...args], { env: baseEnv({}), encoding: "utf8", input, timeout: 20_000 });
}

describe("--version", () => {
  it.each([["--version"], ["-v"]])("%s prints the version from package.json and exits 0", async (flag) => {
    let stdout = "";
    const code = await runCli([flag], { out: (text) => (stdout += `${text}\n`), err: () => undefined, stdin: new PassThrough(), env: {}, cwd: ROOT });
    expect({ code, stdout }).toEqual({ code: 0, stdout: `${VERSION}\n` });
    const built = cli([flag]);
    expect({ status: built.status, stdout: built.stdout, stderr: built.stderr }).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: "" });
  });

  it("is listed in the usage", () => {
    expect(cli(["--help"]).stdout).toMatch(/-v, --version/);
  });
});

describe("usage errors exit 2 in every subcommand, with one line that ends in a full stop", () => {
  const cases: [string, string[]][] = [
    ["no command", []],
    ["an unknown command", ["publish"]],
    ["preview: an unknown flag", ["preview", "--frobnicate"]],
    ["preview: a missing value", ["preview", "--max-length"]],
    ["preview: a bad value", ["preview", "--max-length", "lots"]],
    ["preview: a value for a switch", ["preview", "--thread=yes"]],
    ["preview: a stray argument", ["preview", "notes.md"]],
    ["preview: a notes file that does not exist", ["preview", "--notes", "does-not-exist.md"]],
    ["preview: a template that is no template", ["preview", "--version", "1.0.0", "--template", "{nope}"]],
    ["authorize: an unknown flag", ["authorize", "--frobnicate"]],
    ["authorize: a missing value", ["authorize", "--repo"]],
    ["authorize: a bad value", ["authorize", "--callback", "http://127.0.0.1:8976/cb", "--timeout", "soon"]],
    ["authorize: a bad repository", ["authorize", "--repo", "not a repo"]],
    ["authorize: a value for a switch", ["authorize", "--no-browser=yes"]],
    ["authorize: a stray argument", ["authorize", "octo/app"]],
  ];
  it.each(cases)("%s", (_name, args) => {
    const result = cli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toMatch(STACK);
    const lines = result.stderr.trim().split("\n");
    if (args.length <= 1) {
      expect(result.stderr).toContain("Usage: release-tweet <command>");
      return;
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^release-tweet (preview|authorize): .*\.$/);
  });
});

describe("a reader that closes stdout early", () => {
  /** Runs the built CLI, reads stdout until its first line, then closes the pipe; stdin gets `input`. */
  function firstLineOnly(args: string[], input = ""): Promise<{ status: number | null; signal: string | null; firstLine: string; stderr: string }> {
    const child = spawn(process.execPath, [CLI, ...args], { env: baseEnv({}), stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    let buffered = "";
    let firstLine = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      buffered += chunk;
      const end = buffered.indexOf("\n");
      if (end >= 0 && firstLine === "") {
        firstLine = buffered.slice(0, end);
        // Like `head -1`: read one line, then go away.
        child.stdout.destroy();
      }
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(input);
    return new Promise((resolve) => child.on("close", (status, signal) => resolve({ status, signal, firstLine, stderr })));
  }

  it("a long preview (far more than a pipe holds) ends quietly with status 0", async () => {
    // About 120 KB of posts: the writer is still writing when the reader goes, so the next write meets EPIPE.
    const notes = Array.from({ length: 3000 }, (_, i) => `* change ${i} makes the rocket faster`).join("\n");
    const result = await firstLineOnly(["preview", "--notes", "-", "--version", "1.0.0", "--thread", "--max-length", "25000", "--max-posts", "25"], notes);
    expect(result.firstLine).toMatch(/^── post 1 of \d+ ──$/);
    expect(result.stderr).toBe("");
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
  });

  it("the built-in sample (`release-tweet preview | head -1`) ends quietly with status 0", async () => {
    const result = await firstLineOnly(["preview"]);
    expect(result.firstLine).toMatch(/^\(No release given: previewing the built-in sample/);
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(result.status).toBe(0);
  });
});
