// A breaking change said only in prose is counted when no post shows it, as a listed one is.
import { expect, it } from "vitest";
import { single } from "../support/composed.js";

const PROJECT = { repo: "shell", version: "0.9.0", tag: "0.9.0" };

it("counts a prose-only breaking change the single post leaves out, and the count names no single kind", () => {
  const notes = [
    "# Shell 0.9.0",
    "",
    "Today, we're releasing version 0.9.0. This release overhauls sorting and adds support for the kitty keyboard protocol.",
    "",
    "# Highlights and themes of this release",
    "",
    "## Sorting overhaul",
    "",
    "Sorting now works on every value type and the `sort-by` command accepts a closure for custom ordering of the rows.",
    "",
    "## Handling stopped TUI applications",
    "",
    "Stopped applications can now be resumed with the `job unfreeze` command.",
    "",
    "# Changes",
    "",
    "## Additions",
    "",
    "### `ls --threads`",
    "",
    "The `ls` command now takes a `--threads` flag to list directories in parallel.",
    "",
    "### `input listen`",
    "",
    "The `input listen` command now supports the kitty keyboard protocol.",
    "",
    "### `str stats`",
    "",
    "The `str stats` command now outputs a `unicode-width` column.",
    "",
    "## Breaking changes",
    "",
    "### Standard library",
    "",
    "The internal storage location for the standard library, as well as the way it is loaded during start-up, has changed completely, so scripts that reached into its files by path will need to change how they import it.",
  ].join("\n");
  const post = single(notes, PROJECT);
  expect(post).not.toContain("internal storage location");
  expect(post).toMatch(/\+\d+ more changes \(1 breaking\)/u);
});
