// What breaks without the word: what a "Migration notes" section past the first part of long notes asks users to change.
import { describe, expect, it } from "vitest";
import { thread } from "../support/composed.js";

describe("migration notes past the first part of long notes", () => {
  const filler = Array.from({ length: 120 }, (_, index) => `Paragraph ${index} of the tour tells at length how persistence works in the browser, in React Native and on the server, and why SQLite was picked over IndexedDB for it.\n`).join("\n");
  const notes = [
    "With v0.6 we bring persistence and includes.",
    "",
    "## Persistence",
    "",
    filler,
    "## Migration notes",
    "",
    "### Indexes are now opt-in",
    "",
    "Indexing is no longer something you silently get by default. In 0.6, you opt into the indexing machinery when you want it.",
    "",
  ].join("\n");

  it("reads on to the migration notes and leads with what they ask users to change", () => {
    expect(notes.length).toBeGreaterThan(17 * 1024);
    expect(thread(notes, "db")[0]).toMatch(/⚠️[\s\S]*Indexes are now opt-in/u);
  });
});
