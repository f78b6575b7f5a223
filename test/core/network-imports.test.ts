// The composer's counting modules must not pull in a network client: an X-only run loads neither @atcute/client nor
// masto, because the doors reach those only through dynamic import() of src/bluesky/index.ts and src/mastodon/index.ts.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const src = join(import.meta.dirname, "..", "..", "src");

/** Every package a module loads statically, following relative imports (type-only imports excluded). */
function packagesOf(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const match of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+"([^"]+)"|^\s*import\s+"([^"]+)"/gm)) {
    const target = match[1] ?? match[2]!;
    if (target.startsWith(".")) {
      for (const p of packagesOf(resolve(dirname(file), target.replace(/\.js$/, ".ts")), seen)) packages.add(p);
    } else packages.add(target);
  }
  return packages;
}

describe("network modules the composer imports", () => {
  it("rich-text.ts (Bluesky counting) loads no package at all", () => {
    expect([...packagesOf(join(src, "bluesky", "rich-text.ts"))]).toEqual([]);
  });

  it("length.ts (Mastodon counting) loads only twitter-text", () => {
    expect([...packagesOf(join(src, "mastodon", "length.ts"))]).toEqual(["twitter-text/dist/extractUrlsWithIndices.js"]);
  });

  it("the lazy entry points do load their clients (else the checks above would prove nothing)", () => {
    expect(packagesOf(join(src, "bluesky", "index.ts"))).toContain("@atcute/client");
    expect(packagesOf(join(src, "mastodon", "index.ts"))).toContain("masto");
  });
});
