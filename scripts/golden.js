// Reading harness for people reviewing composer output: runs the built CLI's preview over the golden review set
// (test/golden) and the shared corpus, single and thread, and writes a Markdown report with every post and the
// objective checks' defects beside it. Not a test: it never fails on defects, it shows them.
//
//   npm run build && node scripts/golden.js report.md [--corpus DIR] [--only TEXT] [--max-posts N] [--project] [--corpus-only]
//
// Runs with the Node that npm puts on PATH (24, which loads the checks' TypeScript directly).
import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { checkPosts } from "../test/support/post-checks.ts";

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist/cli/index.js");
const MAX_LENGTH = 280;

const USAGE = "Usage: node scripts/golden.js REPORT.md [--corpus DIR] [--only TEXT] [--max-posts N] [--project] [--corpus-only]";
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: "string", default: join(ROOT, "../shared/corpus") },
    only: { type: "string" },
    // The composer's default cap; --project passes each release's product name, as the plugin knows its package.
    "max-posts": { type: "string", default: "5" },
    project: { type: "boolean" },
    // Only the --corpus set: a held-out set read without the golden releases around it.
    "corpus-only": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help || positionals.length !== 1) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
if (!existsSync(CLI)) {
  console.error(`golden: ${relative(ROOT, CLI)} is missing; run 'npm run build' first.`);
  process.exit(2);
}
const threadCap = Number(values["max-posts"]);

/** One release to preview, from an index.json of either set, with what the CLI needs. */
function releasesOf(set, indexFile, dir) {
  if (!existsSync(indexFile)) return [];
  return JSON.parse(readFileSync(indexFile, "utf8")).map((entry) => {
    const [sourceOwner = "", sourceRepo = ""] = entry.repo.split("/");
    // "repo_name" is the name alone; an index that gives "owner/name" there still means that repository.
    if (entry.repo_name?.includes("/")) [entry.owner, entry.repo_name] = entry.repo_name.split("/");
    const owner = entry.owner ?? sourceOwner;
    const repo = entry.repo_name ?? sourceRepo;
    const tag = entry.tag ?? `v${entry.version}`;
    return {
      set,
      file: join(dir, entry.file),
      name: entry.file,
      owner,
      repo,
      version: entry.version,
      tag,
      project: entry.project,
      url: entry.release_url ?? `https://github.com/${owner}/${repo}/releases/tag/${tag}`,
      style: entry.style ?? "",
      language: entry.language ?? "",
      about: entry.notes ?? "",
      source: entry.url ?? (entry.commit ? `https://github.com/${entry.repo}/blob/${entry.commit}/${entry.source_path}` : ""),
    };
  });
}

async function preview(release, thread) {
  const args = [CLI, "preview", "--json", "--notes", release.file, "--version", release.version, "--tag", release.tag, "--name", release.tag];
  args.push("--repo", `${release.owner}/${release.repo}`, "--url", release.url, "--max-posts", String(threadCap));
  if (values.project && release.project) args.push("--project", release.project);
  if (thread) args.push("--thread");
  try {
    const { stdout } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { exit: 0, posts: JSON.parse(stdout).posts.map((post) => post.text), error: "" };
  } catch (error) {
    return { exit: error.code ?? 1, posts: [], error: (error.stderr ?? String(error)).trim() };
  }
}

const fence = (text) => `\`\`\`\`text\n${text}\n\`\`\`\``;

function section(mode, result, defects) {
  const out = [`#### ${mode === "thread" ? `Thread (${result.posts.length} posts)` : "Single post"} — exit ${result.exit}`];
  if (result.error) out.push("", `> ${result.error.replaceAll("\n", "\n> ")}`);
  result.posts.forEach((text, i) => {
    out.push("", `${mode === "thread" ? `Post ${i + 1}/${result.posts.length}` : "Post"}:`, "", fence(text));
    const mine = defects.filter((defect) => defect.post === i);
    if (mine.length > 0) out.push("", ...mine.map((defect) => `- **${defect.check}**: ${defect.detail}`));
  });
  const beyond = defects.filter((defect) => defect.post >= result.posts.length);
  if (beyond.length > 0) out.push("", ...beyond.map((defect) => `- **${defect.check}**: ${defect.detail}`));
  return out.join("\n");
}

async function main() {
  const releases = [
    ...(values["corpus-only"] ? [] : releasesOf("golden", join(ROOT, "test/golden/index.json"), join(ROOT, "test/golden/notes"))),
    ...releasesOf("corpus", join(values.corpus, "index.json"), values.corpus),
  ].filter((release) => !values.only || release.name.includes(values.only));
  const rows = [];
  const bodies = [];
  const totals = new Map();
  for (const release of releases) {
    const notes = readFileSync(release.file, "utf8");
    const results = {};
    // Single and thread run side by side: two processes at a time suit the 2-core machines this runs on.
    const [single, thread] = await Promise.all([preview(release, false), preview(release, true)]);
    for (const [mode, result] of [["single", single], ["thread", thread]]) {
      const defects = checkPosts({ posts: result.posts, notes, releaseUrl: release.url, mode, maxLength: MAX_LENGTH, threadCap });
      // A run that failed made no post to check: it is the worst defect, and counts as one.
      if (result.exit !== 0) defects.push({ check: "preview-failed", post: 0, detail: `exit ${result.exit}` });
      for (const defect of defects) totals.set(defect.check, (totals.get(defect.check) ?? 0) + 1);
      results[mode] = { result, defects };
    }
    const cell = ({ result, defects }) => `${result.exit === 0 ? "" : `exit ${result.exit}, `}${result.posts.length} post${result.posts.length === 1 ? "" : "s"}, ${defects.length} defect${defects.length === 1 ? "" : "s"}`;
    rows.push(`| ${release.set} | ${release.name} | ${release.style} | ${release.language} | ${cell(results.single)} | ${cell(results.thread)} |`);
    bodies.push(
      [
        `### ${release.set}/${release.name}`,
        "",
        `${release.project ?? `${release.owner}/${release.repo}`} ${release.version} · ${release.style}${release.language ? ` · ${release.language}` : ""} · ${release.source ? `[source](${release.source})` : "source unknown"} · ${release.url}`,
        ...(release.about ? ["", `_${release.about}_`] : []),
        "",
        section("single", results.single.result, results.single.defects),
        "",
        section("thread", results.thread.result, results.thread.defects),
      ].join("\n"),
    );
    process.stderr.write(".");
  }
  process.stderr.write("\n");
  const summary = [...totals].sort((a, b) => b[1] - a[1]).map(([check, count]) => `${check} ${count}`).join(", ") || "none";
  const report = [
    "# Composer output on the golden review set and the corpus",
    "",
    `${releases.length} releases, single and thread, max length ${MAX_LENGTH}, thread cap ${threadCap}. Defects by check: ${summary}.`,
    "The defects are the objective checks of test/support/post-checks.ts; whether a post is publishable is for the reader to judge (POST-QUALITY.md).",
    "",
    "| set | file | style | language | single | thread |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    ...bodies.flatMap((body) => [body, ""]),
  ].join("\n");
  writeFileSync(resolve(positionals[0]), report);
  console.log(`golden: ${releases.length} releases → ${positionals[0]} (defects: ${summary})`);
}

await main();
