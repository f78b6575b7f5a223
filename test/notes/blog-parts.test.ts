// Blog-style release posts read as posts, not as lists of their sections: parts about the project (its history, its
// people, its close) and the bylines under headings are no changes; a title's announcing sentence gives its change;
// a titled part that explains an item already listed is said once; a thanks sentence whose lead went goes with it.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { proseScore } from "../../src/notes/prose/prose.js";
import { single } from "../support/composed.js";

const PROJECT = { repo: "sprocket", owner: "acme", version: "3.0.0" };
const texts = (notes: string): string[] => readNotesModel(notes).entries.filter((entry) => !entry.fluff).map((entry) => entry.text);

describe("parts of a blog post about the project", () => {
  it("are no changes, in several languages", () => {
    for (const heading of ["One year of Sprocket", "Five years of Sprocket", "Thank you!", "Community", "Conclusion", "Wrapping up", "10周年", "마무리"]) {
      const notes = `Sprocket 3.0 is here.\n\n## ${heading}\n\nWe started Sprocket as a weekend project and many people joined us since then.\n\n## Faster builds\n\nBuilds are now twice as fast thanks to a new cache.\n`;
      const shown = texts(notes).join("\n");
      expect(shown, heading).not.toContain(heading.replace(/!$/u, ""));
      expect(shown, heading).not.toContain("weekend project");
      expect(shown, heading).toContain("Faster builds");
    }
  });

  it("keep a community part that lists changes", () => {
    const notes = "## Community\n\n- Add a Swedish translation\n- Fix the Dutch date format\n";
    expect(texts(notes).join("\n")).toContain("Add a Swedish translation");
  });
});

describe("bylines under a blog post's headings", () => {
  it("are no item and explain no heading", () => {
    for (const byline of ["by Ana de Souza", "Author: Li Wei"]) {
      const notes = `## Plugins\n\n### New manifest format\n\n${byline}\n\nThe manifest now records which version wrote it, so older versions can warn.\n\n### Faster startup\n\nStartup is now 30% faster.\n`;
      const shown = texts(notes).join("\n");
      expect(shown, byline).not.toMatch(/Doe|Mustermann|Souza|Li Wei|Kenji/u);
    }
  });

  it("are names alone when the post signs its parts so", () => {
    const notes = "## Package manager\n\n### New manifest format\n\n*Jane Doe*, *Max Mustermann*\n\nThe manifest now records which version wrote it.\n\n### Faster startup\n\n_Kenji Sato_\n\nStartup is now 30% faster.\n";
    expect(texts(notes).join("\n")).not.toMatch(/Doe|Mustermann|Kenji/u);
  });

  it("leave a line of plain words under a heading alone", () => {
    const notes = "## Search\n\nSearch Everywhere\n\nThe search box now looks in every open project.\n";
    expect(texts(notes).join("\n")).toMatch(/Search/u);
  });
});

describe("a title's announcing sentence", () => {
  it("gives the change without the announcement", () => {
    const post = single("## Stable CSS formatter and linter\n\nWe are thrilled to announce that the CSS formatter and linter are now stable and enabled by default.\n\n## Search command\n\nA new `search` command finds code by pattern.\n", PROJECT);
    expect(post).not.toMatch(/thrilled|announce/u);
    expect(post).toMatch(/CSS formatter and linter are now stable/u);
  });
});

describe("a titled part that explains a listed change", () => {
  it("is said once, in Korean and English", () => {
    const korean = single("## 기능 추가\n\n* 설정툴 추가\n* 인스톨러 추가\n\n## 설정툴\n\n설정툴에서 자판을 고를 수 있습니다.\n", PROJECT);
    expect(korean.match(/설정툴/gu)?.length).toBe(1);
    const english = single("## Features\n\n- Add plugin system\n- Add dark theme\n\n## Plugin system\n\nPlugins are now loaded from npm and can add their own commands.\n", PROJECT);
    expect(english.match(/plugin system/giu)?.length).toBe(1);
  });
});

describe("a thanks sentence whose lead went", () => {
  it("is no content", () => {
    for (const sentence of ["Without you, this release would not have been possible.", "Without your help, we could never have shipped it.", "This release would not have been possible without our contributors."]) {
      expect(proseScore(sentence), sentence).toBeLessThanOrEqual(0);
    }
    const post = single("After two betas, Sprocket 3.0 is released. We thank all 40 contributors. Without you, this release would not have been possible.\n\n## Faster builds\n\nBuilds are now twice as fast.\n", PROJECT);
    expect(post).not.toContain("Without you");
  });
});

describe("a summary list's item and the titled part that tells it", () => {
  const notes = [
    "The gist of this release:",
    "",
    "- Server functions",
    "- Overhauled and supercharged new router",
    "- Desktop hot reloading",
    "",
    "## Server Functions",
    "",
    "We added server functions that run on the backend.",
    "",
    "## Enum Router",
    "",
    "The old router was simple. So, we designed a new router built around the Rust `enum`.",
    "",
    "## Router Devtools",
    "",
    "We added devtools that show the router's state.",
    "",
  ].join("\n");

  it("says the change once: the part that tells the summary's item at length is no second item", () => {
    const said = texts(notes);
    expect(said).toContain("Overhauled and supercharged new router");
    expect(said.some((text) => /built around the Rust `enum`/u.test(text))).toBe(false);
  });

  it("(guard) keeps a part that names the item's thing but tells another change", () => {
    expect(texts(notes).some((text) => /devtools/iu.test(text))).toBe(true);
  });
});
