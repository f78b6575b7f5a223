// Rebuilds dist/ before the suite when any source is newer than its bundle, so end-to-end tests never run stale code.
// CI builds (and checks dist/ against the commit) before testing, so there this finds nothing to do.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const sources = Math.max(newestMtime(join(root, "src")), statSync(join(root, "package.json")).mtimeMs);
  const stale = ["action", "plugin", "cli"].filter((entry) => {
    const bundle = join(root, "dist", entry, "index.js");
    return !existsSync(bundle) || statSync(bundle).mtimeMs < sources;
  });
  if (stale.length === 0) return;
  console.log(`dist/ is older than src/: building ${stale.join(", ")}`);
  try {
    execFileSync(process.execPath, [join(root, "scripts", "build.js"), ...stale], { cwd: root, stdio: "inherit" });
  } catch {
    // Unit tests can still run; the end-to-end tests that need the bundle will fail and say why.
    console.warn("Build failed: end-to-end tests will run against the existing dist/.");
  }
}
