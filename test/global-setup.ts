// Before the suite: rebuilds dist/ when any source is newer than its bundle, so end-to-end tests never run stale code
// (CI builds and checks dist/ first, so there this finds nothing to do); and gives the run its own temp folder.
// After it: fails the run when a test left anything in a temp folder (issue 14 "Tests leave nothing behind").
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isolateTempFolder } from "./support/temp-isolation.js";

const root = join(import.meta.dirname, "..");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfStale(): void {
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

/**
 * Gives the run its own temp folder (support/temp-isolation.ts); when the run ends, anything left there, or new in
 * the system temp folder under the tests' prefix, fails the run by name (and is removed).
 */
function checkedTempFolder(): () => void {
  const check = isolateTempFolder(tmpdir(), process.env);
  return () => {
    const leaked = check();
    if (leaked.length === 0) return;
    // Vitest logs an error thrown here without failing the run: the exit code fails it, the message says why.
    process.exitCode = 1;
    const list = leaked.map((path) => `  ${path}`).join("\n");
    console.error(
      `\nFAIL: the tests left ${leaked.length} entr${leaked.length === 1 ? "y" : "ies"} in the temp folder (now removed):\n${list}\n` +
        "Make temporary directories with makeTempDir (test/support/temp-dir.ts), and remove what a spawned tool leaves.\n",
    );
  };
}

export default function setup(): () => void {
  buildIfStale();
  return checkedTempFolder();
}
