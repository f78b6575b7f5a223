// The npm package semantic-release is releasing, read from package.json in its working directory: the name its
// readers know ("@tanstack/query", not the repository's "query"). Absent, private or unreadable: none.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function packageName(cwd: string | undefined): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(cwd ?? process.cwd(), "package.json"), "utf8")) as { name?: unknown; private?: unknown };
    const name = typeof manifest.name === "string" ? manifest.name.trim() : "";
    // A private root manifest names the workspace ("monorepo", "root"), not what is released.
    return name && manifest.private !== true ? name : undefined;
  } catch {
    return undefined;
  }
}
