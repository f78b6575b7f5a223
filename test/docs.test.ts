import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { makeTempDir } from "./support/temp-dir.js";

const root = join(import.meta.dirname, "..");
const script = join(root, "scripts", "docs.js");
const readme = readFileSync(join(root, "README.md"), "utf8");

function check(path: string) {
  return spawnSync(process.execPath, [script, "--check", path], { encoding: "utf8" });
}

function copyOfReadme(text: string): string {
  const path = join(makeTempDir("docs"), "README.md");
  writeFileSync(path, text);
  return path;
}

describe("README Action tables", () => {
  it("match action.yml (run `npm run docs` when this fails)", () => {
    const result = check(join(root, "README.md"));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("list every input and output of action.yml with its default", () => {
    const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
    };
    for (const [name, input] of Object.entries(action.inputs)) {
      const row = readme.split("\n").find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, name).toBeDefined();
      if (input.default) expect(row).toContain(`\`${input.default}\``);
    }
    for (const name of Object.keys(action.outputs)) expect(readme).toContain(`| \`${name}\` |`);
  });

  it("--check fails on a stale table and `docs` repairs it", () => {
    const stale = readme.replace("| `dry-run` | no | `false` |", "| `dry-run` | no | `true` |");
    expect(stale).not.toBe(readme);
    const path = copyOfReadme(stale);

    const result = check(path);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("stale");
    expect(readFileSync(path, "utf8")).toBe(stale); // --check changes nothing

    execFileSync(process.execPath, [script, path]);
    expect(readFileSync(path, "utf8")).toBe(readme);
    expect(check(path).status).toBe(0);
  });

  it("--check fails when the markers are missing", () => {
    const path = copyOfReadme(readme.replace("<!-- action-outputs:end -->", ""));
    const result = check(path);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("action-outputs:end");
  });
});
