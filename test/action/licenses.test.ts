// The Action ships its dependencies inside dist/action, so it must ship their licenses too (Apache-2.0 and BSD
// require the text to travel with the code). The list is built from what the bundle really contains.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const licenses = readFileSync(join(root, "dist", "action", "licenses.txt"), "utf8");
const bundleSource = readFileSync(join(root, "dist", "action", "index.js"), "utf8");
const installed = (name: string): string => (JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

describe("dist/action/licenses.txt", () => {
  it("names every package the bundle concatenates, with the installed version", () => {
    const concatenated = new Set([...bundleSource.matchAll(/CONCATENATED MODULE: \.\/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].map((match) => match[1] ?? ""));
    expect(concatenated.size).toBeGreaterThan(3);
    for (const name of concatenated) expect(licenses, name).toContain(`${name}@${installed(name)}\n`);
  });

  it("carries the license text of the CommonJS libraries too: twitter-text (Apache-2.0, no license field) and OAuth", () => {
    expect(licenses).toContain(`twitter-text@${installed("twitter-text")}\n`);
    expect(licenses).toMatch(/Apache License\s+Version 2\.0/);
    expect(licenses).toContain(`oauth-1.0a@${installed("oauth-1.0a")}\nMIT\n`);
    // The userland punycode the bundle carries in place of Node's deprecated built-in.
    expect(licenses).toContain(`punycode@${installed("punycode")}\nMIT\n`);
  });
});
