import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateTemplate } from "../../src/notes/compose.js";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { parseTemplate, renderTemplate, type TemplateValues } from "../../src/notes/template.js";

const values: TemplateValues = { version: "1.2.0", tag: "v1.2.0", name: "Name", repo: "proj", owner: "org", url: "https://x.test/r", notes: "• a" };
const render = (template: string, overrides: Partial<TemplateValues> = {}) =>
  renderTemplate(parseTemplate(template), { ...values, ...overrides });

describe("template", () => {
  it("fills every placeholder", () => {
    expect(render("{owner}/{repo} {version} {tag} {name} {url}\n{notes}")).toBe("org/proj 1.2.0 v1.2.0 Name https://x.test/r\n• a");
  });
  it("treats {{ and }} as literal braces", () => {
    expect(render("{{version}} is {version} }} {{")).toBe("{version} is 1.2.0 } {");
  });
  it("names an unknown placeholder", () => {
    expect(() => validateTemplate("{repo} {verison}")).toThrow(/unknown placeholder \{verison\}/);
    try {
      validateTemplate("{nope}");
    } catch (error) {
      expect(error).toBeInstanceOf(ReleaseTweetError);
      expect((error as ReleaseTweetError).code).toBe("ETEMPLATE");
    }
  });
  it("reports an unclosed brace with its position", () => {
    expect(() => validateTemplate("v{version")).toThrow(/unclosed '\{' at "\{version" \(character 2\)/);
    expect(() => validateTemplate("{a {version}")).toThrow(/unclosed/);
  });
  it("rejects an empty or non-text template", () => {
    expect(() => validateTemplate("  \n")).toThrow(/empty/);
    expect(() => validateTemplate(42 as unknown as string)).toThrow(/must be text/);
  });
  it("collapses empty values without leftovers", () => {
    expect(render("{name} ({tag}) is out", { tag: "" })).toBe("Name is out");
    expect(render("{name} — {notes}", { notes: "" })).toBe("Name");
    expect(render("{name} — {notes}", { name: "" })).toBe("• a");
    expect(render("{repo} {version}: {notes}\n\n\n{url}", { notes: "" })).toBe("proj 1.2.0\n\n{url}".replace("{url}", "https://x.test/r"));
    expect(render("{repo} {version} is out!\n\n{notes}\n\n{url}", { notes: "", repo: "" })).toBe("1.2.0 is out!\n\nhttps://x.test/r");
    expect(render("{name} · {version} · {tag}", { version: "" })).toBe("Name · v1.2.0");
    expect(render("[{tag}] {name}", { tag: "" })).toBe("Name");
  });
  it("never alters the values themselves", () => {
    expect(render("{notes}", { notes: "() — : ·" })).toBe("() — : ·");
  });
  it("renders or throws ETEMPLATE for any template (fuzz)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("{", "}", "a", " ", "\n", "{version}", "{notes}", "{x}", "—", "(", ")") }), (template) => {
        try {
          const text = render(template);
          expect(text).not.toMatch(/undefined|null|\uD800|\uDBFF/);
        } catch (error) {
          expect((error as ReleaseTweetError).code).toBe("ETEMPLATE");
        }
      }),
      { seed: 4242, numRuns: 2000 },
    );
  });
});
