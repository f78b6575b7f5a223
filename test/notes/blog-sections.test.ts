// Long blog-style announcements: background parts ("What is X?", "How did we get to 2.0?") say no change; a part the
// post calls its headline leads; a changelog folded in <details> is counted in "+N more".
import { describe, expect, it } from "vitest";
import { callsHeadline, isBackgroundHeading } from "../../src/notes/prose/blog-sections.js";
import { readNotesModel } from "../../src/notes/model.js";
import { single } from "../support/composed.js";

const PROJECT = { repo: "kite", owner: "acme", version: "2.0.0" };
const shown = (notes: string): string[] => readNotesModel(notes, undefined, "2.0.0").entries.filter((entry) => !entry.fluff).map((entry) => entry.text);

const BLOG = [
  "We are proud to announce the stable release of Kite 2.0!",
  "",
  "## What is Kite?",
  "",
  "Kite is a framework for building tiny apps. Kite already offers an extensive JavaScript API.",
  "",
  "## How Did We Get to 2.0?",
  "",
  "Some breaking changes we had to make during the release candidate phase are now included in the stable release.",
  "",
  "## What Makes 2.0 Great?",
  "",
  "### Getting Started Experience",
  "",
  "One thing you always go through when starting with a new framework is the getting started process.",
  "This whole onboarding experience has been improved and now also bootstraps mobile templates.",
  "",
  "### Plugins",
  "",
  "With Kite 2.0 we built a more advanced plugin system. Plugins follow the major version of Kite.",
  "",
  "Each plugin's stableness is defined per plugin. You can pin your plugin versions to patch updates.",
  "",
  "### Mobile Support",
  "",
  "A very much awaited part of this release is the mobile operating system support.",
  "The previous version of Kite ran on desktops, but now this extends to iOS and Android.",
  "",
].join("\n");

describe("background parts of a blog post", () => {
  it("are told by their titles, in several languages", () => {
    for (const title of ["What is Tauri?", "How Popular is Tauri?", "How Did We Get to 2.0?", "Who Made This Release Possible?", "About Kite", "Acknowledgements", "Getting help", "Call To Action", "Trying Out v8", "Tauri란?", "Tauri とは？", "什么是 Tauri", "关于 Kite"]) {
      expect(isBackgroundHeading(title), title).toBe(true);
    }
    for (const title of ["Mobile Support", "What's new", "Plugins", "Breaking changes", "How to migrate from 1.x", "새 기능", "新機能"]) {
      expect(isBackgroundHeading(title), title).toBe(false);
    }
  });

  it("give no sentence to the posts", () => {
    const texts = shown(BLOG).join("\n");
    expect(texts).not.toContain("extensive JavaScript API");
    expect(texts).not.toContain("release candidate phase");
  });
});

describe("a part the post calls its headline", () => {
  it("is told in several languages", () => {
    expect(callsHeadline("A very much awaited part of this release is the mobile support.")).toBe(true);
    expect(callsHeadline("The biggest new feature added in this version is the project service.")).toBe(true);
    expect(callsHeadline("待望のモバイル対応です。")).toBe(true);
    expect(callsHeadline("We fixed a bug in the parser.")).toBe(false);
  });

  it("leads the single post", () => {
    const post = single(BLOG, PROJECT);
    // The part is said by its key sentence, which names its topic (headingsT): no bare "Mobile Support".
    const mobile = post.indexOf("mobile operating system");
    expect(mobile).toBeGreaterThan(0);
    expect(mobile).toBeLessThan(post.indexOf("Getting Started"));
  });
});

describe("a changelog folded in <details>", () => {
  it("is counted in the post's '+N more'", () => {
    const items = Array.from({ length: 30 }, (_, at) => `- Add option number ${at + 1} to the builder`).join("\n");
    const notes = `${BLOG}\n## Changelog\n\nThis section contains all changes going from 1.x in a concise list.\n\n<details>\n<summary><i>Show the Full List</i></summary>\n\n### Added\n\n${items}\n\n</details>\n`;
    expect(single(notes, PROJECT)).toMatch(/\+(?:3\d) more/u);
  });
});
