// A release that tells its breaking changes only in an upgrade section's prose ("## Upgrading from 2.x" then "The
// `output` option was renamed to `outDir`."): those sentences are its breaking changes, in post 1, under the breaking
// label; a section of the same name that only says how to upgrade, or that nobody is affected, breaks nothing.
import { describe, expect, it } from "vitest";
import { migrationProseBreaks } from "../../src/notes/kinds/migration-sections.js";
import { single, thread } from "../support/composed.js";

const features = ["## Features", "", "- Add `watch` command for incremental rebuilds", "- Add `--json` output to `list`", "- Support YAML config files", "- New `retry` option for uploads", "- Add a dark theme to the dashboard", "", "## Bug Fixes", "", "- Fix crash when the config file is empty", ""].join("\n");

describe("breaking changes told only in an upgrade section's prose", () => {
  for (const heading of ["Upgrading from 2.x", "Migration guide", "Upgrade notes"]) {
    it(`lead the single post and post 1 under "${heading}"`, () => {
      const notes = `${features}\n## ${heading}\n\nThe \`output\` option was renamed to \`outDir\`. Node.js 16 is no longer supported; Node.js 18 or later is required.\n`;
      const text = single(notes, { version: "3.0.0" });
      expect(text, heading).toMatch(/⚠️[^\n]*\n[\s\S]*`outDir`/u);
      expect(text.indexOf("`outDir`"), heading).toBeLessThan(text.indexOf("watch") < 0 ? Infinity : text.indexOf("watch"));
      expect(thread(notes, { version: "3.0.0" })[0], heading).toContain("`outDir`");
    });
  }
  it("keeps a section that only says how to upgrade, or that no one must act, out of the breaking changes", () => {
    expect(migrationProseBreaks("Upgrading from 2.x", ["Run `npm install lantern@3` and restart the server."])).toBe(false);
    expect(migrationProseBreaks("Upgrading from 2.x", ["No action is needed: existing configs keep working."])).toBe(false);
    expect(migrationProseBreaks("Faster builds", ["The `output` option was renamed to `outDir`."])).toBe(false);
    expect(migrationProseBreaks("Upgrading from 2.x", ["The `output` option was renamed to `outDir`."])).toBe(true);
    expect(migrationProseBreaks("Migrating to v7", ["We're removing already deprecated features that shouldn't affect your projects."])).toBe(false);
    expect(migrationProseBreaks("Migrating to v7", ["Vite 7 should be a smooth update.", "We still suggest you review the detailed Migration Guide before upgrading."])).toBe(false);
    const text = single(`${features}\n## Upgrading from 2.x\n\nNo action is needed: existing configs keep working.\n`, { version: "3.0.0" });
    expect(text).not.toContain("⚠️");
  });
});
