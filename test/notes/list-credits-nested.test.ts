import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (markdown: string) => readNotesModel(markdown).entries.map((entry) => entry.text);

describe("credits at items' ends in a log of many short lists", () => {
  it("a long list of advisory ids under one item does not hide that every area's change ends in its author", () => {
    const advisories = Array.from({ length: 20 }, (_, index) => `      - CVE-2030-${1000 + index}: parser: crash on input number ${index + 1}`);
    const notes = [
      "- Bug Fixes",
      "  - build",
      "    - Update example.org/x/net to v0.9.0 to address:",
      ...advisories,
      "    - sync: Fix the conflict name with newer files (mira)",
      "    - gui: Update embedded release to 2.0.1 (Ada Stone)",
      "    - rc: Remove duplicate address option registration (Ada Stone)",
      "  - doc fixes (Lena Fox, Omar Said)",
      "- Boxcloud",
      "  - Fix missing file error when deleting (Tom Reed)",
      "  - Fix server errors when listing shared folders (kellyb)",
      "- Filebase",
      "  - Support the white-label service Nimbus (Tore Berg)",
      "- Drivecloud",
      "  - Fix corrupted transfers: hashes differ (Will Tang)",
      "- Objectstore",
      "  - Add new endpoints including the Asia-Pacific region (Ada Stone)",
      "- WebFolders",
      "  - Honour the redirect setting on listing (Sai Ray)",
      "- Local",
      "  - Fix modification times on Windows (Pat Lee)",
      "  - Skip broken links when asked to (Nils Berg)",
    ].join("\n");
    const shown = texts(notes).join("\n");
    for (const credit of ["Will Tang", "Tom Reed", "Sai Ray", "Ada Stone", "mira"]) expect(shown).not.toContain(credit);
    expect(shown).toContain("Fix corrupted transfers: hashes differ");
    expect(shown).toContain("Honour the redirect setting on listing");
  });
});
