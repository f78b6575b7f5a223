// A section whose heading names two kinds keeps its own label for both; support dropped for a Python implementation
// is a raised floor like CPython's.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const entries = (markdown: string) => readNotesModel(markdown).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("a heading that names two kinds", () => {
  it("labels a removal under 'Deprecations and Removals' with the notes' heading, not an invented 'Removed'", () => {
    const notes = ["Deprecations and Removals", "-------------------------", "", "- `Pool.warn()` now emits `FutureWarning` for deprecations.", "- Removed the legacy retry shim from the pool manager.", ""].join("\n");
    expect(entries(notes).map((entry) => entry.split("|")[1])).toEqual(["Deprecations and Removals", "Deprecations and Removals"]);
  });
});

describe("a dropped Python implementation", () => {
  it("is breaking, like a dropped CPython", () => {
    const notes = ["## Removals", "", "- Removed support for end-of-life PyPy3.10.", "- Removed support for JRuby 9.3.", ""].join("\n");
    expect(entries(notes).map((entry) => entry.split("|")[0])).toEqual(["breaking", "breaking"]);
  });
});
