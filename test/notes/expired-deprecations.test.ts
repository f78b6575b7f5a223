import { describe, expect, it } from "vitest";
import { namesExpiredDeprecations } from "../../src/notes/kinds/expired-deprecations.js";
import { thread } from "../support/composed.js";

// A long scientific release: highlights, one incompatible change, and a list of deprecations whose time ran out.
const REMOVED = Array.from({ length: 8 }, (_, at) => `- The \`old_${at}\` argument of \`lantern.solve_${at}\` has been removed in favour of \`new_${at}\`.`).join("\n");
const NOTES = `Lantern 4.2.0 Release Notes
===========================

Highlights of this release
--------------------------
- Lantern now ships wheels for macOS 14 built against Accelerate, making linear algebra much faster.
- A new solver, \`cobra\`, has been added to \`lantern.minimize\`.

Backwards incompatible changes
------------------------------
- Many \`lantern.stats\` functions now warn when an input sample is too small.

Expired deprecations
~~~~~~~~~~~~~~~~~~~~
${REMOVED}
`;

describe("deprecations whose time ran out", () => {
  it("names the headings that list them, in the languages notes use", () => {
    for (const heading of ["Expired deprecations", "Removal of prior version deprecations/changes", "Removed deprecated APIs", "Deprecations removed", "Entfernte veraltete Funktionen", "移除已弃用的 API", "非推奨機能の削除"]) {
      expect(namesExpiredDeprecations(heading), heading).toBe(true);
    }
    for (const heading of ["Deprecations", "Deprecated features", "Removals", "Breaking changes", "New deprecations"]) {
      expect(namesExpiredDeprecations(heading), heading).toBe(false);
    }
  });

  it("keeps the real incompatible change in post 1 and shows the highlights before the expired list", () => {
    const posts = thread(NOTES, { repo: "lantern", version: "4.2.0" });
    const text = posts.join("\n");
    expect(posts[0]).toMatch(/Breaking changes:\n• Many `lantern\.stats` functions now warn/u);
    expect(text).toMatch(/Accelerate/u);
    const highlight = text.indexOf("Accelerate");
    const expired = text.indexOf("old_0");
    expect(expired === -1 || expired > highlight).toBe(true);
    // Where an expired removal shows, it says what happened under the notes' own word.
    if (expired !== -1) expect(text).toMatch(/⚠️ Expired deprecations:/u);
  });
});
