// Breaking changes the notes file under other headings: a migration section that lists what users must change, and an
// item marked breaking inline under "Fixes".
import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";
import { namesMigration } from "../../src/notes/kinds/migration-sections.js";
import { withoutBreakingMark } from "../../src/notes/kinds/inline-breaking-marks.js";

describe("a migration section that lists what users must change", () => {
  const notes = (heading: string): string =>
    [
      "## [2.0.0] - 2025-07-30",
      "",
      "### Added",
      "",
      "- add a `retry` option to the client",
      "- support for streaming responses",
      "",
      `### ${heading}`,
      "",
      "- If you are using `Client::from_url()`, you will now need to use `Client::builder()` instead.",
      "- `Index` now takes a `SearchRequest` instead of a query and a limit.",
      "",
    ].join("\n");

  it("leads the post as breaking, whatever the heading's language", () => {
    for (const heading of ["Migration", "Migration guide", "Upgrading to v2", "Upgrade notes", "迁移指南", "移行", "마이그레이션", "Mise à jour", "Actualización", "Migração"]) {
      const post = single(notes(heading), "lib");
      expect(post, heading).toMatch(/⚠️[^\n]*\n• If you are using `Client::from_url\(\)`/u);
      expect(post, heading).toMatch(/is out!\n\n⚠️/u);
    }
  });

  it("the same heading over prose that only says how to install stays out", () => {
    const post = single("## Upgrading\n\nMake sure to update both NPM and Cargo dependencies to the 2.0.0 release.\n\n## What's new\n\n- Faster shell API\n", "lib");
    expect(post).not.toMatch(/⚠️|Make sure/u);
  });

  it("names the class of heading, not a dependency bump", () => {
    expect(namesMigration("Migrating to v3")).toBe(true);
    expect(namesMigration("Upgrading from 1.x")).toBe(true);
    expect(namesMigration("升级指南")).toBe(true);
    expect(namesMigration("升级")).toBe(false);
    expect(namesMigration("Upgrade")).toBe(false);
    expect(namesMigration("Upgrading")).toBe(false);
    expect(namesMigration("Dependency upgrades")).toBe(false);
  });

  it("makes breaking only the items that tell users to change something, not a feature, a fix or a step", () => {
    const post = single(
      [
        "## Migration",
        "",
        "- Add `rollback` command to undo the last applied migration",
        "- Migrations no longer hang on Postgres 16 when a lock is held",
        "- Run `dbtool doctor` after upgrading to check your setup",
        "- `db.yml` was renamed to `dbtool.yml`",
        "",
        "## Bug fixes",
        "",
        "- Fix crash in `introspect` on empty schemas",
        "",
      ].join("\n"),
      "dbtool",
    );
    expect(post).toMatch(/⚠️[^\n]*\n• `db\.yml` was renamed/u);
    expect(post).not.toMatch(/⚠️[^\n]*\n(?:•[^\n]*\n)*•[^\n]*(?:rollback|no longer hang|dbtool doctor)/u);
  });

  it("a bare Upgrade heading over dependency bumps raises no banner", () => {
    const post = single("## Features\n\n- New `studio` command\n\n## Upgrade\n\n- Upgraded bundled SQLite to 3.46\n- Upgrade `tokio` to 1.38 which no longer pulls in `mio` 0.8\n", "dbtool");
    expect(post).not.toMatch(/⚠️/u);
  });
});

describe("an item marked breaking inline", () => {
  const notes = [
    "## 1.8.0 (2024-10-22)",
    "",
    "- fix: [**breaking**] don't auto-install the tool with npx if not found (#602)",
    "- fix: calculate hashsum of the full config (#854)",
    "- feat: support globs in extends (#853)",
    "",
  ].join("\n");

  it("leads under the breaking label, without its mark, wherever the notes file it", () => {
    const post = single(notes, "tool");
    // A contraction opens the sentence as any word does: "Don't", as "Calculate" beside it.
    expect(post).toMatch(/⚠️ Breaking changes:\n• Don't auto-install/u);
    expect(post).not.toMatch(/\bbreaking:|\[breaking\]/iu);
    expect(post.indexOf("⚠️")).toBeLessThan(post.indexOf("globs"));
  });

  it("reads the mark in brackets, in parentheses or before a colon, in several languages", () => {
    expect(withoutBreakingMark("[breaking] drop x")).toBe("drop x");
    expect(withoutBreakingMark("BREAKING: drop x")).toBe("drop x");
    expect(withoutBreakingMark("(breaking change) drop x")).toBe("drop x");
    expect(withoutBreakingMark("[破坏性变更] 移除 x")).toBe("移除 x");
    expect(withoutBreakingMark("drop the breaking flag")).toBeNull();
  });
});
