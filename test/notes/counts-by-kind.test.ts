// Every change the notes list is shown or counted, in its kind, once: the kinds of the changes past what was read,
// a fix told beside a change of the same request, the parts of one change, Sphinx ".. change::" blocks. And cuts that
// keep a title whole rather than end on a word that needs the rest.
import { describe, expect, it } from "vitest";
import { compose } from "../../src/notes/compose.js";
import { tidyHead } from "../../src/notes/text/cut-head.js";
import type { Release } from "../../src/core/types.js";

const release = (notes: string, version = "2.8.0"): Release => ({ version, tag: `v${version}`, name: `v${version}`, repo: "engine", owner: "acme", url: "https://github.com/acme/engine/releases/tag/v2.8.0", notes });
const texts = (notes: string, thread: boolean, maxLength?: number): string[] => compose(release(notes), { thread, maxPosts: 5, ...(maxLength ? { maxLength } : {}) }).map((post) => post.text);
const moreCount = (text: string): number => Number(/\+(\d+) more/u.exec(text)?.[1] ?? 0);

describe("changes past what was read", () => {
  it("are counted by their own type, performance apart from other changes", () => {
    const area = ["parser", "runtime", "network", "storage", "scheduler", "compiler"];
    const line = (type: string, n: number): string => `- ${type}(${area[n % area.length]}): handle the case ${n} of the ${area[(n + 1) % area.length]} module when it runs under load (#${30000 + n})`;
    const notes = [
      "### 2.8.0",
      "",
      ...Array.from({ length: 60 }, (_, n) => line("feat", n)),
      ...Array.from({ length: 200 }, (_, n) => line("fix", n + 100)),
      ...Array.from({ length: 60 }, (_, n) => line("perf", n + 400)),
      "",
    ].join("\n");
    const last = texts(notes, true).at(-1) ?? "";
    expect(last).toMatch(/\b60 performance improvements\b/u);
    expect(last).not.toMatch(/other changes?/u);
  });
});

describe("changes past what was read under a heading", () => {
  it("count as breaking only where the heading says so", () => {
    const area = ["parser", "runtime", "network", "storage", "scheduler", "compiler"];
    const line = (n: number): string => `- Rework the ${area[n % area.length]} module so that case ${n} of the ${area[(n + 1) % area.length]} handles more load (#${30000 + n})`;
    const notes = ["### Features", "", ...Array.from({ length: 300 }, (_, n) => line(n)), "", "### Major Changes", "", ...Array.from({ length: 40 }, (_, n) => line(n + 500)), ""].join("\n");
    const last = texts(notes, true).at(-1) ?? "";
    expect(last).toMatch(/\+\d+ more/u);
    expect(last).not.toMatch(/breaking/u);
  });
});

describe("one pull request told under two headings", () => {
  it("keeps the fix beside the change it came with", () => {
    const notes = [
      "### Changed",
      "",
      "- Scrollbar colors in dark themes now follow the theme accent https://github.com/acme/engine/pull/12",
      "",
      "### Fixed",
      "",
      "- Fixed scrollbar colors in dark themes ignoring the accent color https://github.com/acme/engine/pull/12",
      "",
    ].join("\n");
    const thread = texts(notes, true).join("\n");
    expect(thread).toMatch(/Fixed:\n• Fixed scrollbar/u);
  });
});

describe("the parts of one change", () => {
  it("are not counted as changes of their own", () => {
    const parts = ["Drop the `legacy` option.", "Remove the `bar` export.", "Remove the `baz` helper.", "Drop Node 16 support.", "Remove the `qux` hook.", "Drop the UMD build.", "Remove the `zap` flag.", "Drop the `old` preset."];
    const notes = [
      "## 3.0.0",
      "",
      "### Major Changes",
      "",
      "-   abc1234: Release the widgets 3.0 line with a smaller runtime.",
      "",
      ...parts.map((part) => `    -   ${part}`),
      "",
      "### Patch Changes",
      "",
      "-   Updated dependencies [abc1234]:",
      "    -   widgets-core@3.0.0",
      "",
    ].join("\n");
    const single = compose(release(notes, "3.0.0"), { maxLength: 200 })[0]?.text ?? "";
    expect(single).not.toMatch(/\(\d+ breaking\)/u);
    expect(moreCount(single)).toBeLessThanOrEqual(1);
  });
});

describe("the sub-items of a nested lead-in", () => {
  it("are parts of one change, counted once", () => {
    const notes = [
      "* Housing aid rework for the overseas territories.",
      "* Details:",
      "    - fix the `R0` values for 2020 and 2021",
      "    - `aide_logement_participation_personnelle` is split into:",
      "        + `aide_logement_ressources_apres_abattement` (`Rp`),",
      "        + `aide_logement_taux_participation_personnelle` (`Tp`),",
      "        + `aide_logement_participation_ressources` (`Rp*Tp`),",
      "        + `aide_logement_participation_minimale` (`P0`),",
      "        + `aide_logement_participation_personnelle` (`aide_logement_participation_personnelle`).",
      "",
    ].join("\n");
    const single = compose(release(notes, "176.0.0"), { maxLength: 200 })[0] ?? { text: "" };
    const bullets = single.text.split("\n").filter((line) => line.startsWith("•")).length;
    // Three changes: the rework, the fix, the split (whose parts a post may show some of).
    expect(bullets).toBeGreaterThan(0);
    expect(moreCount(single.text) + Math.min(bullets, 3)).toBeLessThanOrEqual(3);
  });
});

describe("Sphinx changelog blocks", () => {
  it("are read as changes with their tags as kinds", () => {
    const notes = [
      ".. changelog::",
      "    :version: 2.1.0",
      "    :released: January 21, 2026",
      "",
      "    .. change::",
      "        :tags: feature, orm",
      "        :tickets: 10050",
      "",
      "        The :paramref:`.relationship.back_populates` argument may now be passed",
      "        as a Python callable.",
      "",
      "        .. seealso::",
      "",
      "            :ref:`change_10050`",
      "",
      "    .. change::",
      "        :tags: bug, sql",
      "        :tickets: 10236",
      "",
      "        Fixed the :class:`.Select` construct rendering a stray comma in nested subqueries.",
      "",
    ].join("\n");
    const post = texts(notes, false)[0] ?? "";
    expect(post).toContain("• The `relationship.back_populates` argument may now be passed as a Python callable.");
    expect(post).toContain("• Fixed the `Select` construct");
    // The feature before the fix: each block's tag gave its kind (in the notes the fix comes second either way, so
    // the order is checked on notes that list the fix first).
    const swapped = notes.split("    .. change::");
    const fixFirst = [swapped[0], swapped[2], swapped[1]].join("    .. change::");
    const reordered = texts(fixFirst, false)[0] ?? "";
    expect(reordered.indexOf("relationship")).toBeLessThan(reordered.indexOf("Select"));
  });
});

describe("Sphinx changelog blocks titled on the directive's line", () => {
  it("are read as changes, the title the change and ':type:' its kind", () => {
    const notes = [
      ".. changelog:: 3.2.0",
      "    :date: 2026-03-01",
      "",
      "    .. change:: Fix the router dropping query strings on redirects",
      "        :type: bugfix",
      "        :pr: 4120",
      "",
      "        Redirects built from a named route lost the request's query string.",
      "",
      "    .. change:: Add WebSocket compression",
      "        :type: feature",
      "        :pr: 4133",
      "        :issue: 4001",
      "",
      "        Handlers may now negotiate per-message deflate.",
      "",
    ].join("\n");
    const post = texts(notes, false)[0] ?? "";
    expect(post).toContain("• Add WebSocket compression");
    expect(post).toContain("• Fix the router dropping query strings on redirects");
    // The feature before the fix, by each block's ":type:" field.
    expect(post.indexOf("WebSocket")).toBeLessThan(post.indexOf("router"));
    expect(post).not.toMatch(/changelog::|:type:|:pr:/u);
  });
});

describe("a long change cut to fit", () => {
  it("keeps its title whole rather than a cut into its description", () => {
    const notes = [
      "### Fixes",
      "",
      "- Empty object default on nested models now builds the model - An empty object default whose type is a nested model now renders a conversion factory instead of the raw dict it rendered before, so that the field holds a model",
      "- Keep inherited required field types",
      "",
    ].join("\n");
    const post = texts(notes, false, 160)[0] ?? "";
    expect(post).toContain("• Empty object default on nested models now builds the model\n");
  });
  it("keeps no title that only names an area: the change is in the description", () => {
    const notes = ["### Breaking Changes", "", "- Changes to the command line interface: The `--legacy` flag has been removed and builds now fail when it is passed", ""].join("\n");
    const post = texts(notes, false, 160)[0] ?? "";
    expect(post).toContain("`--legacy`");
  });

  it("never ends on a word that needs what follows", () => {
    expect(tidyHead("An empty object default whose")).toBe("An empty object default");
    expect(tidyHead("Nested types where they previously")).toBe("Nested types");
    // A run of such words, however long: "…`x` where they previously did not" keeps "…`x`".
    expect(tidyHead("fields now emit `x` where they previously did not")).toBe("fields now emit `x`");
  });
});

describe("a breaking label's qualifier", () => {
  it("is left out when it only names a category of changes", () => {
    const notes = ["## Breaking Changes", "", "### Code Generation Changes", "", "- Nested mapping defaults now render as typed constructors", "", "## Fixes", "", "- Keep type overrides during model reuse", ""].join("\n");
    const post = texts(notes, false)[0] ?? "";
    expect(post).toContain("⚠️ Breaking changes:\n");
    expect(post).not.toContain("Code Generation Changes");
  });
});
