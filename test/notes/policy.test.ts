// What a project would do about a vulnerability that may come is a policy, not a security fix of this release.
import { expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

it("reads a hypothetical security sentence as no security fix", () => {
  const notes = "## Stability\n\nShould a critical bug of this nature be discovered we reserve the right to fix the security issue, even if some programs relied on it.\n\nThe compiler now caches module interfaces between builds.\n";
  const kinds = readNotesModel(notes).entries.map((entry) => entry.kind);
  expect(kinds).not.toContain("security");
});
