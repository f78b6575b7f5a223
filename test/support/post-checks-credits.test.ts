// The checks see what a credit leaves when only part of it went, and a date run into the sentence before it.
import { describe, expect, it } from "vitest";
import { defectsOf } from "./defects-of.js";

describe("credit-leftover residue", () => {
  it("flags a separator left at an item's end", () => {
    expect(defectsOf("credit-leftover", ["ui 1.5.0 is out!\n• add new `ToggleGroup` component -!"])).toHaveLength(1);
    expect(defectsOf("credit-leftover", ["ui 1.5.0 is out!\n• add new `ToggleGroup` component —"])).toHaveLength(1);
  });
  it("flags a bot credited by name", () => {
    expect(defectsOf("credit-leftover", ["cms 6.1.0 is out!\n• Fix error from Date Fieldtype by Copilot"])).toHaveLength(1);
  });
  it("flags a Chinese credit bracket without its name", () => {
    expect(defectsOf("credit-leftover", ["rspress 2.0 发布了！\n• 支持 Algolia DocSearch（团队的协助）。"])).toHaveLength(1);
  });
  it("passes dashes inside an item and help as a feature", () => {
    expect(defectsOf("credit-leftover", ["x 1.0 is out!\n• a - b ranges now work\n• New (帮助) menu\n• Sort by Copilot score"])).toHaveLength(0);
  });
});

describe("credit-leftover authors in parentheses", () => {
  const notes = "- Fix support for 2+ GiB documents (#977) (regression from 2.8.2)\n- Fix the parser's crash (#980) (Jane Doe)\n";
  it("flags a name the notes put in brackets after a reference", () => {
    expect(defectsOf("credit-leftover", ["x 1.0 is out!\n• Fix the parser's crash (Jane Doe)"], notes)).toHaveLength(1);
  });
  it("passes a bracketed note that is no name", () => {
    expect(defectsOf("credit-leftover", ["x 1.0 is out!\n• Fix support for 2+ GiB documents (regression from 2.8.2)"], notes)).toHaveLength(0);
  });
});

describe("incidental-date after a sentence", () => {
  it("flags a date that ends a line after a full stop", () => {
    expect(defectsOf("incidental-date", ["x 1.0 is out!\n• Restores stay restored. 19th August, 2026"])).toHaveLength(1);
  });
  it("passes a date inside a sentence", () => {
    expect(defectsOf("incidental-date", ["x 1.0 is out!\n• Support for v1 ends on 19th August, 2026."])).toHaveLength(0);
  });
});
