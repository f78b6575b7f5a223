// Measures what users pay for release-tweet: the Action's whole run (dry run and posting) side by side with the most
// used peer Action (nearform's notify-twitter, ../shared/peers), the composer's cost per changelog size, the load cost
// of the heavy libraries, dist/action's size and what installing the plugin adds to a project.
// Times are medians of interleaved runs; the budgets are ratios to the peer's load-and-fail in the same loop.
// Usage: npm run bench [-- --runs 15] [-- --shared DIR] [-- --compare path/to/another/action/index.js ...]
//   --shared: the directory holding corpus/ and peers/ (default ../shared beside the repository).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { dirSize, root } from "./build.js";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "15" },
    shared: { type: "string", default: join(root, "..", "shared") },
    compare: { type: "string", multiple: true, default: [] },
  },
});
const RUNS = Math.min(Math.max(Number.parseInt(args.runs, 10) || 15, 3), 60);
const WARMUP = 2;
const node = process.execPath;
if (Number(process.versions.node.split(".")[0]) < 24) {
  console.error(`bench needs Node 24 (this is ${process.version}): run it as \`npm run bench\`.`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), "release-tweet-bench-"));
const children = [];
process.on("exit", () => {
  for (const child of children) child.kill();
  rmSync(work, { recursive: true, force: true });
});

const KB = 1024;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(0)} ms`;
const kib = (bytes) => `${(bytes / KB).toFixed(0)} KiB`;
const progress = (text) => process.stderr.write(`${text}\n`);

// ── Changelogs ──────────────────────────────────────────────────────────────────────────────────────────────────
// Real ones from ../shared/corpus when it exists (read in place, never copied into the repository); otherwise a
// generated changelog shaped like conventional-changelog output (headings, scoped items, PR links, mentions, emoji).
const corpusDir = join(args.shared, "corpus");
const corpus = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((file) => file.endsWith(".md") && file !== "README.md")
      .map((file) => ({ file, text: readFileSync(join(corpusDir, file), "utf8") }))
  : [];

function generatedChangelog(bytes) {
  const scopes = ["core", "cli", "parser", "deps", "docs", "ssr", "router", "build"];
  const verbs = ["add", "fix", "support", "drop", "speed up", "handle", "document", "rename"];
  const things = ["nested lists", "CRLF line endings", "emoji 🎉 in titles", "`--dry-run`", "URLs like https://example.com/a?b=c", "日本語の見出し", "empty bodies", "large files"];
  let seed = 7;
  const pick = (list) => list[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % list.length];
  const lines = [];
  for (let section = 0, size = 0; size < bytes; section += 1) {
    const heading = `### ${["Features", "Bug Fixes", "Performance Improvements", "⚠ BREAKING CHANGES"][section % 4]}\n`;
    lines.push(heading);
    size += heading.length;
    for (let item = 0; item < 12 && size < bytes; item += 1) {
      const pr = 1000 + section * 12 + item;
      const line = `* **${pick(scopes)}:** ${pick(verbs)} ${pick(things)} ([#${pr}](https://github.com/acme/widget/pull/${pr})) by @dev${pr % 17}\n`;
      lines.push(line);
      size += line.length;
    }
    lines.push("\n");
  }
  return lines.join("");
}

/** A changelog of about `bytes` UTF-8 bytes, whole lines only: real notes repeated, or generated ones. */
function changelogOfSize(bytes) {
  const source = corpus.length > 0 ? corpus.map((entry) => entry.text).join("\n\n") : generatedChangelog(bytes);
  // One repeat() of a measured unit: growing a string and measuring it each round is quadratic, and at 50 MB it ran
  // the bench itself out of memory.
  const unit = `${source}\n\n`;
  const buffer = Buffer.from(unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit))));
  const cut = buffer.subarray(0, bytes).toString("utf8");
  return cut.slice(0, cut.lastIndexOf("\n") + 1);
}

// The issue's yardstick: Astro 6.0.0's real notes (102 KiB); else the longest of the corpus.
const ASTRO = "36-withastro-astro-6.0.0.md";
const longest = corpus.find((entry) => entry.file === ASTRO) ?? corpus.toSorted((a, b) => b.text.length - a.text.length)[0];
const LONG = longest
  ? { label: `${longest.file} (${kib(Buffer.byteLength(longest.text))})`, text: longest.text }
  : { label: `generated (${kib(100 * KB)})`, text: generatedChangelog(100 * KB) };
const TINY = "Adds the frobnicator.";
const BIG = changelogOfSize(500 * KB);

// ── The Action as the runner starts it ──────────────────────────────────────────────────────────────────────────
const CREDENTIALS = {
  // The fake X's account (test/support/fake-x.ts); the fake checks every signature against these.
  "api-key": "fake-consumer-key-0123",
  "api-secret": "fake-consumer-secret-4567",
  "access-token": "1111-fake-access-token-89ab",
  "access-token-secret": "fake-token-secret-cdef",
};

function inputEnv(inputs) {
  const values = { "dry-run": "false", thread: "false", "max-length": "280", "include-prereleases": "false", ...inputs };
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
}

let releaseNumber = 0;
/** A release event file; each gets a new tag so the fake X never sees a duplicate post. */
function writeEvent(name, body) {
  releaseNumber += 1;
  const tag = `v6.0.${releaseNumber}`;
  const release = { tag_name: tag, name: null, body, html_url: `https://github.com/acme/widget/releases/tag/${tag}`, draft: false, prerelease: false };
  const path = join(work, `${name}.json`);
  writeFileSync(path, JSON.stringify({ action: "published", release, repository: { name: "widget", owner: { login: "acme" } } }));
  return path;
}

function actionScenario(label, entry, { body, dryRun, apiBaseUrl = "http://127.0.0.1:9", inputs = {} }) {
  const id = label.replace(/\W+/g, "-");
  const outputPath = join(work, `${id}.output`);
  const summaryPath = join(work, `${id}.summary`);
  const baseEnv = {
    PATH: process.env.PATH ?? "",
    ...inputEnv({ ...CREDENTIALS, "dry-run": String(dryRun), "api-base-url": apiBaseUrl, "github-token": "ghs_benchToken", ...inputs }),
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "release",
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: "acme/widget",
    GITHUB_REF: "refs/tags/v6.0.0",
    RUNNER_TEMP: work,
  };
  // Dry runs reuse one event file; posts get a fresh tag each time (written before the clock starts).
  const fixedEvent = dryRun ? writeEvent(id, body) : undefined;
  return {
    label,
    prepare() {
      writeFileSync(outputPath, "");
      writeFileSync(summaryPath, "");
      return { args: [entry], env: { ...baseEnv, GITHUB_EVENT_PATH: fixedEvent ?? writeEvent(id, body) } };
    },
    check(result) {
      const outputs = readFileSync(outputPath, "utf8");
      const expected = dryRun ? /^text<</m : /^tweet-id<</m;
      if (result.status !== 0 || !expected.test(outputs) || readFileSync(summaryPath, "utf8") === "") {
        throw new Error(`${label}: the Action did not succeed (exit ${result.status}).\n${result.stdout}\n${result.stderr}`);
      }
    },
  };
}

/** The loopback fakes (X, Bluesky, Mastodon) in their own process, so they answer while this one waits on spawnSync. */
async function startFakeX() {
  const fake = (name) => JSON.stringify(pathToFileURL(join(root, "test", "support", name)).href);
  // Node 24 strips the types of a .ts module without any flag.
  const code = `
    const { startFakeX } = await import(${fake("fake-x.ts")});
    const { startFakeBluesky } = await import(${fake("fake-bluesky.ts")});
    const { startFakeMastodon } = await import(${fake("fake-mastodon.ts")});
    const [x, bluesky, mastodon] = await Promise.all([startFakeX(), startFakeBluesky(), startFakeMastodon()]);
    console.log(JSON.stringify({ x: x.url, bluesky: bluesky.url, mastodon: mastodon.url }));
    process.stdin.resume();
    process.stdin.on("end", async () => {
      const refused = [...x.requests, ...bluesky.requests, ...mastodon.requests].filter((request) => request.reason !== undefined && !String(request.reason).startsWith("idempotent")).map((request) => request.reason);
      console.log(JSON.stringify({ tweets: x.tweets.length, records: bluesky.records.length, statuses: mastodon.statuses.length, refused }));
      await Promise.all([x.close(), bluesky.close(), mastodon.close()]);
    });`;
  const child = spawn(node, ["--input-type=module", "-e", code], { stdio: ["pipe", "pipe", "inherit"] });
  children.push(child);
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (chunk) => (out += chunk));
  const urls = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The fake X did not start within 10 s.")), 10_000);
    child.stdout.on("data", () => {
      const line = out.split("\n")[0];
      if (out.includes("\n")) {
        clearTimeout(timer);
        resolve(JSON.parse(line));
      }
    });
    child.on("exit", (code) => reject(new Error(`The fake X exited early (${code}).`)));
  });
  return {
    url: urls.x,
    urls,
    async report() {
      child.stdin.end();
      await new Promise((resolve) => child.on("exit", resolve));
      return JSON.parse(out.trim().split("\n").at(-1));
    },
  };
}

function timeRuns(scenarios) {
  const times = new Map(scenarios.map((scenario) => [scenario.label, []]));
  for (let round = 0; round < WARMUP + RUNS; round += 1) {
    // Rotate the order each round, so no scenario always follows the same one.
    for (let i = 0; i < scenarios.length; i += 1) {
      const scenario = scenarios[(i + round) % scenarios.length];
      const { args: childArgs, env } = scenario.prepare();
      const start = performance.now();
      const result = spawnSync(node, childArgs, { env, cwd: work, encoding: "utf8", timeout: 60_000 });
      const elapsed = performance.now() - start;
      scenario.check(result);
      if (round >= WARMUP) times.get(scenario.label).push(elapsed);
    }
    progress(`  round ${round + 1}/${WARMUP + RUNS}`);
  }
  return new Map([...times].map(([label, values]) => [label, median(values)]));
}

const bare = {
  label: "bare `node -e 0`",
  prepare: () => ({ args: ["-e", "0"], env: { PATH: process.env.PATH ?? "" } }),
  check: (result) => {
    if (result.status !== 0) throw new Error(`node -e 0 failed: ${result.stderr}`);
  },
};

// The peer: nearform's notify-twitter bundle, run with no inputs, loads and fails on its first input: the least it can
// ever do. Read in place from ../shared/peers, never copied into the repository.
const PEER_FILE = "nearform-notify-twitter.js";
const peerPath = join(args.shared, "peers", PEER_FILE);
const peer = existsSync(peerPath)
  ? {
      label: "peer: nearform notify-twitter, load and fail (no inputs)",
      prepare: () => ({ args: [peerPath], env: { PATH: process.env.PATH ?? "" } }),
      check: (result) => {
        // It fails on its missing input with an ::error:: line; anything else means it did not load as measured.
        if (result.status !== 1 || !result.stdout.startsWith("::error::")) {
          throw new Error(`The peer did not load and fail as expected (exit ${result.status}).\n${result.stdout}\n${result.stderr}`);
        }
      },
    }
  : undefined;
if (!peer) progress(`note: ${peerPath} is absent: the peer rows and the budgets against it are skipped.`);

const actionEntry = join(root, "dist", "action", "index.js");
if (!existsSync(actionEntry)) {
  console.error("dist/action/index.js is missing: run `npm run build` first.");
  process.exit(1);
}
const newestSource = (dir) =>
  Math.max(...readdirSync(dir, { withFileTypes: true }).map((item) => (item.isDirectory() ? newestSource(join(dir, item.name)) : statSync(join(dir, item.name)).mtimeMs)));
if (newestSource(join(root, "src")) > statSync(actionEntry).mtimeMs) {
  progress("warning: src/ is newer than dist/action: run `npm run build` to measure the current sources.");
}

// ── Each heavy library alone, bundled as the Action bundles it: what loading and first using it adds to a start ──
// First use counts: twitter-text compiles its URL pattern and markdown-it its parser on the first call, once per run.
// They run in the same interleaved loop as the Action, so their figures compare with its rows directly.
progress("Bundling each library into a temp dir…");
const libraries = [
  ["@actions/core: load (with its OIDC client and undici 6)", "scripts/bench/actions-core.ts"],
  ["twitter-text: load, count one post", "scripts/bench/twitter-text.ts"],
  ["Markdown (markdown-it): load, read the sample changelog", "scripts/bench/markdown.ts"],
  ["all three above: the floor under any run", "scripts/bench/floor.ts"],
  ["X client (OAuth signing + undici 7): load", "src/x/client.ts"],
  ["GitHub client (@actions/github, octokit): load", "src/github/client.ts"],
  // Loaded by a door only when that network is configured (dynamic import): what a Bluesky or Mastodon run adds.
  ["Bluesky client (@atcute/client): load, build one post's rich text", "scripts/bench/bluesky.ts"],
  ["Mastodon client (masto): load, make a client", "scripts/bench/mastodon.ts"],
];
const libraryScenarios = [];
function bundleApart(input, dir) {
  const script = `import { ACTION_EXTERNALS, bundle, writeBundle } from ${JSON.stringify(pathToFileURL(join(root, "scripts", "build.js")).href)};
await writeBundle(${JSON.stringify(dir)}, await bundle(${JSON.stringify(input)}, { externals: ACTION_EXTERNALS }));`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
  if (child.status !== 0) throw new Error(`${input}: ${(child.stderr || child.stdout || `exit ${child.status}`).trim()}`);
}
try {
  for (const [label, input] of libraries) {
    const dir = join(work, label.replace(/\W+/g, "-"));
    // The Action's own externals (core-js → built-in), so each figure is what it costs inside dist/action.
    // One child process per bundle: ncc keeps each compilation's type-checked program alive, and eight of them
    // in one process outgrow the default heap.
    bundleApart(input, dir);
    const entry = join(dir, "index.js");
    libraryScenarios.push({ label, prepare: () => ({ args: [entry], env: { PATH: process.env.PATH ?? "" } }), check: bare.check });
  }
} catch (error) {
  // ncc type-checks the whole project: a type error in any file (someone's work in progress) stops it.
  progress(`Skipped the library rows: bundling failed (${String(error).split("\n")[0]}).`);
}

progress(`Action runs (${RUNS} measured rounds after ${WARMUP} warm-up rounds)…`);
const fakeX = await startFakeX();
const DRY_RUN = "dry run, long changelog";
const POST = "post to fake X, long changelog";
const POST_ALL = "post to fake X, Bluesky and Mastodon, long changelog";
// The fake accounts of test/support/fake-bluesky.ts and fake-mastodon.ts.
const networkInputs = (urls) => ({
  "bluesky-identifier": "release-bot.fake.test",
  "bluesky-app-password": "abcd-efgh-ijkl-mnop",
  "bluesky-service": urls.bluesky,
  "mastodon-url": urls.mastodon,
  "mastodon-access-token": "fake-mastodon-token-0123456789abcdef",
});
const scenarios = [
  bare,
  ...(peer ? [peer] : []),
  actionScenario(DRY_RUN, actionEntry, { body: LONG.text, dryRun: true }),
  actionScenario(POST, actionEntry, { body: LONG.text, dryRun: false, apiBaseUrl: fakeX.url }),
  actionScenario(POST_ALL, actionEntry, { body: LONG.text, dryRun: false, apiBaseUrl: fakeX.url, inputs: networkInputs(fakeX.urls) }),
  actionScenario("dry run, tiny changelog", actionEntry, { body: TINY, dryRun: true }),
  actionScenario("dry run, 500 KiB changelog", actionEntry, { body: BIG, dryRun: true }),
];
for (const [index, entry] of args.compare.entries()) {
  const name = `compare ${index + 1} (${entry})`;
  scenarios.push(
    actionScenario(`${name}: dry run, long changelog`, entry, { body: LONG.text, dryRun: true }),
    actionScenario(`${name}: post to fake X, long changelog`, entry, { body: LONG.text, dryRun: false, apiBaseUrl: fakeX.url }),
  );
}
const allTimes = timeRuns([...scenarios, ...libraryScenarios]);
const runTimes = new Map([...allTimes].filter(([label]) => scenarios.some((scenario) => scenario.label === label)));
const libraryTimes = new Map(libraryScenarios.map((scenario) => [scenario.label, allTimes.get(scenario.label)]));
const fakeReport = await fakeX.report();
const expectedPosts = (WARMUP + RUNS) * (2 + args.compare.length);
const expectedOthers = WARMUP + RUNS;
if (fakeReport.tweets !== expectedPosts || fakeReport.records !== expectedOthers || fakeReport.statuses !== expectedOthers || fakeReport.refused.length > 0) {
  throw new Error(
    `The fakes stored ${fakeReport.tweets} posts on X (expected ${expectedPosts}), ${fakeReport.records} on Bluesky and ${fakeReport.statuses} on Mastodon (expected ${expectedOthers} each); refused: ${fakeReport.refused.join(", ") || "none"}.`,
  );
}

// ── Composer cost per changelog size (from src, through Node 24's type stripping) ───────────────────────────────
// src imports siblings as "./x.js" (NodeNext); a resolve hook maps them to the .ts files, as tsc would.
const resolveTs = `data:text/javascript,${encodeURIComponent(`
  import { registerHooks } from "node:module";
  registerHooks({
    resolve(specifier, context, next) {
      try { return next(specifier, context); }
      catch (error) {
        if (specifier.startsWith(".") && specifier.endsWith(".js")) return next(specifier.slice(0, -3) + ".ts", context);
        throw error;
      }
    },
  });`)}`;
const SIZES = [1 * KB, 100 * KB, 1024 * KB, 5 * 1024 * KB];
for (const size of SIZES) writeFileSync(join(work, `notes-${size}.md`), changelogOfSize(size));
progress("Composer per size…");
const composeScript = `
  const { compose } = await import(${JSON.stringify(pathToFileURL(join(root, "src", "notes", "compose.ts")).href)});
  const { readFileSync } = await import("node:fs");
  const release = (notes) => ({ version: "6.0.0", tag: "v6.0.0", name: "v6.0.0", repo: "widget", owner: "acme", url: "https://github.com/acme/widget/releases/tag/v6.0.0", notes });
  const time = (notes) => { const start = performance.now(); compose(release(notes), { maxLength: 280 }); return performance.now() - start; };
  time("# Warm-up\\n\\n- a line"); // the first call pays for lazy initialisation; the whole-run rows above include it
  const results = {};
  for (const size of ${JSON.stringify(SIZES)}) {
    const notes = readFileSync(${JSON.stringify(work)} + "/notes-" + size + ".md", "utf8");
    const times = Array.from({ length: 7 }, () => time(notes)).sort((a, b) => a - b);
    results[size] = times[times.length >> 1];
  }
  console.log(JSON.stringify(results));`;
// Type stripping alone cannot run TypeScript-only syntax (e.g. constructor parameter properties); transform can.
const composeRun = spawnSync(
  node,
  ["--experimental-transform-types", "--disable-warning=ExperimentalWarning", "--import", resolveTs, "--input-type=module", "-e", composeScript],
  { encoding: "utf8", timeout: 180_000 },
);
const composeTimes = composeRun.status === 0 ? JSON.parse(composeRun.stdout.trim().split("\n").at(-1)) : null;
if (!composeTimes) progress(`compose failed:\n${composeRun.stderr.slice(0, 2000)}`);

// ── Sizes ───────────────────────────────────────────────────────────────────────────────────────────────────────
const distSizes = Object.fromEntries(
  ["action", "plugin", "cli"].filter((name) => existsSync(join(root, "dist", name))).map((name) => [name, 0]),
);
for (const name of Object.keys(distSizes)) distSizes[name] = await dirSize(join(root, "dist", name));
// What a dry run parses (the entry chunk) and what only a post or a tag lookup loads (the lazy chunks).
const actionDir = join(root, "dist", "action");
const lazyChunks = readdirSync(actionDir).filter((file) => /^\d+\.index\.js$/.test(file));
const lazyBytes = lazyChunks.reduce((sum, file) => sum + statSync(join(actionDir, file)).size, 0);
// The chunks each dynamic import loads, read from the entry's own loaders ("loadBluesky: () => Promise.all([…e(ID)…])"):
// what Bluesky or Mastodon adds is its chunks that X's client does not load too.
const entrySource = readFileSync(actionEntry, "utf8");
const chunksOf = (marker) => [...(entrySource.split("\n").find((line) => marker.test(line)) ?? "").matchAll(/\.e\((\d+)\)/g)].map((m) => `${m[1]}.index.js`);
const xChunks = new Set(chunksOf(/\{ XClient \} = await/));
const networkBytes = (marker) => chunksOf(marker).filter((chunk) => !xChunks.has(chunk)).reduce((sum, file) => sum + statSync(join(actionDir, file)).size, 0);
const blueskyBytes = networkBytes(/loadBluesky: \(\) =>/);
const mastodonBytes = networkBytes(/loadMastodon: \(\) =>/);
const pack = spawnSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: root, encoding: "utf8" });
const packed = pack.status === 0 ? JSON.parse(pack.stdout)[0] : null;
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/**
 * What `npm install release-tweet` adds to a project: the packed tarball installed into an empty project (npm's
 * cache first, the registry for anything missing; no scripts), counted from the lock file npm writes and measured on
 * disk. semantic-release is an optional peer a plugin user already has, so it is not counted.
 */
function installFootprint() {
  if (!packed) return { error: "npm pack failed" };
  const project = join(work, "consumer");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  const install = spawnSync(
    "npm",
    ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline", "--omit=peer", join(work, packed.filename)],
    { cwd: project, encoding: "utf8", timeout: 300_000 },
  );
  if (install.status !== 0) return { error: `npm install failed: ${(install.stderr || install.stdout).trim().split("\n").at(-1)}` };
  const lock = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8"));
  const installed = Object.entries(lock.packages).filter(([path]) => path.startsWith("node_modules/"));
  const names = (filter) => installed.filter(([path]) => filter(path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length)));
  return {
    // The package itself is not something the project "gains" on top of it.
    packages: installed.length - 1,
    undici: names((name) => name === "undici").length,
    bytes: dirSizeSync(join(project, "node_modules")) - dirSizeSync(join(project, "node_modules", "release-tweet")),
  };
}

function dirSizeSync(dir) {
  let total = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    total += item.isDirectory() ? dirSizeSync(path) : statSync(path).size;
  }
  return total;
}

progress("Installing the packed package into an empty project…");
const footprint = installFootprint();

// ── Hostile notes ───────────────────────────────────────────────────────────────────────────────────────────────
// What anyone who lands a commit subject or a pull request can put in the notes: `preview` (like the plugin, it has
// no body limit) must end in seconds with a valid post and bounded memory. Time and peak memory from /usr/bin/time.
const HOSTILE = [
  ["one 400 KB line", () => "word ".repeat(80 * KB)],
  ["2 MB of nested emphasis", () => `${"*".repeat(1024 * KB)}a${"*".repeat(1024 * KB)}`],
  ["1.5 MB of footnotes", () => Array.from({ length: 40_000 }, (_, i) => `Text[^${i}] more.\n\n[^${i}]: note ${i}`).join("\n\n").slice(0, 1536 * KB)],
  ["20 MB of tabs", () => "\t".repeat(20 * 1024 * KB)],
  ["50 MB changelog", () => changelogOfSize(50 * 1024 * KB)],
  // Shapes a reader once took quadratic time on: a long list of bold titles, a long line of unclosed HTML list tags.
  ["20,000 bold-titled items", () => ["## 1.0.0", "", "### Improvements", "", ...Array.from({ length: 20_000 }, (_, at) => `- **Title ${at}**: Improvements to part ${at}`)].join("\n")],
  ["a line of 20,000 HTML list tags", () => `<li>x</li>${"<b><ul>".repeat(20_000)}`],
];
const hostile = [];
if (existsSync("/usr/bin/time") && existsSync(join(root, "dist", "cli", "index.js"))) {
  progress("Hostile notes through preview…");
  for (const [label, make] of HOSTILE) {
    const file = join(work, "hostile.md");
    writeFileSync(file, make());
    const result = spawnSync("/usr/bin/time", ["-f", "%e %M", node, join(root, "dist", "cli", "index.js"), "preview", "--json", "--notes", file, "--version", "1.0.0"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      timeout: 300_000,
    });
    const [seconds = Number.NaN, kbytes = Number.NaN] = (result.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
    let valid;
    try {
      valid = result.status === 0 && JSON.parse(result.stdout).posts.every((post) => post.weightedLength <= 280 && post.text.length > 0);
    } catch {
      valid = false;
    }
    hostile.push({ label, seconds, megabytes: kbytes / 1024, valid, status: result.status });
    rmSync(file, { force: true });
  }
} else progress("Skipped the hostile-notes rows: /usr/bin/time or dist/cli is missing.");

// ── Report ──────────────────────────────────────────────────────────────────────────────────────────────────────
const bareMs = runTimes.get(bare.label);
const peerMs = peer ? runTimes.get(peer.label) : undefined;
const vsPeer = (value) => (peerMs ? `${(value / peerMs).toFixed(2)}x` : "n/a");
const vsBare = (value) => `${(value / bareMs).toFixed(2)}x`;
const cpu = cpus()[0]?.model?.trim() ?? "unknown CPU";
const lines = [
  `Machine: ${cpu}, ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; median of ${RUNS} interleaved runs after ${WARMUP} warm-up rounds.`,
  `Long changelog: ${LONG.label}.`,
  peer ? `Peer: ${PEER_FILE} from ${join(args.shared, "peers")}.` : `Peer: absent (${peerPath}); its rows and budgets are skipped.`,
  "",
  "| Action, whole run as the runner starts it | median | vs peer | vs bare Node |",
  "| --- | ---: | ---: | ---: |",
  ...[...runTimes].map(([label, value]) => `| ${label} | ${ms(value)} | ${vsPeer(value)} | ${vsBare(value)} |`),
  "",
  "| Composer: compose() from src, in process, after a warm-up call | median | per KiB |",
  "| --- | ---: | ---: |",
  ...(composeTimes
    ? SIZES.map((size) => `| ${kib(size)} of release notes | ${composeTimes[size].toFixed(1)} ms | ${((composeTimes[size] / (size / KB)) * 1000).toFixed(1)} µs |`)
    : ["| compose() failed: see the message above | | |"]),
  "",
  "| Hostile notes: `preview --json`, one run each | time | peak memory | exit 0, valid posts |",
  "| --- | ---: | ---: | --- |",
  ...(hostile.length > 0
    ? hostile.map((row) => `| ${row.label} | ${row.seconds.toFixed(1)} s | ${row.megabytes.toFixed(0)} MiB | ${row.valid ? "yes" : `no (exit ${row.status})`} |`)
    : ["| skipped (see the message above) | | | |"]),
  "",
  "| Library alone, bundled as in the Action | median | adds to bare Node |",
  "| --- | ---: | ---: |",
  ...(libraryTimes.size > 0
    ? [...libraryTimes].map(([label, value]) => `| ${label} | ${ms(value)} | +${ms(value - bareMs)} |`)
    : ["| skipped: bundling failed (see the message above) | | |"]),
  "",
  "| Size | |",
  "| --- | ---: |",
  ...Object.entries(distSizes).map(([name, size]) => `| dist/${name} | ${kib(size)} |`),
  `| dist/action: entry chunk (all a dry run parses) / ${lazyChunks.length} lazy chunks (a post, a tag lookup) | ${kib(statSync(actionEntry).size)} / ${kib(lazyBytes)} |`,
  `| dist/action: chunks only a Bluesky post loads / only a Mastodon post loads (beyond X's undici) | ${kib(blueskyBytes)} / ${kib(mastodonBytes)} |`,
  packed ? `| npm package: tarball / unpacked (${packed.entryCount} files) | ${kib(packed.size)} / ${kib(packed.unpackedSize)} |` : "| npm pack failed | |",
  `| runtime dependencies (package.json) | ${Object.keys(pkg.dependencies ?? {}).length} |`,
  "error" in footprint
    ? `| plugin install footprint: not measured (${footprint.error}) | |`
    : `| plugin install footprint: packages a project gains with \`npm install release-tweet\` (of them undici) / on disk | ${footprint.packages} (${footprint.undici}) / ${kib(footprint.bytes)} |`,
];

const dryRun = runTimes.get(DRY_RUN);
const post = runTimes.get(POST);
const growth = runTimes.get("dry run, 500 KiB changelog") - runTimes.get("dry run, tiny changelog");
const linear = composeTimes ? composeTimes[1024 * KB] / composeTimes[100 * KB] : Number.NaN;
const budgets = [
  ...(peerMs
    ? [
        [`${DRY_RUN} ≤ 1.5x the peer's load-and-fail (aim: 1.0x)`, dryRun / peerMs <= 1.5, vsPeer(dryRun)],
        [`${POST} ≤ 2.0x the peer's load-and-fail`, post / peerMs <= 2, vsPeer(post)],
      ]
    : [["budgets against the peer", null, "skipped: peer absent"]]),
  ["500 KiB changelog adds < 300 ms over a tiny one (aim 150 ms)", growth < 300, `+${ms(growth)}`],
  // Linear: 10x the notes costs about 10x the time (well under 20x); less is better still.
  ["compose() grows at most linearly (1 MiB / 100 KiB ≤ 20x)", linear <= 20, `${linear.toFixed(1)}x`],
  ...(composeTimes ? [["a 5 MB changelog composes in under a second", composeTimes[5 * 1024 * KB] < 1000, `${composeTimes[5 * 1024 * KB].toFixed(0)} ms`]] : []),
  ...hostile.map((row) => [`hostile: ${row.label} ends in seconds (< 10 s), under 1 GB, with valid posts`, row.valid && row.seconds < 10 && row.megabytes < 1024, `${row.seconds.toFixed(1)} s, ${row.megabytes.toFixed(0)} MiB`]),
];
lines.push("", "| Budget | measured | |", "| --- | ---: | --- |", ...budgets.map(([name, ok, value]) => `| ${name} | ${value} | ${ok === null ? "" : ok ? "ok" : "OVER"} |`));
console.log(lines.join("\n"));
