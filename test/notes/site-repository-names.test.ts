// A release posted from a repository named for a website's domain is the product's: its name comes from the notes'
// title or the owner's name the notes write beside the version, not the domain. A tagged package keeps its full name.
import { describe, expect, it } from "vitest";
import type { Release } from "../../src/core/types.js";
import { projectName } from "../../src/notes/project-name.js";

const release = (owner: string, repo: string, version: string, tag = `v${version}`): Release => ({ version, tag, name: tag, owner, repo, url: "", notes: "" });

describe("site repositories' names", () => {
  it("takes the owner's name written beside the version for a short domain ('Homebrew/brew.sh')", () => {
    const notes = "---\ntitle: 6.0.0\n---\n\nToday, I'm proud to announce Homebrew 6.0.0.\n\n### Highlights\n\n- Tap trust.\n";
    expect(projectName(release("Homebrew", "brew.sh", "6.0.0"), notes)).toBe("Homebrew");
  });

  it("takes the title's name for a GitHub Pages site under github.com ('elixir-lang.github.com')", () => {
    const notes = '---\nlayout: post\ntitle: "Elixir v1.19 released: faster compilation"\n---\n\nElixir v1.19 brings type checking.\n';
    expect(projectName(release("elixir-lang", "elixir-lang.github.com", "1.19.0"), notes)).toBe("Elixir");
  });

  it("keeps a tagged package's '-node' ('auto-instrumentations-node')", () => {
    const notes = "### Bug Fixes\n\n* **auto-instrumentations-node:** avoid a duplicate warning\n";
    expect(projectName(release("open-telemetry", "opentelemetry-js-contrib", "0.79.0", "auto-instrumentations-node-v0.79.0"), notes)).toBe("auto-instrumentations-node");
  });
});
