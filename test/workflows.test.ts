// The workflow files follow the rules of a well-run Action repository: third-party actions pinned to a commit,
// minimal permissions, Node 24, no untrusted checkout under pull_request_target; CI mirrors .ci/run and self-tests the
// Action with `uses: ./`; the release publishes with provenance, announces with this plugin and moves the major tag.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = join(import.meta.dirname, "..");
const workflowsDir = join(root, ".github", "workflows");

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}
interface Job {
  uses?: string;
  needs?: string | string[];
  permissions?: unknown;
  steps?: Step[];
}
interface Workflow {
  on?: unknown;
  permissions?: unknown;
  jobs?: Record<string, Job>;
}

const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/;

/** Everything wrong with one workflow file, in words; [] when it follows the rules. */
function workflowProblems(text: string): string[] {
  const workflow = parse(text) as Workflow;
  const problems: string[] = [];
  const lines = text.split("\n");

  if (workflow.permissions === undefined) problems.push("no top-level permissions");
  else if (!isMinimal(workflow.permissions)) problems.push(`top-level permissions are not minimal: ${JSON.stringify(workflow.permissions)}`);

  const triggers = triggerNames(workflow.on);
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    const uses = [job.uses, ...(job.steps ?? []).map((step) => step.uses)].filter((value): value is string => !!value);
    for (const value of uses) {
      if (value.startsWith("./")) continue;
      if (value.startsWith("docker://")) {
        if (!/@sha256:[0-9a-f]{64}$/.test(value)) problems.push(`${name}: ${value} is not pinned to a digest`);
        continue;
      }
      if (!PINNED.test(value)) {
        problems.push(`${name}: ${value} is not pinned to a full commit SHA`);
        continue;
      }
      const line = lines.find((candidate) => candidate.includes(`uses: ${value}`));
      if (!line || !/#\s*v\d+\.\d+\.\d+\s*$/.test(line)) problems.push(`${name}: ${value} has no '# vX.Y.Z' comment`);
    }
    for (const step of job.steps ?? []) {
      if (step.uses?.startsWith("actions/setup-node@") && !/^24(?:\.x)?$/.test(String(step.with?.["node-version"] ?? ""))) {
        problems.push(`${name}: setup-node without node-version 24`);
      }
      if (triggers.includes("pull_request_target")) {
        const ref = String(step.with?.ref ?? "");
        if (step.uses === "./" || (step.uses?.startsWith("actions/checkout@") && /pull_request\.head|head_ref|merge/.test(ref))) {
          problems.push(`${name}: pull_request_target runs code from the pull request`);
        }
      }
    }
  }
  return problems;
}

/** `{}` or `contents: read` alone: anything more is granted per job. */
function isMinimal(permissions: unknown): boolean {
  if (typeof permissions !== "object" || permissions === null) return false;
  return Object.entries(permissions).every(([scope, level]) => scope === "contents" && level === "read");
}

function triggerNames(on: unknown): string[] {
  if (typeof on === "string") return [on];
  if (Array.isArray(on)) return on.map(String);
  return on && typeof on === "object" ? Object.keys(on) : [];
}

function hasWrite(permissions: unknown): boolean {
  if (permissions === "write-all") return true;
  return typeof permissions === "object" && permissions !== null && Object.values(permissions).includes("write");
}

const files = readdirSync(workflowsDir).filter((file) => /\.ya?ml$/.test(file));
const texts = Object.fromEntries(files.map((file) => [file, readFileSync(join(workflowsDir, file), "utf8")]));
const workflows = Object.fromEntries(files.map((file) => [file, parse(texts[file]!) as Workflow]));

describe("every workflow file", () => {
  it("exists: ci.yml and release.yml", () => {
    expect(files).toEqual(expect.arrayContaining(["ci.yml", "release.yml"]));
  });

  it.each(files)("%s pins actions to commits, keeps permissions minimal and uses Node 24", (file) => {
    expect(workflowProblems(texts[file]!)).toEqual([]);
  });

  it("grants write permissions only to the release job", () => {
    const writers = Object.entries(workflows).flatMap(([file, workflow]) =>
      Object.entries(workflow.jobs ?? {})
        .filter(([, job]) => hasWrite(job.permissions))
        .map(([name]) => `${file}:${name}`),
    );
    expect(writers).toEqual(["release.yml:release"]);
  });
});

describe("the rules catch what they are for", () => {
  const base = (extra: string, permissions = "permissions:\n  contents: read\n") =>
    `on: push\n${permissions}jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${extra}`;

  it("passes a clean workflow", () => {
    expect(workflowProblems(base("      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1\n"))).toEqual([]);
  });

  it("flags an action pinned to a tag, a SHA without its version comment, and a docker image by tag", () => {
    const problems = workflowProblems(
      base(
        "      - uses: actions/checkout@v7\n" +
          "      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020\n        with:\n          node-version: 24\n" +
          "      - uses: docker://alpine:3\n",
      ),
    );
    expect(problems).toHaveLength(3);
  });

  it("flags missing or broad top-level permissions", () => {
    expect(workflowProblems(base("      - run: true\n", ""))).toEqual(["no top-level permissions"]);
    expect(workflowProblems(base("      - run: true\n", "permissions: write-all\n"))).toHaveLength(1);
    expect(workflowProblems(base("      - run: true\n", "permissions:\n  contents: write\n"))).toHaveLength(1);
  });

  it("flags setup-node on another Node", () => {
    const step = "      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0\n        with:\n          node-version: 20\n";
    expect(workflowProblems(base(step))).toEqual(["build: setup-node without node-version 24"]);
  });

  it("flags pull_request_target that checks out the pull request's code", () => {
    const text =
      "on: pull_request_target\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n" +
      "      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1\n" +
      "        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n";
    expect(workflowProblems(text)).toEqual(["build: pull_request_target runs code from the pull request"]);
  });
});

describe("ci.yml", () => {
  const ci = workflows["ci.yml"]!;

  it("runs the steps of .ci/run, in its order", () => {
    const commands = ["npm ci", "npm run typecheck", "npm run lint", "npm run build", "npm test"];
    const order = (text: string) =>
      commands.map((command) => text.indexOf(command)).map((at, i) => (at === -1 ? `missing ${commands[i]}` : at));
    const ciRun = readFileSync(join(root, ".ci", "run"), "utf8");
    const steps = (ci.jobs?.check?.steps ?? []).map((step) => step.run ?? "").join("\n");
    for (const text of [ciRun, steps]) {
      const positions = order(text);
      expect(positions.every((at) => typeof at === "number")).toBe(true);
      expect([...(positions as number[])].sort((a, b) => a - b)).toEqual(positions);
    }
    expect(steps).toMatch(/git status --porcelain -- dist/);
  });

  it("self-tests the committed bundle: the script on a synthetic release, then `uses: ./` in dry run, then its outputs", () => {
    const steps = ci.jobs?.["self-test"]?.steps ?? [];
    const script = steps.findIndex((step) => step.run === "npm run self-test");
    const action = steps.findIndex((step) => step.uses === "./");
    const check = steps.findIndex((step) => step.run === "npm run self-test -- check");
    expect(script).toBeGreaterThan(-1);
    expect(action).toBeGreaterThan(script);
    expect(check).toBeGreaterThan(action);
    expect(steps.some((step) => step.run?.includes("npm run build"))).toBe(false);
    expect(steps[action]!.with?.["dry-run"]).toBe(true);
    const id = steps[action]!.id!;
    expect(steps[check]!.env?.TEXT).toBe(`\${{ steps.${id}.outputs.text }}`);
    expect(steps[check]!.env?.TEXTS).toBe(`\${{ steps.${id}.outputs.texts }}`);
  });
});

describe("release.yml", () => {
  const release = workflows["release.yml"]!;
  const job = release.jobs?.release ?? {};
  const steps = job.steps ?? [];

  it("runs on main after CI, with the permissions a release needs and nothing more", () => {
    expect(release.on).toEqual({ push: { branches: ["main"] } });
    expect(release.jobs?.ci?.uses).toBe("./.github/workflows/ci.yml");
    expect(job.needs).toBe("ci");
    expect(job.permissions).toEqual({ contents: "write", issues: "write", "pull-requests": "write", "id-token": "write" });
  });

  it("runs semantic-release with the X secrets, then moves the major tag", () => {
    const checkout = steps.find((step) => step.uses?.startsWith("actions/checkout@"));
    expect(checkout?.with?.["fetch-depth"]).toBe(0);
    const semanticRelease = steps.findIndex((step) => step.run === "npx semantic-release");
    expect(semanticRelease).toBeGreaterThan(-1);
    const env = steps[semanticRelease]!.env ?? {};
    for (const name of ["GITHUB_TOKEN", "TWITTER_API_KEY", "TWITTER_API_SECRET", "TWITTER_ACCESS_TOKEN", "TWITTER_ACCESS_TOKEN_SECRET"]) {
      expect(env[name], name).toBe(`\${{ secrets.${name} }}`);
    }
    const moveTag = steps.findIndex((step) => step.run?.includes("scripts/move-major-tag.sh"));
    expect(moveTag).toBeGreaterThan(semanticRelease);
  });

  it("publishes with provenance and announces with this project's own plugin, after the GitHub release", async () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { publishConfig?: { provenance?: boolean } };
    expect(pkg.publishConfig?.provenance).toBe(true);
    const config = JSON.parse(readFileSync(join(root, ".releaserc.json"), "utf8")) as { branches: string[]; plugins: unknown[] };
    expect(config.branches).toEqual(["main"]);
    const names = config.plugins.map((plugin) => (Array.isArray(plugin) ? plugin[0] : plugin) as string);
    expect(names).toEqual(expect.arrayContaining(["@semantic-release/npm", "@semantic-release/github", "./dist/plugin/index.js"]));
    expect(names.indexOf("./dist/plugin/index.js")).toBeGreaterThan(names.indexOf("@semantic-release/github"));
    // semantic-release resolves a relative plugin from the working directory: the bundle must be there and be a plugin.
    const plugin = (await import(join(root, "dist", "plugin", "index.js"))) as Record<string, unknown>;
    for (const step of ["verifyConditions", "generateNotes", "success"]) expect(typeof plugin[step], step).toBe("function");
  });
});
