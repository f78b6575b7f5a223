// A label with a colon of its own ("Smooth Corners: Native CSS Squircles", a blog heading over its paragraph) gets no
// second one: "…Squircles:" reads as a typo.
import { expect, it } from "vitest";
import { renderBody } from "../../src/notes/layout.js";
import { phrasesFor } from "../../src/notes/language.js";
import type { Entry } from "../../src/notes/model.js";

const shown = (text: string, label: string): { entry: Entry; text: string } => ({ entry: { text, kind: "highlight", label, order: 1, prose: true, paragraph: 1, fluff: false }, text });

it("shows a label that holds a colon without a second one, and any other label with one", () => {
  const phrases = phrasesFor("en");
  const titled = renderBody([shown("Widget 3 adds a `panel-smoothing` style property.", "Soft Edges: Native Rounded Panels")], null, phrases);
  expect(titled).toContain("Soft Edges: Native Rounded Panels\nWidget 3 adds");
  const plain = renderBody([shown("Widget 3 adds a `panel-smoothing` style property.", "Notable Changes")], null, phrases);
  expect(plain).toContain("Notable Changes:\nWidget 3 adds");
});
