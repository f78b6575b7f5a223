// Section headings that mean "users must act" without the word "breaking" ("Compatibility", "Migration", "兼容性"),
// removals named in Japanese ("廃止"), and a removal said as "X is now removed".
import { describe, expect, it } from "vitest";
import { headingMeaning, readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";

describe("headings that mean users must act", () => {
  it("compatibility and migration sections are breaking, in English and Chinese", () => {
    for (const heading of ["Compatibility", "Compatibility changes", "Backwards compatibility", "Migration", "Migration guide", "Migrating to v3", "Upgrading from 2.x", "兼容性", "兼容性变更", "迁移指南"]) {
      expect(headingMeaning(heading), heading).toBe("breaking");
    }
  });

  it("what improves or fixes compatibility stays a feature or a fix; a bare 'Upgrading' may only say how to install", () => {
    expect(headingMeaning("Compatibility improvements")).toBe("feature");
    expect(headingMeaning("Compatibility fixes")).toBe("fix");
    expect(headingMeaning("兼容性修复")).toBe("fix");
    expect(headingMeaning("Upgrading")).toBeNull();
  });

  it("'廃止' removes, '廃止予定' announces a removal", () => {
    expect(headingMeaning("廃止")).toBe("removal");
    expect(headingMeaning("廃止予定")).toBe("deprecation");
  });

  it("clap's 'Compatibility' section is a breaking change, not a fix", () => {
    const notes = "### Compatibility\n\n- Update MSRV to 1.74\n\n### Fixes\n\n- Don't panic on an empty help template\n";
    const kinds = readNotesModel(notes).entries.map((entry) => entry.kind);
    expect(kinds).toEqual(["breaking", "fix"]);
  });
});

describe("a removal said of what went", () => {
  it("'X is now removed' is a removal; 'X is removed twice' in a description is not", () => {
    expect(readItem("twisted.news is now removed from the codebase.").kind).toBe("removal");
    expect(readItem("The bug where a file is removed twice").kind).toBeNull();
  });
});
