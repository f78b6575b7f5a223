import { describe, expect, it } from "vitest";
import { keySentence } from "../../src/notes/prose/blog-sections.js";
import { readNotesModel } from "../../src/notes/model.js";
import { proseScore } from "../../src/notes/prose/prose.js";
import { explicitBreaks, statesBreakInProse, withoutAside } from "../../src/notes/kinds/prose-breaks.js";
import { single } from "../support/composed.js";

const kindOf = (notes: string, start: string): string | undefined => readNotesModel(notes).entries.find((entry) => entry.text.startsWith(start))?.kind;

describe("breaking changes told in prose", () => {
  it("reads removals, behaviour that stops and new requirements as breaking", () => {
    expect(statesBreakInProse("Removal of ARM32 (armhf) support")).toBe(true);
    expect(statesBreakInProse("Dropped support for Python 3.8.")).toBe(true);
    expect(statesBreakInProse("All functions that were deprecated in 0.3.0 have now been removed.")).toBe(true);
    expect(statesBreakInProse("`map_chr()` no longer automatically coerces numbers to strings.")).toBe(true);
    expect(statesBreakInProse("The predicate functions now require that `.p` returns a logical scalar.")).toBe(true);
  });

  it("leaves alone what ends a problem, announces a removal, or fixes one", () => {
    expect(statesBreakInProse("The sidebar no longer crashes on resize.")).toBe(false);
    expect(statesBreakInProse("The `--legacy` flag will be removed in 3.0.")).toBe(false);
    expect(statesBreakInProse("Fix a bug where the cache was removed on restart.")).toBe(false);
    expect(statesBreakInProse("Uploads no longer require a token.")).toBe(false);
    expect(statesBreakInProse("Add a `--json` flag.")).toBe(false);
  });

  it("reads what the program now does as no removal: output it leaves out, files it cleans up", () => {
    expect(statesBreakInProse("Temporary files are now removed after each build.")).toBe(false);
    expect(statesBreakInProse("Trailing blank lines are dropped from generated reports.")).toBe(false);
    expect(statesBreakInProse("Error pages no longer include stack traces in production.")).toBe(false);
    expect(statesBreakInProse("`python_type` of JSON no longer returns `dict`.")).toBe(false);
    expect(statesBreakInProse("To keep the old colours, the `selection.text` variable must now be set to `CellForeground`.")).toBe(false);
    expect(statesBreakInProse("`install` now has no `--spec` option.")).toBe(true);
    expect(statesBreakInProse("The `upgrade` options `--spec` and `--include-deps` were removed.")).toBe(true);
  });

  const blog = [
    "We're thrilled to announce lantern 2.3.0!",
    "",
    "## Lifecycle changes",
    "",
    "- All functions that were deprecated in lantern 0.3.0 have now been removed after five years.",
    "- `glow()` no longer automatically coerces numbers to strings.",
    "",
    "## Minor improvements",
    "",
    "Apart from all the breaking changes, there were a couple of small improvements:",
    "",
    "- `every()` has been optimized and is now significantly faster.",
    "- lantern has a getting started vignette.",
    "",
  ].join("\n");

  it("puts them first, under the breaking label, in notes that mark none", () => {
    expect(kindOf(blog, "All functions")).toBe("breaking");
    expect(kindOf(blog, "`glow()`")).toBe("breaking");
    const post = single(blog);
    expect(post.indexOf("⚠️")).toBeGreaterThan(-1);
    expect(post.indexOf("All functions")).toBeGreaterThan(post.indexOf("⚠️"));
    expect(post.indexOf("All functions")).toBeLessThan(post.indexOf("`every()`") < 0 ? Infinity : post.indexOf("`every()`"));
  });

  it("does not call a list breaking because its lead-in mentions breaking changes", () => {
    expect(withoutAside("Apart from all the breaking changes, there were a couple of small improvements")).toBe("there were a couple of small improvements");
    expect(withoutAside("Breaking changes")).toBe("Breaking changes");
    expect(kindOf(blog, "`every()`")).not.toBe("breaking");
    expect(kindOf(blog, "lantern has a getting started vignette")).not.toBe("breaking");
  });
});

describe("notes that mark their breaking changes", () => {
  const changelogen = [
    "## v3.0.1",
    "",
    "### 🚀 Enhancements",
    "",
    "- Websocket support",
    "",
    "### 💅 Refactors",
    "",
    "- **rollup, vite:** Remove commonjs option overrides",
    "",
    "#### ⚠️ Breaking Changes",
    "",
    "- ⚠️ Remove `defineRender` util",
    "",
  ].join("\n");

  it("are read as marking them, unless the heading says there are none", () => {
    const heading = (text: string): boolean => /breaking/iu.test(text);
    expect(explicitBreaks([{ kind: "heading", text: "⚠️ Breaking Changes" }], heading, () => false)).toBe(true);
    expect(explicitBreaks([{ kind: "heading", text: "No breaking changes" }], heading, () => false)).toBe(false);
    expect(explicitBreaks([{ kind: "item", text: "feat!: drop x" }], heading, (text) => text.includes("!:"))).toBe(true);
  });

  it("get no breaking change guessed from words", () => {
    expect(kindOf(changelogen, "rollup, vite")).not.toBe("breaking");
    expect(kindOf(changelogen, "⚠️ Remove `defineRender`")).toBe("breaking");
  });

  it("keep words of removal out of notes that mark breaking changes", () => {
    const marked = ["## 2.0.0", "", "### Breaking Changes", "", "- Rename `a` to `b`", "", "### Changes", "", "- Support for the old loader has been removed", ""].join("\n");
    expect(kindOf(marked, "Support for the old loader")).not.toBe("breaking");
    expect(kindOf(marked.replace("### Breaking Changes", "### Renames"), "Support for the old loader")).toBe("breaking");
  });
});

describe("a removal in changesets' Patch Changes", () => {
  it("is a fix, not an API removal", () => {
    const notes = ["## 6.0.2", "", "### Patch Changes", "", "- Remove the invalid `exports` field from the generated subpath `package.json` files", "- Prevent `mapExchange` from forwarding operations after teardown", ""].join("\n");
    expect(kindOf(notes, "Remove the invalid")).toBe("fix");
    expect(single(notes)).not.toContain("Removed:");
  });
});

describe("a blog's transitions and summary titles", () => {
  it("are no key sentence and no change", () => {
    expect(proseScore("And now on to the cool new features!")).toBeLessThan(0);
    expect(keySentence("Summary", ["And now on to the cool new features!"])).toBeNull();
    expect(keySentence("Summary", ["And now the cache is shared by all workers."])).not.toBeNull();
  });

  it("shows what a TL;DR part lists, not its title", () => {
    const notes = [
      "Welcome to lantern 2.3.0.",
      "",
      "## TL; DR",
      "",
      "1. You must be running lantern 2.2.7 before upgrading to 2.3.0.",
      "2. This release also fixes several security bugs.",
      "",
      "And now on to the cool new features!",
      "",
      "## Faster search",
      "",
      "Search is now twice as fast.",
      "",
    ].join("\n");
    const entries = readNotesModel(notes).entries;
    const texts = entries.map((entry) => entry.text);
    expect(texts).not.toContain("TL; DR");
    // The transition is fluff, shown only when nothing else is.
    expect(entries.filter((entry) => entry.text.includes("And now on to")).every((entry) => entry.fluff)).toBe(true);
    expect(texts.some((text) => text.includes("2.2.7"))).toBe(true);
  });
});

describe("a summary item that links to the part telling it", () => {
  it("is the change once: the part's title neither shows again nor counts", () => {
    const notes = [
      "We're proud to announce lantern 2.3.0.",
      "",
      "- [**Dynamic `glow`**](#glow-can-now-be-set-dynamically): The `glow` argument can now refer to input variables.",
      "- [**Faster search**](#search-is-faster): Search is now twice as fast for large indexes.",
      "- [**Old loader is deprecated**](#old-loader-is-now-deprecated)",
      "",
      "## `glow` can now be set dynamically",
      "",
      "Until now `glow` had to be a literal. It can now refer to variables, which makes modules reusable.",
      "",
      "## Old loader is Now Deprecated",
      "",
      "The old loader will be removed in 3.0.",
      "",
    ].join("\n");
    const texts = readNotesModel(notes).entries.map((entry) => entry.text);
    expect(texts.filter((text) => text.includes("`glow`"))).toHaveLength(1);
    // A bare link said nothing itself: its part's title stays.
    expect(texts.some((text) => /old loader/iu.test(text))).toBe(true);
  });
});
