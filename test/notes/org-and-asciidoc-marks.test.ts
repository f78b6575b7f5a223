// Notes in Org (an Emacs package's NEWS.org) or with AsciiDoc's inline macros: their marks read as the Markdown they
// mean, never left in a post ("=foo-mode=", "`+--fast+`", "xref:usage.adoc[Usage]") nor read as Markdown's own
// ("~name~" would strike the name out of the change).
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);
const labels = (notes: string): Array<string | null> => readNotesModel(notes).entries.map((entry) => entry.label);

describe("Org notes", () => {
  const notes = "* Version 1.2.0\n** New features\n- Added =widgets-mode= for widget files.\n- New command ~widgets-refresh~ re-reads the cache.\n- Support /italic/ text in [[https://example.com/preview][the preview]].\n** Bug fixes\n- Fixed a crash when =widgets-dir= is nil.\n";

  it("code, emphasis and links as Markdown's", () => {
    expect(texts(notes)).toEqual([
      "Added `widgets-mode` for widget files.",
      "New command `widgets-refresh` re-reads the cache.",
      "Support italic text in the preview.",
      "Fixed a crash when `widgets-dir` is nil.",
    ]);
  });

  it("headings as headings", () => {
    expect(labels(notes)).toEqual(["New features", "New features", "New features", "Bug fixes"]);
  });

  it("Markdown notes keep their marks", () => {
    expect(texts("## Fixes\n\n* Fix `a = b` parsing when =x= is set\n")).toEqual(["Fix `a = b` parsing when =x= is set"]);
  });
});

describe("AsciiDoc's inline macros", () => {
  it("read as links and code", () => {
    const notes = "== Version 1.2.0\n\n=== New features\n\n* New `+--fast+` flag.\n* Added `widgets-mode` for widget files. See xref:usage.adoc[Usage].\n* Retry on 503, as the link:https://example.com/http[HTTP guide] says.\n";
    expect(texts(notes)).toEqual(["New `--fast` flag.", "Added `widgets-mode` for widget files.", "Retry on 503, as the HTTP guide says."]);
  });
});
