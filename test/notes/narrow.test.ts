// The topic-title rules stay narrow: a sub-heading inside a part labelled by its own topic ("Vet") keeps its title,
// and a whole sentence leading in to a list groups it only where the part has no prose of its own.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);

describe("a topic title inside a labelled part", () => {
  it("keeps its title: the part's prose explains the tool, not a change of its own", () => {
    const notes = "## Tools\n\n### Vet\n\n#### References to loop variables\n\nThe behavior of the `vet` tool has changed to match the new semantics.\nIn Go 1.22, loop variables are now created anew for each iteration, so such references are no longer at risk.\n";
    const shown = texts(notes);
    expect(shown.some((text) => text.includes("created anew"))).toBe(false);
  });
});

describe("a long lead-in to a list", () => {
  it("does not group the list when the part goes on in prose after it (Rust 1.30's Library stabilizations)", () => {
    const shown = texts(readFileSync("test/golden/notes/21-rust-lang-rust-1.30.0.md", "utf8"));
    expect(shown).toContain("Library stabilizations");
    expect(shown.some((text) => text.startsWith("The standard library has long had"))).toBe(false);
  });

  it("(guard) groups it when the part says nothing more", () => {
    const notes = "### Security\n\n#### Security advisories\n\nHomebrew published three security advisories:\n\n- Root code execution was possible via Git hooks (GHSA-6689-q779-c33m).\n- The installer trusted a user-controlled plist (GHSA-59v8-x8q4-px5c).\n";
    const shown = texts(notes);
    expect(shown).not.toContain("Security advisories");
    expect(shown.some((text) => text.includes("GHSA-6689-q779-c33m"))).toBe(true);
  });
});
