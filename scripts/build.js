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
const runtimeDeps = Object.keys(pkg.dependencies ?? {});

const entries = {
  action: { input: "src/action/index.ts", externals: [] },
  plugin: { input: "src/plugin/index.ts", externals: runtimeDeps },
  cli: { input: "src/cli/index.ts", externals: runtimeDeps },
};

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
  await mkdir(tmpDir, { recursive: true });
  await writeFile(join(tmpDir, "index.js"), code);
  for (const [file, asset] of Object.entries(assets)) {
    const target = join(tmpDir, file);
    await mkdir(join(target, ".."), { recursive: true });
    await writeFile(target, asset.source);
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
