// The project's name where the notes link to sister products' notes or never write the name, and shortening that
// keeps a sentence's point: an aside in brackets goes first, and a cut never stops before the other half of a
// comparison ("instead of …").
import { describe, expect, it } from "vitest";
import type { Release } from "../../src/core/types.js";
import { projectName } from "../../src/notes/project-name.js";
import { shorten } from "../../src/notes/text/shorten.js";
import { xRules } from "../../src/notes/networks.js";

const release = (version: string, owner: string, repo: string): Release => ({
  version,
  tag: version,
  name: version,
  repo,
  owner,
  url: `https://github.com/${owner}/${repo}/releases/tag/${version}`,
  notes: "",
});

describe("the project's name", () => {
  it("is not taken from a list of links to sister products' notes", () => {
    const notes = [
      "### 3.1.0",
      "",
      "* Widgetry now retries the login once.",
      "",
      "#### Other platforms",
      "* [Widgetry Android SDK 3.1.0](./android/#310)",
      "* [Widgetry iOS SDK 3.1.0](./ios/#310)",
      "",
    ].join("\n");
    expect(projectName(release("3.1.0", "acme-docs", "Widgetry"), notes)).toBe("Widgetry");
  });

  it("(guard) still reads a name the notes write before the version in their own words", () => {
    const notes = "Widgetry Unity SDK 3.1.0 retries the login once.\n";
    expect(projectName(release("3.1.0", "acme-docs", "Widgetry"), notes)).toBe("Widgetry Unity SDK");
  });

  it("capitalises a repository named like its owner, the owner's one product, when the notes never write it", () => {
    expect(projectName(release("7.4.0", "sprocket", "sprocket"), "### Added\n\n- Support `psr/log` 3\n")).toBe("Sprocket");
    // A repository named for its owner's tail keeps its slug ("Homebrew/brew"), and so does a JavaScript library's name.
    expect(projectName(release("4.0.0", "Homebrew", "brew"), "- faster\n")).toBe("brew");
    expect(projectName(release("1.0.0", "formatjs", "formatjs"), "- faster\n")).toBe("formatjs");
  });
});

describe("shortening a sentence too long for its room", () => {
  const rules = xRules();

  it("drops a bracketed aside before cutting, so the sentence stays whole", () => {
    const text = "Loading a plugin built for an older host now raises `HostVersionError` instead of `PluginError` (the version check moved into the loader module).";
    expect(shorten(text, 110, rules)).toBe("Loading a plugin built for an older host now raises `HostVersionError` instead of `PluginError`.");
  });

  it("(guard) keeps brackets inside code, and short asides that may carry the fact", () => {
    expect(shorten("Adds `call(a, b, c)` to the runner for spawning commands with a timeout and retries", 70, rules)).toContain("`call(a, b, c)`");
    expect(shorten("Drops Node 12 (end of life) and raises the floor to Node 14 for every package in the repository", 60, rules)).not.toContain("(end of life)…");
  });

  it("never stops right before the other half of a comparison", () => {
    const text = "Loading a plugin built for an older host now raises `HostVersionError` instead of `PluginError` and logs the host's version together with the plugin's";
    const cut = shorten(text, 95, rules) ?? "";
    expect(cut).not.toMatch(/\b(?:instead|rather|than)…$/u);
    expect(cut).toMatch(/…$/u);
  });
});

describe("a repository name the notes never write", () => {
  it("opens capitalised only where it starts as a spoken word does, and is no C library's", () => {
    const name = (repo: string) => projectName(release("1.0.0", repo, repo), "- faster\n");
    expect(["guzzle", "prettier", "traefik", "axios", "svelte"].map(name)).toEqual(["Guzzle", "Prettier", "Traefik", "Axios", "Svelte"]);
    expect(["tmux", "libuv", "ffmpeg", "rclone"].map(name)).toEqual(["tmux", "libuv", "ffmpeg", "rclone"]);
  });
});
