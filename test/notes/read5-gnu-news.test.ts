// Round 5 of reading the notes: a GNU-style NEWS file ("* Noteworthy changes in release …", "** Bug fixes", indented
// paragraphs) reads its starred sections as headings and each paragraph as one change, without its bracket note.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { thread } from "../support/composed.js";

const PROJECT = { repo: "gsed", owner: "acme", version: "4.10" };
const posts = (notes: string): string => thread(notes, PROJECT).join("\n");

const NEWS = [
  "* Noteworthy changes in release 4.10 (2026-03-01) [stable]",
  "",
  "** Bug fixes",
  "",
  "  'sed -i' now keeps the file's mode when the target is a symlink.",
  "  [bug introduced in sed-4.8]",
  "",
  "  'sed --debug' accepts input in untagged format:",
  "    - for all scripts read with -f,",
  "    - if the script ends without a newline.",
  "  Previously an error was given.",
  "  [This bug was present in \"the beginning\".]",
  "",
  "** New Features",
  "",
  "  'sed' now accepts the --null-data-out option, to end output lines",
  "  with a NUL byte.",
  "",
  "** Changes in behavior",
  "",
].join("\n");

describe("a GNU NEWS file", () => {
  it("reads its starred sections as labels of kinds and each indented paragraph as one change", () => {
    const entries = readNotesModel(NEWS).entries;
    expect(entries.map((entry) => [entry.kind, entry.text])).toEqual([
      ["fix", "'sed -i' now keeps the file's mode when the target is a symlink."],
      ["fix", "'sed --debug' accepts input in untagged format: for all scripts read with -f, if the script ends without a newline. Previously an error was given."],
      ["feature", "'sed' now accepts the --null-data-out option, to end output lines with a NUL byte."],
    ]);
  });

  it("shows no stars, no bracket note, no flattened dashes and no empty section", () => {
    const text = posts(NEWS);
    expect(text).not.toMatch(/\*\*|Noteworthy|\[bug introduced|\[This bug|format: -|Changes in behavior/u);
    expect(text).toContain("'sed -i' now keeps the file's mode");
  });

  it("keeps a sub-list of separate facts as the change's sub-items", () => {
    const notes = ["** Improvements", "", "  'numfmt':", "   - parses numbers with a unit", "   - supports a multi-byte delimiter", "", "** Bug fixes", "", "  'tail' is right again."].join("\n");
    const entries = readNotesModel(notes).entries.map((entry) => entry.text);
    expect(entries).toEqual(expect.arrayContaining(["parses numbers with a unit", "supports a multi-byte delimiter", "'tail' is right again."]));
    expect(entries.join("\n")).not.toContain("- supports");
  });
});
