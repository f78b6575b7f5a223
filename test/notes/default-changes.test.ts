// What leads a long release's features: a feature now on by default ("Caching is now enabled by default") meets every user; a
// deprecation expiring on schedule ("Remove deprecated X for 3.4") was expected and follows the new features; a change
// that calls itself deprecated comes last of them; an upkeep-tagged item under "Maintenance" is the repository's own.
import { describe, expect, it } from "vitest";
import { nowByDefault } from "../../src/notes/kinds/new-defaults.js";
import { callsItselfDeprecated, expiresDeprecation } from "../../src/notes/kinds/expected-removals.js";
import { single, thread } from "../support/composed.js";

describe("default changes and expected removals", () => {
  it("reads a feature now on by default as a new default", () => {
    expect(nowByDefault("Caching is now enabled by default")).toBe(true);
    expect(nowByDefault("Enable config to be used as context manager")).toBe(false);
  });
  it("tells expiring deprecations and self-deprecated additions", () => {
    expect(expiresDeprecation("Remove deprecated Edmonds class for 3.4")).toBe(true);
    expect(expiresDeprecation("Expires the `random_tree` deprecation")).toBe(true);
    expect(expiresDeprecation("Remove deprecated `--fix` flag, use `--write`")).toBe(false);
    expect(callsItselfDeprecated("Added support for projects plugin (for compat, now deprecated)")).toBe(true);
    expect(callsItselfDeprecated("Deprecated `foo()` in favour of `bar()`")).toBe(false);
  });
  it("leads with the new default, not the expired deprecations", () => {
    const notes = [
      "API Changes",
      "-----------",
      "",
      "- Remove deprecated Edmonds class for 3.4.",
      "- Remove deprecated MultiDiGraph_EdgeKey for 3.4.",
      "- Expire deprecation for strongly_connected_components_recursive.",
      "",
      "Enhancements",
      "------------",
      "",
      "- Add a ``nodelist`` feature to ``from_numpy_array``.",
      "- Adds initial debug logging calls to _dispatchable.",
      "- Add a ``create_using`` parameter for random graphs.",
      "- Add remove attribute functions.",
      "- Caching is now enabled by default.",
      "",
    ].join("\n");
    const post = single(notes);
    expect(post).toContain("Caching is now enabled by default");
    expect(post.indexOf("Caching is now enabled by default")).toBeLessThan(post.indexOf("Add a `nodelist`") < 0 ? Infinity : post.indexOf("Add a `nodelist`"));
    expect(post).not.toContain("Edmonds");
  });
  it("shows a self-deprecated addition after the others", () => {
    const notes = ["## Changes", "", "- Added support for projects plugin (for compat, now deprecated)", "- Added support for pinned blog posts", "- Added support for author profiles", ""].join("\n");
    const post = single(notes);
    expect(post.indexOf("pinned blog posts")).toBeGreaterThanOrEqual(0);
    expect(post.indexOf("projects plugin") < 0 || post.indexOf("projects plugin") > post.indexOf("author profiles")).toBe(true);
  });
  it("counts an upkeep-tagged rename under Maintenance, never shows it", () => {
    const notes = ["## Enhancements", "", "- Add a `nodelist` feature to `from_numpy_array`.", "", "## Maintenance", "", "- MAINT: Rename `LoopbackDispatcher` to `LoopbackBackendInterface`.", "- Fix typo in CI config.", ""].join("\n");
    const text = thread(notes).join("\n");
    expect(text).toContain("nodelist");
    expect(text).not.toContain("LoopbackDispatcher");
  });
});
