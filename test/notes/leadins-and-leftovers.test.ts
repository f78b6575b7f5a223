// A list cut from its lead-in is said with it; a sentence whose point was its link goes with the link.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);

describe("a lead-in over names that say nothing alone", () => {
  it("is one change with its names, after an item that ends on its reference", () => {
    const notes = ["## 2.4.0", "", "- Faster startup. [pr#12]", "", "widgetd now officially supports these operating systems:", "", "- `aarch64-freebsd` [pr#12]", "- `riscv64-linux` [pr#12]", "", "### Fixes", "", "- Fix crash on exit", "", "[pr#12]: https://example.com/pr/12"].join("\n");
    const shown = texts(notes);
    expect(shown).toContain("widgetd now officially supports these operating systems: `aarch64-freebsd`, `riscv64-linux`");
    expect(shown).not.toContain("`riscv64-linux`");
  });
  it("a short lead-in that points at its list takes them too", () => {
    const notes = ["## 1.0.0", "", "### Scope", "", "The scope of v1 includes:", "", "- The Quill compiler.", "- The Quill formatter.", "", "### Fixes", "", "- Fix crash on exit"].join("\n");
    expect(texts(notes)).toContain("The scope of v1 includes: The Quill compiler, The Quill formatter");
  });
  it("names too long to fit are counted", () => {
    const names = ["language design and its grammar", "compiler and its optimiser", "build tool and its caches", "package manager and its registry", "code formatter for all files", "language server and its plugins"];
    const notes = ["## 1.0.0", "", "This version covers every public API in the main repository, that is:", "", ...names.map((name) => `- The Quill ${name}.`), "", "### Fixes", "", "- Fix crash on exit"].join("\n");
    const shown = texts(notes);
    expect(shown.some((text) => text.startsWith("This version covers every public API in the main repository, that is: The Quill language design") && /\(\+\d\)$/u.test(text))).toBe(true);
    expect(shown).not.toContain("The Quill code formatter for all files.");
  });
  it("items that say a change of their own stay items", () => {
    const notes = ["## 3.0.0", "", "Other improvements, to name a few:", "", "- `check` will use different exit codes.", "- Empty variables are now treated as unset.", "", "### Fixes", "", "- Fix crash"].join("\n");
    expect(texts(notes)).toEqual(expect.arrayContaining(["`check` will use different exit codes.", "Empty variables are now treated as unset."]));
  });
});

describe("a sentence whose point was its link", () => {
  it("goes with the link", () => {
    const notes = [
      "## 2.0.0", "", "This is a patch release fixing crashes found in 1.9. Full commit log can be found at <https://example.com/compare/a...b>.", "",
      "### Breaking Changes", "", "See [UPGRADING.md - v2](./UPGRADING.md#v2) for a complete list of breaking changes.", "",
      "See [the v2 Migration Guide](https://example.com/migrate) for a guide to migrate to Widget v2.0.0.", "",
      "- Drop Node 16", "- Add `--fast` mode. Check out [the docs](https://example.com/docs) for details.", "- The full list of rules can be found [here](https://example.com/rules).",
    ].join("\n");
    expect(texts(notes)).toEqual(["This is a patch release fixing crashes found in 1.9.", "Drop Node 16", "Add `--fast` mode."]);
  });
  it("a sentence that only mentions a page it names in words stays", () => {
    const notes = ["## 2.0.0", "", "- See-through panels are now supported", "- Read the config from `$XDG_CONFIG_HOME`"].join("\n");
    expect(texts(notes)).toEqual(["See-through panels are now supported", "Read the config from `$XDG_CONFIG_HOME`"]);
  });
});
