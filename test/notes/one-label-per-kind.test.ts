// Labels from set X's review: one label per kind in a post and a thread, the notes' own.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

describe("one label per kind", () => {
  it("a change under the notes' generic 'Changes' takes the notes' label for its kind, beside one the post made up", () => {
    const notes = [
      "### New features",
      "",
      "* Add `check_alignof` detection support",
      "* Support `xmake show --format=json`",
      "",
      "### Changes",
      "",
      "* Improve nuget version handling",
      "* Add `add_toolset` api checker",
      "",
      "### Bugs fixed",
      "",
      "* Fix `-flto=thin` regression for clang-cl",
      "* Add support for the `--foo` flag to the fix command",
      "",
    ].join("\n");
    const entries = readNotesModel(notes, undefined, "3.1.0").entries;
    const labels = new Set(entries.filter((entry) => entry.kind === "feature").map((entry) => entry.label));
    expect(labels.has("Features")).toBe(false);
    expect(entries.find((entry) => entry.text.includes("add_toolset"))?.label).toBe("New features");
  });
});
