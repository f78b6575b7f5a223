// The README's Troubleshooting tables must name every error code the product can report.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CREDENTIAL_ENV } from "../src/core/types.js";

const root = join(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

// Node's own system error codes appear in the sources where transport failures are recognized; they are not ours.
const SYSTEM_CODES = new Set(["EACCES", "EADDRINUSE", "EISDIR", "ENOENT", "EPIPE"]);

function productCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of sourceFiles(join(root, "src"))) {
    for (const [, code] of readFileSync(file, "utf8").matchAll(/"(E[A-Z]{3,})"/g)) if (!SYSTEM_CODES.has(code!)) codes.add(code!);
  }
  // Codes built from a name rather than written out: one per credential, one per plugin option.
  for (const env of Object.values(CREDENTIAL_ENV)) codes.add(`ENO${env.replaceAll("_", "")}`);
  for (const option of ["TEMPLATE", "THREAD", "MAXLENGTH", "APIBASEURL", "PRERELEASE", "VERIFYCREDENTIALS"]) codes.add(`EINVALID${option}`);
  return codes;
}

describe("README troubleshooting", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Troubleshooting"), readme.indexOf("## Guarantees"));

  it("finds the section and a realistic number of codes", () => {
    expect(section.length).toBeGreaterThan(1000);
    expect(productCodes().size).toBeGreaterThan(40);
  });

  it("documents every error code the sources can produce", () => {
    const missing = [...productCodes()].filter((code) => !section.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
});
