// dist/action is one self-contained ESM bundle (the runner has no node_modules), split so that each path loads only
// what it needs: the entry chunk holds @actions/core, the composer and the Markdown and X-text libraries; the X client
// with undici, octokit with the GitHub client, and the Bluesky and Mastodon clients are lazy chunks. Proved by running
// copies outside the repository (no node_modules to fall back on), one with the lazy chunks deleted, one without the
// Bluesky and Mastodon chunks.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAKE_BSKY, startFakeBluesky, type FakeBluesky } from "../support/fake-bluesky.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github.js";
import { FAKE_CREDENTIALS, startFakeX, type FakeX } from "../support/fake-x.js";
import { makeTempDir } from "../support/temp-dir.js";

const dist = join(import.meta.dirname, "..", "..", "dist", "action");
const TOKEN = "ghs_leanBundleToken0123456789";
const RELEASE = {
  tag_name: "v1.2.0",
  name: null,
  body: "- Adds the frobnicator.",
  html_url: "https://github.com/acme/widget/releases/tag/v1.2.0",
  draft: false,
  prerelease: false,
};

let work: string;
let whole: string;
let entryOnly: string;
let withoutNetworks: string;
/** The chunks a dynamic import in the entry loads, read from the bundle's own loader (`name: () => Promise.all([…e(ID)…])`). */
function chunksOf(entrySource: string, marker: RegExp): string[] {
  const line = entrySource.split("\n").find((text) => marker.test(text)) ?? "";
  return [...line.matchAll(/\.e\((\d+)\)/g)].map((match) => `${match[1]!}.index.js`);
}
let networkChunks: string[];
beforeAll(() => {
  work = makeTempDir("lean-bundle");
  whole = join(work, "whole");
  cpSync(dist, whole, { recursive: true });
  const lean = join(work, "entry-only");
  cpSync(dist, lean, { recursive: true });
  const chunks = readdirSync(lean).filter((file) => /^\d+\.index\.js$/.test(file));
  // The bundle has lazy chunks at all (else the entry-only copy would prove nothing).
  expect(chunks.length).toBeGreaterThan(1);
  for (const chunk of chunks) rmSync(join(lean, chunk));
  entryOnly = join(lean, "index.js");

  // The chunks only Bluesky and Mastodon load: theirs, minus any that X's client (or the dispatcher) loads too.
  const source = readFileSync(join(dist, "index.js"), "utf8");
  const shared = new Set([...chunksOf(source, /\{ XClient \} = await/), ...chunksOf(source, /createDispatcher: async/)]);
  networkChunks = [...chunksOf(source, /loadBluesky: \(\) =>/), ...chunksOf(source, /loadMastodon: \(\) =>/)].filter((chunk) => !shared.has(chunk));
  expect(networkChunks.length).toBeGreaterThanOrEqual(2);
  const noNetworks = join(work, "without-networks");
  cpSync(dist, noNetworks, { recursive: true });
  for (const chunk of networkChunks) rmSync(join(noNetworks, chunk));
  withoutNetworks = join(noNetworks, "index.js");
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
  summary: string;
}

/** Runs a copy of the bundle the way the runner does; async, so the fake servers in this process keep answering. */
async function run(entry: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<Run> {
  const dir = mkdtempSync(join(work, "run-"));
  const event = join(dir, "event.json");
  const output = join(dir, "output.txt");
  const summary = join(dir, "summary.md");
  writeFileSync(event, JSON.stringify({ action: "published", release: RELEASE, repository: { name: "widget", owner: { login: "acme" } } }));
  writeFileSync(output, "");
  writeFileSync(summary, "");
  const child = spawn(process.execPath, [entry], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? "",
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
      GITHUB_EVENT_NAME: "release",
      GITHUB_EVENT_PATH: event,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_REPOSITORY: "acme/widget",
      ...env,
    },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { status, stdout, stderr, output: readFileSync(output, "utf8"), summary: readFileSync(summary, "utf8") };
}

const CREDENTIALS = {
  "api-key": FAKE_CREDENTIALS.apiKey,
  "api-secret": FAKE_CREDENTIALS.apiSecret,
  "access-token": FAKE_CREDENTIALS.accessToken,
  "access-token-secret": FAKE_CREDENTIALS.accessTokenSecret,
};

describe("dist/action's files", () => {
  it("load nothing from outside the bundle but Node's built-ins and the bundled punycode", () => {
    let checked = 0;
    for (const file of readdirSync(dist).filter((name) => name.endsWith(".js"))) {
      const source = readFileSync(join(dist, file), "utf8");
      const required = [...source.matchAll(/createRequire\(import\.meta\.url\)\("([^"]+)"\)/g)].map((match) => match[1]!);
      for (const name of required) expect(isBuiltin(name) || name === "./punycode.cjs", `${file} requires ${name}`).toBe(true);
      checked += required.length;
      // ESM throughout: the only static import is Node's createRequire.
      const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]!);
      for (const name of imports) expect(isBuiltin(name), `${file} imports ${name}`).toBe(true);
    }
    expect(checked).toBeGreaterThan(10);
    expect(JSON.parse(readFileSync(join(dist, "package.json"), "utf8"))).toEqual({ type: "module" });
  });
  it("leave @actions/core's OIDC client and @actions/exec out of the entry chunk; octokit's chunk keeps its HTTP client", () => {
    const entry = readFileSync(join(dist, "index.js"), "utf8");
    // The toolkit's own identifiers: present when its OIDC client, http-client or undici 6 is bundled in the entry.
    for (const marker of ["class OidcClient", "class HttpClient", "ACTIONS_ID_TOKEN_REQUEST_URL", "class ToolRunner"]) {
      expect(entry, marker).not.toContain(marker);
    }
    const chunks = readdirSync(dist).filter((name) => /^\d+\.index\.js$/.test(name)).map((name) => readFileSync(join(dist, name), "utf8"));
    expect(chunks.some((source) => source.includes("class HttpClient"))).toBe(true);
  });
});

describe("a copy of dist/action with no node_modules anywhere above it", () => {
  let x: FakeX;
  let github: FakeGitHub;
  beforeAll(async () => {
    x = await startFakeX();
    github = await startFakeGitHub({ token: TOKEN, repos: ["acme/widget"], releases: { "acme/widget": [RELEASE] } });
  });
  afterAll(async () => {
    await Promise.all([x.close(), github.close()]);
  });

  it("looks the release up by tag through octokit and posts it to X: every chunk it needs is in the copy", async () => {
    const result = await run(
      join(whole, "index.js"),
      { ...CREDENTIALS, "api-base-url": x.url, tag: "v1.2.0", "github-token": TOKEN },
      { GITHUB_EVENT_NAME: "workflow_dispatch", GITHUB_API_URL: github.url },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(github.requests).toEqual([{ method: "GET", path: "/repos/acme/widget/releases/tags/v1.2.0", status: 200 }]);
    expect(x.tweets).toHaveLength(1);
    expect(result.output).toMatch(/^tweet-id<<ghadelimiter_/m);
  });
});

describe("the Action's entry chunk alone", () => {
  it("does a whole dry run: posts printed, text output and job summary written", async () => {
    const result = await run(entryOnly, { ...CREDENTIALS, "dry-run": "true" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Adds the frobnicator.");
    expect(result.output).toMatch(/^text<<ghadelimiter_/);
    expect(result.summary).toContain("Dry run: nothing was posted to X");
  });

  it("does a Bluesky dry run too: counting Bluesky's posts needs no client", async () => {
    const result = await run(entryOnly, { "bluesky-identifier": "bot.bsky.social", "bluesky-app-password": "abcd-efgh-ijkl-mnop", "dry-run": "true" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/── \d+\/300 graphemes ──/);
    expect(result.summary).toContain("Dry run: nothing was posted to Bluesky");
  });

  it("fails a bad input with its message, not a missing chunk", async () => {
    const result = await run(entryOnly, { ...CREDENTIALS, "api-key": "", "dry-run": "true" });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("::error::Input 'api-key' is required");
    expect(result.stdout).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
  });

  it("needs a lazy chunk to post (the X client and undici), so this copy cannot post", async () => {
    const result = await run(entryOnly, { ...CREDENTIALS, "api-base-url": "http://127.0.0.1:9" });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error::Unexpected error: Cannot find module '[^']*\d+\.index\.js'/m);
  });

  it("needs a lazy chunk to look a tag up (octokit), so this copy cannot", async () => {
    const result = await run(
      entryOnly,
      { ...CREDENTIALS, "dry-run": "true", tag: "v1.2.0", "github-token": TOKEN },
      { GITHUB_EVENT_NAME: "workflow_dispatch", GITHUB_API_URL: "http://127.0.0.1:9" },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error::Unexpected error: Cannot find module '[^']*\d+\.index\.js'/m);
  });
});

describe("a copy of dist/action without the Bluesky and Mastodon chunks", () => {
  let x: FakeX;
  let bluesky: FakeBluesky;
  beforeAll(async () => {
    [x, bluesky] = await Promise.all([startFakeX(), startFakeBluesky()]);
  });
  afterAll(async () => {
    await Promise.all([x.close(), bluesky.close()]);
  });

  it("posts an X-only announcement: such a run never loads either network's client", async () => {
    const result = await run(withoutNetworks, { ...CREDENTIALS, "api-base-url": x.url });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(x.tweets).toHaveLength(1);
  });

  it("cannot post on Bluesky: the deleted chunks are what Bluesky loads", async () => {
    const result = await run(withoutNetworks, {
      "bluesky-identifier": FAKE_BSKY.handle,
      "bluesky-app-password": FAKE_BSKY.appPassword,
      "bluesky-service": bluesky.url,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error::Unexpected error: Cannot find module '[^']*\d+\.index\.js'/m);
    expect(bluesky.requests).toEqual([]);
  });
});
