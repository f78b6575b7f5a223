// An item that opens with its own kind's mark under that kind's label says the label twice: the mark goes, whom it
// concerns stays as the item's scope.
import { describe, expect, it } from "vitest";
import { withoutOwnMark } from "../../src/notes/labels/doubled-marks.js";
import { thread } from "../support/composed.js";

describe("an item's own kind mark", () => {
  it("goes, in the languages notes come in, keeping the scope it named", () => {
    expect(withoutOwnMark("BREAKING CHANGE for templates authors: `common.latex` now uses `pandoc.tex`.", "breaking")).toBe("Templates authors: `common.latex` now uses `pandoc.tex`.");
    expect(withoutOwnMark("[BREAKING] Drop Node 16", "breaking")).toBe("Drop Node 16");
    expect(withoutOwnMark("破壊的変更：`foo` を削除", "breaking")).toBe("`foo` を削除");
    expect(withoutOwnMark("SECURITY FIX: Escape user names", "security")).toBe("Escape user names");
    expect(withoutOwnMark("[Security] Reject oversized headers", "security")).toBe("Reject oversized headers");
    expect(withoutOwnMark("Sécurité : échappement des noms", "security")).toBe("échappement des noms");
    // A mark of another kind, or a change that only mentions the word, stays.
    expect(withoutOwnMark("Security: escape user names", "breaking")).toBe("Security: escape user names");
    expect(withoutOwnMark("Breaking news widget added", "breaking")).toBe("Breaking news widget added");
    expect(withoutOwnMark("New dashboard: shows all jobs", "feature")).toBe("New dashboard: shows all jobs");
  });

  it("is not said again under its label in the post", () => {
    const notes =
      "## Formats\n\n- BREAKING CHANGE for templates authors: `common.latex` now uses the `pandoc.tex` partial. If you modify `pandoc.tex`, update it.\n\n## Security\n\n- SECURITY FIX: Escape user names in the admin page\n";
    const posts = thread(notes, { repo: "foo", version: "1.7.0" }).join("\n");
    expect(posts).toContain("• Templates authors: `common.latex` now uses");
    expect(posts).not.toMatch(/BREAKING CHANGE|SECURITY FIX/u);
    expect(posts).toContain("• Escape user names in the admin page");
  });
});
