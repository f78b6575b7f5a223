// In a major release, what a "Removed" section lists is what users must act on: breaking. In a minor it stays a removal.
import { expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const NOTES = "## [3.0.0] - 2026-11-02\n\n### Added\n\n- A `--watch` flag for the build command\n\n### Removed\n\n- The `legacy` output format\n- `Config.load()`, deprecated since 2.4\n- Support for the `old-key` setting is deprecated and goes in 4.0\n";
const kinds = (version: string): string[] => readNotesModel(NOTES.replace("3.0.0", version), undefined, version).entries.map((entry) => `${entry.kind}|${entry.text}`);

it("reads a major release's removals as breaking, and a deprecation among them as a deprecation", () => {
  const major = kinds("3.0.0");
  expect(major).toContain("breaking|The `legacy` output format");
  expect(major.some((line) => line.startsWith("breaking|`Config.load()`"))).toBe(true);
  expect(major.some((line) => line.startsWith("breaking|Support for the `old-key`"))).toBe(false);
  expect(kinds("2.5.0").filter((line) => line.startsWith("breaking|"))).toEqual([]);
});
