// The golden review set stays what its README promises: every file indexed with its source, license and release.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = import.meta.dirname;
const files = readdirSync(join(DIR, "notes")).sort();
const index = JSON.parse(readFileSync(join(DIR, "index.json"), "utf8")) as Array<Record<string, unknown>>;
const FIELDS = ["file", "repo", "source_path", "commit", "license", "url", "version", "tag", "project", "owner", "repo_name", "release_url", "style", "language", "bytes", "notes"];

describe("golden review set (test/golden)", () => {
  it("indexes every notes file once, in file order", () => {
    expect(index.map((entry) => entry.file)).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(36);
    for (const [i, file] of files.entries()) expect(file, file).toMatch(new RegExp(`^${String(i + 1).padStart(2, "0")}-[\\w.@-]+\\.md$`, "u"));
  });

  it("gives every file its source, license and release, and its size", () => {
    for (const entry of index) {
      const file = String(entry.file);
      expect(Object.keys(entry), file).toEqual(FIELDS);
      for (const field of FIELDS.filter((name) => name !== "commit")) expect(entry[field], `${file}: ${field}`).toBeTruthy();
      expect(entry.release_url, file).toBe(`https://github.com/${String(entry.owner)}/${String(entry.repo_name)}/releases/tag/${String(entry.tag)}`);
      expect(String(entry.url), file).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/\S+$/u);
      expect(readFileSync(join(DIR, "notes", file)).length, file).toBe(entry.bytes);
    }
  });

  it("keeps each excerpt as published: one release, ending with exactly one newline", () => {
    for (const file of files) {
      const text = readFileSync(join(DIR, "notes", file), "utf8");
      expect(text.endsWith("\n") && !text.endsWith("\n\n"), file).toBe(true);
      expect(text.startsWith("\n"), file).toBe(false);
    }
  });
});
