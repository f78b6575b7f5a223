// Self-test of the committed Action bundle: runs dist/action/index.js the way the runner does, in dry-run mode, on a
// synthetic release event, and checks its outputs. `check` checks the outputs of a real `uses: ./` step (CI).
// Usage: node scripts/self-test.js [--entry PATH]   run the bundle (Node 24, the Action's runtime) and check it
//        node scripts/self-test.js check            check TEXT, TEXTS, TWEET_ID, TWEET_URL, TWEET_IDS from the env;
//                                                   EXPECT_IN_TEXT (optional) must appear in TEXT
// Exit status: 0 passed, 1 a check failed, 2 cannot run here.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";

const root = new URL("..", import.meta.url).pathname;

// A release as GitHub's `release` event sends it, with notes long enough for a thread.
const REPOSITORY = "release-tweet/self-test";
const RELEASE = {
  tag_name: "v1.2.3",
  name: "v1.2.3",
  body: [
    "## Features",
    "",
    ...Array.from({ length: 12 }, (_, i) => `- Feature number ${i + 1}: a change worth a whole line of the announcement`),
    "",
    "## Bug Fixes",
    "",
    "- Fixes a bug that made the self-test necessary ([abc1234](https://github.com/release-tweet/self-test/commit/abc1234))",
  ].join("\n"),
  html_url: `https://github.com/${REPOSITORY}/releases/tag/v1.2.3`,
  draft: false,
  prerelease: false,
};
// Fake credentials: a dry run never sends them, but the Action requires and masks them as in a real run.
const CREDENTIALS = {
  "api-key": "selftestApiKey0001",
  "api-secret": "selftestApiSecret0002",
  "access-token": "12345-selftestAccessToken0003",
  "access-token-secret": "selftestAccessTokenSecret0004",
};
// The step's `with:`, as in the CI job's `uses: ./` step.
const WITH = { ...CREDENTIALS, "dry-run": "true", thread: "true" };

let args;
try {
  args = parseArgs({ options: { entry: { type: "string" } }, allowPositionals: true });
} catch (error) {
  usage(error.message);
}
const [mode = "run", ...rest] = args.positionals;
const entry = resolve(args.values.entry ?? join(root, "dist", "action", "index.js"));

if (mode === "check") {
  finish(checkOutputs(
    {
      text: process.env.TEXT ?? "",
      texts: process.env.TEXTS ?? "",
      "tweet-id": process.env.TWEET_ID ?? "",
      "tweet-url": process.env.TWEET_URL ?? "",
      "tweet-ids": process.env.TWEET_IDS ?? "",
    },
    { inText: process.env.EXPECT_IN_TEXT ? [process.env.EXPECT_IN_TEXT] : [] },
  ));
} else if (mode === "run" && rest.length === 0) {
  finish(runBundle());
} else {
  usage(`unknown arguments: ${[mode, ...rest].join(" ")}`);
}

function usage(problem) {
  console.error(`self-test: ${problem}\nUsage: node scripts/self-test.js [--entry PATH] | node scripts/self-test.js check`);
  process.exit(2);
}

/** Runs the bundle in a temporary runner-like directory; returns the problems found. */
function runBundle() {
  const major = Number(process.versions.node.split(".")[0]);
  if (major < 24) {
    console.error(`self-test: the Action runs on Node 24 (action.yml), this is Node ${process.versions.node}. Run 'npm run self-test'.`);
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), "release-tweet-self-test-"));
  try {
    const files = { event: join(dir, "event.json"), output: join(dir, "output.txt"), summary: join(dir, "summary.md") };
    writeFileSync(files.event, JSON.stringify({ action: "released", release: RELEASE, repository: { full_name: REPOSITORY } }));
    writeFileSync(files.output, "");
    writeFileSync(files.summary, "");
    const result = spawnSync(process.execPath, [entry], {
      cwd: dir,
      encoding: "utf8",
      env: {
        PATH: process.env.PATH ?? "",
        ...inputEnv(WITH),
        GITHUB_ACTIONS: "true",
        GITHUB_EVENT_NAME: "release",
        GITHUB_EVENT_PATH: files.event,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_REPOSITORY: REPOSITORY,
        GITHUB_REF: `refs/tags/${RELEASE.tag_name}`,
        RUNNER_TEMP: dir,
      },
    });
    const problems = [];
    if (result.error) problems.push(`could not start ${entry}: ${result.error.message}`);
    if (result.status !== 0) {
      problems.push(`the Action exited with ${result.status}: ${lastLines(result.stdout + result.stderr)}`);
    }
    const outputs = parseOutputs(readFileSync(files.output, "utf8"));
    problems.push(...checkOutputs(outputs, { inText: [`self-test 1.2.3 is out!`, RELEASE.html_url, "Feature number 1"] }));
    if (postCount(outputs.texts) < 2) problems.push("thread: true on these notes should give a thread of 2 or more posts");
    const summary = readFileSync(files.summary, "utf8");
    if (!summary.includes("self-test 1.2.3 is out!")) problems.push("the job summary does not show the post");
    const lines = `${result.stdout}\n${result.stderr}\n${summary}\n${readFileSync(files.output, "utf8")}`.split("\n");
    for (const [input, value] of Object.entries(CREDENTIALS)) {
      if (!lines.includes(`::add-mask::${value}`)) problems.push(`input '${input}' was not masked`);
      if (lines.some((line) => line.includes(value) && line !== `::add-mask::${value}`)) problems.push(`input '${input}' appears in the output`);
    }
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The checks both paths share, on a dry run's outputs: `text` is the posts joined by a blank line, `texts` the JSON
 * array of them, and no post id or URL, since nothing was posted.
 */
function checkOutputs(outputs, { inText }) {
  const problems = [];
  let texts;
  try {
    texts = JSON.parse(outputs.texts);
  } catch {
    problems.push(`output 'texts' is not JSON: ${JSON.stringify(outputs.texts ?? "")}`);
  }
  if (texts !== undefined) {
    if (!Array.isArray(texts) || texts.length === 0 || !texts.every((text) => typeof text === "string" && text.trim())) {
      problems.push("output 'texts' is not a non-empty array of posts");
    } else if (outputs.text !== texts.join("\n\n")) {
      problems.push("output 'text' is not the posts of 'texts' joined by a blank line");
    }
  }
  for (const expected of inText) {
    if (!outputs.text?.includes(expected)) problems.push(`output 'text' does not contain ${JSON.stringify(expected)}`);
  }
  for (const name of ["tweet-id", "tweet-url", "tweet-ids"]) {
    if (outputs[name]) problems.push(`output '${name}' is set on a dry run: ${JSON.stringify(outputs[name])}`);
  }
  return problems;
}

function postCount(texts) {
  try {
    const posts = JSON.parse(texts ?? "");
    return Array.isArray(posts) ? posts.length : 0;
  } catch {
    return 0;
  }
}

/** INPUT_* as the runner sets them: every default of action.yml, then the step's `with:`. */
function inputEnv(inputs) {
  const action = parse(readFileSync(join(root, "action.yml"), "utf8"));
  const values = {};
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    // `${{ github.token }}` is an expression the runner evaluates; a release event does not use the token.
    if (input.default !== undefined) values[name] = String(input.default).includes("${{") ? "" : String(input.default);
  }
  Object.assign(values, inputs);
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [`INPUT_${name.replaceAll(" ", "_").toUpperCase()}`, value]));
}

/** GITHUB_OUTPUT's `name<<DELIMITER`, value, `DELIMITER` records. */
function parseOutputs(text) {
  const outputs = {};
  for (const match of text.matchAll(/^([^\n<]+)<<(\S+)\r?\n([\s\S]*?)\r?\n\2$/gm)) outputs[match[1]] = match[3];
  return outputs;
}

function lastLines(text) {
  return text.trim().split("\n").slice(-5).join(" | ");
}

function finish(problems) {
  if (problems.length > 0) {
    for (const problem of problems) console.error(`self-test: ${problem}`);
    process.exit(1);
  }
  console.log("self-test: passed (dry run: text and texts agree, nothing was posted).");
}
