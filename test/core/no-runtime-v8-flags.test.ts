// V8 documents flags changed after start-up as unpredictable, crashes included: with `--no-regexp-tier-up` set at run
// time the Action ended with SIGSEGV in 2 of 528 runs of a thread post (docs/performance.md). The doors own their
// process but not how the runner starts it, so no source may change V8's flags while it runs.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const src = join(import.meta.dirname, "..", "..", "src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("V8 flags", () => {
  it("are never changed while the process runs", () => {
    const files = sources(src);
    expect(files.length).toBeGreaterThan(100);
    const setting = files.filter((file) => /\bsetFlagsFromString\b/.test(readFileSync(file, "utf8")));
    expect(setting).toEqual([]);
  });
});
