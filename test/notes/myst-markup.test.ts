import { describe, expect, it } from "vitest";
import { mystAsMarkdown } from "../../src/notes/formats/myst.js";
import { single } from "../support/composed.js";

// A Sphinx project's changelog in MyST: the kind as a substitution, references and code as roles.
const NOTES = `## Version 0.9.0

_January 1, 2026_

- {{ Enhancement }} Added {py:func}\`lantern.load_all\` to load every plugin at once.
  {pr}\`5149\`

- {{ Breaking }} Shared libraries are now loaded locally, so a plugin must link the
  libraries it uses. {pr}\`4876\`, {issue}\`4870\`

- {{ Fix }} Fixed a crash when a download was aborted. Thanks to {user}\`alice\`.
  {pr}\`4846\`
`;

describe("MyST markup (Sphinx's Markdown)", () => {
  it("reads a kind substitution as the item's tag and roles as the Markdown they mean", () => {
    const markdown = mystAsMarkdown(NOTES);
    expect(markdown).toContain("- [Breaking] Shared libraries");
    expect(markdown).toContain("`lantern.load_all`");
    expect(markdown).toContain("#4876, #4870");
    expect(markdown).not.toMatch(/\{\{|\{pr\}|\{py:func\}/u);
  });

  it("leads with the breaking change and shows no role or substitution", () => {
    const post = single(NOTES, { repo: "lantern", version: "0.9.0" });
    expect(post).toMatch(/Breaking changes:\n• Shared libraries are now loaded locally/u);
    expect(post).not.toMatch(/\{|\}|#4876|@alice/u);
  });

  it("leaves notes without MyST markup as they are, braces in code included", () => {
    const plain = "- Render `{{ name }}` in templates\n- Use `{x}` as a placeholder\n";
    expect(mystAsMarkdown(plain)).toBe(plain);
  });
});
