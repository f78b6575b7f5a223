// The package's version for `release-tweet --version`, read from its package.json when asked: the committed bundle is
// not rebuilt when a release bumps the version, so a version copied in at build time would go stale.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** package.json two levels up: from src/cli/ in a checkout, from dist/cli/ in the installed package. */
export function packageVersion(moduleUrl: string = import.meta.url): string {
  const manifest = join(dirname(fileURLToPath(moduleUrl)), "..", "..", "package.json");
  const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version?: unknown };
  if (typeof version !== "string") throw new Error(`${manifest} has no version.`);
  return version;
}
