// Among changes of one kind, work on the repository itself goes last, and a new driver, command or option comes
// first; where the notes are all about workspaces and lockfiles, those are the product and keep their place.
import { describe, expect, it } from "vitest";
import { reachAmong } from "../../src/notes/kinds/reach.js";
import { single } from "../support/composed.js";

const PROJECT = { repo: "tool", version: "2.4.0" };
const item = (text: string, referenced = false) => ({ text, prose: false, referenced });

describe("reach among changes of one kind", () => {
  it("sets back work on the repository's own set-up", () => {
    const changes = [item("Declare pnpm workspaces for the docs site"), item("Add a `--watch` flag to the build command"), item("Export the `Theme` type"), item("Add dark mode to the date picker"), item("Render tables in Markdown output")];
    const reach = reachAmong(changes);
    expect(changes.map(reach)).toEqual([2, 0, 1, 1, 1]);
  });

  it("brings a new driver or command forward, in a generated list and a hand-written one alike", () => {
    const generated = [item("accept enum references in `items`", true), item("add SQLite driver", true), item("add `db:seed` command", true)];
    expect(generated.map(reachAmong(generated))).toEqual([1, 0, 0]);
    const written = generated.map((change) => ({ ...change, referenced: false }));
    expect(written.map(reachAmong(written))).toEqual([1, 0, 0]);
  });

  it("keeps a package manager's workspace and lockfile changes where the notes put them", () => {
    const changes = [item("Use lockfile v7 by default"), item("`link-workspace-packages` is off by default"), item("Dedupe workspace dependencies"), item("Faster installs")];
    expect(changes.map(reachAmong(changes))).toEqual([1, 1, 1, 1]);
  });

  it("shows a user-facing feature in the post before a README script", () => {
    const notes = [
      "## What's Changed",
      "* Add a script to generate the sponsors section of the README by @a in https://github.com/octo/tool/pull/1",
      "* Add an experimental `tool-binary` plugin that saves prebuilt binaries for offline installs on air-gapped machines by @b in https://github.com/octo/tool/pull/2",
      "* Speed up start-up by caching the plugin index between runs so that large setups start faster by @c in https://github.com/octo/tool/pull/3",
    ].join("\n");
    const text = single(notes, PROJECT);
    expect(text.indexOf("tool-binary")).toBeGreaterThan(-1);
    expect(text.indexOf("sponsors") === -1 || text.indexOf("sponsors") > text.indexOf("tool-binary")).toBe(true);
  });
});
