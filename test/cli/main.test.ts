// The release-tweet dispatcher: usage on stdout only when asked for; a missing or unknown command is a usage error (2).
import { spawnSync } from "node:child_process";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { CLI, ROOT, baseEnv } from "./authorize-harness.js";

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    out: (text) => (stdout += `${text}\n`),
    err: (text) => (stderr += `${text}\n`),
    stdin: new PassThrough(),
    env: {},
    cwd: ROOT,
  });
  return { code, stdout, stderr };
}

describe("runCli", () => {
  it.each([["--help"], ["-h"], ["help"]])("%s prints the usage to stdout and exits 0", async (flag) => {
    const result = await run([flag]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(/^Usage: release-tweet <command>/);
  });

  it("no command prints the usage to stderr and exits 2", async () => {
    const result = await run([]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(/^Usage: release-tweet <command>/);
  });

  it("an unknown command says so on stderr and exits 2", async () => {
    const result = await run(["publish"]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(/^Unknown command 'publish'\.\n\nUsage: release-tweet <command>/);
  });

  it("the built command exits 2 with no command", () => {
    const result = spawnSync(process.execPath, [CLI], { env: baseEnv({}), encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Usage: release-tweet <command>");
  });
});
