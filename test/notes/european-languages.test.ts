// "Diverses corrections de bugs et optimisations" names no change in French as "Various bug fixes and improvements" does
// in English: it ranks with housekeeping, and a named change leads the post.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const kinds = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.text}`);

describe("vague changes in other European languages", () => {
  it.each([
    ["Diverses corrections de bugs et optimisations", "fr"],
    ["Kleinere Fehlerbehebungen und Verbesserungen", "de"],
    ["Varias correcciones de errores y mejoras", "es"],
    ["Várias correções e melhorias", "pt"],
  ])("'%s' (%s) is housekeeping", (vague) => {
    expect(kinds(`- ${vague}\n- Ajout du contenu de la page Santé aux demandes d'assistance\n`)[0]).toBe(`internal|${vague}`);
  });

  it("a line that names what it fixes stays a change", () => {
    expect(kinds("- Corrections de bugs dans le gestionnaire de ports série\n")[0]).not.toMatch(/^internal\|/u);
  });
});
