// Bundles the three entries into dist/ with @vercel/ncc.
// The Action runs from a checkout with no node_modules, so its bundle carries every dependency.
// The plugin and the CLI are installed by npm with their dependencies, so those stay external:
// dist/ stays small and users get one copy of each library.
// Usage: node scripts/build.js [action|plugin|cli ...]   (no argument: all three)
import { readFile, rm, writeFile, mkdir, readdir, rename, stat } from "node:fs/promises";
import { join } from "node:path";
import ncc from "@vercel/ncc";

const root = new URL("..", import.meta.url).pathname;
const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
// Each runtime dependency with every subpath (twitter-text/dist/…): ncc's object form takes "/regex/" keys.
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const runtimeDeps = Object.fromEntries(
  Object.keys(pkg.dependencies ?? {}).map((name) => [`/^(${escape(name)}(?:\\/.*)?)$/`, "$1"]),
);

const entries = {
  action: { input: "src/action/index.ts", externals: {} },
  plugin: { input: "src/plugin/index.ts", externals: runtimeDeps },
  cli: { input: "src/cli/index.ts", externals: runtimeDeps },
};

// twitter-text requires "punycode", meaning the userland package it depends on. Inside a bundle Node resolves that
// to its deprecated built-in and prints DEP0040 on every run, so the bundle carries the userland copy instead.
const BUILTIN_PUNYCODE = '__WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode")';
const punycodeSource = await readFile(join(root, "node_modules", "punycode", "punycode.js"), "utf8");

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(entries);

for (const name of names) {
  const entry = entries[name];
  if (!entry) throw new Error(`Unknown entry '${name}'. Expected one of: ${Object.keys(entries).join(", ")}.`);
  const outDir = join(root, "dist", name);
  const { code, assets } = await ncc(join(root, entry.input), {
    externals: entry.externals,
    minify: false,
    sourceMap: false,
    quiet: true,
    target: "es2023",
    license: name === "action" ? "licenses.txt" : "",
  });
  // Write beside, then swap, so a test that is running the old bundle never sees a half-written one.
  const tmpDir = `${outDir}.tmp-${process.pid}`;
  const files = { "index.js": code, ...Object.fromEntries(Object.entries(assets).map(([file, asset]) => [file, asset.source])) };
  for (const [file, source] of Object.entries(files)) {
    if (!file.endsWith(".js") || !String(source).includes(BUILTIN_PUNYCODE)) continue;
    files[file] = String(source).replaceAll(BUILTIN_PUNYCODE, BUILTIN_PUNYCODE.replace('"punycode"', '"./punycode.cjs"'));
    files["punycode.cjs"] = punycodeSource;
  }
  for (const [file, source] of Object.entries(files)) {
    const target = join(tmpDir, file);
    await mkdir(join(target, ".."), { recursive: true });
    await writeFile(target, source);
  }
  await rm(outDir, { recursive: true, force: true });
  await rename(tmpDir, outDir);
  const size = await dirSize(outDir);
  console.log(`dist/${name}: ${(size / 1024).toFixed(0)} KiB`);
}

async function dirSize(dir) {
  let total = 0;
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    total += item.isDirectory() ? await dirSize(path) : (await stat(path)).size;
  }
  return total;
}
