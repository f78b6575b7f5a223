// The README a newcomer finishes, and the reference pages in docs/ it links: generated tables that match action.yml,
// links that resolve, one supported-Node statement, and documented workflows that start one run per release.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { brokenLink, codeBlocks, docFiles, links, read, root } from "./support/markdown-docs.js";
import { makeTempDir } from "./support/temp-dir.js";

const script = join(root, "scripts", "docs.js");
const configurationPath = join(root, "docs", "configuration.md");
const configuration = readFileSync(configurationPath, "utf8");
const readme = read("README.md");
const action = parse(read("action.yml")) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string };
};
const pkg = JSON.parse(read("package.json")) as { engines: { node: string } };

function check(path: string) {
  return spawnSync(process.execPath, [script, "--check", path], { encoding: "utf8" });
}

function copyOf(text: string): string {
  const path = join(makeTempDir("docs"), "configuration.md");
  writeFileSync(path, text);
  return path;
}

describe("the Action's tables in docs/configuration.md", () => {
  it("match action.yml (run `npm run docs` when this fails)", () => {
    const result = check(configurationPath);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("list every input and output of action.yml with its default", () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      const row = configuration.split("\n").find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, name).toBeDefined();
      if (input.default) expect(row).toContain(`\`${input.default}\``);
    }
    for (const name of Object.keys(action.outputs)) expect(configuration).toContain(`| \`${name}\` |`);
  });

  it("--check fails on a stale table and `docs` repairs it", () => {
    const stale = configuration.replace("| `dry-run` | no | `false` |", "| `dry-run` | no | `true` |");
    expect(stale).not.toBe(configuration);
    const path = copyOf(stale);

    const result = check(path);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("stale");
    expect(readFileSync(path, "utf8")).toBe(stale); // --check changes nothing

    execFileSync(process.execPath, [script, path]);
    expect(readFileSync(path, "utf8")).toBe(configuration);
    expect(check(path).status).toBe(0);
  });

  it("--check fails when the markers are missing", () => {
    const result = check(copyOf(configuration.replace("<!-- action-outputs:end -->", "")));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("action-outputs:end");
  });
});

describe("README", () => {
  it("is at most 15 KB", () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15 * 1024);
  });

  it("starts Development with the set-up and test commands, then the preview", () => {
    const development = readme.slice(readme.indexOf("\n## Development\n"));
    const lines = development.split("\n").filter((line) => line.trim() !== "");
    expect(lines.slice(0, 5)).toEqual(["## Development", "```sh", "npm ci", "npm test", "```"]);
    expect(development.indexOf("npm run preview")).toBeGreaterThan(development.indexOf("npm test"));
  });

  it("links every page of docs/", () => {
    const linked = new Set(links(readme).map((target) => target.split("#")[0]));
    const pages = docFiles().filter((file) => file.startsWith("docs/"));
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expect(pages.filter((page) => !linked.has(page))).toEqual([]);
  });

  it("names the Action by its home, release-tweet/release-tweet", () => {
    for (const file of docFiles()) expect(read(file), file).not.toMatch(/<owner>\/release-tweet|[\w-]+\/release-tweet@(?!v1\b)/);
    expect(readme).toContain("uses: release-tweet/release-tweet@v1");
  });
});

describe("links in README.md and docs/", () => {
  it("resolve to an existing file and heading", () => {
    const broken = docFiles().flatMap((file) => links(read(file)).map((target) => brokenLink(file, target)));
    expect(broken.filter(Boolean)).toEqual([]);
  });

  it("are checked: a missing heading or file is reported", () => {
    expect(brokenLink("README.md", "docs/errors.md#exduplicate")).toBeUndefined();
    expect(brokenLink("README.md", "docs/errors.md#enosuchcode")).toMatch(/no heading #enosuchcode/);
    expect(brokenLink("docs/errors.md", "../README.md#no-such-section")).toMatch(/no heading/);
    expect(brokenLink("README.md", "docs/nothing.md")).toMatch(/no file/);
    expect(brokenLink("README.md", "https://github.com/release-tweet/release-tweet/blob/main/docs/errors.md#nope")).toMatch(/no heading/);
  });
});

describe("the supported Node.js versions", () => {
  const minimum = /^>=\s*(\d+\.\d+\.\d+)$/.exec(pkg.engines.node)?.[1];
  const runtime = /^node(\d+)$/.exec(action.runs.using)?.[1];

  it("are stated once in the README, as engines and action.yml say", () => {
    expect(minimum).toBeDefined();
    expect(runtime).toBeDefined();
    expect(readme).toContain(`The Action runs on the runner's Node ${runtime} (\`runs.using: node${runtime}\`).`);
    expect(readme).toContain(`The plugin and the CLI need Node.js ≥ ${minimum}`);
  });

  it("are not contradicted anywhere in the docs", () => {
    for (const file of docFiles()) {
      const text = read(file);
      for (const [, version] of text.matchAll(/Node(?:\.js)?\s*(?:≥|>=)\s*(\d+(?:\.\d+)*)/g)) expect(version, file).toBe(minimum);
      for (const [, version] of text.matchAll(/\bnode(\d+)\b/g)) expect(version, file).toBe(runtime);
    }
  });
});

describe("documented workflows", () => {
  const workflows = docFiles().flatMap((file) =>
    codeBlocks(read(file), "yaml")
      .map((text) => ({ file, workflow: parse(text) as unknown }))
      .filter((block): block is { file: string; workflow: Record<string, unknown> } =>
        typeof block.workflow === "object" && block.workflow !== null && "on" in block.workflow,
      ),
  );
  const announcing = workflows.filter(({ workflow }) => JSON.stringify(workflow).includes("release-tweet/release-tweet@v1"));

  it("are found", () => {
    expect(announcing.length).toBeGreaterThanOrEqual(3);
  });

  it("start one run per release: `released`, and `prereleased` only where prereleases are announced", () => {
    for (const { file, workflow } of announcing) {
      const on = workflow.on as Record<string, { types?: string[] } | null>;
      if (!("release" in on)) continue;
      const types = on.release?.types ?? [];
      expect(types, file).toContain("released");
      expect(types.filter((type) => type !== "released" && type !== "prereleased"), file).toEqual([]);
      const prereleases = JSON.stringify(workflow).includes('"include-prereleases":true');
      expect(types.includes("prereleased"), file).toBe(prereleases);
    }
    expect(announcing.some(({ workflow }) => "release" in (workflow.on as object))).toBe(true);
  });

  it("need no concurrency workaround and keep permissions to contents: read", () => {
    for (const { file, workflow } of announcing) {
      expect(workflow, file).not.toHaveProperty("concurrency");
      expect(workflow.permissions, file).toEqual({ contents: "read" });
    }
  });
});
