// The Action's start-up budget rests on its bundle's shape: a dry run or a failed input check must run from the entry
// chunk alone, with the X client and undici (the lazy chunks) never loaded. Proved by deleting those chunks.
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTempDir } from "../support/temp-dir.js";

const dist = join(import.meta.dirname, "..", "..", "dist", "action");

let entry: string;
let work: string;
beforeAll(() => {
  work = makeTempDir("lean-bundle");
  const copy = join(work, "action");
  cpSync(dist, copy, { recursive: true });
  const chunks = readdirSync(copy).filter((file) => /^\d+\.index\.js$/.test(file));
  // The bundle has lazy chunks at all (else this test would prove nothing).
  expect(chunks.length).toBeGreaterThan(0);
  for (const chunk of chunks) rmSync(join(copy, chunk));
  entry = join(copy, "index.js");
});

function run(inputs: Record<string, string>) {
  const event = join(work, "event.json");
  const output = join(work, "output.txt");
  const summary = join(work, "summary.md");
  writeFileSync(
    event,
    JSON.stringify({
      action: "published",
      release: { tag_name: "v1.2.0", name: null, body: "- Adds the frobnicator.", html_url: "https://github.com/acme/widget/releases/tag/v1.2.0" },
      repository: { name: "widget", owner: { login: "acme" } },
    }),
  );
  writeFileSync(output, "");
  writeFileSync(summary, "");
  const env = {
    PATH: process.env.PATH ?? "",
    TMPDIR: tmpdir(),
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    GITHUB_EVENT_NAME: "release",
    GITHUB_EVENT_PATH: event,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_REPOSITORY: "acme/widget",
  };
  const result = spawnSync(process.execPath, [entry], { env, cwd: work, encoding: "utf8" });
  return { ...result, output: readFileSync(output, "utf8"), summary: readFileSync(summary, "utf8") };
}

const CREDENTIALS = { "api-key": "k-lean", "api-secret": "s-lean", "access-token": "t-lean", "access-token-secret": "ts-lean" };

describe("the Action's entry chunk alone", () => {
  it("does a whole dry run: posts printed, text output and job summary written", () => {
    const result = run({ ...CREDENTIALS, "dry-run": "true" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Adds the frobnicator.");
    expect(result.output).toMatch(/^text<<ghadelimiter_/);
    expect(result.summary).toContain("Dry run: nothing was posted to X");
  });

  it("fails a bad input with its message, not a missing chunk", () => {
    const result = run({ ...CREDENTIALS, "api-key": "", "dry-run": "true" });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("::error::Input 'api-key' is required");
    expect(result.stdout).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
  });

  it("needs a lazy chunk only to post (so this copy cannot post)", () => {
    const result = run({ ...CREDENTIALS, "api-base-url": "http://127.0.0.1:9" });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error::Unexpected error: Cannot find module '[^']*\d+\.index\.js'/m);
  });
});
