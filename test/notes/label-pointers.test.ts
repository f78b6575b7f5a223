// A Sphinx or MyST reference to a label with no words of its own shows a title the notes do not hold: where the notes
// only point at it, the pointer goes with it, never "See `upgrading`." or "(`fig-speed`)" in a post.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);

describe("pointers to a label", () => {
  it("go in RST notes: a sentence, a clause, a bracket", () => {
    const notes = [
      "Features",
      "--------",
      "",
      "- Widgets can be nested. See :ref:`nesting`.",
      "- New ``--strict`` mode (:numref:`strict-table`).",
      "- Faster parsing, see :ref:`perf` for numbers.",
      "- Lazy loading of plugins; see also :ref:`lazy` and :doc:`plugins`.",
      "- Cache tuning, as described in :ref:`the cache guide <cache>`.",
      "",
    ].join("\n");
    expect(texts(notes)).toEqual([
      "Widgets can be nested.",
      "New `--strict` mode.",
      "Faster parsing.",
      "Lazy loading of plugins.",
      "Cache tuning, as described in the cache guide.",
    ]);
  });

  it("go in MyST notes", () => {
    const notes = "## Features\n\n- Loaders read YAML. See {ref}`loaders`.\n- Faster startup ({ref}`startup`).\n- Added `--json` output {pr}`5149`\n- Widgets now nest. {ref}`nesting`\n";
    expect(texts(notes)).toEqual(["Loaders read YAML.", "Faster startup.", "Added `--json` output", "Widgets now nest."]);
  });

  it("a reference's own words that name code stay code", () => {
    expect(texts("Changes\n-------\n\n- Deprecated generators in :ref:`@pytest.mark.parametrize <parametrize ref>`.\n- Allow :ref:`pytest.HIDDEN_PARAM <hidden-param>` in ids.\n")).toEqual([
      "Deprecated generators in `@pytest.mark.parametrize`.",
      "Allow `pytest.HIDDEN_PARAM` in ids.",
    ]);
  });

  it("a reference the change is about stays", () => {
    expect(texts("Changes\n-------\n\n- Rewrote :doc:`install` for Windows users.\n")).toEqual(["Rewrote `install` for Windows users."]);
  });
});
