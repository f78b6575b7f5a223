// git-cliff's scope before a bracket tag: "(azure_devops) [breaking] Rename …" breaks, wherever it is filed.
import { expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

it("reads a bracket tag after a commit's scope, and keeps the scope", () => {
  const notes = "### Miscellaneous Tasks\n\n- *(azure)* [**breaking**] Rename the `azureDevops` variable to `azure_devops`\n- *(ci)* Bump the cache action\n";
  const [first] = readNotesModel(notes).entries;
  expect(first?.kind).toBe("breaking");
  expect(first?.text).toBe("azure: Rename the `azureDevops` variable to `azure_devops`");
});

it("reads a version heading that names several versions as the version, not as a change", () => {
  const notes = "## [1.38.0/0.60.0/0.14.0/0.0.13] 2025-08-29\n\nThis release is the last to support Go 1.23.\nThe next release will require at least Go 1.24.\n\n### Added\n\n- Add the `WithTimeout` option to the exporter.\n";
  const texts = readNotesModel(notes).entries.map((entry) => entry.text);
  expect(texts.some((text) => text.includes("1.38.0"))).toBe(false);
  expect(texts).toContain("Add the `WithTimeout` option to the exporter.");
});
