// Within a kind, what a maintainer would name first: the new type others build on before the changes that extend it, a
// deprecation of a public entry point before fixes, and a line that only points at a reference ("implement requirement
// 2.3.1") last.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { reachAmong } from "../../src/notes/kinds/reach.js";
import { single } from "../support/composed.js";

const change = (text: string) => ({ text, prose: false, referenced: false, important: false });
const reach = (texts: string[]) => {
  const changes = texts.map(change);
  const of = reachAmong(changes);
  return changes.map((item) => of(item));
};
const PROJECT = { repo: "sprocket", owner: "acme", version: "1.9.0" };

describe("a new type named in code", () => {
  it("reaches further than the changes that extend it", () => {
    const [base, extension] = reach(["add Geo.Type.Polygon and the polygon_contains expression", "ask whether two polygons touch"]);
    expect(base).toBeLessThan(extension ?? 0);
    const [spanned] = reach(["Introduce `Clock::Span` for durations", "measure a span in weeks"]);
    expect(spanned).toBe(0);
  });

  it("leads its kind in a post, wherever the notes list it", () => {
    const notes = [
      "### Features:",
      "",
      "* ask whether two polygons touch",
      "* ask whether a polygon holds a point",
      "* read a polygon's area in an expression",
      "* add Geo.Type.Polygon and the polygon_contains expression",
      "",
    ].join("\n");
    const text = single(notes, PROJECT);
    expect(text.indexOf("Geo.Type.Polygon")).toBeGreaterThan(-1);
    expect(text.indexOf("Geo.Type.Polygon")).toBeLessThan(text.indexOf("touch"));
  });
});

describe("a line that only names a reference", () => {
  it("comes last among its kind", () => {
    expect(reach(["implement requirement 2.3.1", "Resolve ticket OPS-4411", "实现需求 3.2"])).toEqual([3, 3, 3]);
    expect(reach(["fix the retry delay after a timeout"])).toEqual([1]);
  });
});

describe("a deprecation filed under a refactoring section", () => {
  it("is a deprecation, shown before an opaque fix", () => {
    const notes = [
      "## [1.9.0](https://github.com/acme/sprocket/compare/v1.8.0...v1.9.0)",
      "",
      "### Bug Fixes",
      "",
      "* implement requirement 2.3.1 ([#40](https://github.com/acme/sprocket/issues/40))",
      "",
      "### Refactoring",
      "",
      "* Deprecate GetGlobalRegistry & add NewRegistry constructor ([#41](https://github.com/acme/sprocket/issues/41))",
      "* use maps package instead of loops ([#42](https://github.com/acme/sprocket/issues/42))",
      "",
    ].join("\n");
    const kinds = readNotesModel(notes, undefined, "1.9.0").entries.map((entry) => `${entry.kind}|${entry.text}`);
    expect(kinds).toContain("deprecation|Deprecate GetGlobalRegistry & add NewRegistry constructor");
    const text = single(notes, PROJECT);
    expect(text).toContain("Deprecate GetGlobalRegistry");
    const requirement = text.indexOf("requirement 2.3.1");
    if (requirement >= 0) expect(text.indexOf("Deprecate")).toBeLessThan(requirement);
  });
});
