// One temp folder for a whole test run, and the check that the run left nothing behind (used by test/global-setup.ts).
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { TEMP_PREFIX } from "./temp-dir.js";

/**
 * Caches that tools keep in the temp folder on purpose and reuse from run to run, not leaks: Node's module compile
 * cache, which npm turns on (module.enableCompileCache). In the run's folder they are removed with it.
 */
const TOOL_CACHES = new Set(["node-compile-cache"]);

const RUN_PREFIX = `${TEMP_PREFIX}run-`;

/** Our entries in a temp folder: only names with the tests' prefix, since other programs use the folder too; not the
 *  folders of other test runs going on at the same time (each checks and removes its own). */
function ourEntries(dir: string): Set<string> {
  return new Set(readdirSync(dir).filter((name) => name.startsWith(TEMP_PREFIX) && !name.startsWith(RUN_PREFIX)));
}

/**
 * Points TMPDIR (and TEMP, TMP) in `env` at a fresh directory inside `systemTemp`, so every worker and every process
 * they start with the environment passed on makes its temporary files there. The returned check restores `env`,
 * removes that directory, and returns what was left: everything in it (a test's or a tool's), and anything new in
 * `systemTemp` under the tests' prefix (it escaped the redirection). Leaks found are removed too.
 */
export function isolateTempFolder(systemTemp: string, env: NodeJS.ProcessEnv): () => string[] {
  const before = ourEntries(systemTemp);
  const runTemp = mkdtempSync(join(systemTemp, RUN_PREFIX));
  const names = ["TMPDIR", "TEMP", "TMP"] as const;
  const saved = names.map((name) => [name, env[name]] as const);
  for (const name of names) env[name] = runTemp;

  return () => {
    const leftInRun = readdirSync(runTemp)
      .filter((name) => !TOOL_CACHES.has(name))
      .map((name) => join(runTemp, name));
    const escaped = [...ourEntries(systemTemp)]
      .filter((name) => !before.has(name) && join(systemTemp, name) !== runTemp)
      .map((name) => join(systemTemp, name));
    for (const path of [runTemp, ...escaped]) rmSync(path, { recursive: true, force: true });
    for (const [name, value] of saved) {
      if (value === undefined) delete env[name];
      else env[name] = value;
    }
    return [...leftInRun, ...escaped];
  };
}
