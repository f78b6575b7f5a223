// `release-tweet preview`: prints the exact posts the composer makes for a release, with X's weighted length.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_MAX_LENGTH, DEFAULT_MAX_POSTS, DEFAULT_TEMPLATE, MAX_LENGTH_LIMIT, MAX_POSTS_LIMIT } from "../notes/compose.js";
import { describeError, ReleaseTweetError } from "../core/errors.js";
import { SAMPLE_RELEASE } from "../notes/sample-release.js";
import { wholeNumberFromText, maxLengthProblem, maxPostsProblem } from "../core/setting-rules.js";
import type { Release } from "../core/types.js";
import { describeCost, planCost } from "../x/cost.js";
import { describeImage, readImage } from "../x/image.js";
import { describePlan, planUpload } from "../x/media.js";
import type { CliIo } from "./io.js";
import { previewJson, previewNetworks, previewPlan, printNetwork } from "./preview-networks.js";
import { argumentProblem, sentence, USAGE_STATUS } from "./usage.js";
import { versionOfTag } from "../core/tag-version.js";

const HELP = `Usage: release-tweet preview [options]

Shows the exact posts release-tweet would send, without posting anything.
With no options it previews a built-in sample release.

Options:
  --notes FILE|-        Release notes (Markdown) from FILE, or from stdin with '-'
  --version V           Version, e.g. 1.2.0 (default: --tag without a leading 'v')
  --tag T               Git tag, e.g. v1.2.0 (default: 'v' + --version)
  --name N              Release name (default: the tag)
  --url U               Release page URL (default: the GitHub release page, from --repo owner/name and the tag)
  --repo owner/name     Repository; fills {owner} and {repo}
  --project NAME        The project's name for the default opener (default: from --name or --repo)
  --template T          Post template (default: ${JSON.stringify(DEFAULT_TEMPLATE)})
                        Placeholders: {version} {tag} {name} {repo} {owner} {url} {notes}; {{ and }} are braces
  --thread              Continue long notes in replies instead of one post with the most important changes
  --max-posts N         A thread's cap, 1-${MAX_POSTS_LIMIT} (default: ${DEFAULT_MAX_POSTS}); the last post points at the full notes
  --numbering           Number a thread's posts (1/4, 2/4, …)
  --max-length N        X's weighted limit per post, 1-${MAX_LENGTH_LIMIT} (default: ${DEFAULT_MAX_LENGTH}; Premium allows more)
  --image FILE          An image for X's first post (PNG, JPEG, GIF or WEBP; checked, not uploaded)
  --image-alt TEXT      The image's alt text (at most 1,000 characters)
  --network NAME        Only this network: x, bluesky or mastodon (default: X, and Bluesky and Mastodon
                        when their credentials are in the environment)
  --bluesky-template T  Bluesky's own template (default: --template)
  --mastodon-template T Mastodon's own template (default: --template)
  --json                Print the posts as JSON: {"posts": [{"text", "weightedLength"}], "cost", "image", …,
                        "networks": {…}}; the fields beside "networks" are X's, "networks" holds each network shown
  -h, --help            Show this help

Exit status: 0 done, 1 failed, 2 bad arguments.`;

const OPTIONS = {
  notes: { type: "string" },
  version: { type: "string" },
  tag: { type: "string" },
  name: { type: "string" },
  url: { type: "string" },
  repo: { type: "string" },
  template: { type: "string" },
  project: { type: "string" },
  thread: { type: "boolean" },
  "max-length": { type: "string" },
  "max-posts": { type: "string" },
  numbering: { type: "boolean" },
  image: { type: "string" },
  "image-alt": { type: "string" },
  network: { type: "string" },
  "bluesky-template": { type: "string" },
  "mastodon-template": { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * Errors in the command line itself, which exit 2: an unknown option, a missing or bad value, a notes file that cannot
 * be read, a --template that is no template. What the notes make of it (a thread too long) exits 1.
 */
const USAGE_CODES = new Set([
  "EPREVIEWUSAGE",
  "EINVALIDMAXLENGTH",
  "EINVALIDMAXPOSTS",
  "ETEMPLATE",
  "EIMAGEPATH",
  "EIMAGENOTFOUND",
  "EIMAGETYPE",
  "EIMAGETOOLARGE",
  "EIMAGEALT",
]);

/** A bad command line (exit 2); a setting every door has keeps its one code (EINVALIDMAXLENGTH, …). */
function usageError(message: string, fix: string, code = "EPREVIEWUSAGE"): ReleaseTweetError {
  return new ReleaseTweetError(code, message, fix, { docs: "preview" });
}

async function readStream(stream: CliIo["stdin"]): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

async function readNotesFile(file: string, io: CliIo): Promise<string> {
  if (file === "-") return readStream(io.stdin);
  try {
    return await readFile(resolve(io.cwd, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a directory" : `cannot be read (${code ?? "error"})`;
    throw usageError(`The notes file '${file}' ${why}.`, "Pass the path of a Markdown file with --notes, or '-' to read stdin.");
  }
}

function parseMaxPosts(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = wholeNumberFromText(value);
  const problem = maxPostsProblem(number);
  if (problem !== undefined) {
    throw usageError(`--max-posts ${problem}, not '${value}'.`, `Use ${DEFAULT_MAX_POSTS}, or any number up to ${MAX_POSTS_LIMIT}.`, "EINVALIDMAXPOSTS");
  }
  return number;
}

function parseMaxLength(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = wholeNumberFromText(value);
  const problem = maxLengthProblem(number);
  if (problem !== undefined) {
    throw usageError(`--max-length ${problem}, not '${value}'.`, `Use 280, or up to ${MAX_LENGTH_LIMIT} for X Premium.`, "EINVALIDMAXLENGTH");
  }
  return number;
}

/** Fills missing values from each other: tag ⇄ version, name = tag, url from repo and tag. A version is a number: "v1.2.0" gives "1.2.0". */
function releaseFrom(values: { [K in "version" | "tag" | "name" | "url" | "repo"]?: string | undefined }, notes: string | null): Release {
  const tag = values.tag ?? (values.version ? `v${values.version.replace(/^v/, "")}` : "");
  const version = values.version?.replace(/^v(?=\d)/, "") ?? versionOfTag(tag);
  const [owner = "", repo = ""] = values.repo?.includes("/") ? values.repo.split("/", 2) : ["", values.repo ?? ""];
  if (values.repo !== undefined && !/^[\w.-]*\/?[\w.-]+$/.test(values.repo)) {
    throw usageError(`--repo must look like owner/name, not '${values.repo}'.`, "Pass --repo octo-org/my-project.");
  }
  // The page GitHub gives every release, so that a preview shows the link the real post will carry.
  const url = values.url ?? (owner && repo && tag ? `https://github.com/${owner}/${repo}/releases/tag/${encodeURIComponent(tag)}` : "");
  return { version, tag, name: values.name ?? tag, url, owner, repo, notes };
}

export async function runPreview(argv: string[], io: CliIo): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
    } catch (error) {
      throw usageError(argumentProblem(error), "Run 'release-tweet preview --help' for the options.");
    }
    const { values } = parsed;
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const maxLength = parseMaxLength(values["max-length"]);
    const maxPosts = parseMaxPosts(values["max-posts"]);
    const useSample = ["notes", "version", "tag", "name", "url", "repo", "project"].every((key) => values[key as keyof typeof values] === undefined);
    const release = useSample
      ? SAMPLE_RELEASE
      : releaseFrom(values, values.notes === undefined ? null : await readNotesFile(values.notes, io));
    const networks = previewNetworks(values.network, io.env);
    // The image is checked before anything is composed: a bad path is a bad command line.
    const image = await readImage(
      { path: values.image, alt: values["image-alt"], baseDir: io.cwd, baseName: "the current directory" },
      { image: "--image", imageAlt: "--image-alt" },
    );
    const upload = image ? planUpload(image) : null;
    const plan = await previewPlan(
      values.project ? { ...release, project: values.project } : release,
      {
        template: values.template,
        maxLength: maxLength ?? DEFAULT_MAX_LENGTH,
        thread: values.thread,
        maxPosts,
        numbering: values.numbering,
        settingNames: { maxLength: "--max-length", thread: "--thread", maxPosts: "--max-posts", numbering: "--numbering" },
      },
      { bluesky: values["bluesky-template"], mastodon: values["mastodon-template"] },
      networks,
      io,
    );
    const failed = plan.networks.find((network) => network.composition === undefined);
    if (failed) throw failed.error;
    const xPlan = plan.networks.find((network) => network.network === "x");
    const xPosts = xPlan?.composition?.posts;
    const cost = xPosts ? planCost(xPosts, upload) : null;
    if (values.json) {
      const attached = image && upload ? { path: image.path, type: image.type.label, bytes: image.bytes.length, alt: image.alt, upload } : null;
      const report = previewJson(plan);
      io.out(JSON.stringify(xPlan ? { ...report, image: attached, cost } : report, null, 2));
      return 0;
    }
    for (const warning of plan.warnings) io.err(`Warning: ${warning}`);
    if (useSample) io.out(`(No release given: previewing the built-in sample, ${release.repo} ${release.version}.)\n`);
    // The notes are read once, whatever the network: what they say about the reading is said once.
    for (const notice of plan.networks[0]?.composition?.notices ?? []) io.out(`(${notice})\n`);
    for (const network of plan.networks) {
      printNetwork(io, network, plan.networks.length > 1);
      if (network.network !== "x") continue;
      if (image && upload) io.out(`Image on post 1: ${describeImage(image)}; ${describePlan(upload)}.`);
      if (cost) io.out(describeCost(cost) + (plan.networks.length > 1 ? "\n" : ""));
    }
    return 0;
  } catch (error) {
    io.err(`release-tweet preview: ${sentence(describeError(error))}`);
    const usage = (e: unknown) => e instanceof ReleaseTweetError && USAGE_CODES.has(e.code);
    return usage(error) || (error instanceof AggregateError && error.errors.every(usage)) ? USAGE_STATUS : 1;
  }
}
