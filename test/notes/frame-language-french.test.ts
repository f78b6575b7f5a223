// The frame's language follows the notes' prose: a bot's English dependency bumps among French fixes do not make the
// notes English, and French elisions ("d'une", "n'était") count as the French words they are.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { detectLanguage } from "../../src/notes/language.js";

const FRENCH_WITH_BUMPS = `## v2.4.0

### Correction
- [BUGFIX] Empêcher l'envoi d'une réponse vide lorsqu'on valide le formulaire.
- [BUGFIX] Le bouton n'était pas affiché quand on ouvre une épreuve.

### Montée de version
- [BUMP] Update dependency node to v20.18.0.
- [BUMP] Update dependency axios to v1.7.4.
- [BUMP] Update dependency vite to v5.4.10.
- [BUMP] Update dependency form-data to v4.0.1.
`;

describe("the notes' language from their prose", () => {
  it("is French where the only English lines are a bot's dependency bumps", () => {
    expect(detectLanguage(FRENCH_WITH_BUMPS)).toBe("fr");
  });

  it("gives a French frame", () => {
    const release = { owner: "acme", repo: "editeur", tag: "v2.4.0", version: "2.4.0", name: "v2.4.0", url: "https://example.com/r", notes: FRENCH_WITH_BUMPS };
    const text = composePosts(release).posts[0]?.text ?? "";
    expect(text).not.toContain("is out");
  });

  it("(guard) English notes with the same bumps stay English", () => {
    const english = "## v2.4.0\n\n- Fix the form so that it is not sent when the answer is empty.\n- The button is now shown when an item is opened.\n- Update dependency node to v20.18.0.\n- Update dependency axios to v1.7.4.\n";
    expect(detectLanguage(english)).toBe("en");
  });
});
