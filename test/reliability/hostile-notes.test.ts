// Release notes anyone can shape (a commit subject, a pull request title): every door ends with a valid post, whatever
// their size or shape — one enormous line, deep nesting, thousands of footnotes, megabytes of tabs — and no door ever
// overflows its stack. Time and memory are measured in `npm run bench` ("Hostile notes"), not asserted here.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import twitterText from "twitter-text";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as plugin from "../../src/plugin/index.js";
import { startFakeX, type FakeX } from "../support/fake-x.js";
import { makeTempDir } from "../support/temp-dir.js";
import { actionError, pluginContext, RELEASE, releaseEvent, ROOT, runAction, settle } from "./harness.js";

const MB = 1024 * 1024;
const CLI = join(ROOT, "dist", "cli", "index.js");

// Each shape once at the size the issue names; the plugin and preview (no body limit) take them whole.
const SHAPES: Array<[string, () => string]> = [
  ["one 400 KB line", () => "word ".repeat(80 * 1024)],
  ["2 MB of nested emphasis", () => `${"*".repeat(MB)}a${"*".repeat(MB)}`],
  ["1.5 MB of footnotes", () => Array.from({ length: 40_000 }, (_, i) => `Text[^${i}] more.\n\n[^${i}]: note ${i}`).join("\n\n").slice(0, 1.5 * MB)],
  ["20 MB of tabs", () => "\t".repeat(20 * MB)],
  ["50 MB of list items", () => "- a change that makes the widget better ([#1](https://github.com/o/r/pull/1))\n".repeat(Math.ceil((50 * MB) / 78))],
  ["a 130 KB table", () => `| a | b |\n|---|---|\n${"| x | y |\n".repeat(130 * 128)}`],
  ["an unclosed code fence", () => `- before\n\n\`\`\`\n${"code line\n".repeat(20_000)}`],
];

const validPosts = (texts: readonly string[]) => {
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    expect(twitterText.parseTweet(text).valid, text.slice(0, 80)).toBe(true);
    // Nothing of a table or a code block leaks in as raw text.
    expect(text).not.toMatch(/\|\s*x\s*\|\s*y\s*\||```|code line/u);
  }
};

let x: FakeX;
let dir: string;
beforeAll(async () => {
  x = await startFakeX();
  dir = makeTempDir("hostile");
});
afterAll(async () => {
  await x.close();
});

/** Runs the built CLI's preview on a notes file: the door a user runs by hand, and the one with no body limit. */
function preview(file: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, "preview", "--json", "--notes", file, "--version", "1.0.0", "--repo", "acme/gadget"]);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("hostile notes", () => {
  it.each(SHAPES)("preview: %s ends with exit 0 and a valid post", async (_name, make) => {
    const file = join(dir, "notes.md");
    writeFileSync(file, make());
    const result = await preview(file);
    expect(result.stderr).not.toMatch(/Maximum call stack|RangeError|\n\s+at /u);
    expect(result.status).toBe(0);
    validPosts((JSON.parse(result.stdout) as { posts: Array<{ text: string }> }).posts.map((post) => post.text));
  }, 120_000);

  it.each(SHAPES.map(([name, make], index) => [name, make, `3.1.${index}`] as const))("plugin: %s, in a dry run and posted", async (_name, make, version) => {
    const notes = make();
    const dry = pluginContext(x, { notes, version, dryRun: true });
    await plugin.generateNotes({ thread: true }, dry.context);
    const logged = dry.logger.lines.map((line) => line.text).join("\n");
    expect(logged).toMatch(/Post 1\/\d+/u);
    expect(logged).not.toMatch(/Maximum call stack/u);

    // A version of its own, so that no post repeats an earlier one (X refuses duplicates).
    const real = pluginContext(x, { notes, version });
    const before = x.tweets.length;
    const settled = await settle(plugin.success({}, real.context));
    expect(settled.ok).toBe(true);
    validPosts(x.tweets.slice(before).map((tweet) => tweet.text));
  }, 120_000);

  // GitHub keeps a release body under 125,000 characters: the Action's notes are bounded by the event already.
  it.each([
    ["124 KB of nested emphasis", `${"*".repeat(62_000)}a${"*".repeat(62_000)}`],
    ["one 124 KB line", "word ".repeat(24_800)],
  ])("Action: %s in the release body, dry run", async (_name, body) => {
    const result = await runAction({ x, ...releaseEvent({ ...RELEASE, body }), inputs: { "dry-run": "true" } });
    expect(actionError(result)).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).not.toMatch(/Maximum call stack/u);
    validPosts(JSON.parse(result.outputs["texts"] ?? "[]") as string[]);
  }, 60_000);
});
