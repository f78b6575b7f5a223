// The tests' temporary directories: one recognisable prefix, and removed when their test file ends (the setup file
// test/support/remove-temp-dirs.ts does it for every file). test/global-setup.ts fails the run if any is left.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Every temporary entry a test makes starts with this, so a leak is recognisable among other programs' files. */
export const TEMP_PREFIX = "release-tweet-test-";

const made = new Set<string>();

/** A new empty directory under the temp folder, e.g. release-tweet-test-preview-Ab12Cd; removed when the file ends. */
export function makeTempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${TEMP_PREFIX}${label}-`));
  made.add(dir);
  return dir;
}

/** Removes one directory now (a test that makes many, such as each run of the Action). */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  made.delete(dir);
}

/** Removes every directory this test file made. */
export function removeTempDirs(): void {
  for (const dir of made) removeTempDir(dir);
}
