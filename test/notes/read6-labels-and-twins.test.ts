// Round 6 of reading the notes: a "Label:" line beside a kind's "Label:" line, a heading that only titles the item
// under it, and one change listed twice.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const read = (notes: string): Array<[string, string | null, string]> => readNotesModel(notes).entries.filter((entry) => !entry.prose).map((entry) => [entry.kind, entry.label, entry.text]);

describe("a plain label beside a kind's label", () => {
  const notes = (first: string): string =>
    [
      "Version 4.0",
      "-----------",
      "",
      `${first}:`,
      "",
      "* Escape attribute values in the HTML report.",
      "",
      "Configuration:",
      "",
      "* The ``--colour`` option has been replaced by ``--theme=colour``.",
      "",
      "Plugins:",
      "",
      "* Plugins can now register their own reporters.",
    ].join("\n");
  it.each(["Security", "Bug fixes"])("does not take the kind of the %s section before it", (first) => {
    const entries = read(notes(first));
    const replaced = entries.find(([, , text]) => text.includes("--colour"));
    expect(replaced?.[0]).toBe("breaking");
    expect(replaced?.[1]).toContain("Configuration");
    const plugins = entries.find(([, , text]) => text.startsWith("Plugins can"));
    expect(plugins?.[0]).not.toBe(first === "Security" ? "security" : "fix");
    expect(plugins?.[1]).toBe("Plugins");
  });
  it("keeps a real sub-heading's items in its section", () => {
    const entries = read(["## Security", "", "### Parser", "", "- Reject oversized headers"].join("\n"));
    expect(entries[0]?.[0]).toBe("security");
  });
});
