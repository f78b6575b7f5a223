// Bundles the three entries into dist/ with @vercel/ncc; scripts/bench.js reuses bundle() for its throwaway bundles.
// The Action runs from a checkout with no node_modules, so its bundle carries every dependency.
// The plugin and the CLI are installed by npm with their dependencies, so those stay external:
// dist/ stays small and users get one copy of each library.
// Usage: node scripts/build.js [action|plugin|cli ...]   (no argument: all three)
import { readFile, rm, writeFile, mkdir, readdir, rename, stat } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { pathToFileURL } from "node:url";
import ncc from "@vercel/ncc";

export const root = new URL("..", import.meta.url).pathname;
const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
// Each runtime dependency with every subpath (twitter-text/dist/…): ncc's object form takes "/regex/" keys.
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const runtimeDeps = Object.fromEntries(
  Object.keys(pkg.dependencies ?? {}).map((name) => [`/^(${escape(name)}(?:\\/.*)?)$/`, "$1"]),
);

// twitter-text's CommonJS build loads ~25 core-js 2 polyfill modules for ES2015 features that Node 24 has natively;
// each one checks the native feature, finds it correct and changes nothing, at ~10 ms of every Action start
// (docs/performance.md). The Action always runs on Node 24 (action.yml), so its bundle maps them to a built-in
// that is already loaded. The plugin and the CLI keep npm's copy: they run on whatever Node the user has.
//
// @actions/core's entry also loads its OIDC client (getIDToken: @actions/http-client, undici 6 and tunnel, ~1 MB) and
// @actions/exec (for platform details). The Action calls neither; loading them cost ~100 ms of every start
// (docs/performance.md). The bundle maps both requests to the same loaded built-in, so that code is never parsed: a
// call of core.getIDToken() or core.platform.getDetails() would fail. test/action/lean-bundle.test.ts checks that the
// entry chunk holds neither, and @actions/github (a lazy chunk) keeps its own http-client.
export const ACTION_EXTERNALS = {
  "/^core-js\\/modules\\/.*$/": "node:process",
  "/^\\.\\/oidc-utils\\.js$/": "node:process",
  "/^@actions\\/exec$/": "node:process",
};

// Not minified: measured (docs/performance.md) it saves no start-up time, ncc minifies only the entry chunk, and
// the Action's stack traces in debug logs stay readable.
const entries = {
  action: { input: "src/action/index.ts", externals: ACTION_EXTERNALS, license: "licenses.txt" },
  plugin: { input: "src/plugin/index.ts", externals: runtimeDeps },
  cli: { input: "src/cli/index.ts", externals: runtimeDeps },
};

// twitter-text requires "punycode", meaning the userland package it depends on. Inside a bundle Node resolves that
// to its deprecated built-in and prints DEP0040 on every run, so the bundle carries the userland copy instead.
const BUILTIN_PUNYCODE = '__WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode")';
const punycodeSource = await readFile(join(root, "node_modules", "punycode", "punycode.js"), "utf8");

/**
 * Bundles one input (a path relative to the repository, or absolute) into a map of file name → source.
 * options: externals (ncc's object form), license (file name for the licenses, or none), minify.
 */
export async function bundle(input, { externals = {}, license = "", minify = false } = {}) {
  const { code, assets, stats } = await ncc(isAbsolute(input) ? input : join(root, input), {
    externals,
    minify,
    sourceMap: false,
    quiet: true,
    target: "es2023",
  });
  const files = { "index.js": code, ...Object.fromEntries(Object.entries(assets).map(([file, asset]) => [file, asset.source])) };
  const packages = bundledPackages(stats);
  for (const [file, source] of Object.entries(files)) {
    if (!file.endsWith(".js") || !String(source).includes(BUILTIN_PUNYCODE)) continue;
    files[file] = String(source).replaceAll(BUILTIN_PUNYCODE, BUILTIN_PUNYCODE.replace('"punycode"', '"./punycode.cjs"'));
    files["punycode.cjs"] = punycodeSource;
    packages.add(join(root, "node_modules", "punycode"));
  }
  if (license) files[license] = await licenseText(packages);
  return files;
}

/** The directories of the npm packages whose code is in the bundle (concatenated ES modules included). */
function bundledPackages(stats) {
  const packages = new Set();
  const add = (resource) => {
    const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(resource ?? "");
    if (match?.[1]) packages.add(match[1]);
  };
  for (const module of stats.compilation.modules) {
    add(module.resource);
    for (const inner of module.modules ?? []) add(inner.resource);
  }
  return packages;
}

/**
 * Every bundled package's name, version, license and license text, sorted by name. ncc's own license file
 * misses concatenated ES modules and packages without a "license" field (twitter-text's Apache-2.0).
 */
async function licenseText(packageDirs) {
  const entries = [];
  for (const dir of packageDirs) {
    const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
    const files = (await readdir(dir)).filter((file) => /^(?:licen[cs]e|notice|copying)/i.test(file)).sort();
    const texts = await Promise.all(files.map((file) => readFile(join(dir, file), "utf8")));
    const id = typeof manifest.license === "string" ? manifest.license : "see the license text below";
    entries.push({ name: manifest.name, text: `${manifest.name}@${manifest.version}\n${id}\n${texts.map((text) => text.trim()).join("\n\n")}` });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return `${entries.map((entry) => entry.text).join("\n\n---\n\n")}\n`;
}

/** Writes the files into outDir, beside then swapped, so a test running the old bundle never sees a half-written one. */
export async function writeBundle(outDir, files) {
  const tmpDir = `${outDir}.tmp-${process.pid}`;
  for (const [file, source] of Object.entries(files)) {
    const target = join(tmpDir, file);
    await mkdir(join(target, ".."), { recursive: true });
    // The CLI's entry is the package's bin: npm and `git ls-files -s` must see it executable (mode 100755).
    await writeFile(target, source, { mode: String(source).startsWith("#!") ? 0o755 : 0o644 });
  }
  await rm(outDir, { recursive: true, force: true });
  await rename(tmpDir, outDir);
}

export async function dirSize(dir) {
  let total = 0;
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    total += item.isDirectory() ? await dirSize(path) : (await stat(path)).size;
  }
  return total;
}

async function main(wanted) {
  const names = wanted.length > 0 ? wanted : Object.keys(entries);
  for (const name of names) {
    const entry = entries[name];
    if (!entry) throw new Error(`Unknown entry '${name}'. Expected one of: ${Object.keys(entries).join(", ")}.`);
    const outDir = join(root, "dist", name);
    await writeBundle(outDir, await bundle(entry.input, entry));
    console.log(`dist/${name}: ${((await dirSize(outDir)) / 1024).toFixed(0)} KiB`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
