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
  it("flags people as the change's subject, their handle defused or not", () => {
    expect(defectsOf("credit-leftover", ["x 1.0 is out!\n• Better errors: Jane Doe and @\u200Bjdoe have added custom errors"])).toHaveLength(1);
    expect(defectsOf("credit-leftover", ["x 1.0 is out!\n• Jane Doe and @jdoe added custom errors"])).toHaveLength(1);
    expect(defectsOf("credit-leftover", ["x 1.0 is out!\n• @\u200Bjdoe has fixed the parser"])).toHaveLength(1);
  });
  it("passes a package scope or decorator before a verb", () => {
    expect(defectsOf("credit-leftover", ["x 1.0 is out!\n• The `@types/node` package added fetch types"])).toHaveLength(0);
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
  it("passes a changeset's bump type in brackets", () => {
    const bumps = "- Fix the parser's crash (#980) (patch)\n- Add a `--quiet` flag (#981) (minor)\n";
    expect(defectsOf("credit-leftover", ["x 1.0 is out!\n• Fix the parser's crash (patch)\n• Add a `--quiet` flag (minor)"], bumps)).toHaveLength(0);
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

describe("markdown-leftover: a list marker wrapped into an item", () => {
  it("flags a marker after a title's colon or a sentence's end", () => {
    expect(defectsOf("markdown-leftover", ["x 1.0 is out!\n• Publish checks: - The build tool now refuses a default README."])).toHaveLength(1);
    expect(defectsOf("markdown-leftover", ["x 1.0 is out!\n• Docs were missing. - The build tool now refuses them."])).toHaveLength(1);
  });
  it("passes a dash between words and a range", () => {
    expect(defectsOf("markdown-leftover", ["x 1.0 is out!\n• Parser - faster start\n• Support 1 - 3 workers"])).toHaveLength(0);
  });
});

describe("orphan-link-text: a linked page as the sentence's subject", () => {
  const notes = "Our revised [SSL documentation](docs/advanced/ssl.md) covers how to implement the same behaviour.\n";
  it("flags the page's words left without their link", () => {
    expect(defectsOf("orphan-link-text", ["x 1.0 is out!\n\nOur revised SSL documentation covers how to implement the same behaviour."], notes)).toHaveLength(1);
  });
  it("passes the same words where the notes had no link", () => {
    expect(defectsOf("orphan-link-text", ["x 1.0 is out!\n\nOur revised SSL documentation covers how to implement the same behaviour."], "Our revised SSL documentation covers it.\n")).toHaveLength(0);
  });
});
